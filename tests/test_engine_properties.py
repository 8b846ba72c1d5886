"""Properties of the engine on hostile input (issue #17), with Hypothesis: hostile Unicode, long
runs, HTML and Markdown. For every input the engine gives a report or a clear UnusableInput; every
sentence and finding span points at exactly its text; sentences do not overlap; and the time per
character is bounded.

Examples per property: HYPOTHESIS_EXAMPLES (default 30, for CI); a longer local run, e.g.
HYPOTHESIS_EXAMPLES=10000 .venv/bin/python -m pytest -q tests/test_engine_properties.py
"""
from __future__ import annotations

import os
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from readability.engine import analyse
from readability.errors import UnusableInput

EXAMPLES = int(os.environ.get("HYPOTHESIS_EXAMPLES", "30"))
SECONDS_PER_CHARACTER = 0.002  # an ordinary letter takes about 0.05 ms per character
SECONDS_AT_LEAST = 2.0
PROPERTY = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))

WORDS = st.sampled_from(["Beste", "ouders", "kom", "morgen", "om", "19.30", "uur", "i.v.m.", "z.s.m.", "mentor",
                         "tienminutengesprek", "moeders", "Magister", "u", "wij", "nodigen", "uit", "vóór", "€", "…"])
MARKS = st.sampled_from(list(".,!?:;%-–—()[]\"'‘’“”*#>_<&/\\@\n\t ") + ["😀", "👪", "\u200b", "\u202e", "\u00ad", "\u0301"])
HOSTILE_UNICODE = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=3_000)
RUNS = st.builds(lambda unit, count, before, after: before + unit * count + after,
                 st.one_of(MARKS, st.text(min_size=1, max_size=3)), st.integers(1, 20_000),
                 st.text(max_size=50), st.text(max_size=50))
MIXED = st.lists(st.one_of(WORDS, MARKS), max_size=800).map(" ".join)
TAGS = st.sampled_from(["p", "div", "ol", "ul", "li", "br", "table", "tr", "td", "h2", "b", "script", "style", "pre",
                        "blockquote", "span", "a", "img"])
HTML = st.lists(st.one_of(
    st.builds(lambda tag, attributes: f"<{tag}{attributes}>", TAGS,
              st.sampled_from(["", ' start="²"', ' start="-3"', ' start="99999999999"', ' style="x"', " hidden"])),
    st.builds(lambda tag: f"</{tag}>", TAGS), WORDS, MARKS, st.sampled_from(["&nbsp;", "&amp;", "&#0;", "&#x110000;", "&bogus;"]),
), max_size=600).map("".join)
MARKDOWN = st.lists(st.one_of(
    st.builds(lambda marker, depth, words: marker * depth + " " + " ".join(words) + "\n",
              st.sampled_from([">", "#", "-", "*", "1.", "    ", "```"]), st.integers(1, 40), st.lists(WORDS, max_size=12)),
    MIXED,
), max_size=60).map("".join)


@pytest.fixture(scope="module", autouse=True)
def loaded_model():
    analyse("Beste ouders, tot morgen.")  # the model's loading time is not the analysis's


def check_report(source: str, input_format: str) -> None:
    started = time.process_time()
    try:
        report = analyse(source, input_format=input_format)
    except UnusableInput as refused:
        assert refused.code in ("empty", "too-long") and refused.message_nl and refused.message_en
        return
    finally:
        seconds = time.process_time() - started
        assert seconds <= SECONDS_AT_LEAST + SECONDS_PER_CHARACTER * len(source), (seconds, len(source))
    text = report.text
    for item in [*report.sentences, *report.findings]:
        assert 0 <= item.start < item.end <= len(text) and text[item.start:item.end] == item.text, item
    spans = sorted((sentence.start, sentence.end) for sentence in report.sentences)
    assert all(end <= next_start for (_, end), (next_start, _) in zip(spans, spans[1:])), "sentences overlap"
    assert report.verdict in ("pass", "hold")


@PROPERTY
@given(HOSTILE_UNICODE)
def test_hostile_unicode(source):
    check_report(source, "text")


@PROPERTY
@given(RUNS)
def test_long_runs(source):
    check_report(source, "text")


@PROPERTY
@given(MIXED)
def test_words_and_marks(source):
    check_report(source, "text")


@PROPERTY
@given(HTML)
def test_html(source):
    check_report(source, "html")


@PROPERTY
@given(MARKDOWN)
def test_markdown(source):
    check_report(source, "markdown")
