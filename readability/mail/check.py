"""Check an e-mail message: the subject and body a parent reads, analysed by the engine."""
from __future__ import annotations

from readability.engine import analyse_text
from readability.mail.message import message_to_text
from readability.report import Report, Target


def check_message(raw: bytes | str, *, target: Target = "A2", school_glossary=None) -> Report:
    """The report on a raw RFC 5322 message; UnusableInput if it has no usable text."""
    text = message_to_text(raw).text
    return analyse_text(text, input_format="eml", target=target, school_glossary=school_glossary)
