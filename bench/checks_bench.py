"""Share of the parent checks (glossary terms, fathers, address, invitation, dialogue, improved
text) in the analysis time of a 1,000-word letter. Target (issue #4): at most 20% added.

    .venv/bin/python bench/checks_bench.py [--runs 11]

`added` = checks / (full analysis - checks): how much slower the analysis is with the checks.
Both are timed alternately; the fastest runs show the cost on an idle machine.
"""
from __future__ import annotations

import argparse
import os
import platform
import statistics

from engine_bench import letter_of, median_seconds  # same letters and timing as the engine bench
from readability.checks import improve_text, run_checks
from readability.engine import analyse, parse
from readability.nlp import get_nlp


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--words", type=int, default=1000)
    arguments = parser.parse_args()
    text = letter_of(arguments.words)
    analysis = parse(text)

    def checks(_: str) -> None:
        improve_text(text, run_checks(analysis))

    analyse(text)  # warm-up: pipeline, glossaries, compiled patterns
    totals, owns = [], []
    for _ in range(arguments.runs):  # alternate, so both see the same load on a shared machine
        totals.append(median_seconds(analyse, text, 1))
        owns.append(median_seconds(checks, text, 1))
    total, own = statistics.median(totals), statistics.median(owns)
    fastest_total, fastest_own = min(totals), min(owns)
    nlp = get_nlp()
    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores; "
          f"pipeline {nlp.meta['name']} {nlp.meta['version']}; median of {arguments.runs} runs after one warm-up")
    for label, whole, part in (("median", total, own), ("fastest", fastest_total, fastest_own)):
        print(f"{len(text.split())} words, {label}: analysis {whole * 1000:.1f} ms, checks {part * 1000:.1f} ms, "
              f"added by the checks {part / max(whole - part, 1e-9):.0%} (target <= 20%)")


if __name__ == "__main__":
    main()
