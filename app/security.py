"""Optional API keys (OUDERBRIEF_API_KEYS): `Authorization: Bearer KEY` or `X-API-Key: KEY`."""
from __future__ import annotations

import hmac

from fastapi import HTTPException, Request


def presented_key(request: Request) -> str:
    scheme, _, credentials = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() == "bearer" and credentials.strip():
        return credentials.strip()
    return request.headers.get("x-api-key", "").strip()


def key_is_valid(presented: str, keys: tuple[str, ...]) -> bool:
    """Compares against every key, in constant time per key, so timing reveals nothing."""
    presented_bytes = presented.encode("utf-8")
    matches = [hmac.compare_digest(presented_bytes, key.encode("utf-8")) for key in keys]
    return any(matches)


def require_api_key(request: Request) -> None:
    """FastAPI dependency: does nothing when no keys are configured (local use)."""
    keys = request.app.state.settings.api_keys
    if keys and not key_is_valid(presented_key(request), keys):
        raise HTTPException(401, headers={"WWW-Authenticate": "Bearer"})
