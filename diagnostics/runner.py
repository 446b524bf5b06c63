"""Run checks in parallel, each with its own time-out inside an overall budget.

Results are streamed to a callback as each check finishes. A check that hangs becomes
``error`` with reason ``timed out``; its thread is a daemon thread that nobody waits for,
so neither the run nor interpreter exit is held up by it.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable, Iterable

from diagnostics.check import Check
from diagnostics.result import CheckResult, Outcome, RunSummary, Status, freeze

log = logging.getLogger(__name__)

OnResult = Callable[[CheckResult], None]
DEFAULT_BUDGET_S = 5.0
TIMED_OUT = "timed out"


def run_one(check: Check) -> CheckResult:
    """Run one check on the calling thread; an exception becomes an ``error`` result."""
    started = time.perf_counter()
    try:
        outcome = check.run()
    except Exception as exc:  # a broken check must not take the whole run down
        log.exception("Check crashed", extra={"check": check.id})
        outcome = Outcome(Status.ERROR, {"exception": type(exc).__name__}, reason="crashed")
    return _result(check, outcome, time.perf_counter() - started)


def run_all(
    checks: Iterable[Check],
    on_result: OnResult | None = None,
    budget_s: float = DEFAULT_BUDGET_S,
) -> RunSummary:
    """Run ``checks`` in parallel and return every result, in completion order."""
    started_at, started = time.time(), time.perf_counter()
    pending = {check.id: check for check in checks}
    limits = {cid: min(c.timeout_s, budget_s) for cid, c in pending.items()}
    deadlines = {cid: started + limit for cid, limit in limits.items()}
    done: queue.SimpleQueue[CheckResult] = queue.SimpleQueue()
    for check in pending.values():
        # Daemon threads, not an executor: a hung probe must not block interpreter exit.
        threading.Thread(target=lambda c=check: done.put(run_one(c)), daemon=True,
                         name=f"check-{check.id}").start()
    results: list[CheckResult] = []
    while pending:
        for result in _collect(done, pending, deadlines, limits):
            results.append(result)
            if on_result is not None:
                on_result(result)
    return RunSummary(tuple(results), started_at, time.perf_counter() - started)


def _collect(
    done: queue.SimpleQueue[CheckResult], pending: dict[str, Check],
    deadlines: dict[str, float], limits: dict[str, float],
) -> list[CheckResult]:
    """Wait for the next finished check or the next deadline, whichever is first."""
    wait = max(0.0, min(deadlines[cid] for cid in pending) - time.perf_counter())
    try:
        result = done.get(timeout=wait)
    except queue.Empty:
        now = time.perf_counter()
        expired = [cid for cid in pending if deadlines[cid] <= now]
        return [_timed_out(pending.pop(cid), limits[cid]) for cid in expired]
    if pending.pop(result.id, None) is None:
        return []  # finished after it was already reported as timed out
    return [result]


def _timed_out(check: Check, waited_s: float) -> CheckResult:
    log.info("Check timed out", extra={"check": check.id, "waited": waited_s})
    return _result(check, Outcome(Status.ERROR, reason=TIMED_OUT), waited_s)


def _result(check: Check, outcome: Outcome, duration_s: float) -> CheckResult:
    return CheckResult(
        id=check.id, category=check.category, status=outcome.status,
        facts=freeze(outcome.facts), fix_id=outcome.fix_id, duration_s=duration_s,
        reason=outcome.reason,
    )
