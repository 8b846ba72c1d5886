"""passive (lijdende vorm): "wordt/werd ... + participle", also after a modal verb ("moet worden
ingevuld") and the passive perfect with "zijn" ("is door de mentor ingevuld").

Not passive: the perfect of a verb that takes "zijn" ("is vertrokken"), "worden" as "become"
("wordt tien jaar": no participle) and "zijn" with a participle that names a state ("is gesloten").
The participle is the head of the auxiliary in the parse, or else the first participle in the
clause (to the right in a main clause, just before it in a subordinate clause).
"""
from __future__ import annotations

from spacy.tokens import Token

from readability.analysis import Unit
from readability.constructions import active
from readability.constructions.clauses import (
    CLAUSE_PUNCTUATION, is_attributive, is_participle, is_relative, is_verb_word, rest_of_clause,
)
from readability.constructions.data import construction_data
from readability.constructions.found import Found
from readability.constructions.verbs import infinitive_of, looks_like_participle, separable_split
from readability.constructions.wording import words_with_gaps
from readability.report import Level

RULE = "passive"
LOOK_LEFT = 3  # "ingevuld moet worden": words before the auxiliary to look for the participle


def data() -> dict:
    return construction_data("passive")


def find(unit: Unit, target: Level) -> list[Found]:
    found = []
    auxiliaries = {*data()["worden"], *data()["zijn"]}
    for token in (t for t in unit.tokens if t.lower_ in auxiliaries):
        participle = _passive_participle(token)
        if participle is not None:
            found.append(_found(token, participle))
    return found


def _passive_participle(auxiliary: Token) -> Token | None:
    form = auxiliary.lower_
    if not is_verb_word(auxiliary) or form not in data()["worden"] and form not in data()["zijn"]:
        return None
    participle = _participle_of(auxiliary)
    if participle is None or infinitive_of(participle.text, participle.lemma_) == "worden":
        return None
    if form in data()["zijn"] and (_takes_zijn(infinitive_of(participle.text, participle.lemma_))
                                   or participle.lower_ in data()["states"] and not active.has_agent(participle)):
        return None
    return participle


def _takes_zijn(infinitive: str | None) -> bool:
    """'teruglopen' takes "zijn" like 'lopen' does."""
    return infinitive in data()["perfect_with_zijn"] or separable_split(infinitive or "")[1] in data()["perfect_with_zijn"]


def _participle_of(auxiliary: Token) -> Token | None:
    head, clause = auxiliary.head, rest_of_clause(auxiliary)
    between = auxiliary.doc[min(head.i, auxiliary.i) + 1:max(head.i, auxiliary.i)]
    near = head in clause or auxiliary.i - LOOK_LEFT <= head.i < auxiliary.i or head.i > auxiliary.i and not any(
        t.text in CLAUSE_PUNCTUATION or t.pos_ == "SCONJ" or is_relative(t) for t in between)
    if auxiliary.dep_ in ("aux", "aux:pass", "cop") and near and (
            is_participle(head) or auxiliary.dep_ == "aux:pass" and looks_like_participle(head.text)):
        return head  # the parse says passive: a participle form is enough ("voorgelicht" tagged as a noun)
    following = next((t for t in clause if is_participle(t) and not is_attributive(t)), None)
    if following is not None:
        return following
    for token in reversed(auxiliary.doc[max(auxiliary.i - LOOK_LEFT, 0):auxiliary.i]):
        if is_verb_word(token) and is_participle(token):  # not "een gezond ontbijt is"
            return token
        if not is_verb_word(token):
            break
    return None


def _found(auxiliary: Token, participle: Token) -> Found:
    tokens = tuple(sorted((auxiliary, participle), key=lambda token: token.i))
    words = words_with_gaps(tokens)
    messages = data()["messages"]
    clause = active.PassiveClause.of(auxiliary, participle)
    rewrite = clause.active_sentence() if clause else None
    if rewrite or clause and clause.agent is not None:
        message = messages["doer"].format(words=words, doer=clause.agent_text() if clause.agent else "wij")
    elif clause and clause.question():
        message = messages["ask"].format(words=words, question=clause.question())
    else:
        message = messages["ask_plain"].format(words=words)
    return Found(RULE, tokens, message, messages["reason"].format(words=words), (rewrite,) if rewrite else ())
