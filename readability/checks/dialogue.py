"""A letter that gives parents no way to react or to contact the school gets a hint.

A way to react is a phone number or e-mail address, an invitation to ask, or a way to answer. Only
signing up does not count when nobody is asked to: "De herkansing geschiedt na aanmelding" is a
rule, "U kunt zich aanmelden via Parro" is a way to answer; "Aanmelden is niet nodig" is neither.
"""
from __future__ import annotations

from readability.analysis import Analysis
from readability.checks.data import check_data
from readability.checks.patterns import first, has
from readability.report import Finding


def _answers(sentence: str) -> bool:
    """Whether `sentence` gives the reader a way to answer."""
    if not has("respond", sentence) or has("no_signup", sentence):
        return False
    without_signup = sentence
    while (signup := first("signup_noun", without_signup)) is not None:
        without_signup = without_signup[:signup.start()] + without_signup[signup.end():]
    return has("respond", without_signup) or has("reader", sentence)


def check(analysis: Analysis) -> list[Finding]:
    text = analysis.text
    if not analysis.units or has("contact", text) or has("ask", text) or any(
            _answers(text[unit.start:unit.end]) for unit in analysis.units):
        return []
    last = analysis.units[-1]
    return [Finding(rule="dialogue", start=last.start, end=last.end, text=text[last.start:last.end],
                    message=check_data("dialogue")["message"], severity="info")]
