"""nominal-style (naamwoordstijl): a noun made from a verb, carried by a weak verb or a fixed
preposition; the suggestion is the plain verb. Three kinds (data in nominal_style.yaml):

1. listed pairs of noun and weak verb: "een beslissing nemen", "in behandeling nemen";
2. a verb that only says that something happens, with a noun made from a verb as its subject:
   "Betaling geschiedt", "vindt een evaluatie plaats";
3. "ter" before such a noun ("ter voorbereiding"), or "tot" with one of a few verbs
   ("besluiten tot sluiting", "overgaan tot aanschaf").

A noun on its own ("de toestemming", "de inschrijving sluit") is never a finding. The carrier
verb belongs to the noun when it is the first verb above the noun in the parse, or stands
within a few words of it in the same clause.
"""
from __future__ import annotations

import functools

from spacy.tokens import Token
from wordfreq import zipf_frequency

from readability.analysis import Unit
from readability.constructions import verbs
from readability.constructions.clauses import clause_break, is_participle, is_verb_word, rest_of_clause
from readability.constructions.data import construction_data
from readability.constructions.found import Found
from readability.constructions.wording import words_with_gaps
from readability.report import Level

RULE = "nominal-style"
NEAR = 4  # words between a carrier verb and its noun when the parse does not link them
PREPOSITION_REACH = 3  # "tot de aanschaf": the preposition at most this many words before the noun
NOUN_POS = ("NOUN", "PROPN", "X")


def data() -> dict:
    return construction_data("nominal_style")


def find(unit: Unit, target: Level) -> list[Found]:
    found, nouns_seen = [], set()
    words = {token.lower_ for token in unit.tokens}
    nouns = {token.lemma_.lower() for token in unit.tokens if token.pos_ in NOUN_POS or token.pos_ == "ADJ"}
    kinds = [kind for kind, cue in ((_pair, (words | nouns) & data()["pairs"].keys()),
                                    (_after_preposition, words & data()["prepositions"].keys()),
                                    (_event, any(word.startswith(_event_cues()) for word in words))) if cue]
    for token in unit.tokens if kinds else ():
        item = next((found for found in (kind(token) for kind in kinds) if found is not None), None)
        if item is not None and not nouns_seen & set(item.tokens):
            found.append(item)
            nouns_seen.update(item.tokens)
    return found


def _pair(noun: Token) -> Found | None:
    entry = data()["pairs"].get(noun.lemma_.lower()) or data()["pairs"].get(noun.lower_)
    if entry is None or is_verb_word(noun):  # the tag may be wrong ("doorgang" as an adjective): the list decides
        return None
    for carrier, verb in entry.items():
        words = _carrier_words(noun, carrier.split())
        if words is not None:
            return _found([*words, noun], verb)
    return None


def _after_preposition(noun: Token) -> Found | None:
    """'ter voorbereiding', 'besloten tot sluiting', 'gaat over tot aanschaf'."""
    if noun.pos_ not in NOUN_POS:
        return None
    before = noun.doc[max(noun.i - PREPOSITION_REACH, 0):noun.i]
    preposition = next((t for t in reversed(before) if t.lower_ in data()["prepositions"]), None)
    verb = plain_verb(noun)
    if preposition is None or verb is None or any(t.pos_ not in ("DET", "ADJ") for t in noun.doc[preposition.i + 1:noun.i]):
        return None
    carriers = data()["prepositions"][preposition.lower_]
    if not carriers:
        return _found([preposition, noun], verb)
    carrier = next((c for c in (_verb(noun, lemma) for lemma in carriers) if c is not None), None)
    return _found([*_with_particle(carrier), preposition, noun], verb) if carrier is not None else None


def _event(verb: Token) -> Found | None:
    """'Betaling geschiedt', 'vindt loting plaats': the subject noun's own verb says it."""
    if not is_verb_word(verb) or full_lemma(verb) not in data()["events"]:
        return None
    subjects = [c for head in (verb, verb.head) for c in head.children if c.dep_ in ("nsubj", "nsubj:pass")]
    candidates = subjects or [t for t in rest_of_clause(verb) if t.pos_ in NOUN_POS][:1]
    subject = next((t for t in candidates if plain_verb(t) or _verb_as_noun(t)), None)
    if subject is None:
        return None
    return _found([*_with_particle(verb), subject], plain_verb(subject) or subject.lower_)


def _verb_as_noun(token: Token) -> bool:
    """'Afmelden dient ... te geschieden': an infinitive as subject, whatever its tag."""
    return verbs.is_infinitive(token.lower_) and token.lower_ == token.lemma_.lower() and \
        zipf_frequency(token.lower_, "nl") >= data()["min_verb_zipf"]


@functools.cache
def _event_cues() -> tuple[str, ...]:
    """How a word of every sentence with an event verb starts: 'geschied' ('geschiedt'), or the
    particle of a separable one ('plaats' of 'vindt ... plaats')."""
    return tuple(verbs.separable_split(event)[0] or event[:-2] for event in data()["events"])


def plain_verb(noun: Token) -> str | None:
    """'betalen' for 'betaling', 'evalueren' for 'evaluatie', 'afmelden' for 'Afmelden' (a verb
    used as a noun), from noun_verbs for the rest; None when the noun is not made from a verb."""
    lemma = noun.lemma_.lower() or noun.lower_
    for word in (lemma, noun.lower_):
        if word in data()["noun_verbs"]:
            return data()["noun_verbs"][word]
    if noun.tag_.startswith("WW|inf") and verbs.is_infinitive(noun.lower_):
        return noun.lower_
    if lemma.endswith("ing"):  # "leerling": no verb "leerlen", so the frequency check below drops it
        candidate = lemma[:-3] + "en"
    elif lemma.endswith("atie"):
        candidate = lemma[:-4] + "eren"
    else:
        return None
    return candidate if zipf_frequency(candidate, "nl") >= data()["min_verb_zipf"] else None


def _carrier_words(noun: Token, carrier: list[str]) -> list[Token] | None:
    """The words of `carrier` that go with `noun`, or None when one is missing."""
    words = []
    for word in carrier:
        token = _preposition(noun, word) if word in data()["prepositions"] or len(word) <= 3 else _verb(noun, word)
        if token is None:
            return None
        words += _with_particle(token)
    return words


def _preposition(noun: Token, word: str) -> Token | None:
    for token in reversed(noun.doc[max(noun.i - PREPOSITION_REACH, 0):noun.i]):
        if token.lower_ == word:
            return token
    return None


def _verb(noun: Token, lemma: str) -> Token | None:
    """The verb `lemma` in the noun's clause: the first verb above the noun in the parse or one
    in the rest of that verb's clause ("dient de aanvraag ... te worden ingediend"), else a verb
    a few words away with no clause boundary between."""
    governing = next((t for t in noun.ancestors if is_verb_word(t)), None)
    clause = [governing, *(t for t in rest_of_clause(governing) if is_verb_word(t))] if governing is not None else []
    for token in clause:
        if is_form_of(token, lemma):
            return token
    doc = noun.doc
    for token in doc[max(noun.i - NEAR - 1, 0):noun.i + NEAR + 2]:
        low, high = sorted((token.i, noun.i))
        verb_like = is_verb_word(token) and is_form_of(token, lemma) or token.lower_ == lemma  # "indienen" tagged as a noun
        if verb_like and token != noun and not any(clause_break(t) for t in doc[low + 1:high]):
            return token
    return None


def is_form_of(verb: Token, lemma: str) -> bool:
    """'levert' is a form of 'leveren' whatever its lemma says ('opleveren'); 'voeren' is one of
    'uitvoeren' only with the particle 'uit' in the sentence."""
    if full_lemma(verb) == lemma:
        return True
    if _adjective_before(verb) is not None:
        return False
    particle, base = verbs.separable_split(lemma)
    has_particle = not particle or any(t.lower_ == particle for t in verb.doc[verb.i + 1:])
    return verb.lower_ in verbs.finite_forms(base) and has_particle


def full_lemma(verb: Token) -> str:
    """The infinitive with its separable particle: 'voeren' + 'uit' -> 'uitvoeren', 'genomen' -> 'nemen';
    'kenbaar (te) maken' -> 'kenbaarmaken' (no weak 'maken' then)."""
    lemma = (verbs.infinitive_of(verb.text, verb.lemma_) if is_participle(verb) else None) or verb.lemma_.lower()
    particles = [child.lower_ for child in verb.children if child.dep_ == "compound:prt" and verbs.is_particle(child.lower_)]
    if particles and not lemma.startswith(particles[0]):
        return particles[0] + lemma
    adjective = _adjective_before(verb)
    return adjective.lower_ + lemma if adjective is not None else lemma


def _adjective_before(verb: Token) -> Token | None:
    """'kenbaar (te) maken', 'bekend maken': an adjective that makes the verb another verb."""
    before = [t for t in verb.doc[max(verb.i - 2, 0):verb.i] if t.lower_ != "te"]
    if before and before[-1].pos_ == "ADJ" and before[-1].head == verb and before[-1].dep_ != "advmod":
        return before[-1]
    return None


def _with_particle(verb: Token) -> list[Token]:
    return [verb, *(c for c in verb.children if c.dep_ == "compound:prt" and verbs.is_particle(c.lower_))]


def _found(tokens: list[Token], verb: str) -> Found:
    tokens = sorted(set(tokens), key=lambda token: token.i)
    messages = data()["messages"]
    words = words_with_gaps(tokens)
    return Found(RULE, tuple(tokens), messages["found"].format(words=words, verb=verb),
                 messages["reason"].format(words=words, verb=verb), (verb,))
