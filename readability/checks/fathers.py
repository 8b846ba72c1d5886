"""Letters that address or recruit only mothers: salutation, call for helpers, activity names."""
from __future__ import annotations

import functools
import re

from readability.analysis import Analysis
from readability.checks.data import check_data
from readability.checks.words import Word, unit_span, words_in
from readability.report import Finding


@functools.cache
def _pattern(expression: str, flags: int = 0) -> re.Pattern:
    return re.compile(expression, flags)


def is_mother_word(word: Word, data: dict) -> bool:
    return bool(_pattern(data["mother_word"]).search(word.lower)) and not any(
        other in word.lower for other in data["not_about_mothers"])


def _one_mother(word: Word, text: str, data: dict) -> bool:
    """The word names one mother ("Zij is de moeder van Daan")."""
    match = _pattern(data["one_mother"]).search(text, max(0, word.start - 6), word.end + 6)
    return match is not None and match.start() < word.start < match.end()


def _in_salutation(word: Word, text: str, data: dict) -> bool:
    line_start = text.rfind("\n", max(0, word.start - 60), word.start) + 1
    if word.start - line_start >= 60:  # far from the start of its line: not a salutation
        return False
    opening = text[line_start:word.start].split()
    return bool(opening) and opening[0].lower().strip(",") in data["salutation_words"] and len(opening) <= 4


def _calls_for_help(sentence: list[Word], data: dict) -> bool:
    cues = set(data["helper_cues"])
    return any(word.lower in cues or (word.lemma or "").lower() in cues for word in sentence)


def inclusive(word: str, data: dict) -> list[str]:
    """The mother word rewritten for every parent: "kookmoeders" -> "kookouders", "mama's" -> "ouders"."""
    word = word.replace("’", "'")
    for pattern, replacement in data["inclusive"]:
        if re.search(pattern, word, re.IGNORECASE):
            rewritten = re.sub(pattern, replacement, word, count=1, flags=re.IGNORECASE)  # "TSO-moeders" keeps "TSO"
            rewritten = rewritten[:1].upper() + rewritten[1:] if word[:1].isupper() else rewritten
            return [rewritten] + ([data["inclusive_plural"]] if rewritten.lower() == "ouders" else [])
    return []


def _any_word(expression: str, words: list[Word]) -> bool:
    """Whether some word matches `expression` (one scan of the words, one word per line)."""
    return _pattern(expression, re.MULTILINE).search("\n".join(word.lower for word in words)) is not None


def _names_fathers(words: list[Word], data: dict) -> bool:
    return _any_word(data["father_word"], words)


def names_both_parents(words: list[Word]) -> bool:
    """The letter names mothers and fathers, so its gendered words are not one-sided."""
    data = check_data("fathers")
    return _names_fathers(words, data) and any(is_mother_word(word, data) for word in words)


def check(analysis: Analysis, words: list[Word]) -> list[Finding]:
    data = check_data("fathers")
    if _names_fathers(words, data) or not _any_word(data["mother_word"], words):
        return []
    findings, flagged_units, calls_for_help = [], set(), {}
    for word in words:
        if not is_mother_word(word, data) or _one_mother(word, analysis.text, data):
            continue
        unit = unit_span(analysis, word.start)
        if unit in flagged_units:
            continue
        if unit not in calls_for_help:
            calls_for_help[unit] = _calls_for_help(words_in(words, unit), data)
        if _in_salutation(word, analysis.text, data) or calls_for_help[unit] or word.lower not in data["plain_words"]:
            flagged_units.add(unit)
            findings.append(Finding(rule="fathers", start=word.start, end=word.end, text=word.text,
                                    message=data["message"], suggestions=inclusive(word.text, data),
                                    severity="warning"))
    return findings
