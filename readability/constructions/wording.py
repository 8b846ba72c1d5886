"""Put words back together into a sentence: original spacing inside a phrase, one space
between moved phrases, no space before punctuation, a capital at the start."""
from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

NO_SPACE_BEFORE = (",", ".", ";", ":", "!", "?", ")")
KEEP_CAPITAL_POS = ("PROPN",)


def phrase(tokens: Iterable[Token]) -> str:
    """The tokens' text: as in the original where they are neighbours, else one space between."""
    text, previous = "", None
    for token in tokens:
        if previous is not None:
            text += previous.whitespace_ if token.i == previous.i + 1 else " "
        text += token.text
        previous = token
    return text


def sentence(parts: Iterable[str], end: str = ".") -> str:
    """Parts joined into one sentence that starts with a capital and ends with `end`."""
    text = ""
    for part in parts:
        part = part.strip()
        if part:
            text += part if not text or part.startswith(NO_SPACE_BEFORE) else " " + part
    return capitalise(text.rstrip(" ,;:")) + end


def capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def lower_first(tokens: list[Token]) -> str:
    """A phrase that moves away from the start of the sentence: 'Het vervoer' -> 'het vervoer',
    but 'Anna' and 'MR' keep their capital."""
    text = phrase(tokens)
    first = tokens[0]
    if first.i != 0 or first.text.isupper() and len(first.text) > 1 or (first.pos_ in KEEP_CAPITAL_POS and first.lower_ != "u"):
        return text
    return text[:1].lower() + text[1:]


def words_with_gaps(tokens: Iterable[Token]) -> str:
    """'wordt ... geregeld', 'worden ingevuld': the words of a construction, '...' where others stand between."""
    text, previous = "", None
    for token in tokens:
        if previous is not None:
            text += previous.whitespace_ or "" if token.i == previous.i + 1 else " ... "
        text += token.text
        previous = token
    return text
