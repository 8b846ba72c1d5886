"""An invitation to parents must say what, when, where, why, what to bring, how to respond and whom to ask."""
from __future__ import annotations

import bisect
import re

from readability.analysis import Analysis
from readability.checks.data import check_data
from readability.checks.patterns import find_all, first, has
from readability.checks.words import unit_span
from readability.report import Finding

REPLY_BY = ("vóór", "voor", "uiterlijk")  # "tot en met 15 november" may be a range, not a deadline


def invitation_cue(text: str) -> re.Match | None:
    """Where the text invites parents (to come, to talk or to help); None if it does not."""
    meeting = [re.search(pattern, text, re.IGNORECASE) for pattern in check_data("invitation")["meeting_words"]]
    cues = [match for match in [first("invite", text), *meeting] if match]
    return min(cues, key=lambda match: match.start()) if cues else None


def _missing(text: str) -> dict[str, list[str]]:
    """Missing element -> the message keys that say what is missing."""
    missing = {
        "what": [] if has("what", text) else ["what"],
        "when": ([] if _outside_deadlines(("days", "dates"), text) else ["when_day"])
        + ([] if has("times", text) else ["when_time"]),
        "where": [] if has("where", text) else ["where"],
        "why": [] if has("why", text) else ["why"],
        "bring": [] if has("bring", text) else ["bring"],
        "respond": ([] if has("respond", text) else ["respond_how"])
        + ([] if has("deadline", text) else ["respond_when"]),
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
    """All clock times (or, without them, the daytime words) fall in working hours on a weekday."""
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
    problems = _missing(text)
    if only_in_working_hours(text):
        problems["working-hours"] = ["working-hours"]
    return [
        Finding(rule=f"invitation.{element}", start=start, end=end, text=text[start:end],
                message=" ".join(data["messages"][key] for key in keys), severity=data["severity"][element])
        for element, keys in problems.items()
    ]
