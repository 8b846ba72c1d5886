"""Abbreviations and school words that no glossary lists, found by their form (issue #4).
All sentences are written for these tests."""
import pytest

from checks_support import findings, texts
from readability.glossary import school_glossary_from_dict


def abbreviations(text: str, school_glossary=None) -> list[str]:
    return texts(findings(text, "abbreviation", school_glossary))


def school_words(text: str, school_glossary=None) -> list[str]:
    return texts(findings(text, "jargon", school_glossary))


@pytest.mark.parametrize("text, expected", [
    ("De school werkt met de QWZ.", ["QWZ"]),
    ("Controleer de XYZ-gegevens van uw kind.", ["XYZ-gegevens"]),
    ("De KLM'er van de school belt u.", ["KLM'er"]),
    ("U krijgt twee PDF's van ons.", ["PDF's"]),
    ("Het kamp kost m.i.v. de bus 40 euro.", ["m.i.v."]),
    ("Er komen ca. 20 kinderen.", ["ca."]),
    ("De kosten zijn excl. de lunch.", ["excl."]),
    ("Bel ons (ma t/m vr van 9.00 tot 12.00 uur).", ["ma", "t/m", "vr"]),
    ("De les is op di 12 maart.", ["di"]),
    ("Daarna kan uw kind naar het WO.", ["WO"]),
    ("Uw kind kiest het profiel Q&X.", ["Q&X"]),
])
def test_an_unknown_abbreviation_is_found(text, expected):
    assert abbreviations(text) == expected


@pytest.mark.parametrize("text", [
    "LET OP: de school is morgen dicht.",
    "NIEUW: de ouderapp.",
    "Maak het bedrag over op NL12 ABCD 0123 4567 89.",
    "Wij vieren het feest van Willem III.",
    "Uw kind zit in klas 2B en heeft les in lokaal B1.14.",
    "Mail naar info@school.nl of kijk op ggd.nl.",
    "Betaal via WIS Collect.",
    "Het is zo. Daarna gaan we naar huis.",
    "De kinderen spelen en/of lezen.",
    "Wij doen het zo 12 keer.",
    "Met vriendelijke groet, P.J. van Wijngaarden en W.F. Bos",  # initials
])
def test_what_is_not_an_abbreviation(text):
    assert abbreviations(text) == []


def test_an_abbreviation_a_school_allows_is_not_found():
    assert abbreviations("De QWZ komt.", school_glossary_from_dict({"allow": ["QWZ"]})) == []


def test_an_unknown_abbreviation_says_what_to_do():
    [finding] = findings("De QWZ komt.", "abbreviation")
    assert "Schrijf voluit wat QWZ betekent" in finding.message and finding.severity == "warning"


def test_a_glossary_abbreviation_is_found_once():
    assert abbreviations("De MR vergadert.") == ["MR"]


@pytest.mark.parametrize("word", ["huiswerkcoördinator", "rekenconsulent", "toetsbeleid", "pestbeleid",
                                  "profielkeuzegesprek", "examenreglement", "zorgtraject", "leerlingdossier",
                                  "rekenstrategieën", "zorgindicatie", "leerlingprognoses", "doorstroomkansen"])
def test_a_rare_school_word_is_found(word):
    assert school_words(f"Uw kind praat met de {word}.") == [word]


@pytest.mark.parametrize("text", [
    "De sportcommissie zoekt hulp.",                   # everyday first part
    "De kampbegeleiders gaan mee.",
    "Wij maken een stappenplan.",
    "Het protocol staat op de website.",               # a common word, not a rare compound
    "Stichting Leergeldfonds helpt u.",                # a name inside the sentence
    "Wij zijn een onderwijsinstelling.",
    "De leerlingenadministratie stuurt een brief.",
    "Wij hebben er zorg voor gedragen.",
])
def test_what_is_not_a_school_word(text):
    assert school_words(text) == []


def test_a_school_word_the_letter_explains_is_not_found():
    assert school_words("Uw kind praat met de rekenconsulent: dat is een juf die helpt met rekenen.") == []


def test_a_school_word_asks_to_explain_it():
    [finding] = findings("Uw kind praat met de rekenconsulent.", "jargon")
    assert "leg het woord uit" in finding.message and finding.severity == "warning" and not finding.suggestions


def officialese(text: str) -> list[str]:
    return texts(findings(text, "officialese"))


@pytest.mark.parametrize("text, expected", [
    ("Wij sturen de brief later, daar de printer kapot is.", ["daar"]),
    ("Daar wij geen plek hebben, gaat het feest niet door.", ["Daar"]),
    ("De boeken, welke uw kind krijgt, zijn gratis.", ["welke"]),
    ("Wij bespreken de afspraken welke in mei zijn gemaakt.", ["welke"]),
    ("Daar mogen de kinderen spelen.", []),                      # "daar" is a place
    ("Wij zijn daar om negen uur.", []),
    ("Welke dag past u het best?", []),                          # a question word
    ("Laat ons weten welke dag u kiest.", []),
    ("Neem het OPP dan wel de verklaring mee.", ["dan wel"]),
    ("Wij kijken of dat genoeg is dan wel of er meer nodig is.", ["dan wel"]),
    ("Je moet dan wel een auto hebben.", []),                    # "then", not "or"
    ("Het is dan wel druk.", []),
])
def test_daar_welke_and_dan_wel_are_officialese_only_as_because_relative_pronoun_and_or(text, expected):
    assert officialese(text) == expected
