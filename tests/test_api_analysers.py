"""The analyser processes behind the HTTP server: shared evenly, and replaced when one dies."""
import os
import signal
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest

from live_server import LiveServer

LETTER = ("Beste ouders,\n\nIndien u verhinderd bent voor het tienminutengesprek, dient u dit z.s.m. "
          "door te geven aan de mentor. Wij verzoeken u tevens het formulier in te vullen.\n\nGroet,\nJuf Anna")


@pytest.fixture(scope="module")
def server():
    live = LiveServer(workers=2)
    yield live
    live.stop()


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def check(client: httpx.Client) -> int:
    return client.post("/api/v1/check", json={"text": LETTER}).status_code


def test_keep_alive_clients_are_shared_by_both_analysers(server):
    """Four clients that each keep one connection open: both analyser processes do about half the work."""
    analysers = server.analyser_pids()
    assert len(analysers) == 2
    before = [cpu_seconds(pid) for pid in analysers]

    def client_session(_):
        with httpx.Client(base_url=server.url, timeout=60) as client:
            return [check(client) for _ in range(15)]

    with ThreadPoolExecutor(4) as pool:
        statuses = [status for session in pool.map(client_session, range(4)) for status in session]
    assert statuses == [200] * 60
    work = [cpu_seconds(pid) - start for pid, start in zip(analysers, before)]
    assert min(work) > 0.35 * sum(work), f"analyser CPU seconds {work}: one process did almost everything"


def test_a_killed_analyser_is_replaced_and_no_request_gets_a_500(server):
    victim = server.analyser_pids()[0]
    os.kill(victim, signal.SIGKILL)
    statuses = []
    with httpx.Client(base_url=server.url, timeout=60) as client:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline and statuses[-1:] != [200]:
            response = client.post("/api/v1/check", json={"text": LETTER})
            statuses.append(response.status_code)
            if response.status_code == 503:
                assert response.headers["retry-after"] == "5"
                assert response.json()["error"]["code"] == "starting"
    assert statuses[-1] == 200 and set(statuses) <= {200, 503}, statuses
    assert victim not in server.analyser_pids()
    assert len(server.analyser_pids()) == 2
    assert "An analyser process stopped" in server.output()
