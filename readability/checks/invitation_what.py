"""What an invitation is for: the event noun nearest to where the letter invites.

"Wij nodigen u uit voor de ouderavond" names the event; "Voorafgaand aan het kamp houden wij een
bijeenkomst voor ouders" does not: the noun nearest to the invitation is the vague "bijeenkomst"
(the camp is another event). A vague noun with content right after it ("een avond over social
media") is a TOPIC: it says what the event is about, unless the letter says that the programme is
not known yet. A vague noun also counts when a sentence around it says what happens ("Op deze avond
vertellen wij over ..."). The word classes are data in invitation.yaml (`event`); each class is one
regular expression of alternatives, so a sentence is scanned once per class.
"""
from __future__ import annotations

import functools

from readability.checks.data import check_data
from readability.checks.patterns import Caseless

NAMED, VAGUE, TOPIC = "named", "vague", "topic"
CONTENT_WINDOW = 60  # characters after a vague noun that may say what it is about


@functools.cache
def _group(kind: str) -> Caseless:
    patterns = check_data("invitation")["event"][kind]
    return Caseless("|".join(f"(?:{pattern})" for pattern in patterns))


def event_nouns(sentence: str) -> list[tuple[int, int, str]]:
    """(start, end, kind) of every event noun in `sentence`; a named noun wins over a vague one at
    the same place ("informatieavond" is named although it ends in "avond")."""
    named = [(m.start(), m.end(), NAMED) for m in _group(NAMED).finditer(sentence)]
    vague = [(m.start(), m.end(), VAGUE) for m in _group(VAGUE).finditer(sentence)
             if not any(start < m.end() and m.start() < end for start, end, _ in named)]
    return named + vague


def _has_content(sentence: str, end: int) -> bool:
    return _group("content_after").search(sentence[end:end + CONTENT_WINDOW]) is not None


def event_at(sentence: str, cue: tuple[int, int]) -> tuple[str | None, str]:
    """The event noun nearest to the cue span: its kind (named; topic for a vague noun with content
    right after it; vague; or None when the sentence names no event) and its stem ("gesprek")."""
    nouns = event_nouns(sentence)
    if not nouns:
        return None, ""
    cue_start, cue_end = cue

    def distance(noun):
        start, end, _ = noun
        return 0 if start < cue_end and cue_start < end else min(abs(start - cue_end), abs(cue_start - end))

    start, end, kind = min(nouns, key=distance)
    kind = TOPIC if kind == VAGUE and _has_content(sentence, end) else kind
    return kind, stem(sentence[start:end])


def stem(noun: str) -> str:
    """The noun without a plural or diminutive ending: "gesprekken" -> "gesprek"."""
    noun = noun.lower()
    for ending in check_data("invitation")["event_endings"]:
        if noun.endswith(ending) and len(noun) - len(ending) >= 4:
            return noun[:-len(ending)]
    return noun


def named_stems(sentence: str) -> set[str]:
    """The stems of the named event nouns in `sentence`."""
    return {stem(match.group()) for match in _group(NAMED).finditer(sentence)}


def names_event(sentence: str) -> bool:
    """Whether `sentence` names a specific event or task (any named noun)."""
    return _group(NAMED).search(sentence) is not None


def has_event_noun(sentence: str) -> bool:
    return names_event(sentence) or _group(VAGUE).search(sentence) is not None
