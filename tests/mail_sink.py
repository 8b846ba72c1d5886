"""A real SMTP server on loopback that keeps what it receives: the next hop behind the relay.

Used by the relay tests and by bench/relay_bench.py.
"""
from __future__ import annotations

import threading
import time
from dataclasses import dataclass

from aiosmtpd.controller import Controller

from live_server import free_port  # noqa: F401 - the tests take it from here too


@dataclass(frozen=True)
class Received:
    mail_from: str
    rcpt_tos: list[str]
    mail_options: list[str]
    data: bytes
    at: float  # time.perf_counter() when the message was accepted


class SinkHandler:
    def __init__(self, refuse_recipients: bool = False):
        self.refuse_recipients = refuse_recipients
        self.received: list[Received] = []
        self.lock = threading.Lock()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if self.refuse_recipients:
            return "550 5.1.1 No such user here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            self.received.append(Received(envelope.mail_from, list(envelope.rcpt_tos), list(envelope.mail_options),
                                          envelope.original_content, time.perf_counter()))
        return "250 2.0.0 Kept"


def start_sink(refuse_recipients: bool = False) -> tuple[Controller, SinkHandler]:
    handler = SinkHandler(refuse_recipients)
    controller = Controller(handler, hostname="127.0.0.1", port=free_port(), enable_SMTPUTF8=True)
    controller.start()
    return controller, handler
