"""Officialese that depends on how a word is used: "daar" meaning "because", the relative
pronoun "welke" and "dan wel" meaning "or". Decided from the words around it (punctuation and spaCy
part of speech); the cues are data in formal_words.yaml. Reported as rule "officialese" with the
everyday word to use."""
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


def _dan_wel_or(words: list[Word], i: int, text: str, data: dict) -> bool:
    if i + 1 == len(words) or words[i + 1].lower not in data["next_words"] or _before(words, i + 1, text) != " ":
        return False
    return not (i >= 2 and words[i - 2].lower in data["subject_words"] and words[i - 1].pos in data["verb_pos"])


TESTS = {"daar": _formal_daar, "welke": _relative_welke, "dan": _dan_wel_or}


def check(words: list[Word], text: str, taken: list[Finding]) -> list[Finding]:
    data, messages = check_data("formal_words"), check_data("terms")["messages"]
    covered = None
    findings = []
    for i, word in enumerate(words):
        test = TESTS.get(word.lower)
        if test is None or not test(words, i, text, data[word.lower]):
            continue
        end = words[i + data[word.lower].get("words", 1) - 1].end  # "dan wel" is two words
        covered = covered or Taken([(finding.start, finding.end) for finding in taken])
        if covered.overlaps(word.start, end):
            continue
        alternatives = data[word.lower]["alternatives"]
        message = " ".join((messages["officialese"].format(word=text[word.start:end]),
                            messages["alternative"].format(alternative="' of '".join(alternatives))))
        findings.append(Finding(rule="officialese", start=word.start, end=end, text=text[word.start:end],
                                message=message, suggestions=list(alternatives),
                                severity=data[word.lower]["severity"]))
    return findings
