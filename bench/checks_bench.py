"""Share of the parent checks (glossary terms, fathers, address, invitation, dialogue, improved
text) in the analysis time of a 1,000-word letter. Target (issue #4): at most 20% added.

    .venv/bin/python bench/checks_bench.py [--runs 11]

`added` = checks / (full analysis - checks): how much slower the analysis is with the checks.
Both are timed alternately, as wall-clock time and as CPU time of this process, and shown as
median and fastest run; on a machine shared with other work the fastest CPU time is the steadiest.
"""
from __future__ import annotations

import argparse
import os
import platform
import statistics
import time

from engine_bench import letter_of  # the same letters as the engine bench
from readability.checks import improve_text, run_checks
from readability.engine import analyse, parse
from readability.nlp import get_nlp


def timed(function) -> tuple[float, float]:
    """(wall-clock seconds, CPU seconds) of one call."""
    wall, cpu = time.perf_counter(), time.process_time()
    function()
    return time.perf_counter() - wall, time.process_time() - cpu


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--words", type=int, default=1000)
    arguments = parser.parse_args()
    text = letter_of(arguments.words)
    analysis = parse(text)
    analyse(text)  # warm-up: pipeline, glossaries, compiled patterns
    totals, checks = [], []
    for _ in range(arguments.runs):  # alternate, so both see the same load
        totals.append(timed(lambda: analyse(text)))
        checks.append(timed(lambda: improve_text(text, run_checks(analysis))))
    nlp = get_nlp()
    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores; "
          f"pipeline {nlp.meta['name']} {nlp.meta['version']}; {len(text.split())} words; "
          f"median of {arguments.runs} runs after one warm-up")
    for clock, index in (("wall", 0), ("cpu", 1)):
        for statistic in (statistics.median, min):
            total = statistic(run[index] for run in totals)
            own = statistic(run[index] for run in checks)
            print(f"{clock:>4} {statistic.__name__:>6}: analysis {total * 1000:6.1f} ms, checks {own * 1000:5.1f} ms, "
                  f"added by the checks {own / max(total - own, 1e-9):.0%} (target <= 20%)")


if __name__ == "__main__":
    main()
