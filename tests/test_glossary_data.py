"""The built-in glossaries in wordlists/: complete, without duplicates, with common-word alternatives."""
import re

import pytest
from wordfreq import zipf_frequency

from readability.glossary import BUILTIN_FILES, WORDLISTS, builtin_glossary, load_glossary_file

MINIMUM_ENTRIES = {"jargon.yaml": 150, "officialese.yaml": 120, "abbreviations.yaml": 60, "gender.yaml": 40}
CATEGORY = {"jargon.yaml": "jargon", "officialese.yaml": "officialese", "abbreviations.yaml": "abbreviation",
            "gender.yaml": "gender"}
COMMON_ZIPF = 4.0
WORD = re.compile(r"\w+(?:['’-]\w+)*")


@pytest.mark.parametrize("name", BUILTIN_FILES)
def test_file_is_valid_and_large_enough(name):
    glossary = load_glossary_file(WORDLISTS / name)  # raises GlossaryError with file and line
    assert len(glossary.entries) >= MINIMUM_ENTRIES[name]
    assert {entry.category for entry in glossary.entries} == {CATEGORY[name]}


@pytest.mark.parametrize("name", BUILTIN_FILES)
def test_every_entry_explains_or_offers_an_alternative(name):
    for entry in load_glossary_file(WORDLISTS / name).entries:
        assert entry.explanation or entry.alternatives, entry.origin
        if entry.category in ("jargon", "abbreviation"):
            assert entry.explanation, entry.origin
        if entry.category == "abbreviation":
            assert entry.alternatives, f"{entry.origin}: the first alternative must be the full form"
        if entry.safe:
            assert entry.alternatives, entry.origin


def test_no_term_is_listed_twice_across_files():
    seen = {}
    for entry in builtin_glossary().entries:
        for form in entry.forms:
            key = form.lower().replace("’", "'")
            assert seen.setdefault(key, entry) is entry, (
                f"{form!r} at {entry.origin} and {seen[key].origin}")


def _uncommon_words(alternative: str, glossary_forms: set[str]) -> list[str]:
    if alternative.lower() in glossary_forms:
        return []
    return [word for word in WORD.findall(alternative)
            if zipf_frequency(word.lower(), "nl") < COMMON_ZIPF and word.lower() not in glossary_forms]


def test_alternatives_are_common_words_or_glossary_terms():
    glossary = builtin_glossary()
    forms = {form.lower() for entry in glossary.entries for form in entry.forms}
    problems = []
    for entry in glossary.entries:
        # An abbreviation's first alternative is its full form, which may itself be a school word.
        alternatives = entry.alternatives[1:] if entry.category == "abbreviation" else entry.alternatives
        problems += [f"{entry.origin}: {alt!r} has {words}" for alt in alternatives
                     if (words := _uncommon_words(alt, forms))]
    assert not problems, "\n".join(problems)


def test_the_check_catches_an_uncommon_alternative():
    assert _uncommon_words("ommezijde", set()) == ["ommezijde"]
    assert _uncommon_words("de leraar", set()) == []
    assert _uncommon_words("intern begeleider", {"intern begeleider"}) == []
