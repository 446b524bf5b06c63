"""Security checks per OS with recorded outputs, the cached updates probe, and real runs."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from diagnostics import security
from diagnostics.command import CommandTimeoutError
from diagnostics.config import HealthConfig, Thresholds
from diagnostics.result import Status
from diagnostics.runner import run_all, run_one
from diagnostics.security_parsers import ScreenLock
from diagnostics.slow_value import Cached, SlowValue
from tests.diagnostics.fakes import fake_run, fixture

T = Thresholds()


@pytest.mark.parametrize(("platform", "answers", "status", "tool"), [
    ("linux", {"ufw": fixture("linux/ufw_status_active.txt")}, Status.OK, "ufw"),
    ("linux", {"ufw": fixture("linux/ufw_status_inactive.txt"),
               "nft": fixture("linux/nft_ruleset_drop.txt")}, Status.OK, "nftables"),
    ("linux", {"ufw": fixture("linux/ufw_status_inactive.txt"),
               "firewall-cmd": (252, "", fixture("linux/firewalld_state_not_running.txt")),
               "nft": fixture("linux/nft_ruleset_accept.txt")},
     Status.FAIL, "ufw,firewalld,nftables"),
    ("win32", {"netsh": fixture("windows/netsh_allprofiles_on.txt")}, Status.OK, "netsh"),
    ("win32", {"netsh": fixture("windows/netsh_allprofiles_public_off.txt")}, Status.FAIL, "netsh"),
    ("darwin", {"socketfilterfw": fixture("macos/socketfilterfw_on.txt")}, Status.OK,
     "socketfilterfw"),
    ("darwin", {"socketfilterfw": fixture("macos/socketfilterfw_off.txt")}, Status.FAIL,
     "socketfilterfw"),
])
def test_firewall(platform: str, answers: dict[str, str], status: Status, tool: str) -> None:
    run, _calls = fake_run(answers)
    outcome = security.check_firewall(platform, run)
    assert outcome.status is status
    assert outcome.facts["tool"] == tool


def test_firewall_skipped_without_tools_or_when_hung() -> None:
    run, calls = fake_run({"nft": CommandTimeoutError("nft")})
    outcome = security.check_firewall("linux", run)
    assert outcome.status is Status.SKIPPED
    assert outcome.reason == "no firewall tool found"
    assert [c[0] for c in calls] == ["ufw", "firewall-cmd", "nft"]


@pytest.mark.parametrize(("platform", "answers", "encrypted"), [
    ("linux", {"lsblk": fixture("linux/lsblk_luks.json")}, True),
    ("linux", {"lsblk": fixture("linux/lsblk_plain.json")}, False),
    ("win32", {"manage-bde": fixture("windows/manage_bde_on.txt")}, True),
    ("win32", {"manage-bde": fixture("windows/manage_bde_off.txt")}, False),
    ("darwin", {"fdesetup": fixture("macos/fdesetup_on.txt")}, True),
    ("darwin", {"fdesetup": fixture("macos/fdesetup_off.txt")}, False),
])
def test_encryption(platform: str, answers: dict[str, str], encrypted: bool) -> None:
    run, _calls = fake_run(answers)
    outcome = security.check_encryption(platform, run)
    assert outcome.facts["encrypted"] is encrypted
    assert outcome.status is (Status.OK if encrypted else Status.FAIL)


def test_encryption_skipped_when_tool_missing_or_output_unknown() -> None:
    run, _calls = fake_run({"lsblk": "not json"})
    assert security.check_encryption("linux", run).status is Status.SKIPPED
    run, _calls = fake_run({})
    assert security.check_encryption("darwin", run).reason == "FileVault state unknown"


@pytest.mark.parametrize(("platform", "answers", "count", "tool"), [
    ("linux", {"apt-get": fixture("linux/apt_get_s_upgrade.txt")}, 128, "apt"),
    ("linux", {"dnf": (100, fixture("linux/dnf_check_update.txt"))}, 3, "dnf"),
    ("win32", {"powershell": fixture("windows/windows_update_count.txt")}, 3, "Windows Update"),
    ("darwin", {"softwareupdate": fixture("macos/softwareupdate_l.txt")}, 2, "softwareupdate"),
])
def test_pending_updates(platform: str, answers: dict[str, str], count: int, tool: str) -> None:
    run, _calls = fake_run(answers)
    value = security.pending_updates(platform, run, 5)
    assert value["count"] == count
    assert value["tool"] == tool


def test_updates_decision() -> None:
    def cached(count: int, sec: int | None) -> Cached:
        value: dict[str, object] = {"count": count, "security": sec, "names": [], "tool": "apt"}
        return Cached(value, 60, False, None)

    assert security.check_updates(cached(0, 0), T).status is Status.OK
    assert security.check_updates(cached(3, 0), T).status is Status.WARN
    assert security.check_updates(cached(3, None), T).status is Status.WARN
    assert security.check_updates(cached(3, 1), T).status is Status.FAIL
    assert security.check_updates(Cached(None, None, True, None), T).reason == "still checking"
    assert security.check_updates(Cached(None, None, False, "boom"), T).reason == "boom"


def test_slow_updates_do_not_block_and_are_cached(tmp_path: Path) -> None:
    gate, calls = threading.Event(), []

    def compute() -> dict[str, object]:
        calls.append(1)
        gate.wait(5)
        return {"count": 2, "security": 0, "names": ["a", "b"], "tool": "apt"}

    cache = tmp_path / "updates.json"
    slow = SlowValue(compute, 3600, cache)
    check = security.security_checks(HealthConfig(), updates=slow)[2]
    started = time.perf_counter()
    first = run_one(check)
    assert time.perf_counter() - started < 1.0
    assert first.status is Status.SKIPPED
    assert first.reason == "still checking"
    gate.set()
    assert slow.get(wait_s=2).value is not None
    second = run_one(check)
    assert second.status is Status.WARN
    assert second.facts["count"] == 2
    assert len(calls) == 1
    # a new process reads the cache file instead of asking the package manager again
    reloaded = SlowValue(lambda: pytest.fail("should use the cache"), 3600, cache)
    assert reloaded.get(0).value == {"count": 2, "security": 0, "names": ["a", "b"], "tool": "apt"}


def test_slow_value_reports_probe_failure() -> None:
    def broken() -> dict[str, object]:
        raise CommandTimeoutError("apt-get")

    got = SlowValue(broken, 60).get(wait_s=1)
    assert got.value is None
    assert got.error is not None
    assert "CommandTimeoutError" in got.error


def test_screen_lock_decisions() -> None:
    assert security.check_screen_lock(lambda: ScreenLock(True, 5), T).status is Status.OK
    assert security.check_screen_lock(lambda: ScreenLock(True, 60), T).status is Status.WARN
    assert security.check_screen_lock(lambda: ScreenLock(False, None), T).status is Status.FAIL
    assert security.check_screen_lock(lambda: ScreenLock(True, None), T).status is Status.FAIL


@pytest.mark.parametrize(("platform", "answers", "registry", "minutes"), [
    ("linux", {"gsettings get org.gnome.desktop.screensaver lock-enabled": "true\n",
               "gsettings get org.gnome.desktop.session idle-delay": "uint32 600\n"}, {}, 10),
    ("darwin", {"sysadminctl": (0, "", fixture("macos/sysadminctl_screenlock_300.txt"))}, {}, 5),
    ("win32", {}, {"ScreenSaveActive": "1", "ScreenSaverIsSecure": "1",
                   "ScreenSaveTimeOut": "600"}, 10),
])
def test_screen_lock_per_os(platform: str, answers: dict[str, str], registry: dict[str, str],
                            minutes: float | None) -> None:
    run, _calls = fake_run(answers)
    state = security.screen_lock_state(platform, run, lambda: registry)
    assert state.enabled is True
    assert state.idle_minutes == minutes


def test_gsettings_odd_idle_value_means_unknown() -> None:
    run, _calls = fake_run({"gsettings": "true\n"})
    assert security.screen_lock_state("linux", run, dict) == ScreenLock(True, None)


def test_screen_lock_skipped_without_gsettings() -> None:
    run, _calls = fake_run({})
    outcome = security.check_screen_lock(lambda: security.screen_lock_state("linux", run, dict), T)
    assert outcome.status is Status.SKIPPED


def test_each_security_check_runs_for_real_here(tmp_path: Path) -> None:
    config = HealthConfig(cache_dir=str(tmp_path), updates_wait_s=0.2)
    summary = run_all(security.security_checks(config))
    assert {r.id for r in summary.results} == {"security.firewall", "security.encryption",
                                               "security.updates", "security.screen_lock"}
    assert all(r.status is not Status.ERROR for r in summary.results)
    assert summary.duration_s < 1.5


def test_detached_refresh_spawns_once_and_reads_what_the_other_process_wrote(
        tmp_path: Path) -> None:
    cache = tmp_path / "pending_updates.json"
    spawned: list[int] = []
    slow = SlowValue(lambda: pytest.fail("must not compute in this process"), 3600, cache,
                     spawn=lambda: spawned.append(1), spawn_grace_s=60)
    first, second = slow.get(0), slow.get(0)
    assert first.refreshing
    assert first.value is None
    assert second.refreshing
    assert spawned == [1]  # the marker stops a second refresher within the grace time
    assert cache.with_suffix(".refreshing").exists()
    other = SlowValue(lambda: {"count": 4, "security": 1, "names": [], "tool": "apt"}, 3600,
                      cache)
    assert other.get(wait_s=2).value is not None  # "the other process" fills the cache
    third = slow.get(0)
    assert not third.refreshing
    assert third.value is not None
    assert third.value["count"] == 4
