"""verb-bracket (tangconstructie): the finite verb and the last part of its verb group (a
participle, an infinitive, or the separable particle of the same verb) with many words between:
"Wij sturen u de uitnodiging voor de ouderavond van groep 8 in de loop van volgende week op."

The group is read from the words of the clause after the finite verb (see clauses.py): an
auxiliary's last participle or infinitive, or a main verb's particle when particle and verb make
a Dutch verb ("toe" + "sturen"). Only a finite verb that stands before the rest of its group
can open a bracket; in a subordinate clause the group stands together at the end.
"""
from __future__ import annotations

from spacy.tokens import Token
from wordfreq import zipf_frequency

from readability.analysis import Unit
from readability.constructions import verbs
from readability.constructions.clauses import (
    is_attributive, is_finite, is_infinitive, is_participle, opens_te_clause, rest_of_clause,
)
from readability.constructions.data import construction_data
from readability.constructions.found import Found
from readability.report import Level

RULE = "verb-bracket"


def data() -> dict:
    return construction_data("verb_bracket")


def find(unit: Unit, target: Level) -> list[Found]:
    found = []
    for token in unit.tokens:
        if is_finite(token) and not is_participle(token):
            last = last_of_group(token)
            if last is not None and _words_between(token, last) >= data()["min_words_between"]:
                found.append(_found(token, last))
    return found


def last_of_group(finite: Token) -> Token | None:
    """The last other part of the finite verb's group in its clause, if there is one."""
    lemma = finite.lemma_.lower()
    auxiliary = lemma in data()["auxiliaries"]
    if not auxiliary and not any(verbs.is_particle(t.lower_) for t in finite.doc[finite.i + 1:]):
        return None  # no particle anywhere after a main verb: no need to read the clause
    clause = rest_of_clause(finite)
    if auxiliary:
        verbal = None
        for token in clause:
            if token.lower_ in ("te", "om") and lemma not in data()["with_te"] and opens_te_clause(token):
                break
            if token.pos_ == "CCONJ" and verbal is not None:
                break  # "hebben de tekst geschreven en het decor geschilderd": the group ends at "geschreven"
            if is_participle(token) and not is_attributive(token) or is_infinitive(token):
                verbal = token
        if verbal is not None:
            return verbal
    words = [t for t in clause if not t.is_punct]
    particles = [t for t in words if verbs.is_particle(t.lower_) and (
        t.tag_.startswith("VZ|fin") or t.dep_ == "compound:prt" or t == words[-1])]  # "... van uw kind terug?"
    if particles and zipf_frequency(particles[-1].lower_ + lemma, "nl") >= data()["min_separable_zipf"]:
        return particles[-1]
    return None


def _words_between(first: Token, last: Token) -> int:
    return sum(not token.is_punct for token in first.doc[first.i + 1:last.i])


def _found(finite: Token, last: Token) -> Found:
    messages = data()["messages"]
    return Found(RULE, (finite, last), messages["found"].format(first=finite.text, last=last.text),
                 messages["reason"].format(first=finite.text, last=last.text))
