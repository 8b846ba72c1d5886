"""Precision and recall of the constructions (passive, verb-bracket, nominal-style) on a labelled
set of sentences (JSON Lines; format and labelling guideline: issue #13's GUIDELINE.md).

Run: .venv/bin/python bench/constructions_eval.py --labels FILE.jsonl [--misses] [--rewrites]

Counting, per sentence and rule:
- a labelled construction's words are found in the text as whole words (the `nth` occurrence
  where given, else the first), each as a character span;
- a found construction (its finding's start..end) matches a labelled one of the same rule when
  its span covers every labelled word. Found and labelled are paired one to one (a found one
  that covers two labelled ones pairs with one of them; the other is a miss);
- found constructions paired with a labelled one are hits; the rest are false alarms, except
  those that match an `optional` one, which count neither way; unpaired labelled ones are misses;
  unpaired `optional` ones count neither way;
- traps: for each trap name, how many sentences carry it and how many false alarms the rule
  it imitates raised in them (perfect-zijn, perfect-hebben, copula-worden and state-zijn imitate
  passive; plain-noun and everyday-phrase nominal-style; bracket-short verb-bracket).
Every sentence is analysed as one letter (target A2); constructions fire whatever a sentence's level.

Rewrites (passive to active, long sentence split in two): how many sentences got one, how many
of those score no harder than the original (no new sentence at a higher CEFR level), and how
many also have no higher LiNT-II score. `--rewrites` lists them for a reader to check.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from checks_eval import Counts  # noqa: E402
from readability.cefr import level_index  # noqa: E402
from readability.constructions import find_constructions, rewrites_sentence  # noqa: E402
from readability.engine import analyse, parse  # noqa: E402

RULES = ("passive", "verb-bracket", "nominal-style")
TRAP_RULES = {"perfect-zijn": "passive", "perfect-hebben": "passive", "copula-worden": "passive",
              "state-zijn": "passive", "plain-noun": "nominal-style", "everyday-phrase": "nominal-style",
              "bracket-short": "verb-bracket"}
TARGET = "A2"


def word_spans(text: str, label: dict) -> list[tuple[int, int]]:
    """Character span of each labelled word (whole words; `nth` picks the occurrence, 1-based)."""
    spans = []
    nths = label.get("nth") or [1] * len(label["words"])
    for word, nth in zip(label["words"], nths):
        matches = list(re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text))
        if len(matches) < nth:
            raise ValueError(f"{word!r} (occurrence {nth}) is not a whole word of {text!r}")
        spans.append(matches[nth - 1].span())
    return spans


def covers(found: tuple[int, int], words: list[tuple[int, int]]) -> bool:
    return all(found[0] <= start and end <= found[1] for start, end in words)


def pair(found: list[tuple[int, int]], labelled: list[list[tuple[int, int]]]) -> dict[int, int]:
    """Largest one-to-one pairing found -> labelled where the found span covers the labelled words."""
    partner: dict[int, int] = {}  # labelled index -> found index

    def augment(f: int, seen: set[int]) -> bool:
        for l, words in enumerate(labelled):
            if l not in seen and covers(found[f], words):
                seen.add(l)
                if l not in partner or augment(partner[l], seen):
                    partner[l] = f
                    return True
        return False

    for f in range(len(found)):
        augment(f, set())
    return {f: l for l, f in partner.items()}


def found_spans(text: str) -> dict[str, list[tuple[int, int]]]:
    """Per rule: the span of every construction found in the text."""
    by_rule: dict[str, list] = {}
    for unit in parse(text).units:
        for found in find_constructions(unit, TARGET):
            start, end = unit.offset(found.tokens[0]), unit.offset(found.tokens[-1]) + len(found.tokens[-1].text)
            by_rule.setdefault(found.rule, []).append((start, end))
    return by_rule


def sentence_rewrites(text: str) -> list[tuple[str, str, bool, bool]]:
    """(rule, rewritten sentence, no higher level, no higher LiNT-II) for every sentence rewrite offered on `text`."""
    report = analyse(text, target=TARGET)
    rewrites = []
    for finding in report.findings:
        if rewrites_sentence(finding):
            [original] = [s for s in report.sentences if s.start <= finding.start and finding.end <= s.end]
            new = [s for s in analyse(finding.suggestions[0], target=TARGET).sentences if s.kind == "sentence"]
            rewrites.append((finding.rule, finding.suggestions[0],
                             all(level_index(s.level) <= level_index(original.level) for s in new),
                             all((s.lint or 0) <= (original.lint or 0) for s in new)))
    return rewrites


def evaluate(lines: list[dict], misses: list[str] | None = None, rewrites: list[str] | None = None):
    counts = {rule: Counts() for rule in RULES}
    traps, trap_alarms, rewritten = Counter(), Counter(), Counter()
    for line in lines:
        text = line["text"]
        found = found_spans(text)
        offered = sentence_rewrites(text)
        for rule, rewrite, level_ok, lint_ok in offered:
            rewritten[rule] += 1
            rewritten[f"{rule} level"] += level_ok
            rewritten[f"{rule} lint"] += lint_ok
            if rewrites is not None:
                mark = ("" if level_ok else " (HIGHER LEVEL)") + ("" if lint_ok else " (higher LiNT)")
                rewrites.append(f"{line['id']} {rule}{mark}: {text}\n    -> {rewrite}")
        rewritten["sentences"] += bool(offered)
        false_alarms = Counter()
        for rule in RULES:
            spans = found.get(rule, [])
            labelled = [word_spans(text, c) for c in line["constructions"] if c["rule"] == rule]
            optional = [word_spans(text, c) for c in line.get("optional", []) if c["rule"] == rule]
            paired = pair(spans, labelled)
            unpaired = [spans[f] for f in range(len(spans)) if f not in paired]
            alarms = [span for span in unpaired if not any(covers(span, words) for words in optional)]
            counts[rule].add(len(paired), len(alarms), len(labelled) - len(paired))
            false_alarms[rule] = len(alarms)
            if misses is not None:
                missed = [l for l in range(len(labelled)) if l not in paired.values()]
                misses += [f"{line['id']} {rule} MISSED {_words(text, labelled[l])}: {text}" for l in missed]
                misses += [f"{line['id']} {rule} FALSE {text[s:e]!r}: {text}" for s, e in alarms]
        for trap in set(line.get("traps", [])):
            traps[trap] += 1
            trap_alarms[trap] += false_alarms.get(TRAP_RULES.get(trap, ""), 0)
    return counts, traps, trap_alarms, rewritten


def _words(text: str, spans: list[tuple[int, int]]) -> list[str]:
    return [text[start:end] for start, end in spans]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--labels", type=Path, required=True, help="JSON Lines file of labelled sentences")
    parser.add_argument("--misses", action="store_true", help="list every miss and false alarm")
    parser.add_argument("--rewrites", action="store_true", help="list every sentence rewrite offered")
    arguments = parser.parse_args()
    lines = [json.loads(row) for row in arguments.labels.read_text(encoding="utf-8").splitlines() if row.strip()]
    misses, rewrites = [] if arguments.misses else None, [] if arguments.rewrites else None
    counts, traps, trap_alarms, rewritten = evaluate(lines, misses, rewrites)
    print(f"{len(lines)} sentences from {arguments.labels}")
    print(f"{'rule':<15}{'labelled':>9}{'found':>7}{'hits':>6}{'precision':>11}{'recall':>8}")
    for rule, c in counts.items():
        print(f"{rule:<15}{c.tp + c.fn:>9}{c.tp + c.fp:>7}{c.tp:>6}{c.precision:>11.1%}{c.recall:>8.1%}")
    print("traps (sentences: false alarms of the rule they imitate):")
    for trap in sorted(traps):
        print(f"  {trap:<16}{traps[trap]:>4}: {trap_alarms[trap]} {TRAP_RULES.get(trap, '?')}")
    zero = trap_alarms["perfect-zijn"] + trap_alarms["copula-worden"]
    print(f"passives found in perfect-zijn or copula-worden sentences: {zero} (target 0)")
    print(f"sentences with a rewrite: {rewritten['sentences']}")
    for rule, name in (("passive", "passive to active"), ("long-sentence", "long sentence in two")):
        print(f"  {name}: {rewritten[rule]}, of which no higher level {rewritten[rule + ' level']}, "
              f"also no higher LiNT-II {rewritten[rule + ' lint']}")
    for line in (misses or []) + (rewrites or []):
        print(line)


if __name__ == "__main__":
    main()
