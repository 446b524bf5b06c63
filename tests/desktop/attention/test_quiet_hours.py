"""Quiet hours: spans across midnight, weekends, and when they end."""

from __future__ import annotations

from datetime import datetime

import pytest

from desktop.attention.quiet_hours import QuietHours, QuietHoursDetector
from desktop.attention.signals import SignalName

EVENINGS = QuietHours.parse("18:00-08:00")


@pytest.mark.parametrize(
    ("hour", "minute", "quiet"),
    [(17, 59, False), (18, 0, True), (23, 0, True), (0, 30, True), (7, 59, True), (8, 0, False)],
)
def test_a_span_across_midnight(hour: int, minute: int, quiet: bool) -> None:
    assert EVENINGS.is_quiet(datetime(2026, 12, 1, hour, minute)) is quiet


def test_a_daytime_span() -> None:
    lunch = QuietHours.parse("12:00-13:00")
    assert lunch.is_quiet(datetime(2026, 12, 1, 12, 30))
    assert not lunch.is_quiet(datetime(2026, 12, 1, 13, 0))


def test_weekends_are_quiet_all_day_and_end_on_monday_morning() -> None:
    quiet = QuietHours.parse("18:00-08:00", weekends=True)
    saturday_noon = datetime(2026, 12, 5, 12, 0)
    assert quiet.is_quiet(saturday_noon)
    assert quiet.ends_after(saturday_noon) == datetime(2026, 12, 7, 8, 0)


def test_no_span_is_never_quiet() -> None:
    none = QuietHours.parse("")
    assert not none.is_quiet(datetime(2026, 12, 5, 3, 0))
    now = datetime(2026, 12, 5, 3, 0, 30)
    assert none.ends_after(now) == now


def test_the_detector_says_why() -> None:
    detector = QuietHoursDetector(EVENINGS, lambda: datetime(2026, 11, 30, 19, 5))
    (signal,) = detector.detect()
    assert signal.name is SignalName.QUIET_HOURS
    assert signal.active
    assert signal.reason == "Mon 19:05 is inside quiet hours (18:00-08:00)"
