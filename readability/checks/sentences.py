"""The sentences of a letter with their paragraph, for checks that look at what a fact is near to.

A fact belongs to something when it is in the same sentence or in the sentence right before or
after it in the same paragraph ("De ouderavond is op dinsdag 17 september. Hij begint om 19.30 uur.").
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from readability.analysis import Analysis
from readability.checks.patterns import has

PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
NEAR = 1  # sentences before and after that still count as "near"


class Sentences:
    """The units of the letter (or its lines when it was not parsed), with pattern tests memoised."""

    def __init__(self, analysis: Analysis):
        text = analysis.text
        spans = [(unit.start, unit.end) for unit in analysis.units] or [
            match.span() for match in re.finditer(r"[^\n]+", text)]
        breaks = [match.end() for match in PARAGRAPH_BREAK.finditer(text)]
        self.text, self.spans = text, spans
        self.starts = [start for start, _ in spans]
        self.texts = [text[start:end] for start, end in spans]
        self.kinds = [unit.kind for unit in analysis.units] or ["sentence"] * len(spans)
        self.paragraphs = [bisect.bisect_right(breaks, start) for start, _ in spans]
        self._memo: dict[tuple[str, int], bool] = {}

    def __len__(self) -> int:
        return len(self.texts)

    def has(self, name: str, i: int) -> bool:
        """Whether sentence `i` matches the pattern group `name` of patterns.yaml."""
        key = (name, i)
        if key not in self._memo:
            self._memo[key] = has(name, self.texts[i])
        return self._memo[key]

    def near(self, i: int, test: Callable[[int], bool]) -> bool:
        """Whether `test` holds for sentence `i` or a sentence next to it in the same paragraph."""
        return any(test(j) for j in range(max(0, i - NEAR), min(len(self), i + NEAR + 1))
                   if self.paragraphs[j] == self.paragraphs[i])

    def in_paragraph(self, paragraph: int) -> range:
        """The sentences of paragraph number `paragraph`."""
        return range(bisect.bisect_left(self.paragraphs, paragraph), bisect.bisect_right(self.paragraphs, paragraph))
