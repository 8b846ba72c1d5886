"""Start the web server (`ouderbrief serve`)."""
from __future__ import annotations

import logging

import uvicorn

from app.main import create_app

SHUTDOWN_SECONDS = 3  # on SIGTERM, running checks get this long; then they are stopped


def run(host: str = "127.0.0.1", port: int = 8000, workers: int = 1) -> None:
    """One HTTP process with `workers` analyser processes behind it (see readability/analysers.py)."""
    logging.basicConfig(level=logging.INFO, format="%(levelname)s: %(name)s: %(message)s")
    # uvicorn's access log writes the client's address and the query string: ours (app/access_log.py)
    # holds method, path and status only, never a body or letter text.
    uvicorn.run(create_app(analysers=workers), host=host, port=port, log_level="info", access_log=False,
                timeout_graceful_shutdown=SHUTDOWN_SECONDS)
