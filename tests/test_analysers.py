"""The analyser processes (readability/analysers.py) on their own: budget, cancellation, recycling,
stopping; and the caches that must not keep a letter's words (issue #17)."""
from __future__ import annotations

import asyncio
import os
import time

import pytest
import wordfreq

from readability import features
from readability.analysers import Analysers, TooCostly
from readability.engine import analyse

MARKER = "zwanenburgerij"


LOOP = asyncio.new_event_loop()  # a pool serves one event loop, as in the server and the relay


@pytest.fixture(scope="module")
def analysers():
    pool = Analysers(1, seconds=1.0)
    pool.start()
    yield pool
    pool.stop()


def gone(pid: int) -> bool:
    try:
        return open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()[0] == "Z"
    except OSError:
        return True


def run(pool: Analysers, function, *args):
    return LOOP.run_until_complete(pool.run(function, *args))


def test_results_and_exceptions_come_back(analysers):
    pid = run(analysers, os.getpid)
    assert pid in analysers.pids() and pid != os.getpid()
    with pytest.raises(ZeroDivisionError):
        run(analysers, divmod, 1, 0)


def test_a_job_over_its_time_budget_is_stopped_and_its_process_replaced(analysers):
    before = run(analysers, os.getpid)
    started = time.monotonic()
    with pytest.raises(TooCostly) as stopped:
        run(analysers, time.sleep, 30)
    assert time.monotonic() - started < 5
    assert stopped.value.code == "too-slow" and "te lang" in stopped.value.message_nl
    assert run(analysers, os.getpid) != before  # waits for the new process
    assert gone(before)


def test_a_cancelled_job_ends_its_process(analysers):
    pid = run(analysers, os.getpid)

    async def cancel_soon():
        job = asyncio.ensure_future(analysers.run(time.sleep, 0.8))  # within budget: only the cancel stops it
        await asyncio.sleep(0.3)
        job.cancel()
        with pytest.raises(asyncio.CancelledError):
            await job

    LOOP.run_until_complete(cancel_soon())
    assert run(analysers, os.getpid) != pid


def test_an_analyser_is_replaced_after_its_number_of_checks():
    pool = Analysers(1, max_jobs=3)
    pool.start()
    try:
        pids = asyncio.run(jobs(pool, 4))
    finally:
        pool.stop()
    assert len(set(pids)) == 2 and gone(pids[0])  # three jobs in one process, the fourth in its successor


async def jobs(pool: Analysers, count: int) -> list[int]:
    return [await pool.run(os.getpid) for _ in range(count)]


def test_stop_ends_an_analyser_in_the_middle_of_a_job():
    pool = Analysers(1, seconds=60)
    pool.start()
    [pid] = pool.pids()

    async def stop_while_busy():
        job = asyncio.ensure_future(pool.run(time.sleep, 60))
        await asyncio.sleep(0.5)
        started = time.monotonic()
        pool.stop()
        assert time.monotonic() - started < 6
        job.cancel()
        await asyncio.gather(job, return_exceptions=True)

    asyncio.run(stop_while_busy())  # a pool of its own, on a loop of its own
    assert gone(pid)


def test_no_word_cache_keeps_a_letters_words():
    report = analyse(f"Beste ouders,\n\nDe {MARKER} is morgen open. Kom gerust kijken.")
    assert MARKER in report.text
    assert features.word_zipf.cache_info().currsize == 0
    assert features._compound_zipf.cache_info().currsize == 0
    assert not any(MARKER in str(key) for key in wordfreq._wf_cache)


def broken_check(text: str):
    return {}[text]  # a KeyError raised here, in the analyser process


def test_an_error_from_an_analyser_names_where_it_was_raised(analysers):
    from readability.errors import origin

    with pytest.raises(KeyError) as caught:
        run(analysers, broken_check, "Beste ouders")
    assert origin(caught.value) == f"{__file__}:{broken_check.__code__.co_firstlineno + 1}"
