"""LiNT-II on our own parse: published coefficients, lint-ii's feature definitions, our measures."""
from pathlib import Path

import pytest
from lint_ii.core.sentence_analysis import SentenceAnalysis

from readability.engine import parse
from readability.features import FastSentenceAnalysis, LintFormula, unit_features, word_zipf

LETTERS = Path(__file__).parent / "data" / "letters"


def test_published_coefficients_reproduce_the_lint_ii_documented_example():
    # lint-ii documents LintScorer(5.2, 3, 4.5, 0.6).score == 21.01 for its spaCy 3.7 fit
    assert LintFormula(freq_log=5.2, max_sdl=3, content_words_per_clause=4.5,
                       proportion_concrete=0.6).score == pytest.approx(21.01, abs=0.05)


def test_sentence_scores_follow_lint_ii_feature_definitions():
    analysis = parse("De kinderen gaan met de bus naar het bos. "
                     "Middels deze brief informeren wij u over de gewijzigde procedure omtrent de registratie.")
    easy, hard = (unit_features(unit) for unit in analysis.units)
    for features in (easy, hard):
        lint = features.lint_analysis
        expected = LintFormula(freq_log=lint.mean_log_word_frequency, max_sdl=lint.max_sdl,
                               content_words_per_clause=lint.content_words_per_clause,
                               proportion_concrete=lint.proportion_of_concrete_nouns).score
        assert features.lint == pytest.approx(expected)
    assert easy.lint < hard.lint


def test_fast_sentence_analysis_gives_lint_iis_own_values():
    """The speed-ups (dependency length from running totals, no locks, float mean) change no value:
    every unit of five labelled letters, against lint-ii's unmodified SentenceAnalysis."""
    text = "\n\n".join(path.read_text(encoding="utf8") for path in sorted(LETTERS.glob("*.txt"))[:5])
    units = parse(text).units
    assert len(units) > 50
    for unit in units:
        fast, original = FastSentenceAnalysis(unit.doc), SentenceAnalysis(unit.doc)
        assert [f.dep_length for f in fast.word_features] == [f.dep_length for f in original.word_features]
        assert [f.heads for f in fast.word_features] == [f.heads for f in original.word_features]
        assert fast.max_sdl == original.max_sdl
        assert fast.content_words_per_clause == original.content_words_per_clause
        assert fast.proportion_of_concrete_nouns == original.proportion_of_concrete_nouns
        assert fast.mean_log_word_frequency == pytest.approx(original.mean_log_word_frequency, abs=1e-12)
        assert [span.text for span in fast.passives] == [span.text for span in original.passives]
        assert fast.n_subordinate_clauses == original.n_subordinate_clauses


def test_subordinate_clause_is_counted():
    analysis = parse("De aanmelding wordt door de school gecontroleerd omdat wij willen weten wie er komt.")
    assert unit_features(analysis.units[0]).subordinate_clauses >= 1


@pytest.mark.parametrize("word, common", [
    ("ouderavond", True), ("tienminutengesprek", True), ("kinderen", True),
    ("absentenregistratie", False), ("glycerol", False),
])
def test_word_rarity_with_transparent_compounds(word, common):
    assert (word_zipf(word) >= 3.5) is common
