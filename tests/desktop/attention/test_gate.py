"""The attention gate with each busy signal and each urgency."""

from __future__ import annotations

from datetime import datetime

import pytest

from desktop.attention.gate import (
    AttentionGate,
    Decision,
    Message,
    MessageKind,
    Urgency,
    Verdict,
)
from desktop.attention.quiet_hours import QuietHours
from desktop.attention.signals import BusySignal, SignalName

MONDAY_NOON = datetime(2026, 11, 30, 12, 0)
ROUTINE = Message(MessageKind.REQUEST_UPDATE, "IT answered", "Printer: answered")
OUTAGE = Message(MessageKind.OUTAGE, "VPN is down", "IT is on it")
LAST_HOUR = Message(MessageKind.REQUIRED_INSTALL, "Zoom", "installs at 13:00", Urgency.LAST_HOUR)


def busy(name: SignalName) -> BusySignal:
    return BusySignal(name, True, f"{name.value} seen")


def gate(**kw: object) -> AttentionGate:
    return AttentionGate(QuietHours.parse("18:00-08:00"), lambda: MONDAY_NOON, **kw)  # type: ignore[arg-type]  # test keywords


def test_not_busy_shows_everything() -> None:
    idle = [BusySignal(n, False, "nothing") for n in SignalName]
    for message in (ROUTINE, OUTAGE, LAST_HOUR):
        assert gate().decide(message, idle).verdict is Verdict.SHOW


@pytest.mark.parametrize("name", list(SignalName))
def test_each_signal_holds_a_routine_message_with_its_reason(name: SignalName) -> None:
    decision = gate().decide(ROUTINE, [busy(name)])
    assert decision.verdict is Verdict.HOLD
    assert decision.reasons == (f"{name.value}: {name.value} seen",)
    assert decision.busy == {name}


@pytest.mark.parametrize("name", list(SignalName))
def test_an_outage_is_a_badge_while_busy(name: SignalName) -> None:
    assert gate().decide(OUTAGE, [busy(name)]).verdict is Verdict.BADGE


@pytest.mark.parametrize(
    ("name", "verdict"),
    [
        (SignalName.DO_NOT_DISTURB, Verdict.SHOW),
        (SignalName.QUIET_HOURS, Verdict.SHOW),
        (SignalName.FULLSCREEN, Verdict.HOLD),
        (SignalName.CAMERA, Verdict.HOLD),
        (SignalName.MICROPHONE, Verdict.HOLD),
        (SignalName.SCREEN_SHARING, Verdict.HOLD),
    ],
)
def test_last_hour_passes_dnd_but_never_a_meeting(name: SignalName, verdict: Verdict) -> None:
    assert gate().decide(LAST_HOUR, [busy(name)]).verdict is verdict


def test_last_hour_with_dnd_and_camera_is_held() -> None:
    signals = [busy(SignalName.DO_NOT_DISTURB), busy(SignalName.CAMERA)]
    assert gate().decide(LAST_HOUR, signals).verdict is Verdict.HOLD


def test_quiet_hours_alone_hold_until_they_end() -> None:
    evening = datetime(2026, 11, 30, 19, 30)
    g = AttentionGate(QuietHours.parse("18:00-08:00"), lambda: evening)
    decision = g.decide(ROUTINE, [busy(SignalName.QUIET_HOURS)])
    assert decision.until == datetime(2026, 12, 1, 8, 0)
    camera_too = g.decide(ROUTINE, [busy(SignalName.QUIET_HOURS), busy(SignalName.CAMERA)])
    assert camera_too.until is None  # a meeting has no known end: look again when free


def test_held_messages_come_back_as_one_summary_when_free() -> None:
    g = gate()
    update = Message(MessageKind.UPDATE_PROMPT, "Zoom", "Zoom has an update")
    g.offer(ROUTINE, [busy(SignalName.CAMERA)])
    g.offer(ROUTINE, [busy(SignalName.CAMERA)])  # the same message is kept once
    g.offer(update, [busy(SignalName.FULLSCREEN)])
    assert g.release([busy(SignalName.CAMERA)]) is None  # still busy
    summary = g.release([BusySignal(SignalName.CAMERA, False, "closed")])
    assert summary is not None
    assert summary.messages == (ROUTINE, update)
    assert summary.held_for == {SignalName.CAMERA, SignalName.FULLSCREEN}
    assert g.release([]) is None  # given once


def test_every_decision_reaches_the_listener() -> None:
    seen: list[tuple[Message, Decision]] = []
    g = gate(on_decision=lambda m, d: seen.append((m, d)))
    g.offer(ROUTINE, [])
    g.offer(OUTAGE, [busy(SignalName.MICROPHONE)])
    assert [(m.kind, d.verdict) for m, d in seen] == [
        (MessageKind.REQUEST_UPDATE, Verdict.SHOW),
        (MessageKind.OUTAGE, Verdict.BADGE),
    ]
    assert g.held == ()
