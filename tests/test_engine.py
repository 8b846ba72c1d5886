"""The engine on real letters: levels, verdicts, reasons, offsets, easier rewrites."""
from pathlib import Path

import pytest

from readability.engine import analyse
from readability.errors import UnusableInput
from readability.report import LEVELS

PAIRS = Path(__file__).parent / "data" / "pairs"

EASY = """Beste ouders,

Op dinsdag 17 maart is er een ouderavond.
De avond begint om 19.30 uur.
U bent welkom in de aula van de school.
We vertellen over de schoolreis.
Wilt u komen? Stuur dan een mail naar juf Sara.

Groet,
Juf Sara
"""

HARD = """Geachte ouder(s)/verzorger(s),

Middels deze brief willen wij u informeren over de gewijzigde procedure omtrent de absentenregistratie, welke met ingang van het nieuwe schooljaar door de verzuimcoördinator in samenspraak met de leerplichtambtenaar zal worden uitgevoerd, teneinde ongeoorloofd verzuim in een vroegtijdig stadium te kunnen signaleren.
Indien uw zoon of dochter door omstandigheden verhinderd is de lessen bij te wonen, dient u dit voorafgaand aan het eerste lesuur telefonisch dan wel via het ouderportaal kenbaar te maken, bij gebreke waarvan de afwezigheid als ongeoorloofd zal worden aangemerkt.
"""


def level_index(level):
    return LEVELS.index(level)


def assert_offsets(report):
    for item in [*report.sentences, *report.findings]:
        assert report.text[item.start:item.end] == item.text


def test_easy_letter_passes_a2():
    report = analyse(EASY)
    assert level_index(report.level) <= level_index("A2")
    assert report.verdict == "pass"
    assert report.stats.sentences == 6
    assert not [f for f in report.findings if f.rule == "sentence.level"]
    assert_offsets(report)


def test_hard_letter_is_held_with_concrete_reasons():
    report = analyse(HARD)
    assert level_index(report.level) >= level_index("B2")
    assert report.verdict == "hold"
    hard = [s for s in report.sentences if s.reasons]
    assert len(hard) == 2
    reasons = " ".join(hard[0].reasons)
    assert "Lange zin" in reasons and "woorden" in reasons
    assert "Lijdende vorm" in " ".join(r for s in hard for r in s.reasons)
    assert any(f.rule == "sentence.level" and f.severity == "error" for f in report.findings)
    assert_offsets(report)


def test_one_very_long_sentence_in_an_easy_letter_is_a_finding():
    long_sentence = ("Wij willen u graag vertellen dat de kinderen van groep vijf en groep zes volgende week "
                     "met de bus naar het bos gaan en dat ze daar de hele dag blijven en dat ze ook een lunch meenemen.")
    report = analyse(EASY.replace("We vertellen over de schoolreis.", long_sentence))
    found = [f for f in report.findings if f.rule == "sentence.level"]
    assert [f.text for f in found] == [long_sentence]


def test_target_b1_is_more_lenient_than_a1():
    text = "De leerlingen van groep acht maken in april de doorstroomtoets op de computer in het lokaal."
    strict, lenient = analyse(text, target="A1"), analyse(text, target="B1")
    assert len(strict.findings) >= len(lenient.findings)
    assert strict.target == "A1" and lenient.target == "B1"


def test_html_input_reports_plain_text_offsets():
    html = "<p>Beste ouders,</p><p>De school is <b>morgen</b> dicht.&nbsp;Er is een studiedag.</p>"
    report = analyse(html, input_format="html")
    assert "<" not in report.text and "morgen" in report.text
    assert report.input_format == "html"
    assert_offsets(report)


@pytest.mark.parametrize("text", ["", "   \n\t ", "x" * 200_001])
def test_unusable_input_is_refused(text):
    with pytest.raises(UnusableInput):
        analyse(text)


def pair_names():
    return sorted(p.name.removesuffix(".original.txt") for p in PAIRS.glob("*.original.txt"))


@pytest.mark.parametrize("name", pair_names())
def test_rewrite_always_scores_easier(name):
    original = analyse((PAIRS / f"{name}.original.txt").read_text(encoding="utf8"))
    rewrite = analyse((PAIRS / f"{name}.rewrite.txt").read_text(encoding="utf8"))
    assert rewrite.scores.lint < original.scores.lint
    assert level_index(rewrite.level) <= level_index(original.level)
    assert rewrite.stats.avg_sentence_length < original.stats.avg_sentence_length


def test_report_schema_fields():
    report = analyse(EASY).model_dump()
    for key in ("level", "target", "verdict", "scores", "stats", "sentences", "findings", "model", "text"):
        assert key in report
    assert report["scores"]["flesch_douma"] is not None and report["scores"]["lint"] is not None
    assert report["model"] == {"name": "nl_ouderbrief", "version": report["model"]["version"]}
    assert report["model"]["version"]
