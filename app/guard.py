"""The app's outer boundary: body size cap, JSON-only API, and no crash ever reaching the client.

A body larger than the cap is refused with 413 before it is read (by Content-Length) or as
soon as the cap is passed (chunked bodies); outside the API the app gets an empty body and
`request.state.body_too_large`, so the web form can answer with its own page. API answers (which
hold the letter) are sent with `Cache-Control: no-store`. Unexpected errors become a JSON 500 and
are logged by type and place only, because messages and tracebacks could contain letter text.
"""
from __future__ import annotations

import logging

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.errors import error_response, http_error
from readability.errors import origin

log = logging.getLogger("ouderbrief.app")

BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})


class RequestGuard:
    def __init__(self, app: ASGIApp, max_body_bytes: int, bodies: dict[str, tuple[str, int]], json_prefix: str = "/api/"):
        self.app = app
        self.max_body_bytes = max_body_bytes  # for any other path: the web form, or a wrong method
        self.bodies = bodies  # API path that takes a body -> (its media type, its byte cap)
        self.json_prefix = json_prefix

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        in_api = scope["path"].startswith(self.json_prefix)
        if scope["method"] in BODY_METHODS:
            media_type, max_bytes = self.bodies.get(scope["path"], (None, self.max_body_bytes))
            refusal = self._refusal(scope, media_type, max_bytes)
            if refusal is None:
                body = await self._read_capped(receive, max_bytes)
                refusal = http_error(413) if body is None else None
                receive = _replay(body or b"", receive)
            if refusal is not None and refusal.status_code == 413 and not in_api:
                scope.setdefault("state", {})["body_too_large"] = True  # the page says so itself
            elif refusal is not None:
                await refusal(scope, receive, _not_stored(send))
                return
        await self._run_contained(scope, receive, _not_stored(send) if in_api else send)

    def _refusal(self, scope: Scope, expected_media_type: str | None, max_bytes: int):
        headers = {name.decode("latin-1").lower(): value.decode("latin-1") for name, value in scope["headers"]}
        length = headers.get("content-length", "").strip()
        if length and not length.isdigit():
            return error_response(400, "bad-request", "De lengte van het verzoek klopt niet.", "Invalid Content-Length.")
        if length and int(length) > max_bytes:
            return http_error(413)
        media_type = headers.get("content-type", "").split(";")[0].strip().lower()
        if expected_media_type is not None and media_type != expected_media_type:
            return http_error(415) if expected_media_type == "application/json" else error_response(
                415, "wrong-content-type", f"Stuur het bericht met Content-Type: {expected_media_type}.",
                f"Send the request with Content-Type: {expected_media_type}.")
        return None

    async def _read_capped(self, receive: Receive, max_bytes: int) -> bytes | None:
        chunks, size = [], 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                break
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > max_bytes:
                return None
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        return b"".join(chunks)

    async def _run_contained(self, scope: Scope, receive: Receive, send: Send) -> None:
        started = False

        async def tracking_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, tracking_send)
        except Exception as error:  # noqa: BLE001 - the one place that turns any crash into JSON
            log.error("Unexpected %s at %s", type(error).__name__, origin(error))
            if not started:
                response = error_response(
                    500, "internal", "Er ging iets mis in de server. Probeer het opnieuw.", "Internal error; please try again."
                )
                await response(scope, receive, send)


def _not_stored(send: Send) -> Send:
    """Adds `Cache-Control: no-store` to the response: browsers and proxies keep no copy."""

    async def sending(message: Message) -> None:
        if message["type"] == "http.response.start":
            headers = [(name, value) for name, value in message.get("headers", []) if name.lower() != b"cache-control"]
            message = {**message, "headers": [*headers, (b"cache-control", b"no-store")]}
        await send(message)

    return sending


def _replay(body: bytes, receive: Receive) -> Receive:
    """A receive() that hands the app the already-read body, then defers to the client."""
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if sent:
            return await receive()
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    return replay
