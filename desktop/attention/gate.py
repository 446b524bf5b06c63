"""The one place that decides whether a message may interrupt: show now, badge only, or hold.

Everything that wants the person's attention (tray messages, nudges, announcements, request
updates, restart and install prompts) asks :class:`AttentionGate`. The gate does no I/O: the
caller samples the busy signals (``signals.sample``, off the GUI thread) and hands them in.
Held messages come back, gathered, from :meth:`AttentionGate.release` once the person is free.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from desktop.attention.quiet_hours import QuietHours
from desktop.attention.signals import BusySignal, SignalName

log = logging.getLogger(__name__)


class MessageKind(StrEnum):
    OUTAGE = "outage"
    ANNOUNCEMENT = "announcement"
    REQUEST_UPDATE = "request_update"
    NUDGE = "nudge"
    INSTALL_RESULT = "install_result"
    CHECK_RESULT = "check_result"
    RESTART_PROMPT = "restart_prompt"
    REQUIRED_INSTALL = "required_install"
    UPDATE_PROMPT = "update_prompt"
    BACKGROUND_ERROR = "background_error"  # work nobody waited on failed


class Urgency(StrEnum):
    ROUTINE = "routine"
    OUTAGE = "outage"  # badge and Home banner at once; a popup only when not busy
    LAST_HOUR = "last_hour"  # a required action due within the hour passes DND, never a meeting


class Verdict(StrEnum):
    SHOW = "show"
    BADGE = "badge"
    HOLD = "hold"


@dataclass(frozen=True)
class Message:
    kind: MessageKind
    title: str
    text: str
    urgency: Urgency | None = None  # None: the kind's usual urgency
    problem: bool = False  # shown as a warning
    headline: str = ""  # how it reads in a held summary ("Zoom has an update"); "": the title

    @property
    def effective_urgency(self) -> Urgency:
        if self.urgency is not None:
            return self.urgency
        return Urgency.OUTAGE if self.kind is MessageKind.OUTAGE else Urgency.ROUTINE


@dataclass(frozen=True)
class Decision:
    verdict: Verdict
    reasons: tuple[str, ...]
    until: datetime | None = None  # HOLD: the earliest time to look again; None = when free
    busy: frozenset[SignalName] = frozenset()


@dataclass(frozen=True)
class HeldSummary:
    """Messages held back, gathered for one quiet summary, and what held them."""

    messages: tuple[Message, ...]
    held_for: frozenset[SignalName]


DecisionListener = Callable[[Message, Decision], None]
SummaryListener = Callable[[HeldSummary], None]


@dataclass
class AttentionGate:
    quiet: QuietHours
    clock: Callable[[], datetime]
    on_decision: DecisionListener | None = None  # e.g. the activity ledger
    on_summary: SummaryListener | None = None  # held messages given back as one summary
    _held: list[Message] = field(default_factory=list)
    _held_for: set[SignalName] = field(default_factory=set)

    def decide(self, message: Message, signals: Sequence[BusySignal]) -> Decision:
        """The gate's answer for ``message`` given the busy ``signals``; no side effects."""
        busy = [s for s in signals if s.active]
        names = frozenset(s.name for s in busy)
        reasons = tuple(f"{s.name.value}: {s.reason}" for s in busy)
        urgency = message.effective_urgency
        if not busy:
            return Decision(Verdict.SHOW, ("not busy",))
        if urgency is Urgency.OUTAGE:
            return Decision(Verdict.BADGE, ("an outage shows as a badge and banner", *reasons),
                            busy=names)
        if urgency is Urgency.LAST_HOUR and not any(n.in_a_meeting for n in names):
            return Decision(Verdict.SHOW, ("due within the hour: passes do not disturb",
                                           *reasons), busy=names)
        return Decision(Verdict.HOLD, reasons, self._until(names), names)

    def offer(self, message: Message, signals: Sequence[BusySignal]) -> Decision:
        """Decide, and keep a held message for the summary."""
        decision = self.decide(message, signals)
        if decision.verdict is Verdict.HOLD and message not in self._held:
            self._held.append(message)
            self._held_for.update(decision.busy)
        log.info("Attention decision", extra={"kind": message.kind.value,
                                              "verdict": decision.verdict.value,
                                              "busy": ",".join(sorted(decision.busy))})
        if self.on_decision is not None:
            self.on_decision(message, decision)
        return decision

    @property
    def held(self) -> tuple[Message, ...]:
        return tuple(self._held)

    def release(self, signals: Sequence[BusySignal]) -> HeldSummary | None:
        """The held messages as one summary once nothing active would hold them, else None."""
        if not self._held or any(s.active for s in signals):
            return None
        summary = HeldSummary(tuple(self._held), frozenset(self._held_for))
        self._held.clear()
        self._held_for.clear()
        if self.on_summary is not None:
            self.on_summary(summary)
        return summary

    def _until(self, busy: frozenset[SignalName]) -> datetime | None:
        if busy == {SignalName.QUIET_HOURS}:
            return self.quiet.ends_after(self.clock())
        return None
