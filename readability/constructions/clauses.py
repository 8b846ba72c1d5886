"""Small facts about tokens and clauses that several constructions share.

The parse of letters is not always right, so where a construction needs "the rest of this
clause" it is read from the words as well: a clause runs on until a semicolon or colon, a
subordinating word, a relative pronoun, another finite verb, or a comma or "en"/"maar" that
opens a new clause; parentheses are skipped.
"""
from __future__ import annotations

from spacy.tokens import Token

from readability.constructions.verbs import infinitive_of, looks_like_participle

CLAUSE_PUNCTUATION = {",", ";", ":", "(", ")", "-", "–"}
CLAUSE_ENDS = {";", ":", "–"}


def is_verb_word(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") or token.tag_.startswith("WW")


def is_finite(token: Token) -> bool:
    return token.tag_.startswith("WW|pv") or "Fin" in token.morph.get("VerbForm")


def is_participle(token: Token) -> bool:
    """A past participle: its form, a verb tag (or an adjective the lemmatiser saw as a verb form)
    and an infinitive it comes from ('geven' has none, so it is no participle)."""
    if token.tag_.startswith("WW|od") or not looks_like_participle(token.text):
        return False
    if token.pos_ == "ADJ" and not token.tag_.startswith("WW"):
        return token.lemma_.lower() != token.lower_
    infinitive = infinitive_of(token.text, token.lemma_)
    if infinitive is None:
        return False
    if not is_verb_word(token):  # "toegelicht" tagged as a noun: only at the end of its clause, after no article
        following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        return (token.i == 0 or token.nbor(-1).pos_ != "DET") and (
            following is None or following.is_punct or is_verb_word(following))
    return infinitive != token.lower_ or token.tag_.startswith("WW|vd")  # "ontvangen", "vergeten"


def is_infinitive(token: Token) -> bool:
    """'invullen', 'worden', 'zijn' as verbs (not 'het lezen', not a finite plural)."""
    if token.tag_.startswith("WW|inf"):
        return not token.tag_.startswith("WW|inf|nom") and not (token.i > 0 and token.nbor(-1).pos_ == "DET")
    return token.pos_ in ("VERB", "AUX") and token.lower_ == token.lemma_.lower() and token.lower_.endswith(("en", "n")) \
        and not is_finite(token)


def starts_clause(token: Token) -> bool:
    """A subordinating word, a relative pronoun or a finite verb (not a participle the tagger took for one)."""
    return (token.pos_ == "SCONJ" or token.dep_ == "mark" or "Rel" in token.morph.get("PronType")
            or is_verb_word(token) and is_finite(token) and not is_participle(token) and not _after_article(token))


def _after_article(token: Token) -> bool:
    """'op dinsdagavond', 'een aangifte': a word the tagger took for a verb after a preposition or article."""
    return token.i > 0 and token.nbor(-1).pos_ in ("ADP", "DET") and token.nbor(-1).dep_ != "compound:prt"


def clause_break(token: Token) -> bool:
    """Where another clause may start: punctuation between clauses or a clause-starting word."""
    return token.text in CLAUSE_PUNCTUATION or starts_clause(token)


def rest_of_clause(token: Token) -> list[Token]:
    """The words after `token` up to the end of its clause (see the module's docstring)."""
    doc, words, depth = token.doc, [], 0
    for word in doc[token.i + 1:]:
        if word.text in ("(", ")"):
            depth = depth + 1 if word.text == "(" else max(depth - 1, 0)
            continue
        if depth:
            continue
        if word.text in CLAUSE_ENDS or starts_clause(word):
            break
        if word.text == "," or word.pos_ == "CCONJ":
            following = doc[word.i + 1] if word.i + 1 < len(doc) else None
            if following is None or starts_clause(following) or following.pos_ == "CCONJ":
                break
        words.append(word)
    return words
