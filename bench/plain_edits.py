"""Plain-language edits must never make a letter harder: a property check on the labelled letters.

Every edit is one change a plain-language editor makes, generated from the letters in
tests/data/letters*/ and applied on its own to the original letter:
- split: a sentence of more than 15 words cut in two at 'en' or 'maar' before a main clause, or
  at 'omdat', 'doordat' or 'zodat' after a comma ('... . Dat is omdat ...')
- synonym: a jargon or gender word of the glossaries replaced by its safe alternative, when that
  is a more frequent word (abbreviations are left out: spelling one out is not a synonym)
- active: a passive sentence turned active ('De formulieren worden ... opgehaald' ->
  'We halen de formulieren ... op', 'dient te worden ingeleverd' -> 'We moeten ... inleveren')
- drop-clause: a subordinate or relative clause after a comma removed
- officialese: an officialese term replaced by its safe plain alternative
- add-sentence: a short plain sentence (A1, at most 8 words, taken from the good letters) added
  after the first sentence that another sentence follows in the same paragraph
- drop-easy: an easy sentence (A1 or A2) removed, as an editor drops padding
None of them may raise the document level or the document LiNT-II score.

    .venv/bin/python bench/plain_edits.py [--per-kind N] [--list] [LETTER_DIR ...]

Each letter is parsed once; an edited letter only parses the units that changed (units are parsed
one by one, so this is the same as analysing the whole edited letter). Exit code 1 when an edit
raises the document level.
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import yaml
from spacy.tokens import Doc, Token

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from estimates import Estimate, Estimator  # noqa: E402
from readability.analysis import Analysis  # noqa: E402
from readability.checks import run_checks  # noqa: E402
from readability.checks.terms import TermFinding  # noqa: E402
from readability.engine import SCORED_KINDS, unit_level  # noqa: E402
from readability.features import unit_features, word_zipf  # noqa: E402

DATA = REPO / "tests" / "data"
KINDS = ("split", "synonym", "active", "drop-clause", "officialese", "add-sentence", "drop-easy")
LONG_SENTENCE = 15
PLAIN_SENTENCE_WORDS = 8
EASY_LEVELS = ("A1", "A2")
UNSTRESSED_PREFIXES = ("be", "ver", "ont", "her", "er")
MODALS = {"kan": "kunnen", "kunnen": "kunnen", "moet": "moeten", "moeten": "moeten", "zal": "zullen",
          "zullen": "zullen", "mag": "mogen", "mogen": "mogen", "dient": "moeten", "dienen": "moeten"}
PASSIVE_FINITE = {"wordt", "worden", *MODALS}
CLAUSE_OPENERS = {"u", "we", "wij", "ze", "zij", "hij", "je", "jij", "ik", "dan", "daarna", "daarom", "daar",
                  "er", "ook", "nu", "verder", "dus"}
REASON_CONJUNCTIONS = {"omdat": "omdat", "aangezien": "omdat", "doordat": "doordat", "zodat": "zodat"}
SUBORDINATORS = {"dat", "omdat", "zodat", "aangezien", "terwijl", "als", "wanneer", "indien", "tenzij", "nadat",
                 "voordat", "doordat", "waardoor", "die", "welke", "waar", "waarin", "waarop", "waarbij"}


@dataclass(frozen=True)
class Edit:
    kind: str
    letter: str
    before: str  # the text that changed
    after: str
    text: str  # the whole edited letter


def letters(directories: list[Path]) -> Iterator[tuple[str, str, str]]:
    """(name, quality, text) of every labelled letter in the directories."""
    for directory in directories:
        for label in yaml.safe_load((directory / "labels.yaml").read_text(encoding="utf8")):
            yield f"{directory.name}/{label['file']}", label.get("quality", ""), (directory / label["file"]).read_text(encoding="utf8")


def letter_dirs() -> list[Path]:
    return sorted(path for path in DATA.glob("letters*") if (path / "labels.yaml").exists())


def plain_sentences(directories: list[Path], estimator: Estimator, limit: int = 6) -> list[str]:
    """Short plain sentences from the good letters: A1, at most 8 words, no digits or names."""
    found: list[str] = []
    for _, quality, text in letters(directories):
        if quality != "good":
            continue
        for unit in estimator.analysis(text).units:
            words = [token for token in unit.doc if not token.is_punct]
            plain = (unit.kind == "sentence" and len(words) <= PLAIN_SENTENCE_WORDS and unit.text.endswith(".")
                     and not re.search(r"\d", unit.text) and not any(token.text[0].isupper() for token in words[1:]))
            if plain and unit_level(unit_features(unit)) == "A1" and unit.text not in found:
                found.append(unit.text)
                if len(found) == limit:
                    return found
    return found


def edits(name: str, analysis: Analysis, plain: list[str]) -> Iterator[Edit]:
    """Every plain-language edit of one letter, one at a time."""
    text = analysis.text
    scored = [unit for unit in analysis.units if unit.kind in SCORED_KINDS]

    def replaced(kind: str, start: int, end: int, new: str) -> Edit:
        return Edit(kind, name, text[start:end], new, text[:start] + new + text[end:])

    for unit in scored:
        for kind, new in (("split", _split(unit.doc)), ("active", _active(unit.doc)),
                          ("drop-clause", _without_clause(unit.doc))):
            if new:
                yield replaced(kind, unit.start, unit.end, new)
    for finding in run_checks(analysis):
        if isinstance(finding, TermFinding) and finding.fix:
            start, end, new = finding.fix
            if finding.rule == "officialese":
                yield replaced("officialese", start, end, new)
            elif finding.rule in ("jargon", "gender") and _zipf(new) > _zipf(text[start:end]):
                yield replaced("synonym", start, end, new)
    yield from _added_sentences(name, text, analysis, plain)
    for unit in scored:
        if len(scored) > 1 and unit_level(unit_features(unit)) in EASY_LEVELS:
            end = unit.end
            while end < len(text) and text[end] == " ":
                end += 1
            yield replaced("drop-easy", unit.start, end, "")


def _zipf(phrase: str) -> float:
    return min((word_zipf(word) for word in re.findall(r"\w+", phrase)), default=0.0)


def _added_sentences(name: str, text: str, analysis: Analysis, plain: list[str]) -> Iterator[Edit]:
    """Each plain sentence, in turn, after the first sentence that another follows on the same line."""
    for unit, following in zip(analysis.units, analysis.units[1:]):
        if unit.kind == "sentence" and following.kind == "sentence" and "\n" not in text[unit.end:following.start]:
            for sentence in plain:
                if sentence not in text:
                    yield Edit("add-sentence", name, "", sentence, text[:unit.end] + " " + sentence + text[unit.end:])
            return


def _is_verb(token: Token) -> bool:
    return token.tag_.startswith("WW")


def _split(doc: Doc) -> str | None:
    """A sentence of more than 15 words cut in two at a conjunction:
    'A, en de kinderen/u/dan ... B.' -> 'A. De kinderen/U/Dan ... B.' ('maar' stays: 'Maar ...')
    where a main clause follows (a subject or adverb, then a finite verb), and
    'A, omdat/doordat/zodat B.' -> 'A. Dat is omdat/doordat/zodat B.'"""
    words = [token for token in doc if not token.is_punct]
    if len(words) <= LONG_SENTENCE:
        return None
    for token in doc[3:-3]:
        after_comma = doc[token.i - 1].text == ","
        first = doc[:token.i].text.rstrip(" ,;")
        if not any(_is_verb(t) for t in doc[:token.i]):
            continue
        if token.lower_ in ("en", "maar") and _opens_main_clause(doc[token.i + 1:], after_comma):
            rest = doc[token.i + (token.lower_ == "en"):].text
            return f"{first}. {rest[0].upper()}{rest[1:]}"
        if token.lower_ in REASON_CONJUNCTIONS and after_comma:
            return f"{first}. Dat is {REASON_CONJUNCTIONS[token.lower_]} {doc[token.i + 1:].text}"
    return None


def _opens_main_clause(words, after_comma: bool) -> bool:
    """A subject pronoun or adverb right before a finite verb, or (after a comma) a noun phrase
    ('de ouders') and then a finite verb."""
    if len(words) > 1 and words[0].lower_ in CLAUSE_OPENERS:
        return words[1].tag_.startswith("WW|pv")
    if not after_comma or words[0].pos_ != "DET":
        return False
    verb = next((t for t in words[1:5] if t.pos_ not in ("ADJ", "NOUN", "PROPN", "NUM")), None)
    return verb is not None and verb.tag_.startswith("WW|pv")


def _active(doc: Doc) -> str | None:
    """A passive sentence made active with 'we' as the subject, when it is a subject, 'wordt' or
    'worden' (or a modal and 'worden'), a participle, and words without a verb around it:
    'De formulieren worden op vrijdag opgehaald.' -> 'We halen de formulieren op vrijdag op.'
    'De formulieren kunnen bij de juf worden ingeleverd.' -> 'We kunnen de formulieren bij de juf inleveren.'"""
    tokens = list(doc[:-1]) if doc[-1].is_punct else list(doc)
    end = doc[-1].text if doc[-1].is_punct else ""
    finite = next((t for t in tokens if t.lower_ in PASSIVE_FINITE), None)
    if finite is None or finite.i == 0 or any(t.lower_ == "door" or t.is_punct for t in tokens):
        return None
    subject = doc[:finite.i]
    if subject[0].pos_ not in ("DET", "NOUN", "PROPN", "PRON", "NUM") or any(_is_verb(t) for t in subject):
        return None
    verbs = [t for t in tokens[finite.i + 1:] if _is_verb(t) or t.lower_ in ("te", "worden")]
    participles = [t for t in verbs if _looks_like_participle(t)]
    if len(participles) != 1:
        return None
    participle = participles[0]
    helpers = [t.lower_ for t in verbs if t is not participle]
    object_ = subject.text[0].lower() + subject.text[1:] if word_zipf(subject[0].text) >= 3 else subject.text
    skipped = {t.i for t in verbs}
    middle = "".join(t.text_with_ws for t in tokens[finite.i + 1:] if t.i not in skipped).strip()
    infinitive = participle.lemma_.lower()
    if finite.lower_ in ("wordt", "worden") and not helpers:  # 'wordt ... opgehaald'
        particle = _particle(participle)
        return _joined("We", infinitive.removeprefix(particle), object_, middle, particle) + end
    if finite.lower_ in MODALS and helpers in (["worden"], ["te", "worden"]):  # 'kan/dient (te) worden gedaan'
        return _joined("We", MODALS[finite.lower_], object_, middle, infinitive) + end
    return None


def _looks_like_participle(token: Token) -> bool:
    """'opgehaald', 'verstuurd', 'besproken': a verb form other than its lemma, with ge- (after a
    particle or not) or an unstressed prefix, ending in -d, -t or -en."""
    form, lemma = token.lower_, token.lemma_.lower()
    prefixed = form.startswith(("ge", *UNSTRESSED_PREFIXES)) or "ge" in form[2:-2]
    return _is_verb(token) and form != lemma and lemma.endswith("en") and prefixed and form.endswith(("d", "t", "en"))


def _particle(verb: Token) -> str:
    """The separable part of a participle: what comes before its 'ge' ('opgehaald' -> 'op',
    'bekendgemaakt' -> 'bekend'), or '' ('gebracht', 'begeleid', 'verstuurd')."""
    lemma, form = verb.lemma_.lower(), verb.lower_
    return next((lemma[:cut] for cut in range(2, len(lemma) - 3)
                 if form.startswith(lemma[:cut] + "ge") and lemma[:cut] not in UNSTRESSED_PREFIXES), "")


def _joined(*parts: str) -> str:
    return " ".join(part for part in parts if part)


def _without_clause(doc: Doc) -> str | None:
    """The sentence without a subordinate or relative clause that follows a comma and ends at the
    next comma or at the end: 'De kinderen, die in groep 8 zitten, gaan op kamp.' ->
    'De kinderen gaan op kamp.'"""
    for comma in doc[3:-2]:
        if comma.text != "," or doc[comma.i + 1].lower_ not in SUBORDINATORS:
            continue
        close = next((t for t in doc[comma.i + 2:] if t.is_punct), None)
        if close is None or not any(_is_verb(t) for t in doc[comma.i + 1:close.i]):
            continue
        if close.text == ",":
            return doc[:comma.i].text + " " + doc[close.i + 1:].text
        if close.i == len(doc) - 1:
            return doc[:comma.i].text + close.text
    return None


def run(directories: list[Path], per_kind: int | None = None, estimator: Estimator | None = None
        ) -> tuple[Counter, list[tuple[Edit, Estimate, Estimate]]]:
    """Apply every edit (at most `per_kind` of each kind per letter); count them and return those
    that raise the level or the LiNT-II score, with the estimates before and after."""
    estimator = estimator or Estimator()
    plain = plain_sentences(directories, estimator)
    tried: Counter = Counter()
    raised = []
    for name, _, text in letters(directories):
        original = estimator.estimate(text)
        per_letter: Counter = Counter()
        for edit in edits(name, estimator.analysis(text), plain):
            if per_kind is not None and per_letter[edit.kind] >= per_kind:
                continue
            per_letter[edit.kind] += 1
            edited = estimator.estimate(edit.text)
            if edited.harder_level_than(original) or edited.higher_lint_than(original):
                raised.append((edit, original, edited))
        tried.update(per_letter)
    return tried, raised


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("letters", nargs="*", type=Path, help="labelled letter folders (default: all tests/data/letters*)")
    parser.add_argument("--per-kind", type=int, default=None, help="at most N edits of each kind per letter")
    parser.add_argument("--list", action="store_true", help="print every edit that raises the level or LiNT-II")
    args = parser.parse_args()
    directories = args.letters or letter_dirs()
    estimator = Estimator()
    tried, raised = run(directories, args.per_kind, estimator)
    levels = Counter(edit.kind for edit, before, after in raised if after.harder_level_than(before))
    lints = Counter(edit.kind for edit, before, after in raised if after.higher_lint_than(before))
    print(f"{sum(1 for _ in letters(directories))} letters, {sum(tried.values())} edits, {estimator.estimates} estimates")
    print(f"{'edit':<14}{'tried':>7}{'level up':>10}{'LiNT up':>9}")
    for kind in KINDS:
        print(f"{kind:<14}{tried[kind]:>7}{levels[kind]:>10}{lints[kind]:>9}")
    print(f"{'all':<14}{sum(tried.values()):>7}{sum(levels.values()):>10}{sum(lints.values()):>9}")
    if args.list:
        for edit, before, after in raised:
            lint = f"LiNT-II {before.lint:.1f} -> {after.lint:.1f}" if before.lint is not None and after.lint is not None else ""
            print(f"\n{edit.kind} {edit.letter}: {before.level} -> {after.level} {lint}\n  - {edit.before}\n  + {edit.after}")
    return 1 if levels else 0


if __name__ == "__main__":
    sys.exit(main())
