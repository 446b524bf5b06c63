"""Old activity is pruned in the background, at start-up and on a timer, with the clock faked:
nobody has to open the Activity page or run ``deskmate activity list`` first."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.activity.entry import ActivityKind, NewEntry
from desktop.activity.ledger import DAY, Ledger
from desktop.app.activity_retention import RETENTION_MS, ActivityRetention
from desktop.paths import ProfilePaths
from desktop.tasks import InlineTaskRunner
from tests.ui.app_builder import build_application

START = 1_780_000_000.0


class Clock:
    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> float:
        return self.now


def _old_entry(ledger: Ledger) -> None:
    ledger.append(NewEntry(ActivityKind.NETWORK, "catalogue", "Checked", "cdn.example"))


def test_prunes_at_start_and_again_on_the_timer(qtbot: QtBot, tmp_path: Path) -> None:
    clock = Clock()
    ledger = Ledger(tmp_path / "activity.sqlite3", clock)
    _old_entry(ledger)
    retention = ActivityRetention(lambda: ledger.prune(90), InlineTaskRunner())
    retention.start()
    assert ledger.entries(kind=ActivityKind.PRUNED) == ()  # nothing is old yet
    assert retention.timer.interval() == RETENTION_MS
    assert retention.timer.isActive()

    clock.now += 91 * DAY
    _old_entry(ledger)
    retention.timer.timeout.emit()  # the timer fires
    (pruned,) = ledger.entries(kind=ActivityKind.PRUNED)
    assert pruned.detail["count"] == 1
    assert ledger.verify().ok
    retention.stop()
    assert not retention.timer.isActive()


@pytest.mark.allow_log_warnings  # offscreen has no tray: the app says it uses a window
def test_the_app_prunes_at_start_up(qtbot: QtBot, tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    paths = ProfilePaths.resolve(str(profile))
    paths.ensure()
    _old_entry(Ledger(paths.activity_file, lambda: time.time() - 100 * DAY))
    app = build_application(profile)
    qtbot.addWidget(app.window)
    try:
        app.start()
        qtbot.waitUntil(lambda: bool(app.core.ledger().entries(kind=ActivityKind.PRUNED)),
                        timeout=10_000)
        assert app.core.ledger().verify().ok
    finally:
        app.shutdown()
