"""Start the web server (`ouderbrief serve`)."""
from __future__ import annotations

import uvicorn

from app.main import create_app


def run(host: str = "127.0.0.1", port: int = 8000, workers: int = 1) -> None:
    """One HTTP process with `workers` analyser processes behind it (see app/analysers.py)."""
    # The access log holds method, path and status only: never a body or letter text.
    uvicorn.run(create_app(analysers=workers), host=host, port=port, log_level="info")
