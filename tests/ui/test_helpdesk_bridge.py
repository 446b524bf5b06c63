"""The helpdesk bridge: never two status polls at once, and no retry loop or warning storm on
an outbox that cannot be written."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from desktop.core import Core, build_core
from desktop.helpdesk.outbox import Outbox
from desktop.helpdesk.service import HelpdeskService
from desktop.secrets import MemorySecretStore
from desktop.tasks import InlineTaskRunner, SubmitWithoutProgress
from tests.desktop.helpdesk.test_outbox_database import read_only_folder, remount_read_only
from ui.helpdesk_bridge import HelpdeskBridge

__all__ = ["read_only_folder"]  # the fixture, used by name below

Held = tuple[Callable[[Any], Any], Callable[[Any], None] | None,
             Callable[[BaseException], None] | None]


class HeldRunner(SubmitWithoutProgress):
    """Keeps every submitted task "running" until the test finishes it."""

    def __init__(self) -> None:
        self.held: list[Held] = []

    def submit_with_progress(self, fn: Callable[[Any], Any], on_progress: Callable[[Any], None],
                             on_result: Callable[[Any], None] | None = None,
                             on_error: Callable[[BaseException], None] | None = None) -> None:
        self.held.append((fn, on_result, on_error))

    def finish(self, index: int = 0) -> None:
        fn, on_result, _ = self.held.pop(index)
        result = fn(lambda _item: None)
        if on_result is not None:
            on_result(result)

    def crash(self, index: int = 0) -> None:
        _, _, on_error = self.held.pop(index)
        assert on_error is not None, "every background task must report its failure"
        on_error(RuntimeError("helpdesk unreachable"))


@pytest.fixture
def bridge(qtbot: QtBot, tmp_path: Path) -> Iterator[tuple[HelpdeskBridge, HeldRunner]]:
    core = build_core(tmp_path / "profile", secrets=MemorySecretStore())
    service = HelpdeskService(core)
    runner = HeldRunner()
    yield HelpdeskBridge(service, runner, poll_minutes=10), runner
    service.close()


def test_a_poll_cannot_start_while_one_runs(bridge: tuple[HelpdeskBridge, HeldRunner]) -> None:
    helpdesk, runner = bridge
    helpdesk.poll()
    helpdesk.poll()  # the timer fires again while the helpdesk is slow
    helpdesk.poll()
    assert len(runner.held) == 1
    runner.finish()
    helpdesk.poll()
    assert len(runner.held) == 1  # the next one starts once the first has ended


@pytest.mark.allow_log_warnings
def test_a_failed_poll_frees_the_guard(bridge: tuple[HelpdeskBridge, HeldRunner]) -> None:
    helpdesk, runner = bridge
    helpdesk.poll()
    runner.crash()
    helpdesk.poll()
    assert len(runner.held) == 1


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
