"""The one analysis result schema, shared by the CLI, the REST API and the web page.

All offsets (``start``, ``end``) are character offsets into ``Report.text``: the plain text
that was analysed (for HTML, Markdown or e-mail input that is the extracted text).
"""
from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

Level = Literal["A1", "A2", "B1", "B2", "C1", "C2"]
Target = Literal["A1", "A2", "B1"]
Severity = Literal["info", "warning", "error"]
Verdict = Literal["pass", "hold"]
InputFormat = Literal["text", "markdown", "html", "eml"]
LEVELS: tuple[Level, ...] = ("A1", "A2", "B1", "B2", "C1", "C2")


class Finding(BaseModel):
    rule: str = Field(description="Rule id, e.g. 'sentence.length', 'jargon', 'fathers', 'invitation.when'.")
    start: int = Field(ge=0, description="Offset of the first character of the span in `text`.")
    end: int = Field(ge=0, description="Offset just past the span in `text`.")
    text: str = Field(description="The span itself: text[start:end].")
    message: str = Field(description="What is wrong, in plain Dutch.")
    suggestions: list[str] = Field(default_factory=list, description="Simpler wording to use instead.")
    severity: Severity


class SentenceReport(BaseModel):
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    kind: str = Field(description="sentence, heading, salutation, date, list-item or closing.")
    words: int
    level: Level
    lint: float | None = Field(description="LiNT-II score 0-100 (higher is harder); null if not computable.")
    reasons: list[str] = Field(default_factory=list, description="Why the sentence is above target, in Dutch.")


class Scores(BaseModel):
    lint: float | None = Field(description="Document LiNT-II score 0-100 (higher is harder).")
    lint_level: int | None = Field(description="LiNT-II difficulty level 1 (easy) to 4 (very difficult).")
    flesch_douma: float | None = Field(description="Flesch-Douma reading ease (higher is easier).")


class Stats(BaseModel):
    characters: int
    words: int
    sentences: int
    avg_sentence_length: float
    max_sentence_length: int
    long_sentences: int = Field(description="Sentences longer than the target's limit.")
    passives: int = Field(description="Passive clauses (findings of rule `passive`).")
    subordinate_clauses: int
    nominalisations: int = Field(description="Nouns made from verbs with a weak verb or fixed preposition "
                                             "(findings of rule `nominal-style`).")
    rare_words: int
    avg_word_zipf: float | None = Field(description="Mean Zipf frequency of content words (wordfreq).")


class ModelInfo(BaseModel):
    name: str
    version: str


class Report(BaseModel):
    schema_version: Literal["1"] = "1"
    level: Level = Field(description="Estimated CEFR level of the whole text.")
    target: Target
    verdict: Verdict
    summary: str = Field(description="One-line verdict in plain Dutch.")
    scores: Scores
    stats: Stats
    sentences: list[SentenceReport]
    findings: list[Finding]
    model: ModelInfo
    input_format: InputFormat
    text: str = Field(description="The plain text that was analysed; all offsets point into it.")
    improved_text: str | None = Field(
        default=None, description="The text with every safe glossary replacement applied."
    )
