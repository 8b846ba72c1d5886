"""The CEFR estimate is monotone: a harder text never gets a lower level."""
import itertools
import random

from readability import cefr
from readability.report import LEVELS


def index(level):
    return LEVELS.index(level)


def test_sentence_level_is_monotone_in_every_measure():
    rng = random.Random(7)
    for _ in range(2000):
        lint, words, zipf = rng.uniform(0, 100), rng.randint(1, 60), rng.uniform(0, 7)
        base = index(cefr.sentence_level(lint, words, zipf))
        assert index(cefr.sentence_level(lint + rng.uniform(0, 20), words, zipf)) >= base
        assert index(cefr.sentence_level(lint, words + rng.randint(0, 10), zipf)) >= base
        assert index(cefr.sentence_level(lint, words, zipf - rng.uniform(0, 2))) >= base


def test_document_level_is_monotone():
    rng = random.Random(11)
    for _ in range(2000):
        levels = [rng.choice(LEVELS) for _ in range(rng.randint(1, 12))]
        lint, average = rng.uniform(0, 100), rng.uniform(3, 30)
        base = index(cefr.document_level(lint, average, levels))
        harder = list(levels)
        harder[rng.randrange(len(harder))] = "C2"
        assert index(cefr.document_level(lint, average, harder)) >= base
        assert index(cefr.document_level(lint + 5, average + 2, levels)) >= base


def test_one_very_long_or_rare_worded_sentence_is_above_a2():
    easy_lint, rare = 20.0, 1.0
    assert index(cefr.sentence_level(easy_lint, 30, 5.0)) > index("A2")
    assert index(cefr.sentence_level(easy_lint, 8, rare)) > index("A2")
    assert cefr.sentence_level(easy_lint, 8, 5.0) in ("A1", "A2")


def test_bands_are_ordered():
    bands = cefr.bands()
    for section, key in itertools.product(("sentence", "document"), ("lint",)):
        assert bands[section][key] == sorted(bands[section][key])
    assert bands["sentence"]["words"] == sorted(bands["sentence"]["words"])
    assert bands["sentence"]["rarest_word_zipf_below"] == sorted(bands["sentence"]["rarest_word_zipf_below"], reverse=True)


def test_document_formula_alone_lifts_easy_sentences_at_most_one_level():
    assert cefr.document_level(60.0, 6.0, ["A1", "A1", "A1"]) == "A2"
    assert cefr.document_level(60.0, 6.0, ["A1", "B1", "A1"]) == "B2"
