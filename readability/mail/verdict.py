"""What the relay tells the mail system: X-Ouderbrief-* headers and SMTP replies.

Nothing here quotes the letter: headers and replies end up in mail server logs.
"""
from __future__ import annotations

import functools
import unicodedata
from collections import Counter
from email.header import Header
from pathlib import Path

import yaml

from readability.errors import UnusableInput
from readability.report import Report

SEVERITY_RANK = {"error": 0, "warning": 1, "info": 2}
Headers = list[tuple[str, str]]


def report_headers(report: Report) -> Headers:
    return [
        ("X-Ouderbrief-Level", report.level),
        ("X-Ouderbrief-Target", report.target),
        ("X-Ouderbrief-Verdict", report.verdict),
        ("X-Ouderbrief-Reason", report.summary),
    ]


def error_headers(error: Exception) -> Headers:
    why = error.message_nl if isinstance(error, UnusableInput) else "Er ging iets mis bij de controle."
    return [("X-Ouderbrief-Verdict", "error"), ("X-Ouderbrief-Reason", f"Niet gecontroleerd. {why}")]


def with_headers(raw: bytes, headers: Headers) -> bytes:
    """The message with header fields added on top; its own bytes are left exactly as they were."""
    first_line = raw[: raw.find(b"\n") + 1]
    newline = "\n" if first_line and not first_line.endswith(b"\r\n") else "\r\n"
    fields = (f"{name}: {Header(value.strip(), header_name=name).encode(linesep=newline)}{newline}"
              for name, value in headers)
    return "".join(fields).encode("ascii") + raw  # Header() folds lines and encodes non-ASCII (RFC 2047)


def hold_reply(report: Report) -> str:
    """A 550 reply that a mail program shows the sender: level, target and the main reasons."""
    lines = [
        f"Ouderbrief: deze mail is niet verstuurd. De tekst is niveau {report.level}, het doel is {report.target}.",
        *(f"{label}: {count}." for label, count in top_reasons(report)),
        "Maak de tekst eenvoudiger en verstuur de mail opnieuw.",
    ]
    return smtp_reply(550, "5.7.1", lines)


def top_reasons(report: Report, most: int = 3) -> list[tuple[str, int]]:
    """The kinds of problem that matter most: the most severe first, then the most frequent."""
    counts, worst = Counter(), {}
    for finding in report.findings:
        label = _label(finding.rule)
        counts[label] += 1
        worst[label] = min(worst.get(label, len(SEVERITY_RANK)), SEVERITY_RANK[finding.severity])
    ranked = sorted(counts, key=lambda label: (worst[label], -counts[label], label))
    return [(label, counts[label]) for label in ranked[:most]]


def smtp_reply(code: int, status: str, lines: list[str]) -> str:
    """A (multi-line) SMTP reply in plain ASCII, which every mail program can show."""
    lines = [_ascii(line) for line in lines if line.strip()] or ["OK"]
    last = len(lines) - 1
    return "\r\n".join(f"{code}{' ' if i == last else '-'}{status} {line}" for i, line in enumerate(lines))


def _ascii(text: str) -> str:
    """'coördinator' -> 'coordinator': SMTP replies are ASCII unless both sides speak SMTPUTF8."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return " ".join(folded.split())[:400]  # RFC 5321: a reply line is at most 512 octets


def _label(rule: str) -> str:
    labels = _labels()
    return labels["rules"].get(rule) or labels["rules"].get(rule.split(".")[0]) or labels["other"]


@functools.cache
def _labels() -> dict:
    return yaml.safe_load(Path(__file__).with_name("reasons.yaml").read_text(encoding="utf-8"))
