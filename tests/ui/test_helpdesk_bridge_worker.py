"""Delivery and status polls run in real ``deskmate outbox flush|poll --json`` worker
processes; the GUI process only reads the outbox they updated."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from desktop.commands.outbox import change_json, change_of
from desktop.core import build_core
from desktop.helpdesk.connector import RemoteStatus, RequestKind
from desktop.helpdesk.outbox import DeliveryState, StatusChange
from desktop.helpdesk.request_form import RequestForm
from desktop.helpdesk.service import HelpdeskService
from desktop.secrets import MemorySecretStore
from desktop.shell.process_runner import ProcessTaskRunner
from desktop.shell.task_runner import QtTaskRunner
from ui.helpdesk_bridge import HelpdeskBridge


def _not_here() -> None:
    raise AssertionError("delivered or polled in the GUI process")


def test_a_worker_delivers_and_the_gui_reads_the_outbox(
        qtbot: QtBot, profile_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    core = build_core(profile_dir, demo=True, secrets=MemorySecretStore())
    service = HelpdeskService(core)
    monkeypatch.setattr(service, "flush", _not_here)
    monkeypatch.setattr(service, "poll", _not_here)
    entry = service.submit(service.build(RequestForm(RequestKind.REQUEST, "network", "VPN"), ()))
    root = QObject()
    runner = QtTaskRunner(parent=root)
    workers = ProcessTaskRunner(profile_dir, demo=True, parent=root)
    bridge = HelpdeskBridge(service, runner, 10, root, workers)
    changes: list[StatusChange] = []
    bridge.status_changed.connect(changes.append)
    with qtbot.waitSignal(bridge.requests_changed, timeout=60_000):
        bridge.flush()
    (sent,) = service.requests()
    assert (sent.key, sent.state) == (entry.key, DeliveryState.SENT)
    qtbot.waitUntil(lambda: not workers.busy("outbox-poll") and not bridge._polling,
                    timeout=60_000)  # a delivery is followed by a poll, also in a worker
    assert all(c.key == entry.key for c in changes)
    runner.wait_for_done()
    service.close()
    root.deleteLater()


def test_a_status_change_survives_the_trip_through_json() -> None:
    change = StatusChange("k1", "VPN", None, RemoteStatus.OPEN, "On it")
    assert change_of(change_json(change)) == change
    later = StatusChange("k1", "VPN", RemoteStatus.OPEN, RemoteStatus.RESOLVED, None)
    assert change_of(change_json(later)) == later
