"""Why a sentence is above target, in plain Dutch, with the words involved, and its findings.

The constructions a writer can change (long sentence, passive, verb bracket, nominal style)
come from readability/constructions/; this module adds what LiNT-II and the word list see:
rare words, stacked subordinate clauses, much information in one clause.
"""
from __future__ import annotations

from readability.cefr import bands, level_index
from readability.constructions import Found
from readability.features import UnitFeatures
from readability.report import Finding, Level

MANY_CONTENT_WORDS = 6  # content words per clause
FIRST_RULES = ("long-sentence", "passive")  # said before the word-level reasons


def rare_below(target: Level) -> float:
    thresholds = bands()["sentence"]["rarest_word_zipf_below"]
    return thresholds[min(level_index(target), len(thresholds) - 1)]


def sentence_reasons(features: UnitFeatures, target: Level, found: list[Found]) -> list[str]:
    """Concrete reasons, hardest first; empty when nothing specific stands out."""
    first = sorted((item for item in found if item.rule in FIRST_RULES), key=lambda item: FIRST_RULES.index(item.rule))
    reasons = [item.reason for item in first]
    for token, _ in features.rare_words(rare_below(target)):
        reasons.append(f"Weinig gebruikt woord: '{token.text}'.")
    if features.subordinate_clauses >= 2:
        reasons.append(f"{features.subordinate_clauses} bijzinnen in één zin. Zet elke gedachte in een eigen zin.")
    reasons += [item.reason for item in found if item.rule not in FIRST_RULES]
    density = features.lint_analysis.content_words_per_clause
    if density is not None and density >= MANY_CONTENT_WORDS:
        reasons.append("Veel informatie in één zin. Vertel één ding per zin.")
    return reasons or [_least_familiar_words(features)]


def _least_familiar_words(features: UnitFeatures) -> str:
    """LiNT-II finds the sentence hard mostly through its less familiar words: name them."""
    words = [feature.token.text for feature, _ in features.lint_analysis.get_top_n_least_frequent(2)]
    if not words:
        return "Veel moeilijke of abstracte woorden in één zin. Gebruik gewone woorden."
    quoted = " en ".join(f"'{word}'" for word in words)
    return f"Minder bekende woorden: {quoted}. Kies woorden die iedereen kent, of leg ze uit."


def sentence_findings(features: UnitFeatures, level: Level, target: Level, reasons: list[str]) -> list[Finding]:
    """A finding on the sentence itself, plus one on each rare word."""
    unit = features.unit
    steps_above = level_index(level) - level_index(target)
    findings = [Finding(
        rule="sentence.level",
        start=unit.start,
        end=unit.end,
        text=unit.text,
        message=f"Deze zin is niveau {level}: te moeilijk voor {target}. " + " ".join(reasons),
        severity="error" if steps_above >= 2 else "warning",
    )]
    for token, _ in features.rare_words(rare_below(target)):
        start = unit.offset(token)
        findings.append(Finding(
            rule="rare-word", start=start, end=start + len(token.text), text=token.text,
            message=f"Weinig gebruikt woord. Veel ouders kennen '{token.text}' niet. Kies een gewoon woord of leg het uit.",
            severity="info",
        ))
    return findings
