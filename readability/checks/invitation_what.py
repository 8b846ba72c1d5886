"""What an invitation is for: the event noun nearest to where the letter invites.

"Wij nodigen u uit voor de ouderavond" names the event; "Voorafgaand aan het kamp houden wij een
bijeenkomst voor ouders" does not: the noun nearest to the invitation is the vague "bijeenkomst"
(the camp is another event). A vague noun counts when content follows it ("een avond over social
media") or when a sentence around it says what happens ("Op deze avond vertellen wij over ...").
The word classes are data in invitation.yaml (`event`).
"""
from __future__ import annotations

import functools
import re

from readability.checks.data import check_data

NAMED, VAGUE = "named", "vague"
CONTENT_WINDOW = 60  # characters after a vague noun that may say what it is about


@functools.cache
def _patterns() -> dict[str, tuple[re.Pattern, ...]]:
    return {kind: tuple(re.compile(pattern, re.IGNORECASE) for pattern in patterns)
            for kind, patterns in check_data("invitation")["event"].items()}


def event_nouns(sentence: str) -> list[tuple[int, int, str]]:
    """(start, end, kind) of every event noun in `sentence`; a named noun wins over a vague one at
    the same place ("informatieavond" is named although it ends in "avond")."""
    named = [(m.start(), m.end(), NAMED) for pattern in _patterns()[NAMED] for m in pattern.finditer(sentence)]
    vague = [(m.start(), m.end(), VAGUE) for pattern in _patterns()[VAGUE] for m in pattern.finditer(sentence)
             if not any(start < m.end() and m.start() < end for start, end, _ in named)]
    return named + vague


def _has_content(sentence: str, end: int) -> bool:
    after = sentence[end:end + CONTENT_WINDOW]
    return any(pattern.search(after) for pattern in _patterns()["content_after"])


def event_at(sentence: str, cue: tuple[int, int]) -> tuple[str | None, str]:
    """The event noun nearest to the cue span: its kind (named, also for a vague noun with content
    right after it; vague; or None when the sentence names no event) and its stem ("gesprek")."""
    nouns = event_nouns(sentence)
    if not nouns:
        return None, ""
    cue_start, cue_end = cue

    def distance(noun):
        start, end, _ = noun
        return 0 if start < cue_end and cue_start < end else min(abs(start - cue_end), abs(cue_start - end))

    start, end, kind = min(nouns, key=distance)
    kind = NAMED if kind == VAGUE and _has_content(sentence, end) else kind
    return kind, _stem(sentence[start:end])


def _stem(noun: str) -> str:
    """The noun without a plural or diminutive ending: "gesprekken" -> "gesprek"."""
    noun = noun.lower()
    for ending in check_data("invitation")["event_endings"]:
        if noun.endswith(ending) and len(noun) - len(ending) >= 4:
            return noun[:-len(ending)]
    return noun


def names_event(sentence: str) -> bool:
    """Whether `sentence` names a specific event or task (any named noun)."""
    return any(pattern.search(sentence) for pattern in _patterns()[NAMED])


def has_event_noun(sentence: str) -> bool:
    return names_event(sentence) or any(pattern.search(sentence) for pattern in _patterns()[VAGUE])
