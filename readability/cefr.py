"""CEFR estimate (A1..C2) for sentences and documents, from bands kept as data."""
from __future__ import annotations

import functools
import math
from pathlib import Path

import yaml

from readability.report import LEVELS, Level

BANDS_FILE = Path(__file__).parent / "data" / "cefr_bands.yaml"


@functools.cache
def bands() -> dict:
    return yaml.safe_load(BANDS_FILE.read_text(encoding="utf8"))


def level_index(level: Level) -> int:
    return LEVELS.index(level)


def word_limit(target: Level) -> int:
    """The most words a sentence at the target level should have."""
    return bands()["sentence"]["words"][level_index(target)]


def by_upper_bounds(value: float | None, bounds: list[float]) -> int:
    """Index of the first band whose upper bound the value does not exceed (0 = A1)."""
    if value is None:
        return 0
    return next((index for index, bound in enumerate(bounds) if value <= bound), len(bounds))


def by_rarity(zipf: float | None, thresholds: list[float]) -> int:
    """Rarer words (lower Zipf) push the level up one step per threshold crossed."""
    if zipf is None:
        return 0
    return sum(zipf < threshold for threshold in thresholds)


def sentence_level(lint: float | None, words: int, rarest_zipf: float | None) -> Level:
    config = bands()["sentence"]
    return LEVELS[max(
        by_upper_bounds(lint, config["lint"]),
        by_upper_bounds(words, config["words"]),
        by_rarity(rarest_zipf, config["rarest_word_zipf_below"]),
    )]


def document_level(lint: float | None, average_words: float, sentence_levels: list[Level]) -> Level:
    """Highest of: the document LiNT-II band (at most one above the hardest sentence, so a short
    letter of easy sentences is not lifted by the document formula alone), the average sentence
    length band, and the level a share of the sentences reaches. Each part is monotone."""
    config = bands()["document"]
    hardest = max((level_index(level) for level in sentence_levels), default=0)
    return LEVELS[max(
        min(by_upper_bounds(lint, config["lint"]), hardest + 1),
        by_upper_bounds(average_words, config["average_words"]),
        _level_reached_by_share(sentence_levels, config["hard_sentence_share"]),
    )]


def _level_reached_by_share(levels: list[Level], share: float) -> int:
    """The highest level that at least `share` of the sentences reach."""
    if not levels:
        return 0
    ranked = sorted((level_index(level) for level in levels), reverse=True)
    return ranked[max(0, math.ceil(share * len(ranked)) - 1)]
