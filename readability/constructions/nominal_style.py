"""nominal-style (naamwoordstijl): a noun made from a verb, carried by a weak verb or a fixed
preposition ("een beslissing nemen", "ter voorbereiding op", "overgaan tot aanschaf"); the
suggestion is the plain verb. Which nouns, carriers and verbs: nominal_style.yaml. A noun on its
own ("de toestemming") is never a finding: its carrier must be there too.

The carrier verb belongs to the noun when it is the first verb above the noun in the parse, or
stands within a few words of it in the same clause.
"""
from __future__ import annotations

from spacy.tokens import Token

from readability.analysis import Unit
from readability.constructions import verbs
from readability.constructions.clauses import clause_break, is_verb_word
from readability.constructions.data import construction_data
from readability.constructions.found import Found
from readability.report import Level
from readability.constructions.wording import words_with_gaps

RULE = "nominal-style"
NEAR = 4  # words between a carrier verb and its noun when the parse does not link them
PREPOSITION_REACH = 3  # "tot de aanschaf": the preposition at most this many words before the noun


def data() -> dict:
    return construction_data("nominal_style")


def find(unit: Unit, target: Level) -> list[Found]:
    nouns = data()["nouns"]
    found = []
    for token in unit.doc:
        entry = nouns.get(token.lemma_.lower()) or nouns.get(token.lower_)
        if entry is None or is_verb_word(token) or token.pos_ == "ADP":
            continue
        for carrier in entry["carriers"]:
            words = _carrier_words(token, carrier.split())
            if words is not None:
                found.append(_found(sorted([*words, token], key=lambda t: t.i), entry["verb"]))
                break
    return found


def _carrier_words(noun: Token, carrier: list[str]) -> list[Token] | None:
    """The words of `carrier` that go with `noun`, or None when one is missing."""
    words = []
    for word in carrier:
        token = _preposition(noun, word) if word in data()["prepositions"] else _verb(noun, word)
        if token is None:
            return None
        words += [token, *(child for child in token.children if child.dep_ == "compound:prt" and child.lower_ in verbs.particles())]
    return words


def _preposition(noun: Token, word: str) -> Token | None:
    for token in reversed(noun.doc[max(noun.i - PREPOSITION_REACH, 0):noun.i]):
        if token.lower_ == word:
            return token
    return None


def _verb(noun: Token, lemma: str) -> Token | None:
    governing = next((t for t in noun.ancestors if is_verb_word(t)), None)
    if governing is not None and full_lemma(governing) == lemma:
        return governing
    doc = noun.doc
    for token in doc[max(noun.i - NEAR - 1, 0):noun.i + NEAR + 2]:
        low, high = sorted((token.i, noun.i))
        if is_verb_word(token) and full_lemma(token) == lemma and not any(clause_break(t) for t in doc[low + 1:high]):
            return token
    return None


def full_lemma(verb: Token) -> str:
    """The lemma with its separable particle: 'voeren' + 'uit' -> 'uitvoeren'."""
    lemma = verb.lemma_.lower()
    particles = [child.lower_ for child in verb.children if child.dep_ == "compound:prt" and child.lower_ in verbs.particles()]
    return particles[0] + lemma if particles and not lemma.startswith(particles[0]) else lemma


def _found(tokens: list[Token], verb: str) -> Found:
    messages = data()["messages"]
    words = words_with_gaps(tokens)
    return Found(RULE, tuple(tokens), messages["found"].format(words=words, verb=verb),
                 messages["reason"].format(words=words, verb=verb), (verb,))
