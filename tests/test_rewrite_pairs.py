"""Expert plain-language rewrites never score a harder CEFR level at document level (issue #16).

The expert pairs live in ../shared/plain-language-pairs (EUPL-1.2, not in this repository);
bench/rewrite_pairs.py measures them, this test runs it when the data is beside the repository
(as in CI) and skips otherwise. Our own pairs are tested in test_engine.py.
"""
import functools
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from rewrite_pairs import DATA, LINT_TARGET, PAIRS_FILE, expert_figures  # noqa: E402

pytestmark = pytest.mark.skipif(not (DATA / PAIRS_FILE).exists(), reason=f"no expert pairs at {DATA}")


@functools.cache
def figures():
    return expert_figures(DATA)


def test_no_rewritten_document_gets_a_harder_level():
    result = figures()
    assert len(result.documents) == 24
    assert result.document_inversions == []


@pytest.mark.xfail(strict=True, reason="LiNT-II (published formula, parse of pipelines 0.3.0 and 0.4.0) scores the rewrite "
                                       "no harder in about 71% of the differing pairs; see readability/README.md")
def test_lint_scores_most_rewrites_no_harder():
    assert figures().lint_share >= LINT_TARGET
