"""Run a check for a request in the analysers, and stop it when the client goes away."""
from __future__ import annotations

import asyncio

from fastapi import Request


class ClientGone(Exception):
    """The client closed the connection before its check was done; the check was stopped."""


async def run_for(request: Request, function, *args, **kwargs):
    """`function(*args, **kwargs)` in the next free analyser, stopped (and its analyser replaced)
    as soon as the client disconnects: nobody waits for the answer any more."""
    job = asyncio.ensure_future(request.app.state.analysers.run(function, *args, **kwargs))
    gone = asyncio.ensure_future(_disconnected(request))
    try:
        await asyncio.wait([job, gone], return_when=asyncio.FIRST_COMPLETED)
    finally:
        for task in (job, gone):
            if not task.done():
                task.cancel()
    if not job.done() or job.cancelled():
        await asyncio.gather(job, return_exceptions=True)  # the analyser is stopped before we go on
        raise ClientGone()
    return job.result()


async def _disconnected(request: Request) -> None:
    """Returns when the client disconnects (the body has been read, so nothing else arrives)."""
    while (await request.receive())["type"] != "http.disconnect":
        pass
