"""An invitation to parents must say what, when, where, why, what to bring, how to respond and whom to ask.

"When", "where" and "respond" are decided from the sentences that belong to the invitation: a date
counts only next to a clock time (same paragraph or next sentence), a place only next to the event,
and a deadline only next to a way to answer. Sentences about paying or enrolling a child are set
aside: their dates, times and deadlines are not those of the invitation. "What" is the event noun
nearest to where the letter invites (invitation_what.py); "why" must stand in or next to a paragraph
that invites; "contact" needs an e-mail address, a phone number or a named person to ask.

The facts must be about the main invitation (the first sentence that invites the parents). A
paragraph about another event does not give them: an event for the pupils ("Daarom organiseren wij
de Stagemarkt", when a later paragraph invites the parents to something else), or a call for
another task at a moment of its own ("Voor het versieren zoeken we nog twee ouders, donderdag van
13.00 tot 14.30 uur", in a letter that invites to a show). "Bring" needs something to bring (not
people) or says that nothing is needed.
"""
from __future__ import annotations

import bisect
import functools
import re

from readability.analysis import Analysis
from readability.checks import invitation_what
from readability.checks.data import check_data
from readability.checks.patterns import Caseless, find_all, first, has
from readability.checks.sentences import Sentences
from readability.checks.words import unit_span
from readability.report import Finding

REPLY_BY = ("vóór", "voor", "uiterlijk")  # "tot en met 15 november" may be a range, not a deadline
WORD_OF_FOUR = re.compile(r"\w{4,}")


@functools.cache
def _meeting_words() -> Caseless:
    """The meeting words of invitation.yaml as one regular expression."""
    return Caseless("|".join(f"(?:{pattern})" for pattern in check_data("invitation")["meeting_words"]))


def _cue(text: str) -> tuple[tuple[int, int] | None, bool]:
    """Where `text` (one sentence) invites parents to come, talk or help (None if it does not), and
    whether that is only because the school holds or organises an event ("Wij houden een
    voorleesontbijt", "Er is een bijeenkomst voor ouders"): such a weak cue may be an event for the
    pupils, not for the parents."""
    invite = first("invite", text) if has("invite_words", text) and not has("welcome_things", text) else None
    cues = [match for match in (invite, _meeting_words().search(text)) if match]
    if cues:
        return min(match.span() for match in cues), False
    held = first("organise", text) or (first("takes_place", text) if has("for_parents", text) else None)
    if held and invitation_what.has_event_noun(text):
        return held.span(), True
    return None, False


def _may_invite(text: str) -> bool:
    """A quick test on the whole letter before its sentences are looked at."""
    return (has("invite", text) or _meeting_words().search(text) is not None
            or ((has("organise", text) or has("takes_place", text)) and invitation_what.has_event_noun(text)))


def _mentions(stems: set[str], text: str) -> bool:
    """Whether `text` (lower case) names one of the events `stems`, also by its last part ("De markt
    is van 10.00 tot 14.00 uur" for the rommelmarkt)."""
    return any(stem in text for stem in stems) or any(
        stem.endswith(word) for word in WORD_OF_FOUR.findall(text) for stem in stems)


def _same_event(stem: str, stems: set[str]) -> bool:
    """Whether `stem` names one of the events `stems` ("gesprek" and "intakegesprek" are one event)."""
    return any(stem in other or other in stem for other in stems)


class _Invitation:
    """Tests on the sentences of one letter: which of them give the day, time, place and reply."""

    def __init__(self, sentences: Sentences):
        self.s = sentences
        self.all = range(len(sentences))
        self._firsts: dict[tuple[str, int], int | None] = {}
        self._cues: dict[int, tuple[tuple[int, int] | None, bool]] = {}
        self._events: dict[int, tuple[str | None, str]] = {}
        self._foreign: dict[int, bool] = {}

    def _first(self, test, paragraph: int) -> int | None:
        """The first sentence of `paragraph` for which `test` holds (found once per paragraph)."""
        key = (test.__name__, paragraph)
        if key not in self._firsts:
            self._firsts[key] = next((j for j in self.s.in_paragraph(paragraph) if test(j)), None)
        return self._firsts[key]

    def aside(self, i: int) -> bool:
        """Sentences about paying or enrolling; in a letter about enrolling a child, also a sign-up
        word that is not about coming to the event ("De aanmelding gaat via de website")."""
        return (self.s.has("payment", i) or self.s.has("enrolment", i)
                or (self.enrolment_letter and self.s.has("signup_noun", i) and not self.s.has("attend", i)))

    @functools.cached_property
    def enrolment_letter(self) -> bool:
        return any(self.s.has("enrolment", i) for i in self.all)

    @functools.cached_property
    def moment_unknown(self) -> bool:
        """The letter says the time is not known yet ("De precieze tijd volgt nog")."""
        return has("moment_unknown", self.s.text)

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
        """A reply deadline for the parents (not for the pupils' own sign-up or a payment)."""
        return (self.s.has("deadline", i) and not self.aside(i) and not self.s.has("pupil_signup", i)
                and not self.s.has("see_you", i))

    def way_to_answer(self, i: int) -> bool:
        return self.s.has("respond", i)

    def event_time(self, i: int) -> bool:
        """A clock time of the event itself ("De avond begint om 19.30 uur")."""
        return self.time(i) and self.s.has("event_time", i)

    def when(self) -> list[str]:
        if self.moment_unknown:
            return ["when_time"]
        if any(self.day(i) and (self.s.near(i, self.time) or self._first(self.time, self.s.paragraphs[i]) is not None)
               for i in self.all):
            return []
        days = any(self.day(i) for i in self.all)
        if days and any(self.event_time(i) for i in self.all):
            return []
        days, times = any(self.day(i) for i in self.all), any(self.time(i) for i in self.all)
        if days and any(self.labelled_time(i) for i in self.all):
            return []
        # Both given but apart: say both; otherwise say the one that is missing.
        return (["when_day"] if times or not days else []) + (["when_time"] if days or not times else [])

    def where(self) -> list[str]:
        if has("place_unknown", self.s.text):
            return ["where"]
        found = any(self.s.has("where", i) and not self.aside(i) and self.own(i) and (
            self.s.near(i, self.event) or self._first(self.cue, self.s.paragraphs[i]) is not None
            or self._opens_after_moment(i)) for i in self.all)
        return [] if found else ["where"]

    def _opens_after_moment(self, i: int) -> bool:
        """Sentence `i` opens the paragraph right after one that gives a day and a time ("- donderdag
        17 juni van 19.30 tot 20.30 uur" / "Beide keren zijn in de kantine")."""
        paragraph = self.s.paragraphs[i]
        return (i == self.s.in_paragraph(paragraph)[0] and paragraph > 0
                and self._first(self.day, paragraph - 1) is not None and self._first(self.time, paragraph - 1) is not None)

    def only_in_working_hours(self) -> bool:
        """All clock times of the letter (or, without them, its daytime words) fall in working hours
        on a weekday, and no evening, weekend or other moment is offered. Sentences about paying or
        enrolling do not count."""
        window = check_data("invitation")["working_hours"]
        hours = [hour for i in self.all if self.time(i)
                 for match in find_all("times", self.s.texts[i]) if (hour := _hour(match)) is not None]
        if not hours and self.moment_unknown:
            return False  # no time yet ("De precieze tijd volgt nog"): the letter is told so instead
        daytime = (all(window["start"] <= hour <= window["end"] for hour in hours) if hours
                   else self._anywhere("daytime"))
        return daytime and not self._anywhere("weekend") and not self._anywhere("other_moment")

    def _anywhere(self, name: str) -> bool:
        return any(self.s.has(name, i) and not self.aside(i) for i in self.all)

    def _raw_cue(self, i: int) -> tuple[tuple[int, int] | None, bool]:
        if i not in self._cues:
            self._cues[i] = _cue(self.s.texts[i])
        return self._cues[i]

    def cue_span(self, i: int) -> tuple[int, int] | None:
        return None if self.dropped(i) or self.offer_to_ask(i) else self._raw_cue(i)[0]

    def offer_to_ask(self, i: int) -> bool:
        """Sentence `i` follows "Heeft u vragen?" in its paragraph and names no meeting ("U mag ook
        na school even binnenlopen in de klas"): a way to ask questions, not an invitation."""
        question = self._first(self._question, self.s.paragraphs[i])
        return question is not None and question < i and _meeting_words().search(self.s.texts[i]) is None

    def cue(self, i: int) -> bool:
        return self.cue_span(i) is not None

    def dropped(self, i: int) -> bool:
        """Sentence `i` only says that the school holds an event, and a later paragraph invites the
        parents to something else ("Daarom organiseren wij de Stagemarkt. [...] Ook voor ouders
        hebben we die dag iets georganiseerd."): the first event is for the pupils. A later welcome
        that names no event of its own ("Ouders zijn welkom bij de finale") is to the same event."""
        span, weak = self._raw_cue(i)
        if span is None or not weak or self.s.has("for_parents", i):
            return False
        _, stem = self.event_noun(i)
        return any(self._raw_cue(k)[0] is not None and self.s.paragraphs[k] != self.s.paragraphs[i]
                   and self.s.has("for_parents", k) and not (stem and stem in self.s.texts[k].lower())
                   and self.event_noun(k)[0] is not None for k in range(i + 1, len(self.s)))

    @functools.cached_property
    def main(self) -> int | None:
        """The first sentence that invites the parents: the invitation the elements are about."""
        return next((i for i in self.all if self.cue(i)), None)

    @functools.cached_property
    def _main_stems(self) -> set[str]:
        """The events of the main invitation: the event nouns of the inviting sentences of its
        paragraph; if these name no event, the event nouns of that paragraph and of the paragraphs
        before it that invite to nothing ("Op vrijdag is de talentenmiddag! [...] U bent welkom.")."""
        paragraph = self.s.paragraphs[self.main]
        stems = {stem for i in self.s.in_paragraph(paragraph) if self.cue(i) for _, stem in [self.event_noun(i)] if stem}
        if stems:
            return stems
        for earlier in range(paragraph + 1):
            sentences = self.s.in_paragraph(earlier)
            if earlier == paragraph or not any(self._raw_cue(j)[0] for j in sentences):
                stems |= {stem for j in sentences for stem in invitation_what.named_stems(self.s.texts[j])}
        return stems

    def foreign(self, paragraph: int) -> bool:
        """Whether `paragraph` is about another event than the main invitation: it holds an event
        for the pupils (see `dropped`), or it invites to a named event or task that is not one of the
        main invitation ("Voor het versieren van de zaal zoeken we nog twee ouders", in a letter that
        invites to a show). Its place, reply and purpose are not those of the invitation."""
        if paragraph not in self._foreign:
            self._foreign[paragraph] = self._is_foreign(paragraph)
        return self._foreign[paragraph]

    def _is_foreign(self, paragraph: int) -> bool:
        if self.main is None or paragraph == self.s.paragraphs[self.main]:
            return False
        sentences = self.s.in_paragraph(paragraph)
        if any(self.dropped(j) for j in sentences):
            return True
        # Another event: a cue that invites (not one that only says the school holds something) to a
        # named event that is not the main one, at a moment of its own ("op donderdag van 13.00 tot
        # 14.30 uur", "'s ochtends"). Without a known main event nothing is another one.
        main = self._main_stems
        if not main:
            return False
        events = [self.event_noun(j) for j in sentences if self.cue(j) and not self._raw_cue(j)[1]]
        if not any(kind in (invitation_what.NAMED, invitation_what.TOPIC) and not _same_event(stem, main)
                   for kind, stem in events):
            return False
        if not any(self.day(j) or self.time(j) or self.s.has("daytime", j) for j in sentences):
            return False
        return not any(_mentions(main, self.s.texts[j].lower()) for j in sentences)

    def own(self, i: int) -> bool:
        """Sentence `i` may give a fact of the main invitation (it is not about another event)."""
        return not self.foreign(self.s.paragraphs[i])

    def _context(self, i: int) -> list[int]:
        """Sentence `i`'s paragraph and the paragraphs right before and after it."""
        paragraph = self.s.paragraphs[i]
        return [j for step in (-1, 0, 1) for j in self.s.in_paragraph(paragraph + step)]

    def event_noun(self, i: int) -> tuple[str | None, str]:
        """(kind, stem) of the event noun of inviting sentence `i` (see invitation_what.event_at)."""
        if i not in self._events:
            self._events[i] = invitation_what.event_at(self.s.texts[i], self._raw_cue(i)[0])
        return self._events[i]

    def events(self):
        """(sentence, (kind, stem)) of every inviting sentence, found lazily in text order."""
        return ((i, self.event_noun(i)) for i in self.all if self.cue(i))

    def _names_event(self, j: int) -> bool:
        return self.s.has("event_reference", j) or _mentions(self._stems, self.s.texts[j].lower())

    @functools.cached_property
    def _stems(self) -> set[str]:
        """The events invited to, and the events named before the main invitation (see _main_stems)."""
        stems = {stem for _, (_, stem) in self.events() if stem}
        return stems | self._main_stems if self.main is not None else stems

    def refers_to_event(self, j: int) -> bool:
        """Sentence `j`'s paragraph speaks of the event: "Op deze avond ...", or names its noun again."""
        return self._first(self._names_event, self.s.paragraphs[j]) is not None

    def _content(self, i: int, j: int) -> bool:
        """Sentence `j` says what happens at the event invited to in sentence `i`: in the same
        paragraph, or in a paragraph next to it that speaks of the event."""
        return (self.s.has("event_content", j) and not self.s.has("event_unknown", j) and self.own(j)
                and (self.s.paragraphs[j] == self.s.paragraphs[i] or self.refers_to_event(j)))

    def what(self) -> list[str]:
        headings = [j for j in self.all if self.s.kinds[j] == "heading"]
        for i, (kind, _) in self.events():
            if kind == invitation_what.NAMED:
                return []
            if self.unknown(i) or (kind is None and i != self.main):
                continue  # "een avond over de reis. Het programma sturen wij later."; "Meld u voor deze avond aan."
            if kind == invitation_what.TOPIC:
                return []
            context = self._context(i)
            if any(self._content(i, j) for j in context):
                return []
            # No event in the inviting sentence ("U bent welkom om te komen kijken"): the event
            # named around it, in a heading or at the start of the letter.
            if kind is None and any(invitation_what.names_event(self.s.texts[j]) and self.own(j)
                                    for j in context + headings + self._opening()):
                return []
        return ["what"]

    def _other_event(self, j: int) -> bool:
        """Sentence `j` is about another event than the invitation ("Het doel van het kamp is ..."
        in a letter that invites to a meeting before the camp)."""
        return invitation_what.names_event(self.s.texts[j]) and not self._names_event(j)

    def unknown(self, i: int) -> bool:
        """The paragraph of inviting sentence `i` says that the programme is not known yet."""
        return self._first(self._unknown, self.s.paragraphs[i]) is not None

    def _unknown(self, j: int) -> bool:
        return self.s.has("event_unknown", j)

    def why(self) -> list[str]:
        """The purpose may stand anywhere, but not in a sentence about another event outside an
        inviting paragraph, nor in a paragraph about another event. Only a topic ("een avond over
        de reis") is no purpose when the programme is not known yet."""
        if self._purpose("why") or (not any(self.unknown(i) for i, _ in self.events()) and self._purpose("why_topic")):
            return []
        return ["why"]

    def _purpose(self, name: str) -> bool:
        """A sentence gives the purpose (pattern group `name`) in an inviting paragraph, or outside
        one without naming another event. The paragraphs around the main invitation are read first."""
        def reason(j: int) -> bool:
            return (self.s.has(name, j) and self.own(j) and not self.s.has("reply_reason", j)
                    and (self._first(self.cue, self.s.paragraphs[j]) is not None or not self._other_event(j)))

        around = self._context(self.main) if self.main is not None else []
        read_first = set(around)
        return any(reason(j) for j in around) or any(reason(j) for j in self.all if j not in read_first)

    def bring(self) -> list[str]:
        """Something to bring ("Neem uw paspoort mee") or that nothing is needed, anywhere in the
        letter (a helper may bring the agenda to the meeting); bringing people along ("Neem gerust
        opa en oma mee") is not it."""
        found = any(self.s.has("bring", i) and not self.s.has("bring_people", i) for i in self.all)
        return [] if found else ["bring"]

    def contact(self) -> list[str]:
        """An e-mail address or phone number (not one given only for signing up); or, where the letter
        invites questions, a named person ("Heeft u een vraag? Bel juf Anna.") or a channel to a role
        ("Stuur de mentor een bericht")."""
        for i in self.all:
            if self.s.has("contact", i) and not self._signup_address(i):
                return []
            if (self.s.has("contact_person", i) and (self.s.has("ask_person", i) or self.s.near(i, self._question))) or (
                    self.s.near(i, self._question) and self.s.has("channel", i) and self.s.has("role", i)):
                return []
        return ["contact"]

    def _signup_address(self, i: int) -> bool:
        """Sentence `i` gives an address only to sign up or to say one cannot come ("Opgeven kan tot 8
        november door een mail te sturen naar ..."): a deadline, sign-up or cancel word, nobody named,
        and no question asked in its paragraph."""
        return ((self.deadline(i) or self.s.has("signup_noun", i) or self.s.has("cancel", i))
                and not self.s.has("contact_person", i) and self._first(self._question, self.s.paragraphs[i]) is None)

    def _question(self, i: int) -> bool:
        return self.s.has("question", i)

    def _opening(self) -> list[int]:
        """The first paragraph of the letter after the salutation."""
        body = [j for j in self.all if self.s.kinds[j] in ("sentence", "list-item")]
        return list(self.s.in_paragraph(self.s.paragraphs[body[0]])) if body else []

    def respond(self) -> list[str]:
        if has("no_signup", self.s.text):
            return []
        if any(self.deadline(i) and self.own(i) and self._first(self.way_to_answer, self.s.paragraphs[i]) is not None
               for i in self.all):
            return []
        return ([] if has("respond", self.s.text) else ["respond_how"]) + ["respond_when"]


def _missing(invitation: _Invitation) -> dict[str, list[str]]:
    """Missing element -> the message keys that say what is missing."""
    missing = {
        "what": invitation.what(),
        "when": invitation.when(),
        "where": invitation.where(),
        "why": invitation.why(),
        "bring": invitation.bring(),
        "respond": invitation.respond(),
        "contact": invitation.contact(),
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


def _hour(match: re.Match) -> float | None:
    """The hour of a clock-time match as a number (19.5 for "19.30", 7.5 for "half acht")."""
    groups = {name: value for name, value in match.groupdict().items() if value}
    data = check_data("invitation")
    if "hour" in groups:
        return int(groups["hour"]) + int(groups.get("minute", 0)) / 60
    if "hourword" in groups:
        return data["hour_words"][groups["hourword"].lower()] + data["hour_shift"].get(groups.get("half", "").lower(), 0)
    return None


def check(analysis: Analysis) -> list[Finding]:
    text = analysis.text
    if not _may_invite(text):
        return []
    invitation = _Invitation(Sentences(analysis))
    first_cue = next((i for i in invitation.all if invitation.cue(i)), None)
    if first_cue is None:
        return []
    data = check_data("invitation")
    start, end = unit_span(analysis, invitation.s.starts[first_cue] + invitation.cue_span(first_cue)[0])
    problems = _missing(invitation)
    if invitation.only_in_working_hours():
        problems["working-hours"] = ["working-hours"]
    return [
        Finding(rule=f"invitation.{element}", start=start, end=end, text=text[start:end],
                message=" ".join(data["messages"][key] for key in keys), severity=data["severity"][element])
        for element, keys in problems.items()
    ]
