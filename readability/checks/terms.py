"""Glossary terms in the letter: jargon, officialese, abbreviations and gendered words.

A word matches a glossary form by spaCy lemma or by its written form, also when inflected
("luizenmoeders"), hyphenated ("Magister-account") or part of a rare compound ("schoolmentor").
Phrases ("u wordt verzocht") match word by word. A term the letter explains itself is not flagged.
"""
from __future__ import annotations

from collections import defaultdict
from typing import NamedTuple

from pydantic import Field
from wordfreq import zipf_frequency

from readability.checks.data import check_data
from readability.checks.explained import explained_at
from readability.checks.morphology import infinitives, stems
from readability.checks.term_index import Form, TermIndex, index_for, normal
from readability.checks.words import Word
from readability.glossary import Glossary
from readability.report import Finding

INFLECTED_POS = {"NOUN", "PROPN", "ADJ", "X", None}
COMPOUND_POS = {"NOUN", "PROPN", "X", None}
VERB_POS = {"VERB", "AUX", None}


class TermFinding(Finding):
    """A glossary finding; `fix` (start, end, new text) is set when the glossary marks the swap safe."""

    fix: tuple[int, int, str] | None = Field(default=None, exclude=True)


class Match(NamedTuple):
    start: int
    end: int
    form: Form
    part: tuple[int, int] | None  # the characters that are the glossary form itself, if known


def _direct(index: TermIndex, text: str, lemma: str | None, start: int, pos: str | None) -> list[Match]:
    """`text` (at `start`) is a glossary form, by form, lemma or inflection."""
    end = start + len(text)
    forms = index.lookup(text)
    if forms:
        return [Match(start, end, form, (start, end)) for form in forms]
    forms = (index.lookup(lemma) if lemma else []) or (
        [form for infinitive in infinitives(text) for form in index.lookup(infinitive)] if pos in VERB_POS else [])
    if forms:
        # "Luizenmoeders" by lemma "luizenmoeder": the replacement keeps the ending "s".
        part = (start, start + len(lemma)) if lemma and text.lower().startswith(lemma.lower()) else None
        return [Match(start, end, form, part) for form in forms]
    if pos not in INFLECTED_POS or not index.may_start(text):
        return []
    for stem, is_prefix in index.stems(text):
        forms = index.lookup(stem)
        if forms:
            return [Match(start, end, form, (start, start + len(stem)) if is_prefix else None) for form in forms]
    return []


def _known_word(text: str) -> bool:
    minimum = check_data("terms")["compound_rest_min_zipf"]
    rests = [text] + ([text[1:]] if text.startswith("s") else []) + ([text[2:]] if text.startswith("en") else [])
    return any(len(rest) >= 3 and zipf_frequency(candidate, "nl") >= minimum
               for rest in rests for candidate in [rest] + [stem for stem, _ in stems(rest)])


def _compound(index: TermIndex, word: Word) -> list[Match]:
    """A glossary form as the head ("schoolmentor") or modifier ("Magisteraccount") of a rare compound."""
    text, start = word.text, word.start
    if len(text) < 7 or word.pos not in COMPOUND_POS:
        return []
    if zipf_frequency(word.lower, "nl") >= check_data("terms")["compound_max_zipf"]:
        return []  # a common word is not read as a glossary term inside a compound
    matches = (_compound_head(index, text, start)
               or (index.may_start(text) and _compound_modifier(index, text, start)) or [])
    return [Match(word.start, word.end, match.form, match.part) for match in matches]


def _compound_head(index: TermIndex, text: str, start: int) -> list[Match]:
    lower = normal(text)
    for cut in range(3, len(text) - 3):
        if lower[cut:cut + 4] in index.joinable_openings:
            tail = [match for match in _direct(index, text[cut:], None, start + cut, None) if match.form.joinable]
            if tail:
                return tail
    return []


def _compound_modifier(index: TermIndex, text: str, start: int) -> list[Match]:
    lower = normal(text)
    for cut in range(len(text) - 4, 3, -1):
        if lower[:cut] not in index.joinable_keys:
            continue
        head = [form for form in index.lookup(text[:cut]) if form.joinable]
        if head and _known_word(text[cut:].lower()):
            return [Match(start, start + len(text), form, (start, start + cut)) for form in head]
    return []


def _hyphenated(index: TermIndex, word: Word) -> list[Match]:
    """A glossary form as one part of a hyphenated word ("Magister-account", "MR-vergadering")."""
    matches, offset = [], word.start
    for part in word.text.split("-"):
        matches += [Match(word.start, word.end, match.form, match.part)
                    for match in _direct(index, part, None, offset, None)]
        offset += len(part) + 1
    return matches


def _slashed(index: TermIndex, word: Word) -> list[Match]:
    """Glossary forms joined by slashes ("havo/vwo", "GL/TL"): each part is a finding of its own."""
    matches, offset = [], word.start
    for part in word.text.split("/"):
        matches += _direct(index, part, None, offset, None) if len(part) > 1 else []
        offset += len(part) + 1
    return matches


def _word_matches(index: TermIndex, word: Word) -> list[Match]:
    return (_direct(index, word.text, word.lemma, word.start, word.pos)
            or ("/" in word.text and _slashed(index, word))
            or ("-" in word.text and _hyphenated(index, word))
            or _compound(index, word))


def _moved(match: Match, shift: int) -> Match:
    part = (match.part[0] + shift, match.part[1] + shift) if match.part else None
    return Match(match.start + shift, match.end + shift, match.form, part)


def _single_word_matches(index: TermIndex, words: list[Word], text: str) -> list[Match]:
    """Glossary forms that are one word, looked up once per distinct word (letters repeat words)."""
    same_words: dict[tuple[str, str | None, str | None], list[Word]] = defaultdict(list)
    for word in words:
        if word.lower not in index.allow:
            same_words[word.text, word.lemma, word.pos].append(word)
    matches = []
    for first, *others in same_words.values():
        found = _word_matches(index, first)
        for word in [first, *others] if found else ():
            matches += [checked for match in found
                        if (checked := _with_final_dot(_moved(match, word.start - first.start), text))]
    return matches


def _with_final_dot(match: Match, text: str) -> Match | None:
    """Include the final dot of an abbreviation like "i.v.m." in the span; None if a needed dot is missing."""
    has_dot = text[match.end:match.end + 1] == "."
    if match.form.needs_final_dot and not has_dot:
        return None
    if match.form.dotted and has_dot:
        part = (match.part[0], match.end + 1) if match.part and match.part[1] == match.end else match.part
        return Match(match.start, match.end + 1, match.form, part)
    return match


def _keys(word: Word) -> frozenset[str]:
    """Every way a glossary phrase may name this word: form, lemma, infinitive."""
    return frozenset((normal(word.text), normal(word.lemma or ""), *infinitives(word.lower)))


class _PhraseWords:
    """The words of a letter as a glossary phrase may name them, worked out once per distinct word."""

    def __init__(self, index: TermIndex, words: list[Word]):
        self.index, self.words = index, words
        keys_of: dict[tuple[str, str | None], frozenset[str]] = {}
        for word in words:
            if (word.text, word.lemma) not in keys_of:
                keys_of[word.text, word.lemma] = _keys(word)
        self.keys = [keys_of[word.text, word.lemma] for word in words]
        starts_of = {keys: keys & index.phrase_starts for keys in keys_of.values()}
        self.starts = [starts_of[keys] for keys in self.keys]  # the keys of each word that begin a phrase
        self._reach: dict[frozenset[str], frozenset[str]] = {}

    def reach(self, i: int) -> frozenset[str]:
        """The keys of word `i` and its stems ("interne begeleiders")."""
        keys = self.keys[i]
        if keys not in self._reach:
            self._reach[keys] = keys | {normal(stem) for stem, _ in self.index.stems(self.words[i].text)}
        return self._reach[keys]


def _phrase_matches(phrase_words: _PhraseWords, i: int, text: str) -> list[Match]:
    """Glossary phrases that start at word `i` (some of whose keys begin a phrase)."""
    index, words, keys = phrase_words.index, phrase_words.words, phrase_words.keys
    starts = phrase_words.starts[i]
    if i + 1 == len(words):
        return []
    following = phrase_words.reach(i + 1) & index.seconds_after(starts)
    if not following:
        return []
    matches = []
    for form in _phrases_starting(index, starts, following):
        last = i + len(form.words) - 1
        if last < len(words) and all(
            (wanted in keys[n] or (n == last and _same_stem(words[n], wanted)))
            and (n == i or not text[words[n - 1].end:words[n].start].strip())
            for n, wanted in zip(range(i, last + 1), form.words)
        ):
            matches.append(Match(words[i].start, words[last].end, form, (words[i].start, words[last].end)))
    return matches


def _phrases_starting(index: TermIndex, firsts, seconds) -> dict[Form, None]:
    return dict.fromkeys(form for first in firsts for second in seconds for form in index.phrases.get((first, second), []))


def _same_stem(word: Word, wanted: str) -> bool:
    return any(normal(stem) == wanted for stem, _ in stems(word.text))


def _longest_first(matches: list[Match]) -> list[Match]:
    """Drop matches that overlap a longer (or earlier) one; same-span matches stay when they are of
    different categories ("MR": jargon and abbreviation), one per category ("dient te" is not said twice)."""
    kept: list[Match] = []
    for cluster in _overlapping_groups(sorted(matches, key=lambda m: m.start)):
        chosen: list[Match] = []
        for match in sorted(cluster, key=lambda m: (-(m.end - m.start), m.start)):
            if all(match.end <= other.start or match.start >= other.end
                   or ((match.start, match.end) == (other.start, other.end)
                       and match.form.entry.category != other.form.entry.category) for other in chosen):
                chosen.append(match)
        kept += sorted(chosen, key=lambda m: m.start)
    return kept


def _overlapping_groups(matches: list[Match]):
    """Runs of matches (sorted by start) whose spans chain together by overlapping."""
    group: list[Match] = []
    group_end = 0
    for match in matches:
        if group and match.start >= group_end:
            yield group
            group = []
        group.append(match)
        group_end = max(group_end, match.end) if len(group) > 1 else match.end
    if group:
        yield group


def _message(match: Match, text: str) -> str:
    messages = check_data("terms")["messages"]
    entry = match.form.entry
    parts = [messages[entry.category].format(word=text[match.start:match.end])]
    if entry.explanation:
        parts.append(messages["explanation"].format(explanation=entry.explanation))
    if entry.alternatives:
        parts.append(messages["alternative"].format(alternative=entry.alternatives[0]))
    elif entry.category == "jargon":
        parts.append(messages["explain_it"])
    return " ".join(parts)


def _with_case_of(original: str, new: str) -> str:
    if original.isupper() and len(original) > 1 and not new.isupper():
        return new
    return new[:1].upper() + new[1:] if original[:1].isupper() else new


def _fix(match: Match, text: str) -> tuple[int, int, str] | None:
    """The safe swap of the term itself: the whole word, or the word minus an inflection ending.
    A term inside a compound ("hoofdluizenmoeders", "BPV-bureau") is left for the writer."""
    entry = match.form.entry
    if not entry.safe or match.part is None or match.part[0] != match.start:
        return None
    start, end = match.part
    ending = text[end:match.end].lower()
    if ending and ending not in check_data("terms")["inflection_suffixes"]:
        return None
    return start, end, _with_case_of(text[start:end], entry.alternatives[0])


def find_terms(words: list[Word], text: str, glossary: Glossary) -> list[TermFinding]:
    index = index_for(glossary).for_letter()
    phrase_words = _PhraseWords(index, words)
    matches = [match for i, word in enumerate(words) if phrase_words.starts[i] and word.lower not in index.allow
               for match in _phrase_matches(phrase_words, i, text)]
    matches += _single_word_matches(index, words, text)
    matches = _longest_first(matches)
    explained = set()
    for match in matches:
        entry = match.form.entry
        if entry not in explained and entry.category == "jargon" and explained_at(match.start, match.end, text):
            explained.add(entry)
    return [
        TermFinding(
            rule=match.form.entry.category, start=match.start, end=match.end, text=text[match.start:match.end],
            message=_message(match, text), suggestions=list(match.form.entry.alternatives),
            severity=match.form.entry.severity, fix=_fix(match, text),
        )
        for match in matches if match.form.entry not in explained
    ]
