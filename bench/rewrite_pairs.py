"""Direction check on original/rewrite pairs: a plain rewrite must not score harder.

Two sources:
- the expert pairs in ../shared/plain-language-pairs/ (638 sentence pairs from 24 Amsterdam
  municipal documents and their plain rewrites by a language expert, EUPL-1.2). They are read
  here, never copied into the repository; the product never needs them. Skipped when absent.
- our own letter pairs in tests/data/pairs/ (an original school letter and its A2 rewrite).

    .venv/bin/python bench/rewrite_pairs.py [--data DIR] [--list]

Expert pairs, measured two ways:
- pairs: each side of a pair analysed as a text of its own. LiNT-II: in at least 85% of the pairs
  whose sides differ by more than 10% of their words (word-level edit distance over the longer
  side) and that LiNT-II scores on both sides, the rewrite must score no harder. CEFR: the pairs
  whose rewrite gets a higher level are counted.
- documents: the sides of a document's pairs, in order, one paragraph each, analysed as one
  letter. No rewritten document may get a higher CEFR level than its original.
Each inversion gets a first label from the data (near-identical: the sides differ by at most 10%
of their words, a spelling or punctuation fix for example; longer rewrite: the rewrite has more
words); the rest is labelled 'estimate', to be looked at. Own pairs: no rewrite may get a higher
level or LiNT-II score. Exit code 1 when a CEFR target fails; the LiNT-II share is reported.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from estimates import REPO, Estimate, Estimator

DATA = REPO.parent / "shared" / "plain-language-pairs"
PAIRS_FILE = "amsterdam-sentence-pairs.jsonl"
OWN_PAIRS = REPO / "tests" / "data" / "pairs"
DIFFERENT_SHARE = 0.10
LINT_TARGET = 0.85
WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Side:
    text: str
    estimate: Estimate


@dataclass(frozen=True)
class Pair:
    pair_id: str
    document: int
    row: int
    original: Side
    rewrite: Side

    @property
    def changed(self) -> float:
        return changed_share(self.original.text, self.rewrite.text)

    @property
    def different(self) -> bool:
        return self.changed > DIFFERENT_SHARE

    @property
    def scored(self) -> bool:
        return self.original.estimate.lint is not None and self.rewrite.estimate.lint is not None

    def kind(self) -> str:
        """A first label for an inversion, from the data alone."""
        if not self.different:
            return "near-identical"
        if len(words(self.rewrite.text)) > len(words(self.original.text)):
            return "longer rewrite"
        return "estimate"


@dataclass(frozen=True)
class Figures:
    pairs: list[Pair]
    documents: dict[int, tuple[Side, Side]]

    @property
    def lint_compared(self) -> list[Pair]:
        return [pair for pair in self.pairs if pair.scored and pair.different]

    @property
    def lint_no_harder(self) -> list[Pair]:
        return [pair for pair in self.lint_compared if not pair.rewrite.estimate.higher_lint_than(pair.original.estimate)]

    @property
    def lint_share(self) -> float:
        return len(self.lint_no_harder) / len(self.lint_compared)

    @property
    def lint_inversions(self) -> list[Pair]:
        return [pair for pair in self.pairs if pair.rewrite.estimate.higher_lint_than(pair.original.estimate)]

    @property
    def level_inversions(self) -> list[Pair]:
        return [pair for pair in self.pairs if pair.rewrite.estimate.harder_level_than(pair.original.estimate)]

    @property
    def document_inversions(self) -> list[int]:
        return [number for number, (original, rewrite) in self.documents.items()
                if rewrite.estimate.harder_level_than(original.estimate)]


def words(text: str) -> list[str]:
    return WORD.findall(text.lower())


def changed_share(original: str, rewrite: str) -> float:
    """Word-level edit distance divided by the number of words of the longer side."""
    a, b = words(original), words(rewrite)
    previous = list(range(len(b) + 1))
    for i, word in enumerate(a, 1):
        current = [i]
        for j, other in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (word != other)))
        previous = current
    return previous[-1] / max(len(a), len(b), 1)


def location(row: dict) -> tuple[int, int]:
    """(document, row) from the source address '...csv#row=12&doc=3'."""
    fields = dict(part.split("=") for part in row["source_url_or_path"].split("#")[1].split("&"))
    return int(fields["doc"]), int(fields["row"])


def expert_figures(data: Path = DATA, estimator: Estimator | None = None) -> Figures:
    """The expert pairs and their documents, estimated. Every pair side is its own paragraph in
    its document, so the pairs cost (almost) no parsing after the documents."""
    estimator = estimator or Estimator()
    sides: dict[str, dict[str, dict]] = defaultdict(dict)
    for line in (data / PAIRS_FILE).read_text(encoding="utf8").splitlines():
        row = json.loads(line)
        sides[row["pair_id"]][row["level_or_side"]] = row
    rows = sorted((*location(pair["complex"]), pair_id, pair["complex"]["text"], pair["simple"]["text"])
                  for pair_id, pair in sides.items())
    texts: dict[int, tuple[list[str], list[str]]] = defaultdict(lambda: ([], []))
    for document, _, _, original, rewrite in rows:
        texts[document][0].append(original)
        texts[document][1].append(rewrite)
    documents = {document: tuple(_side("\n\n".join(side), estimator) for side in both)
                 for document, both in texts.items()}
    pairs = [Pair(pair_id, document, row, _side(original, estimator), _side(rewrite, estimator))
             for document, row, pair_id, original, rewrite in rows]
    return Figures(pairs, documents)


def own_pairs(estimator: Estimator) -> dict[str, tuple[Side, Side]]:
    return {path.name.removesuffix(".original.txt"): (
        _side(path.read_text(encoding="utf8"), estimator),
        _side(path.with_name(path.name.replace(".original.", ".rewrite.")).read_text(encoding="utf8"), estimator))
        for path in sorted(OWN_PAIRS.glob("*.original.txt"))}


def _side(text: str, estimator: Estimator) -> Side:
    return Side(text, estimator.estimate(text))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA, help="folder with the expert pairs (default ../shared/plain-language-pairs)")
    parser.add_argument("--list", action="store_true", help="print every document and every inversion")
    args = parser.parse_args()
    estimator = Estimator()
    failed = _report_own(own_pairs(estimator))
    if not (args.data / PAIRS_FILE).exists():
        print(f"\nExpert pairs: {args.data / PAIRS_FILE} not found, skipped")
        return int(failed)
    figures = expert_figures(args.data, estimator)
    _report_expert(figures)
    if args.list:
        _list_inversions(figures)
    return int(failed or bool(figures.document_inversions))


def _report_own(pairs: dict[str, tuple[Side, Side]]) -> bool:
    harder = [name for name, (original, rewrite) in pairs.items()
              if rewrite.estimate.harder_level_than(original.estimate) or rewrite.estimate.higher_lint_than(original.estimate)]
    print(f"Own pairs (tests/data/pairs): rewrite harder in {len(harder)} of {len(pairs)} (level or LiNT-II)")
    for name, (original, rewrite) in pairs.items():
        print(f"  {name:<28} {original.estimate.level} -> {rewrite.estimate.level}   "
              f"LiNT-II {_score(original)} -> {_score(rewrite)}{'  HARDER' if name in harder else ''}")
    return bool(harder)


def _report_expert(figures: Figures) -> None:
    scored = [pair for pair in figures.pairs if pair.scored]
    print(f"\nExpert pairs: {len(figures.pairs)} pairs in {len(figures.documents)} documents; LiNT-II scores both "
          f"sides of {len(scored)}, of which {len(figures.lint_compared)} differ by more than {DIFFERENT_SHARE:.0%} of their words")
    met = "met" if figures.lint_share >= LINT_TARGET else "NOT met"
    print(f"LiNT-II, pairs: rewrite no harder in {len(figures.lint_no_harder)}/{len(figures.lint_compared)} "
          f"({figures.lint_share:.1%}; target {LINT_TARGET:.0%}: {met}); harder in {len(figures.lint_inversions)} of {len(scored)}")
    print(f"CEFR, pairs: rewrite harder in {len(figures.level_inversions)} of {len(figures.pairs)} "
          f"({_by_kind(figures.level_inversions)})")
    print(f"CEFR, documents: rewrite harder in {len(figures.document_inversions)} of {len(figures.documents)}")


def _by_kind(pairs: list[Pair]) -> str:
    counts = Counter(pair.kind() for pair in pairs)
    return ", ".join(f"{kind} {count}" for kind, count in sorted(counts.items())) or "none"


def _score(side: Side) -> str:
    return "-" if side.estimate.lint is None else f"{side.estimate.lint:.1f}"


def _list_inversions(figures: Figures) -> None:
    print("\nDocuments (original -> rewrite):")
    for number, (original, rewrite) in figures.documents.items():
        mark = "  HARDER" if number in figures.document_inversions else ""
        print(f"  doc {number:>2}: {original.estimate.level} -> {rewrite.estimate.level}   "
              f"LiNT-II {_score(original)} -> {_score(rewrite)}{mark}")
    for title, inversions in (("CEFR level", figures.level_inversions), ("LiNT-II", figures.lint_inversions)):
        print(f"\nPairs whose rewrite is harder in {title}:")
        for pair in inversions:
            print(f"  {pair.pair_id} doc {pair.document} [{pair.kind()}, {pair.changed:.0%} changed] "
                  f"{pair.original.estimate.level} -> {pair.rewrite.estimate.level}, "
                  f"LiNT-II {_score(pair.original)} -> {_score(pair.rewrite)}")
            print(f"    - {pair.original.text}\n    + {pair.rewrite.text}")


if __name__ == "__main__":
    sys.exit(main())
