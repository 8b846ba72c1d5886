"""An invitation to parents must say what, when, where, why, what to bring, how to respond and whom to ask.

"When", "where" and "respond" are decided from the sentences that belong to the invitation: a date
counts only next to a clock time (same paragraph or next sentence), a place only next to the event,
and a deadline only next to a way to answer. Sentences about paying or enrolling a child are set
aside: their dates, times and deadlines are not those of the invitation. "What" must be named in
or next to a paragraph that invites.
"""
from __future__ import annotations

import bisect
import functools
import re

from readability.analysis import Analysis
from readability.checks.data import check_data
from readability.checks.patterns import find_all, first, has
from readability.checks.sentences import Sentences
from readability.checks.words import unit_span
from readability.report import Finding

REPLY_BY = ("vóór", "voor", "uiterlijk")  # "tot en met 15 november" may be a range, not a deadline


@functools.cache
def _meeting_words() -> tuple[re.Pattern, ...]:
    return tuple(re.compile(pattern, re.IGNORECASE) for pattern in check_data("invitation")["meeting_words"])


def invitation_cue(text: str) -> re.Match | None:
    """Where the text invites parents (to come, to talk or to help); None if it does not."""
    cues = [match for match in [first("invite", text), *(p.search(text) for p in _meeting_words())] if match]
    return min(cues, key=lambda match: match.start()) if cues else None


class _Invitation:
    """Tests on the sentences of one letter: which of them give the day, time, place and reply."""

    def __init__(self, sentences: Sentences):
        self.s = sentences
        self.all = range(len(sentences))
        self._firsts: dict[tuple[str, int], int | None] = {}

    def _first(self, test, paragraph: int) -> int | None:
        """The first sentence of `paragraph` for which `test` holds (found once per paragraph)."""
        key = (test.__name__, paragraph)
        if key not in self._firsts:
            self._firsts[key] = next((j for j in self.s.in_paragraph(paragraph) if test(j)), None)
        return self._firsts[key]

    def aside(self, i: int) -> bool:
        return self.s.has("payment", i) or self.s.has("enrolment", i)

    def day(self, i: int) -> bool:
        return ((self.s.has("days", i) or self.s.has("dates", i)) and not self.aside(i)
                and _outside_deadlines(("days", "dates"), self.s.texts[i]))

    def time(self, i: int) -> bool:
        return self.s.has("times", i) and not self.aside(i)

    def when_label(self, i: int) -> bool:
        return self.s.has("when_label", i)

    def labelled_time(self, i: int) -> bool:
        """A clock time under a label such as "Wanneer?" or "Tijd:" is the time of the event."""
        label = self._first(self.when_label, self.s.paragraphs[i]) if self.time(i) else None
        return label is not None and label <= i

    def event(self, i: int) -> bool:
        """The sentence invites, names the meeting, labels a fact of it or gives its day or time."""
        return self.cue(i) or self.s.has("field_label", i) or self.day(i) or self.time(i)

    def deadline(self, i: int) -> bool:
        return self.s.has("deadline", i) and not self.aside(i)

    def way_to_answer(self, i: int) -> bool:
        return self.s.has("respond", i)

    def when(self) -> list[str]:
        if any(self.day(i) and (self.s.near(i, self.time) or self._first(self.time, self.s.paragraphs[i]) is not None)
               for i in self.all):
            return []
        days, times = any(self.day(i) for i in self.all), any(self.time(i) for i in self.all)
        if days and any(self.labelled_time(i) for i in self.all):
            return []
        # Both given but apart: say both; otherwise say the one that is missing.
        return (["when_day"] if times or not days else []) + (["when_time"] if days or not times else [])

    def where(self) -> list[str]:
        found = any(self.s.has("where", i) and not self.aside(i) and self.s.near(i, self.event) for i in self.all)
        return [] if found else ["where"]

    def own_text(self) -> str:
        """The sentences that say when the invitation is: those with a time of day, without those
        about paying or enrolling."""
        timed = ("times", "daytime", "weekend", "other_moment")
        return "\n".join(self.s.texts[i] for i in self.all
                         if any(self.s.has(name, i) for name in timed) and not self.aside(i))

    def cue(self, i: int) -> bool:
        return self.s.has("invite", i) or any(pattern.search(self.s.texts[i]) for pattern in _meeting_words())

    def around_cue(self, name: str) -> bool:
        """Whether `name` matches in a paragraph with an invitation cue or in a paragraph next to it.
        (The purpose, what to bring and whom to ask may stand anywhere in the letter.)"""
        return any(self.s.has(name, i) and any(self._first(self.cue, self.s.paragraphs[i] + step) is not None
                                                for step in (-1, 0, 1)) for i in self.all)

    def respond(self) -> list[str]:
        if has("no_signup", self.s.text):
            return []
        if any(self.deadline(i) and self.s.near(i, self.way_to_answer) for i in self.all):
            return []
        return ([] if has("respond", self.s.text) else ["respond_how"]) + ["respond_when"]


def _missing(text: str, invitation: _Invitation) -> dict[str, list[str]]:
    """Missing element -> the message keys that say what is missing."""
    missing = {
        "what": [] if invitation.around_cue("what") else ["what"],
        "when": invitation.when(),
        "where": invitation.where(),
        "why": [] if has("why", text) else ["why"],
        "bring": [] if has("bring", text) else ["bring"],
        "respond": invitation.respond(),
        "contact": [] if has("contact", text) else ["contact"],
    }
    return {element: keys for element, keys in missing.items() if keys}


def _outside_deadlines(names: tuple[str, ...], text: str) -> bool:
    """Whether a match of one of `names` is not part of a reply deadline ("vóór vrijdag 8 november")."""
    deadlines = [match.span() for match in find_all("deadline", text) if match.group(1).lower() in REPLY_BY]
    starts = [start for start, _ in deadlines]
    for name in names:
        for match in find_all(name, text):
            before = bisect.bisect_right(starts, match.start()) - 1
            if before < 0 or match.start() >= deadlines[before][1]:
                return True
    return False


def only_in_working_hours(text: str) -> bool:
    """All clock times (or, without them, the daytime words) fall in working hours on a weekday.
    `text` is the part of the letter about the invitation (see _Invitation.own_text)."""
    window = check_data("invitation")["working_hours"]
    hours = [int(match["hour"]) + int(match.groupdict().get("minute") or 0) / 60
             for match in find_all("times", text) if match.groupdict().get("hour")]
    daytime = all(window["start"] <= hour <= window["end"] for hour in hours) if hours else has("daytime", text)
    return daytime and not has("weekend", text) and not has("other_moment", text)


def check(analysis: Analysis) -> list[Finding]:
    text = analysis.text
    cue = invitation_cue(text)
    if cue is None:
        return []
    data = check_data("invitation")
    start, end = unit_span(analysis, cue.start())
    invitation = _Invitation(Sentences(analysis))
    problems = _missing(text, invitation)
    if only_in_working_hours(invitation.own_text()):
        problems["working-hours"] = ["working-hours"]
    return [
        Finding(rule=f"invitation.{element}", start=start, end=end, text=text[start:end],
                message=" ".join(data["messages"][key] for key in keys), severity=data["severity"][element])
        for element, keys in problems.items()
    ]
