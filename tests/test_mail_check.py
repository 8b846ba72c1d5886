"""Messages checked by the real engine: directly, through `ouderbrief check`, and through the relay."""
from __future__ import annotations

import smtplib
import subprocess
import sys
from pathlib import Path

import pytest

from mail_sink import RelayProcess, start_sink
from readability.errors import UnusableInput
from readability.mail.check import check_message
from readability.mail.message import message_to_text
from readability.report import LEVELS

CORPUS = Path(__file__).parent / "data" / "messages"
REPO = Path(__file__).resolve().parent.parent


def corpus(name: str) -> bytes:
    return (CORPUS / f"{name}.eml").read_bytes()


@pytest.fixture(scope="module")
def reports():
    names = ["plain_a2", "plain_b2", "html_only", "latin1_qp", "quoted_reply"]
    return {name: check_message(corpus(name)) for name in names}


def test_reports_cover_subject_and_body_with_exact_offsets(reports):
    for name, report in reports.items():
        assert report.input_format == "eml"
        assert report.text == message_to_text(corpus(name)).text
        assert report.sentences
        for item in [*report.sentences, *report.findings]:
            assert report.text[item.start:item.end] == item.text, (name, item)


def test_an_easy_message_passes_and_a_hard_one_is_held(reports):
    assert reports["plain_a2"].verdict == "pass"
    assert LEVELS.index(reports["plain_a2"].level) <= LEVELS.index("A2")
    assert reports["plain_b2"].verdict == "hold"
    assert LEVELS.index(reports["plain_b2"].level) > LEVELS.index("A2")


def test_the_subject_is_checked_too(reports):
    report = reports["plain_b2"]  # subject "Invoering Magister"
    in_subject = [f for f in report.findings if f.end <= len("Invoering Magister")]
    assert any(f.text == "Magister" for f in in_subject), report.findings


def test_quoted_text_is_not_scored(reports):
    assert "Hoe laat" not in reports["quoted_reply"].text
    assert all(s.text != "Hoe laat begint de ouderavond van groep 5?" for s in reports["quoted_reply"].sentences)


def test_target_is_passed_on():
    assert check_message(corpus("plain_a2"), target="B1").target == "B1"
    with pytest.raises(UnusableInput):
        check_message(corpus("plain_a2"), target="C2")


def ouderbrief(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "readability.cli", *args], input=stdin, cwd=REPO,
                          capture_output=True, timeout=180)


def test_cli_exit_codes_for_messages(tmp_path):
    held = ouderbrief("check", str(CORPUS / "plain_b2.eml"), "--format", "json")
    assert held.returncode == 1, held.stderr
    assert '"input_format": "eml"' in held.stdout.decode()
    passed = ouderbrief("check", "--fail-on", "never", "-", stdin=corpus("plain_b2"))  # auto-detected as e-mail
    assert passed.returncode == 0, passed.stderr
    unusable = ouderbrief("check", "--input", "eml", str(CORPUS / "no_headers.eml"))
    assert unusable.returncode == 2
    assert "kopregels" in unusable.stderr.decode()


def test_relay_command_with_the_real_check():
    sink, kept = start_sink()
    relay = RelayProcess(sink.port, mode="hold")
    try:
        with smtplib.SMTP("127.0.0.1", relay.port, timeout=120) as client:
            with pytest.raises(smtplib.SMTPDataError) as refused:
                client.sendmail("directie@school.example", ["ouders@school.example"], corpus("plain_b2"))
            assert refused.value.smtp_code == 550
            assert b"het doel is A2" in refused.value.smtp_error
            assert b"Schooltaal zonder uitleg" in refused.value.smtp_error
            client.sendmail("juf@school.example", ["ouders@school.example"], corpus("plain_a2"))
            with pytest.raises(smtplib.SMTPDataError) as unchecked:  # hold mode: nothing unchecked goes out
                client.sendmail("juf@school.example", ["ouders@school.example"], corpus("attachment_only"))
            assert unchecked.value.smtp_code == 550 and b"5.6.0" in unchecked.value.smtp_error
    finally:
        exit_code = relay.stop()
        sink.stop()
    [passed] = kept.received
    assert passed.data.endswith(corpus("plain_a2")) and b"X-Ouderbrief-Verdict: pass\r\n" in passed.data
    assert exit_code == 0
    log = relay.output()
    assert "Message held" in log and "UnusableInput" in log
    for private in ("Magister", "Invoering", "kinderboerderij", "school.example"):
        assert private not in log
