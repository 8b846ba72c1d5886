"""Mother-only words the glossary does not list, found by their form: a role word with a mother
ending ("fruitmoeders", "hulpmama's") and the plain group "moeders" or "mama's" in a letter that
speaks only to mothers. Reported as rule "gender", with a rewrite for every parent.

Only called for a letter the fathers check flags: a letter that also names fathers ("moeders en
vaders", "luizenmoeders en -vaders") or only mentions a mother ("Moederdag", "de moeder van Sara")
gets nothing here.
"""
from __future__ import annotations

import bisect
import re

from readability.checks.data import check_data
from readability.checks.fathers import inclusive, is_mother_word
from readability.checks.words import Word
from readability.report import Finding


def _kind(word: Word, data: dict) -> str | None:
    """The kind of mother word: "role" ("fruitmoeders"), "group" ("moeders") or None."""
    if "moeder" not in word.lower and "mam" not in word.lower:  # most words: no regular expression needed
        return None
    lower = word.lower.replace("’", "'")
    if lower in data["plain_groups"]:
        return "group"
    ending = re.search(data["role_ending"], lower)
    stem = lower[:ending.start()].strip("-") if ending else ""
    if ending and sum(char.isalpha() for char in stem) >= data["role_stem_min"] and is_mother_word(word, data):
        return "role"
    return None


def check(words: list[Word], taken: list[Finding]) -> list[Finding]:
    """Gender findings for the mother words of a mother-only letter not already covered by `taken`."""
    data, messages = check_data("fathers"), check_data("terms")["messages"]
    spans = sorted((finding.start, finding.end) for finding in taken if finding.rule == "gender")
    ends = [end for _, end in spans]  # glossary matches do not overlap, so their ends are sorted too
    findings = []
    for word in words:
        kind = _kind(word, data)
        after = bisect.bisect_right(ends, word.start)  # the first glossary match ending after the word starts
        if kind is None or (after < len(spans) and spans[after][0] < word.end):
            continue
        suggestions = inclusive(word.text, data)
        message = messages["gender"].format(word=word.text)
        if suggestions:
            message += " " + messages["alternative"].format(alternative=suggestions[0])
        findings.append(Finding(rule="gender", start=word.start, end=word.end, text=word.text, message=message,
                                suggestions=suggestions, severity=data["gender_severity"][kind]))
    return findings
