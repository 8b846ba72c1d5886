"""Direction check on expert plain-language rewrites: the rewrite must not score harder.

Reads ../shared/plain-language-pairs/ (638 sentence pairs from 24 Amsterdam municipal documents
and their plain rewrites by a language expert, EUPL-1.2). The data is read here, never copied into
the repository, and the product never needs it.

    .venv/bin/python bench/expert_pairs.py [--data DIR] [--list]

Measured:
- pairs: each side of each pair analysed as a text of its own. LiNT-II: in at least 85% of the
  pairs whose sides differ by more than 10% of their words (word-level edit distance over the
  longer side), the rewrite must score no harder. CEFR: pairs whose rewrite gets a higher level.
- documents: the sides of a document's pairs, in order, one paragraph each, analysed as one
  letter. No rewritten document may get a higher CEFR level than its original.
Every inversion gets a first classification from the data (near-identical: the sides differ by
at most 10% of their words, e.g. a spelling or punctuation fix; longer rewrite: the rewrite has
more words); the rest is left as 'estimate' to be looked at. Exit code 1 when a target fails.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from readability.engine import analyse  # noqa: E402
from readability.report import LEVELS  # noqa: E402

DATA = REPO.parent / "shared" / "plain-language-pairs"
PAIRS_FILE = "amsterdam-sentence-pairs.jsonl"
DIFFERENT_SHARE = 0.10
LINT_TARGET = 0.85
WORD = re.compile(r"\w+")


@dataclass
class Side:
    text: str
    words: int
    level: str
    lint: float | None  # None when LiNT-II has no score (a line without a verb, for example)


@dataclass
class Pair:
    pair_id: str
    document: int
    row: int
    original: Side
    rewrite: Side
    changed: float  # share of words that differ

    @property
    def different(self) -> bool:
        return self.changed > DIFFERENT_SHARE

    def kind(self) -> str:
        """A first classification of an inversion from the data alone."""
        if not self.different:
            return "near-identical"
        if self.rewrite.words > self.original.words:
            return "longer rewrite"
        return "estimate"


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


def side(text: str) -> Side:
    report = analyse(text)
    return Side(text, report.stats.words, report.level, report.scores.lint)


def read_rows(data: Path) -> dict[str, dict[str, dict]]:
    rows: dict[str, dict[str, dict]] = defaultdict(dict)
    for line in (data / PAIRS_FILE).read_text(encoding="utf8").splitlines():
        row = json.loads(line)
        rows[row["pair_id"]][row["level_or_side"]] = row
    return rows


def location(row: dict) -> tuple[int, int]:
    """(document, row) from the source address '...csv#row=12&doc=3'."""
    fields = dict(part.split("=") for part in row["source_url_or_path"].split("#")[1].split("&"))
    return int(fields["doc"]), int(fields["row"])


def load_pairs(data: Path) -> list[Pair]:
    pairs = []
    for pair_id, sides in read_rows(data).items():
        original, rewrite = sides["complex"]["text"], sides["simple"]["text"]
        document, row = location(sides["complex"])
        pairs.append(Pair(pair_id, document, row, side(original), side(rewrite), changed_share(original, rewrite)))
    return sorted(pairs, key=lambda pair: (pair.document, pair.row))


def documents(pairs: list[Pair]) -> dict[int, tuple[Side, Side]]:
    texts: dict[int, tuple[list[str], list[str]]] = defaultdict(lambda: ([], []))
    for pair in pairs:
        texts[pair.document][0].append(pair.original.text)
        texts[pair.document][1].append(pair.rewrite.text)
    return {document: (side("\n\n".join(originals)), side("\n\n".join(rewrites)))
            for document, (originals, rewrites) in sorted(texts.items())}


def harder(rewrite: Side, original: Side) -> bool:
    return LEVELS.index(rewrite.level) > LEVELS.index(original.level)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA, help="folder with the pairs (default ../shared/plain-language-pairs)")
    parser.add_argument("--list", action="store_true", help="print every inversion")
    args = parser.parse_args()
    pairs = load_pairs(args.data)
    scored = [pair for pair in pairs if pair.original.lint is not None and pair.rewrite.lint is not None]
    different = [pair for pair in scored if pair.different]
    lint_ok = [pair for pair in different if pair.rewrite.lint <= pair.original.lint]
    lint_inversions = [pair for pair in scored if pair.rewrite.lint > pair.original.lint]
    level_inversions = [pair for pair in pairs if harder(pair.rewrite, pair.original)]
    docs = documents(pairs)
    doc_inversions = {number: sides for number, sides in docs.items() if harder(sides[1], sides[0])}
    share = len(lint_ok) / len(different)

    print(f"{len(pairs)} pairs; LiNT-II scores both sides of {len(scored)}, of which {len(different)} "
          f"differ by more than {DIFFERENT_SHARE:.0%} of their words")
    print(f"LiNT-II: rewrite no harder in {len(lint_ok)}/{len(different)} differing pairs ({share:.1%}; target {LINT_TARGET:.0%});"
          f" harder in {len(lint_inversions)} of the {len(scored)} scored pairs")
    print(f"CEFR, pair level: rewrite harder in {len(level_inversions)} pairs "
          f"({_by_kind(level_inversions)})")
    print(f"CEFR, document level: rewrite harder in {len(doc_inversions)} of {len(docs)} documents")
    if args.list:
        _print_inversions(level_inversions, lint_inversions, docs)
    return 0 if share >= LINT_TARGET and not doc_inversions else 1


def _by_kind(pairs: list[Pair]) -> str:
    counts: dict[str, int] = defaultdict(int)
    for pair in pairs:
        counts[pair.kind()] += 1
    return ", ".join(f"{kind} {count}" for kind, count in sorted(counts.items())) or "none"


def _score(side: Side) -> str:
    return "-" if side.lint is None else f"{side.lint:.1f}"


def _print_inversions(level_inversions: list[Pair], lint_inversions: list[Pair], docs: dict[int, tuple[Side, Side]]) -> None:
    print("\nDocuments (original -> rewrite, LiNT-II):")
    for number, (original, rewrite) in docs.items():
        mark = "  HARDER" if harder(rewrite, original) else ""
        print(f"  doc {number:>2}: {original.level} -> {rewrite.level}   {_score(original)} -> {_score(rewrite)}{mark}")
    for title, inversions in (("CEFR level", level_inversions), ("LiNT-II", lint_inversions)):
        print(f"\nPairs whose rewrite is harder in {title}:")
        for pair in inversions:
            print(f"  {pair.pair_id} doc {pair.document} [{pair.kind()}, {pair.changed:.0%} changed] "
                  f"{pair.original.level} -> {pair.rewrite.level}, LiNT-II {_score(pair.original)} -> {_score(pair.rewrite)}")
            print(f"    - {pair.original.text}\n    + {pair.rewrite.text}")


if __name__ == "__main__":
    sys.exit(main())
