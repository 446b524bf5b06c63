"""Activity: everything Deskmate did for you or in the background, by day, with filters."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.activity.entry import ActivityEntry
from desktop.activity.filters import ActivityFilter
from desktop.activity.report import ActivityReport
from desktop.tasks import TaskRunner
from ui.activity_model import ENTRY_ROLE, ActivityModel
from ui.page_header import PageHeader
from ui.task_error_words import task_error_words

log = logging.getLogger(__name__)


class ActivityPage(QWidget):
    """Shows the activity record; ``sent_payload_requested`` asks to show what a delivery sent."""

    sent_payload_requested = Signal(str)  # the request key

    def __init__(self, runner: TaskRunner, load: Callable[[], ActivityReport],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner, self._load = runner, load
        self.model = ActivityModel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 24)
        layout.addWidget(PageHeader(self.tr("What Deskmate did"), self.tr(
            "Everything Deskmate did for you or in the background, kept only on this "
            "computer. Nothing here is sent to anyone.")))
        layout.addLayout(self._filter_row())
        self.list_view = QListView()
        self.list_view.setModel(self.model)
        self.list_view.setAccessibleName(self.tr("Activity entries"))
        self.list_view.setAlternatingRowColors(False)
        self.list_view.selectionModel().currentChanged.connect(self._on_current)
        layout.addWidget(self.list_view, 1)
        self.show_sent_button = QPushButton(self.tr("Show exactly what was sent"))
        self.show_sent_button.setAccessibleName(self.tr("Show exactly what was sent to IT"))
        self.show_sent_button.setEnabled(False)
        self.show_sent_button.clicked.connect(self._show_sent)
        layout.addWidget(self.show_sent_button)
        self.integrity_label = QLabel()
        self.integrity_label.setWordWrap(True)
        layout.addWidget(self.integrity_label)

    def _filter_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        label = QLabel(self.tr("Show:"))
        self.filter_box = QComboBox()
        self.filter_box.setAccessibleName(self.tr("Which activity to show"))
        for chosen, words in ((ActivityFilter.ALL, self.tr("Everything")),
                              (ActivityFilter.SENT_TO_IT, self.tr("Sent to IT")),
                              (ActivityFilter.INSTALLS, self.tr("Installs")),
                              (ActivityFilter.FIXES, self.tr("Fixes")),
                              (ActivityFilter.BACKGROUND, self.tr("Background"))):
            self.filter_box.addItem(words, chosen.value)
        self.filter_box.currentIndexChanged.connect(self._on_filter)
        label.setBuddy(self.filter_box)
        row.addWidget(label)
        row.addWidget(self.filter_box)
        row.addStretch(1)
        return row

    def refresh(self) -> None:
        """Read the record again (off the GUI thread)."""
        self._runner.submit(self._load, self.show_report, self._failed)

    def show_report(self, report: ActivityReport) -> None:
        self.model.set_entries(report.entries)
        verdict = report.verdict
        self.integrity_label.setText(
            self.tr("The record is intact: %n entry(s) checked.", "", verdict.checked)
            if verdict.ok else
            self.tr("Entry {row} was changed or removed after it was written ({reason}).")
            .format(row=verdict.bad_row, reason=verdict.reason))

    def _failed(self, error: BaseException) -> None:
        log.info("Activity record not read", extra={"error": str(error)}, exc_info=error)
        self.integrity_label.setText(self.tr("The activity record cannot be read: {error}")
                                     .format(error=task_error_words(error)))

    def _on_filter(self, _index: int) -> None:
        self.model.set_filter(ActivityFilter(self.filter_box.currentData()))
        self.show_sent_button.setEnabled(False)

    def selected(self) -> ActivityEntry | None:
        entry = self.list_view.currentIndex().data(ENTRY_ROLE)
        return entry if isinstance(entry, ActivityEntry) else None

    def _on_current(self) -> None:
        entry = self.selected()
        self.show_sent_button.setEnabled(bool(entry and entry.detail.get("request_key")))

    def _show_sent(self) -> None:
        entry = self.selected()
        if entry is not None and entry.detail.get("request_key"):
            self.sent_payload_requested.emit(str(entry.detail["request_key"]))
