"""Parent-perspective checks: glossary terms, fathers, address, invitation and dialogue.

`run_checks` returns the findings for an Analysis; `improve_text` applies the safe glossary
replacements among them (`improved_pieces`: the same, cut at given offsets).
"""
from __future__ import annotations

import bisect

from readability.analysis import Analysis
from readability.checks import acronyms, address, dialogue, fathers, formal_words, invitation, mothers, school_words
from readability.checks.terms import TermFinding, find_terms
from readability.checks.words import words_of
from readability.glossary import Glossary, builtin_glossary, with_school
from readability.report import Finding


def run_checks(analysis: Analysis, school_glossary: Glossary | None = None) -> list[Finding]:
    words = words_of(analysis)
    glossary = with_school(builtin_glossary(), school_glossary)
    terms = find_terms(words, analysis.text, glossary)
    if fathers.names_both_parents(words):  # "luizenmoeders en -vaders" leaves nobody out
        terms = [finding for finding in terms if finding.rule != "gender"]
    one_sided = fathers.check(analysis, words)
    if one_sided:  # a mother-only letter: also its mother words that no glossary lists
        terms += mothers.check(words, terms)
    terms += acronyms.check(words, analysis.text, terms, glossary.allow)
    terms += school_words.check(words, analysis.text, terms, glossary.allow)
    terms += formal_words.check(words, analysis.text, terms)
    findings = (terms + one_sided + address.check(analysis, words) + invitation.check(analysis)
                + dialogue.check(analysis))
    return sorted(findings, key=lambda finding: (finding.start, finding.end, finding.rule))


def improve_text(text: str, findings: list[Finding]) -> str:
    """`text` with every safe glossary replacement among `findings` applied (back to front)."""
    return "".join(improved_pieces(text, findings, []))


def improved_pieces(text: str, findings: list[Finding], cuts: list[int]) -> list[str]:
    """The improved text cut where the original is cut at `cuts` (sorted offsets into `text`):
    piece i is the improved version of the original between cut i-1 and cut i. A replacement
    that would cross a cut is left out."""
    fixes = sorted({finding.fix for finding in findings if isinstance(finding, TermFinding) and finding.fix},
                   reverse=True)
    bounds = [0, *cuts, len(text)]
    pieces = [text[start:end] for start, end in zip(bounds, bounds[1:])]
    last_start = len(text) + 1
    for start, end, new in fixes:
        piece = bisect.bisect_right(bounds, start) - 1
        if end <= last_start and end <= bounds[piece + 1]:
            offset = bounds[piece]
            pieces[piece] = pieces[piece][:start - offset] + new + pieces[piece][end - offset:]
            last_start = start
    return pieces
