"""Every cost linear or bounded (issue #17): the pieces that were quadratic, each on input that used
to take seconds to minutes, and the limits that bound time and memory per letter."""
from __future__ import annotations

import time

import pytest

from readability.checks.patterns import has
from readability.engine import analyse
from readability.errors import MAX_TOKENS, MAX_UNITS, UnusableInput
from readability.features import MAX_COMPOUND_LETTERS, word_zipf
from readability.nlp import get_nlp
from readability.segment import MAX_UNIT_CHARACTERS, segment
from readability.tokenize import MAX_RUN, tokenize


def cpu_seconds(function, *args) -> float:
    started = time.process_time()
    function(*args)
    return time.process_time() - started


@pytest.mark.parametrize("run", ["%" * 40_000, "😀" * 40_000, "!?" * 20_000, "A" * 40_000])
def test_long_runs_without_spaces_are_tokenised_quickly_and_exactly(run):
    text = f"Beste ouders, {run} tot morgen."
    assert cpu_seconds(tokenize, get_nlp(), text) < 2  # 4,000 '%' alone took 4 s
    doc = tokenize(get_nlp(), text)
    assert doc.text == text and max(len(token) for token in doc) <= MAX_RUN


def test_tokenising_in_pieces_keeps_the_tokens_of_ordinary_text():
    text = "Beste ouders, kijk op https://www.school.example/" + "a" * 150 + " voor meer. Groet!"
    pieces = [token.text for token in tokenize(get_nlp(), text)]
    whole = [token.text for token in get_nlp().tokenizer(text)]
    assert pieces[:3] == whole[:3] and pieces[-3:] == whole[-3:]


@pytest.mark.parametrize("text", ["." * 200_000, "!?" * 100_000, "kom\n" * 50_000, "x" + "\n" * 199_999])
def test_segmenting_is_linear(text):
    assert cpu_seconds(segment, text) < 2  # 12,500 dots took 3 s, 50,000 took about a minute


def test_no_unit_is_longer_than_the_bound():
    text = "woord " * 10_000 + "\n\n" + "x" * 5_000
    units = segment(text)
    assert max(unit.end - unit.start for unit in units) <= MAX_UNIT_CHARACTERS
    assert all(text[unit.start:unit.end].strip() == text[unit.start:unit.end] for unit in units)


@pytest.mark.parametrize("text", ["x" + "\n" * 100_000 + "kom", "!" * 100_000 + " kom", ".\n" * 50_000])
def test_the_invitation_pattern_is_linear(text):
    assert cpu_seconds(has, "invite", text) < 1


def test_a_word_too_long_for_a_compound_is_not_split():
    word = "a" * (MAX_COMPOUND_LETTERS + 1)
    assert cpu_seconds(word_zipf, word * 1000) < 0.5 and word_zipf(word) == 0


def test_too_many_tokens_is_a_clear_error():
    with pytest.raises(UnusableInput) as refused:
        analyse("%" * (MAX_TOKENS + 1))
    assert refused.value.code == "too-long" and "te veel woorden en tekens" in refused.value.message_nl


def test_too_many_units_is_a_clear_error():
    started = time.process_time()
    with pytest.raises(UnusableInput) as refused:
        analyse(".\n" * (MAX_UNITS + 1))
    assert refused.value.code == "too-long" and "te veel zinnen en regels" in refused.value.message_nl
    assert time.process_time() - started < 5
