"""Attention decisions and deadline events in the activity ledger: the message's kind, the
verdict and why, never the message's words; deferrals, escalation and enforced installs."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from desktop.activity.attention_entry import AttentionLedger
from desktop.activity.deadline_entry import DeadlineActivity
from desktop.activity.entry import ActivityKind
from desktop.activity.ledger import Ledger
from desktop.attention.gate import AttentionGate, Message, MessageKind
from desktop.attention.quiet_hours import QuietHours
from desktop.attention.signals import BusySignal, SignalName
from desktop.catalogue.model import CatalogueApp, Deadline, InstallMethod
from desktop.deadlines.ledger import DeadlineLedger
from desktop.deadlines.obligation import Countdown
from desktop.deadlines.service import DeadlineService
from tests.fakes.catalogue_data import app

MONDAY_10 = datetime(2026, 11, 30, 10, 0, tzinfo=UTC)
SECRET_WORDS = Message(MessageKind.REQUEST_UPDATE, "Payroll question answered",
                       "Your salary review is attached")
CAMERA = BusySignal(SignalName.CAMERA, True, "in use by zoom")


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def zoom(enforce: bool) -> CatalogueApp:
    due = MONDAY_10 + timedelta(days=3)
    return app("zoom", "Zoom", "Zoom", "Meetings", "Video calls.",
               {"linux": InstallMethod("flatpak", "us.zoom.Zoom")}, required=True,
               deadline=Deadline(due, None, 2, enforce))


def test_held_shown_and_summarised_are_recorded_without_the_message_words(
        tmp_path: Path) -> None:
    ledger = Ledger(tmp_path / "activity.sqlite3")
    record = AttentionLedger(ledger)
    gate = AttentionGate(QuietHours(), lambda: MONDAY_10, on_decision=record.decided,
                         on_summary=record.summarised)
    gate.offer(SECRET_WORDS, [CAMERA])
    gate.offer(Message(MessageKind.NUDGE, "Dropbox", "Use Company Files"), [])
    assert gate.release([BusySignal(SignalName.CAMERA, False, "free")]) is not None

    entries = ledger.entries(kind=ActivityKind.ATTENTION)
    assert [(e.purpose, e.detail["message_kind"]) for e in entries] == [
        ("hold", "request_update"), ("show", "nudge"), ("summary", "request_update")]
    assert entries[0].detail["reasons"] == ["camera: in use by zoom"]
    assert entries[0].detail["busy"] == ["camera"]
    assert entries[2].detail["held_for"] == ["camera"]
    stored = json.dumps([(e.summary, e.detail) for e in entries])
    for words in ("Payroll", "salary", "Dropbox", "Company Files"):
        assert words not in stored
    assert ledger.verify().ok


def test_deferral_escalation_and_the_enforced_install_are_recorded(tmp_path: Path) -> None:
    ledger = Ledger(tmp_path / "activity.sqlite3")
    clock = Clock(MONDAY_10)
    queued: list[str] = []
    deadlines = DeadlineService(
        DeadlineLedger(tmp_path / "deadlines.sqlite3", on_event=DeadlineActivity(ledger)),
        clock, lambda a: queued.append(a.id) is None)
    enforced = zoom(enforce=True)
    deadlines.tick(enforced, busy=False, countdown=None)
    clock.now += timedelta(days=1, hours=1)
    deadlines.tick(enforced, busy=False, countdown=None)
    option = deadlines.obligation(enforced).options(clock.now)[0]  # type: ignore[union-attr]  # it has a deadline
    deadlines.defer(enforced, option)
    clock.now += timedelta(days=1, hours=12)
    deadlines.tick(enforced, busy=False, countdown=None)
    clock.now += timedelta(days=1)
    deadlines.tick(enforced, busy=False, countdown=Countdown(clock.now - timedelta(minutes=6)))
    deadlines.tick(zoom(enforce=False), busy=False, countdown=None)

    entries = ledger.entries(kind=ActivityKind.DEADLINE)
    assert [e.purpose for e in entries] == [
        "daily_prompt", "deferred", "last_day", "enforced", "became_problem"]
    assert all(e.detail["app_id"] == "zoom" for e in entries)
    assert entries[1].detail["until"] == option.until.isoformat()
    assert queued == ["zoom"]


def test_deadline_entries_carry_the_apps_name_as_shown_then(tmp_path: Path) -> None:
    """The Activity page names the app as the catalogue did when the event happened (in the
    person's language), not by its id; every event of the round carries it."""
    ledger = Ledger(tmp_path / "activity.sqlite3")
    clock = Clock(MONDAY_10)
    deadlines = DeadlineService(
        DeadlineLedger(tmp_path / "deadlines.sqlite3", on_event=DeadlineActivity(ledger)),
        clock, lambda a: True)
    duty = app("zoom", "Zoom Arbeitsplatz", "Zoom", "Meetings", "Video calls.",
               {"linux": InstallMethod("flatpak", "us.zoom.Zoom")}, required=True,
               deadline=Deadline(MONDAY_10 + timedelta(days=3), None, 2, True))
    deadlines.tick(duty, busy=False, countdown=None)  # first seen: a badge only
    clock.now += timedelta(days=1, hours=1)
    deadlines.tick(duty, busy=False, countdown=None)
    deadlines.prompted(duty, clock.now)
    deadlines.defer(duty, deadlines.obligation(duty).options(clock.now)[0])  # type: ignore[union-attr]  # it has a deadline
    deadlines.start_now(duty)
    deadlines.done(duty)

    entries = ledger.entries(kind=ActivityKind.DEADLINE)
    assert [e.purpose for e in entries] == [
        "daily_prompt", "prompted", "deferred", "started_now", "done"]
    assert {e.detail["name"] for e in entries} == {"Zoom Arbeitsplatz"}
    assert "zoom:" not in " ".join(e.summary for e in entries)
