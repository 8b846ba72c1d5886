"""Rule-based units for letters: what a reader sees as one sentence or line.

Salutations, headings, date lines, closings, list items and blank-line paragraphs are units
of their own, whatever the parser thinks. Inside a paragraph, sentences end at . ! ? followed
by a capital (or digit or quote), except after abbreviations ("o.a.", "i.v.m.", "bijv.").
Times ("19.30 uur") and dates ("12.03.2026") never split: their dots are not followed by space.
A unit is at most MAX_UNIT_CHARACTERS long: longer text without a sentence end is cut at a space.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# Single-dot abbreviations that are usually followed by more of the same sentence.
SHORT_ABBREVIATIONS = frozenset(
    "bijv bv ca nr dhr mevr mw mr mej dr drs ir ing evt enz etc incl excl tel zgn resp vnl jl "
    "max min ong vgl afd adv st blz pag art lid jr wo di do vr za zo ma febr sept okt nov dec "
    "jan aug".split()
)
MONTHS = (
    "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
)
WEEKDAYS = "maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag"

LIST_ITEM = re.compile(r"\s*(?:[-*•▪◦–·]|\d{1,2}[.)]|[a-z][.)])\s+\S")
SALUTATION = re.compile(r"\s*(?:beste|geachte|lieve|hallo|hoi|dag|goedemorgen|goedemiddag)\b[^.!?]{0,60}[,!]?\s*$", re.I)
CLOSING = re.compile(
    r"\s*(?:met\s+vriendelijke\s+groet(?:en)?|vriendelijke\s+groet(?:en)?|hartelijke\s+groet(?:en)?|hoogachtend|"
    r"groet(?:en|jes)?|mvg|met\s+hartelijke\s+groet(?:en)?|namens\b.*)[,.!]?\s*$",
    re.I,
)
DATE_LINE = re.compile(
    rf"\s*(?:datum\s*:.*|(?:[A-Z][\w'-]+(?:\s[A-Z][\w'-]+)?,\s*)?(?:(?:{WEEKDAYS})\s+)?\d{{1,2}}\s+(?:{MONTHS})(?:\s+\d{{4}})?"
    rf"|\d{{1,2}}[-/.]\d{{1,2}}[-/.]\d{{2,4}})\s*$",
    re.I,
)
MAX_UNIT_CHARACTERS = 1_000  # the longest sentence in our sample letters has 580
# Starts only at the first mark of a run and never gives marks back: linear on runs of marks.
SENTENCE_END = re.compile(r"(?<![.!?…])[.!?…]++['\"’”)\]]*+(?=\s+['\"‘“(\[]?[A-Z0-9À-Ý])")
TAIL = 100  # how much of a block's end tells whether it ends a sentence (a paragraph can be long)
LAST_WORD = re.compile(r"(\S+)$")
ENDS_SENTENCE = re.compile(r"[.!?:…]['\"’”)\]]*$")
LABEL_LINE = re.compile(r"[A-ZÀ-Ý][\w'’ -]{0,29}:(?:\s|$)")  # "Wanneer: ...", "Ik wil een tolk: ..."


@dataclass(frozen=True)
class Segment:
    start: int
    end: int
    kind: str  # sentence | heading | salutation | date | list-item | closing


def segment(text: str) -> list[Segment]:
    """Split `text` into units; offsets point into `text`, surrounding white space is left out."""
    units: list[Segment] = []
    for block_start, block_end, kind in _blocks(text):
        if kind in ("sentence", "list-item"):
            units.extend(_sentences(text, block_start, block_end, kind))
        else:
            units.append(Segment(block_start, block_end, kind))
    return [piece for unit in units for piece in _bounded(text, unit)]


def _bounded(text: str, unit: Segment) -> list[Segment]:
    """A unit longer than MAX_UNIT_CHARACTERS cut into pieces, at a space where there is one.
    Parsing and measuring a unit costs more than its length (dependency chains, word pairs), so
    the cost of the whole text stays linear only when no unit is longer than this."""
    pieces, start = [], unit.start
    while unit.end - start > MAX_UNIT_CHARACTERS:
        space = text.rfind(" ", start + MAX_UNIT_CHARACTERS // 2, start + MAX_UNIT_CHARACTERS)
        cut = space if space > 0 else start + MAX_UNIT_CHARACTERS
        pieces.append(Segment(start, cut, unit.kind))
        start = _skip_space(text, cut, unit.end)
    return [*pieces, Segment(start, unit.end, unit.kind)]


def _lines(text: str):
    """(start, end) of each line without its line break and outer white space; None for blank."""
    for match in re.finditer(r"[^\n]*", text):
        if match.start() > 0 and text[match.start() - 1] != "\n":
            continue  # re.finditer also yields the empty match right after each line
        line = match.group()
        stripped = line.strip()
        if not stripped:
            yield None
            continue
        start = match.start() + (len(line) - len(line.lstrip()))
        yield start, start + len(stripped)


def _line_kind(line: str, first_in_paragraph: bool, next_line: str) -> str:
    if LIST_ITEM.match(line):
        return "list-item"
    if SALUTATION.match(line) and first_in_paragraph and len(line.split()) <= 8:
        return "salutation"
    if CLOSING.match(line):
        return "closing"
    if DATE_LINE.match(line):
        return "date"
    if _looks_like_heading(line, next_line):
        return "heading"
    return "sentence"


def _looks_like_heading(line: str, next_line: str) -> bool:
    """A short line that does not end like a sentence and is not continued on the next line."""
    if len(line.split()) > 8 or re.search(r"[.!?,;:]['\"’”)]*$", line):
        return False
    return not next_line or not next_line[0].islower()


def _blocks(text: str):
    """Group lines into blocks: a paragraph of running text, a list item, or one special line.

    A wrapped line continues the paragraph before it; a list item continues on following
    lines that start in lower case; short lines after a closing are the signature.
    """
    lines = list(_lines(text))
    block: list | None = None  # [start, end, kind]
    after_closing = False
    for index, span in enumerate(lines):
        if span is None:
            if block:
                yield tuple(block)
            block = None
            continue
        start, end = span
        line = text[start:end]
        if block is not None and _continues(text[max(block[0], block[1] - TAIL):block[1]], block[2], line):
            block[1] = end
            continue
        following = lines[index + 1] if index + 1 < len(lines) else None
        next_line = text[following[0]:following[1]] if following else ""
        kind = _line_kind(line, block is None, next_line)
        if after_closing and kind in ("sentence", "heading") and _is_signature_line(line):
            kind = "closing"
        after_closing = after_closing or kind == "closing"
        if block:
            yield tuple(block)
            block = None
        if kind in ("sentence", "list-item"):
            block = [start, end, kind]
        else:
            yield start, end, kind
    if block:
        yield tuple(block)


def _continues(block_end: str, block_kind: str, line: str) -> bool:
    """Does `line` continue the running text of a block (whose last characters are `block_end`)?
    A line that opens with a label and a colon ("Waar: ...") never continues the line before."""
    if _starts_list_or_closing(line):
        return False
    if block_kind == "list-item":
        return line[:1].islower()
    if ENDS_SENTENCE.search(block_end):
        return False
    return not (SALUTATION.match(line) or DATE_LINE.match(line) or LABEL_LINE.match(line))


def _is_signature_line(line: str) -> bool:
    return len(line.split()) <= 6 and not re.search(r"[.!?]$", line)


def _starts_list_or_closing(line: str) -> bool:
    return bool(LIST_ITEM.match(line) or CLOSING.match(line))


def _sentences(text: str, start: int, end: int, kind: str) -> list[Segment]:
    """Split one block into sentences at sentence-final punctuation."""
    pieces = []
    piece_start = start
    marker = LIST_ITEM.match(text, start, end) if kind == "list-item" else None
    search_from = marker.end() - 1 if marker else start
    for match in SENTENCE_END.finditer(text, search_from, end):
        if _is_abbreviation(text[piece_start:match.start() + 1]):
            continue
        pieces.append(Segment(piece_start, match.end(), kind))
        piece_start = _skip_space(text, match.end(), end)
    if piece_start < end:
        pieces.append(Segment(piece_start, end, kind))
    return pieces


def _skip_space(text: str, position: int, end: int) -> int:
    while position < end and text[position].isspace():
        position += 1
    return position


def _is_abbreviation(before: str) -> bool:
    """Does the text up to and including a '.' end in an abbreviation?"""
    if not before.endswith("."):
        return False
    match = LAST_WORD.search(before)
    if match is None:
        return False
    word = match.group(1).lstrip("(\"'‘“")
    core = word[:-1]
    if "." in core and re.fullmatch(r"(?:[A-Za-z]{1,4}\.)+[A-Za-z]{1,4}", core):
        return True  # o.a. i.v.m. d.w.z. t.z.t.
    return core.lower() in SHORT_ABBREVIATIONS or (len(core) == 1 and core.isalpha())
