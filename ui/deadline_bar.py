"""A bar for a required app with a deadline: concrete choices, what happens when, the countdown.

It never says "Later": each button names a time. Nothing here takes focus or raises a window.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.deadlines.obligation import Deferral, Obligation, OptionKind
from ui.locale_format import time_of_day, weekday


class DeadlineBar(QFrame):
    install_now_requested = Signal(str)  # app id
    deferral_chosen = Signal(str, object)  # app id, Deferral

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deadline")
        self._app_id = ""
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(16, 8, 16, 8)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self._row.addWidget(self.text, 1)
        self.now_button = QPushButton()
        self.now_button.clicked.connect(lambda: self.install_now_requested.emit(self._app_id))
        self._choices: list[QPushButton] = []
        self.hide()

    def show_prompt(self, app_id: str, app_name: str, due: Obligation, now: datetime) -> None:
        """What happens and when, and one button per choice still open."""
        self._app_id = app_id
        self.text.setText(self.tr("IT needs <b>{app}</b> on this computer. {when}").format(
            app=app_name, when=self.when_sentence(due)))
        self._set_now_button(self.tr("Install now"))
        self._set_choices([self._choice_button(app_id, d) for d in due.options(now)])
        self.show()

    def show_countdown(self, app_id: str, app_name: str, left: timedelta) -> None:
        self._app_id = app_id
        minutes, seconds = divmod(int(left.total_seconds()), 60)
        self.text.setText(self.tr("<b>{app}</b> installs in {m}:{s:02d}, as IT requires. Save "
                                  "your work, or start it now.").format(
                                      app=app_name, m=minutes, s=seconds))
        self._set_now_button(self.tr("Do it now"))
        self._set_choices([])
        self.show()

    def show_overdue(self, app_id: str, app_name: str, due: datetime) -> None:
        """Past a deadline IT does not enforce: say so, and offer the install."""
        self._app_id = app_id
        self.text.setText(self.tr("IT needed <b>{app}</b> on this computer by {when}, and it is "
                                  "not installed yet.").format(
                                      app=app_name, when=self._day_and_time(due)))
        self._set_now_button(self.tr("Install now"))
        self._set_choices([])
        self.show()

    def choice_labels(self) -> list[str]:
        return [b.text() for b in self._choices]

    def when_sentence(self, due: Obligation) -> str:
        """E.g. "You can put this off 2 more times; it will install on Friday at 17:00 if not
        done." """
        return self.tr("{allowance}; {consequence}.").format(
            allowance=self._allowance(due.remaining), consequence=self._consequence(due))

    def _allowance(self, remaining: int) -> str:
        if remaining == 0:
            return self.tr("You cannot put this off again")
        return self.tr("You can put this off %n more time(s)", "", remaining)

    def _consequence(self, due: Obligation) -> str:
        when = self._day_and_time(due.due)
        if due.enforce:
            return self.tr("it will install on {when} if not done").format(when=when)
        return self.tr("from {when} it shows as a problem on the Health page").format(when=when)

    def option_label(self, choice: Deferral) -> str:
        if choice.kind is OptionKind.IN_AN_HOUR:
            return self.tr("In 1 hour")
        if choice.kind is OptionKind.TONIGHT:
            return self.tr("Tonight at {time}").format(time=time_of_day(choice.until))
        return self.tr("Tomorrow morning")

    def _day_and_time(self, moment: datetime) -> str:
        return self.tr("{day} at {time}").format(day=weekday(moment), time=time_of_day(moment))

    def _set_now_button(self, text: str) -> None:
        self.now_button.setText(text)
        self.now_button.setAccessibleName(text)

    def _choice_button(self, app_id: str, choice: Deferral) -> QPushButton:
        button = QPushButton(self.option_label(choice))
        button.setAccessibleName(self.tr("Put it off: {choice}").format(choice=button.text()))
        button.clicked.connect(lambda: self._chose(app_id, choice))
        return button

    def _chose(self, app_id: str, choice: Deferral) -> None:
        self.hide()
        self.deferral_chosen.emit(app_id, choice)

    def _set_choices(self, buttons: list[QPushButton]) -> None:
        for old in self._choices:
            old.deleteLater()
        self._choices = buttons
        for button in (*buttons, self.now_button):
            self._row.addWidget(button)
