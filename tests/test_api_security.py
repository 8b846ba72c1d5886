"""API keys on a real server, readiness before the model is loaded, and key comparison."""
import asyncio

import httpx
import pytest

from app.main import create_app
from app.security import key_is_valid
from app.settings import Settings
from live_server import LiveServer

KEYS = ("sleutel-een-3f9a", "sleutel-twee-77c1")
LETTER = {"text": "Beste ouders,\n\nMorgen is er geen school.\n"}


@pytest.fixture(scope="module")
def keyed_server():
    live = LiveServer(env={"OUDERBRIEF_API_KEYS": " , ".join(KEYS)})
    yield live
    live.stop()
    assert all(key not in live.output() for key in KEYS)


@pytest.fixture(scope="module")
def client(keyed_server):
    with httpx.Client(base_url=keyed_server.url, timeout=60) as http:
        yield http


@pytest.mark.parametrize(
    "headers",
    [{}, {"Authorization": "Bearer fout"}, {"X-API-Key": "sleutel-een"}, {"Authorization": f"Basic {KEYS[0]}"},
     {"Authorization": "Bearer"}],
)
def test_missing_or_wrong_key_is_401(client, headers):
    for response in (client.post("/api/v1/check", json=LETTER, headers=headers), client.get("/api/v1/meta", headers=headers)):
        assert response.status_code == 401
        error = response.json()["error"]
        assert error["code"] == "unauthorized" and "sleutel" in error["message_nl"]


@pytest.mark.parametrize("headers", [{"Authorization": f"Bearer {KEYS[1]}"}, {"X-API-Key": KEYS[0]}])
def test_either_header_with_any_key_is_accepted(client, headers):
    response = client.post("/api/v1/check", json=LETTER, headers=headers)
    assert response.status_code == 200, response.text
    assert response.json()["text"] == LETTER["text"]


def test_health_and_web_form_need_no_key(client):
    assert client.get("/healthz").status_code == 200
    assert client.get("/").status_code == 200


def test_key_comparison_checks_every_key():
    assert key_is_valid("b", ("a", "b"))
    assert not key_is_valid("", ("a", "b"))
    assert not key_is_valid("b ", ("a", "b"))
    assert not key_is_valid("ï", ("i",))


def test_not_ready_until_the_model_is_loaded():
    """Without running start-up, the model is not loaded: health and API say 503, never 500."""
    app = create_app(Settings())

    async def requests():
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as http:
            return await http.get("/healthz"), await http.post("/api/v1/check", json=LETTER)

    for response in asyncio.run(requests()):
        assert response.status_code == 503
        assert response.headers["retry-after"] == "5"
        assert response.json()["error"]["code"] == "starting"


def test_server_without_its_model_stops_with_a_clear_message():
    with pytest.raises(RuntimeError) as failure:
        LiveServer(env={"OUDERBRIEF_SPACY_MODEL": "/nonexistent/pipeline"}, startup_timeout=90)
    message = str(failure.value)
    assert "server exited" in message and "could not be loaded" in message and "OUDERBRIEF_SPACY_MODEL" in message
