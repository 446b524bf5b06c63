"""Busy signals: what a detector saw (do not disturb, full screen, camera...) and why."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

log = logging.getLogger(__name__)


class SignalName(StrEnum):
    """The kinds of busy the gate knows; a value is the key in ``attention status --json``."""

    DO_NOT_DISTURB = "do_not_disturb"
    FULLSCREEN = "fullscreen"
    CAMERA = "camera"
    MICROPHONE = "microphone"
    SCREEN_SHARING = "screen_sharing"
    QUIET_HOURS = "quiet_hours"

    @property
    def in_a_meeting(self) -> bool:
        """Signals no urgency passes: the person is presenting, filming or speaking."""
        return self in _MEETING


_MEETING = frozenset(
    {SignalName.FULLSCREEN, SignalName.CAMERA, SignalName.MICROPHONE, SignalName.SCREEN_SHARING}
)


@dataclass(frozen=True)
class BusySignal:
    """One detector's answer. ``reason`` says what was seen, or why nothing could be seen."""

    name: SignalName
    active: bool
    reason: str


class Detector(Protocol):
    """Looks at one thing on this computer; never raises for an expected absence."""

    @property
    def signal(self) -> SignalName: ...

    def detect(self) -> Sequence[BusySignal]: ...


def sample(detectors: Sequence[Detector]) -> tuple[BusySignal, ...]:
    """Every detector's signals; a detector that crashes counts as not busy, with the reason,
    so one broken probe never holds every message back."""
    found: list[BusySignal] = []
    for detector in detectors:
        try:
            found.extend(detector.detect())
        except Exception as exc:  # a probe bug must not silence or block notifications
            log.exception("Busy detector failed", extra={"detector": type(detector).__name__})
            found.append(BusySignal(detector.signal, False, f"detector failed: {exc!r}"))
    return tuple(found)


class Unsupported:
    """A signal this system does not expose: never busy, and the status says so."""

    def __init__(self, signal: SignalName, reason: str) -> None:
        self.signal = signal
        self._reason = reason

    def detect(self) -> Sequence[BusySignal]:
        return (BusySignal(self.signal, False, self._reason),)
