"""A polished placeholder for a section that is not available yet, with a way to reach IT."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from ui.page_header import PageHeader
from ui.theme import Branding


class ComingSoonPage(QWidget):
    """Says what the section will do, and how to get help today in the meantime."""

    contact_requested = Signal()

    def __init__(
        self, title: str, promise: str, branding: Branding, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 24)
        layout.addWidget(PageHeader(title, self.tr("Coming soon")))
        text = QLabel(promise)
        text.setWordWrap(True)
        layout.addWidget(text)
        contacts = [c for c in (branding.support_email, branding.support_phone) if c]
        if contacts:
            today = QLabel(
                self.tr("Need something today? Contact IT: {contacts}").format(
                    contacts=" · ".join(contacts)
                )
            )
            today.setWordWrap(True)
            today.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(today)
        button = QPushButton(self.tr("Back to Home"))
        button.setAccessibleName(self.tr("Back to Home"))
        button.clicked.connect(self.contact_requested)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
