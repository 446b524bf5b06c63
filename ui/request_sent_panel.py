"""What the help form turns into once a request is safely kept: where it is, where to follow
it, and a way to write another."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.helpdesk.outbox import DeliveryState, OutboxEntry
from ui.requests_model import shown_subject

log = logging.getLogger(__name__)


class RequestSentPanel(QFrame):
    """Shown by :meth:`show_entry`; ``follow_requested(key)`` opens My requests on it and
    ``another_requested`` brings back an empty form."""

    follow_requested = Signal(str)
    another_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self._key = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.reference = QLabel()
        self.reference.setWordWrap(True)
        self.reference.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.follow_button = QPushButton(self.tr("Follow it in My requests"))
        self.follow_button.setAccessibleName(self.tr("Open this request in My requests"))
        self.follow_button.clicked.connect(lambda: self.follow_requested.emit(self._key))
        self.another_button = QPushButton(self.tr("Send another"))
        self.another_button.setAccessibleName(self.tr("Write another request"))
        self.another_button.setDefault(True)
        self.another_button.clicked.connect(self.another_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.follow_button)
        buttons.addWidget(self.another_button)
        buttons.addStretch(1)
        for widget in (self.title, self.where, self.reference):
            layout.addWidget(widget)
        layout.addLayout(buttons)

    @property
    def key(self) -> str:
        return self._key

    def show_entry(self, entry: OutboxEntry) -> None:
        """Say where request ``entry`` is now; later calls for the same key update it."""
        self._key = entry.key
        delivered = entry.state is DeliveryState.SENT
        subject = shown_subject(entry.subject)
        self.title.setText(self.tr("Sent to IT") if delivered else self.tr("Your request is saved"))
        self.where.setText(
            self.tr("“{subject}” has reached IT. You can follow it, and answer IT, under "
                    "My requests.").format(subject=subject) if delivered else
            self.tr("“{subject}” is kept on this computer and goes out as soon as IT can be "
                    "reached – you do not need to do anything. Follow it under My requests.")
            .format(subject=subject))
        self.reference.setText(
            self.tr("IT's reference: {reference}").format(reference=entry.remote_id)
            if entry.remote_id else self.tr("IT's reference appears here once it has reached "
                                            "them."))
        self.show()
