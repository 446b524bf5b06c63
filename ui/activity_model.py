"""List model of the activity record: day headings, then that day's entries in plain words."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from desktop.activity.entry import ActivityEntry, ActivityKind
from desktop.activity.filters import ActivityFilter
from diagnostics.result import Status
from ui.activity_words import ActivityWords
from ui.health_wording import fix_label, status_text, title
from ui.locale_format import data_size, long_date, time_of_day

Index = QModelIndex | QPersistentModelIndex
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class DayHeading:
    day: date


Row = DayHeading | ActivityEntry
_WORDED_ELSEWHERE = frozenset({ActivityKind.ATTENTION, ActivityKind.DEADLINE})  # ActivityWords


def rows_by_day(entries: tuple[ActivityEntry, ...], chosen: ActivityFilter) -> tuple[Row, ...]:
    """Newest day first; each day's heading, then its entries, newest first."""
    rows: list[Row] = []
    for entry in sorted((e for e in entries if chosen.matches(e)), key=lambda e: -e.row_id):
        day = datetime.fromtimestamp(entry.at).date()
        if not rows or _day_of(rows) != day:
            rows.append(DayHeading(day))
        rows.append(entry)
    return tuple(rows)


def _day_of(rows: list[Row]) -> date:
    return datetime.fromtimestamp(rows[-1].at).date() if isinstance(
        rows[-1], ActivityEntry) else rows[-1].day


class ActivityModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._entries: tuple[ActivityEntry, ...] = ()
        self._filter = ActivityFilter.ALL
        self._rows: tuple[Row, ...] = ()
        self._more_words = ActivityWords(self)

    def set_entries(self, entries: tuple[ActivityEntry, ...]) -> None:
        self._entries = entries
        self._reset()

    def set_filter(self, chosen: ActivityFilter) -> None:
        self._filter = chosen
        self._reset()

    def _reset(self) -> None:
        self.beginResetModel()
        self._rows = rows_by_day(self._entries, self._filter)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008  # Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._heading(row) if isinstance(row, DayHeading) else self._words(row)
        if role == Qt.ItemDataRole.FontRole and isinstance(row, DayHeading):
            font = QFont()
            font.setBold(True)
            return font
        if role == ENTRY_ROLE:
            return row if isinstance(row, ActivityEntry) else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if index.isValid() and isinstance(self._rows[index.row()], DayHeading):
            return Qt.ItemFlag.ItemIsEnabled
        return super().flags(index)

    def _heading(self, row: DayHeading) -> str:
        return long_date(row.day)

    def _words(self, entry: ActivityEntry) -> str:
        when = time_of_day(datetime.fromtimestamp(entry.at))
        text = f"{when}   {self.purpose_words(entry)}"
        if entry.host:
            text += self.tr(" – {host}").format(host=entry.host)
        details = self._amounts(entry)
        return f"{text}\n        {details}" if details else text

    def _amounts(self, entry: ActivityEntry) -> str:
        detail = entry.detail
        if "bytes_sent" in detail:
            return self.tr("{sent} sent, {received} received · {result}").format(
                sent=data_size(int(detail["bytes_sent"])),
                received=data_size(int(detail.get("bytes_received", 0))),
                result=self._result(str(detail.get("result", ""))))
        if "exit_code" in detail:
            return self.tr("{command} · exit code {code}").format(
                command=detail.get("command", ""), code=detail["exit_code"])
        if entry.kind is ActivityKind.POLICY:
            return self.tr("was {before}, now {after}").format(
                before=_setting_words(detail.get("before"), self.tr("not set")),
                after=_setting_words(detail.get("after"), self.tr("not set")))
        if entry.kind in _WORDED_ELSEWHERE:
            return self._more_words.details(entry)
        if entry.kind is ActivityKind.FIX:
            return self.tr("{check}: {before} before, {after} after").format(
                check=title(str(detail.get("check_id") or "")),
                before=_status_words(detail.get("before")),
                after=_status_words(detail.get("after")))
        return ""

    def _result(self, result: str) -> str:
        if result in ("answered", "sent", "connected"):
            return self.tr("done")
        why = {  # the network client's error names and the health probes' reasons
            "Unreachable": self.tr("the server could not be reached"),
            "refused": self.tr("the server refused the connection"),
            "name not resolved": self.tr("the server's name was not found"),
            "TlsFailure": self.tr("the secure connection failed"),
            "TimedOut": self.tr("no answer in time"),
            "timed out": self.tr("no answer in time"),
            "DeadlineExceeded": self.tr("it took too long"),
            "TooLarge": self.tr("the answer was too large"),
            "BadAnswer": self.tr("the answer was broken"),
            "Redirected": self.tr("the address points elsewhere"),
            "RefusedUrl": self.tr("the address was not allowed"),
        }.get(result)
        return self.tr("did not work: {why}").format(why=why) if why else self.tr(
            "did not work ({reason})").format(reason=result)

    def purpose_words(self, entry: ActivityEntry) -> str:
        words = {
            "catalogue": self.tr("Checked the app catalogue for updates"),
            "installer": self.tr("Downloaded an installer"),
            "reachability": self.tr("Checked that the helpdesk can be reached"),
            "delivery": self.tr("Sent your help request to IT"),
            "reply": self.tr("Sent your reply to IT"),
            "rating": self.tr("Sent your rating to IT"),
            "status poll": self.tr("Asked IT for the status of your request"),
            "clock check": self.tr("Compared this computer's clock with a company server"),
            "health probe": self.tr("Checked a connection for a health check"),
            "retention": self.tr("Removed entries older than the keeping period"),
        }
        return self._kind_words(entry) or words.get(entry.purpose, entry.summary)

    def _kind_words(self, entry: ActivityEntry) -> str:
        detail = entry.detail
        if entry.kind in _WORDED_ELSEWHERE:
            return self._more_words.words(entry)
        if entry.kind is ActivityKind.FIX:
            return self.tr("Ran the fix “{fix}”").format(
                fix=fix_label(entry.purpose).rstrip("…"))
        if entry.kind is ActivityKind.POLICY:
            return self.tr("IT's policy changed a setting: {name}").format(
                name=detail.get("setting", ""))
        if entry.kind is ActivityKind.INSTALL:
            return self.tr("Ran the installer for {app} ({action})").format(
                app=detail.get("app_id", ""), action=entry.purpose)
        if entry.kind is ActivityKind.NUDGE and entry.purpose == "shown":
            return self.tr("Suggested IT's alternative to {tool}").format(tool=detail.get("tool"))
        if entry.kind is ActivityKind.NUDGE:
            return self.tr("You chose “{choice}” on the suggestion about {tool}").format(
                choice=entry.purpose, tool=detail.get("tool"))
        return ""


def _status_words(value: object) -> str:
    """A check status from the ledger in Health's words ("–" when it was not checked)."""
    try:
        return status_text(Status(str(value)))
    except ValueError:
        return "–"


def _setting_words(value: object, unset: str) -> str:
    """A policy value as the page shows it: the value, or ``unset`` when there was none."""
    return unset if value is None or value == "" else str(value)
