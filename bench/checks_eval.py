"""Precision and recall of the checks on the labelled letters in tests/data/letters/.

Run: .venv/bin/python bench/checks_eval.py [--misses] [--letters tests/data/letters_heldout]
(prints one row per rule; the held-out set was written after tuning and is never tuned on)

Counting:
- word rules (jargon, officialese, abbreviation, gender): labels are surface forms, once per
  occurrence. A jargon flag is a finding of severity warning or error: info-level jargon findings
  are tips on common school words most parents know ("groep 8", "stage", "excursie"), not claims
  that the word is jargon. Every abbreviation finding counts, whatever its severity (the A2 norm
  is no abbreviations at all); a finding matches an unused label with the same text, else one it contains or is
  contained in as whole words ("BPV" and "BPV-periode", not "SE" and "sectordirecteur"). A school acronym labelled as both jargon and abbreviation ("MR") is one
  abbreviation finding, so for jargon an abbreviation finding on a jargon-labelled form counts too.
- letter rules (fathers, address, working-hours, dialogue): one yes/no per letter.
- invitation fields: per letter labelled as an invitation, one yes/no per element.
"""
from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from readability.checks import run_checks  # noqa: E402
from readability.engine import parse  # noqa: E402

LETTERS = ROOT / "tests" / "data" / "letters"
WORD_RULES = ("jargon", "officialese", "abbreviation", "gender")
LETTER_RULES = {"fathers": "fathers", "address": "address_mix", "invitation.working-hours": "working_hours",
                "dialogue": "dialogue_missing"}
FIELDS = ("what", "when", "where", "why", "bring", "respond", "contact")


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int, fp: int, fn: int) -> None:
        self.tp, self.fp, self.fn = self.tp + tp, self.fp + fp, self.fn + fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


def _inside(part: str, whole: str) -> bool:
    """`part` is one or more whole words of `whole` ("bpv" of "bpv-periode", not "se" of "sectordirecteur")."""
    return re.search(rf"(?<!\w){re.escape(part)}(?!\w)", whole) is not None


def _matched(found: list[str], labelled: list[str]) -> int:
    """How many found forms pair with a labelled form (exact text first, then whole-word containment)."""
    found, labelled = [f.lower() for f in found], [l.lower() for l in labelled]
    pairs = 0
    for same in (lambda f, l: f == l, lambda f, l: _inside(f, l) or _inside(l, f)):
        for form in list(found):
            partner = next((l for l in labelled if same(form, l)), None)
            if partner is not None:
                found.remove(form)
                labelled.remove(partner)
                pairs += 1
    return pairs


def evaluate(letters: Path = LETTERS, misses: list[str] | None = None) -> dict[str, Counts]:
    counts = {rule: Counts() for rule in (*WORD_RULES, *LETTER_RULES, *(f"invitation.{f}" for f in FIELDS))}
    for label in yaml.safe_load((letters / "labels.yaml").read_text(encoding="utf-8")):
        text = (letters / label["file"]).read_text(encoding="utf-8")
        findings = run_checks(parse(text))
        for rule in WORD_RULES:
            found = [f.text for f in findings if f.rule == rule and (rule != "jargon" or f.severity != "info")]
            labelled = label.get(rule) or []
            if rule == "jargon":
                found += [f.text for f in findings if f.rule == "abbreviation"
                          and _matched([f.text], labelled) and not _matched([f.text], found)]
            tp = _matched(found, labelled)
            counts[rule].add(tp, len(found) - tp, len(labelled) - tp)
            if misses is not None and (tp < len(found) or tp < len(labelled)):
                misses.append(f"{label['file']} {rule}: found {sorted(found)} labelled {sorted(labelled)}")
        rules = {f.rule for f in findings}
        for rule, key in LETTER_RULES.items():
            _count_yes_no(counts[rule], rule in rules, bool(label.get(key)), label["file"], rule, misses)
        if label["kind"] == "invitation":
            for field in FIELDS:
                rule = f"invitation.{field}"
                _count_yes_no(counts[rule], rule in rules, field in (label.get("invitation_missing") or []),
                              label["file"], rule, misses)
    return counts


def _count_yes_no(counts: Counts, found: bool, labelled: bool, file: str, rule: str, misses) -> None:
    counts.add(int(found and labelled), int(found and not labelled), int(labelled and not found))
    if misses is not None and found != labelled:
        misses.append(f"{file} {rule}: found {found} labelled {labelled}")


def total(counts: dict[str, Counts], prefix: str) -> Counts:
    summed = Counts()
    for rule, count in counts.items():
        if rule.startswith(prefix) and rule != "invitation.working-hours":
            summed.add(count.tp, count.fp, count.fn)
    return summed


def main() -> None:
    misses: list[str] = [] if "--misses" in sys.argv else None
    letters = Path(sys.argv[sys.argv.index("--letters") + 1]) if "--letters" in sys.argv else LETTERS
    counts = evaluate(letters, misses=misses)
    counts["invitation fields (all)"] = total(counts, "invitation.")
    print(f"{'rule':28} {'TP':>4} {'FP':>4} {'FN':>4} {'precision':>10} {'recall':>7}")
    for rule, c in counts.items():
        print(f"{rule:28} {c.tp:4} {c.fp:4} {c.fn:4} {c.precision:10.1%} {c.recall:7.1%}")
    for line in misses or []:
        print(line)


if __name__ == "__main__":
    main()
