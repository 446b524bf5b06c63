"""The catalogue refresh runs in a real ``deskmate catalogue refresh`` worker process; the GUI
process only reads the verified copy the worker left on disk."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from desktop.catalogue.service import CatalogueService, CatalogueStatus
from desktop.core import build_core
from desktop.secrets import MemorySecretStore
from desktop.shell.process_runner import ProcessTaskRunner
from desktop.shell.task_runner import QtTaskRunner
from ui.catalogue_bridge import CatalogueBridge


def _not_here() -> CatalogueStatus:
    raise AssertionError("the catalogue was refreshed in the GUI process")


@pytest.fixture
def service(profile_dir: Path, monkeypatch: pytest.MonkeyPatch) -> CatalogueService:
    core = build_core(profile_dir, demo=True, secrets=MemorySecretStore())
    service = CatalogueService.from_core(core)
    monkeypatch.setattr(service, "refresh", _not_here)
    return service


def test_a_worker_refreshes_and_the_gui_reads_its_copy(
        qtbot: QtBot, profile_dir: Path, service: CatalogueService) -> None:
    root = QObject()
    runner = QtTaskRunner(parent=root)
    workers = ProcessTaskRunner(profile_dir, demo=True, parent=root)
    bridge = CatalogueBridge(service, runner, root, workers)
    statuses: list[CatalogueStatus] = []
    bridge.status_changed.connect(statuses.append)
    bridge.start()  # the cached copy (none yet), then a refresh in the worker
    qtbot.waitUntil(lambda: len(statuses) == 2, timeout=60_000)
    assert statuses[0].version is None
    assert statuses[1].version is not None
    assert statuses[1].verified
    assert statuses[1].error is None
    assert service.catalogue() is not None
    first = service.catalogue()
    bridge.refresh()  # nothing changed: the copy in use is kept, not parsed again
    qtbot.waitUntil(lambda: len(statuses) == 3, timeout=60_000)
    assert service.catalogue() is first
    bridge._timer.stop()
    runner.wait_for_done()
    root.deleteLater()
