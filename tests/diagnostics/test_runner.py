"""The parallel runner: streaming, per-check time-outs, the budget, crashes, the summary."""

from __future__ import annotations

import threading
import time

import pytest

from diagnostics.check import Check
from diagnostics.result import Category, CheckResult, Outcome, RunSummary, Status
from diagnostics.runner import TIMED_OUT, run_all, run_one


def _sleeper(cid: str, seconds: float, status: Status = Status.OK, timeout: float = 2.0) -> Check:
    def run() -> Outcome:
        time.sleep(seconds)
        return Outcome(status, {"slept": seconds})

    return Check(cid, Category.SYSTEM, run, timeout)


def test_checks_run_in_parallel_and_stream_in_finish_order() -> None:
    seen: list[str] = []
    checks = [_sleeper("a.slow", 0.3), _sleeper("b.fast", 0.05), _sleeper("c.mid", 0.15)]
    started = time.perf_counter()
    summary = run_all(checks, on_result=lambda r: seen.append(r.id))
    elapsed = time.perf_counter() - started
    assert seen == ["b.fast", "c.mid", "a.slow"]
    assert [r.id for r in summary.results] == seen
    assert elapsed < 0.45  # 0.5 s if they had run one after another


def test_hung_check_times_out_without_holding_the_others() -> None:
    release = threading.Event()

    def hang() -> Outcome:
        release.wait(30)
        return Outcome(Status.OK)

    checks = [Check("x.hang", Category.NETWORK, hang, 0.2), _sleeper("x.quick", 0.01)]
    started = time.perf_counter()
    summary = run_all(checks)
    assert time.perf_counter() - started < 0.5
    hung = summary.by_id("x.hang")
    assert hung is not None
    assert hung.status is Status.ERROR
    assert hung.reason == TIMED_OUT
    assert summary.by_id("x.quick") is not None
    release.set()


def test_overall_budget_caps_long_timeouts() -> None:
    started = time.perf_counter()
    summary = run_all([_sleeper("x.long", 5, timeout=10)], budget_s=0.2)
    assert time.perf_counter() - started < 0.5
    assert summary.results[0].reason == TIMED_OUT
    assert summary.results[0].duration_s == pytest.approx(0.2)


def test_crashing_check_becomes_error(caplog: pytest.LogCaptureFixture) -> None:
    def boom() -> Outcome:
        raise RuntimeError("probe broke")

    result = run_one(Check("x.boom", Category.SYSTEM, boom))
    assert result.status is Status.ERROR
    assert result.facts["exception"] == "RuntimeError"
    assert any(r.message == "Check crashed" for r in caplog.records)


def test_result_facts_are_read_only() -> None:
    result = run_one(_sleeper("x.one", 0))
    with pytest.raises(TypeError):
        result.facts["slept"] = 3  # type: ignore[index]  # proving it is read-only


def _summary(*statuses: Status) -> RunSummary:
    results = tuple(CheckResult(f"x.c{i}", Category.SYSTEM, s, {}, None, 0.0)
                    for i, s in enumerate(statuses))
    return RunSummary(results, 0.0, 0.0)


def test_worst_and_score() -> None:
    assert _summary().worst is Status.OK
    assert _summary().score == 100
    assert _summary(Status.OK, Status.SKIPPED).worst is Status.SKIPPED
    assert _summary(Status.OK, Status.WARN).score == 75
    mixed = _summary(Status.OK, Status.FAIL, Status.ERROR, Status.SKIPPED)
    assert mixed.worst is Status.FAIL
    assert mixed.score == 58  # (1 + 0 + 0.75) / 3
    assert [r.status for r in mixed.problems] == [Status.FAIL, Status.ERROR]


def test_empty_run() -> None:
    assert run_all([]).results == ()
