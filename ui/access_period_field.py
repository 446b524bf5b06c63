"""The access form's "For how long" field: permanently, a number of days, or until a date."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QSpinBox, QWidget

from desktop.helpdesk.request_form import ACCESS_DAYS_MAX, AccessPeriod

_DEFAULT_DAYS = 7
_DEFAULT_UNTIL_DAYS = 30  # the date offered first: a month from today


class AccessPeriodField(QWidget):
    """Signal ``changed``: the period was edited. Only the chosen way's input is shown."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("For how long you need it"))
        self.kind.addItem(self.tr("Permanently"), "permanent")
        self.kind.addItem(self.tr("For a number of days"), "days")
        self.kind.addItem(self.tr("Until a date"), "until")
        self.days = QSpinBox()
        self.days.setRange(1, ACCESS_DAYS_MAX)
        self.days.setSuffix(self.tr(" days"))
        self.days.setAccessibleName(self.tr("Number of days"))
        self.until = QDateEdit()
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat("yyyy-MM-dd")
        self.until.setAccessibleName(self.tr("Until this date (included)"))
        for widget in (self.kind, self.days, self.until):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.kind.currentIndexChanged.connect(self._show_input)
        for signal in (self.kind.currentIndexChanged, self.days.valueChanged,
                       self.until.dateChanged):
            signal.connect(self.changed)
        self.reset()

    def reset(self) -> None:
        """Permanently, with a week and a month from today ready in the other two."""
        today = QDate.currentDate()
        self.until.setMinimumDate(today)
        self.until.setDate(today.addDays(_DEFAULT_UNTIL_DAYS))
        self.days.setValue(_DEFAULT_DAYS)
        self.kind.setCurrentIndex(0)
        self._show_input()

    def period(self) -> AccessPeriod:
        chosen = self.kind.currentData()
        if chosen == "days":
            return AccessPeriod(days=self.days.value())
        if chosen == "until":
            picked = self.until.date()
            return AccessPeriod(until=date(picked.year(), picked.month(), picked.day()))
        return AccessPeriod()

    def _show_input(self) -> None:
        chosen = self.kind.currentData()
        self.days.setVisible(chosen == "days")
        self.until.setVisible(chosen == "until")
