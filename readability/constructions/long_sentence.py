"""long-sentence: a sentence over the target's word limit, with the two-sentence version where
the split keeps the grammar:

- two main clauses joined by "en", "maar", "want", "dus" (the second with a subject of its own):
  "Het feest is in de aula en de kinderen van groep 8 zingen." -> "Het feest is in de aula. De
  kinderen van groep 8 zingen.";
- two main clauses joined by a semicolon;
- a relative clause at the end whose relative pronoun is its subject: "..., die om tien uur
  opengaat." -> "... . Die gaat om tien uur open." (the finite verb moves to second place).

Every split needs a parse in which the second part is a clause of its own; else no suggestion.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from readability.analysis import Unit
from readability.cefr import word_limit
from readability.constructions import verbs
from readability.constructions.clauses import CLAUSE_WORDS, clause_break, is_finite, is_relative, is_verb_word
from readability.constructions.data import construction_data
from readability.constructions.found import Found
from readability.constructions.wording import phrase, sentence
from readability.report import Level

RULE = "long-sentence"
SUBJECT_DEPS = ("nsubj", "nsubj:pass", "expl")
SUBORDINATE_STARTS = CLAUSE_WORDS | {"of", "als", "wie", "welk", "hoeveel", "waarom"}


def data() -> dict:
    return construction_data("long_sentence")


def find(unit: Unit, target: Level) -> list[Found]:
    words = [token for token in unit.tokens if not (token.is_punct or token.is_space)]
    limit = word_limit(target)
    if len(words) <= limit:
        return []
    rewrite = two_sentences(unit.doc)
    counts = {"words": len(words), "target": target, "limit": limit}
    messages = data()["messages"]
    message = messages["split"] if rewrite else messages["no_split"]
    visible = [token for token in unit.tokens if not token.is_space]
    return [Found(RULE, (visible[0], visible[-1]), message.format(**counts), messages["reason"].format(**counts),
                  (rewrite,) if rewrite else ())]


def two_sentences(doc: Doc) -> str | None:
    """The sentence as two sentences, split where the grammar allows; None if nowhere."""
    if doc[-1].text == "?":
        return None
    body = doc[:-1] if doc[-1].is_punct else doc[:]
    end = doc[-1].text if doc[-1].text in ".!" else "."
    splits = [split for split in (*_at_coordinators(body), *_at_semicolons(body), _before_relative(body)) if split]
    if not splits:
        return None
    middle = len(body) / 2
    first, second = min(splits, key=lambda split: abs(len(split[0]) - middle))[1:]
    return sentence([first], ".") + " " + sentence([second], end)


def _at_coordinators(body) -> list[tuple[list[Token], str, str] | None]:
    """(words before, first sentence, second sentence) at each 'en', 'maar', 'want', 'dus' between main clauses."""
    splits = []
    for token in (t for t in body if t.lower_ in data()["coordinators"] and t.dep_ == "cc"):
        keep, second = data()["coordinators"][token.lower_], token.head
        if second.dep_ != "conj" or second.head.dep_ != "ROOT":
            continue
        before, after = list(body[:token.i]), list(body[token.i + 1:])
        if not after or after[0].lower_ in SUBORDINATE_STARTS:  # "... hoe het ging en wat er komt"
            continue
        inside = set(second.subtree)
        shared = [t for t in inside & set(before) if not t.is_punct]  # the comma before "maar" may hang on either side
        if set(after) <= inside and not shared and _is_clause(before) and _is_clause(after) and not is_finite(after[0]):
            splits.append((before, phrase(_without_end_punct(before)), (token.text + " " if keep else "") + phrase(after)))
    return splits


def _at_semicolons(body) -> list[tuple[list[Token], str, str] | None]:
    splits = []
    for token in (t for t in body if t.text == ";"):
        before, after = list(body[:token.i]), list(body[token.i + 1:])
        if _is_clause(before) and _is_clause(after):
            splits.append((before, phrase(before), phrase(after)))
    return splits


def _before_relative(body) -> tuple[list[Token], str, str] | None:
    """'..., die om tien uur opengaat' at the end -> 'Die gaat om tien uur open'."""
    for token in (t for t in body[1:] if t.lower_ in data()["relatives"]):
        pronoun, verb = data()["relatives"][token.lower_], token.head
        if (token.nbor(-1).text != "," or token.dep_ not in SUBJECT_DEPS
                or not is_relative(token)):
            continue
        clause = list(body[token.i + 1:])
        if not set(clause) <= set(verb.subtree) or min(t.i for t in verb.subtree if not t.is_punct) != token.i:
            return None
        main = _main_clause_order(clause)
        before = list(body[:token.i - 1])
        if main is None or len(clause) + 1 < data()["min_part_words"] or not _is_clause(before):
            return None
        return before, phrase(before), pronoun + " " + main
    return None


def _main_clause_order(clause: list[Token]) -> str | None:
    """The words after the relative pronoun with the finite verb moved to the front, its
    separable particle left where the verb stood ('om tien uur opengaat' -> 'gaat om tien uur open')."""
    finite = [t for t in clause if is_verb_word(t) and is_finite(t)]
    if len(finite) != 1 or any(clause_break(t) for t in clause if t != finite[0]):
        return None
    verb = finite[0]
    particle, _ = verbs.separable_split(verb.lemma_.lower())
    joined = bool(particle) and verb.lower_.startswith(particle)
    if joined and particle in verbs.inseparable():
        return None
    moved, left = (verb.text[len(particle):], particle) if joined else (verb.text, "")
    before = phrase([t for t in clause if t.i < verb.i])
    after = phrase([t for t in clause if t.i > verb.i])
    return " ".join(part for part in (moved, before, left, after) if part)


def _is_clause(words: list[Token]) -> bool:
    """Enough words, a finite verb and a subject of its own."""
    content = [t for t in words if not t.is_punct]
    return (len(content) >= data()["min_part_words"] and any(is_verb_word(t) and is_finite(t) for t in words)
            and any(t.dep_ in SUBJECT_DEPS for t in words))


def _without_end_punct(words: list[Token]) -> list[Token]:
    while words and words[-1].is_punct:
        words = words[:-1]
    return words
