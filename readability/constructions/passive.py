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
from readability.constructions.clauses import clause_break, is_verb_word
from readability.constructions.data import construction_data
from readability.constructions.found import Found
from readability.report import Level
from readability.constructions.wording import words_with_gaps
from readability.constructions.verbs import infinitive_of, looks_like_participle

RULE = "passive"
LOOK_LEFT = 3  # "ingevuld moet worden": words before the auxiliary to look for the participle


def data() -> dict:
    return construction_data("passive")


def find(unit: Unit, target: Level) -> list[Found]:
    found = []
    for token in unit.doc:
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
    if form in data()["zijn"] and (infinitive_of(participle.text, participle.lemma_) in data()["perfect_with_zijn"]
                                   or participle.lower_ in data()["states"]):
        return None
    return participle


def is_participle(token: Token) -> bool:
    """A past participle: its form, a verb tag (or an adjective the lemmatiser saw as a verb form)
    and an infinitive it comes from ('geven' has none, so it is no participle)."""
    if token.tag_.startswith("WW|od") or not looks_like_participle(token.text):
        return False
    if token.pos_ == "ADJ" and not token.tag_.startswith("WW"):
        return token.lemma_.lower() != token.lower_
    infinitive = infinitive_of(token.text, token.lemma_)
    return is_verb_word(token) and infinitive is not None and (
        infinitive != token.lower_ or token.tag_.startswith("WW|vd"))  # "ontvangen", "vergeten"


def _participle_of(auxiliary: Token) -> Token | None:
    head = auxiliary.head
    if auxiliary.dep_ in ("aux", "aux:pass", "cop") and head is not auxiliary and is_participle(head):
        return head
    doc = auxiliary.doc
    for token in doc[auxiliary.i + 1:]:
        if is_participle(token) and not _before_noun(token):
            return token
        if clause_break(token):
            break
    for token in reversed(doc[max(auxiliary.i - LOOK_LEFT, 0):auxiliary.i]):
        if is_participle(token):
            return token
        if not is_verb_word(token):
            break
    return None


def _before_noun(token: Token) -> bool:
    """'het ingevuld formulier': an adjective before its noun, not a verb."""
    following = token.nbor() if token.i + 1 < len(token.doc) else None
    return following is not None and following.pos_ == "NOUN" and following.head is token.head and following.dep_ != "obj"


def _found(auxiliary: Token, participle: Token) -> Found:
    tokens = tuple(sorted((auxiliary, participle), key=lambda token: token.i))
    words = words_with_gaps(tokens)
    messages = data()["messages"]
    clause = active.PassiveClause.of(auxiliary, participle)
    rewrite = clause.active_sentence() if clause else None
    if rewrite:
        message = messages["rewrite"].format(words=words, rewrite=rewrite)
    elif clause and clause.agent is not None:
        message = messages["agent"].format(words=words, agent=clause.agent_text())
    elif clause and clause.question():
        message = messages["ask"].format(words=words, question=clause.question())
    else:
        message = messages["ask_plain"].format(words=words)
    return Found(RULE, tokens, message, messages["reason"].format(words=words), (rewrite,) if rewrite else ())
