"""The server under long checks (issue #17): a time budget per check, work stopped when the client
goes away, a clean stop on SIGTERM with no analyser left behind, and an access log without query
strings or client addresses."""
from __future__ import annotations

import re
import signal
import threading
import time
from pathlib import Path

import httpx
import pytest

from live_server import LiveServer

LETTER = (Path(__file__).parent / "data" / "letters" / "01_ouderavond_groep8.txt").read_text(encoding="utf-8")
SLOW = (LETTER + "\n\n") * (190_000 // (len(LETTER) + 2))  # seconds of analysis, even on a fast machine
EASY = "Beste ouders,\n\nMorgen is er geen school.\n\nGroet,\nJuf Sara"


def wait_for(condition, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return condition()


def alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.fixture(scope="module")
def server():
    live = LiveServer(env={"OUDERBRIEF_ANALYSIS_SECONDS": "1.5"})
    yield live
    live.stop()


def test_a_check_over_the_budget_is_stopped_with_a_clear_error(server):
    with httpx.Client(base_url=server.url, timeout=120) as client:
        started = time.monotonic()
        response = client.post("/api/v1/check", json={"text": SLOW})
        assert time.monotonic() - started < 30
        assert response.status_code == 422, response.text
        error = response.json()["error"]
        assert error["code"] == "too-slow" and "te lang" in error["message_nl"]
        assert client.post("/api/v1/check", json={"text": EASY}).status_code == 200  # a fresh analyser


def test_the_web_form_shows_the_budget_error_as_a_page(server):
    response = httpx.post(f"{server.url}/", data={"text": SLOW, "target": "A2"}, timeout=120)
    assert response.status_code == 422 and "te lang" in response.text and "<html" in response.text


def test_a_check_is_stopped_when_its_client_goes_away():
    live = LiveServer()  # the normal budget: only the disconnect can stop this check
    try:
        [analyser] = live.analyser_pids()
        with pytest.raises(httpx.ReadTimeout):
            httpx.post(f"{live.url}/api/v1/check", json={"text": SLOW}, timeout=1.0)
        assert wait_for(lambda: not alive(analyser), 5), "the analysis went on after the client left"
        assert "An analysis was stopped (CancelledError)" in live.output()
        response = httpx.post(f"{live.url}/api/v1/check", json={"text": EASY}, timeout=120)
        assert response.status_code == 200
    finally:
        live.stop()


def test_sigterm_stops_the_server_within_seconds_and_leaves_no_analyser():
    live = LiveServer(workers=2)
    analysers = live.analyser_pids()
    threading.Thread(target=lambda: httpx.post(f"{live.url}/api/v1/check", json={"text": SLOW}, timeout=120),
                     daemon=True).start()
    time.sleep(1.0)  # a long check is running
    started = time.monotonic()
    live.process.send_signal(signal.SIGTERM)
    live.process.wait(timeout=15)
    assert time.monotonic() - started < 8
    assert wait_for(lambda: not any(alive(pid) for pid in analysers), 3), "an analyser was left behind"


def test_the_access_log_has_method_path_and_status_only(server):
    marker = "Zwaantje-Merel"
    httpx.get(f"{server.url}/?tekst={marker}&key=geheim", timeout=30)
    httpx.post(f"{server.url}/api/v1/check?naam={marker}", json={"text": EASY}, timeout=60)
    access = [line for line in server.output().splitlines() if "ouderbrief.access" in line]
    assert any('"GET /" 200' in line for line in access)
    assert any('"POST /api/v1/check" 200' in line for line in access)
    assert marker not in server.output() and "geheim" not in server.output()
    assert not any(re.search(r"\d+\.\d+\.\d+\.\d+", line) for line in access)


def test_a_marker_word_leaves_no_trace_in_logs_or_files(server):
    """The marker through every path and error path: the API, the mail API and the web form, a
    bad glossary, a too-long text, a body that is not JSON, an unknown path, a budget overrun."""
    marker = "Kwartelkoning-Sprokkelaar"
    started = time.time()
    letter = f"Beste ouders,\n\nDe {marker.lower()} komt morgen. {marker} is ziek.\n\nGroet,\nJuf Sara"
    message = f"From: juf@school.example\r\nSubject: {marker}\r\n\r\n{letter}\r\n".encode()
    with httpx.Client(base_url=server.url, timeout=120) as client:
        answers = [
            client.post("/api/v1/check", json={"text": letter}),
            client.post("/api/v1/check", json={"text": letter, "format": "html"}),
            client.post("/api/v1/check-message", content=message, headers={"Content-Type": "message/rfc822"}),
            client.post("/", data={"text": letter, "target": "A2"}),
            client.post("/api/v1/check", json={"text": letter, "glossary": {"entries": [{"term": marker}]}}),
            client.post("/api/v1/check", json={"text": letter * 3_000}),
            client.post("/api/v1/check", content=f'{{"text": "{marker}'.encode(), headers={"Content-Type": "application/json"}),
            client.post(f"/api/v1/{marker}", json={"text": letter}),
            client.post("/api/v1/check", json={"text": letter, "target": marker}),
            client.post("/api/v1/check", json={"text": SLOW + marker}),
        ]
    assert [answer.status_code for answer in answers] == [200, 200, 200, 200, 422, 413, 400, 404, 422, 422]
    assert marker not in server.output()
    for folder in (Path(__file__).resolve().parent.parent, Path("/tmp")):
        for path in folder.rglob("*"):
            if {".git", ".venv"} & set(path.parts) or not path.is_file() or path.stat().st_mtime < started:
                continue
            try:
                assert marker.encode() not in path.read_bytes(), f"{path} holds the letter"
            except OSError:
                continue
