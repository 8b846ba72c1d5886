"""Loading and validating glossary files: clear errors with file and line, school glossaries."""
from pathlib import Path

import pytest

from readability.errors import UnusableInput
from readability.glossary import (
    Glossary, GlossaryError, builtin_glossary, load_glossary_file, load_school_glossary,
    school_glossary_from_dict, with_school,
)

SCHOOL = Path(__file__).parent / "data" / "glossaries" / "school.yaml"

GOOD = """category: jargon
entries:
  - term: mentor
    severity: warning
    explanation: "De leraar die uw kind begeleidt."
    alternatives: ["leraar"]
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "glossary.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_good_file_loads_with_all_fields(tmp_path):
    glossary = load_glossary_file(write(tmp_path, GOOD))
    (entry,) = glossary.entries
    assert (entry.term, entry.category, entry.severity, entry.alternatives) == ("mentor", "jargon", "warning", ("leraar",))
    assert entry.explanation.startswith("De leraar")


@pytest.mark.parametrize("text, line, words", [
    (GOOD + "    colour: red\n", 7, "unknown field 'colour'"),
    (GOOD.replace("severity: warning", "severity: high"), 4, "'severity' must be one of"),
    (GOOD.replace('    explanation: "De leraar die uw kind begeleidt."\n', ""), 3, "needs an explanation"),
    (GOOD + "    safe: yes please\n", 7, "'safe' must be true or false"),
    (GOOD + "  - term: Mentor\n    explanation: x\n", 7, "'Mentor' is already listed at"),
    (GOOD + "  - term: x\n    alternatives: [[a]]\n", 8, "'alternatives' must be a list of words"),
    (GOOD + "  - term: [x\n", 8, "invalid YAML"),
    (GOOD.replace("category: jargon", "category: slang"), 1, "'category' must be one of"),
])
def test_malformed_file_names_file_and_line(tmp_path, text, line, words):
    path = write(tmp_path, text)
    with pytest.raises(GlossaryError) as caught:
        load_glossary_file(path)
    message = str(caught.value)
    assert str(path) in message and f"line {line}" in message and words in message


def test_safe_entry_needs_an_alternative(tmp_path):
    text = GOOD.replace('    alternatives: ["leraar"]\n', "    safe: true\n")
    with pytest.raises(GlossaryError, match="marked safe but has no alternatives"):
        load_glossary_file(write(tmp_path, text))


def test_school_glossary_file_loads_allow_list_and_per_entry_category():
    school = load_school_glossary(SCHOOL)
    assert school.allow == {"parro"}
    assert {e.term: e.category for e in school.entries} == {
        "plusklas": "jargon", "mentor": "jargon", "u wordt verzocht": "officialese"}


def test_bad_school_glossary_is_unusable_input_in_dutch_and_english(tmp_path):
    path = write(tmp_path, GOOD.replace("severity: warning", "severity: 3"))
    with pytest.raises(UnusableInput) as caught:
        load_school_glossary(path)
    assert caught.value.code == "bad-format"
    assert "line 4" in caught.value.message_en and "regel" not in caught.value.message_en
    assert caught.value.message_nl.startswith("De woordenlijst van de school klopt niet")
    assert "regel 4" in caught.value.message_nl


def test_missing_school_glossary_is_not_found(tmp_path):
    with pytest.raises(UnusableInput) as caught:
        load_school_glossary(tmp_path / "nope.yaml")
    assert caught.value.code == "not-found"


@pytest.mark.parametrize("data, words", [
    ({"entries": [{"term": "plusklas", "category": "jargon"}]}, "entry 1): 'plusklas' needs an explanation or alternatives"),
    ({"entries": [{"term": "plusklas", "alternatives": ["extra klas"]}]}, "'category' must be one of"),
    ({"entries": "plusklas"}, "expected a mapping with a list of 'entries'"),
    (["plusklas"], "expected a mapping"),
    ({"entries": [], "allow": [3]}, "'allow' must be a list of words"),
])
def test_bad_school_glossary_from_api(data, words):
    with pytest.raises(UnusableInput) as caught:
        school_glossary_from_dict(data)
    assert caught.value.code == "bad-format" and words in caught.value.message_en


def test_school_glossary_from_api():
    school = school_glossary_from_dict({
        "entries": [{"term": "Klasbord", "category": "jargon", "explanation": "De app van de klas."}],
        "allow": ["Magister"],
    })
    assert school.entries[0].term == "Klasbord" and school.allow == {"magister"}


def test_school_entries_win_and_allowed_terms_are_removed():
    builtin = school_glossary_from_dict({"entries": [
        {"term": "mentor", "category": "jargon", "explanation": "ingebouwd"},
        {"term": "Parro", "category": "jargon", "explanation": "De app."},
        {"term": "indien", "category": "officialese", "alternatives": ["als"]},
    ]})
    combined = with_school(builtin, load_school_glossary(SCHOOL))
    terms = {e.term: e for e in combined.entries}
    assert "Parro" not in terms and "indien" in terms and "plusklas" in terms
    assert terms["mentor"].explanation == "De leraar die voor uw kind zorgt op De Horizon."
    assert with_school(builtin, None) is builtin


def test_builtin_glossary_is_loaded_once():
    assert builtin_glossary() is builtin_glossary()
    assert isinstance(builtin_glossary(), Glossary)
