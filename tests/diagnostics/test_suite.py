"""The whole suite on this machine: at least 20 checks, wall time near the slowest check."""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path

import pytest

from diagnostics.catalogue import Probes
from diagnostics.command import CommandOutput
from diagnostics.config import HealthConfig
from diagnostics.result import CheckResult, Status
from diagnostics.security import SecurityProbes
from diagnostics.suite import CheckSuite
from tests.diagnostics.fakes import prefill_updates_cache


def test_full_suite_here_is_fast_and_parallel(tmp_path: Path) -> None:
    prefill_updates_cache(tmp_path)
    suite = CheckSuite(HealthConfig(cache_dir=str(tmp_path), updates_wait_s=0.3))
    streamed: list[CheckResult] = []
    summary = suite.run(on_result=streamed.append)
    assert len(summary.results) >= 20
    assert list(summary.results) == streamed
    assert all(r.status in Status for r in summary.results)
    slowest = max(r.duration_s for r in summary.results)
    assert summary.duration_s < 1.5
    assert summary.duration_s <= max(1.2 * slowest, slowest + 0.1)


def test_repeated_runs_share_one_background_updates_query(tmp_path: Path) -> None:
    calls: list[tuple[str, ...]] = []

    def slow_apt(argv: Sequence[str], timeout: float) -> CommandOutput:
        calls.append(tuple(argv))
        time.sleep(0.5)
        return CommandOutput(tuple(argv), 0, "Inst foo [1] (2 Debian:12/stable [amd64])\n", "")

    probes = Probes(security=SecurityProbes(platform="linux", run=slow_apt))
    suite = CheckSuite(HealthConfig(cache_dir=str(tmp_path), updates_wait_s=0.05), probes)
    first = [suite.run(only=["security.updates"]).results[0] for _ in range(3)]
    assert [r.reason for r in first] == ["still checking"] * 3
    time.sleep(0.6)
    assert suite.run(only=["security.updates"]).results[0].facts["count"] == 1
    assert len(calls) == 1


def test_only_unknown_id_raises() -> None:
    with pytest.raises(KeyError):
        CheckSuite(HealthConfig()).checks(["system.nope"])


@pytest.mark.slow
def test_waiting_for_slow_checks_gets_the_real_answer(tmp_path: Path) -> None:
    suite = CheckSuite(HealthConfig(cache_dir=str(tmp_path)))
    started = time.perf_counter()
    result = suite.run(only=["security.updates"], wait_for_slow=True).results[0]
    assert result.status is not Status.ERROR
    assert result.reason != "still checking"
    assert time.perf_counter() - started < 60
