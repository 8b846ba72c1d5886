"""Input the engine cannot use: one error type, with a message in Dutch and in English."""
from __future__ import annotations

MAX_CHARACTERS = 200_000  # of the text that is analysed
MAX_MARKUP_CHARACTERS = 4 * MAX_CHARACTERS  # of HTML or Markdown source, whose tags and styles add bulk
# Words and punctuation marks: 200,000 characters of letter text have about 35,000. Text made of
# punctuation or emoji has a token per character, and the analysis needs memory per token.
MAX_TOKENS = 60_000
MAX_UNITS = 10_000  # sentences, headings and lines: a letter of 200,000 characters has about 2,000


class UnusableInput(ValueError):
    """Raised for input that cannot be analysed. `code` lets callers pick an exit or HTTP status."""

    def __init__(self, code: str, message_nl: str, message_en: str):
        super().__init__(message_en)
        self.code = code  # empty | too-long | too-slow | not-decodable | not-found | not-readable | bad-format
        self.message_nl = message_nl
        self.message_en = message_en

    def __reduce__(self):  # travels back intact from an analyser process
        return UnusableInput, (self.code, self.message_nl, self.message_en)


def require_usable_text(text: str, limit: int = MAX_CHARACTERS) -> None:
    """Refuse empty or over-long text before any analysis is done."""
    if not text.strip():
        raise UnusableInput("empty", "Er is geen tekst om te controleren.", "There is no text to check.")
    if len(text) > limit:
        raise UnusableInput(
            "too-long",
            f"De tekst is te lang: {len(text):,} tekens. Het maximum is {limit:,} tekens.".replace(",", "."),
            f"The text is too long: {len(text):,} characters; the maximum is {limit:,}.",
        )


def require_analysable_size(units: int, tokens: int = 0) -> None:
    """Refuse text with more sentences and lines, or words and marks, than an analyser can hold
    within its memory budget (each costs memory while the letter is analysed)."""
    if units > MAX_UNITS:
        raise UnusableInput(
            "too-long",
            f"De tekst heeft te veel zinnen en regels: {units:,}. Het maximum is {MAX_UNITS:,}.".replace(",", "."),
            f"The text has too many sentences and lines: {units:,}; the maximum is {MAX_UNITS:,}.",
        )
    if tokens > MAX_TOKENS:
        raise UnusableInput(
            "too-long",
            f"De tekst heeft te veel woorden en tekens: {tokens:,}. Het maximum is {MAX_TOKENS:,}. "
            "Tekens zoals %, ! en emoji tellen elk apart.".replace(",", "."),
            f"The text has too many words and marks: {tokens:,}; the maximum is {MAX_TOKENS:,} "
            "(punctuation marks and emoji count one each).",
        )


def origin(error: BaseException) -> str:
    """Where `error` was raised ("file:line" of its deepest frame), for logs that must not quote
    its message; an error that came back from an analyser process carries the place it had there."""
    if getattr(error, "origin", None):
        return error.origin
    trace = error.__traceback__
    while trace and trace.tb_next:
        trace = trace.tb_next
    return f"{trace.tb_frame.f_code.co_filename}:{trace.tb_lineno}" if trace else "?"
