"""Lookup tables from a glossary: every form of every entry, by lower-case key and by first word."""
from __future__ import annotations

import copy
import functools
from collections import defaultdict
from dataclasses import dataclass

from wordfreq import zipf_frequency

from readability.checks.data import check_data
from readability.checks.morphology import stems
from readability.glossary import Entry, Glossary


def normal(text: str) -> str:
    """Key used for lookups: lower case, straight apostrophe, no final dot."""
    return text.lower().replace("’", "'").rstrip(".")


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: one Form per spelling
class Form:
    entry: Entry
    text: str  # as written in the glossary, without a final dot
    words: tuple[str, ...]  # normalised words (one for a single-word form)
    case_sensitive: bool
    dotted: bool  # the glossary form ends with "." ("i.v.m.", "tel.")

    @property
    def needs_final_dot(self) -> bool:
        """A one-part abbreviation ("tel.", "nr.") is only one with its dot: "tel" is a word."""
        return self.dotted and "." not in self.text

    @property
    def joinable(self) -> bool:
        """Can be part of a longer compound ("schoolmentor", "Magisteraccount")."""
        return len(self.words) == 1 and len(self.text) >= 4 and not self.case_sensitive and "." not in self.text


def _case_sensitive(entry: Entry, form: str) -> bool:
    if entry.case_sensitive is not None:
        return entry.case_sensitive
    capitals = sum(char.isupper() for char in form)
    everyday = zipf_frequency(form.lower(), "nl") >= check_data("terms")["acronym_everyday_zipf"]
    return capitals >= 2 and everyday


class TermIndex:
    def __init__(self, glossary: Glossary):
        self.allow = glossary.allow
        self.single: dict[str, list[Form]] = defaultdict(list)
        self.phrases: dict[tuple[str, str], list[Form]] = defaultdict(list)  # by their first two words
        for entry in glossary.entries:
            for form in self._forms(entry):
                if len(form.words) == 1:
                    self.single[form.words[0]].append(form)
                else:
                    self.phrases[form.words[:2]].append(form)
        self.phrase_starts = frozenset(first for first, _ in self.phrases)
        seconds = defaultdict(set)  # first word of a phrase -> the words that may follow it
        for first, second in self.phrases:
            seconds[first].add(second)
        self.seconds = {first: frozenset(words) for first, words in seconds.items()}
        self._seconds_after: dict[frozenset[str], frozenset[str]] = {}  # keyed by glossary words only
        self._stems: dict[str, tuple[tuple[str, bool], ...]] | None = None
        # First four letters of the single-word forms (shorter forms whole): a cheap test before trying
        # endings ("klassen" -> "klas" keeps "klas") or a compound's last part ("schoolmentor": "ment").
        self.openings = frozenset(key[:4] for key in self.single)
        self.joinable_keys = frozenset(key for key, forms in self.single.items() if any(f.joinable for f in forms))
        self.joinable_openings = frozenset(key[:4] for key in self.joinable_keys)

    @staticmethod
    def _forms(entry: Entry) -> list[Form]:
        """One Form per distinct spelling of the entry ("IB'er" and "IB’er" are one; "evt." and "evt" two)."""
        forms: dict[tuple[str, bool, bool], Form] = {}
        for written in entry.forms:
            text = written.strip().rstrip(".").replace("’", "'")
            form = Form(entry, text, tuple(normal(word) for word in text.split()),
                        _case_sensitive(entry, text), written.strip().endswith("."))
            key = (form.text, True) if form.case_sensitive else (normal(text), False)
            forms.setdefault((*key, form.dotted), form)  # "evt." and its variant "evt" are two forms
        return list(forms.values())

    def may_start(self, text: str) -> bool:
        """Whether some single-word form starts like `text` (so an ending may hide it)."""
        opening = normal(text[:4])
        return opening in self.openings or opening[:3] in self.openings or opening[:2] in self.openings

    def seconds_after(self, firsts: frozenset[str]) -> frozenset[str]:
        """The words that may follow any of the phrase openings `firsts`."""
        if firsts not in self._seconds_after:
            self._seconds_after[firsts] = frozenset().union(*(self.seconds[first] for first in firsts))
        return self._seconds_after[firsts]

    def lookup(self, text: str) -> list[Form]:
        """Single-word forms written as `text` (case-insensitive unless the form is case-sensitive)."""
        forms = self.single.get(normal(text))
        if not forms:
            return []
        written = text.replace("’", "'")
        return [form for form in forms if not form.case_sensitive or form.text == written]

    def stems(self, text: str) -> tuple[tuple[str, bool], ...]:
        """morphology.stems, remembered like lookups."""
        if self._stems is None:
            return stems(text)
        if text not in self._stems:
            self._stems[text] = stems(text)
        return self._stems[text]

    def for_letter(self) -> TermIndex:
        """A copy that remembers the stems of words (letters repeat words). Use it for one letter only,
        so that no word of a letter outlives its check."""
        letter = copy.copy(self)
        letter._stems = {}
        return letter


@functools.lru_cache(maxsize=16)
def index_for(glossary: Glossary) -> TermIndex:
    return TermIndex(glossary)
