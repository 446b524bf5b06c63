"""A required app's deadline in words, for the Apps page's "Deadline" row: when it is due, how
many deferrals are left, and what happened before ("You put it off on Tuesday at 10:00")."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QObject

from desktop.deadlines.ledger import EventKind
from desktop.deadlines.obligation import Obligation
from desktop.deadlines.standing import PastEvent, Standing
from ui.locale_format import long_date, time_of_day, weekday

# Within this span a day is named ("Tuesday"); further back or ahead, its date.
NAMED_DAYS = timedelta(days=6)


# The deadline bar's sentences, said the same way here (and translated once, in its context).
_BAR = "DeadlineBar"


def _bar(text: str, count: int = -1) -> str:
    return QCoreApplication.translate(_BAR, text, None, count)


class DeadlineWords(QObject):
    """Sentences, one a line; a QObject only for ``self.tr``."""

    def lines(self, standing: Standing) -> list[str]:
        lines = self._open_lines(standing)
        deferred = [e.at for e in standing.history if e.kind is EventKind.DEFERRED]
        if deferred:
            lines.append(self._deferred(deferred, standing.now))
        lines += [self._outcome(e, standing.now) for e in standing.history
                  if e.kind is not EventKind.DEFERRED]
        return lines

    def _open_lines(self, standing: Standing) -> list[str]:
        due = standing.open_round
        if due is None:
            return [self.tr("Nothing is due now.")]
        when = self._when(due.due, standing.now)
        first = (self.tr("IT needs the update by {when}.") if standing.open_is_update
                 else self.tr("IT needs it by {when}.")).format(when=when)
        return [first, self._allowance(due)]

    def _allowance(self, due: Obligation) -> str:
        if due.remaining == 0:
            return _bar("You cannot put this off again") + "."
        return _bar("You can put this off %n more time(s)", due.remaining) + "."

    def _deferred(self, moments: list[datetime], now: datetime) -> str:
        times = [self._when(moment, now) for moment in moments]
        listed = times[0] if len(times) == 1 else _bar("{0} and {1}").format(
            ", ".join(times[:-1]), times[-1])
        return _bar("You put it off on {times}.").format(times=listed)

    def _outcome(self, event: PastEvent, now: datetime) -> str:
        when = self._when(event.at, now)
        if event.kind is EventKind.BECAME_PROBLEM:
            return self.tr("Its deadline passed on {when}; the Health page shows it as a "
                           "problem.").format(when=when)
        if event.update:
            return self.tr("Updated at its deadline on {when}, as IT requires.").format(when=when)
        return self.tr("Installed at its deadline on {when}, as IT requires.").format(when=when)

    def _when(self, moment: datetime, now: datetime) -> str:
        """"Tuesday at 10:00" within a week of now; "Monday, 30 November 2026 at 10:00"."""
        local = moment.astimezone() if moment.tzinfo else moment
        day = weekday(moment) if abs(moment - now) <= NAMED_DAYS else long_date(local.date())
        return _bar("{day} at {time}").format(day=day, time=time_of_day(moment))
