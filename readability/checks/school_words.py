"""School words that no glossary lists, found by how they are built: a rare word (wordfreq) with a
last part schools use for roles, plans and rules ("anti-pestcoördinator", "veiligheidsbeleid") or
a first part from school life ("profielkeuzeformulier", "leermiddelenfonds"). Reported as rule
"jargon", with the advice to explain the word. A word the letter explains is not reported.
The parts and thresholds are data in school_words.yaml.
"""
from __future__ import annotations

import functools
import re
from types import SimpleNamespace

from wordfreq import zipf_frequency

from readability.checks.data import check_data
from readability.checks.explained import explained_at
from readability.checks.words import Taken, Word
from readability.report import Finding


@functools.cache
def _data() -> SimpleNamespace:
    data = check_data("school_words")
    return SimpleNamespace(
        raw=data, pos=frozenset(data["pos"]), everyday=frozenset(data["everyday_before"]),
        head=re.compile(r"(?:" + "|".join(data["heads"]) + r")$"),
        modifier=re.compile(r"(?:" + "|".join(data["modifiers"]) + r")(?:s|en)?-?"))


def _known(word: str) -> bool:
    data = _data().raw
    return len(word) >= data["rest_min_length"] and zipf_frequency(word, "nl") >= data["rest_min_zipf"]


def _known_or_pair(rest: str) -> bool:
    """`rest` is a known word, two known words ("keuzeformulier"), or ends in a school last part."""
    if _known(rest) or _data().head.search(rest):
        return True
    return any(_known(rest[:cut]) and _known(rest[cut:]) for cut in range(4, len(rest) - 3))


def _school_head(lower: str) -> bool:
    head = _data().head.search(lower)
    if head is None:
        return False
    before = lower[:head.start()].rstrip("-")
    return len(before) >= 3 and before not in _data().everyday and before.rstrip("s") not in _data().everyday


def _school_modifier(lower: str) -> bool:
    first = _data().modifier.match(lower)
    return first is not None and _known_or_pair(lower[first.end():])


def is_school_word(lower: str, pos: str | None) -> bool:
    """A rare noun (`lower`, spaCy part of speech `pos`) built from school parts."""
    data = _data()
    if len(lower) < data.raw["min_length"] or (pos is not None and pos not in data.pos):
        return False
    if not (_school_head(lower) or _school_modifier(lower)):
        return False
    return zipf_frequency(lower, "nl") < data.raw["max_zipf"]


def _name(word: Word, text: str) -> bool:
    """A capital inside a sentence: the name of an organisation or a department ("Stichting Leergeld")."""
    if not word.text[:1].isupper():
        return False
    before = text[:word.start].rstrip(" \t")
    return bool(before) and before[-1] not in ".!?:\n\"'‘“"


def check(words: list[Word], text: str, taken: list[Finding], allow: frozenset[str] = frozenset()) -> list[Finding]:
    """Jargon findings for rare school words that no finding in `taken` covers."""
    shortest = _data().raw["min_length"]
    school = {key for key in {(word.lower, word.pos) for word in words if len(word.lower) >= shortest}
              if is_school_word(*key)}
    if not school:
        return []
    covered = Taken([(finding.start, finding.end) for finding in taken])
    messages = check_data("terms")["messages"]
    explained, findings = set(), []
    for word in words:
        if (word.lower, word.pos) not in school:
            continue
        if word.lower in allow or covered.overlaps(word.start, word.end) or _name(word, text):
            continue
        if word.lower in explained or explained_at(word.start, word.end, text):
            explained.add(word.lower)
            continue
        findings.append(Finding(
            rule="jargon", start=word.start, end=word.end, text=word.text,
            message=" ".join((messages["jargon"].format(word=word.text), messages["explain_it"])),
            suggestions=[], severity=_data().raw["severity"]))
    return findings
