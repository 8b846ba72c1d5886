"""Start the web server (`ouderbrief serve`)."""
from __future__ import annotations

import uvicorn


def run(host: str = "127.0.0.1", port: int = 8000, workers: int = 1) -> None:
    # The access log holds method, path and status only: never a body or letter text.
    uvicorn.run("app.main:create_app", factory=True, host=host, port=port, workers=workers, log_level="info")
