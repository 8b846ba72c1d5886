"""spaCy's tokenizer at a cost linear in the length of the text.

The tokenizer peels prefixes and suffixes off each run of characters without white space one at a
time, re-searching the rest of the run every time: a run of 10,000 '%' or emoji takes seconds, and
four times as long when it doubles. Runs longer than MAX_RUN characters are therefore tokenised in
pieces of MAX_RUN characters and the pieces joined again: the Doc's text is the text, unchanged,
so every offset stays right. No word in a letter is that long; a web address may be, and is then
cut into a few tokens.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

MAX_RUN = 100
LONG_RUN = re.compile(rf"\S{{{MAX_RUN + 1},}}")


def tokenize(nlp: Language, text: str) -> Doc:
    """nlp.tokenizer(text), with long runs without white space cut into pieces first."""
    if not LONG_RUN.search(text):
        return nlp.tokenizer(text)
    return Doc.from_docs([nlp.tokenizer(piece) for piece in _pieces(text)], ensure_whitespace=False)


def _pieces(text: str) -> list[str]:
    """`text` cut before and after every long run, and each long run cut every MAX_RUN characters; the
    white space character after a run stays with it, as the tokenizer would attach it."""
    pieces, done = [], 0
    for run in LONG_RUN.finditer(text):
        if run.start() > done:
            pieces.append(text[done:run.start()])
        cuts = [*range(run.start(), run.end(), MAX_RUN), min(run.end() + 1, len(text))]
        pieces.extend(text[start:end] for start, end in zip(cuts, cuts[1:]))  # the last keeps one space after it
        done = cuts[-1]
    if done < len(text):
        pieces.append(text[done:])
    return pieces
