"""Document estimates (CEFR level and LiNT-II) of many texts that share units, for the benches.

The engine parses every unit of a letter as a Doc of its own, so a unit's features depend only on
its text and kind: each distinct unit is parsed once here, and an edited letter or a pair side that
shares units with a text seen before costs only its new units. The estimate is the engine's own
(`document_estimate`); the checks, reasons and report are not built.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from spacy.tokens import Doc  # noqa: E402

from readability.analysis import Analysis, Unit  # noqa: E402
from readability.engine import document_estimate  # noqa: E402
from readability.features import UnitFeatures, unit_features  # noqa: E402
from readability.nlp import get_nlp  # noqa: E402
from readability.report import LEVELS  # noqa: E402
from readability.segment import segment  # noqa: E402


@dataclass(frozen=True)
class Estimate:
    level: str
    lint: float | None  # None when LiNT-II has no score (no clause with a verb, for example)

    def harder_level_than(self, other: Estimate) -> bool:
        return LEVELS.index(self.level) > LEVELS.index(other.level)

    def higher_lint_than(self, other: Estimate) -> bool:
        return self.lint is not None and other.lint is not None and self.lint > other.lint + 1e-9


class Estimator:
    """Document level and LiNT-II of texts; each distinct unit is parsed once."""

    def __init__(self) -> None:
        self._units: dict[tuple[str, str], tuple[Doc, UnitFeatures]] = {}
        self.estimates = 0

    def analysis(self, text: str) -> Analysis:
        """The same Analysis as `readability.engine.parse(text)`, from the parsed units."""
        segments = segment(text)
        keys = [(text[s.start:s.end], s.kind) for s in segments]
        missing = list(dict.fromkeys(key for key in keys if key not in self._units))
        for (unit_text, kind), doc in zip(missing, get_nlp().pipe(unit_text for unit_text, _ in missing)):
            self._units[(unit_text, kind)] = doc, unit_features(Unit(0, len(unit_text), kind, doc))
        return Analysis(text, [Unit(s.start, s.end, s.kind, self._units[key][0]) for s, key in zip(segments, keys)])

    def estimate(self, text: str) -> Estimate:
        analysis = self.analysis(text)
        self.estimates += 1
        level, lint = document_estimate([self._units[(unit.text, unit.kind)][1] for unit in analysis.units])
        return Estimate(level, lint.score)
