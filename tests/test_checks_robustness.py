"""Odd and hostile input: the checks never crash or hang, and spans stay on the text."""
import time

import pytest

from readability.analysis import Analysis
from readability.checks import improve_text, run_checks

HOSTILE = {
    "repeated cue words without a full stop": "wie kom vragen neem zoeken mag u " * 6000,
    "one endless word": "a" * 50_000,
    "endless e-mail-like run": "a.b+c-" * 8_000,
    "term with an endless bracket": "De mentor (" + "uitleg " * 7000,
    "many mothers on one line": "Beste moeders en luizenmoeders " * 2000,
    "many dates and deadlines": "vóór maandag 3 mei en op dinsdag 4 mei om 9.00 uur " * 1000,
    "an invitation with many dated lines in one paragraph":
        "Wij nodigen u uit.\n" + "Op dinsdag 4 mei in de klas\n" * 20000,
}


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_text_is_checked_quickly(name):
    text = HOSTILE[name]
    started = time.process_time()
    findings = run_checks(Analysis(text, []))  # no parse: the worst case for the patterns
    improve_text(text, findings)
    assert time.process_time() - started < 10, name
    assert all(text[f.start:f.end] == f.text for f in findings)


@pytest.mark.parametrize("text", ["", " \n\n ", "!!! ??? ...", "😀 🎉 👪", "\x00\x01", "i.v.m.", "("])
def test_odd_text_does_not_crash(text):
    findings = run_checks(Analysis(text, []))
    assert all(text[f.start:f.end] == f.text for f in findings)
    assert isinstance(improve_text(text, findings), str)
