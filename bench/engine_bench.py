"""Time the analysis of letters of 100, 300, 1,000 and 3,000 words.

Letters are cut from the labelled school letters in tests/data/letters (whole paragraphs,
repeated if needed). Reports the median of several runs after warm-up, and the share of the
time spent in the spaCy pipeline (`nlp.pipe`) versus our own code (segmentation, LiNT-II
features, CEFR, reasons, glossary and parent checks, the report), both measured in the same run.

    .venv/bin/python bench/engine_bench.py [--runs 7]
"""
from __future__ import annotations

import argparse
import itertools
import os
import platform
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from readability.analysis import Analysis, Unit  # noqa: E402
from readability.engine import analyse, report_for  # noqa: E402
from readability.nlp import get_nlp  # noqa: E402
from readability.segment import segment  # noqa: E402

SIZES = (100, 300, 1000, 3000)


def letter_of(words: int) -> str:
    """Whole paragraphs from the sample letters until `words` words are reached."""
    paragraphs = [
        paragraph.strip()
        for path in sorted((REPO / "tests" / "data" / "letters").glob("*.txt"))
        for paragraph in path.read_text(encoding="utf8").split("\n\n")
        if paragraph.strip()
    ]
    chosen, count = [], 0
    for paragraph in itertools.cycle(paragraphs):
        chosen.append(paragraph)
        count += len(paragraph.split())
        if count >= words:
            return "\n\n".join(chosen)
    raise AssertionError("unreachable")


def timed_analysis(text: str) -> tuple[float, float]:
    """One analysis as `analyse` does it, timed in two parts: (spaCy pipeline, our own code)."""
    nlp = get_nlp()
    started = time.perf_counter()
    segments = segment(text)
    segmented = time.perf_counter()
    docs = list(nlp.pipe(text[s.start:s.end] for s in segments))
    parsed = time.perf_counter()
    analysis = Analysis(text, [Unit(s.start, s.end, s.kind, doc) for s, doc in zip(segments, docs)])
    report_for(analysis, input_format="text", target="A2")
    finished = time.perf_counter()
    return parsed - segmented, (segmented - started) + (finished - parsed)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs
    nlp = get_nlp()
    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores; "
          f"pipeline {nlp.meta['name']} {nlp.meta['version']}; median of {runs} runs after one warm-up")
    print(f"{'words':>6} {'total ms':>9} {'spaCy ms':>9} {'own ms':>8} {'own/spaCy':>10} {'words/s':>8}")
    for size in SIZES:
        text = letter_of(size)
        analyse(text)  # warm-up: caches, lazy loading
        runs_timed = [timed_analysis(text) for _ in range(runs)]
        total = statistics.median(pipeline + own for pipeline, own in runs_timed)
        pipeline = statistics.median(pipeline for pipeline, _ in runs_timed)
        own = statistics.median(own for _, own in runs_timed)
        words = len(text.split())
        print(f"{words:>6} {total * 1000:>9.1f} {pipeline * 1000:>9.1f} {own * 1000:>8.1f} "
              f"{own / pipeline:>9.0%} {words / total:>8.0f}")


if __name__ == "__main__":
    main()
