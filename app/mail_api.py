"""REST API v1: check a raw e-mail message (message/rfc822) before it is sent.

The request guard (app/guard.py) lets this path take `message/rfc822` bodies up to
MAX_MESSAGE_BYTES (see RAW_BODIES); any other Content-Type is refused with 415.
"""
from __future__ import annotations

from fastapi import APIRouter, Depends, Query, Request

from app.api import ERROR_RESPONSES, require_ready
from app.jobs import run_for
from app.security import require_api_key
from readability.mail.check import check_message
from readability.report import Report, Target

PATH = "/api/v1/check-message"
MEDIA_TYPE = "message/rfc822"
MAX_MESSAGE_BYTES = 5 * 1024 * 1024  # attachments included; the extracted text is capped at 200,000 characters
RAW_BODIES = {PATH: (MEDIA_TYPE, MAX_MESSAGE_BYTES)}

router = APIRouter(dependencies=[Depends(require_api_key)], tags=["v1"])


@router.post(
    PATH,
    response_model=Report,
    responses={**ERROR_RESPONSES, 413: {"description": "Message over 5 MB, or text over 200,000 characters."},
               415: {"description": "Content-Type is not message/rfc822."},
               422: {"description": "Not an e-mail message (no header fields), or an unknown target."}},
    summary="Check an e-mail message before it is sent",
    openapi_extra={"requestBody": {"required": True, "content": {MEDIA_TYPE: {"schema": {"type": "string", "format": "binary"}}}}},
)
async def check_message_endpoint(request: Request, target: Target = Query("A2", description="The level parents must be able to read.")):
    """The report on the subject and body a parent reads; `verdict` is pass or hold.

    Attachments, forwarded messages, quoted replies and signatures are left out of the check.
    """
    not_ready = require_ready(request)
    if not_ready:
        return not_ready
    raw = await request.body()
    return await run_for(request, check_message, raw, target=target)
