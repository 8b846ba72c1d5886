"""The CEFR estimate is monotone (a harder text never gets a lower level), consistent (a letter is
never rated above its hardest sentence) and never punishes simplifying (deleting or adding easier
sentences does not raise the level)."""
import random

from readability import cefr
from readability.engine import analyse
from readability.report import LEVELS


def index(level):
    return LEVELS.index(level)


def random_levels(rng, most=30):
    return [rng.choice(LEVELS) for _ in range(rng.randint(1, most))]


def test_sentence_level_is_monotone_in_every_measure():
    rng = random.Random(7)
    for _ in range(2000):
        lint, words, zipf = rng.uniform(0, 100), rng.randint(1, 60), rng.uniform(0, 7)
        base = index(cefr.sentence_level(lint, words, zipf))
        assert index(cefr.sentence_level(lint + rng.uniform(0, 20), words, zipf)) >= base
        assert index(cefr.sentence_level(lint, words + rng.randint(0, 10), zipf)) >= base
        assert index(cefr.sentence_level(lint, words, zipf - rng.uniform(0, 2))) >= base


def test_lint_lifts_a_sentence_at_most_one_level_above_its_length_and_words():
    assert cefr.sentence_level(90.0, 6, 5.0) == "A2"
    assert cefr.sentence_level(90.0, 15, 5.0) == "B1"
    assert cefr.sentence_level(90.0, 6, 2.0) == "B2"  # rare word: B1, LiNT-II one more
    assert cefr.sentence_level(40.0, 6, 5.0) == "A2"


def test_document_level_is_monotone():
    rng = random.Random(11)
    for _ in range(2000):
        levels = random_levels(rng)
        base = index(cefr.document_level(levels))
        harder = list(levels)
        position = rng.randrange(len(harder))
        harder[position] = rng.choice(LEVELS[index(harder[position]):])
        assert index(cefr.document_level(harder)) >= base


def test_a_letter_is_never_rated_above_its_hardest_sentence():
    rng = random.Random(5)
    for _ in range(2000):
        levels = random_levels(rng)
        assert index(cefr.document_level(levels)) <= max(map(index, levels))


def test_deleting_a_sentence_never_raises_the_level_of_a_letter_that_keeps_seven():
    rng = random.Random(13)
    for _ in range(2000):
        levels = random_levels(rng) + ["A1"] * 7
        base = index(cefr.document_level(levels))
        shorter = list(levels)
        del shorter[rng.randrange(len(shorter))]
        if len(shorter) >= 7:
            assert index(cefr.document_level(shorter)) <= base


def test_adding_a_sentence_at_or_below_the_letter_level_never_raises_it():
    rng = random.Random(17)
    for _ in range(2000):
        levels = random_levels(rng)
        level = cefr.document_level(levels)
        added = levels + [rng.choice(LEVELS[:index(level) + 1])]
        assert index(cefr.document_level(added)) <= index(level)


def test_a2_needs_more_than_a_low_average():
    assert cefr.document_level(["B1"] * 4 + ["A1"] * 30) == "B1"
    assert cefr.document_level(["B1"] * 3 + ["A1"] * 30) == "A1"  # three hard sentences are three findings
    assert cefr.document_level(["C2"] + ["A1"] * 30) == "B2"  # one very hard sentence lifts the letter


def test_one_very_long_or_rare_worded_sentence_is_above_a2():
    easy_lint, rare = 20.0, 1.0
    assert index(cefr.sentence_level(easy_lint, 30, 5.0)) > index("A2")
    assert index(cefr.sentence_level(easy_lint, 8, rare)) > index("A2")
    assert cefr.sentence_level(easy_lint, 8, 5.0) in ("A1", "A2")


def test_bands_are_ordered():
    bands = cefr.bands()["sentence"]
    for key in ("lint", "words"):
        assert bands[key] == sorted(bands[key])
    assert bands["rarest_word_zipf_below"] == sorted(bands["rarest_word_zipf_below"], reverse=True)


def test_short_texts_follow_half_of_their_sentences():
    assert cefr.document_level(["B1"]) == "B1"
    assert cefr.document_level(["A2", "A2"]) == "A2"
    assert cefr.document_level(["B1", "B1", "B1", "A1"]) == "B1"
    assert cefr.document_level(["C1", "A1", "A1"]) == "B1"


def test_two_a2_sentences_of_14_and_15_words_are_not_rated_above_a2():
    """The example of issue #16: each sentence is A2, the letter was rated B2 by its average."""
    first = "Op dinsdag 17 maart is er een ouderavond voor de ouders van groep 8."
    second = "U hoort hoe de school uw kind helpt bij de keuze voor een nieuwe school."
    report = analyse(f"{first} {second}")
    assert [s.words for s in report.sentences] == [14, 15]
    assert [s.level for s in report.sentences] == ["A2", "A2"]
    assert report.level == "A2"
    for lint in range(0, 101, 5):
        levels = [cefr.sentence_level(lint, 14, 5.0), cefr.sentence_level(lint, 15, 5.0)]
        assert index(cefr.document_level(levels)) <= index("B1")
        if lint <= cefr.bands()["sentence"]["lint"][1]:
            assert cefr.document_level(levels) == "A2"
