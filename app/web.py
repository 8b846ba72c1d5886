"""The web form at `/`: paste a letter, see its level and every problem in place.

Rendered on the server, so it works without JavaScript. The letter is only held in memory
for the one request: it is not logged, not stored and not cached by the browser.
"""
from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qs

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from app.errors import STATUS_OF_CODE
from app.highlight import letter_blocks, rewrites
from app.jobs import run_for
from readability.analysers import AnalyserRestarting
from readability.engine import analyse
from readability.errors import MAX_CHARACTERS, UnusableInput
from readability.report import LEVELS

router = APIRouter(include_in_schema=False)
templates = Jinja2Templates(directory=Path(__file__).resolve().parent / "templates")

TARGETS = {"A1": "A1 - heel eenvoudig", "A2": "A2 - eenvoudig (aangeraden)", "B1": "B1 - iets moeilijker"}
RESTARTING = "De controle start nog op. Probeer het over een paar seconden opnieuw."
TOO_LARGE = f"De tekst is te lang. Het maximum is {MAX_CHARACTERS:,} tekens.".replace(",", ".")
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self'; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}


def _page(request: Request, status: int = 200, **context) -> HTMLResponse:
    context = {"text": "", "target": "A2", "report": None, "error": None, **context}
    response = templates.TemplateResponse(
        request,
        "page.html",
        {"targets": TARGETS, "levels": LEVELS, "max_characters": MAX_CHARACTERS, **context},
        status_code=status,
    )
    response.headers.update(SECURITY_HEADERS)
    return response


@router.get("/", response_class=HTMLResponse)
def form(request: Request) -> HTMLResponse:
    return _page(request)


@router.post("/", response_class=HTMLResponse)
async def check_letter(request: Request) -> HTMLResponse:
    if getattr(request.state, "body_too_large", False):
        return _page(request, 413, error=TOO_LARGE)
    if request.headers.get("content-type", "").split(";")[0].strip() != "application/x-www-form-urlencoded":
        return _page(request, 415, error="Dit formulier kan alleen gewone tekst versturen.")
    fields = parse_qs((await request.body()).decode("utf-8", errors="replace"), keep_blank_values=True)
    text = fields.get("text", [""])[0].replace("\r\n", "\n")
    target = fields.get("target", ["A2"])[0]
    if target not in TARGETS:
        return _page(request, 422, text=text, error="Kies een niveau: A1, A2 of B1.")
    if not request.app.state.model_ready.is_set():
        return _page(request, 503, text=text, target=target, error=RESTARTING)
    try:
        report = await run_for(request, analyse, text, target=target)
    except UnusableInput as error:
        return _page(request, STATUS_OF_CODE.get(error.code, 400), text=text, target=target, error=error.message_nl)
    except AnalyserRestarting:
        return _page(request, 503, text=text, target=target, error=RESTARTING)
    blocks = letter_blocks(report)
    marked = {anchor for block in blocks for part in block.parts for anchor in part.anchors}
    return _page(request, text=text, target=target, report=report, blocks=blocks, marked=marked,
                 rewrites=rewrites(report))
