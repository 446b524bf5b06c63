"""Resident memory after 20 s idle in the tray: Deskmate vs a bare PySide6 tray, run A B A B."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import psutil

from benchmarks.result import Figure
from tests.e2e.xsession import XSession, wait_for, x_session

PAIRS = int(os.environ.get("DESKMATE_BENCH_PAIRS", "2"))  # A B A B
IDLE_SECONDS = 20.0
ROOT = Path(os.environ.get("DESKMATE_BENCH_TREE", Path(__file__).resolve().parents[1]))
MIB = 1024 * 1024


def deskmate_argv(profile: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "desktop.cli", "--profile-dir", str(profile), "--demo", *extra]


def bare_argv(*extra: str) -> list[str]:
    return [sys.executable, "-m", "benchmarks.bare_tray", *extra]


def memory(pid: int) -> tuple[float, float]:
    """RSS and USS (MiB) of the resident process. Its short-lived workers and check probes
    (which exit and give their memory back) are not counted."""
    info = psutil.Process(pid).memory_full_info()
    return info.rss / MIB, info.uss / MIB


def idle_memory(x: XSession, argv: list[str], before_idle: Callable[[int], None]) -> tuple[
        float, float]:
    """Start ``argv``, wait for its icon, run ``before_idle(pid)``, idle 20 s, then measure."""
    docked = len(x.run("xwininfo", "-root", "-tree"))
    proc = subprocess.Popen(argv, env=x.env, cwd=ROOT, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    try:
        wait_for(lambda: len(x.run("xwininfo", "-root", "-tree")) > docked, 30, "a tray icon")
        before_idle(proc.pid)
        time.sleep(IDLE_SECONDS)
        return memory(proc.pid)
    finally:
        proc.terminate()
        proc.wait(10)


def spread(name: str, unit: str, mine: list[float], bare: list[float],
           limit: float | None) -> Figure:
    """A figure from medians, with min and max of each side; the target is ``limit`` × bare."""
    value, baseline = statistics.median(mine), statistics.median(bare)
    met = value <= limit * baseline if limit else None
    return Figure(name, value, unit, "bare PySide6 tray", baseline,
                  f"<= {limit}x bare" if limit else "", met,
                  note=f"min/median/max {min(mine):.1f}/{value:.1f}/{max(mine):.1f}; "
                       f"bare {min(bare):.1f}/{baseline:.1f}/{max(bare):.1f}")


def _nothing(_pid: int) -> None:
    """Idle straight away."""


def run() -> list[Figure]:
    mine: list[tuple[float, float]] = []
    bare: list[tuple[float, float]] = []
    with x_session() as x, tempfile.TemporaryDirectory() as tmp:
        x.start_tray_host()
        profile = Path(tmp) / "profile"
        for _pair in range(PAIRS):
            mine.append(idle_memory(x, deskmate_argv(profile, "--hidden"), _nothing))
            bare.append(idle_memory(x, bare_argv(), _nothing))
    return [
        spread("RSS after 20 s idle in the tray", "MiB", [r for r, _ in mine],
               [r for r, _ in bare], 1.25),
        spread("USS after 20 s idle in the tray", "MiB", [u for _, u in mine],
               [u for _, u in bare], 1.25),
    ]
