"""Issue #17's hostile inputs against a real server: the API, the mail API and the web form answer
a report or a clear 4xx with a Dutch message, never a 500."""
import httpx
import pytest

from live_server import LiveServer
from test_hostile_input import message_with_charset, nested_multiparts

LETTER_INPUTS = {
    "list start in superscript": {"format": "html", "text": '<ol start="²"><li>x</li></ol>'},
    "list start of 5,000 digits": {"format": "html", "text": f'<ol start="{"9" * 5000}"><li>x</li></ol>'},
    "endless word": {"text": "A" * 10_000},
    "glossary term of dots": {"text": "Beste ouders, tot morgen...", "glossary": {
        "entries": [{"term": "...", "category": "officialese", "alternatives": ["x"]}]}},
}
MESSAGES = {
    **{f"charset {charset!r}": message_with_charset(charset) for charset in ("undefined", "punycode", "utf-8\0", "utf-16")},
    "1,000 nested multiparts": nested_multiparts(1_000),
}


@pytest.fixture(scope="module")
def client():
    live = LiveServer(env={"OUDERBRIEF_API_KEYS": ""})
    with httpx.Client(base_url=live.url, timeout=120) as http:
        yield http
    live.stop()


def assert_answered(response):
    assert response.status_code < 500, response.text[:300]
    if response.status_code >= 400 and response.headers["content-type"].startswith("application/json"):
        assert response.json()["error"]["message_nl"]


@pytest.mark.parametrize("name", LETTER_INPUTS)
def test_api_check_never_answers_500(client, name):
    assert_answered(client.post("/api/v1/check", json=LETTER_INPUTS[name]))


@pytest.mark.parametrize("name", MESSAGES)
def test_api_check_message_never_answers_500(client, name):
    response = client.post("/api/v1/check-message", content=MESSAGES[name], headers={"Content-Type": "message/rfc822"})
    assert_answered(response)
    assert response.status_code == 400 if name.startswith("charset") else 422


def test_web_form_never_answers_500(client):
    response = client.post("/", data={"text": "A" * 10_000, "target": "A2"})
    assert response.status_code == 200 and "Niveau" in response.text
