"""The web form's HTML, its error pages and headers, and that letter text never reaches a log."""
import logging
import re

import pytest
from fastapi.testclient import TestClient

from app.main import create_app
from app.settings import Settings
from readability.errors import MAX_CHARACTERS

SECRET = "Sevda-Oudkerk"
LETTER = f"Beste ouders,\n\nMorgen is het tienminutengesprek over {SECRET}. Wij zien u graag.\n\nGroet,\nJuf Anna"


@pytest.fixture(scope="module")
def client():
    with TestClient(create_app(Settings())) as http:  # runs start-up: the model is loaded
        yield http


def submit(client, **fields):
    return client.post("/", data=fields)


def test_empty_form_page_is_dutch_accessible_and_self_contained(client):
    page = client.get("/")
    assert page.status_code == 200
    html = page.text
    assert '<html lang="nl">' in html
    assert '<label for="brief">' in html and 'id="brief"' in html
    assert '<label for="niveau">' in html and 'id="niveau"' in html
    assert ">Controleer</button>" in html
    assert "bewaren de tekst niet" in html
    assert not re.search(r'(?:src|href)="(?:https?:)?//', html), "no external fonts, scripts or styles"
    for asset in re.findall(r'(?:src|href)="(/static/[^"]+)"', html):
        assert client.get(asset).status_code == 200
    assert "script-src 'self'" in page.headers["content-security-policy"]
    assert page.headers["cache-control"] == "no-store"


def test_result_page_shows_level_verdict_findings_and_improved_text(client):
    page = submit(client, text=LETTER, target="A2")
    assert page.status_code == 200
    html = page.text
    assert re.search(r'class="badge level-(A1|A2|B1|B2|C1|C2)" data-level="\1"', html)
    assert 'class="verdict-words"' in html
    assert re.search(r'<mark class="finding[^"]*"[^>]*>(?:<span id="mark-\d+"></span>)*tienminutengesprek<span class="tip" role="tooltip">', html)
    assert "kort gesprek met de leraar" in html
    assert page.headers["cache-control"] == "no-store"  # the browser keeps no copy of the letter


def test_letter_markup_is_escaped(client):
    page = submit(client, text='Beste ouders,\n\n<script>alert(1)</script> <img src=x onerror="alert(2)"> Tot morgen.')
    assert page.status_code == 200
    assert "<script>alert" not in page.text and "<img src=x" not in page.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page.text


@pytest.mark.parametrize(
    "fields, status, message",
    [
        ({"text": "  \n ", "target": "A2"}, 400, "geen tekst"),
        ({"text": "Woord " * (MAX_CHARACTERS // 6 + 1), "target": "A2"}, 413, "te lang"),
        ({"text": LETTER, "target": "C1"}, 422, "Kies een niveau"),
        ({"target": "A2"}, 400, "geen tekst"),
    ],
)
def test_bad_form_input_shows_a_dutch_message(client, fields, status, message):
    page = submit(client, **fields)
    assert page.status_code == status
    assert 'role="alert"' in page.text and message in page.text


def test_an_oversize_form_body_gets_the_page_not_json(client):
    page = client.post("/", content=b"text=" + b"a" * (Settings().max_body_bytes + 10),
                       headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert page.status_code == 413 and page.headers["content-type"].startswith("text/html")
    assert 'role="alert"' in page.text and "te lang" in page.text


def test_api_reports_and_errors_are_not_stored(client):
    assert client.post("/api/v1/check", json={"text": LETTER}).headers["cache-control"] == "no-store"
    assert client.post("/api/v1/check", json={"text": ""}).headers["cache-control"] == "no-store"


def test_the_api_docs_have_a_strict_content_security_policy(client):
    docs = client.get("/docs")
    policy = docs.headers["content-security-policy"]
    assert "default-src 'none'" in policy and "script-src 'self' 'sha256-" in policy and "unsafe-eval" not in policy


def test_form_needs_form_encoding(client):
    page = client.post("/", json={"text": LETTER})
    assert page.status_code == 415 and "formulier" in page.text


def test_letter_text_is_never_logged_even_when_something_breaks(client, caplog, monkeypatch):
    async def broken_analysers(function, text, **options):
        raise RuntimeError(f"could not handle {text}")

    monkeypatch.setattr(client.app.state.analysers, "run", broken_analysers)
    with caplog.at_level(logging.DEBUG):
        responses = [client.post("/api/v1/check", json={"text": LETTER}), submit(client, text=LETTER)]
    for response in responses:
        assert response.status_code == 500
        assert response.json()["error"]["code"] == "internal" and SECRET not in response.text
    assert "RuntimeError" in caplog.text
    assert SECRET not in caplog.text
