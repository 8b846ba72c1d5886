"""Analyser processes: every check runs in one of N processes, each with its own pipeline,
fed from one queue by the single HTTP process.

Why not uvicorn's own workers: each of those keeps the connections it accepted, so with
keep-alive clients one worker can end up with three busy clients while the other idles.
One queue in front of N analysers keeps every core busy whichever connection a request uses.
"""
from __future__ import annotations

import asyncio
import functools
import logging
import multiprocessing
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from readability.engine import analyse
from readability.nlp import get_nlp, model_info

log = logging.getLogger("ouderbrief.app")
WARM_UP_LETTER = "Beste ouders,\n\nMorgen is er geen school. De kinderen zijn vrij.\n\nGroet,\nJuf Anna"


class AnalyserRestarting(RuntimeError):
    """An analyser process stopped; the pool is being replaced. The request may be tried again."""


def _warm_up() -> None:
    """Load the pipeline and run one small check, so the first real request is fast."""
    analyse(WARM_UP_LETTER)


def _model() -> dict[str, str]:
    return model_info(get_nlp())


class Analysers:
    def __init__(self, processes: int):
        if processes < 1:
            raise ValueError("at least one analyser process is needed")
        self.processes = processes
        self._pool: ProcessPoolExecutor | None = None

    def start(self) -> dict[str, str]:
        """Start every process and wait until each has its pipeline loaded (blocks for seconds).
        Returns the model name and version; raises BrokenProcessPool if a process could not load it
        (the process prints why)."""
        self._pool, models = self._new_pool()
        return [model.result() for model in models][0]

    def _new_pool(self) -> tuple[ProcessPoolExecutor, list[Future]]:
        """A pool whose processes all start now (each submission finds no idle process)."""
        pool = ProcessPoolExecutor(self.processes, mp_context=multiprocessing.get_context("spawn"), initializer=_warm_up)
        return pool, [pool.submit(_model) for _ in range(self.processes)]

    async def run(self, function, *args, **kwargs):
        """`function(*args, **kwargs)` in the next free analyser; its exceptions come back as raised."""
        pool = self._pool
        try:
            return await asyncio.get_running_loop().run_in_executor(pool, functools.partial(function, *args, **kwargs))
        except BrokenProcessPool:
            if self._pool is pool:  # the first request to notice replaces the pool
                log.error("An analyser process stopped; starting new ones.")
                self._pool, _ = self._new_pool()
                pool.shutdown(wait=False, cancel_futures=True)
            raise AnalyserRestarting() from None

    def stop(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
