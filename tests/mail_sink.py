"""A real SMTP server on loopback that keeps what it receives (the next hop behind the relay),
and a real relay process in front of it. Used by the relay tests and by bench/relay_bench.py.
"""
from __future__ import annotations

import os
import smtplib
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP

from live_server import free_port  # noqa: F401 - the tests take it from here too

REPO = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Received:
    mail_from: str
    rcpt_tos: list[str]
    mail_options: list[str]
    data: bytes
    at: float  # time.perf_counter() when the message was accepted


class SinkHandler:
    def __init__(self, replies: dict[str, str] | None = None):
        self.replies = replies or {}  # recipient -> the reply to its RCPT (default: accepted)
        self.received: list[Received] = []
        self.lock = threading.Lock()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.replies:
            return self.replies[address]
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            self.received.append(Received(envelope.mail_from, list(envelope.rcpt_tos), list(envelope.mail_options),
                                          envelope.original_content, time.perf_counter()))
        return "250 2.0.0 Kept"


class PostfixLikeSMTP(SMTP):
    """Accepts lines of any length, as Postfix does (aiosmtpd refuses lines over 1,000 bytes)."""

    line_length_limit = 32 * 1024 * 1024


class SinkController(Controller):
    def factory(self):
        return PostfixLikeSMTP(self.handler, **self.SMTP_kwargs)


def start_sink(replies: dict[str, str] | None = None, port: int | None = None) -> tuple[Controller, SinkHandler]:
    handler = SinkHandler(replies)
    controller = SinkController(handler, hostname="127.0.0.1", port=port or free_port(), enable_SMTPUTF8=True)
    controller.start()
    return controller, handler


class RelayProcess:
    """A real `ouderbrief relay` process on loopback, ready once it accepts SMTP connections."""

    def __init__(self, forward_port: int, mode: str = "tag", startup_timeout: float = 180, workers: int = 1,
                 env: dict[str, str] | None = None):
        self.port = free_port()
        self.log = tempfile.TemporaryFile(mode="w+")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "readability.cli", "relay", "--listen", f"127.0.0.1:{self.port}",
             "--forward", f"127.0.0.1:{forward_port}", "--mode", mode, "--workers", str(workers)],
            cwd=REPO, stdout=self.log, stderr=subprocess.STDOUT, env={**os.environ, **(env or {})},
        )
        deadline = time.monotonic() + startup_timeout
        while not self._accepts_mail():  # the relay listens once its model is loaded
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"relay did not start:\n{self.output()}")
            time.sleep(0.5)

    def _accepts_mail(self) -> bool:
        try:
            smtplib.SMTP("127.0.0.1", self.port, timeout=5).quit()
            return True
        except OSError:
            return False

    def output(self) -> str:
        self.log.seek(0)
        return self.log.read()

    def stop(self) -> int:
        """Stop the relay (SIGTERM) and return its exit code."""
        self.process.terminate()
        try:
            return self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            return self.process.wait()
