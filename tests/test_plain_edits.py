"""Plain-language edits never raise a letter's CEFR level (issue #16): property tests generated
from the labelled letters (the edits and their generators are in bench/plain_edits.py, which runs
them on every labelled letter; this test runs them on the first two sets, 51 letters, at most two
edits of a kind per letter: about 280 edits)."""
import functools
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from estimates import Estimator  # noqa: E402
from plain_edits import DATA, KINDS, edits, letters, plain_sentences, run  # noqa: E402

from readability.engine import analyse  # noqa: E402

SAMPLE = [DATA / "letters", DATA / "letters_heldout"]
PER_KIND = 2


@functools.cache
def results():
    estimator = Estimator()
    tried, raised = run(SAMPLE, PER_KIND, estimator)
    return tried, raised, estimator


def test_every_kind_of_edit_is_tried():
    tried, _, estimator = results()
    assert all(tried[kind] >= 3 for kind in KINDS), tried
    assert estimator.estimates < 600  # the suite stays quick: each estimate parses only new units


def test_no_plain_language_edit_raises_the_level():
    _, raised, _ = results()
    harder = [(edit.kind, edit.letter, edit.before, edit.after, before.level, after.level)
              for edit, before, after in raised if after.harder_level_than(before)]
    assert harder == []


def test_the_estimate_of_an_edited_letter_is_the_engine_s():
    """The benches estimate edited letters from cached units; that must equal a full analysis.
    Checked on the first edit of each kind."""
    _, _, estimator = results()  # the letters are parsed already
    plain = plain_sentences(SAMPLE, estimator)
    first = {}
    for name, _, text in letters(SAMPLE):
        for edit in edits(name, estimator.analysis(text), plain):
            first.setdefault(edit.kind, edit)
    assert set(first) == set(KINDS)
    for edit in first.values():
        report, estimate = analyse(edit.text), estimator.estimate(edit.text)
        assert (report.level, report.scores.lint) == (estimate.level, pytest.approx(estimate.lint)), edit
