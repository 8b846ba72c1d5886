"""Small facts about tokens and clauses that several constructions share."""
from __future__ import annotations

from spacy.tokens import Token

CLAUSE_PUNCTUATION = {",", ";", ":", "(", ")", "-", "–"}


def is_verb_word(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") or token.tag_.startswith("WW")


def is_finite(token: Token) -> bool:
    return token.tag_.startswith("WW|pv") or "Fin" in token.morph.get("VerbForm")


def clause_break(token: Token) -> bool:
    """Where another clause starts: punctuation between clauses, a subordinating word, a
    relative pronoun, or another finite verb."""
    return (token.text in CLAUSE_PUNCTUATION or token.pos_ == "SCONJ" or token.dep_ == "mark"
            or "Rel" in token.morph.get("PronType") or is_finite(token))
