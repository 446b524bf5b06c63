"""System checks with fake probes, and each one for real on this machine."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from diagnostics import system
from diagnostics.check import Check
from diagnostics.config import HealthConfig, Thresholds
from diagnostics.result import Status
from diagnostics.runner import run_one
from diagnostics.system import ProcessUse, Volume
from tests.diagnostics.fakes import fact

T = Thresholds()
GB = 1024**3
DAY = 86400.0


@pytest.mark.parametrize(("days", "status"), [(1, Status.OK), (8, Status.WARN), (31, Status.FAIL)])
def test_uptime(days: float, status: Status) -> None:
    outcome = system.check_uptime(1000.0, 1000.0 + days * DAY, T)
    assert outcome.status is status
    assert (outcome.fix_id == "system.restart") == (status is not Status.OK)


@pytest.mark.parametrize(("load5", "status"), [(0.5, Status.OK), (3.6, Status.WARN),
                                                (4.0, Status.FAIL)])
def test_cpu_uses_five_minute_load_per_cpu(load5: float, status: Status) -> None:
    outcome = system.check_cpu((9.0, load5, 0.1), 4, T)
    assert outcome.status is status
    assert outcome.facts["sustained_percent"] == pytest.approx(100 * load5 / 4, abs=0.1)


def test_memory() -> None:
    def vm(avail: int) -> SimpleNamespace:
        return SimpleNamespace(total=100, available=avail)

    swap = SimpleNamespace(percent=10.0)
    assert system.check_memory(vm(50), swap, T).status is Status.OK
    assert system.check_memory(vm(10), swap, T).status is Status.WARN
    assert system.check_memory(vm(3), swap, T).status is Status.FAIL
    full_swap = SimpleNamespace(percent=95.0)
    assert system.check_memory(vm(25), full_swap, T).status is Status.WARN
    assert system.check_memory(vm(60), full_swap, T).status is Status.OK


def test_disk_percent_and_absolute_thresholds() -> None:
    big, small = 500 * GB, 1 * GB
    assert system.check_disk([Volume("/", big, 200 * GB)], T).status is Status.OK
    assert system.check_disk([Volume("/", big, 30 * GB)], T).status is Status.WARN
    outcome = system.check_disk([Volume("/", big, 200 * GB), Volume("/data", big, 1 * GB)], T)
    assert outcome.status is Status.FAIL
    assert outcome.fix_id == "disk.cleanup"
    # a small /boot with 40% free is fine although it has less than the absolute floor
    assert system.check_disk([Volume("/boot", small, int(0.4 * small))], T).status is Status.OK
    assert system.check_disk([], T).status is Status.SKIPPED


def test_battery() -> None:
    def bat(percent: float, plugged: bool) -> SimpleNamespace:
        return SimpleNamespace(percent=percent, power_plugged=plugged)

    assert system.check_battery(None, None, T).reason == "no battery"
    assert system.check_battery(bat(80, False), 95.0, T).status is Status.OK
    assert system.check_battery(bat(10, False), 95.0, T).status is Status.WARN
    assert system.check_battery(bat(10, True), 95.0, T).status is Status.OK
    assert system.check_battery(bat(80, True), 70.0, T).status is Status.WARN
    assert system.check_battery(bat(80, True), 40.0, T).status is Status.FAIL


def test_processes_top_five_and_hog() -> None:
    procs = [ProcessUse(100 + i, f"p{i}", float(i), float(10 - i)) for i in range(8)]
    outcome = system.check_processes(procs, T, lambda _pid: True)
    assert outcome.status is Status.OK
    assert [row["name"] for row in fact(outcome.facts, "by_cpu")] == ["p7", "p6", "p5", "p4", "p3"]
    assert len(fact(outcome.facts, "by_memory")) == 5
    hog = system.check_processes([*procs, ProcessUse(999, "miner", 90.0, 1.0)], T,
                                 lambda pid: pid == 999)
    assert hog.status is Status.WARN
    assert hog.fix_id == "process.close"
    assert fact(hog.facts, "hog", "pid") == 999


def test_a_hog_that_is_not_yours_is_named_but_not_offered_to_close() -> None:
    hog = system.check_processes([ProcessUse(4242, "apt-get", 90.0, 1.0)], T, lambda _pid: False)
    assert hog.status is Status.WARN
    assert fact(hog.facts, "hog", "name") == "apt-get"
    assert hog.fix_id is None


@pytest.mark.parametrize("check", system.system_checks(HealthConfig()), ids=lambda c: c.id)
def test_each_system_check_runs_for_real_here(check: Check) -> None:
    result = run_one(check)
    assert result.status in (Status.OK, Status.WARN, Status.FAIL, Status.SKIPPED)
    assert result.duration_s < check.timeout_s
    if result.status is Status.SKIPPED:
        assert result.reason


def test_real_os_facts_name_this_system() -> None:
    facts = system._os_facts()
    assert facts["system"] == "Linux"
    assert facts["name"]
    assert facts["build"]


def test_real_volumes_include_root() -> None:
    assert any(v.mountpoint == "/" and v.total > 0 for v in system._volumes())
