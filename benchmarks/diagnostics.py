"""Health checks: full-suite wall time against the slowest single check, and the longest
GUI-thread stall while a run streams into the real Health page."""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.result import Figure

RUNS = 5


def _service(profile: Path):  # type: ignore[no-untyped-def]  # benchmark glue
    from desktop.core import build_core
    from desktop.health_service import HealthService
    from desktop.secrets import MemorySecretStore

    core = build_core(profile, demo=True, secrets=MemorySecretStore())
    return HealthService(core.settings, core.paths)


def _suite_times(service) -> tuple[float, float, str]:  # type: ignore[no-untyped-def]
    """Median full-suite wall time, and the median time of the slowest check run alone."""
    from diagnostics.runner import run_one

    service.run(wait_for_slow=False)  # warm caches (the updates probe starts in the background)
    time.sleep(3)  # let that probe finish, as it would long before anyone opens the page
    full = [service.run().duration_s for _ in range(RUNS)]
    singles: dict[str, list[float]] = {}
    for _ in range(RUNS):
        for check in service.checks():
            singles.setdefault(check.id, []).append(run_one(check).duration_s)
    slowest_id = max(singles, key=lambda k: statistics.median(singles[k]))
    return statistics.median(full), statistics.median(singles[slowest_id]), slowest_id


def _max_gap_ms(app, busy) -> float:  # type: ignore[no-untyped-def]
    """The longest gap between 2 ms timer ticks on the GUI thread while ``busy()`` is true."""
    from PySide6.QtCore import QElapsedTimer, QTimer

    clock, gaps, last = QElapsedTimer(), [0.0], [0.0]
    clock.start()

    def tick() -> None:
        now = clock.nsecsElapsed() / 1e6
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(2)
    timer.timeout.connect(tick)
    timer.start()
    deadline = time.monotonic() + 10
    while busy() and time.monotonic() < deadline:
        app.processEvents()
    timer.stop()
    return max(gaps[2:] or [0.0])


def _gui_stall(service) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from desktop.shell.task_runner import QtTaskRunner
    from ui.pages.health_page import HealthPage

    app = QApplication.instance() or QApplication([])
    runner = QtTaskRunner()
    page = HealthPage(
        runner,
        lambda report: service.run(on_result=report),
        service.fixes.plan,
        service.fixes.apply,
        service.fixes.ids(),
        len(service.checks()),
        run_on_show=False,
    )
    page.resize(900, 700)
    page.show()
    idle_until = time.monotonic() + 0.5
    idle = _max_gap_ms(app, lambda: time.monotonic() < idle_until)
    stalls = []
    for _ in range(RUNS):
        done: list[object] = []
        page.run_finished.connect(done.append)
        page.start_run()
        stalls.append(_max_gap_ms(app, lambda d=done: not d))  # type: ignore[misc]
        page.run_finished.disconnect(done.append)
    runner.wait_for_done(10_000)
    return statistics.median(stalls), idle


def run() -> list[Figure]:
    with tempfile.TemporaryDirectory(prefix="deskmate-bench-") as tmp:
        service = _service(Path(tmp) / "profile")
        full, slowest, slowest_id = _suite_times(service)
        stall, idle = _gui_stall(service)
    return [
        Figure(
            "health: full suite wall time (median of 5)",
            full * 1000,
            "ms",
            f"slowest single check ({slowest_id})",
            slowest * 1000,
            "<= 1500 ms and <= 1.2x slowest",
            full <= 1.5 and full <= 1.2 * slowest,
        ),
        Figure(
            "health: longest GUI-thread stall during a run",
            stall,
            "ms",
            "same timer, idle event loop",
            idle,
            "<= 50 ms",
            stall <= 50,
        ),
    ]
