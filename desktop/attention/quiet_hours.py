"""Quiet hours from Settings or policy: a daily span such as 18:00-08:00, and weekends."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from desktop.attention.signals import BusySignal, SignalName

SPAN_PATTERN = r"(?:[01]\d|2[0-3]):[0-5]\d-(?:[01]\d|2[0-3]):[0-5]\d"
_SPAN = re.compile(r"(\d\d):(\d\d)-(\d\d):(\d\d)")
_SATURDAY = 5


@dataclass(frozen=True)
class QuietHours:
    """A daily span (it may cross midnight) and whether all of Saturday and Sunday are quiet."""

    start: time | None = None
    end: time | None = None
    weekends: bool = False

    @classmethod
    def parse(cls, span: str, weekends: bool = False) -> QuietHours:
        """``"18:00-08:00"``; an empty span means no daily quiet hours."""
        match = _SPAN.fullmatch(span.strip())
        if match is None:
            return cls(weekends=weekends)
        h1, m1, h2, m2 = (int(g) for g in match.groups())
        return cls(time(h1, m1), time(h2, m2), weekends)

    def is_quiet(self, now: datetime) -> bool:
        return self._weekend(now) or self._in_span(now.time())

    def ends_after(self, now: datetime) -> datetime:
        """The first minute after ``now`` that is not quiet (``now`` itself when it is not)."""
        moment = now.replace(second=0, microsecond=0)
        for _ in range(3 * 24 * 60):  # at most a weekend and a night, in minutes
            if not self.is_quiet(moment):
                return max(moment, now)
            moment += timedelta(minutes=1)
        return moment

    def describe(self) -> str:
        parts = [f"{self.start:%H:%M}-{self.end:%H:%M}"] if self.start and self.end else []
        return ", ".join([*parts, *(["weekends"] if self.weekends else [])]) or "none"

    def _weekend(self, now: datetime) -> bool:
        return self.weekends and now.weekday() >= _SATURDAY

    def _in_span(self, moment: time) -> bool:
        if self.start is None or self.end is None or self.start == self.end:
            return False
        if self.start < self.end:
            return self.start <= moment < self.end
        return moment >= self.start or moment < self.end


class QuietHoursDetector:
    """Reports quiet hours as a busy signal, reading the clock it is given."""

    signal = SignalName.QUIET_HOURS

    def __init__(self, quiet: QuietHours, clock: Callable[[], datetime]) -> None:
        self.quiet = quiet
        self._clock = clock

    def detect(self) -> Sequence[BusySignal]:
        now = self._clock()
        active = self.quiet.is_quiet(now)
        state = "inside" if active else "outside"
        reason = f"{now:%a %H:%M} is {state} quiet hours ({self.quiet.describe()})"
        return (BusySignal(SignalName.QUIET_HOURS, active, reason),)
