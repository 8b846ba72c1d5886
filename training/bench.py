"""Measure load time and speed of one or more pipelines on this machine (single thread).

* load time: median of N fresh processes running ``spacy.load`` (imports excluded)
* single: ``nlp(text)`` per sentence; batched: ``nlp.pipe(texts, batch_size=256)``
* size on disk
Several pipelines are measured side by side: their load runs and speed rounds alternate, so
load from other work on the machine hits them alike.
Texts: the sentences of a CoNLL-U file (raw text only; default the held-out
alpino-test file, ~11k words; its annotations are not used here).

Usage: OMP_NUM_THREADS=1 python training/bench.py models/nl_ouderbrief [OTHER_MODEL ...] [--conllu FILE]
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(var, "1")

LOAD_SNIPPET = (
    "import time, spacy, sys\n"
    "t=time.perf_counter(); nlp=spacy.load(sys.argv[1]); nlp('Warm.');"
    "print(time.perf_counter()-t)"
)


def texts_from_conllu(path: Path) -> list[str]:
    return [l[len("# text = "):] for l in path.read_text(encoding="utf8").splitlines()
            if l.startswith("# text = ")]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("models", nargs="+")
    ap.add_argument("--conllu", default=str(Path(__file__).resolve().parents[1].parent
                                            / "shared/ud-dutch/nl_alpino-ud-test.conllu"))
    ap.add_argument("--load-runs", type=int, default=5)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    import spacy

    loads: dict[str, list[float]] = {model: [] for model in args.models}
    for _ in range(args.load_runs):
        for model in args.models:
            out = subprocess.run([sys.executable, "-c", LOAD_SNIPPET, model],
                                 capture_output=True, text=True, check=True)
            loads[model].append(float(out.stdout.strip().splitlines()[-1]))
    pipelines = {model: spacy.load(model) for model in args.models}
    texts = texts_from_conllu(Path(args.conllu))
    nwords = sum(len(pipelines[args.models[0]].make_doc(t)) for t in texts)
    single: dict[str, list[float]] = {model: [] for model in args.models}
    batched: dict[str, list[float]] = {model: [] for model in args.models}
    for _ in range(args.rounds):
        for model, nlp in pipelines.items():
            t = time.perf_counter()
            for text in texts:
                nlp(text)
            single[model].append(nwords / (time.perf_counter() - t))
            t = time.perf_counter()
            for _doc in nlp.pipe(texts, batch_size=256):
                pass
            batched[model].append(nwords / (time.perf_counter() - t))
    results = {}
    for model in args.models:
        size = sum(p.stat().st_size for p in Path(model).rglob("*") if p.is_file())
        results[model] = {
            "version": pipelines[model].meta.get("version"),
            "load_s_median": round(statistics.median(loads[model]), 2),
            "load_s_runs": [round(x, 2) for x in loads[model]],
            "wps_single_median": int(statistics.median(single[model])),
            "wps_batched_median": int(statistics.median(batched[model])),
            "wps_batched_runs": [int(x) for x in batched[model]],
            "size_mb": round(size / 1e6, 1),
        }
    print(json.dumps({"words": nwords, "texts": len(texts), "rounds": args.rounds, "threads": 1,
                      "pipelines": results}, indent=2))


if __name__ == "__main__":
    main()
