"""Glossary words in a letter: lemma, inflection, compounds, phrases, abbreviations, explained terms."""
from pathlib import Path

import pytest

from checks_support import findings, texts
from readability.checks import improve_text, run_checks
from readability.checks.terms import find_terms
from readability.checks.words import words_of
from readability.engine import parse
from readability.glossary import load_school_glossary, school_glossary_from_dict

SCHOOL = load_school_glossary(Path(__file__).parent / "data" / "glossaries" / "school.yaml")

GLOSSARY = school_glossary_from_dict({"entries": [
    {"term": "luizenmoeder", "category": "gender", "alternatives": ["luizenouder"], "safe": True},
    {"term": "Magister", "category": "jargon", "explanation": "De app van de school."},
    {"term": "absentenregistratie", "category": "jargon", "explanation": "De lijst met afwezige kinderen."},
    {"term": "toets", "category": "jargon", "explanation": "Een proef."},
    {"term": "indien", "category": "officialese", "alternatives": ["als"], "safe": True},
    {"term": "MR", "category": "abbreviation", "explanation": "De medezeggenschapsraad.",
     "alternatives": ["medezeggenschapsraad"]},
    {"term": "i.v.m.", "variants": ["ivm"], "category": "abbreviation", "explanation": "In verband met.",
     "alternatives": ["in verband met"], "safe": True},
    {"term": "tel.", "category": "abbreviation", "explanation": "Telefoon.", "alternatives": ["telefoon"]},
    {"term": "ten behoeve van", "category": "officialese", "alternatives": ["voor"], "safe": True},
    {"term": "dienen te", "category": "officialese", "alternatives": ["moeten"]},
    {"term": "mentor", "category": "jargon", "explanation": "De leraar die uw kind begeleidt."},
]})


def terms(text: str, glossary=GLOSSARY):
    analysis = parse(text)
    found = find_terms(words_of(analysis), analysis.text, glossary)
    for finding in found:
        assert text[finding.start:finding.end] == finding.text
    return found


@pytest.mark.parametrize("text, expected", [
    ("Wij zoeken luizenmoeders.", "luizenmoeders"),                      # plural, by lemma or form
    ("Kijk in uw Magister-account.", "Magister-account"),                # hyphenated compound
    ("De absentenregistraties zijn klaar.", "absentenregistraties"),     # plural of a long term
    ("De MAGISTER app werkt.", "MAGISTER"),                              # case-insensitive
    ("Het Magisteraccount is klaar.", "Magisteraccount"),                # term as modifier of a compound
    ("Morgen is de rekentoets.", "rekentoets"),                          # term as head of a compound
    ("Alle toetsen zijn af.", "toetsen"),                                # plural
    ("De schoolmentoren helpen.", "schoolmentoren"),                     # compound and plural
])
def test_inflected_and_compound_forms_are_found(text, expected):
    assert expected in texts(terms(text))


@pytest.mark.parametrize("text", [
    "Uw kind typt op het toetsenbord.",        # frequent word of its own, not the jargon "toets"
    "U kunt het formulier indienen.",          # verb, not the officialese "indien"
    "Tel de dagen tot de vakantie.",           # "tel" without a dot is a word
    "Mr. Jansen is de notaris.",               # "mr." is a title, "MR" a council
    "De momentopname is klaar.",               # "mentor" never inside an unrelated word
    "Mail naar mr@school.nl of ivm@school.nl.",  # e-mail addresses are not words
    "Zie https://school.nl/mr?van=ivm@school.nl of www.school.nl/ivm.",  # nor web addresses
])
def test_unrelated_words_are_not_flagged(text):
    assert terms(text) == []


def test_abbreviations_keep_their_dots_in_the_span():
    found = terms("I.v.m. de studiedag is de MR gesloten. Bel tel. 0123. Ivm regen geen gym.")
    assert texts(found) == ["I.v.m.", "MR", "tel.", "Ivm"]
    assert [f.rule for f in found] == ["abbreviation"] * 4


def test_multi_word_phrases_match_by_lemma():
    found = terms("Het geld is ten behoeve van de reis. U dient te betalen.")
    assert texts(found) == ["ten behoeve van", "dient te"]


def test_two_entries_of_one_category_on_the_same_words_give_one_finding():
    glossary = school_glossary_from_dict({"entries": [
        {"term": "dienen te", "category": "officialese", "alternatives": ["moeten"]},
        {"term": "dient te", "category": "officialese", "alternatives": ["moet"]},
    ]})
    assert [(f.text, f.rule) for f in terms("U dient te betalen.", glossary)] == [("dient te", "officialese")]


def test_a_term_explained_in_the_letter_is_not_flagged():
    assert terms("De mentor (de leraar die uw kind begeleidt) belt u. De mentor is aardig.") == []
    assert terms("Wij gebruiken een app. Die heet Magister. In Magister ziet u cijfers.") == []
    assert texts(terms("De mentor belt u.")) == ["mentor"]
    assert terms("Bij ons heet een proef een toets. De toets is morgen.") == []
    assert terms("Morgen is de toets. Een toets is een korte proef aan het eind van de week.") == []
    assert terms("Bel de mentor. De mentor is de vaste leraar van de klas.") == []
    # "is het niet toegestaan ..." says nothing about what the term means
    assert texts(terms("Op Magister is het niet toegestaan om foto's te zetten van de klas.")) == ["Magister"]


def test_an_explained_abbreviation_is_still_an_abbreviation():
    assert texts(terms("De medezeggenschapsraad (MR) vergadert. De MR is er voor ouders.")) == ["MR", "MR"]


def test_finding_has_plain_dutch_message_and_suggestions():
    (finding,) = terms("Indien u komt, graag.")
    assert finding.rule == "officialese" and finding.suggestions == ["als"]
    assert finding.message == "'Indien' is moeilijke, deftige taal. Schrijf liever: 'als'."


def test_improved_text_applies_only_safe_replacements_keeping_case():
    text = "Indien u komt: wij zoeken Luizenmoeders i.v.m. de controle. De MR betaalt ten behoeve van de reis."
    improved = improve_text(text, terms(text))
    assert improved == ("Als u komt: wij zoeken Luizenouders in verband met de controle. "
                        "De MR betaalt voor de reis.")


def test_a_safe_term_inside_a_compound_is_not_swapped():
    text = "De hoofdluizenmoeders en de luizenmoeder-groep komen i.v.m. de controle."
    assert texts(terms(text))[:2] == ["hoofdluizenmoeders", "luizenmoeder-groep"]
    assert improve_text(text, terms(text)) == text.replace("i.v.m.", "in verband met")


def test_school_glossary_adds_terms_allows_names_and_wins():
    text = "De plusklas begint. De mentor belt via Parro. U wordt verzocht te betalen."
    found = findings(text, school_glossary=SCHOOL)
    by_text = {f.text: f for f in found if f.rule in ("jargon", "officialese")}
    assert "plusklas" in by_text and "Parro" not in by_text
    assert by_text["mentor"].severity == "error" and by_text["mentor"].suggestions == ["leraar"]
    assert by_text["U wordt verzocht"].rule == "officialese"
    assert improve_text(text, found).endswith("De leraar belt via Parro. Wilt u te betalen.")


def test_builtin_glossary_finds_the_seed_examples():
    text = "Beste ouders, de absentenregistratie staat in Magister. I.v.m. de toetsweek is de MR-vergadering later."
    found = findings(text)
    assert {"absentenregistratie", "Magister", "I.v.m.", "toetsweek", "MR-vergadering"} <= set(texts(found))
    assert run_checks(parse(text)) == run_checks(parse(text))


def test_terms_joined_by_slashes_are_each_found_at_their_own_characters():
    text = "Uw kind gaat naar de BB/KB of naar havo/vwo."
    found = [(f.rule, f.text, text[f.start:f.end]) for f in findings(text, "abbreviation")]
    assert found == [("abbreviation", form, form) for form in ("BB", "KB", "havo", "vwo")]
    assert texts(findings("Van ma t/m vr.", "abbreviation")) == ["ma", "t/m", "vr"]


@pytest.mark.parametrize("text", [
    "Meld u bij de teamleider (lokaal A0.03).",
    "Uw kind krijgt een faciliteitenpas (bijv. extra tijd bij toetsen).",
    "Bel de mentor (tel. 06-12345678).",
])
def test_a_place_example_or_phone_number_in_brackets_is_no_explanation(text):
    assert findings(text, "jargon") != []


def test_an_undotted_variant_of_a_dotted_abbreviation_is_found_too():
    school = school_glossary_from_dict({"entries": [{"term": "ovb.", "variants": ["ovb"], "category": "abbreviation",
                                                     "explanation": "Onder voorbehoud.", "alternatives": ["onder voorbehoud"]}]})
    found = [f.text for f in findings("Het feest is ovb. op vrijdag, ovb op zaterdag.", "abbreviation", school)]
    assert found == ["ovb.", "ovb"]
