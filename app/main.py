"""The FastAPI application: REST API, web form and OpenAPI docs, served from one process that
hands every check to the analyser processes (readability/analysers.py)."""
from __future__ import annotations

import asyncio
import logging
import threading
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.staticfiles import StaticFiles
from swagger_ui_bundle import swagger_ui_path

from app import api, mail_api, web
from app.access_log import AccessLog
from app.docs_page import docs_page
from app.errors import install_error_handlers
from app.guard import RequestGuard
from app.settings import Settings
from readability.analysers import Analysers
from readability.nlp import model_location

log = logging.getLogger("ouderbrief.app")
STATIC = Path(__file__).resolve().parent / "static"


@asynccontextmanager
async def lifespan(app: FastAPI):
    # Uvicorn accepts requests only after start-up, so every analyser is ready before it serves.
    analysers = app.state.analysers
    try:
        model_location()  # a pipeline that is not there is named at once, before any process starts
        app.state.model = await asyncio.to_thread(analysers.start)
    except Exception as error:
        log.error("The model could not be loaded, so the server stops: %s", error)
        analysers.stop()
        raise
    app.state.model_ready.set()
    try:
        yield
    finally:
        analysers.stop()


def create_app(settings: Settings | None = None, analysers: int = 1) -> FastAPI:
    """The app; `analysers` is the number of analyser processes (one per core is best)."""
    app = FastAPI(
        title="Ouderbrief",
        version="1",
        summary="Plain-language checker for Dutch letters from schools to parents.",
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.settings = settings or Settings.from_env()
    app.state.model_ready = threading.Event()
    app.state.analysers = Analysers(analysers, seconds=app.state.settings.analysis_seconds)
    install_error_handlers(app)
    app.include_router(api.router)
    app.include_router(api.v1)
    app.include_router(mail_api.router)
    app.include_router(web.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.mount("/docs-assets", StaticFiles(directory=swagger_ui_path), name="docs-assets")

    app.get("/docs", include_in_schema=False)(docs_page)

    max_body_bytes = app.state.settings.max_body_bytes
    app.add_middleware(RequestGuard, max_body_bytes=max_body_bytes,
                       bodies={api.CHECK_PATH: ("application/json", max_body_bytes), **mail_api.RAW_BODIES})
    app.add_middleware(AccessLog)
    if app.state.settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=list(app.state.settings.cors_origins),
            allow_methods=["GET", "POST"],
            allow_headers=["Content-Type", "Authorization", "X-API-Key"],
        )
    return app
