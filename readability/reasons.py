"""Why a sentence is above target, in plain Dutch, with the words involved."""
from __future__ import annotations

from readability.cefr import bands, level_index
from readability.features import UnitFeatures
from readability.report import Finding, Level

LONG_DEPENDENCY = 7  # words between two words that belong together
MANY_CONTENT_WORDS = 6  # content words per clause


def word_limit(target: Level) -> int:
    return bands()["sentence"]["words"][level_index(target)]


def rare_below(target: Level) -> float:
    thresholds = bands()["sentence"]["rarest_word_zipf_below"]
    return thresholds[min(level_index(target), len(thresholds) - 1)]


def sentence_reasons(features: UnitFeatures, target: Level) -> list[str]:
    """Concrete reasons, hardest first; empty when nothing specific stands out."""
    reasons = []
    limit = word_limit(target)
    if features.words > limit:
        reason = f"Lange zin: {features.words} woorden (voor {target} liefst niet meer dan {limit})."
        if features.split_before is not None:
            reason += f" Maak er twee zinnen van, bijvoorbeeld bij '{features.split_before.text}'."
        reasons.append(reason)
    text = features.unit.text
    for start, end in features.passives:
        phrase = text[start - features.unit.start:end - features.unit.start]
        reasons.append(f"Lijdende vorm: '{phrase}'. Schrijf wie iets doet, bijvoorbeeld 'wij vragen u'.")
    for token, _ in features.rare_words(rare_below(target)):
        reasons.append(f"Weinig gebruikt woord: '{token.text}'.")
    if features.subordinate_clauses >= 2:
        reasons.append(f"{features.subordinate_clauses} bijzinnen in één zin. Zet elke gedachte in een eigen zin.")
    for token in features.nominalisations:
        reasons.append(f"Werkwoord als zelfstandig naamwoord: '{token.text}'. Gebruik liever het werkwoord.")
    far = features.long_dependency()
    if far is not None and far[2] >= LONG_DEPENDENCY:
        first, second = sorted((far[0], far[1]), key=lambda token: token.i)
        reasons.append(f"'{first.text}' en '{second.text}' horen bij elkaar, maar staan ver uit elkaar.")
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
    """A finding on the sentence itself, plus one on each passive and each rare word."""
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
    for start, end in features.passives:
        findings.append(Finding(
            rule="passive", start=start, end=end, text=unit.text[start - unit.start:end - unit.start],
            message="Lijdende vorm. Schrijf wie iets doet: 'wij vragen u' in plaats van 'u wordt gevraagd'.",
            severity="info",
        ))
    for token, _ in features.rare_words(rare_below(target)):
        start = unit.offset(token)
        findings.append(Finding(
            rule="rare-word", start=start, end=start + len(token.text), text=token.text,
            message=f"Weinig gebruikt woord. Veel ouders kennen '{token.text}' niet. Kies een gewoon woord of leg het uit.",
            severity="info",
        ))
    return findings
