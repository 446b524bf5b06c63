"""Tray messages in the real app ask the attention gate: held while busy, badge on, one summary
when free (switchable fake detectors; the real Linux ones are tested in tests/desktop)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QTime
from pytestqt.qtbot import QtBot

from desktop.app.graph import Application
from desktop.attention.quiet_hours import QuietHours, QuietHoursDetector
from desktop.attention.signals import BusySignal, SignalName
from desktop.helpdesk.connector import RemoteStatus
from desktop.helpdesk.outbox import StatusChange
from tests.ui.app_builder import build_application

Notes = list[tuple[str, str, bool]]


class Switch:
    """A detector whose answer the test sets, as a full-screen window opening and closing."""

    def __init__(self, signal: SignalName) -> None:
        self.signal = signal
        self.active = False

    def detect(self) -> Sequence[BusySignal]:
        return (BusySignal(self.signal, self.active, "set by the test"),)


@pytest.fixture
def built(tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
          ) -> Iterator[tuple[Application, Notes, dict[SignalName, Switch]]]:
    policy = tmp_path / "policy.toml"
    policy.write_text("", encoding="utf-8")
    switches = {name: Switch(name) for name in SignalName}
    app = build_application(tmp_path / "profile", policy, detectors=tuple(switches.values()))
    qtbot.addWidget(app.window)
    notes: Notes = []
    monkeypatch.setattr(app.tray, "notify",
                        lambda title, text, problem=False: notes.append((title, text, problem)))
    yield app, notes, switches
    app.shutdown()


def _answered(app: Application) -> None:
    app.helpdesk_bridge.status_changed.emit(StatusChange(
        "k1", "[Deskmate] Printer jams", RemoteStatus.OPEN, RemoteStatus.RESOLVED, None))


def _settle(app: Application, qtbot: QtBot) -> None:
    app.runner.wait_for_done(10_000)
    qtbot.wait(50)


def test_a_request_update_waits_for_the_end_of_full_screen(
    built: tuple[Application, Notes, dict[SignalName, Switch]], qtbot: QtBot
) -> None:
    app, notes, switches = built
    switches[SignalName.FULLSCREEN].active = True
    _answered(app)
    qtbot.waitUntil(lambda: len(app.attention.gate.held) == 1)
    assert notes == []
    assert app.tray.badged()
    app.attention.recheck()  # still full screen: nothing yet
    _settle(app, qtbot)
    assert notes == []
    switches[SignalName.FULLSCREEN].active = False
    with qtbot.waitSignal(app.attention.summary_shown, timeout=5000):
        app.attention.recheck()
    assert notes == [("While you were in full screen",
                      "Your request was updated: Printer jams: Resolved", False)]
    assert not app.tray.badged()


def test_held_messages_of_a_meeting_come_back_as_one_summary(
    built: tuple[Application, Notes, dict[SignalName, Switch]], qtbot: QtBot
) -> None:
    app, notes, switches = built
    switches[SignalName.CAMERA].active = True
    _answered(app)
    app._on_problems_found("Your disk is nearly full", "2 GB left")
    qtbot.waitUntil(lambda: len(app.attention.gate.held) == 2)
    switches[SignalName.CAMERA].active = False
    with qtbot.waitSignal(app.attention.summary_shown, timeout=5000):
        app.attention.recheck()
    assert len(notes) == 1
    title, text, problem = notes[0]
    assert title == "While you were in a meeting"
    assert text.splitlines() == ["Your request was updated: Printer jams: Resolved",
                                 "Your disk is nearly full: 2 GB left"]
    assert problem  # one of them is a problem: the summary is shown as a warning


def test_not_busy_shows_at_once(
    built: tuple[Application, Notes, dict[SignalName, Switch]], qtbot: QtBot
) -> None:
    app, notes, _switches = built
    _answered(app)
    qtbot.waitUntil(lambda: len(notes) == 1)
    assert notes[0][0] == "Your request was updated"
    assert not app.tray.badged()


def test_quiet_hours_set_in_settings_reach_the_gate_at_once(
    tmp_path: Path, qtbot: QtBot
) -> None:
    """Quiet hours are one more busy signal: the gate and its detector take the new span
    without a restart."""
    detector = QuietHoursDetector(QuietHours(), lambda: datetime(2026, 12, 1, 22, 0).astimezone())
    app = build_application(tmp_path / "profile", detectors=(detector,))
    qtbot.addWidget(app.window)
    try:
        page = app.settings_page
        page.quiet_from.setTime(QTime(19, 30))
        page.quiet_to.setTime(QTime(7, 0))
        page.quiet.click()
        assert app.attention.gate.quiet.describe() == "19:30-07:00"
        assert detector.detect()[0].active  # 22:00 is inside
        page.quiet.click()
        assert not detector.detect()[0].active
    finally:
        app.shutdown()
