"""What every construction module returns: the construction's words in a unit, what to say
about them, and the rewrite where one can be made safely."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from readability.analysis import Unit
from readability.report import Finding, Level, Severity

SEVERITIES: tuple[Severity, ...] = ("info", "warning")


@dataclass(frozen=True)
class Found:
    rule: str
    tokens: tuple[Token, ...]  # the construction's words, left to right; the span runs from first to last
    message: str  # the finding's message, Dutch at B1 or easier
    reason: str  # the same in a few words, for the list of reasons of a sentence above target
    suggestions: tuple[str, ...] = ()  # for sentence-level rewrites the first is the whole new sentence

    def finding(self, unit: Unit, severity: Severity) -> Finding:
        start = unit.offset(self.tokens[0])
        end = unit.offset(self.tokens[-1]) + len(self.tokens[-1].text)
        return Finding(rule=self.rule, start=start, end=end, text=unit.text[start - unit.start:end - unit.start],
                       message=self.message, suggestions=list(self.suggestions), severity=severity)


def severity(levels: dict[str, Severity], target: Level, above_target: bool) -> Severity:
    """A rule's severity for the target (from its data file), one step higher in a sentence above
    target, never "error": a construction alone does not hold a letter back (its level does)."""
    base = SEVERITIES.index(levels[target])
    return SEVERITIES[min(base + above_target, SEVERITIES.index("warning"))]
