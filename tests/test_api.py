"""REST API against a real `ouderbrief serve` process on loopback."""
import json
import time

import httpx
import pytest

from live_server import LiveServer
from readability.report import Report

NEWSLETTER_TOOL = "https://nieuwsbrief.school.example"
SECRET_NAME = "Noortje-Zwanenburg"  # a child's name: must never show up in the server log

LETTER = f"""Beste ouders,

Volgende week is het tienminutengesprek over uw kind. Indien u verhinderd bent, dient u dit
z.s.m. door te geven aan de mentor van {SECRET_NAME}.

Met vriendelijke groet,
Juf Anna
"""

NEWSLETTER_HTML = f"""<html><head><style>td {{ font-family: Arial }}</style></head><body>
<table role="presentation"><tr><td style="padding:10px">
<h2>Ouderavond</h2>
<p>Beste ouders,</p>
<p>Op dinsdag&nbsp;4 maart is het <b>tienminutengesprek</b>.<br>Indien u niet kunt komen, bel dan de school.</p>
<ul><li>Neem de agenda mee.</li><li>Kom op tijd &amp; neem {SECRET_NAME} mee.</li></ul>
</td></tr></table><script>alert("x")</script></body></html>"""


@pytest.fixture(scope="module")
def server():
    live = LiveServer(env={"OUDERBRIEF_CORS_ORIGINS": NEWSLETTER_TOOL, "OUDERBRIEF_API_KEYS": ""})
    yield live
    live.stop()
    assert SECRET_NAME not in live.output(), "letter text leaked into the server log"


@pytest.fixture(scope="module")
def client(server):
    with httpx.Client(base_url=server.url, timeout=60) as http:
        yield http


def check(client, **body):
    return client.post("/api/v1/check", json=body)


def assert_error(response, status, code=None):
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    error = response.json()["error"]
    assert error["status"] == status
    assert error["message_nl"] and error["message_en"] and error["message_nl"] != error["message_en"]
    if code:
        assert error["code"] == code
    return error


def assert_offsets(report: Report):
    assert report.sentences, "no sentences"
    for item in [*report.sentences, *report.findings]:
        assert 0 <= item.start <= item.end <= len(report.text)
        assert report.text[item.start:item.end] == item.text


def test_health_and_meta(client):
    assert client.get("/healthz").json() == {"status": "ok"}
    meta = client.get("/api/v1/meta").json()
    assert meta["model"]["name"] and meta["model"]["version"]
    assert meta["glossary"]["jargon"] > 0
    assert meta["versions"]["report_schema"] == "1"


def test_plain_letter_gets_a_full_report(client):
    response = check(client, text=LETTER, target="A2")
    assert response.status_code == 200, response.text
    report = Report.model_validate(response.json())
    assert report.text == LETTER and report.input_format == "text" and report.target == "A2"
    assert_offsets(report)
    jargon = [f for f in report.findings if f.text.lower() == "tienminutengesprek"]
    assert jargon and jargon[0].suggestions, report.findings
    assert report.verdict == "hold"
    assert report.improved_text and "z.s.m." not in report.improved_text  # a safe glossary replacement


def test_target_changes_the_verdict_basis(client):
    a1 = Report.model_validate(check(client, text=LETTER, target="A1").json())
    b1 = Report.model_validate(check(client, text=LETTER, target="B1").json())
    assert (a1.target, b1.target) == ("A1", "B1")
    assert a1.stats.long_sentences >= b1.stats.long_sentences


def test_html_from_a_newsletter_tool_has_offsets_into_the_returned_text(client):
    response = check(client, text=NEWSLETTER_HTML, format="html")
    assert response.status_code == 200, response.text
    report = Report.model_validate(response.json())
    assert report.input_format == "html"
    assert "<" not in report.text and "alert" not in report.text and "font-family" not in report.text
    assert "Op dinsdag 4 maart is het tienminutengesprek.\nIndien u niet kunt komen, bel dan de school." in report.text
    assert "- Kom op tijd & neem" in report.text
    assert_offsets(report)
    sentence_texts = [s.text for s in report.sentences]
    assert "Ouderavond" in sentence_texts  # the heading is its own unit
    jargon = next(f for f in report.findings if f.rule == "jargon")
    assert jargon.text == "tienminutengesprek" and jargon.start == report.text.index("tienminutengesprek")


def test_markdown_input(client):
    markdown = "# Schoolreis\n\nBeste ouders,\n\nDe **schoolreis** is op *vrijdag*. Neem [lunch](https://x.example) mee.\n"
    report = Report.model_validate(check(client, text=markdown, format="markdown").json())
    assert report.text.startswith("Schoolreis\n\nBeste ouders,")
    assert "**" not in report.text and "https" not in report.text
    assert_offsets(report)


def test_school_glossary_adds_terms_and_allows_others(client):
    glossary = {
        "entries": [{"term": "Parro", "category": "jargon", "explanation": "de app van school",
                     "alternatives": ["de school-app"]}],
        "allow": ["mentor"],
    }
    text = "Beste ouders,\n\nLees het bericht in Parro. De mentor belt u morgen.\n"
    report = Report.model_validate(check(client, text=text, glossary=glossary).json())
    assert any(f.text == "Parro" and "de school-app" in f.suggestions for f in report.findings), report.findings
    assert not any(f.text.lower() == "mentor" for f in report.findings)
    plain = Report.model_validate(check(client, text=text).json())
    assert any(f.text.lower() == "mentor" for f in plain.findings)


def test_cors_allows_the_newsletter_tool_only(client):
    preflight = {"Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type"}
    allowed = client.options("/api/v1/check", headers={"Origin": NEWSLETTER_TOOL, **preflight})
    assert allowed.status_code == 200
    assert allowed.headers["access-control-allow-origin"] == NEWSLETTER_TOOL
    other = client.options("/api/v1/check", headers={"Origin": "https://elders.example", **preflight})
    assert "access-control-allow-origin" not in other.headers


@pytest.mark.parametrize("text", ["", "   \n\t ", "<p> </p><br>"])
def test_empty_text_is_400(client, text):
    assert_error(check(client, text=text, format="html" if "<" in text else "text"), 400, "empty")


def test_text_over_the_limit_is_413(client):
    error = assert_error(check(client, text="Dit is een zin. " * 12_600), 413, "too-long")
    assert "200.000" in error["message_nl"]


def test_one_megabyte_body_is_refused_quickly(client):
    body = json.dumps({"text": "Dit is een zin. " * 65_536}).encode()
    assert len(body) > 1_000_000
    started = time.monotonic()
    response = client.post("/api/v1/check", content=body, headers={"Content-Type": "application/json"})
    assert_error(response, 413, "too-long")
    assert time.monotonic() - started < 2


def test_chunked_body_over_the_cap_is_refused(client):
    def chunks():
        yield b'{"text": "'
        for _ in range(20):
            yield b"x" * 65_536
        yield b'"}'

    response = client.post("/api/v1/check", content=chunks(), headers={"Content-Type": "application/json"})
    assert "content-length" not in response.request.headers
    assert_error(response, 413)


@pytest.mark.parametrize("content_type", ["text/plain", "application/x-www-form-urlencoded", None])
def test_wrong_content_type_is_415(client, content_type):
    headers = {"Content-Type": content_type} if content_type else {}
    response = client.post("/api/v1/check", content=json.dumps({"text": LETTER}).encode(), headers=headers)
    assert_error(response, 415, "wrong-content-type")


@pytest.mark.parametrize(
    "body, field",
    [
        ({"text": LETTER, "target": "C2"}, "target"),
        ({"text": LETTER, "target": "a2"}, "target"),
        ({"text": LETTER, "format": "pdf"}, "format"),
        ({"text": 42}, "text"),
        ({"text": None}, "text"),
        ({}, "text"),
        ({"text": LETTER, "colour": "red"}, "colour"),
        ({"text": LETTER, "glossary": ["mentor"]}, "glossary"),
    ],
)
def test_invalid_fields_are_422(client, body, field):
    error = assert_error(check(client, **body), 422, "invalid-fields")
    assert field in error["message_nl"]
    assert field in [problem["field"] for problem in error["fields"]]


def test_malformed_school_glossary_is_422(client):
    error = assert_error(check(client, text=LETTER, glossary={"entries": [{"term": "Parro"}]}), 422, "bad-format")
    assert "woordenlijst" in error["message_nl"]


def test_lone_surrogate_is_422_not_a_crash(client):
    response = client.post("/api/v1/check", content=b'{"text": "Hallo \\ud800 ouders"}',
                           headers={"Content-Type": "application/json"})
    assert_error(response, 422, "invalid-fields")


@pytest.mark.parametrize("raw", [b"", b"{", b"null", b"[1, 2]", b'"tekst"', b"\xff\xfe\x00", b'{"text": "a"' + b" " * 10])
def test_malformed_bodies_are_4xx_json(client, raw):
    response = client.post("/api/v1/check", content=raw, headers={"Content-Type": "application/json"})
    assert 400 <= response.status_code < 500, response.text
    assert response.json()["error"]["message_nl"]


@pytest.mark.parametrize(
    "text",
    [
        "\x00\x01\x02 control",
        "🙂" * 500,
        "a" * 5_000,  # one endless word
        ".\n" * 2_000,
        "<<<>>>&&&;;" * 100,
        "Beste ouders,\r\n\r\nDe les\u00a0begint\u200b om 8 uur.\u2028Tot dan!",
        "ﬁ ligatuur, Ä̈ combining, \u202etekst van rechts",
    ],
)
@pytest.mark.parametrize("fmt", ["text", "html", "markdown"])
def test_odd_text_never_crashes_and_offsets_hold(client, text, fmt):
    response = check(client, text=text, format=fmt)
    assert response.status_code in (200, 400), response.text
    if response.status_code == 200:
        assert_offsets(Report.model_validate(response.json()))


@pytest.mark.parametrize("raw", [b"", b'{"text": "\xff\xfe"}', b"[" * 5_000 + b"]" * 5_000,
                                 b'{"text": "a", "glossary": ' + b'{"a": ' * 3_000 + b"1" + b"}" * 3_001])
def test_bodies_that_are_not_json_are_invalid_json(client, raw):
    response = client.post("/api/v1/check", content=raw, headers={"Content-Type": "application/json"})
    assert_error(response, 400, "invalid-json")


def test_unknown_paths_and_methods_answer_json(client):
    assert_error(client.get("/api/v1/nothing"), 404)
    assert_error(client.get("/api/v1/check"), 405)
    for method in ("PUT", "POST", "PATCH", "DELETE"):
        assert_error(client.request(method, "/api/v1/meta", content=b"{}"), 405)
        assert_error(client.request(method, "/api/v1/meta"), 405)


def test_the_schema_says_what_text_the_server_takes(client):
    text = client.get("/openapi.json").json()["components"]["schemas"]["CheckRequest"]["properties"]["text"]
    assert text["minLength"] == 1 and text["pattern"] == r"\S"


def test_openapi_and_docs_are_served_without_a_cdn(client):
    spec = client.get("/openapi.json").json()
    assert "/api/v1/check" in spec["paths"]
    assert "CheckRequest" in spec["components"]["schemas"] and "Report" in spec["components"]["schemas"]
    docs = client.get("/docs")
    assert docs.status_code == 200 and "/docs-assets/swagger-ui-bundle.js" in docs.text
    assert "cdn" not in docs.text.lower()
    assert client.get("/docs-assets/swagger-ui-bundle.js").status_code == 200
