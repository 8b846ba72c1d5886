"""Constructions a writer can recognise and change, found in every sentence whatever its level:
passive, verb bracket, nominal style, long sentence.

Every module in REGISTRY has the same small interface: `RULE` (the finding's rule id),
`data()` (its YAML file next to it, with at least `severity` per target, and
`rewrites_sentence: true` when its first suggestion is the whole sentence rewritten) and
`find(unit, target) -> list[Found]`. Adding a construction is adding a module and its line here.
"""
from __future__ import annotations

from readability.analysis import Unit
from readability.constructions import long_sentence, nominal_style, passive, verb_bracket
from readability.constructions.found import Found, severity
from readability.report import Finding, Level

__all__ = ["Found", "REGISTRY", "as_findings", "find_constructions", "rewrites_sentence"]

REGISTRY = (passive, verb_bracket, nominal_style, long_sentence)
RULES = {module.RULE: module for module in REGISTRY}


def find_constructions(unit: Unit, target: Level) -> list[Found]:
    """Every construction in the unit, in registry order."""
    return [found for module in REGISTRY for found in module.find(unit, target)]


def as_findings(unit: Unit, found: list[Found], target: Level, above_target: bool) -> list[Finding]:
    """Findings with the severity each rule gives for the target (one step more above it)."""
    return [item.finding(unit, severity(RULES[item.rule].data()["severity"], target, above_target)) for item in found]


def rewrites_sentence(finding: Finding) -> bool:
    """The finding's first suggestion is its whole sentence rewritten (to offer, never to apply silently)."""
    module = RULES.get(finding.rule)
    return module is not None and bool(module.data().get("rewrites_sentence")) and bool(finding.suggestions)
