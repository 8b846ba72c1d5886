"""Dutch verb forms for the rewrites: participles recognised by their form, separable particles,
and finite forms by person and tense (regular verbs by rule, the rest from verbs.yaml).

Where a rule has two candidates ("regelt" or "regeelt", "leest" or "lest") the form that is
more frequent in Dutch (wordfreq) wins, which settles stress without a dictionary.
"""
from __future__ import annotations

import functools
import re

from wordfreq import zipf_frequency

from readability.constructions.data import construction_data

SINGULAR_1, SINGULAR_3, PLURAL = 0, 1, 2  # "ik", "hij/zij/u", "wij/jullie/zij": index into a form triple
VOWELS = "aeiou"
DEVOICED = {"z": "s", "v": "f"}
VOICED = {"s": "z", "f": "v"}
_ENDING = re.compile(r"(d|t|en|aan)$")  # "gedaan", "toegestaan"
MIN_INFINITIVE_ZIPF = 2.0  # a derived infinitive must be a word that Dutch texts use


def _data() -> dict:
    return construction_data("verbs")


@functools.cache
def particles() -> tuple[str, ...]:
    """Separable particles, longest first (so "omhoog" is tried before "om")."""
    return tuple(sorted(_data()["particles"], key=len, reverse=True))


@functools.cache
def is_particle(word: str) -> bool:
    return word in particles()


def inseparable() -> list[str]:
    """Particles that also start verbs that are not split ('overleggen')."""
    return _data()["inseparable"]


def _prefixed(word: str) -> bool:
    return word.startswith(tuple(_data()["prefixes"]))


@functools.lru_cache(maxsize=16384)
def looks_like_participle(word: str) -> bool:
    """'geregeld', 'voorgelezen', 'aanbevolen', 'verstuurd', by form alone ('geven' and nouns such
    as 'gebouwen' too: see infinitive_of and the tag)."""
    word = word.lower()
    if not word.isalpha() or not _ENDING.search(word):
        return False
    rest = _after_particle(word)
    return len(rest) >= 5 and (rest.startswith("ge") or _prefixed(rest) or rest.startswith(tuple(inseparable())))


def _after_particle(word: str) -> str:
    for particle in particles():
        rest = word[len(particle):]
        if word.startswith(particle) and len(rest) >= 4 and (rest.startswith("ge") or _prefixed(rest)):
            return rest
    return word


def separable_split(infinitive: str, participle: str | None = None) -> tuple[str, str]:
    """('voor', 'lezen') for 'voorlezen' (participle 'voorgelezen'); ('', 'overleggen') when the
    verb is not separable. Without a participle only an unambiguous joined form is split: one whose
    verb without the particle is at least as common a word as the whole."""
    for particle in particles():
        base = infinitive[len(particle):]
        if not infinitive.startswith(particle) or len(base) < 3:
            continue
        if participle is None:
            if zipf_frequency(base, "nl") >= zipf_frequency(infinitive, "nl"):
                return particle, base  # 'ophalen': 'halen'; not 'openen': 'enen'
            continue
        tail = participle.lower()[len(particle):]
        if participle.lower().startswith(particle) and (tail.startswith("ge") or _prefixed(base)):
            return particle, base
    return "", infinitive


def is_infinitive(word: str) -> bool:
    return word.isalpha() and (word.endswith("en") or word in _data()["present"])


@functools.lru_cache(maxsize=4096)
def infinitive_of(participle: str, lemma: str) -> str | None:
    """The infinitive of a participle: the parser's lemma when it is one, else derived from the
    form ('ingeschreven' -> 'inschrijven', 'geregeld' -> 'regelen'); None when unclear."""
    participle, lemma = participle.lower(), lemma.lower()
    if lemma != participle and is_infinitive(lemma):
        return lemma
    candidates = {head + infinitive for head, core in _participle_parts(participle) for infinitive in _infinitives(core)}
    best = max(sorted(candidates), key=lambda infinitive: zipf_frequency(infinitive, "nl"), default=None)
    return best if best and zipf_frequency(best, "nl") >= MIN_INFINITIVE_ZIPF else None


@functools.lru_cache(maxsize=4096)
def fits_participle(word: str, infinitive: str) -> bool:
    """Whether `word` can be the participle of `infinitive`: 'gegeven' of 'geven', 'gebruikt' of
    'gebruiken', not 'geeft' (a present form of 'geven' that also starts with 'ge')."""
    word = word.lower().replace("ï", "i").replace("ë", "e")
    for head, core in _participle_parts(word):
        base = infinitive[len(head):] if infinitive.startswith(head) else ""
        if core in _data()["participles"] or (core and base.startswith(core[0])) or word[:-1] == _root(infinitive):
            return True
    return False


@functools.lru_cache(maxsize=1024)
def finite_forms(infinitive: str) -> frozenset[str]:
    """Every present and past form of a verb without its separable particle ('leveren': levert, leverde, ...)."""
    return frozenset(finite(infinitive, person, past) for person in range(3) for past in (False, True))


def _participle_parts(participle: str) -> list[tuple[str, str]]:
    """[('in', 'schreven')] for 'ingeschreven', [('ver', 'zocht')] for 'verzocht': what stays in
    front of the infinitive and the core of the participle ('gebruikt' may keep its 'ge')."""
    rest = _after_particle(participle)
    head = participle[:len(participle) - len(rest)]
    if rest.startswith("ge") and len(rest) > 4:
        return [(head, rest[2:].replace("ï", "i").replace("ë", "e")), (head + "ge", rest[2:])]
    for prefix in (*_data()["prefixes"], *inseparable()):
        if rest.startswith(prefix):
            return [(head + prefix, rest[len(prefix):])]
    return [(head, rest)]


def _infinitives(core: str) -> set[str]:
    """Possible infinitives of a participle's core: 'schreven' -> schrijven, 'maakt' -> maken."""
    known = _data()["participles"].get(core)
    if known:
        return {known}
    if not core.endswith(("d", "t")):
        return set()
    return {
        form + "en"
        for stem in (core[:-1], core)  # "geregeld": regel; "verwacht": wacht
        for single in (stem, _single_vowel(stem))  # "gemaakt": mak-en
        for form in (single, single[:-1] + VOICED.get(single[-1], single[-1]), single + single[-1])  # loven, zetten
    }


def _single_vowel(stem: str) -> str:
    """'maak' -> 'mak' (maken), 'informeer' -> 'informer' (informeren)."""
    if len(stem) >= 3 and stem[-2] == stem[-3] and stem[-2] in VOWELS:
        return stem[:-2] + stem[-1]
    return stem


@functools.lru_cache(maxsize=4096)
def finite(infinitive: str, person: int, past: bool = False) -> str:
    """The finite form of a verb without its separable particle: finite('lezen', SINGULAR_3) == 'leest'."""
    table, prefix = _irregular(infinitive, "past" if past else "present")
    if table is not None:
        forms = table if not past else (table[0], table[0], table[1])
        return prefix + forms[person]
    stem = _stem(infinitive)
    if past:
        ending = "t" if _root(infinitive)[-1] in "tkfschpx" else "d"
        return stem + ending + ("en" if person == PLURAL else "e")
    return (stem, stem if stem.endswith("t") else stem + "t", infinitive)[person]


def _irregular(infinitive: str, tense: str) -> tuple[list[str] | None, str]:
    """The table row of the verb or of its last part after a prefix or particle ('verbieden': 'bieden')."""
    table = _data()[tense]
    for cut in range(len(infinitive) - 2):
        head, tail = infinitive[:cut], infinitive[cut:]
        if tail in table and (head == "" or head in _data()["prefixes"] or head in particles()):
            return table[tail], head
    return None, ""


def _root(infinitive: str) -> str:
    """'lez' for 'lezen', 'zett' for 'zetten': the infinitive without its ending."""
    return infinitive[:-2] if infinitive.endswith("en") else infinitive[:-1]


def _stem(infinitive: str) -> str:
    """'lees', 'zet', 'regel', 'organiseer': the first person singular."""
    root = _root(infinitive)
    if len(root) >= 2 and root[-1] == root[-2] and root[-1] not in VOWELS:
        return root[:-1]
    root = root[:-1] + DEVOICED.get(root[-1], root[-1])
    candidates = [root]
    if len(root) >= 2 and root[-2] in VOWELS and root[-1] not in VOWELS and (len(root) < 3 or root[-3] not in VOWELS):
        candidates.append(root[:-1] + root[-2] + root[-1])
    return max(candidates, key=lambda stem: zipf_frequency(stem + "t", "nl"))
