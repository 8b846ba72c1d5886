"""The active version of a passive main clause, where it can be made safely.

"Het verhaal wordt door een ouder voorgelezen." -> "Een ouder leest het verhaal voor.": the
"door" phrase becomes the subject, the old subject the object, the verb agrees with the new
subject and keeps its tense, a separable particle goes to the end. With a modal verb the
participle becomes an infinitive ("De ouders moeten het formulier invullen."), the passive
perfect takes "hebben" ("De mentor heeft het formulier ingevuld."). Without a "door" phrase
only verbs whose doer is clearly the school get "wij" ("Wij nodigen u uit voor ...").

Anything the parse does not make clear (a question, a subordinate clause, a subject or agent
that is not one unbroken phrase, a pronoun whose object form is unclear) gets no rewrite.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from readability.constructions import verbs
from readability.constructions.clauses import CLAUSE_WORDS, clause_break, is_finite
from readability.constructions.data import construction_data
from readability.constructions.wording import lower_first, phrase, sentence

PERSONS = {"singular_1": verbs.SINGULAR_1, "singular_3": verbs.SINGULAR_3, "plural": verbs.PLURAL}
SENTENCE_ENDS = (".", "!")
NOMINAL_POS = ("NOUN", "PRON", "PROPN", "DET", "ADJ", "NUM")
PLURAL_ENDINGS = ("en", "s", "'s")
# Prepositions that do not belong in an agent phrase ("van" does: "een team van ouders").
PREPOSITIONS = {"op", "in", "aan", "met", "voor", "bij", "naar", "over", "uit", "om", "tot", "door", "na", "onder",
                "tegen", "tijdens", "zonder", "vanaf", "via", "binnen", "buiten", "sinds", "per"}


def _data() -> dict:
    return construction_data("passive")


@dataclass(frozen=True)
class PassiveClause:
    auxiliary: Token  # the form of "worden" or "zijn"
    participle: Token
    finite: Token  # the clause's finite verb: the auxiliary or a modal verb before it
    kind: str  # simple ("wordt geregeld"), modal ("moet worden ingevuld") or perfect ("is ingevuld")
    agent: list[Token] | None  # the "door" phrase without "door"
    subject: list[Token] | None
    infinitive: str | None  # of the participle

    @classmethod
    def of(cls, auxiliary: Token, participle: Token) -> PassiveClause | None:
        modal = _modal_before(auxiliary)
        previous = auxiliary.nbor(-1) if auxiliary.i > 0 else None
        if modal is not None and auxiliary.lower_ == "worden":
            finite, kind = modal, "modal"
        elif modal is None and (previous is None or previous.lower_ != "te"):
            finite, kind = auxiliary, "perfect" if auxiliary.lower_ in _data()["zijn"] else "simple"
        else:
            return None
        return cls(auxiliary, participle, finite, kind, _agent(participle), _subject(auxiliary, participle),
                   verbs.infinitive_of(participle.text, participle.lemma_))

    def agent_text(self) -> str:
        return phrase(self.agent)

    def question(self) -> str | None:
        """'Wie regelt dat?', 'Wie moet dat invullen?', 'Wie heeft dat ingevuld?'."""
        if self.subject is None:
            return None
        verb = self._verb_forms(verbs.SINGULAR_3)
        return None if verb is None else sentence(["wie", verb[0], "dat", verb[1]], "?")

    def active_sentence(self) -> str | None:
        if self.agent is not None:
            doer = self._agent_as_subject()
        elif self.infinitive in _data()["school_actions"]:
            doer = ("wij", verbs.PLURAL)
        else:
            return None
        layout = self._layout()
        verb = self._verb_forms(doer[1]) if layout else None
        if verb is None:
            return None
        front, middle, trailing, end = layout
        subject = self._subject_as_object()
        if subject is None and self.subject is not None:
            return None
        # "het vervoer" before the other words in the middle, "een musical" after them
        objects = [subject or "", phrase(middle)] if not self._indefinite_subject() else [phrase(middle), subject]
        if front is None:  # the subject, the agent or "er" stood first: the doer takes its place
            parts = [doer[0], verb[0], *objects, verb[1], trailing]
        else:
            parts = [front, verb[0], doer[0], *objects, verb[1], trailing]
        return sentence(parts, end)

    def _verb_forms(self, person: int) -> tuple[str, str] | None:
        """The finite verb for `person` and what goes to the end of the clause."""
        lemma = self.infinitive
        if lemma is None:
            return None
        past = _is_past(self.finite)
        if self.kind == "modal":
            return verbs.finite(self.finite.lemma_.lower(), person, past), lemma
        if self.kind == "perfect":
            return verbs.finite("hebben", person, past), self.participle.text
        particle, base = verbs.separable_split(lemma, self.participle.text)
        return verbs.finite(base, person, past), particle

    def _agent_as_subject(self) -> tuple[str, int]:
        """The "door" phrase as the new subject ('door ons' -> 'wij') and its person."""
        if len(self.agent) == 1 and self.agent[0].lower_ in _data()["agent_pronouns"]:
            pronoun, person = _data()["agent_pronouns"][self.agent[0].lower_]
            return pronoun, PERSONS[person]
        head = next(token for token in self.agent if token.head not in self.agent or token.head == token)
        return phrase(self.agent), verbs.PLURAL if _plural(head) else verbs.SINGULAR_3

    def _indefinite_subject(self) -> bool:
        first = self.subject[0] if self.subject else None
        return first is not None and (first.lower_ in ("een", "geen") or first.pos_ == "NUM" or (
            first.pos_ == "NOUN" and "mv" in first.tag_.split("|")))

    def _subject_as_object(self) -> str | None:
        """The old subject as the object; None when that is unclear (a pronoun without a clear
        object form, or a subject with a clause of its own, which would split the sentence badly)."""
        if self.subject is None or any(is_finite(t) and t.pos_ in ("VERB", "AUX") or t.lower_ in CLAUSE_WORDS
                                       for t in self.subject[1:]):
            return None
        if len(self.subject) == 1 and (self.subject[0].pos_ not in ("NOUN", "PROPN") or self.subject[0].lower_ == "u"):
            return _data()["object_pronouns"].get(self.subject[0].lower_)
        return lower_first(self.subject)

    def _layout(self) -> tuple[str | None, list[Token], str, str] | None:
        """(the first phrase if it stays first, the words between the verbs, the words after the
        participle, the end mark), or None when the clause is not a plain main clause."""
        doc = self.participle.doc
        last = doc[-1]
        end = last.text if last.text in SENTENCE_ENDS else "."
        body_end = len(doc) - 1 if last.is_punct else len(doc)
        if (last.text == "?" or self.finite.i == 0 or self.participle.i < self.finite.i
                or self.participle.i >= body_end or not self._parse_is_plain()):
            return None
        moved = set(self.agent or []) | set(self.subject or []) | {self.auxiliary, self.finite, self.participle}
        door = self.agent[0].nbor(-1) if self.agent else None
        moved |= {door} if door is not None else set()
        front = list(doc[:self.finite.i])
        er_first = len(front) == 1 and front[0].lower_ == "er"
        if self.subject is None and not (er_first or _expletive(doc[self.finite.i + 1], self.finite)):
            return None  # a personal passive whose subject the parse does not show
        if front in (self.subject, [door, *(self.agent or [])]) or er_first:
            front_text = None
        elif moved & set(front) or clause_break(front[-1]) and front[-1].text != ",":
            return None
        else:
            front_text = phrase(front)
        middle = [t for t in doc[self.finite.i + 1:self.participle.i] if t not in moved and not _expletive(t, self.finite)]
        if any(clause_break(t) and t.text != "," for t in middle):
            return None
        trailing = [t for t in doc[self.participle.i + 1:body_end] if t not in moved]  # "gecoördineerd door ..." moves
        return front_text, middle, phrase(trailing), end

    def _parse_is_plain(self) -> bool:
        """The participle heads the sentence, the finite verb hangs on it and nothing is
        coordinated with it ("ingevuld en ondertekend"): then the parse can be trusted."""
        return (self.participle.dep_ == "ROOT" and self.finite.head == self.participle
                and not any(child.dep_ == "conj" for child in self.participle.children))


def _modal_before(auxiliary: Token) -> Token | None:
    for token in reversed(auxiliary.doc[:auxiliary.i]):
        if token.lemma_.lower() in _data()["modals"] and is_finite(token):
            return token
        if clause_break(token) or token.pos_ == "CCONJ":
            return None
    return None


def _door_phrases(participle: Token) -> list[tuple[Token, Token]]:
    """("door", head noun) of every agent phrase ("door de ouderraad") that hangs on the participle."""
    return [(door, door.head) for door in participle.doc
            if door.lower_ in _data()["agent_markers"] and door.dep_ == "case" and door.head.head == participle
            and door.head.dep_.startswith("obl") and door.i < door.head.i]


def has_agent(participle: Token) -> bool:
    """'is door de directie gesloten': a "door" phrase hangs on the participle."""
    return bool(_door_phrases(participle))


def _agent(participle: Token) -> list[Token] | None:
    """The "door" phrase of the clause, without "door", if it is one unbroken phrase whose only
    prepositions are "van" ("een team van ouders"; "de mentor aan de leerlingen" is a misparse)."""
    for door, noun in _door_phrases(participle):
        words = [t for t in noun.subtree if t != door]
        unbroken = door.i == words[0].i - 1 and words[-1].i - words[0].i == len(words) - 1
        if unbroken and words[-1].pos_ != "ADP" and not any(t.lower_ in PREPOSITIONS for t in words):
            return words
    return None


def _subject(auxiliary: Token, participle: Token) -> list[Token] | None:
    """The passive subject as one unbroken phrase; else the first phrase if it can only be that."""
    subjects = [child for child in (*participle.children, *auxiliary.children)
                if child.dep_ in ("nsubj:pass", "nsubj") and child.i < participle.i and child.pos_ != "ADP"]
    if len(subjects) > 1:
        return None
    if subjects:
        words = list(subjects[0].subtree)
        return words if words[-1].i - words[0].i == len(words) - 1 else None
    front = list(participle.doc[:auxiliary.i])
    if front and all(t.pos_ in NOMINAL_POS or t.lower_ == "u" for t in front) and front[0].lower_ != "er":
        return front
    return None


def _plural(noun: Token) -> bool:
    """'de ouders', 'de kinderen', 'de ouder en de juf'; the tagger's number alone is not trusted
    ('juf' tagged plural), so a plural noun must also end like one."""
    if any(child.dep_ == "conj" for child in noun.children):
        return True
    if any(child.lower_ in ("een", "het") for child in noun.children):
        return False
    tagged = "mv" in noun.tag_.split("|") or "Plur" in noun.morph.get("Number")
    return tagged and noun.lower_.endswith(PLURAL_ENDINGS)


def _expletive(token: Token, finite: Token) -> bool:
    """'Morgen wordt er ... gekookt': the 'er' that has no place in the active sentence."""
    return token.lower_ == "er" and token.i == finite.i + 1


def _is_past(finite: Token) -> bool:
    return "verl" in finite.tag_.split("|") or "Past" in finite.morph.get("Tense")
