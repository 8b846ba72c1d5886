"""Candidate base forms of inflected Dutch words: noun plural, diminutive and adjective endings,
and the infinitive of a present-tense verb ("dient" -> "dienen")."""
from __future__ import annotations

import functools

from readability.checks.data import check_data

VOWELS = "aeiouy"


def _spelling_changes(stem: str) -> list[str]:
    """Base forms after Dutch spelling changes: klass -> klas, briev -> brief, toetswek -> toetsweek."""
    changed = []
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in VOWELS:
        changed.append(stem[:-1])
    if stem.endswith("v"):
        changed.append(stem[:-1] + "f")
    if stem.endswith("z"):
        changed.append(stem[:-1] + "s")
    if len(stem) > 3 and stem[-1] not in VOWELS and stem[-2] in "aeou" and stem[-3] not in VOWELS:
        changed.append(stem[:-1] + stem[-2:])
    return changed


@functools.cache
def _suffixes() -> tuple[str, ...]:
    return tuple(sorted(check_data("terms")["inflection_suffixes"], key=len, reverse=True))


def stems(text: str) -> tuple[tuple[str, bool], ...]:
    """(candidate base form, whether it is a literal prefix of `text`), longest ending first."""
    found, lower = [], text.lower()
    if not lower.endswith(_suffixes()):
        return ()
    for suffix in _suffixes():
        if lower.endswith(suffix) and len(text) - len(suffix) >= 2:
            stem = text[: len(text) - len(suffix)]
            found.append((stem, True))
            found.extend((changed, False) for changed in _spelling_changes(stem))
    return tuple(found)


def infinitives(text: str) -> list[str]:
    """Candidate infinitives of a present-tense verb: dient -> dienen, gaat -> gaan, neemt -> nemen."""
    stem = text[:-1] if text.endswith("t") and len(text) > 3 else text
    candidates = [stem + "en", stem + "n"]
    if len(stem) > 3 and stem[-2] == stem[-3] and stem[-2] in "aeou":
        candidates.append(stem[:-2] + stem[-1] + "en")
    return candidates
