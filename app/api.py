"""REST API, version 1: check a letter, describe the server, and say when it is ready."""
from __future__ import annotations

import json
from importlib.metadata import version
from typing import Any, Literal

import spacy
from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field, field_validator

from app.errors import http_error
from app.jobs import run_for
from app.security import require_api_key
from readability.engine import analyse
from readability.glossary import CATEGORIES, builtin_glossary, school_glossary_from_dict
from readability.report import Report, Target

CHECK_PATH = "/api/v1/check"
router = APIRouter()
v1 = APIRouter(prefix="/api/v1", dependencies=[Depends(require_api_key)], tags=["v1"])

ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    status: {"description": description}
    for status, description in {
        400: "Empty text. JSON error with `message_nl` and `message_en`.",
        401: "API key missing or wrong (only when OUDERBRIEF_API_KEYS is set).",
        413: "Body over the size cap, or text over 200,000 characters.",
        415: "Content-Type is not application/json.",
        422: "Invalid fields, e.g. an unknown target or a malformed glossary.",
        503: "The model is still loading, or an analyser process is being restarted (see Retry-After).",
    }.items()
}


class CheckRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(description="The letter: plain text, Markdown or HTML (see `format`). Text without any "
                      "visible character is refused with 400 `empty`.",
                      json_schema_extra={"minLength": 1, "pattern": r"\S"})
    format: Literal["text", "markdown", "html"] = Field("text", description="How `text` is written.")
    target: Target = Field("A2", description="The level parents must be able to read.")
    glossary: dict[str, Any] | None = Field(
        None,
        description="The school's own terms: `{\"entries\": [{\"term\": ..., \"explanation\": ..., "
        "\"alternatives\": [...]}], \"allow\": [terms never to flag]}` (see wordlists/README.md).",
    )

    @field_validator("text", "glossary")
    @classmethod
    def _valid_unicode(cls, value):
        try:
            json.dumps(value, ensure_ascii=False).encode("utf-8")
        except UnicodeEncodeError:
            raise ValueError("contains characters that are not valid Unicode (lone surrogates)") from None
        return value


def require_ready(request: Request) -> JSONResponse | None:
    return None if request.app.state.model_ready.is_set() else http_error(503, {"Retry-After": "5"})


@v1.post(CHECK_PATH.removeprefix("/api/v1"), response_model=Report, responses=ERROR_RESPONSES, summary="Check a letter")
async def check(body: CheckRequest, request: Request):
    """Level, verdict, findings and an improved text; offsets point into the returned `text`."""
    not_ready = require_ready(request)
    if not_ready:
        return not_ready
    school = school_glossary_from_dict(body.glossary) if body.glossary is not None else None
    return await run_for(request, analyse, body.text, input_format=body.format, target=body.target, school_glossary=school)


@v1.get("/meta", summary="Model, glossary sizes and versions")
def meta(request: Request):
    not_ready = require_ready(request)
    if not_ready:
        return not_ready
    entries = builtin_glossary().entries
    return {
        "model": request.app.state.model,
        "glossary": {category: sum(entry.category == category for entry in entries) for category in CATEGORIES},
        "versions": {"ouderbrief": version("ouderbrief"), "spacy": spacy.__version__, "report_schema": "1"},
        "targets": ["A1", "A2", "B1"],
        "formats": ["text", "markdown", "html"],
    }


@router.get("/healthz", summary="Ready only after the model is loaded")
def healthz(request: Request):
    not_ready = require_ready(request)
    return not_ready or {"status": "ok"}
