"""The parsed text that every check reads: rule-based units, each parsed by spaCy."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from spacy.tokens import Doc, Token


@dataclass(frozen=True)
class Unit:
    """One sentence-like unit of the letter (a sentence, heading, salutation, list item...)."""

    start: int  # offset of the unit in Analysis.text
    end: int
    kind: str  # sentence | heading | salutation | date | list-item | closing
    doc: Doc  # the parse of text[start:end]; token.idx is relative to `start`

    @cached_property
    def text(self) -> str:
        """text[start:end] of the letter (Doc.text joins the tokens again on every call)."""
        return self.doc.text

    @cached_property
    def tokens(self) -> list[Token]:
        """The doc's tokens, made once (every pass over a Doc builds its Token objects again)."""
        return list(self.doc)

    def offset(self, token: Token) -> int:
        """Offset of a token in the whole text."""
        return self.start + token.idx


@dataclass(frozen=True)
class Analysis:
    text: str
    units: list[Unit]

