"""Analyser processes: every check runs in one of N processes, each with its own pipeline, fed
from one queue by the single process that serves HTTP or SMTP.

Why processes of our own (not uvicorn's workers, not a ProcessPoolExecutor): one queue in front of
N analysers keeps every core busy whichever connection a request uses; the serving process's own
loop is never frozen by an analysis (spaCy holds the GIL); and a single analysis can be stopped.
Each job has a budget: ANALYSIS_SECONDS of its own time in the analyser (waiting in line does not
count) and MAX_ANALYSER_MB of memory. An analysis over budget, or whose client went away, is
stopped by ending its process, which is replaced at once; the caller gets `TooCostly`.
An analyser dies with the process that started it, so none is ever left behind.
"""
from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import signal
import threading
import time
from multiprocessing.connection import Connection, wait
from pathlib import Path

from readability.errors import UnusableInput, origin

log = logging.getLogger("ouderbrief.analysers")
ANALYSIS_SECONDS = 30.0
MAX_ANALYSER_MB = 1_500  # an accepted letter needs about 600 MB; the pipeline alone about 450
# spaCy's vocabulary keeps every word it has seen (spaCy 3.7 cannot forget one): an analyser is
# replaced after this many checks, so no word of a letter stays longer in any analyser's memory.
MAX_JOBS = 500
WATCH_SECONDS = 0.25  # how often a running job's time and memory are looked at
WARM_UP_LETTER = "Beste ouders,\n\nMorgen is er geen school. De kinderen zijn vrij.\n\nGroet,\nJuf Anna"


def budget_seconds(default: float) -> float:
    """The time budget of one analysis: OUDERBRIEF_ANALYSIS_SECONDS if set, else `default`."""
    return float(os.environ.get("OUDERBRIEF_ANALYSIS_SECONDS") or default)


class AnalyserRestarting(RuntimeError):
    """An analyser process stopped by itself; it is being replaced. The request may be tried again."""


class TooCostly(UnusableInput):
    """The analysis went over its time or memory budget and was stopped."""

    def __init__(self, seconds: float):
        super().__init__(
            "too-slow",
            f"De controle duurde te lang (meer dan {seconds:.0f} seconden) en is gestopt. "
            "Maak de tekst korter of controleer hem in delen.",
            f"The check took too long (over {seconds:.0f} s) and was stopped; send a shorter text or check it in parts.",
        )
        self.seconds = seconds

    def __reduce__(self):
        return TooCostly, (self.seconds,)


def _die_with_parent() -> None:
    """End this process as soon as the process that started it is gone, however that ended (also
    in the middle of a job: the check runs in a thread of its own)."""
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, name="ouderbrief-parent-watch", daemon=True).start()


def _analyser_main(connection: Connection) -> None:
    """An analyser process: load the pipeline, say ready, then run jobs until the pipe closes."""
    _die_with_parent()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is for the serving process, which stops us
    from readability.engine import analyse
    from readability.nlp import get_nlp, model_info

    analyse(WARM_UP_LETTER)  # the first real letter is then as fast as any other
    connection.send(model_info(get_nlp()))
    while True:
        try:
            function, args, kwargs = connection.recv()
        except (EOFError, OSError):
            return
        try:
            outcome = (True, function(*args, **kwargs))
        except Exception as error:  # noqa: BLE001 - handed to the caller, who decides
            error.origin = origin(error)  # the traceback stays here; the place goes with the error
            outcome = (False, error)
        try:
            connection.send(outcome)
        except Exception:  # noqa: BLE001 - an exception that cannot be pickled: send its type
            connection.send((False, RuntimeError(type(outcome[1]).__name__)))


class _Analyser:
    """One analyser process and the pipe to it."""

    def __init__(self) -> None:
        context = multiprocessing.get_context("spawn")
        self.connection, child_end = context.Pipe()
        self.process = context.Process(target=_analyser_main, args=(child_end,), daemon=True)
        self.jobs = 0
        self.process.start()
        child_end.close()

    def wait_ready(self) -> dict[str, str]:
        """Blocks until the pipeline is loaded; returns the model's name and version."""
        try:
            return self.connection.recv()
        except EOFError:
            raise RuntimeError("an analyser process stopped while loading the pipeline (see its message above)") from None

    def memory_mb(self) -> float:
        try:
            status = Path(f"/proc/{self.process.pid}/status").read_text()
        except OSError:
            return 0.0
        return next((int(line.split()[1]) / 1024 for line in status.splitlines() if line.startswith("VmRSS:")), 0.0)

    def stop(self) -> None:
        """End the process at once (SIGKILL: a stopped analysis may be deep in C code)."""
        self.connection.close()
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5)


class Analysers:
    def __init__(self, processes: int, seconds: float = ANALYSIS_SECONDS, max_mb: float = MAX_ANALYSER_MB,
                 max_jobs: int = MAX_JOBS):
        if processes < 1:
            raise ValueError("at least one analyser process is needed")
        self.processes, self.seconds, self.max_mb, self.max_jobs = processes, seconds, max_mb, max_jobs
        self._lock = threading.Lock()
        self._all: set[_Analyser] = set()  # running or starting, and not being stopped
        self._ready: list[_Analyser] = []  # ready before the serving loop asked for one
        self._loop: asyncio.AbstractEventLoop | None = None
        self._idle: asyncio.Queue[_Analyser] | None = None
        self._stopped = False

    def start(self) -> dict[str, str]:
        """Start every process and wait until each has its pipeline loaded (blocks for seconds).
        Returns the model's name and version; raises RuntimeError if a process could not load it."""
        analysers = [self._new() for _ in range(self.processes)]
        models = [analyser.wait_ready() for analyser in analysers]
        self._ready.extend(analysers)
        threading.Thread(target=self._watch, name="ouderbrief-analyser-watch", daemon=True).start()
        return models[0]

    def _new(self) -> _Analyser:
        with self._lock:
            if self._stopped:
                raise AnalyserRestarting()
            analyser = _Analyser()
            self._all.add(analyser)
            return analyser

    def _queue(self) -> asyncio.Queue:
        """The queue of idle analysers, made on the serving loop the first time it is needed."""
        with self._lock:
            if self._idle is None:
                self._loop, self._idle = asyncio.get_running_loop(), asyncio.Queue()
                for analyser in self._ready:
                    self._idle.put_nowait(analyser)
            return self._idle

    async def run(self, function, *args, **kwargs):
        """`function(*args, **kwargs)` in the next free analyser, within the budget. Its exceptions
        come back as raised; TooCostly if it went over budget; AnalyserRestarting if its process died."""
        idle = self._queue()
        analyser = await idle.get()
        while not analyser.process.is_alive():  # died while idle: the watcher replaces it
            analyser = await idle.get()
        try:
            analyser.connection.send((function, args, kwargs))
            succeeded, value = await self._outcome(analyser)
        except (EOFError, OSError):
            self._retire(analyser, "An analyser process stopped")
            raise AnalyserRestarting() from None
        except BaseException as error:  # over budget, or the caller is gone (cancelled)
            self._retire(analyser, f"An analysis was stopped ({type(error).__name__})")
            raise
        analyser.jobs += 1
        if analyser.memory_mb() > self.max_mb:  # a big letter left its process large: start afresh
            self._retire(analyser, "An analyser process grew too large")
        elif analyser.jobs >= self.max_jobs:
            self._retire(analyser, f"An analyser process did its {analyser.jobs} checks", logging.INFO)
        else:
            idle.put_nowait(analyser)
        if succeeded:
            return value
        raise value

    async def _outcome(self, analyser: _Analyser):
        """Wait for the job's answer, looking at its time and memory every WATCH_SECONDS. The pipe is
        only used from threads: an event loop's reader would make it non-blocking (uvloop does)."""
        loop = asyncio.get_running_loop()
        started = time.monotonic()
        while not await loop.run_in_executor(None, analyser.connection.poll, WATCH_SECONDS):
            if time.monotonic() - started > self.seconds or analyser.memory_mb() > self.max_mb:
                raise TooCostly(self.seconds)
        return await loop.run_in_executor(None, analyser.connection.recv)

    def _watch(self) -> None:
        """Replace any analyser process that ends by itself (killed, out of memory), also an idle one."""
        while not self._stopped:
            with self._lock:
                watched = {analyser.process.sentinel: analyser for analyser in self._all}
            for sentinel in wait(list(watched), timeout=1.0):
                self._retire(watched[sentinel], "An analyser process stopped")

    def _retire(self, analyser: _Analyser, why: str, level: int = logging.WARNING) -> None:
        """Stop `analyser` (unless someone already did) and start a new one in the background."""
        with self._lock:
            if analyser not in self._all:
                return
            self._all.discard(analyser)
        log.log(level, "%s; starting a new one.", why)
        analyser.stop()
        threading.Thread(target=self._start_one, name="ouderbrief-analyser-start", daemon=True).start()

    def _start_one(self) -> None:
        try:
            analyser = self._new()
            analyser.wait_ready()
        except (RuntimeError, OSError):
            return  # stopping, or the pipeline cannot be loaded: the process said why
        with self._lock:
            if self._idle is None:
                self._ready.append(analyser)
                return
            loop, idle = self._loop, self._idle
        loop.call_soon_threadsafe(idle.put_nowait, analyser)

    def stop(self) -> None:
        """End every analyser process now, also one in the middle of a job."""
        with self._lock:
            self._stopped = True
            analysers, self._all = list(self._all), set()
        for analyser in analysers:
            analyser.stop()

    def pids(self) -> list[int]:
        with self._lock:
            return sorted(analyser.process.pid for analyser in self._all)
