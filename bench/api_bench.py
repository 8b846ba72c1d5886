"""Latency of POST /api/v1/check for a 300-word letter over loopback.

Starts `ouderbrief serve` on a free loopback port (or uses --url), warms it up, then sends
--requests requests from --clients concurrent clients and reports p50, p95, max and errors.
Exits 1 when any request failed or p50/p95 miss the targets (200 ms / 500 ms).

    .venv/bin/python bench/api_bench.py [--requests 200] [--clients 4] [--workers 2] [--url http://127.0.0.1:8000]
"""
from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

from engine_bench import letter_of  # noqa: E402
from live_server import LiveServer  # noqa: E402

TARGET_P50_MS, TARGET_P95_MS = 200, 500


def percentile(sorted_values: list[float], share: float) -> float:
    """Nearest-rank percentile."""
    rank = max(1, round(share * len(sorted_values)))
    return sorted_values[rank - 1]


def run_client(url: str, letter: str, count: int) -> tuple[list[float], list[str]]:
    timings, errors = [], []
    with httpx.Client(base_url=url, timeout=30) as client:
        for _ in range(count):
            started = time.perf_counter()
            try:
                response = client.post("/api/v1/check", json={"text": letter, "target": "A2"})
                ok = response.status_code == 200 and response.json()["text"] == letter
                if not ok:
                    errors.append(f"HTTP {response.status_code}")
            except httpx.HTTPError as error:
                errors.append(type(error).__name__)
            timings.append(time.perf_counter() - started)
    return timings, errors


def measure(url: str, letter: str, requests: int, clients: int) -> tuple[list[float], list[str], float]:
    run_client(url, letter, 5)  # warm-up
    shares = [requests // clients + (index < requests % clients) for index in range(clients)]
    started = time.perf_counter()
    with ThreadPoolExecutor(clients) as pool:
        results = list(pool.map(lambda count: run_client(url, letter, count), shares))
    wall = time.perf_counter() - started
    return sorted(t for timings, _ in results for t in timings), [e for _, errors in results for e in errors], wall


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--words", type=int, default=300)
    parser.add_argument("--workers", type=int, default=2, help="server processes (one per core here)")
    parser.add_argument("--url", help="a running server; by default one is started on loopback")
    args = parser.parse_args()
    letter = letter_of(args.words)
    server = None if args.url else LiveServer(workers=args.workers)
    url = args.url or server.url
    try:
        timings, errors, wall = measure(url, letter, args.requests, args.clients)
    finally:
        if server:
            server.stop()
    p50, p95 = percentile(timings, 0.50) * 1000, percentile(timings, 0.95) * 1000
    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, load average "
          f"{os.getloadavg()[0]:.1f}; {len(letter.split())}-word letter; {args.requests} requests from "
          f"{args.clients} concurrent clients on loopback, "
          f"{'an existing server' if args.url else f'{args.workers} server worker(s)'}")
    print(f"p50 {p50:.0f} ms, p95 {p95:.0f} ms, max {timings[-1] * 1000:.0f} ms, mean "
          f"{statistics.mean(timings) * 1000:.0f} ms, {len(timings) / wall:.1f} requests/s, {len(errors)} errors")
    passed = not errors and p50 < TARGET_P50_MS and p95 < TARGET_P95_MS
    print(f"targets p50 < {TARGET_P50_MS} ms, p95 < {TARGET_P95_MS} ms, no errors: {'met' if passed else 'NOT met'}")
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
