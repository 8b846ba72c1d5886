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
    """Highest of the length band and the rarest-word band, lifted by the LiNT-II band by at most
    `lint_lifts_at_most` levels (one sentence's LiNT-II score is noisy: one noun more or less
    moves its concrete-noun share from 0 to 1)."""
    config = bands()["sentence"]
    plain = max(by_upper_bounds(words, config["words"]), by_rarity(rarest_zipf, config["rarest_word_zipf_below"]))
    by_lint = min(by_upper_bounds(lint, config["lint"]), plain + config["lint_lifts_at_most"])
    return LEVELS[max(plain, by_lint)]


def document_level(sentence_levels: list[Level]) -> Level:
    """The higher of: the level that `sentences_at_level` sentences reach (half of them, rounded
    up, in a text of fewer sentences than twice that), and the hardest sentence's level minus
    `below_hardest`. A count, not a share: adding or deleting sentences at or below the letter's
    level never changes it. Never above the hardest sentence; monotone in every sentence."""
    config = bands()["document"]
    ranked = sorted((level_index(level) for level in sentence_levels), reverse=True)
    if not ranked:
        return LEVELS[0]
    count = min(config["sentences_at_level"], math.ceil(len(ranked) / 2))
    return LEVELS[max(ranked[count - 1], ranked[0] - config["below_hardest"])]
