"""A friendly bar suggesting the approved alternative to a tool that is running."""

from __future__ import annotations

from PySide6.QtCore import Signal, SignalInstance
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.catalogue.shadow_it import Nudge


class NudgeBar(QFrame):
    """Shows one :class:`Nudge`; the person can get the alternative, wait, or silence it."""

    get_requested = Signal(object)  # Nudge
    dismissed = Signal(object)
    silenced = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("nudge")
        self._nudge: Nudge | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 8, 16, 8)
        self.text = QLabel()
        self.text.setWordWrap(True)
        row.addWidget(self.text, 1)
        self.get_button = QPushButton()
        self.get_button.clicked.connect(lambda: self._emit(self.get_requested))
        later = QPushButton(self.tr("Not now"))
        later.setAccessibleName(self.tr("Not now"))
        later.clicked.connect(lambda: self._emit(self.dismissed))
        never = QPushButton(self.tr("Don't suggest again"))
        never.setAccessibleName(self.tr("Don't suggest this again"))
        never.clicked.connect(lambda: self._emit(self.silenced))
        for button in (self.get_button, later, never):
            row.addWidget(button)
        self.hide()

    def show_nudge(self, nudge: Nudge) -> None:
        self._nudge = nudge
        self.text.setText(
            self.tr(
                "<b>{tool}</b> is running. Your organisation offers <b>{app}</b> instead: {reason} "
                "<small>(Only you see this; nothing is reported.)</small>"
            ).format(tool=nudge.tool, app=nudge.alternative.name, reason=nudge.reason)
        )
        label = self.tr("Get {app}").format(app=nudge.alternative.name)
        self.get_button.setText(label)
        self.get_button.setAccessibleName(label)
        self.show()

    def _emit(self, signal: SignalInstance) -> None:
        if self._nudge is not None:
            signal.emit(self._nudge)
        self.hide()
