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
from readability.constructions import find_constructions  # noqa: E402
from readability.engine import parse  # noqa: E402

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


def found_spans(text: str) -> dict[str, list[tuple[tuple[int, int], list[str]]]]:
    """Per rule: (span, suggestions) of every construction found in the text."""
    by_rule: dict[str, list] = {}
    for unit in parse(text).units:
        for found in find_constructions(unit, TARGET):
            start, end = unit.offset(found.tokens[0]), unit.offset(found.tokens[-1]) + len(found.tokens[-1].text)
            by_rule.setdefault(found.rule, []).append(((start, end), list(found.suggestions)))
    return by_rule


def evaluate(lines: list[dict], misses: list[str] | None = None, rewrites: list[str] | None = None):
    counts = {rule: Counts() for rule in RULES}
    traps, trap_alarms = Counter(), Counter()
    rewritten = 0
    for line in lines:
        text = line["text"]
        found = found_spans(text)
        sentence_rewrites = [s[0] for rule in ("passive",) for _, s in found.get(rule, []) if s]
        rewritten += bool(sentence_rewrites)
        if rewrites is not None:
            rewrites += [f"{line['id']}: {text}\n    -> {rewrite}" for rewrite in sentence_rewrites]
        false_alarms = Counter()
        for rule in RULES:
            spans = [span for span, _ in found.get(rule, [])]
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
    parser.add_argument("--rewrites", action="store_true", help="list every passive rewrite offered")
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
    print(f"sentences with a passive rewritten to active: {rewritten}")
    for line in (misses or []) + (rewrites or []):
        print(line)


if __name__ == "__main__":
    main()
