"""Officialese that depends on how a word is used: "daar" meaning "because" and the relative
pronoun "welke". Decided from the words around it (punctuation and spaCy part of speech); the cues
are data in formal_words.yaml. Reported as rule "officialese" with the everyday word to use."""
from __future__ import annotations

from readability.checks.data import check_data
from readability.checks.words import Taken, Word
from readability.report import Finding

SENTENCE_START = ".!?:\n"


def _before(words: list[Word], i: int, text: str) -> str:
    """The last character before word `i` that is not a space or tab: "\n" at the start of the
    text, " " when only spaces separate it from the word before."""
    if i == 0:
        return "\n"
    return text[words[i - 1].end:words[i].start].strip(" \t")[-1:] or " "


def _formal_daar(words: list[Word], i: int, text: str, data: dict) -> bool:
    before = _before(words, i, text)
    if before not in SENTENCE_START + "," or i + 1 == len(words):
        return False
    after = words[i + 1]
    return after.pos in data["next_pos"] or after.lower in data["next_words"]


def _relative_welke(words: list[Word], i: int, text: str, data: dict) -> bool:
    before = _before(words, i, text)
    if not (before == "," or (before == " " and words[i - 1].pos in data["after_pos"])):
        return False
    return i + 1 < len(words) and words[i + 1].pos not in data["not_next_pos"]


TESTS = {"daar": _formal_daar, "welke": _relative_welke}


def check(words: list[Word], text: str, taken: list[Finding]) -> list[Finding]:
    data, messages = check_data("formal_words"), check_data("terms")["messages"]
    covered = None
    findings = []
    for i, word in enumerate(words):
        test = TESTS.get(word.lower)
        if test is None or not test(words, i, text, data[word.lower]):
            continue
        covered = covered or Taken([(finding.start, finding.end) for finding in taken])
        if covered.overlaps(word.start, word.end):
            continue
        alternatives = data[word.lower]["alternatives"]
        message = " ".join((messages["officialese"].format(word=word.text),
                            messages["alternative"].format(alternative="' of '".join(alternatives))))
        findings.append(Finding(rule="officialese", start=word.start, end=word.end, text=word.text,
                                message=message, suggestions=list(alternatives),
                                severity=data[word.lower]["severity"]))
    return findings
