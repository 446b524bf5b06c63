"""Where one required app stands against its deadline: stage, concrete deferrals, countdown."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from enum import StrEnum

COUNTDOWN = timedelta(minutes=5)
LAST_DAY = timedelta(hours=24)
LAST_HOUR = timedelta(hours=1)
PROMPT_EVERY = timedelta(days=1)
EVENING = time(18, 0)
MORNING = time(9, 0)


class Stage(StrEnum):
    """Gentle escalation: a badge, then a daily prompt, then a persistent Home banner."""

    BADGE = "badge"  # the first day: a badge on the icon and the Apps page, no prompt
    DAILY_PROMPT = "daily_prompt"
    LAST_DAY = "last_day"  # the last 24 hours: a Home banner that stays, and the prompt
    DUE = "due"  # past the deadline: the countdown (enforce) or a Health problem


class OptionKind(StrEnum):
    IN_AN_HOUR = "in_an_hour"
    TONIGHT = "tonight"  # today at 18:00
    TOMORROW_MORNING = "tomorrow_morning"  # tomorrow at 09:00


@dataclass(frozen=True)
class Deferral:
    kind: OptionKind
    until: datetime


@dataclass(frozen=True)
class Obligation:
    app_id: str
    first_seen: datetime
    due: datetime
    max_deferrals: int
    used: int
    enforce: bool
    deferred_until: datetime | None = None

    @property
    def remaining(self) -> int:
        return max(0, self.max_deferrals - self.used)

    def stage(self, now: datetime) -> Stage:
        if now >= self.due:
            return Stage.DUE
        if self.due - now <= LAST_DAY:
            return Stage.LAST_DAY
        return Stage.BADGE if now - self.first_seen < PROMPT_EVERY else Stage.DAILY_PROMPT

    def in_last_hour(self, now: datetime) -> bool:
        """Due within the hour: the prompt may pass do not disturb (never a meeting)."""
        return timedelta(0) < self.due - now <= LAST_HOUR

    def options(self, now: datetime) -> tuple[Deferral, ...]:
        """The concrete choices still open: none once the deferrals are used up, and none
        that would reach past the deadline."""
        if self.remaining == 0 or now >= self.due:
            return ()
        evening = datetime.combine(now.date(), EVENING, now.tzinfo)
        morning = datetime.combine(now.date() + timedelta(days=1), MORNING, now.tzinfo)
        candidates = [Deferral(OptionKind.IN_AN_HOUR, now + timedelta(hours=1))]
        if evening - now >= timedelta(hours=1):
            candidates.append(Deferral(OptionKind.TONIGHT, evening))
        candidates.append(Deferral(OptionKind.TOMORROW_MORNING, morning))
        return tuple(d for d in candidates if d.until < self.due)

    def should_prompt(self, now: datetime, last_prompt: datetime | None) -> bool:
        """Prompt once a day from the second day, and again when a deferral runs out."""
        if self.stage(now) not in (Stage.DAILY_PROMPT, Stage.LAST_DAY):
            return False
        if self.deferred_until is not None:
            if now < self.deferred_until:
                return False
            if last_prompt is None or last_prompt < self.deferred_until:
                return True
        return last_prompt is None or now - last_prompt >= PROMPT_EVERY


@dataclass(frozen=True)
class Countdown:
    """The five minutes before an enforced install, with "Do it now" beside them."""

    started: datetime

    def left(self, now: datetime) -> timedelta:
        return max(timedelta(0), self.started + COUNTDOWN - now)

    def finished(self, now: datetime) -> bool:
        return self.left(now) == timedelta(0)
