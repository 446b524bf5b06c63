"""Installs as ``deskmate apps install`` worker processes: the real CLI, fake package managers
on PATH, the signed demo catalogue; results, order, cancel and failures reach the GUI thread."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from desktop.catalogue.install_outcome import InstallProgress, InstallResult
from desktop.catalogue.installed_state import InstallState
from desktop.catalogue.model import CatalogueApp
from desktop.shell.install_workers import WorkerInstallLine
from desktop.shell.process_runner import ProcessTaskRunner, WorkerTimedOut, WorkerUnreadable
from tests.fakes.catalogue_data import demo_catalogue
from tests.fakes.tools import FakeTools

ROOT = Path(__file__).resolve().parents[3]


class Seen:
    def __init__(self) -> None:
        self.progress: list[InstallProgress] = []
        self.results: list[InstallResult | None] = []
        self.errors: list[BaseException] = []

    def start(self, line: WorkerInstallLine) -> None:
        line.start(self.progress.append, self.results.append, self.errors.append)

    def ended(self) -> int:
        return len(self.results) + len(self.errors)


@pytest.fixture
def fakes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> FakeTools:
    """The fakes first on PATH of every worker this process starts."""
    tools = FakeTools(tmp_path)
    for name, value in {**tools.env(), "DESKMATE_POLICY": os.devnull,
                        "PYTHONPATH": str(ROOT)}.items():
        monkeypatch.setenv(name, value)
    return tools


@pytest.fixture
def workers(qtbot: QtBot, fakes: FakeTools) -> Iterator[ProcessTaskRunner]:
    runner = ProcessTaskRunner(fakes.root / "profile", demo=True)
    yield runner
    runner.stop_all()
    qtbot.wait(50)  # let the finished jobs' deleteLater run while the runner exists


def get(app_id: str) -> CatalogueApp:
    found = demo_catalogue().app(app_id)
    assert found is not None
    return found


def line_for(workers: ProcessTaskRunner, fakes: FakeTools, **kw: Any) -> WorkerInstallLine:
    return WorkerInstallLine(workers, fakes.root / "profile" / "logs" / "installs", **kw)


def test_installs_run_in_workers_one_at_a_time_in_order(
        qtbot: QtBot, workers: ProcessTaskRunner, fakes: FakeTools) -> None:
    line, seen = line_for(workers, fakes), Seen()
    for app_id in ("gimp", "firefox"):
        assert line.enqueue(get(app_id))
        seen.start(line)
    assert not line.enqueue(get("gimp"))  # running already
    assert (line.active(), line.queued()) == ("gimp", ("firefox",))
    qtbot.waitUntil(lambda: seen.ended() == 2, timeout=60_000)
    assert seen.errors == []
    assert [(r.app_id, r.outcome, r.state) for r in seen.results if r] == [
        ("gimp", "installed", InstallState.INSTALLED),
        ("firefox", "installed", InstallState.INSTALLED)]
    installs = [c[-1] for c in fakes.calls("flatpak") if c[0] == "install"]
    assert installs == ["org.gimp.GIMP", "org.mozilla.firefox"]  # run by the worker processes
    assert any(p.app_id == "gimp" and p.percent == 45 for p in seen.progress)
    assert "Result: installed" in line.read_log("gimp")
    assert line.active() is None


def test_cancel_drops_a_queued_app_and_stops_the_running_install(
        qtbot: QtBot, workers: ProcessTaskRunner, fakes: FakeTools,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DESKMATE_FAKE_DELAY", "2")
    line, seen = line_for(workers, fakes), Seen()
    for app_id in ("gimp", "firefox"):
        line.enqueue(get(app_id))
        seen.start(line)
    line.cancel("firefox")
    assert line.queued() == ()
    qtbot.waitUntil(lambda: any(p.percent == 0 for p in seen.progress), timeout=30_000)
    line.cancel("gimp")
    qtbot.waitUntil(lambda: seen.ended() == 1, timeout=30_000)
    (result,) = seen.results
    assert result is not None
    assert (result.app_id, result.outcome) == ("gimp", "cancelled")
    assert "Result: cancelled" in line.read_log("gimp")


def test_a_worker_past_its_time_out_is_killed_with_its_package_manager(
        qtbot: QtBot, workers: ProcessTaskRunner, fakes: FakeTools,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DESKMATE_FAKE_DELAY", "10")  # the install takes 50 s
    line, seen = line_for(workers, fakes, timeout_ms=15_000), Seen()
    line.enqueue(get("gimp"))
    seen.start(line)
    qtbot.waitUntil(lambda: any(p.percent == 0 for p in seen.progress), timeout=15_000)
    assert fakes.running("flatpak") != []
    qtbot.waitUntil(lambda: seen.ended() == 1, timeout=30_000)
    (error,) = seen.errors
    assert isinstance(error, WorkerTimedOut)
    assert line.active() is None
    qtbot.waitUntil(lambda: fakes.running("flatpak") == [], timeout=5000)


def test_stopping_the_workers_ends_their_package_managers(
        qtbot: QtBot, workers: ProcessTaskRunner, fakes: FakeTools,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DESKMATE_FAKE_DELAY", "5")
    line, seen = line_for(workers, fakes), Seen()
    line.enqueue(get("gimp"))
    seen.start(line)
    qtbot.waitUntil(lambda: any(p.percent == 0 for p in seen.progress), timeout=30_000)
    assert fakes.running("flatpak") != []
    workers.stop_all()
    qtbot.waitUntil(lambda: fakes.running("flatpak") == [], timeout=5000)
    assert seen.ended() == 0  # stopped for shutdown: nobody is told


def test_garbage_from_the_worker_is_an_error_not_a_crash(
        qtbot: QtBot, fakes: FakeTools, tmp_path: Path) -> None:
    script = tmp_path / "garbage.py"
    script.write_text("print('Traceback (most recent call last):')\n", encoding="utf-8")
    workers = ProcessTaskRunner(None, demo=False, command=[sys.executable, str(script)])
    line, seen = line_for(workers, fakes), Seen()
    line.enqueue(get("gimp"))
    seen.start(line)
    qtbot.waitUntil(lambda: seen.ended() == 1, timeout=15_000)
    (error,) = seen.errors
    assert isinstance(error, WorkerUnreadable)
    assert line.active() is None
    workers.stop_all()  # as the app does: the stopped worker's job goes once it has ended
    qtbot.wait(50)
