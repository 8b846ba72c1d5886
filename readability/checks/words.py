"""Words of the analysed text with the spaCy lemma and part of speech of the matching token."""
from __future__ import annotations

import bisect
import re
from typing import NamedTuple

from spacy.attrs import IDX, LEMMA, LENGTH, POS

from readability.analysis import Analysis

# A word: letters/digits joined by apostrophes, hyphens, dots, slashes or ampersands ("IB'er",
# "Magister-account", "i.v.m", "t/m", "Z&W"). A final dot is left out; abbreviation matching adds it back.
WORD = re.compile(r"\w+(?:['’\-./&]\w+)*")
# E-mail and web addresses are not words ("ib@school.nl" is not the abbreviation IB). An e-mail
# address is found from its "@domain" (a quick scan) and then the name before it (at most 64 characters).
EMAIL_DOMAIN = re.compile(r"@[\w-]+(?:\.[\w-]+)+")
EMAIL_NAME = re.compile(r"[\w.+-]+$")
WEB_ADDRESS = re.compile(r"\bhttps?://\S+|\bwww\.\S+", re.IGNORECASE)


class Word(NamedTuple):
    start: int  # offset in Analysis.text
    end: int
    text: str
    lower: str
    lemma: str | None  # None when no spaCy token covers exactly this word
    pos: str | None


def _tokens(analysis: Analysis) -> dict[tuple[int, int], tuple[str, str]]:
    """(start, end) of every spaCy token -> (lemma, part of speech), read from the docs' arrays."""
    tokens = {}
    for unit in analysis.units:
        strings = unit.doc.vocab.strings
        for idx, length, lemma, pos in unit.doc.to_array([IDX, LENGTH, LEMMA, POS]).tolist():
            tokens[(unit.start + idx, unit.start + idx + length)] = (strings[lemma], strings[pos])
    return tokens


def _addresses(text: str) -> list[tuple[int, int]]:
    """(start, end) of every e-mail and web address."""
    spans = [match.span() for match in WEB_ADDRESS.finditer(text)]
    for domain in EMAIL_DOMAIN.finditer(text):
        name = EMAIL_NAME.search(text, max(0, domain.start() - 64), domain.start())
        if name:
            spans.append((name.start(), domain.end()))
    return spans


def words_of(analysis: Analysis) -> list[Word]:
    tokens = _tokens(analysis)
    addresses = Taken(_addresses(analysis.text))
    found = []
    for match in WORD.finditer(analysis.text):
        if addresses.overlaps(*match.span()):
            continue
        text = match.group()
        found.append(Word(match.start(), match.end(), text, text.lower(), *tokens.get(match.span(), (None, None))))
    return found


def unit_span(analysis: Analysis, offset: int) -> tuple[int, int]:
    """The unit (sentence, heading, ...) around `offset`; the line if no unit covers it."""
    for unit in analysis.units:
        if unit.start <= offset < unit.end:
            return unit.start, unit.end
    line_start = analysis.text.rfind("\n", 0, offset) + 1
    line_end = analysis.text.find("\n", offset)
    return line_start, line_end if line_end != -1 else len(analysis.text)


def words_in(words: list[Word], span: tuple[int, int]) -> list[Word]:
    """The words (in text order) that start inside `span`."""
    starts = [word.start for word in words]
    return words[bisect.bisect_left(starts, span[0]):bisect.bisect_left(starts, span[1])]


class Taken:
    """Spans already reported by another check: does a new span overlap one of them?"""

    def __init__(self, spans):
        spans = sorted(spans)
        self.starts = [start for start, _ in spans]
        self.reach = []  # the furthest end among the spans up to each one
        for _, end in spans:
            self.reach.append(max(end, self.reach[-1]) if self.reach else end)

    def overlaps(self, start: int, end: int) -> bool:
        before = bisect.bisect_left(self.starts, end)  # spans that start before `end`
        return before > 0 and self.reach[before - 1] > start
