"""A bar for a required app with a deadline: concrete choices, what happens when, the countdown.

It never says "Later": each button names a time. Nothing here takes focus or raises a window.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.deadlines.obligation import Deferral, Obligation, OptionKind
from desktop.deadlines.service import DutyAction
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

    @property
    def app_id(self) -> str:
        """The duty the bar speaks of (its last words, even when hidden)."""
        return self._app_id

    def show_prompt(self, app_id: str, app_name: str, due: Obligation, now: datetime,
                    deferred: Sequence[datetime] = (),
                    action: DutyAction = DutyAction.INSTALL) -> None:
        """What happens and when, when it was put off before, and one button per choice still
        open."""
        self._app_id = app_id
        what = {
            DutyAction.INSTALL: self.tr("IT needs <b>{app}</b> on this computer."),
            DutyAction.UPDATE: self.tr("IT needs the update of <b>{app}</b> on this computer."),
            DutyAction.RESTART: self.tr(
                "IT needs this computer restarted to finish installing updates."),
        }[action].format(app=app_name)
        text = f"{what} {self.when_sentence(due, action)}"
        if deferred:
            text += " " + self.history_sentence(deferred)
        self.text.setText(text)
        self._set_now_button(self._now_words(action))
        self._set_choices([self._choice_button(app_id, d) for d in due.options(now)])
        self.show()

    def show_countdown(self, app_id: str, app_name: str, left: timedelta,
                       action: DutyAction = DutyAction.INSTALL) -> None:
        self._app_id = app_id
        minutes, seconds = divmod(int(left.total_seconds()), 60)
        text = {
            DutyAction.INSTALL: self.tr("<b>{app}</b> installs in {m}:{s:02d}, as IT requires. "
                                        "Save your work, or start it now."),
            DutyAction.UPDATE: self.tr("<b>{app}</b> updates in {m}:{s:02d}, as IT requires. "
                                       "Save your work, or start it now."),
            DutyAction.RESTART: self.tr("This computer restarts in {m}:{s:02d}, as IT requires. "
                                        "Save your work, or start it now."),
        }[action]
        self.text.setText(text.format(app=app_name, m=minutes, s=seconds))
        self._set_now_button(self.tr("Do it now"))
        self._set_choices([])
        self.show()

    def show_overdue(self, app_id: str, app_name: str, due: datetime,
                     action: DutyAction = DutyAction.INSTALL) -> None:
        """Past a deadline IT does not enforce: say so, and offer to do it now."""
        self._app_id = app_id
        text = {
            DutyAction.INSTALL: self.tr("IT needed <b>{app}</b> on this computer by {when}, and "
                                        "it is not installed yet."),
            DutyAction.UPDATE: self.tr("IT needed <b>{app}</b> updated by {when}, and the "
                                       "update is not installed yet."),
            DutyAction.RESTART: self.tr("IT needed this computer restarted by {when} to finish "
                                        "installing updates."),
        }[action]
        self.text.setText(text.format(app=app_name, when=self._day_and_time(due)))
        self._set_now_button(self._now_words(action))
        self._set_choices([])
        self.show()

    def _now_words(self, action: DutyAction) -> str:
        return {DutyAction.INSTALL: self.tr("Install now"), DutyAction.UPDATE: self.tr(
            "Update now"), DutyAction.RESTART: self.tr("Restart now")}[action]

    def choice_labels(self) -> list[str]:
        return [b.text() for b in self._choices]

    def when_sentence(self, due: Obligation, action: DutyAction = DutyAction.INSTALL) -> str:
        """E.g. "You can put this off 2 more times; it will install on Friday at 17:00 if not
        done." """
        return self.tr("{allowance}; {consequence}.").format(
            allowance=self._allowance(due.remaining), consequence=self._consequence(due, action))

    def history_sentence(self, deferred: Sequence[datetime]) -> str:
        """When the person put it off, e.g. "You put it off on Tuesday at 10:00." """
        times = [self._day_and_time(moment) for moment in deferred]
        listed = times[0] if len(times) == 1 else self.tr("{0} and {1}").format(
            ", ".join(times[:-1]), times[-1])
        return self.tr("You put it off on {times}.").format(times=listed)

    def _allowance(self, remaining: int) -> str:
        if remaining == 0:
            return self.tr("You cannot put this off again")
        return self.tr("You can put this off %n more time(s)", "", remaining)

    def _consequence(self, due: Obligation, action: DutyAction) -> str:
        when = self._day_and_time(due.due)
        if due.enforce:
            return {
                DutyAction.INSTALL: self.tr("it will install on {when} if not done"),
                DutyAction.UPDATE: self.tr("it will update on {when} if not done"),
                DutyAction.RESTART: self.tr("it will restart on {when} if not done"),
            }[action].format(when=when)
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
