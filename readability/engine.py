"""Analyse a letter: units, features, CEFR level, reasons and checks, as one Report."""
from __future__ import annotations

import statistics
from typing import get_args

import textstat
from spacy.tokens import Doc

from readability import cefr, checks, constructions, markup
from readability.analysis import Analysis, Unit
from readability.errors import (
    MAX_MARKUP_CHARACTERS, UnusableInput, require_analysable_size, require_usable_text,
)
from readability.features import LintFormula, UnitFeatures, document_lint, forget_letter_words, unit_features
from readability.nlp import get_nlp, model_info
from readability.cefr import word_limit
from readability.reasons import rare_below, sentence_findings, sentence_reasons
from readability.report import (
    Finding, InputFormat, Level, ModelInfo, Report, Scores, SentenceReport, Stats, Target,
)
from readability.segment import segment
from readability.tokenize import tokenize

SCORED_KINDS = ("sentence", "list-item")
MAX_BATCH_TOKENS = 1_000  # the pipeline needs about 25 KB per token of a batch while it runs
textstat.set_lang("nl")  # Flesch reading ease with Douma's Dutch constants


def analyse(source: str, *, input_format: InputFormat = "text", target: Target = "A2",
            school_glossary=None) -> Report:
    """Analyse text, Markdown or HTML; offsets in the report point into `report.text`."""
    if input_format == "text":
        return analyse_text(source, input_format="text", target=target, school_glossary=school_glossary)
    require_usable_text(source, limit=MAX_MARKUP_CHARACTERS)
    text = markup.to_plain_text(source, input_format)
    return analyse_text(text, input_format=input_format, target=target, school_glossary=school_glossary)


def analyse_text(text: str, *, input_format: InputFormat = "text", target: Target = "A2",
                 school_glossary=None) -> Report:
    """Analyse plain text that was already extracted (from a file, HTML, an e-mail...)."""
    require_usable_text(text)
    if target not in get_args(Target):
        raise UnusableInput("bad-format", f"Onbekend doelniveau: {target}. Kies A1, A2 of B1.",
                            f"Unknown target level {target!r}; choose A1, A2 or B1.")
    try:
        return report_for(parse(text), input_format=input_format, target=target, school_glossary=school_glossary)
    finally:
        forget_letter_words()


def report_for(analysis: Analysis, *, input_format: InputFormat, target: Target, school_glossary=None) -> Report:
    """Everything after parsing: features, levels, reasons, checks, improved text."""
    text = analysis.text
    features = [unit_features(unit) for unit in analysis.units]
    scored = scored_units(features)
    sentences, sentence_level_findings = _sentences(features, target)
    level, lint = document_estimate(features)
    findings = _without_overlapping_word_findings(
        sentence_level_findings, checks.run_checks(analysis, school_glossary)
    )
    verdict = "hold" if _needs_hold(level, target, findings) else "pass"
    return Report(
        level=level,
        target=target,
        verdict=verdict,
        summary=_summary(level, target, verdict, sum(cefr.level_index(unit_level(f)) > cefr.level_index(target) for f in scored)),
        scores=Scores(lint=lint.score, lint_level=lint.level, flesch_douma=_flesch_douma(text, scored)),
        stats=_stats(text, scored, target, sentence_level_findings),
        sentences=sentences,
        findings=findings,
        model=ModelInfo(**model_info(get_nlp())),
        input_format=input_format,
        text=text,
        improved_text=checks.improve_text(text, findings),
    )


def scored_units(features: list[UnitFeatures]) -> list[UnitFeatures]:
    """The units the level is measured on: sentences and list items (all units if there are none)."""
    return [f for f in features if f.unit.kind in SCORED_KINDS] or features


def unit_level(f: UnitFeatures) -> Level:
    rarest = f.rarest
    return cefr.sentence_level(f.lint, f.words, rarest[1] if rarest else None)


def document_estimate(features: list[UnitFeatures]) -> tuple[Level, LintFormula]:
    """The letter's CEFR level and LiNT-II score, from the features of all its units."""
    scored = scored_units(features)
    return cefr.document_level([unit_level(f) for f in scored]), document_lint(scored)


def parse(text: str) -> Analysis:
    """Rule-based units, each its own Doc, parsed by the pipeline in batches."""
    segments = segment(text)
    nlp = get_nlp()
    require_analysable_size(len(segments))  # before tokenising them
    docs = [tokenize(nlp, text[s.start:s.end]) for s in segments]
    require_analysable_size(len(segments), sum(len(doc) for doc in docs))
    parsed = [doc for batch in _batches(docs) for doc in nlp.pipe(batch)]
    return Analysis(text, [Unit(s.start, s.end, s.kind, doc) for s, doc in zip(segments, parsed)])


def _batches(docs: list[Doc]):
    """Consecutive docs of at most MAX_BATCH_TOKENS tokens together (or one larger doc alone): the
    pipeline's memory grows with the tokens of a batch, not with its number of docs."""
    batch, tokens = [], 0
    for doc in docs:
        if batch and tokens + len(doc) > MAX_BATCH_TOKENS:
            yield batch
            batch, tokens = [], 0
        batch.append(doc)
        tokens += len(doc)
    if batch:
        yield batch


def _sentences(features: list[UnitFeatures], target: Level) -> tuple[list[SentenceReport], list[Finding]]:
    reports, findings = [], []
    for f in features:
        level = unit_level(f)
        scored = f.unit.kind in SCORED_KINDS
        above = scored and cefr.level_index(level) > cefr.level_index(target)
        found = constructions.find_constructions(f.unit, target) if scored else []
        reasons = sentence_reasons(f, target, found) if above else []
        if above:
            findings.extend(sentence_findings(f, level, target, reasons))
        findings.extend(constructions.as_findings(f.unit, found, target, above))
        reports.append(SentenceReport(
            start=f.unit.start, end=f.unit.end, text=f.unit.text, kind=f.unit.kind,
            words=f.words, level=level, lint=f.lint, reasons=reasons,
        ))
    return reports, findings


def _without_overlapping_word_findings(sentence_findings: list[Finding], check_findings: list[Finding]) -> list[Finding]:
    """A glossary finding explains a word better than 'rare word': keep only the former."""
    covered = [(f.start, f.end) for f in check_findings]
    kept = [
        f for f in sentence_findings
        if f.rule != "rare-word" or not any(start < f.end and f.start < end for start, end in covered)
    ]
    return sorted(kept + check_findings, key=lambda f: (f.start, -f.end, f.rule))


def _needs_hold(level: Level, target: Level, findings: list[Finding]) -> bool:
    return cefr.level_index(level) > cefr.level_index(target) or any(f.severity == "error" for f in findings)


def _summary(level: Level, target: Level, verdict: str, hard_sentences: int) -> str:
    if verdict == "pass":
        return f"Deze tekst is niveau {level}. Dat past bij het doel {target}."
    advice = f" {hard_sentences} {'zin is' if hard_sentences == 1 else 'zinnen zijn'} te moeilijk." if hard_sentences else ""
    return f"Deze tekst is niveau {level}. Het doel is {target}. Maak de tekst eenvoudiger.{advice}"


def _flesch_douma(text: str, scored: list[UnitFeatures]) -> float | None:
    running_text = "\n".join(f.unit.text for f in scored)
    return round(textstat.flesch_reading_ease(running_text), 1) if running_text.strip() else None


def _stats(text: str, scored: list[UnitFeatures], target: Level, sentence_findings: list[Finding]) -> Stats:
    lengths = [f.words for f in scored]
    zipfs = [zipf for f in scored for _, zipf in f.word_zipfs]
    return Stats(
        characters=len(text),
        words=sum(lengths),
        sentences=len(scored),
        avg_sentence_length=round(statistics.fmean(lengths), 1),
        max_sentence_length=max(lengths),
        long_sentences=sum(length > word_limit(target) for length in lengths),
        passives=sum(f.rule == "passive" for f in sentence_findings),
        subordinate_clauses=sum(f.subordinate_clauses for f in scored),
        nominalisations=sum(f.rule == "nominal-style" for f in sentence_findings),
        rare_words=sum(len(f.rare_words(rare_below(target))) for f in scored),
        avg_word_zipf=round(statistics.fmean(zipfs), 2) if zipfs else None,
    )
