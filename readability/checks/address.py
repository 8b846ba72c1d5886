"""The reader addressed as both "u" and "je": flagged at the first place each form appears.

Works on words, not parts of speech: the parser sometimes tags "u" as punctuation.
"""
from __future__ import annotations

from readability.analysis import Analysis
from readability.checks.data import check_data
from readability.checks.words import Word
from readability.report import Finding

def _two_readers(text: str, data: dict) -> bool:
    """The salutation names a second reader ("Beste ouders, beste student,")."""
    first_line = text.strip().split("\n", 1)[0].lower()
    return any(reader in first_line.replace(",", " ").split() for reader in data["second_readers"])


def check(analysis: Analysis, words: list[Word]) -> list[Finding]:
    data = check_data("address")
    if _two_readers(analysis.text, data):
        return []
    first: dict[str, tuple[int, int, str]] = {}
    for word in words:
        style = "formal" if word.lower in data["formal"] else "informal" if word.lower in data["informal"] else None
        if style and style not in first:
            first[style] = (word.start, word.end, word.text)
    if len(first) < 2:
        return []
    message = {"formal": first["formal"][2].lower(), "informal": first["informal"][2].lower()}
    return [
        Finding(rule="address", start=start, end=end, text=written, severity="warning",
                message=data["message"].format(word=written, **message),
                suggestions=[data["other_form"][written.lower()]])
        for start, end, written in sorted(first.values())
    ]
