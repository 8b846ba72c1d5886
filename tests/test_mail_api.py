"""POST /api/v1/check-message against a real `ouderbrief serve` process on loopback."""
from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import httpx
import pytest

from live_server import LiveServer
from readability.report import Report

CORPUS = Path(__file__).parent / "data" / "messages"
RFC822 = {"Content-Type": "message/rfc822"}
SECRET_NAME = "Noortje-Zwanenburg"  # a child's name: must never show up in the server log


def corpus(name: str) -> bytes:
    return (CORPUS / f"{name}.eml").read_bytes()


def message_with(body: str, attachment: bytes = b"") -> bytes:
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = "juf@school.example", "ouders@school.example", "Gym"
    message.set_content(body)
    if attachment:
        message.add_attachment(attachment, maintype="application", subtype="pdf", filename="rooster.pdf")
    return message.as_bytes()


@pytest.fixture(scope="module")
def client():
    server = LiveServer()
    with httpx.Client(base_url=server.url, timeout=120) as http:
        yield http
    server.stop()
    assert SECRET_NAME not in server.output(), "letter text leaked into the server log"


def post(client, raw: bytes, headers=RFC822, **params):
    return client.post("/api/v1/check-message", content=raw, headers=headers, params=params)


def assert_error(response, status: int, code: str) -> dict:
    assert response.status_code == status, response.text
    error = response.json()["error"]
    assert (error["status"], error["code"]) == (status, code)
    assert error["message_nl"] and error["message_en"] and error["message_nl"] != error["message_en"]
    return error


def test_a_hard_message_is_held_with_a_full_report(client):
    response = post(client, corpus("plain_b2"))
    assert response.status_code == 200, response.text
    report = Report.model_validate(response.json())
    assert (report.verdict, report.input_format, report.target) == ("hold", "eml", "A2")
    assert report.text.startswith("Invoering Magister\n\nGeachte")
    for item in [*report.sentences, *report.findings]:
        assert report.text[item.start:item.end] == item.text


def test_an_easy_html_message_passes_at_the_asked_target(client):
    report = Report.model_validate(post(client, corpus("alternative_related"), target="B1").json())
    assert (report.verdict, report.target) == ("pass", "B1")
    assert "<" not in report.text


def test_a_message_with_a_large_attachment_is_accepted(client):
    raw = message_with(f"Morgen is er gym. {SECRET_NAME} neemt gymschoenen mee.", b"%PDF" + bytes(2_000_000))
    assert len(raw) > 2_000_000
    report = Report.model_validate(post(client, raw).json())
    assert report.text == f"Gym\n\nMorgen is er gym. {SECRET_NAME} neemt gymschoenen mee."


@pytest.mark.parametrize("headers", [{"Content-Type": "application/json"}, {"Content-Type": "text/plain"}, {}])
def test_other_content_types_are_415(client, headers):
    error = assert_error(post(client, corpus("plain_a2"), headers=headers), 415, "wrong-content-type")
    assert "message/rfc822" in error["message_nl"]


def test_a_message_over_5_mb_is_413(client):
    assert_error(post(client, message_with("Gym.", bytes(5_300_000))), 413, "too-long")


@pytest.mark.parametrize("name, status, code", [
    ("no_headers", 422, "bad-format"), ("attachment_only", 400, "empty"), ("unknown_charset", 400, "not-decodable"),
])
def test_unusable_messages_get_a_clear_error(client, name, status, code):
    assert_error(post(client, corpus(name)), status, code)


def test_empty_body_and_over_long_text(client):
    assert_error(post(client, b""), 400, "empty")
    error = assert_error(post(client, message_with("Dit is een zin. " * 13_000)), 413, "too-long")
    assert "200.000" in error["message_nl"]


def test_unknown_target_is_422(client):
    assert_error(post(client, corpus("plain_a2"), target="C2"), 422, "invalid-fields")
