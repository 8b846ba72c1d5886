"""The SMTP relay over real loopback SMTP: smtplib client -> relay -> sink server.

The checker is injected here (run in a thread), so these tests pin down the relay itself
(forwarded bytes, headers, hold replies, fail-open in tag mode, never in hold mode, per-recipient
replies); test_mail_check.py and test_relay_faults.py run the relay with the real engine.
"""
from __future__ import annotations

import asyncio
import logging
import smtplib
import time
from email import message_from_bytes, policy
from pathlib import Path

import pytest

from mail_sink import free_port, start_sink
from readability.errors import UnusableInput
from readability.mail.relay import parse_address, start
from readability.mail.verdict import hold_reply, with_headers
from readability.report import Finding, ModelInfo, Report, Scores, Stats

CORPUS = Path(__file__).parent / "data" / "messages"
SENDER, RECIPIENTS = "sanne@regenboog.example", ["ouder1@voorbeeld.example", "ouder2@voorbeeld.example"]


def fake_report(verdict: str, level: str = "B2", findings: list[Finding] = ()) -> Report:
    """A report as the engine makes one; the relay only reads level, target, verdict, summary, findings."""
    return Report(
        level=level, target="A2", verdict=verdict, summary=f"Deze tekst is niveau {level}. Het doel is A2.",
        scores=Scores(lint=None, lint_level=None, flesch_douma=None),
        stats=Stats(characters=1, words=1, sentences=1, avg_sentence_length=1, max_sentence_length=1,
                    long_sentences=0, passives=0, subordinate_clauses=0, nominalisations=0, rare_words=0,
                    avg_word_zipf=None),
        sentences=[], findings=list(findings), model=ModelInfo(name="test", version="0"), input_format="eml",
        text="x",
    )


def finding(rule: str, severity: str, text: str = "absentenregistratie") -> Finding:
    return Finding(rule=rule, start=0, end=len(text), text=text, severity=severity,
                   message=f"Veel ouders kennen '{text}' niet.")


def in_thread(checker):
    async def check(raw: bytes) -> Report:
        return await asyncio.to_thread(checker, raw)

    return check


def verdict_by_content(raw: bytes) -> Report:
    """Holds a message that mentions 'Magister': enough to drive the relay's decisions."""
    return fake_report("hold" if b"Magister" in raw else "pass", findings=[finding("jargon", "warning")])


@pytest.fixture
def sink():
    controller, handler = start_sink()
    yield controller, handler
    controller.stop()


@pytest.fixture
def relay(sink):
    """Start a relay in front of the sink: relay(mode, checker) -> port."""
    started = []

    def make(mode="tag", checker=verdict_by_content, forward=None):
        port = free_port()
        forward = forward or f"127.0.0.1:{sink[0].port}"
        started.append(start(f"127.0.0.1:{port}", forward, mode, in_thread(checker)))
        return port

    yield make
    for controller in started:
        controller.stop()


def send(port: int, raw: bytes, mail_options=()) -> None:
    with smtplib.SMTP("127.0.0.1", port, timeout=30) as client:
        client.sendmail(SENDER, RECIPIENTS, raw, mail_options=list(mail_options))


def split_added_headers(forwarded: bytes, original: bytes) -> dict[str, str]:
    """The header fields the relay put above the original bytes (which must be unchanged)."""
    assert forwarded.endswith(original)
    added = forwarded[: len(forwarded) - len(original)]
    return dict(message_from_bytes(added + b"\r\n", policy=policy.default).items())


@pytest.mark.parametrize("name", ["plain_a2", "windows1252_8bit", "attachment_pdf", "alternative_related"])
def test_tag_mode_forwards_the_exact_bytes_with_headers_on_top(relay, sink, name):
    original = (CORPUS / f"{name}.eml").read_bytes()
    send(relay("tag"), original, mail_options=["BODY=8BITMIME"])
    [received] = sink[1].received
    assert (received.mail_from, received.rcpt_tos) == (SENDER, RECIPIENTS)
    assert "BODY=8BITMIME" in received.mail_options
    assert split_added_headers(received.data, original) == {
        "X-Ouderbrief-Level": "B2", "X-Ouderbrief-Target": "A2", "X-Ouderbrief-Verdict": "pass",
        "X-Ouderbrief-Reason": "Deze tekst is niveau B2. Het doel is A2.",
    }


def test_tag_mode_forwards_a_held_message_too(relay, sink):
    original = (CORPUS / "plain_b2.eml").read_bytes()
    send(relay("tag"), original)
    assert split_added_headers(sink[1].received[0].data, original)["X-Ouderbrief-Verdict"] == "hold"


def test_lines_starting_with_a_dot_survive_the_relay(relay, sink):
    original = b"Subject: Punt\r\nFrom: a@b.example\r\n\r\n.Begint met een punt.\r\n..twee\r\n.\r\n"
    send(relay("tag"), original)
    assert sink[1].received[0].data.endswith(original)


def test_hold_mode_refuses_with_a_dutch_550_and_forwards_nothing(relay, sink):
    with pytest.raises(smtplib.SMTPDataError) as refused:
        send(relay("hold"), (CORPUS / "plain_b2.eml").read_bytes())
    assert refused.value.smtp_code == 550
    reply = refused.value.smtp_error.decode("ascii")
    assert "5.7.1 Ouderbrief: deze mail is niet verstuurd. De tekst is niveau B2, het doel is A2." in reply
    assert "Schooltaal zonder uitleg: 1." in reply
    assert sink[1].received == []


def test_hold_mode_forwards_a_passing_message(relay, sink):
    original = (CORPUS / "plain_a2.eml").read_bytes()
    send(relay("hold"), original)
    assert split_added_headers(sink[1].received[0].data, original)["X-Ouderbrief-Verdict"] == "pass"


def failing_checker(raw: bytes) -> Report:
    raise RuntimeError("analyser broke on: Beste ouders van Yilmaz")


def test_in_tag_mode_a_failing_check_forwards_the_message_untouched_and_logs_no_text(relay, sink, caplog):
    original = (CORPUS / "plain_b2.eml").read_bytes()
    with caplog.at_level(logging.DEBUG):
        send(relay("tag", checker=failing_checker), original)
    added = split_added_headers(sink[1].received[0].data, original)
    assert added["X-Ouderbrief-Verdict"] == "error"
    assert "X-Ouderbrief-Level" not in added
    relay_log = "\n".join(r.getMessage() for r in caplog.records if r.name.startswith("ouderbrief"))
    assert "RuntimeError" in relay_log
    for secret in ("Yilmaz", "Magister", "Invoering", "ouders"):
        assert secret not in caplog.text


def test_in_hold_mode_a_failing_check_is_a_451_and_nothing_is_forwarded(relay, sink, caplog):
    with caplog.at_level(logging.DEBUG), pytest.raises(smtplib.SMTPDataError) as deferred:
        send(relay("hold", checker=failing_checker), (CORPUS / "plain_b2.eml").read_bytes())
    assert deferred.value.smtp_code == 451 and b"4.3.0" in deferred.value.smtp_error
    assert sink[1].received == []
    assert "RuntimeError" in caplog.text and "Yilmaz" not in caplog.text


def no_text(raw):
    raise UnusableInput("empty", "Het bericht heeft geen tekst om te controleren.", "No text.")


def test_in_tag_mode_a_message_without_text_is_forwarded_as_not_checked(relay, sink):
    original = (CORPUS / "attachment_only.eml").read_bytes()
    send(relay("tag", checker=no_text), original)
    added = split_added_headers(sink[1].received[0].data, original)
    assert added["X-Ouderbrief-Verdict"] == "error"
    assert added["X-Ouderbrief-Reason"] == "Niet gecontroleerd. Het bericht heeft geen tekst om te controleren."


def test_in_hold_mode_a_message_that_cannot_be_checked_is_refused_with_the_reason(relay, sink):
    with pytest.raises(smtplib.SMTPDataError) as refused:
        send(relay("hold", checker=no_text), (CORPUS / "attachment_only.eml").read_bytes())
    assert refused.value.smtp_code == 550
    assert b"5.6.0" in refused.value.smtp_error and b"geen tekst om te controleren" in refused.value.smtp_error
    assert sink[1].received == []


def test_when_the_next_server_is_down_the_sender_is_asked_to_retry(relay, sink):
    with pytest.raises(smtplib.SMTPSenderRefused) as refused:
        send(relay("tag", forward=f"127.0.0.1:{free_port()}"), (CORPUS / "plain_a2.eml").read_bytes())
    assert refused.value.smtp_code == 451


def test_each_recipient_gets_the_next_servers_own_reply():
    refused, deferred, accepted = "weg@voorbeeld.example", "vol@voorbeeld.example", "ouder1@voorbeeld.example"
    controller, kept = start_sink({refused: "550 5.1.1 No such user here", deferred: "450 4.2.2 Mailbox full"})
    port = free_port()
    relay = start(f"127.0.0.1:{port}", f"127.0.0.1:{controller.port}", "tag", in_thread(verdict_by_content))
    original = (CORPUS / "plain_a2.eml").read_bytes()
    try:
        with smtplib.SMTP("127.0.0.1", port, timeout=30) as client:
            client.ehlo()
            assert client.mail(SENDER)[0] == 250
            assert client.rcpt(refused) == (550, b"5.1.1 No such user here")
            assert client.rcpt(deferred) == (450, b"4.2.2 Mailbox full")
            assert client.rcpt(accepted)[0] == 250
            assert client.data(original)[0] == 250
        [received] = kept.received
        assert received.rcpt_tos == [accepted] and received.data.endswith(original)
    finally:
        relay.stop()
        controller.stop()


def test_when_every_recipient_is_refused_nothing_is_sent():
    controller, kept = start_sink({address: "550 5.1.1 No such user here" for address in RECIPIENTS})
    port = free_port()
    relay = start(f"127.0.0.1:{port}", f"127.0.0.1:{controller.port}", "tag", in_thread(verdict_by_content))
    try:
        with pytest.raises(smtplib.SMTPRecipientsRefused) as refused:
            send(port, (CORPUS / "plain_a2.eml").read_bytes())
        assert set(refused.value.recipients.values()) == {(550, b"5.1.1 No such user here")}
        assert kept.received == []
    finally:
        relay.stop()
        controller.stop()


@pytest.mark.parametrize("length", [998, 5_000, 100_000])
def test_long_lines_are_accepted_and_forwarded_unchanged(relay, sink, length):
    original = b"Subject: Lang\r\nFrom: a@b.example\r\n\r\n" + b"x" * length + b"\r\nGroet.\r\n"
    send(relay("tag"), original)
    assert sink[1].received[0].data.endswith(original)


def test_headers_follow_the_message_line_ends_and_are_folded_and_encoded():
    headers = [("X-Ouderbrief-Reason", "Niet gecontroleerd. Eén reden" + " heel lang" * 20)]
    lf = with_headers(b"Subject: x\n\nbody\n", headers)
    crlf = with_headers(b"Subject: x\r\n\r\nbody\r\n", headers)
    assert lf.endswith(b"\nSubject: x\n\nbody\n") and b"\r" not in lf
    assert crlf.endswith(b"\r\nSubject: x\r\n\r\nbody\r\n")
    added = crlf[: -len(b"Subject: x\r\n\r\nbody\r\n")]
    assert added.isascii() and all(len(line) <= 78 for line in added.split(b"\r\n"))
    parsed = message_from_bytes(added + b"\r\n", policy=policy.default)
    assert parsed["X-Ouderbrief-Reason"] == " ".join(headers[0][1].split())


def test_hold_reply_is_multiline_ascii_ranks_reasons_and_quotes_nothing():
    findings = [finding("rare-word", "info", "Yilmaz")] * 4 + [finding("sentence.level", "error")] * 2 + [
        finding("invitation.when", "info"), finding("some.new.rule", "warning")]
    reply = hold_reply(fake_report("hold", "C1", findings))
    lines = reply.split("\r\n")
    assert lines == [
        "550-5.7.1 Ouderbrief: deze mail is niet verstuurd. De tekst is niveau C1, het doel is A2.",
        "550-5.7.1 Te moeilijke zinnen: 2.",
        "550-5.7.1 Andere punten: 1.",
        "550-5.7.1 Weinig gebruikte woorden: 4.",
        "550 5.7.1 Maak de tekst eenvoudiger en verstuur de mail opnieuw.",
    ]
    assert reply.isascii() and "Yilmaz" not in reply and "absentenregistratie" not in reply


@pytest.mark.parametrize("address, expected", [("127.0.0.1:10025", ("127.0.0.1", 10025)), ("[::1]:25", ("::1", 25)),
                                               ("mail.school.example:587", ("mail.school.example", 587))])
def test_parse_address(address, expected):
    assert parse_address(address) == expected


@pytest.mark.parametrize("address", ["10025", "host:", ":25", "host:99999", "host:port"])
def test_parse_address_refuses_bad_addresses(address):
    with pytest.raises(ValueError, match="HOST:PORT"):
        parse_address(address)
