"""Helpers for the check tests: a real parse of a letter (rule-based units + the spaCy pipeline)."""
from readability.checks import run_checks
from readability.engine import parse


def findings(text: str, prefix: str = "", school_glossary=None):
    """The check findings whose rule starts with `prefix`; every span is verified against the text."""
    found = [f for f in run_checks(parse(text), school_glossary) if f.rule.startswith(prefix)]
    for finding in found:
        assert text[finding.start:finding.end] == finding.text
    return found


def texts(found) -> list[str]:
    return [f.text for f in found]
