"""Abbreviations that no glossary lists, found by their form: capitals ("IHP", "NAW-gegevens",
"SLB'er"), lower-case letters with dots ("m.i.v."), a short word with a dot inside a sentence
("ca. 20 kinderen") and shortened weekdays ("ma t/m vr"). Reported as rule "abbreviation".

Left out: capitals that shout ("LET OP"), Roman numerals, bank account numbers, names such as
"WIS Collect", words a school allows, and words another check already reported. The patterns and
messages are data in acronyms.yaml.
"""
from __future__ import annotations

import functools
import re
from types import SimpleNamespace

from wordfreq import zipf_frequency

from readability.checks.data import check_data
from readability.checks.words import Taken, Word
from readability.report import Finding

SENTENCE_GOES_ON = re.compile(r"\.[ \t]+[a-z0-9€(]")
CAPITALS = re.compile("[A-Z]+")


@functools.cache
def _data() -> SimpleNamespace:
    data = check_data("acronyms")
    days = "|".join(data["days"])
    return SimpleNamespace(
        raw=data, acronym=re.compile(data["acronym"]), dotted=re.compile(data["dotted"], re.IGNORECASE),
        iban=re.compile(data["iban"]), names=re.compile("|".join(re.escape(name) for name in data["names"])),
        days=tuple(re.compile(data[key].format(day=days), re.IGNORECASE) for key in ("day_range", "day_date")),
        web=re.compile(r"\.(?:" + "|".join(data["web_endings"]) + r")$", re.IGNORECASE),
        not_abbreviations=frozenset(data["not_abbreviations"]))


def _capitals(word: Word) -> bool:
    return len(word.text) > 1 and word.text.isupper()


def _shouts(words: list[Word], i: int, text: str) -> bool:
    """A capital word that is an everyday word, in a run of capitals or long ("LET OP", "NIEUW")."""
    data = _data().raw
    if not _capitals(words[i]) or zipf_frequency(words[i].lower, "nl") < data["shout_zipf"]:
        return False
    if len(words[i].text) >= data["shout_alone_length"]:
        return True
    return any(0 <= j < len(words) and _capitals(words[j])
               and not text[min(words[i].end, words[j].end):max(words[i].start, words[j].start)].strip()
               for j in (i - 1, i + 1))


def _acronym(word: Word) -> str | None:
    """The capitals that make `word` (or a part of it before or after a hyphen) an acronym."""
    if word.text[1:].islower() or not any(char.isupper() for char in word.text):
        return None  # most words: no regular expression needed
    data = _data()
    for part in word.text.split("-"):
        if data.acronym.fullmatch(part):
            short = CAPITALS.match(part).group()
            return None if short in data.not_abbreviations else short
    return None


def _dotted(word: Word, text: str) -> bool:
    """Lower-case letters joined by dots or a slash ("m.i.v", "p/p"), or a short word with a dot
    after which the sentence goes on ("ca. 20", "excl. btw")."""
    data = _data()
    if data.dotted.fullmatch(word.text):
        return not data.web.search(word.text)
    return (len(word.text) <= data.raw["short_before_dot"] and word.text.isalpha() and word.text.islower()
            and text[word.end:word.end + 1] == "." and SENTENCE_GOES_ON.match(text, word.end) is not None)


def _finding(start: int, end: int, text: str, message: str, suggestions: list[str]) -> Finding:
    return Finding(rule="abbreviation", start=start, end=end, text=text[start:end], message=message,
                   suggestions=suggestions, severity=_data().raw["severity"])


def _days(text: str, taken: Taken) -> list[Finding]:
    data = _data()
    found = {}
    for pattern in data.days:
        for match in pattern.finditer(text):
            for group in range(1, (pattern.groups or 0) + 1, 2):
                start, end = match.start(group), match.end(group + 1)
                if start >= 0 and not taken.overlaps(start, end):
                    full = data.raw["days"][match.group(group).lower()]
                    found[start] = _finding(start, end, text, data.raw["messages"]["day"].format(
                        word=text[start:end], day=full), [full])
    return list(found.values())


def check(words: list[Word], text: str, taken: list[Finding], allow: frozenset[str] = frozenset()) -> list[Finding]:
    """Abbreviation findings for the words no finding in `taken` covers."""
    data = _data()
    taken_spans = Taken([(finding.start, finding.end) for finding in taken]
                        + [match.span() for match in data.iban.finditer(text)]
                        + [match.span() for match in data.names.finditer(text)])
    findings, seen = [], {}
    for i, word in enumerate(words):
        if word.text not in seen:
            seen[word.text] = _acronym(word)
        short = seen[word.text]
        dotted = short is None and _dotted(word, text)
        if (short is None and not dotted) or word.lower in allow or taken_spans.overlaps(word.start, word.end):
            continue
        if short is not None and _shouts(words, i, text):
            continue
        end = word.end + 1 if dotted and text[word.end:word.end + 1] == "." else word.end
        message = data.raw["messages"]["acronym"].format(word=text[word.start:end], short=short or text[word.start:end])
        findings.append(_finding(word.start, end, text, message, []))
    return findings + _days(text, Taken([(f.start, f.end) for f in taken + findings]))
