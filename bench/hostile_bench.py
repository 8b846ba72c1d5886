"""Cost of hostile input (issue #17): for each family of input, the analysis time as the input
doubles up to the 200,000-character limit, the growth per doubling and the analyser's peak memory.

Each family runs in a fresh process (so its peak memory is its own); sizes grow from 6,250 to
200,000 characters and a family stops at the first size that takes longer than --timeout.
Time is the analysis's CPU time, the faster of two runs (the analysis runs on one core; CPU time
is steadier than wall time on a shared machine); growth counts only sizes that gave a report. `--repo DIR` measures another checkout of the code (e.g. an older
commit exported with `git archive`) with this script.

    .venv/bin/python bench/hostile_bench.py [--timeout 120] [--families emoji,html] [--repo DIR]
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SIZES = (6_250, 12_500, 25_000, 50_000, 100_000, 200_000)
REPEATS = 2  # the faster of two runs: the machine may be busy with other work
LETTER = (REPO / "tests" / "data" / "letters" / "01_ouderavond_groep8.txt").read_text(encoding="utf-8")


def _repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


FAMILIES = {  # name -> (input format, size -> text)
    "run of '%'": ("text", lambda n: "%" * n),
    "run of '.'": ("text", lambda n: "." * n),
    "run of '!?'": ("text", lambda n: _repeat("!?", n)),
    "emoji": ("text", lambda n: "😀" * n),
    "'x' and newlines": ("text", lambda n: "x" + "\n" * (n - 1)),
    "'.' and newlines": ("text", lambda n: _repeat(".\n", n)),
    "endless word 'A'": ("text", lambda n: "A" * n),
    "words, no full stop": ("text", lambda n: _repeat("de ouders komen ", n)),
    "one word per line": ("text", lambda n: _repeat("kom\n", n)),
    "'kom' after punctuation": ("text", lambda n: _repeat("!!!!!!!!!! kom ", n)),
    "ordinary letter repeated": ("text", lambda n: _repeat(LETTER + "\n\n", n)),
    "HTML nested divs": ("html", lambda n: "<div>" * (n // 12) + "Beste ouders." + "</div>" * (n // 12)),
    "HTML list items": ("html", lambda n: "<ol>" + _repeat("<li>Neem mee.</li>", n) + "</ol>"),
    "Markdown quotes": ("markdown", lambda n: _repeat("> Beste ouders, kom ook.\n", n)),
}


def child(repo: Path, family: str, timeout: float) -> None:
    """Measure one family in this process, printing one JSON line per size."""
    sys.path.insert(0, str(repo))
    os.chdir(repo)
    from readability.engine import analyse

    input_format, make = FAMILIES[family]
    analyse("Beste ouders, morgen is er geen school.")  # load the model first
    for size in SIZES:
        text = make(size)
        seconds, outcome = min(_timed(analyse, text, input_format) for _ in range(REPEATS))
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(json.dumps({"size": size, "seconds": seconds, "peak_mb": peak_mb, "outcome": outcome}), flush=True)
        if seconds > timeout:
            return


def _timed(analyse, text: str, input_format: str) -> tuple[float, str]:
    started = time.process_time()
    try:
        analyse(text, input_format=input_format)
        outcome = "report"
    except Exception as error:  # noqa: BLE001 - the table says what happened
        outcome = type(error).__name__
    return time.process_time() - started, outcome


def measure(repo: Path, family: str, timeout: float) -> list[dict]:
    command = [sys.executable, __file__, "--child", family, "--repo", str(repo), "--timeout", str(timeout)]
    env = {**os.environ, "OMP_NUM_THREADS": "1", "OUDERBRIEF_SPACY_MODEL": "bundled", "PYTHONPATH": str(repo)}
    try:
        output = subprocess.run(command, capture_output=True, text=True, env=env, timeout=timeout * 4 + 60).stdout
    except subprocess.TimeoutExpired as expired:
        output = expired.stdout or ""
        output = output.decode() if isinstance(output, bytes) else output
    return [json.loads(line) for line in output.splitlines() if line.startswith("{")]


def growth(rows: list[dict]) -> float | None:
    """The largest time ratio of one size to half that size, over sizes where the time is measurable
    and both gave a report (a refusal is quick, and another kind of work)."""
    ratios = [b["seconds"] / a["seconds"] for a, b in zip(rows, rows[1:])
              if a["seconds"] >= 0.05 and a["outcome"] == b["outcome"] == "report"]
    return max(ratios, default=None)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--timeout", type=float, default=120, help="stop a family after a size takes this long (s)")
    parser.add_argument("--families", help="comma-separated family names (default: all)")
    parser.add_argument("--repo", type=Path, default=REPO, help="the checkout to measure")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.repo, args.child, args.timeout)
        return
    families = args.families.split(",") if args.families else list(FAMILIES)
    print("| input family | largest size done | time there | growth per doubling | peak analyser memory | outcome |")
    print("|---|---|---|---|---|---|")
    for family in families:
        rows = measure(args.repo.resolve(), family, args.timeout)
        if not rows:
            print(f"| {family} | - | > {args.timeout:.0f} s at {SIZES[0]:,} | - | - | - |")
            continue
        last, ratio = rows[-1], growth(rows)
        over = f" (stopped: over {args.timeout:.0f} s)" if last["seconds"] > args.timeout else ""
        outcomes = ", ".join(sorted({row["outcome"] for row in rows}))
        print(f"| {family} | {last['size']:,} | {last['seconds']:.2f} s{over} | "
              f"{f'{ratio:.2f}x' if ratio else '-'} | {last['peak_mb']:.0f} MB | {outcomes} |", flush=True)


if __name__ == "__main__":
    main()
