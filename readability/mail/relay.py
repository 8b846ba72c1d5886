"""SMTP relay for a mail server's content filter: check every message, then pass it on or hold it.

- mode "tag": every message is forwarded with X-Ouderbrief-* headers added on top.
- mode "hold": a message with verdict "hold" is refused with a 550 reply that says why (in Dutch);
  other messages are forwarded with the headers.
The message bytes are never re-serialised: only header lines are added above them. If the check
fails for any reason, the message is forwarded with `X-Ouderbrief-Verdict: error`, and only the
type of the failure is logged (never the text or the subject). If the next mail server cannot
be reached, the reply is a temporary 451, so the sending server keeps the message and retries.
"""
from __future__ import annotations

import asyncio
import functools
import logging
import re
import signal
import smtplib
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Callable

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import Envelope

from readability.errors import UnusableInput
from readability.mail.verdict import error_headers, hold_reply, report_headers, smtp_reply, with_headers
from readability.report import Report

log = logging.getLogger("ouderbrief.relay")

MODES = ("tag", "hold")
CHECK_TIMEOUT_SECONDS = 60  # below Postfix smtpd_proxy_timeout (100 s); a stuck check forwards as "error"
FORWARD_TIMEOUT_SECONDS = 60
# ESMTP MAIL parameters that must reach the next server unchanged.
PASSED_MAIL_OPTIONS = ("BODY=8BITMIME", "SMTPUTF8")

ENHANCED_STATUS = re.compile(r"[245]\.\d{1,3}\.\d{1,3}")

Checker = Callable[[bytes], Report]


def parse_address(address: str) -> tuple[str, int]:
    """'127.0.0.1:10025' or '[::1]:10025' -> (host, port)."""
    host, _, port = address.rpartition(":")
    host = host.strip("[]")
    if not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise ValueError(f"Not a HOST:PORT address: {address!r}")
    return host, int(port)


class RelayHandler:
    """aiosmtpd handler: check the message, then forward, tag or hold it."""

    def __init__(self, checker: Checker, forward: tuple[str, int], mode: str):
        if mode not in MODES:
            raise ValueError(f"Unknown relay mode {mode!r}; expected one of {MODES}")
        self.checker = checker
        self.forward = forward
        self.mode = mode
        self.check_pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="ouderbrief-check")

    async def handle_DATA(self, server, session, envelope: Envelope) -> str:
        raw = envelope.original_content
        loop = asyncio.get_running_loop()
        try:
            report = await asyncio.wait_for(
                loop.run_in_executor(self.check_pool, self.checker, raw), CHECK_TIMEOUT_SECONDS
            )
        except Exception as error:  # fail open: mail is never lost because of Ouderbrief
            log.warning("Message not checked (%s); forwarding it unchanged.", _failure_name(error))
            return await self._forward(envelope, with_headers(raw, error_headers(error)))
        if self.mode == "hold" and report.verdict == "hold":
            log.info("Message held: level %s, target %s.", report.level, report.target)
            return hold_reply(report)
        return await self._forward(envelope, with_headers(raw, report_headers(report)))

    async def _forward(self, envelope: Envelope, raw: bytes) -> str:
        try:
            refused = await asyncio.get_running_loop().run_in_executor(None, self._send, envelope, raw)
        except smtplib.SMTPRecipientsRefused as error:  # the next server wants none of the recipients
            code, answer = next(iter(error.recipients.values()))
            return _passed_on(code, answer)
        except smtplib.SMTPResponseException as error:
            return _passed_on(error.smtp_code, error.smtp_error)
        except (OSError, smtplib.SMTPException) as error:
            log.warning("Next mail server %s:%s failed (%s); asking the sender to retry.",
                        *self.forward, type(error).__name__)
            return smtp_reply(451, "4.4.1", ["Ouderbrief: de volgende mailserver reageert niet. Probeer het later opnieuw."])
        if refused:
            log.warning("Next mail server refused %d of the recipients.", len(refused))
        return "250 2.0.0 OK"

    def _send(self, envelope: Envelope, raw: bytes) -> dict:
        options = [option for option in envelope.mail_options if option.upper() in PASSED_MAIL_OPTIONS]
        with smtplib.SMTP(*self.forward, timeout=FORWARD_TIMEOUT_SECONDS) as client:
            return client.sendmail(envelope.mail_from or "", envelope.rcpt_tos, raw, mail_options=options)


def _failure_name(error: Exception) -> str:
    return f"{type(error).__name__}: {error.code}" if isinstance(error, UnusableInput) else type(error).__name__


def _passed_on(code: int, answer: bytes) -> str:
    """The next server's refusal, handed back to the sender (its first line, in ASCII)."""
    first_line = (answer.decode("utf-8", "replace").splitlines() or [""])[0]
    status, _, rest = first_line.partition(" ")
    if not ENHANCED_STATUS.fullmatch(status):
        status, rest = f"{str(code)[0]}.0.0", first_line
    return smtp_reply(code, status, [rest or "Refused by the next mail server."])


def start(listen: str, forward: str, mode: str, target: str, checker: Checker | None = None) -> Controller:
    """Start the relay in a background thread; `checker` defaults to the real Ouderbrief check."""
    if checker is None:
        from readability.mail.check import check_message

        checker = functools.partial(check_message, target=target)
    # aiosmtpd logs every command (addresses) at INFO and the message lines at DEBUG: keep it quiet.
    logging.getLogger("mail.log").setLevel(logging.WARNING)
    host, port = parse_address(listen)
    handler = RelayHandler(checker, parse_address(forward), mode)
    controller = Controller(handler, hostname=host, port=port, enable_SMTPUTF8=True, ident="Ouderbrief relay")
    controller.start()
    return controller


def run(listen: str, forward: str, mode: str, target: str) -> None:
    """Run the relay until interrupted (Ctrl+C or SIGTERM)."""
    from readability.nlp import get_nlp

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    get_nlp()  # load the model before the first message arrives
    controller = start(listen, forward, mode, target)
    log.info("Ouderbrief relay on %s, forwarding to %s, mode %s, target %s.", listen, forward, mode, target)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        controller.stop()
