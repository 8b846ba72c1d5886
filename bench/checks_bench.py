"""Share of one part of the analysis in the analysis time of a 1,000-word letter:
the parent checks (glossary terms, fathers, address, invitation, dialogue, improved text;
target, issue #4: at most 20% added) or the constructions (passive, verb bracket, nominal
style, long sentence; target, issue #13: at most 10% added).

    .venv/bin/python bench/checks_bench.py [--part checks|constructions] [--runs 11]

`added` = part / (full analysis - part): how much slower the analysis is with the part.
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
from readability.constructions import find_constructions
from readability.engine import SCORED_KINDS, analyse, parse
from readability.nlp import get_nlp

TARGETS = {"checks": 0.20, "constructions": 0.10}


def timed(function) -> tuple[float, float]:
    """(wall-clock seconds, CPU seconds) of one call."""
    wall, cpu = time.perf_counter(), time.process_time()
    function()
    return time.perf_counter() - wall, time.process_time() - cpu


def part_of(name: str, text: str):
    """The part of the analysis to time, as a function of no arguments (on an already parsed text)."""
    analysis = parse(text)
    if name == "checks":
        return lambda: improve_text(text, run_checks(analysis))
    units = [unit for unit in analysis.units if unit.kind in SCORED_KINDS]
    return lambda: [find_constructions(unit, "A2") for unit in units]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--part", choices=sorted(TARGETS), default="checks")
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--words", type=int, default=1000)
    arguments = parser.parse_args()
    text = letter_of(arguments.words)
    part = part_of(arguments.part, text)
    analyse(text)  # warm-up: pipeline, glossaries, compiled patterns, word lists
    totals, parts = [], []
    for _ in range(arguments.runs):  # alternate, so both see the same load
        totals.append(timed(lambda: analyse(text)))
        parts.append(timed(part))
    nlp = get_nlp()
    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores; "
          f"pipeline {nlp.meta['name']} {nlp.meta['version']}; {len(text.split())} words; "
          f"median of {arguments.runs} runs after one warm-up")
    for clock, index in (("wall", 0), ("cpu", 1)):
        for statistic in (statistics.median, min):
            total = statistic(run[index] for run in totals)
            own = statistic(run[index] for run in parts)
            print(f"{clock:>4} {statistic.__name__:>6}: analysis {total * 1000:6.1f} ms, {arguments.part} {own * 1000:5.1f} ms, "
                  f"added by the {arguments.part} {own / max(total - own, 1e-9):.0%} "
                  f"(target <= {TARGETS[arguments.part]:.0%})")


if __name__ == "__main__":
    main()
