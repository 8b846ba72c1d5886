"""Cut a report's text into pieces for the web page: sentences tinted by level, findings marked;
and the improved text cut around the sentences that have a rewrite to take over.

Sentences and findings may start and end anywhere (findings may overlap each other), so the
text is cut at every boundary; each piece knows its sentence and every finding that covers it.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from readability.checks import improved_pieces
from readability.constructions import rewrites_sentence
from readability.report import LEVELS, Report, SentenceReport

SEVERITY_ORDER = ("info", "warning", "error")


@dataclass
class Part:
    text: str
    findings: list[int]  # indexes into report.findings
    anchors: list[int] = field(default_factory=list)  # findings first shown here: the list beside links to them
    severity: str = ""  # the most severe of `findings`


@dataclass
class Block:
    sentence: SentenceReport | None  # None: the space or line breaks between sentences
    above_target: bool = False
    parts: list[Part] = field(default_factory=list)


@dataclass
class Rewrites:
    pieces: list[str]  # the improved text, cut before and after every sentence that has a rewrite
    piece_of: dict[int, int]  # index of a finding with a sentence rewrite -> index of its sentence's piece


def rewrites(report: Report) -> Rewrites:
    """Where each sentence rewrite goes in the improved text: taking one over replaces its piece."""
    sentence_of = {}
    for index, finding in enumerate(report.findings):
        sentence = next((s for s in report.sentences if s.start <= finding.start and finding.end <= s.end), None)
        if rewrites_sentence(finding) and sentence is not None:
            sentence_of[index] = sentence
    cuts = sorted({offset for s in sentence_of.values() for offset in (s.start, s.end)} - {0, len(report.text)})
    starts = [0, *cuts]
    return Rewrites(improved_pieces(report.text, report.findings, cuts),
                    {index: starts.index(sentence.start) for index, sentence in sentence_of.items()})


def letter_blocks(report: Report) -> list[Block]:
    text, target_index = report.text, LEVELS.index(report.target)
    sentences = sorted(report.sentences, key=lambda s: s.start)
    by_start = sorted(range(len(report.findings)), key=lambda i: report.findings[i].start)
    spans = [(s.start, s.end) for s in sentences] + [(f.start, f.end) for f in report.findings]
    cuts = sorted({0, len(text), *(min(max(offset, 0), len(text)) for span in spans for offset in span)})
    blocks: list[Block] = []
    active: list[int] = []  # findings that cover the current piece, in report order
    anchored: set[int] = set()
    next_sentence = next_finding = 0
    for start, end in zip(cuts, cuts[1:]):
        while next_sentence < len(sentences) and sentences[next_sentence].end <= start:
            next_sentence += 1
        while next_finding < len(by_start) and report.findings[by_start[next_finding]].start <= start:
            active.append(by_start[next_finding])
            next_finding += 1
        active = sorted(i for i in active if report.findings[i].end >= end)
        sentence = sentences[next_sentence] if next_sentence < len(sentences) else None
        if sentence is not None and sentence.start > start:
            sentence = None
        if not blocks or blocks[-1].sentence is not sentence:
            blocks.append(Block(sentence, sentence is not None and LEVELS.index(sentence.level) > target_index))
        anchors = [i for i in active if i not in anchored]
        anchored.update(active)
        parts = blocks[-1].parts
        if parts and parts[-1].findings == active and not anchors:
            parts[-1].text += text[start:end]
        else:
            severity = max((report.findings[i].severity for i in active), key=SEVERITY_ORDER.index, default="")
            parts.append(Part(text[start:end], list(active), anchors, severity))
    return blocks
