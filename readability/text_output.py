"""Human-readable report for the terminal, in Dutch, each finding at line:column."""
from __future__ import annotations

import bisect
import re

from readability.constructions import rewrites_sentence
from readability.report import Report

SEVERITY_WORDS = {"error": "moet anders", "warning": "liever anders", "info": "tip"}


def line_starts(text: str) -> list[int]:
    """Offsets where the lines of `text` start (look them up once, then each offset in log time)."""
    return [0, *(match.end() for match in re.finditer("\n", text))]


def line_column(starts: list[int], offset: int) -> tuple[int, int]:
    """1-based line and column of a character offset, given the text's `line_starts`."""
    line = bisect.bisect_right(starts, offset)
    return line, offset - starts[line - 1] + 1


def render(report: Report, *, fix_preview: bool = False) -> str:
    verdict = "GOED" if report.verdict == "pass" else "NIET VERSTUREN"
    lines = [
        f"Niveau: {report.level} (doel {report.target}) - {verdict}",
        report.summary,
        f"{report.stats.words} woorden, {report.stats.sentences} zinnen, "
        f"gemiddeld {report.stats.avg_sentence_length} woorden per zin.",
    ]
    if report.findings:
        lines.append("")
        lines.append(f"{len(report.findings)} opmerkingen:")
    starts = line_starts(report.text)
    for finding in report.findings:
        line, column = line_column(starts, finding.start)
        excerpt = finding.text if len(finding.text) <= 60 else finding.text[:57] + "..."
        lines.append(f"{line}:{column} [{SEVERITY_WORDS[finding.severity]}] {finding.rule}: '{excerpt}'")
        lines.append(f"    {finding.message}")
        if rewrites_sentence(finding):
            lines.append(f"    Nieuwe zin: {finding.suggestions[0]}")
        elif finding.suggestions:
            lines.append(f"    Beter: {' / '.join(finding.suggestions)}")
    if fix_preview and report.improved_text is not None:
        lines += ["", "Tekst met eenvoudiger woorden:", "", report.improved_text]
    return "\n".join(lines)
