"""The bridge's timers on an outbox that cannot be written: no retry loop, no warning storm."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.core import Core, build_core
from desktop.helpdesk.outbox import Outbox
from desktop.helpdesk.service import HelpdeskService
from desktop.secrets import MemorySecretStore
from desktop.tasks import InlineTaskRunner
from tests.desktop.helpdesk.test_outbox_database import read_only_folder, remount_read_only
from ui.helpdesk_bridge import HelpdeskBridge

__all__ = ["read_only_folder"]  # the fixture, used by name below


def test_an_unwritable_outbox_is_not_flushed_every_minute(
    qtbot: QtBot, read_only_folder: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    core: Core = build_core(tmp_path / "profile", secrets=MemorySecretStore())
    remount_read_only(read_only_folder)
    outbox = Outbox(read_only_folder / "deskmate.sqlite3")
    assert not outbox.usable
    bridge = HelpdeskBridge(HelpdeskService(core, outbox=outbox), InlineTaskRunner(), 10)
    caplog.clear()
    with caplog.at_level(logging.WARNING):
        bridge.start()
        bridge.poll()
    assert [r.getMessage() for r in caplog.records] == []
    assert not bridge._flush_timer.isActive()
    assert not bridge._poll_timer.isActive()
