"""Start-up to a docked tray icon, peak memory, and idle CPU: Deskmate vs a bare PySide6 tray."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

from benchmarks.result import Figure
from tests.e2e.xsession import XSession, x_session

RUNS = 5
IDLE_SECONDS = 20.0
SETTLE_SECONDS = 10.0  # start-up work (first checks, catalogue refresh) is not idle
ROOT = Path(__file__).resolve().parents[1]


def _deskmate(profile: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "desktop.cli", "--profile-dir", str(profile), "--demo", *extra]


def _bare(*extra: str) -> list[str]:
    return [sys.executable, "-m", "benchmarks.bare_tray", *extra]


def _time_to_tray(x: XSession, argv: list[str]) -> tuple[float, float]:
    """Seconds until an icon is docked in trayer's panel, and the process's peak RSS (MiB)."""
    before = _docked_icons(x)
    start = time.perf_counter()
    proc = subprocess.Popen(
        argv, env=x.env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    while _docked_icons(x) <= before:
        if time.perf_counter() - start > 30:
            proc.kill()
            raise RuntimeError(f"no tray icon from {argv}")
        time.sleep(0.005)
    shown = time.perf_counter() - start
    _pid, _status, usage = os.wait4(proc.pid, 0)
    proc.returncode = 0
    return shown, usage.ru_maxrss / 1024


def _docked_icons(x: XSession) -> int:
    tree = x.run("xwininfo", "-root", "-children", "-tree")
    panel = tree.split('"panel"', 1)
    return panel[1].count("\n           0x") if len(panel) == 2 else 0


def _idle_cpu(x: XSession, argv: list[str]) -> float:
    """CPU seconds used per minute while idle in the tray, once start-up work is done."""
    proc = subprocess.Popen(
        argv, env=x.env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        time.sleep(SETTLE_SECONDS)
        ps = psutil.Process(proc.pid)
        first = ps.cpu_times()
        time.sleep(IDLE_SECONDS)
        last = ps.cpu_times()
        used = (last.user + last.system) - (first.user + first.system)
        return used * 60 / IDLE_SECONDS
    finally:
        proc.terminate()
        proc.wait(10)


def run() -> list[Figure]:
    with x_session() as x, tempfile.TemporaryDirectory() as tmp:
        x.start_tray_host()
        profile = Path(tmp) / "profile"
        _time_to_tray(x, _deskmate(profile, "--smoke-test", "--hidden"))  # warm the disk cache
        bare = [_time_to_tray(x, _bare("--exit-after-show")) for _ in range(RUNS)]
        mine = [
            _time_to_tray(x, _deskmate(profile, "--smoke-test", "--hidden")) for _ in range(RUNS)
        ]
        bare_idle = _idle_cpu(x, _bare())
        mine_idle = _idle_cpu(x, _deskmate(profile, "--hidden"))
    bare_ms = statistics.median(t for t, _ in bare) * 1000
    mine_ms = statistics.median(t for t, _ in mine) * 1000
    bare_rss = statistics.median(r for _, r in bare)
    mine_rss = statistics.median(r for _, r in mine)
    return [
        Figure(
            "start-up to docked tray icon (median of 5)",
            mine_ms,
            "ms",
            "bare PySide6 tray",
            bare_ms,
            "<= 2x bare tray",
            mine_ms <= 2 * bare_ms,
        ),
        Figure("peak RSS during start-up", mine_rss, "MiB", "bare PySide6 tray", bare_rss),
        Figure(
            "idle CPU in the tray",
            mine_idle,
            "CPU s/min",
            "bare PySide6 tray",
            bare_idle,
            "<= 0.1 CPU s/min",
            mine_idle <= 0.1,
        ),
    ]
