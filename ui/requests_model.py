"""Table model of the person's help requests: subject, status in words, last update, ticket."""

from __future__ import annotations

import socket
from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QApplication, QStyle

from desktop.helpdesk.connector import RemoteStatus, RequestKind
from desktop.helpdesk.outbox import DeliveryState, OutboxEntry
from desktop.helpdesk.request_thread import title
from ui.locale_format import date_time

Index = QModelIndex | QPersistentModelIndex
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
_STATUS_ICONS = {
    "outbox_queued": QStyle.StandardPixmap.SP_BrowserReload,
    "outbox_sending": QStyle.StandardPixmap.SP_ArrowUp,
    "outbox_failed": QStyle.StandardPixmap.SP_MessageBoxCritical,
    RemoteStatus.QUEUED.value: QStyle.StandardPixmap.SP_FileDialogInfoView,
    RemoteStatus.OPEN.value: QStyle.StandardPixmap.SP_FileDialogInfoView,
    RemoteStatus.IN_PROGRESS.value: QStyle.StandardPixmap.SP_MediaPlay,
    RemoteStatus.WAITING_FOR_YOU.value: QStyle.StandardPixmap.SP_MessageBoxWarning,
    RemoteStatus.RESOLVED.value: QStyle.StandardPixmap.SP_DialogApplyButton,
    RemoteStatus.CLOSED.value: QStyle.StandardPixmap.SP_DialogCloseButton,
}


def status_key(entry: OutboxEntry) -> str:
    """outbox_queued / _sending / _failed before delivery, then the helpdesk's status."""
    if entry.state is not DeliveryState.SENT:
        return f"outbox_{entry.state.value}"
    return (entry.remote_status or RemoteStatus.OPEN).value


def shown_subject(subject: str, hostname: str | None = None) -> str:
    """The subject as the person wrote it, without the tag and the device name agents see
    (this computer's name unless ``hostname`` says otherwise): notifications, Home and the
    sent panel are for the person at this computer."""
    return title(subject, socket.gethostname() if hostname is None else hostname)


def last_update(entry: OutboxEntry) -> datetime:
    """The helpdesk's own time of its newest change; until it says, when Deskmate last
    changed the request (queued, sent)."""
    return entry.last_update or entry.updated_at


class RequestsModel(QAbstractTableModel):
    SUBJECT, STATUS, UPDATED, TICKET = range(4)

    def __init__(self, parent: Any = None, hostname: str = "") -> None:
        super().__init__(parent)
        self._entries: tuple[OutboxEntry, ...] = ()
        self._hostname = hostname

    def status_words(self, key: str) -> str:
        words = {
            "outbox_queued": self.tr("Queued – not sent yet"),
            "outbox_sending": self.tr("Sending…"),
            "outbox_failed": self.tr("Not sent"),
            RemoteStatus.QUEUED.value: self.tr("Queued at the helpdesk"),
            RemoteStatus.OPEN.value: self.tr("Open"),
            RemoteStatus.IN_PROGRESS.value: self.tr("In progress"),
            RemoteStatus.WAITING_FOR_YOU.value: self.tr("Waiting for you"),
            RemoteStatus.RESOLVED.value: self.tr("Resolved"),
            RemoteStatus.CLOSED.value: self.tr("Closed"),
        }
        return words.get(key, key)

    def update_title(self, kind: str) -> str:
        """The notification title when IT changed the status of a request of ``kind``."""
        titles = {
            RequestKind.FEEDBACK.value: self.tr("Your idea was updated"),
            RequestKind.ME_TOO.value: self.tr("Your “Me too” was updated"),
            RequestKind.ACCESS.value: self.tr("Your access request was updated"),
        }
        return titles.get(kind, self.tr("Your request was updated"))

    def update_headline(self, subject: str, status: str, answered: bool) -> str:
        """The update as one item of a held summary: "IT answered your request “…”"."""
        if answered or status == RemoteStatus.WAITING_FOR_YOU.value:
            return self.tr("IT answered your request “{subject}”").format(subject=subject)
        if status == RemoteStatus.RESOLVED.value:
            return self.tr("IT resolved your request “{subject}”").format(subject=subject)
        return self.tr("Your request “{subject}”: {status}").format(
            subject=subject, status=self.status_words(status))

    def entry_for(self, key: str) -> OutboxEntry | None:
        return next((e for e in self._entries if e.key == key), None)

    def set_entries(self, entries: tuple[OutboxEntry, ...]) -> None:
        self.beginResetModel()
        self._entries = entries
        self.endResetModel()

    def entries(self) -> tuple[OutboxEntry, ...]:
        return self._entries

    def entry(self, row: int) -> OutboxEntry:
        return self._entries[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008  # Qt's signature
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008  # Qt's signature
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Request"), self.tr("Status"), self.tr("Last update"),
                  self.tr("Ticket"))
        return titles[section] if 0 <= section < 4 else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role == ENTRY_ROLE:
            return entry
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(entry, index.column())
        if role == SORT_ROLE:
            if index.column() == self.UPDATED:
                return last_update(entry).timestamp()
            return self._text(entry, index.column())
        if role == Qt.ItemDataRole.DecorationRole and index.column() == self.STATUS:
            pixmap = _STATUS_ICONS.get(status_key(entry))
            return QApplication.style().standardIcon(pixmap) if pixmap is not None else None
        if role == Qt.ItemDataRole.ToolTipRole and entry.last_error:
            return self.tr("For IT: {0}").format(entry.last_error)  # the helpdesk's own words
        return None

    def _text(self, entry: OutboxEntry, column: int) -> str:
        if column == self.SUBJECT:
            return shown_subject(entry.subject, self._hostname)
        if column == self.STATUS:
            return self.status_words(status_key(entry))
        if column == self.UPDATED:
            return date_time(last_update(entry))
        return f"#{entry.remote_id}" if entry.remote_id else "—"
