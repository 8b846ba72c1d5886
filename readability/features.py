"""Per-unit readability features: LiNT-II's four (computed by lint-ii on our own parse)
plus the sentence measures we explain to writers (length, clauses, rare words); the
constructions (passive, verb bracket, nominal style) are in readability/constructions/."""
from __future__ import annotations

import functools
import json
import statistics
from dataclasses import dataclass, field
from functools import cached_property
from itertools import accumulate

import lint_ii.linguistic_data.wordlists as lint_wordlists
from lint_ii.core.lint_scorer import LintScorer
from lint_ii.core.sentence_analysis import SentenceAnalysis
from lint_ii.core.word_features import WordFeatures
from lint_ii.linguistic_data import LINGUISTIC_DATA_PATH, SuperSemTypes
from spacy.tokens import Token
import wordfreq
from wordfreq import zipf_frequency

from readability.analysis import Unit

# lint-ii tests membership in these lists once per word; sets make that constant time.
lint_wordlists.FREQ_SKIPLIST = frozenset(lint_wordlists.FREQ_SKIPLIST)
lint_wordlists.MANNER_ADVERBS = frozenset(lint_wordlists.MANNER_ADVERBS)

CONTENT_POS = {"NOUN", "VERB", "ADJ", "ADV"}
MAX_COMPOUND_LETTERS = 40  # the longest compounds in our letters have fewer than 30


def _published_coefficients() -> dict[str, float]:
    """LiNT-II coefficients published for spaCy 3.7 pipelines and lint-ii's newest noun list."""
    fits = json.loads((LINGUISTIC_DATA_PATH / "coefficients.json").read_text(encoding="utf8"))
    noun_list = lint_wordlists.PATH_NOUNS_SEM_TYPES.stem
    for fit in fits:
        if fit["model_version"] == "3.7.0" and fit["noun_list"] == noun_list:
            return {name: values["coef"] for name, values in fit["coefficients"].items()}
    raise RuntimeError(f"lint-ii ships no coefficients for spaCy 3.7 and noun list {noun_list}")


class LintFormula(LintScorer):
    """lint-ii's scorer with the published coefficients, without lint-ii loading its own model."""

    COEFFICIENTS = _published_coefficients()


class _CachedOnce:
    """functools.cached_property without its per-call lock (Python 3.11 takes an RLock on
    every first access, which costs more than most of lint-ii's per-word features)."""

    def __init__(self, compute):
        self.compute = compute
        self.name = compute.__name__

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.compute(instance)
        return value


def _without_locks(cls: type) -> type:
    """Class decorator: every cached_property `cls` inherits from lint-ii becomes a _CachedOnce.
    The values are lint-ii's own; only the locking is gone."""
    for base in cls.__mro__[1:]:
        for name, attribute in vars(base).items():
            if isinstance(attribute, cached_property) and name not in vars(cls):
                setattr(cls, name, _CachedOnce(attribute.func))
    return cls


@_without_locks
class FastWordFeatures(WordFeatures):
    """lint-ii's word features, with the dependency length read from a per-sentence table.

    lint-ii slices the Doc for every word (quadratic in sentence length); counting the words
    between a word and its head from running totals gives the same number.
    """

    _wordlists = lint_wordlists  # lint-ii's property imports the module again for every look-up

    def _calculate_dep_length(self, head: Token) -> int:
        if self.token.dep_ == "punct":
            return 0
        words_before = self.sentence_analysis.words_before
        low, high = sorted((self.token.i, head.i))
        return max(words_before[high] - words_before[low] - 1, 0)


@_without_locks
class FastSentenceAnalysis(SentenceAnalysis):
    """lint-ii's sentence analysis on our Doc, built from FastWordFeatures."""

    @_CachedOnce
    def word_features(self) -> list[WordFeatures]:
        features = [FastWordFeatures(token) for token in self.doc]
        for feature in features:
            feature.sentence_analysis = self
        return features

    @_CachedOnce
    def mean_log_word_frequency(self) -> float | None:
        """lint-ii's mean, in floats (statistics.mean adds exact fractions, 20 times slower)."""
        frequencies = [f.word_frequency for f in self.word_features if f.word_frequency is not None]
        return statistics.fmean(frequencies) if frequencies else None

    @_CachedOnce
    def n_subordinate_clauses(self) -> int:
        """lint-ii's count, without building every clause's word list first."""
        return sum(feature.is_in_subordinate_clause for feature in self.word_features)

    @_CachedOnce
    def words_before(self) -> list[int]:
        """words_before[i]: tokens before position i that are not punctuation."""
        return [0, *accumulate(token.dep_ != "punct" for token in self.doc)]


@functools.lru_cache(maxsize=65536)  # emptied after every letter: see forget_letter_words
def word_zipf(word: str) -> float:
    """Zipf frequency of a word; a compound of two common parts counts as its rarer part.
    Words longer than MAX_COMPOUND_LETTERS are not split (the cost of splitting grows with the
    square of the length, and no real compound is that long)."""
    word = word.lower()
    zipf = zipf_frequency(word, "nl")
    if zipf >= 3.0 or not 8 <= len(word) <= MAX_COMPOUND_LETTERS:
        return zipf
    return max(zipf, _compound_zipf(word))


@functools.lru_cache(maxsize=65536)
def _compound_zipf(word: str) -> float:
    """Best split into a known head and a modifier that is a word or itself such a compound."""
    best = 0.0
    for cut in range(3, len(word) - 2):
        head_zipf = zipf_frequency(word[cut:], "nl")
        if head_zipf < 3.0:
            continue
        for modifier in {word[:cut], word[:cut].removesuffix("s"), word[:cut].removesuffix("e")}:
            if len(modifier) >= 3:
                modifier_zipf = max(zipf_frequency(modifier, "nl"), _compound_zipf(modifier) if len(modifier) >= 6 else 0.0)
                best = max(best, min(modifier_zipf, head_zipf))
    return best - 0.3  # a compound is a little harder than its parts


def forget_letter_words() -> None:
    """Empty every cache that holds words of a letter, ours and wordfreq's (which keeps up to 100,000
    looked-up words), so that no word of a letter outlives its check."""
    word_zipf.cache_clear()
    _compound_zipf.cache_clear()
    wordfreq._wf_cache.clear()


@dataclass(eq=False)
class UnitFeatures:
    unit: Unit
    words: int
    lint: float | None
    lint_analysis: SentenceAnalysis
    concrete_nouns: int
    typed_nouns: int  # concrete, abstract or undefined: the nouns LiNT-II's proportion counts
    subordinate_clauses: int = 0
    word_zipfs: list[tuple[Token, float]] = field(default_factory=list)

    @property
    def rarest(self) -> tuple[Token, float] | None:
        return min(self.word_zipfs, key=lambda pair: pair[1], default=None)

    def rare_words(self, below: float) -> list[tuple[Token, float]]:
        return [(token, zipf) for token, zipf in self.word_zipfs if zipf < below]


def unit_features(unit: Unit) -> UnitFeatures:
    analysis = FastSentenceAnalysis(unit.doc)
    words = [token for token in unit.doc if not (token.is_punct or token.is_space)]
    concrete, typed = _noun_counts(analysis)
    return UnitFeatures(
        unit=unit,
        words=len(words),
        lint=_lint(analysis, concrete / typed if typed else None).score,
        lint_analysis=analysis,
        concrete_nouns=concrete,
        typed_nouns=typed,
        subordinate_clauses=analysis.n_subordinate_clauses,
        word_zipfs=[(token, word_zipf(token.text)) for token in words if _is_content_word(token)],
    )


def _noun_counts(analysis: SentenceAnalysis) -> tuple[int, int]:
    """Concrete nouns and all typed nouns, in one pass (lint-ii's properties take three)."""
    types = [feature.super_sem_type for feature in analysis.word_features]
    concrete = types.count(SuperSemTypes.CONCRETE)
    return concrete, concrete + types.count(SuperSemTypes.ABSTRACT) + types.count(SuperSemTypes.UNDEFINED)


def _lint(analysis: SentenceAnalysis, proportion_concrete: float | None) -> LintFormula:
    return LintFormula(
        freq_log=analysis.mean_log_word_frequency,
        max_sdl=analysis.max_sdl,
        content_words_per_clause=analysis.content_words_per_clause,
        proportion_concrete=proportion_concrete,
    )


def document_lint(features: list[UnitFeatures]) -> LintFormula:
    """Document LiNT-II score, aggregated the way lint-ii's ReadabilityAnalysis does."""
    analyses = [f.lint_analysis for f in features]
    frequencies = [wf.word_frequency for a in analyses for wf in a.word_features if wf.word_frequency is not None]
    sdls = [a.max_sdl for a in analyses if a.max_sdl is not None]
    densities = [a.content_words_per_clause for a in analyses if a.content_words_per_clause is not None]
    concrete = sum(f.concrete_nouns for f in features)
    nouns = sum(f.typed_nouns for f in features)
    return LintFormula(
        freq_log=statistics.fmean(frequencies) if frequencies else None,
        max_sdl=statistics.fmean(sdls) if sdls else None,
        content_words_per_clause=statistics.fmean(densities) if densities else None,
        proportion_concrete=concrete / nouns if nouns else None,
    )


def _is_content_word(token: Token) -> bool:
    return (
        token.pos_ in CONTENT_POS
        and token.is_alpha
        and len(token.text) > 2
        and not (token.text[0].isupper() and token.i > 0)  # names and acronyms are not vocabulary
    )
