"""verb-bracket (tangconstructie): the finite verb and the last part of its verb group (a
participle, an infinitive or the separable particle of the same verb) with many words between:
"Wij sturen u de uitnodiging voor de ouderavond van groep 8 in de loop van volgende week op."

The verb group is read from the parse: an auxiliary's head verb with that verb's other
auxiliaries and particle ("moet ... worden ingevuld"), or a main verb's own particle.
"""
from __future__ import annotations

from spacy.tokens import Token

from readability.analysis import Unit
from readability.constructions.clauses import is_finite, is_verb_word
from readability.constructions.data import construction_data
from readability.constructions.found import Found
from readability.report import Level

RULE = "verb-bracket"
GROUP_DEPS = ("aux", "aux:pass", "compound:prt")


def data() -> dict:
    return construction_data("verb_bracket")


def find(unit: Unit, target: Level) -> list[Found]:
    found = []
    for token in unit.doc:
        if is_verb_word(token) and is_finite(token):
            last = _last_of_group(token)
            if last is not None and _words_between(token, last) >= data()["min_words_between"]:
                found.append(_found(token, last))
    return found


def _last_of_group(finite: Token) -> Token | None:
    """The rightmost other part of the finite verb's group, if it stands after it."""
    if finite.dep_ in ("aux", "aux:pass") and is_verb_word(finite.head) and not is_finite(finite.head):
        main = finite.head
        group = [main, *(child for child in main.children if child.dep_ in GROUP_DEPS and child != finite)]
    else:
        group = [child for child in finite.children if child.dep_ == "compound:prt"]
    after = [token for token in group if token.i > finite.i]
    return max(after, key=lambda token: token.i, default=None)


def _words_between(first: Token, last: Token) -> int:
    return sum(not token.is_punct for token in first.doc[first.i + 1:last.i])


def _found(finite: Token, last: Token) -> Found:
    messages = data()["messages"]
    return Found(RULE, (finite, last), messages["found"].format(first=finite.text, last=last.text),
                 messages["reason"].format(first=finite.text, last=last.text))
