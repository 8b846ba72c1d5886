"""The access log: method, path and status of every request; never the query string (it may hold a
letter's words or a key), the client's address (a parent's or teacher's IP address), or a path
that does not exist (a client may have put anything in it)."""
from __future__ import annotations

import logging

from starlette.types import ASGIApp, Message, Receive, Scope, Send

log = logging.getLogger("ouderbrief.access")


class AccessLog:
    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        status = 0

        async def noting_status(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, noting_status)
        finally:
            path = scope["path"] if status != 404 else "(unknown path)"
            log.info('"%s %s" %s', scope["method"], path, status or "-")
