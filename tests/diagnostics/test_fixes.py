"""Self-fixes on real temp trees, real child processes and fake OS tools on PATH."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import pytest

from diagnostics.check import Check
from diagnostics.command import run_command
from diagnostics.fixes.attempts import AttemptLog
from diagnostics.fixes.base import FixNotPossibleError, FixUnavailableError
from diagnostics.fixes.cleanup import Area, DiskCleanupFix, default_areas
from diagnostics.fixes.command_fix import CommandRunner
from diagnostics.fixes.elevation import elevated
from diagnostics.fixes.process_fix import CloseProcessFix
from diagnostics.fixes.service import FixService, UnknownFixError
from diagnostics.fixes.service_fixes import CallFix
from diagnostics.fixes.system_fixes import (
    DnsFlushFix,
    OpenSettingsFix,
    RestartFix,
    dns_flush_commands,
    settings_argv,
)
from diagnostics.result import Category, CheckResult, Outcome, Status
from diagnostics.runner import run_one

DAY = 86400


def _file(path: Path, size: int, age_days: float) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"x" * size)
    old = time.time() - age_days * DAY
    os.utime(path, (old, old))
    return path


def _fake_tool(bin_dir: Path, name: str, code: int = 0, stderr: str = "") -> Path:
    """An executable that records its argv (one line per call) and exits with ``code``."""
    bin_dir.mkdir(exist_ok=True)
    log = bin_dir / f"{name}.calls"
    script = bin_dir / name
    script.write_text(f'#!/bin/sh\necho "$*" >> "{log}"\necho "{stderr}" >&2\nexit {code}\n')
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    return log


@pytest.fixture
def fake_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    return bin_dir


def test_cleanup_plan_previews_sizes_and_apply_deletes_only_old_files(tmp_path: Path) -> None:
    temp, trash, cache = tmp_path / "tmp", tmp_path / "Trash", tmp_path / "thumbs"
    old = _file(temp / "old.log", 1000, 30)
    new = _file(temp / "new.log", 500, 0)
    _file(trash / "files" / "sub" / "doc.pdf", 2000, 0)
    _file(trash / "info" / "doc.pdf.trashinfo", 100, 0)
    _file(cache / "a.png", 300, 2)
    os.symlink("/etc/passwd", temp / "link-to-passwd")
    os.utime(temp / "link-to-passwd", (0, 0), follow_symlinks=False)
    areas = (Area("temp", temp, 7 * DAY), Area("trash", trash, 0), Area("cache", cache, 0),
             Area("cache", tmp_path / "missing", 0))
    fix = DiskCleanupFix(areas)
    plan = fix.plan()
    sizes = {item.target.split(":")[0]: (item.size_bytes, item.count) for item in plan.items}
    assert sizes == {"temp": (1000, 2), "trash": (2100, 2), "cache": (300, 1)}
    assert plan.total_bytes == 3400
    outcome = fix.apply(plan)
    assert outcome.succeeded
    assert outcome.facts["freed_bytes"] == 3400
    assert outcome.facts["removed_files"] == 5
    assert not old.exists()
    assert new.exists()
    assert Path("/etc/passwd").exists()  # the symlink went, not its target
    assert trash.is_dir()
    assert not (trash / "files" / "sub").exists()
    with pytest.raises(FixUnavailableError):
        fix.plan()


def test_cleanup_counts_a_file_once_when_two_areas_overlap(tmp_path: Path) -> None:
    """A cache inside the temp folder (or the same folder listed twice, or reached through a
    symlink) is one set of files: the plan counts them once and apply deletes them once."""
    temp = tmp_path / "tmp"
    _file(temp / "old.log", 1000, 30)
    _file(temp / "app-cache" / "blob", 400, 30)
    os.symlink(temp, tmp_path / "tmp-alias")
    areas = (Area("temp", temp, 7 * DAY), Area("cache", temp / "app-cache", DAY),
             Area("temp", temp, 7 * DAY), Area("cache", tmp_path / "tmp-alias", 0))
    fix = DiskCleanupFix(areas)
    plan = fix.plan()
    assert plan.total_bytes == 1400
    assert sum(item.count for item in plan.items) == 2
    outcome = fix.apply(plan)
    assert outcome.facts == {"freed_bytes": 1400, "removed_files": 2, "failed_files": 0}


class FakeRecycleBin:
    def __init__(self, size: int, count: int) -> None:
        self.size, self.count, self.emptied = size, count, False

    def query(self) -> tuple[int, int]:
        return self.size, self.count

    def empty(self) -> bool:
        self.emptied = True
        return True


def test_cleanup_empties_the_windows_recycle_bin_through_the_shell(tmp_path: Path) -> None:
    recycle = FakeRecycleBin(4096, 2)
    fix = DiskCleanupFix((Area("temp", tmp_path, 0),), recycle_bin=recycle)
    plan = fix.plan()
    assert [(i.target, i.size_bytes, i.count) for i in plan.items] == [
        ("trash:Recycle Bin", 4096, 2)]
    outcome = fix.apply(plan)
    assert recycle.emptied
    assert outcome.facts["freed_bytes"] == 4096
    with pytest.raises(FixUnavailableError):
        DiskCleanupFix((), recycle_bin=FakeRecycleBin(0, 0)).plan()


def test_default_areas_per_os(tmp_path: Path) -> None:
    kinds = {a.kind for a in default_areas("linux", 7, home=tmp_path, extra_caches=("~/x",))}
    assert kinds == {"temp", "cache", "trash"}
    mac = default_areas("darwin", 7, home=tmp_path)
    assert tmp_path / ".Trash" in [a.root for a in mac]
    assert default_areas("linux", 3)[0].min_age_s == 3 * DAY


def test_dns_flush_commands_per_os() -> None:
    assert dns_flush_commands("win32") == ((("ipconfig", "/flushdns"),), False)
    mac, admin = dns_flush_commands("darwin")
    assert mac[1] == ("killall", "-HUP", "mDNSResponder")
    assert admin
    assert dns_flush_commands("linux", lambda n: "/usr/bin/resolvectl" if n == "resolvectl"
                              else None)[0] == (("resolvectl", "flush-caches"),)
    with pytest.raises(FixUnavailableError):
        dns_flush_commands("linux", lambda n: None)


def test_dns_flush_runs_resolvectl_for_real(fake_path: Path) -> None:
    calls = _fake_tool(fake_path, "resolvectl")
    fix = DnsFlushFix(CommandRunner("linux", run_command, lambda: False))
    outcome = fix.apply(fix.plan())
    assert outcome.succeeded
    assert calls.read_text().split("\n")[0] == "flush-caches"


def test_permission_denied_asks_pkexec_and_reports_refusal(fake_path: Path) -> None:
    _fake_tool(fake_path, "resolvectl", 1, "Failed to flush caches: Access denied")
    pkexec = _fake_tool(fake_path, "pkexec", 126)
    runner = CommandRunner("linux", run_command, lambda: False)
    outcome = DnsFlushFix(runner).apply(DnsFlushFix(runner).plan())
    assert not outcome.succeeded
    assert outcome.reason == "needs admin"
    assert outcome.suggest_help
    assert pkexec.read_text().strip() == "resolvectl flush-caches"


def test_restart_with_countdown_uses_fake_shutdown(fake_path: Path) -> None:
    calls = _fake_tool(fake_path, "shutdown")
    fix = RestartFix(CommandRunner("linux", run_command, lambda: True), minutes=5,
                     now=lambda: 1000.0)
    plan = fix.plan()
    assert plan.facts["minutes"] == 5
    assert plan.items[0].kind == "restart"
    outcome = fix.apply(plan)
    assert outcome.succeeded
    assert outcome.facts["restart_at"] == 1300.0
    assert fix.cancel().succeeded
    assert calls.read_text().splitlines() == ["-r +5", "-c"]


def test_restart_argv_on_windows_and_mac_elevation() -> None:
    seen: list[Sequence[str]] = []

    def run(argv: Sequence[str], timeout: float) -> object:
        seen.append(argv)
        return type("Out", (), {"returncode": 0, "stdout": "", "stderr": "", "argv": argv})()

    RestartFix(CommandRunner("win32", run, lambda: False), minutes=2).apply(None)  # type: ignore[arg-type]  # apply ignores the plan
    assert list(seen[-1]) == ["shutdown", "/r", "/t", "120"]
    RestartFix(CommandRunner("darwin", run, lambda: False), minutes=2).apply(None)  # type: ignore[arg-type]  # apply ignores the plan
    assert seen[-1][0] == "osascript"
    assert "shutdown -r +2" in seen[-1][2]
    assert "administrator privileges" in seen[-1][2]


def test_elevation_wrappers() -> None:
    win = elevated(["ipconfig", "/flushdns"], "win32")
    assert win is not None
    assert "-Verb RunAs" in win[-1]
    assert "'/flushdns'" in win[-1]
    mac = elevated(["killall", "-HUP", 'a"b'], "darwin")
    assert mac is not None
    assert '\\"' in mac[2]


def test_restart_without_rights_explains(fake_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(fake_path))  # no pkexec anywhere
    _fake_tool(fake_path, "shutdown", 1, "Failed to set wall message: must be root")
    outcome = RestartFix(CommandRunner("linux", run_command, lambda: False)).apply(None)  # type: ignore[arg-type]  # apply ignores the plan
    assert outcome.reason == "needs admin"


def test_close_process_terminates_a_real_child() -> None:
    # A desktop program of yours: only those are offered (tests/diagnostics/fixes/).
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"],
                             env={**os.environ, "DISPLAY": ":99"})
    try:
        fix = CloseProcessFix(grace_s=5).for_pid(child.pid)
        plan = fix.plan()
        assert plan.facts["pid"] == child.pid
        assert plan.items[0].kind == "terminate"
        outcome = fix.apply(plan)
        assert outcome.succeeded
        assert outcome.facts["killed"] is False
        assert child.wait(5) is not None
        assert fix.apply(plan).facts.get("already_closed") is True
    finally:
        child.kill()
        child.wait()


def test_close_process_kills_one_that_ignores_terminate() -> None:
    code = ("import signal, time; signal.signal(signal.SIGTERM, signal.SIG_IGN); "
            "print(1, flush=True); time.sleep(60)")
    child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE,
                             env={**os.environ, "DISPLAY": ":99"})
    try:
        assert child.stdout is not None
        assert child.stdout.readline()
        fix = CloseProcessFix(grace_s=0.3).for_pid(child.pid)
        outcome = fix.apply(fix.plan())
        assert outcome.succeeded
        assert outcome.facts["killed"] is True
    finally:
        child.kill()
        child.wait()
        assert child.stdout is not None
        child.stdout.close()


def test_close_process_refuses_protected() -> None:
    with pytest.raises(FixNotPossibleError):
        CloseProcessFix(pid=os.getpid()).plan()
    with pytest.raises(FixNotPossibleError):
        CloseProcessFix(pid=1).plan()
    with pytest.raises(FixNotPossibleError):
        CloseProcessFix(sample=list).plan()


def test_open_settings_page_per_os() -> None:
    opened: list[Sequence[str]] = []
    fix = OpenSettingsFix("network", "win32", opened.append)
    assert fix.check_id == "network.internet"
    assert fix.apply(fix.plan()).succeeded
    assert list(opened[-1]) == ["explorer.exe", "ms-settings:network"]
    assert settings_argv("darwin", "updates")[1].startswith("x-apple.systempreferences:")
    assert settings_argv("linux", "network", lambda n: "/x" if n == "gnome-control-center"
                         else None) == ("gnome-control-center", "network")
    with pytest.raises(FixUnavailableError):
        settings_argv("linux", "storage", lambda n: None)


def test_service_applies_reruns_and_records(tmp_path: Path) -> None:
    state = {"waiting": 3}

    def retry() -> bool:
        state["waiting"] = 0
        return True

    def outbox() -> Outcome:
        waiting = state["waiting"]
        return Outcome(Status.WARN if waiting else Status.OK, {"waiting": waiting})

    check = Check("deskmate.outbox", Category.DESKMATE, outbox)
    log = AttemptLog(tmp_path / "db.sqlite3")
    service = FixService([CallFix("deskmate.retry_outbox", "deskmate.outbox", retry)],
                         lambda cid: run_one(check), log, now=time.time)
    before = run_one(check)
    report = service.apply(service.plan("deskmate.retry_outbox"), before)
    assert report.before is not None
    assert report.before.status is Status.WARN
    assert report.after is not None
    assert report.after.status is Status.OK
    attempts = service.recent_attempts()
    assert len(attempts) == 1
    assert attempts[0].succeeded
    assert attempts[0].to_json()["before"] == "warn"
    assert attempts[0].to_json()["after"] == "ok"
    # the record survives a new process (a fresh log over the same database)
    reopened = AttemptLog(tmp_path / "db.sqlite3").recent_attempts()
    assert reopened[0].fix_id == "deskmate.retry_outbox"
    with pytest.raises(UnknownFixError):
        service.plan("nope")


def test_failing_callable_is_recorded_as_failed(tmp_path: Path) -> None:
    def broken() -> bool:
        raise ConnectionError("offline")

    fix = CallFix("deskmate.refresh_catalogue", "deskmate.catalogue", broken)
    outcome = fix.apply(fix.plan())
    assert not outcome.succeeded
    assert outcome.facts["error"] == "ConnectionError"


def test_service_rechecks_the_check_the_fix_was_started_from(tmp_path: Path) -> None:
    rerun: list[str] = []

    def recheck(check_id: str) -> CheckResult:
        rerun.append(check_id)
        return CheckResult(check_id, Category.SYSTEM, Status.OK, {}, None, 0.0)

    fix = CallFix("process.close", "system.processes", lambda: True)
    service = FixService([fix], recheck, AttemptLog(tmp_path / "db.sqlite3"))
    before = CheckResult("system.cpu", Category.SYSTEM, Status.WARN, {}, "process.close", 0.0)
    report = service.apply(service.plan("process.close"), before)
    assert rerun == ["system.cpu"]
    assert report.check_id == "system.cpu"
    service.apply(service.plan("process.close"))
    assert rerun[-1] == "system.processes"


def test_only_fixes_whose_tools_are_here_are_offered(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A Linux computer without resolvectl, a settings app or shutdown is offered none of
    those fixes; put a stand-in on PATH and each is offered again."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    monkeypatch.setenv("PATH", str(bin_dir))
    runner = CommandRunner("linux", run_command, lambda: False)
    fixes = [DnsFlushFix(runner), RestartFix(runner), OpenSettingsFix("network", "linux"),
             CallFix("deskmate.retry_outbox", "deskmate.outbox", lambda: True)]
    service = FixService(fixes, lambda cid: run_one(Check(cid, Category.SYSTEM, Outcome)),
                         AttemptLog(tmp_path / "db.sqlite3"))
    assert service.usable_ids() == ("deskmate.retry_outbox",)
    for tool in ("resolvectl", "shutdown", "gnome-control-center"):
        _fake_tool(bin_dir, tool)
    assert service.usable_ids() == service.ids()
