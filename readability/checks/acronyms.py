"""Abbreviations that no glossary lists, found by their form: capitals ("IHP", "NAW-gegevens",
"SLB'er"), lower-case letters with dots ("m.i.v."), a short word with a dot inside a sentence
("ca. 20 kinderen") and shortened weekdays ("ma t/m vr"). Reported as rule "abbreviation".

Left out: capitals that shout ("LET OP"), initials ("P.J."), Roman numerals, bank account numbers,
names such as "WIS Collect", words a school allows, and words another check already reported. The
patterns and messages are data in acronyms.yaml.
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
CAPITALS = re.compile("[A-Z]+(?:&[A-Z]+)?")


@functools.cache
def _data() -> SimpleNamespace:
    data = check_data("acronyms")
    days = "|".join(data["days"])
    return SimpleNamespace(
        raw=data, acronym=re.compile(data["acronym"]), dotted=re.compile(data["dotted"], re.IGNORECASE),
        initials=re.compile(data["initials"]),
        iban=re.compile(data["iban"]), names=re.compile("|".join(re.escape(name) for name in data["names"])),
        day_patterns=tuple(re.compile(data[key].format(day=days), re.IGNORECASE) for key in ("day_range", "day_date")),
        web=re.compile(r"\.(?:" + "|".join(data["web_endings"]) + r")$", re.IGNORECASE),
        not_abbreviations=frozenset(data["not_abbreviations"]), days=frozenset(data["days"]),
        short_length=max(data["short_before_dot"], *map(len, data["days"])))


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


def _acronym(text: str) -> str | None:
    """The capitals that make `text` (or a part of it before or after a hyphen) an acronym."""
    data = _data()
    for part in text.split("-"):
        if data.acronym.fullmatch(part):
            short = CAPITALS.match(part).group()
            return None if short in data.not_abbreviations else short
    return None


def _kind(text: str) -> tuple[str, str | None] | None:
    """What a word may be: ("acronym", its capitals), ("dotted", None) for "m.i.v" or "p/p",
    ("day", None) for "ma" or "Vr", ("iban", None) for the start of an account number, ("short",
    None) for a short lower-case word that is an abbreviation when a dot follows it inside a
    sentence ("ca. 20"), or None. Decided once per distinct word, mostly without a regex."""
    data = _data()
    if "." in text or "/" in text:
        dotted = data.dotted.fullmatch(text) and not data.web.search(text) and not data.initials.fullmatch(text)
        return ("dotted", None) if dotted else None
    if text[1:].islower():  # most words: "school", "Beste", "ma", "Vr"
        if len(text) > data.short_length:
            return None
        if text.lower() in data.days:
            return "day", None
        short = text.islower() and text.isalpha() and zipf_frequency(text, "nl") < data.raw["short_max_zipf"]
        return ("short", None) if short else None
    if text[:2].isupper() and text[2:4].isdigit():
        return "iban", None
    short = _acronym(text) if any(char.isupper() for char in text) else None  # "WO" is an acronym, not a day
    return ("acronym", short) if short else None


def _short_before_dot(word: Word, text: str) -> bool:
    return text[word.end:word.end + 1] == "." and SENTENCE_GOES_ON.match(text, word.end) is not None


def _finding(start: int, end: int, text: str, message: str, suggestions: list[str]) -> Finding:
    return Finding(rule="abbreviation", start=start, end=end, text=text[start:end], message=message,
                   suggestions=suggestions, severity=_data().raw["severity"])


def _days(text: str, at: int) -> list[tuple[int, int, str]]:
    """(start, end, full name) of the shortened weekdays in a range or before a date at `at`."""
    data = _data()
    for pattern in data.day_patterns:
        match = pattern.match(text, at)
        if match:
            return [(match.start(group), match.end(group + 1), data.raw["days"][match.group(group).lower()])
                    for group in range(1, pattern.groups + 1, 2)]
    return []


def _iban_end(word: Word, text: str) -> int:
    """Where a bank account number that starts at `word` ends ("NL12 BANK 0123 4567 89"); 0 if none."""
    match = _data().iban.match(text, word.start)
    return match.end() if match else 0


def check(words: list[Word], text: str, taken: list[Finding], allow: frozenset[str] = frozenset()) -> list[Finding]:
    """Abbreviation findings for the words no finding in `taken` covers."""
    data = _data()
    kinds = {text: kind for text in {word.text for word in words} if (kind := _kind(text))}
    if not kinds:
        return []
    taken_spans = Taken([(finding.start, finding.end) for finding in taken]
                        + [match.span() for match in data.names.finditer(text)])
    found, account_end = {}, 0
    for i, word in enumerate(words):
        kind = kinds.get(word.text)
        if kind is None or word.start < account_end or word.lower in allow:
            continue
        if kind[0] == "iban":
            account_end = _iban_end(word, text)
        elif kind[0] == "day":
            for start, end, day in _days(text, word.start):
                if not taken_spans.overlaps(start, end):
                    message = data.raw["messages"]["day"].format(word=text[start:end], day=day)
                    found[start] = _finding(start, end, text, message, [day])
        elif (word.start not in found and (kind[0] != "short" or _short_before_dot(word, text))
              and not taken_spans.overlaps(word.start, word.end)
              and not (kind[0] == "acronym" and _shouts(words, i, text))):
            end = word.end + 1 if kind[0] != "acronym" and text[word.end:word.end + 1] == "." else word.end
            written = text[word.start:end]
            message = data.raw["messages"]["acronym"].format(word=written, short=kind[1] or written)
            found[word.start] = _finding(word.start, end, text, message, [])
    return list(found.values())
