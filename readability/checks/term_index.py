"""Lookup tables from a glossary: every form of every entry, by lower-case key and by first word."""
from __future__ import annotations

import functools
from collections import defaultdict
from dataclasses import dataclass

from wordfreq import zipf_frequency

from readability.checks.data import check_data
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


MAX_REMEMBERED = 50_000  # lookups kept per index; a long-running server must not grow without end


class TermIndex:
    def __init__(self, glossary: Glossary):
        self.allow = glossary.allow
        self.single: dict[str, list[Form]] = defaultdict(list)
        self.phrases: dict[str, list[Form]] = defaultdict(list)
        self._looked_up: dict[str, list[Form]] = {}  # words repeat: "de", "uw", "Magister"
        for entry in glossary.entries:
            for form in self._forms(entry):
                table = self.single if len(form.words) == 1 else self.phrases
                table[form.words[0]].append(form)

    @staticmethod
    def _forms(entry: Entry) -> list[Form]:
        """One Form per distinct spelling of the entry ("IB'er" and "IB’er" are one)."""
        forms: dict[tuple[str, bool], Form] = {}
        for written in entry.forms:
            text = written.strip().rstrip(".").replace("’", "'")
            form = Form(entry, text, tuple(normal(word) for word in text.split()),
                        _case_sensitive(entry, text), written.strip().endswith("."))
            forms.setdefault((form.text, form.case_sensitive) if form.case_sensitive else (normal(text), False), form)
        return list(forms.values())

    def lookup(self, text: str) -> list[Form]:
        """Single-word forms written as `text` (case-insensitive unless the form is case-sensitive)."""
        if text not in self._looked_up:
            if len(self._looked_up) > MAX_REMEMBERED:
                self._looked_up.clear()
            written = text.replace("’", "'")
            self._looked_up[text] = [form for form in self.single.get(normal(text), ())
                                     if not form.case_sensitive or form.text == written]
        return self._looked_up[text]


@functools.lru_cache(maxsize=16)
def index_for(glossary: Glossary) -> TermIndex:
    return TermIndex(glossary)
