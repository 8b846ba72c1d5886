"""SMTP relay for a mail server's content filter: check every message, then pass it on or hold it.

- mode "tag": every message is forwarded with X-Ouderbrief-* headers added on top; a message that
  could not be checked too (`X-Ouderbrief-Verdict: error`): mail is never lost because of Ouderbrief.
- mode "hold": only a message whose check says "pass" is forwarded. "hold" is refused with a 550
  reply that says why (in Dutch); a message the check cannot use (no text, an unknown charset, too
  long) with 550 and the reason; a check that failed or went over its time budget with 451, so the
  sending server keeps the message and tries again later (and a person can look).
The relay is a proxy: it opens a connection to the next mail server when a message starts (MAIL),
passes every recipient on as it arrives (RCPT) and answers each with that server's own reply, so a
refused recipient gets its 5xx and a deferred one its 4xx; the message itself (DATA) goes on only
after the check. The message bytes are never re-serialised: only header lines are added above them.
Checks run in analyser processes (readability/analysers.py), so the SMTP loop never waits for
one, and each check has a time budget of its own (waiting for a free analyser does not count).
Lines of any length are accepted, as Postfix accepts them. Only the type of a failure is logged,
never the text, the subject or the addresses.
"""
from __future__ import annotations

import asyncio
import functools
import logging
import re
import signal
import smtplib
import threading

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session

from readability.analysers import Analysers, TooCostly, budget_seconds
from readability.errors import UnusableInput
from readability.mail.verdict import error_headers, hold_reply, report_headers, smtp_reply, with_headers

log = logging.getLogger("ouderbrief.relay")

MODES = ("tag", "hold")
CHECK_SECONDS = 60.0  # below Postfix smtpd_proxy_timeout (120 s in our set-up)
FORWARD_TIMEOUT_SECONDS = 60
MAX_MESSAGE_BYTES = 32 * 1024 * 1024  # aiosmtpd's default message size limit
# ESMTP MAIL parameters that must reach the next server unchanged.
PASSED_MAIL_OPTIONS = ("BODY=8BITMIME", "SMTPUTF8")
ENHANCED_STATUS = re.compile(r"[245]\.\d{1,3}\.\d{1,3}")
NEXT_HOP_DOWN = smtp_reply(451, "4.4.1", ["Ouderbrief: de volgende mailserver reageert niet. Probeer het later opnieuw."])
CHECK_FAILED = smtp_reply(451, "4.3.0", [
    "Ouderbrief: de controle van deze mail is mislukt. De mail is nog niet verstuurd.",
    "De server probeert het later opnieuw.",
])


def parse_address(address: str) -> tuple[str, int]:
    """'127.0.0.1:10025' or '[::1]:10025' -> (host, port)."""
    host, _, port = address.rpartition(":")
    host = host.strip("[]")
    if not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise ValueError(f"Not a HOST:PORT address: {address!r}")
    return host, int(port)


class NextHop:
    """The connection to the next mail server for one client session (smtplib, in threads)."""

    def __init__(self, address: tuple[str, int]):
        self.address = address
        self.client: smtplib.SMTP | None = None

    async def _call(self, function, *args):
        return await asyncio.get_running_loop().run_in_executor(None, functools.partial(function, *args))

    def _connect(self) -> smtplib.SMTP:
        client = smtplib.SMTP(*self.address, timeout=FORWARD_TIMEOUT_SECONDS)
        client.ehlo_or_helo_if_needed()
        return client

    async def mail(self, sender: str, options: list[str]) -> tuple[int, bytes]:
        if self.client is None:
            self.client = await self._call(self._connect)
        return await self._call(self.client.mail, sender, options)

    async def rcpt(self, recipient: str) -> tuple[int, bytes]:
        return await self._call(self._connected().rcpt, recipient)

    async def data(self, raw: bytes) -> tuple[int, bytes]:
        return await self._call(self._connected().data, raw)

    def _connected(self) -> smtplib.SMTP:
        if self.client is None:  # it failed earlier in this message
            raise smtplib.SMTPServerDisconnected("not connected")
        return self.client

    async def rset(self) -> None:
        if self.client is not None:
            await self._call(self._quietly, self.client.rset)

    def close(self) -> None:
        """Say goodbye to the next server, in the background (the client may be gone already)."""
        client, self.client = self.client, None
        if client is not None:
            threading.Thread(target=self._quietly, args=(client.quit,), daemon=True).start()

    @staticmethod
    def _quietly(function) -> None:
        try:
            function()
        except (OSError, smtplib.SMTPException):
            pass


class RelaySMTP(SMTP):
    """aiosmtpd's SMTP server with Postfix's tolerance of long lines, and the next server's
    connection closed when the client goes away."""

    line_length_limit = MAX_MESSAGE_BYTES

    def connection_lost(self, error) -> None:
        hop = getattr(self.session, "next_hop", None)
        if hop is not None:
            hop.close()
        super().connection_lost(error)


class RelayController(Controller):
    def factory(self):
        return RelaySMTP(self.handler, **self.SMTP_kwargs)


class RelayHandler:
    """aiosmtpd handler: pass the envelope on, check the message, then forward, tag or hold it.
    `check(raw)` is a coroutine that returns the report (or raises)."""

    def __init__(self, check, forward: tuple[str, int], mode: str):
        if mode not in MODES:
            raise ValueError(f"Unknown relay mode {mode!r}; expected one of {MODES}")
        self.check = check
        self.forward = forward
        self.mode = mode

    async def handle_MAIL(self, server, session: Session, envelope: Envelope, address: str, mail_options: list[str]):
        hop = session.next_hop = getattr(session, "next_hop", None) or NextHop(self.forward)
        options = [option for option in mail_options if option.upper() in PASSED_MAIL_OPTIONS]
        reply = await self._ask(hop, hop.mail(address, options))
        if reply is None:
            envelope.mail_from = address
            envelope.mail_options.extend(mail_options)
            return "250 2.1.0 OK"
        return reply

    async def handle_RCPT(self, server, session: Session, envelope: Envelope, address: str, rcpt_options: list[str]):
        reply = await self._ask(session.next_hop, session.next_hop.rcpt(address))
        if reply is None:
            envelope.rcpt_tos.append(address)
            envelope.rcpt_options.extend(rcpt_options)
            return "250 2.1.5 OK"
        return reply

    async def handle_DATA(self, server, session: Session, envelope: Envelope) -> str:
        raw, hop = envelope.original_content, session.next_hop
        try:
            report = await self.check(raw)
        except Exception as error:  # noqa: BLE001 - every failure has an answer below
            return await self._not_checked(hop, envelope, raw, error)
        if self.mode == "hold" and report.verdict != "pass":
            log.info("Message held: level %s, target %s.", report.level, report.target)
            await hop.rset()
            return hold_reply(report)
        return await self._ask(hop, hop.data(with_headers(raw, report_headers(report)))) or "250 2.0.0 OK"

    async def handle_RSET(self, server, session: Session, envelope: Envelope) -> str:
        hop = getattr(session, "next_hop", None)
        if hop is not None:
            await hop.rset()
        return "250 2.0.0 OK"

    async def handle_QUIT(self, server, session: Session, envelope: Envelope) -> str:
        hop = getattr(session, "next_hop", None)
        if hop is not None:
            hop.close()
        return "221 2.0.0 Bye"

    async def _not_checked(self, hop: NextHop, envelope: Envelope, raw: bytes, error: Exception) -> str:
        """Tag mode forwards the message marked as not checked; hold mode does not let it through."""
        log.warning("Message not checked (%s).", _failure_name(error))
        if self.mode == "tag":
            return await self._ask(hop, hop.data(with_headers(raw, error_headers(error)))) or "250 2.0.0 OK"
        await hop.rset()
        if isinstance(error, UnusableInput) and not isinstance(error, TooCostly):
            return smtp_reply(550, "5.6.0", ["Ouderbrief: deze mail is niet gecontroleerd en niet verstuurd.",
                                             error.message_nl])
        return CHECK_FAILED

    async def _ask(self, hop: NextHop, request) -> str | None:
        """The next server's answer to `request`: None when it accepted, else the reply for our client."""
        try:
            code, answer = await request
        except smtplib.SMTPResponseException as error:
            code, answer = error.smtp_code, error.smtp_error
        except (OSError, smtplib.SMTPException) as error:
            log.warning("Next mail server %s:%s failed (%s); asking the sender to retry.", *self.forward,
                        type(error).__name__)
            hop.close()
            return NEXT_HOP_DOWN
        return None if 200 <= code < 300 else _passed_on(code, answer)


def _failure_name(error: Exception) -> str:
    return f"{type(error).__name__}: {error.code}" if isinstance(error, UnusableInput) else type(error).__name__


def _passed_on(code: int, answer: bytes) -> str:
    """The next server's refusal, handed back to the sender (its first line, in ASCII)."""
    first_line = (answer.decode("utf-8", "replace").splitlines() or [""])[0]
    status, _, rest = first_line.partition(" ")
    if not ENHANCED_STATUS.fullmatch(status):
        status, rest = f"{str(code)[0]}.0.0", first_line
    return smtp_reply(code, status, [rest or "Refused by the next mail server."])


def start(listen: str, forward: str, mode: str, check) -> Controller:
    """Start the relay's SMTP server in a background thread; `check(raw)` is a coroutine function."""
    # aiosmtpd logs every command (addresses) at INFO and the message lines at DEBUG: keep it quiet.
    logging.getLogger("mail.log").setLevel(logging.WARNING)
    host, port = parse_address(listen)
    handler = RelayHandler(check, parse_address(forward), mode)
    controller = RelayController(handler, hostname=host, port=port, enable_SMTPUTF8=True, ident="Ouderbrief relay",
                                 data_size_limit=MAX_MESSAGE_BYTES)
    controller.start()
    return controller


def checking_in(analysers: Analysers, target: str):
    """The real check: check_message in one of the analyser processes, within its budget."""
    from readability.mail.check import check_message

    async def check(raw: bytes):
        return await analysers.run(check_message, raw, target=target)

    return check


def run(listen: str, forward: str, mode: str, target: str, workers: int = 1) -> None:
    """Run the relay until SIGTERM or Ctrl+C; its analyser processes end with it."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    analysers = Analysers(workers, seconds=budget_seconds(CHECK_SECONDS))
    analysers.start()  # every analyser has loaded the model before the first message arrives
    controller = start(listen, forward, mode, checking_in(analysers, target))
    log.info("Ouderbrief relay on %s, forwarding to %s, mode %s, target %s.", listen, forward, mode, target)
    stopping = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stopping.set())
    try:
        stopping.wait()
    except KeyboardInterrupt:
        pass
    finally:
        controller.stop()
        analysers.stop()
        log.info("Ouderbrief relay stopped.")

