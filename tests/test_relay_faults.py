"""Relay faults (issue #17) with a real `ouderbrief relay` process, the real engine and a real next
server: the next server down and back, a refused and a deferred recipient, a message over the time
budget, an analyser that crashes in the middle of a check, the hold bypasses of the issue, and an
SMTP loop that keeps answering while a check runs. Nothing is lost, duplicated or let through."""
from __future__ import annotations

import os
import signal
import smtplib
import threading
import time
from pathlib import Path

import pytest

from mail_sink import RelayProcess, start_sink

CORPUS = Path(__file__).parent / "data" / "messages"
SENDER = "juf@school.example"
HARD, EASY = (CORPUS / "plain_b2.eml").read_bytes(), (CORPUS / "plain_a2.eml").read_bytes()
LETTER = (Path(__file__).parent / "data" / "letters" / "01_ouderavond_groep8.txt").read_text(encoding="utf-8")
# About 190,000 characters of ordinary letter text: seconds of analysis, far over a 2 s budget.
SLOW = ("From: juf@school.example\r\nSubject: Lang\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        + (LETTER.replace("\n", "\r\n") + "\r\n") * (190_000 // len(LETTER))).encode()
BUDGET_SECONDS = "2"


def hard_letter_wrapped(depth: int) -> bytes:
    head = "".join(f'Content-Type: multipart/mixed; boundary="b{i}"\r\n\r\n--b{i}\r\n' for i in range(depth))
    tail = "".join(f"--b{i}--\r\n" for i in reversed(range(depth)))
    headers, body = HARD.split(b"\r\n\r\n", 1)
    return headers + b"\r\nMIME-Version: 1.0\r\n" + head.encode() + b"Content-Type: text/plain\r\n\r\n" + body + tail.encode()


def hard_letter_with_a_list_in_superscript() -> bytes:
    headers, body = HARD.split(b"\r\n\r\n", 1)
    html = b"<p>" + body.replace(b"\r\n", b" ") + '</p><ol start="²"><li>x</li></ol>'.encode()
    return headers + b"\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html + b"\r\n"


@pytest.fixture(scope="module")
def sink():
    controller, handler = start_sink({"weg@voorbeeld.example": "550 5.1.1 No such user here",
                                      "vol@voorbeeld.example": "450 4.2.2 Mailbox full"})
    yield controller, handler
    controller.stop()


@pytest.fixture(scope="module")
def hold_relay(sink):
    relay = RelayProcess(sink[0].port, mode="hold", env={"OUDERBRIEF_ANALYSIS_SECONDS": BUDGET_SECONDS})
    yield relay
    assert relay.stop() == 0
    for private in ("Magister", "Invoering", "ouderavond", "voorbeeld.example", "school.example"):
        assert private not in relay.output()


def send(port: int, raw: bytes, recipients=("ouder@voorbeeld.example",)) -> tuple[int, bytes]:
    """The reply to the message (DATA, or the first refusal before it)."""
    with smtplib.SMTP("127.0.0.1", port, timeout=180) as client:
        try:
            client.sendmail(SENDER, list(recipients), raw)
        except smtplib.SMTPSenderRefused as error:
            return error.smtp_code, error.smtp_error
        except smtplib.SMTPRecipientsRefused as error:
            return next(iter(error.recipients.values()))
        except smtplib.SMTPDataError as error:
            return error.smtp_code, error.smtp_error
    return 250, b""


def delivered(sink, raw: bytes) -> int:
    return sum(message.data.endswith(raw) for message in sink[1].received)


def test_a_hard_letter_is_held_and_an_easy_one_delivered_once(hold_relay, sink):
    assert send(hold_relay.port, HARD)[0] == 550
    assert send(hold_relay.port, EASY)[0] == 250
    assert delivered(sink, HARD) == 0 and delivered(sink, EASY) == 1


@pytest.mark.parametrize("make", [hard_letter_with_a_list_in_superscript, lambda: hard_letter_wrapped(1_000)])
def test_the_bypasses_of_the_issue_are_refused(hold_relay, sink, make):
    raw = make()
    code, _ = send(hold_relay.port, raw)
    assert code == 550 and delivered(sink, raw) == 0


def test_each_recipient_gets_its_own_reply(hold_relay, sink):
    with smtplib.SMTP("127.0.0.1", hold_relay.port, timeout=180) as client:
        client.ehlo()
        assert client.mail(SENDER)[0] == 250
        assert client.rcpt("weg@voorbeeld.example")[0] == 550
        assert client.rcpt("vol@voorbeeld.example")[0] == 450
        assert client.rcpt("ouder2@voorbeeld.example")[0] == 250
        raw = EASY.replace(b"Subject:", b"X-Case: recipients\r\nSubject:", 1)
        assert client.data(raw)[0] == 250
    [copy] = [message for message in sink[1].received if message.data.endswith(raw)]
    assert copy.rcpt_tos == ["ouder2@voorbeeld.example"]


def test_a_message_over_the_budget_is_deferred_and_the_next_is_checked(hold_relay, sink):
    started = time.monotonic()
    code, reply = send(hold_relay.port, SLOW)
    assert code == 451 and b"4.3.0" in reply
    assert time.monotonic() - started < 60
    assert delivered(sink, SLOW) == 0
    assert send(hold_relay.port, HARD)[0] == 550  # checked by a fresh analyser, not waved through
    assert "An analysis was stopped (TooCostly)" in hold_relay.output()


def test_an_analyser_that_crashes_mid_check_defers_the_message(hold_relay, sink):
    analysers = [int(pid) for task in Path(f"/proc/{hold_relay.process.pid}/task").iterdir()
                 for pid in (task / "children").read_text().split()
                 if "spawn_main" in Path(f"/proc/{pid}/cmdline").read_text()]
    result = {}
    sender = threading.Thread(target=lambda: result.setdefault("reply", send(hold_relay.port, SLOW)))
    sender.start()
    time.sleep(1.0)  # the check is running
    for pid in analysers:
        os.kill(pid, signal.SIGKILL)
    sender.join(120)
    assert result["reply"][0] == 451 and delivered(sink, SLOW) == 0
    assert send(hold_relay.port, HARD)[0] == 550


def test_the_smtp_loop_answers_while_a_check_runs(hold_relay):
    sender = threading.Thread(target=send, args=(hold_relay.port, SLOW))
    sender.start()
    time.sleep(0.5)
    started = time.monotonic()
    with smtplib.SMTP("127.0.0.1", hold_relay.port, timeout=30) as client:
        assert client.noop()[0] == 250
    assert time.monotonic() - started < 2
    sender.join(120)


def test_when_the_next_server_goes_down_the_sender_retries_and_nothing_is_lost():
    controller, kept = start_sink()
    port = controller.port
    relay = RelayProcess(port, mode="tag")
    try:
        first = EASY.replace(b"Subject:", b"X-Case: first\r\nSubject:", 1)
        second = EASY.replace(b"Subject:", b"X-Case: second\r\nSubject:", 1)
        assert send(relay.port, first)[0] == 250
        controller.stop()
        assert send(relay.port, second)[0] == 451  # the sending server keeps it
        controller, again = start_sink(port=port)
        assert send(relay.port, second)[0] == 250
        assert [m.data.endswith(first) for m in kept.received] == [True]
        assert [m.data.endswith(second) for m in again.received] == [True]
    finally:
        relay.stop()
        controller.stop()
