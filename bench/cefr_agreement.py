"""Agreement of Ouderbrief's CEFR estimate with the levels stated by the sources of the dev set
(tests/data/cefr/index.yaml). A text whose source gives a range (A2/B1) counts as exact when the
estimate falls inside the range; "within one" allows one level either side of the stated level.
Then the estimated levels of the labelled letters (tests/data/letters*/) by their quality label:
good letters are written A2-style, bad ones in the usual B1-C1 style.

    .venv/bin/python bench/cefr_agreement.py
"""
from __future__ import annotations

import sys
from collections import Counter, defaultdict
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from readability.engine import analyse  # noqa: E402
from readability.report import LEVELS  # noqa: E402

DEV_SET = REPO / "tests" / "data" / "cefr"


def stated_range(entry: dict) -> tuple[int, int]:
    levels = entry.get("level_range") or [entry["level"]]
    indexes = [LEVELS.index(level) for level in levels]
    return min(indexes), max(indexes)


def agreement() -> list[tuple[str, str, str, bool, bool]]:
    rows = []
    for entry in yaml.safe_load((DEV_SET / "index.yaml").read_text(encoding="utf8")):
        report = analyse((DEV_SET / entry["file"]).read_text(encoding="utf8"))
        low, high = stated_range(entry)
        found = LEVELS.index(report.level)
        exact = low <= found <= high
        near = low - 1 <= found <= high + 1
        stated = "/".join(LEVELS[low:high + 1]) if high > low else LEVELS[low]
        rows.append((entry["file"], stated, report.level, exact, near))
    return rows


def levels_by_quality() -> dict[str, Counter]:
    counts: dict[str, Counter] = defaultdict(Counter)
    for labels in sorted(DEV_SET.parent.glob("letters*/labels.yaml")):
        for label in yaml.safe_load(labels.read_text(encoding="utf8")):
            counts[label["quality"]][analyse((labels.parent / label["file"]).read_text(encoding="utf8")).level] += 1
    return counts


def main() -> None:
    rows = agreement()
    for name, stated, found, exact, near in rows:
        mark = "exact" if exact else "±1" if near else "off"
        print(f"{name:<50} stated {stated:<6} estimated {found}  {mark}")
    exact = sum(row[3] for row in rows)
    near = sum(row[4] for row in rows)
    print(f"\n{len(rows)} texts: exact {exact} ({exact / len(rows):.0%}), within one level {near} ({near / len(rows):.0%})")
    print("\nLabelled letters by quality: " + " ".join(f"{level:>4}" for level in LEVELS) + "  A2 or easier")
    for quality, counts in sorted(levels_by_quality().items(), key=lambda item: ("good", "medium", "bad").index(item[0])):
        easy = counts["A1"] + counts["A2"]
        print(f"  {quality:<27} " + " ".join(f"{counts[level]:>4}" for level in LEVELS)
              + f"  {easy}/{sum(counts.values())}")


if __name__ == "__main__":
    main()
