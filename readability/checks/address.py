"""The reader addressed as both "u" and "je": flagged at the first place each form appears.

Works on words, not parts of speech: the parser sometimes tags "u" as punctuation. A "je" that is
not said to the parent does not count: quoted speech ("De docent vraagt: 'Wat kun je al goed?'"),
a part of the letter written to the children ("Lieve kinderen, ..."), a sentence said to the child
("Vraag je ouders of je mee mag"), and fixed expressions in
which "je" means "one" ("je weet maar nooit"). All of these are data in address.yaml.
"""
from __future__ import annotations

import functools
import re

from readability.analysis import Analysis
from readability.checks.data import check_data
from readability.checks.words import Word
from readability.report import Finding


SENTENCE_END = re.compile(r"[.!?\n]")
SALUTATION_PARTS = re.compile(r",|\ben\b|&|\+")
GREETING = re.compile(r"^\W*((beste|lieve|geachte|hoi|hallo|dag|hey)\s+)?", re.IGNORECASE)


def _two_readers(text: str, data: dict) -> bool:
    """The salutation greets a second reader ("Beste ouders, beste student,", "Beste ouders en
    leerlingen"); not when the reader only says whose parents they are ("Beste ouders van
    leerlingen uit klas 4")."""
    first_line = text.strip().split("\n", 1)[0].lower()
    for part in SALUTATION_PARTS.split(first_line):
        words = re.findall(r"[\w'-]+", part[GREETING.match(part).end():])
        if words and words[0] in data["second_readers"]:
            return True
    return False


@functools.cache
def _patterns() -> dict[str, re.Pattern]:
    data = check_data("address")
    return {name: re.compile("|".join(data[name]), re.IGNORECASE | re.MULTILINE)
            for name in ("quoted", "to_children", "generic", "to_child_sentence")}


def _not_to_the_parent(text: str) -> list[tuple[int, int]]:
    """Spans whose "je" is not said to the parent: quotes, generic phrases, and every paragraph
    from a line that greets the children up to the next line that greets the parents."""
    patterns = _patterns()
    spans = [match.span() for name in ("quoted", "generic") for match in patterns[name].finditer(text)]
    spans += [_sentence_around(text, match.start()) for match in patterns["to_child_sentence"].finditer(text)]
    for match in patterns["to_children"].finditer(text):
        back = re.search("|".join(check_data("address")["to_parents"]), text[match.end():],
                         re.IGNORECASE | re.MULTILINE)
        spans.append((match.start(), match.end() + back.start() if back else len(text)))
    return spans


def _sentence_around(text: str, at: int) -> tuple[int, int]:
    """The sentence (or line) around position `at`."""
    start = max(text.rfind(mark, 0, at) for mark in ".!?\n") + 1
    end = SENTENCE_END.search(text, at)
    return start, end.start() if end else len(text)


def check(analysis: Analysis, words: list[Word]) -> list[Finding]:
    data = check_data("address")
    if _two_readers(analysis.text, data):
        return []
    first: dict[str, tuple[int, int, str]] = {}
    skip = None
    for word in words:
        style = "formal" if word.lower in data["formal"] else "informal" if word.lower in data["informal"] else None
        if not style or style in first:
            continue
        if style == "informal":
            skip = _not_to_the_parent(analysis.text) if skip is None else skip
            if any(start <= word.start < end for start, end in skip):
                continue
        first[style] = (word.start, word.end, word.text)
        if len(first) == 2:
            break
    if len(first) < 2:
        return []
    message = {"formal": first["formal"][2].lower(), "informal": first["informal"][2].lower()}
    return [
        Finding(rule="address", start=start, end=end, text=written, severity="warning",
                message=data["message"].format(word=written, **message),
                suggestions=[data["other_form"][written.lower()]])
        for start, end, written in sorted(first.values())
    ]
