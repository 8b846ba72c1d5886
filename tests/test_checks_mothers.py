"""Mother-only words no glossary lists: role words with a mother ending and the plain group "moeders"."""
import pytest

from checks_support import findings, texts


def gender(text):
    return findings(text, "gender")


@pytest.mark.parametrize("word, rewrite", [
    ("fruitmoeders", "fruitouders"), ("fruitmoeder", "fruitouder"), ("schminkmama's", "schminkouders"),
    ("fietsmoedertjes", "fietsouders"), ("EHBO-moeders", "EHBO-ouders"),
])
def test_a_made_up_role_word_is_flagged_with_a_rewrite_from_its_stem(word, rewrite):
    (finding,) = gender(f"Beste ouders,\n\nVolgende week helpen de {word} in de klas.")
    assert finding.text == word and finding.suggestions[0] == rewrite
    assert "alleen moeders" in finding.message and rewrite in finding.message


def test_plain_mothers_in_a_mother_only_letter_are_the_addressed_group():
    text = ("Beste ouders,\n\nWij zoeken fruitmoeders voor de pauze. "
            "Het is gezellig als er moeders komen. De mama's drinken ook koffie.")
    found = gender(text)
    assert texts(found) == ["fruitmoeders", "moeders", "De mama's"]  # "De mama's" is a glossary phrase
    assert found[1].suggestions[:1] == ["ouders"]


def test_a_glossary_match_is_not_reported_twice():
    assert texts(gender("Beste moeders,\n\nDe luizenmoeders kammen na de vakantie.")) == [
        "Beste moeders", "luizenmoeders"]


@pytest.mark.parametrize("text", [
    "Beste ouders,\n\nWij zoeken fruitmoeders en -vaders.",                      # fathers named
    "Beste ouders,\n\nWij zoeken hulp. Moeders en vaders zijn welkom. De leesmoeders lezen voor.",
    "Beste ouders,\n\nHappy Moederdag! De kinderen maken een cadeau voor de moeders.",  # no call, no role word
    "Beste ouders,\n\nDe moeder van Sara vertelt over haar werk.",               # one mother in a story
    "Beste ouders,\n\nWij zoeken hulp bij het lezen. De pleegmoeder van Tim helpt.",  # a family relation
])
def test_letters_for_both_parents_or_about_one_mother_get_no_gender_finding(text):
    assert gender(text) == []
