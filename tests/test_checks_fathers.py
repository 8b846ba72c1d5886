"""Letters that address or recruit only mothers get an inclusive rewrite; letters for both do not."""
import pytest

from checks_support import findings, texts
from readability.checks import run_checks
from readability.engine import parse
from readability.glossary import school_glossary_from_dict


@pytest.mark.parametrize("text, flagged", [
    ("Beste moeders,\n\nOp vrijdag is de sportdag.", "moeders"),                          # salutation
    ("Lieve mama's,\n\nWelkom in groep 1.", "mama's"),
    ("Beste ouders,\n\nWij zoeken moeders die willen helpen bij de sportdag.", "moeders"),  # call for helpers
    ("Beste ouders,\n\nDe luizenmoeders kammen na de vakantie.", "luizenmoeders"),         # activity name
    ("Beste ouders,\n\nWelke moeder wil mee naar het museum?", "moeder"),
    ("Beste ouders,\n\nMama mag de eerste ochtend in de klas blijven.", "Mama"),          # a permission
    ("Beste ouders,\n\nWij verzoeken de moeders een gezonde traktatie te geven.", "moeders"),  # a request
])
def test_mother_only_wording_is_flagged_with_an_inclusive_rewrite(text, flagged):
    found = findings(text, "fathers")
    assert texts(found)[:1] == [flagged]
    assert "alleen moeders" in found[0].message
    assert found[0].suggestions[0].lower() in ("ouders", "ouder", "luizenouders")


def test_rewrite_of_an_activity_name_keeps_the_compound():
    (finding,) = findings("Beste ouders,\n\nDe kookmoeders koken voor de kinderen.", "fathers")
    assert finding.suggestions == ["kookouders"]


@pytest.mark.parametrize("text", [
    "Beste vaders en moeders,\n\nWij zoeken moeders en vaders die willen helpen.",
    "Beste ouders,\n\nWij zoeken luizenmoeders en -vaders. Papa of mama mag komen.",
    "Beste ouders,\n\nHappy Moederdag! Lezen in uw moedertaal is goed.",
    "Beste ouders,\n\nDe moeder van Sara is jarig. Zij trakteert.",      # a mother, not a call
    "Beste ouders,\n\nVragen? Bel Marloes. Zij is de moeder van Daan en helpt al jaren mee.",
    "Beste ouders,\n\nWij zoeken ouders die willen helpen.",
])
def test_letters_for_both_parents_or_without_a_call_are_not_flagged(text):
    assert findings(text, "fathers") == []


def test_gendered_glossary_words_are_not_flagged_when_the_letter_names_both_parents():
    school = school_glossary_from_dict({"entries": [
        {"term": "luizenmoeder", "category": "gender", "alternatives": ["luizenouder"]}]})
    one_sided = "Beste ouders,\n\nDe luizenmoeders kammen na de vakantie."
    both = "Beste ouders,\n\nDe luizenmoeders en -vaders kammen na de vakantie."
    assert [f.rule for f in run_checks(parse(one_sided), school) if f.rule == "gender"] == ["gender"]
    assert [f for f in run_checks(parse(both), school) if f.rule in ("gender", "fathers")] == []
