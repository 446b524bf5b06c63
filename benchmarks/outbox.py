"""Outbox throughput: 1,000 requests to a loopback webhook, with zero loss checked."""

from __future__ import annotations

import time

import requests

from benchmarks.outbox_loopback import LoopbackReceiver, run_outbox_benchmark
from benchmarks.result import Figure

COUNT = 1000


def _baseline_seconds(count: int) -> float:
    """The same number of bare JSON POSTs on one keep-alive session: no outbox, no signing."""
    with LoopbackReceiver() as receiver, requests.Session() as session:
        started = time.perf_counter()
        for n in range(count):
            session.post(receiver.url, json={"n": n}, headers={"webhook-id": str(n)}, timeout=10)
        return time.perf_counter() - started


def run() -> list[Figure]:
    result = run_outbox_benchmark(count=COUNT)
    base = _baseline_seconds(COUNT)
    ok = result["lost"] == 0 and result["duplicates"] == 0
    return [
        Figure(
            f"outbox: {COUNT:,} requests to a loopback webhook",
            result["seconds"],
            "s",
            "bare POST loop, same receiver",
            base,
            "0 lost, 0 duplicated",
            ok,
            note=f"{result['per_second']:.0f}/s, lost {result['lost']}, "
            f"duplicates {result['duplicates']}",
        ),
    ]
