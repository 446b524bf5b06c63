"""A titled run of check rows on the Health page; a collapsible one opens from one line."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QToolButton, QVBoxLayout, QWidget

log = logging.getLogger(__name__)


class CheckSection(QWidget):
    """Rows under a heading. ``collapsible`` sections show one line ("12 things are fine")
    that opens them; others show their heading and rows at all times."""

    def __init__(self, collapsible: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._collapsible = collapsible
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        self.toggle = QToolButton()
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setAutoRaise(True)
        self.toggle.setCheckable(True)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.toggled.connect(self.set_open)
        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.toggle.setFont(font)
        self.body = QWidget()
        self.rows = QVBoxLayout(self.body)
        self.rows.setContentsMargins(12 if collapsible else 0, 0, 0, 0)
        layout.addWidget(self.toggle if collapsible else self.heading)
        (self.heading if collapsible else self.toggle).hide()
        layout.addWidget(self.body)
        self.body.setVisible(not collapsible)

    def set_title(self, text: str) -> None:
        self.heading.setText(text)
        self.toggle.setText(text)
        self.toggle.setAccessibleName(text)

    def is_open(self) -> bool:
        return self.body.isVisibleTo(self)

    def set_open(self, open_: bool) -> None:
        if not self._collapsible:
            return
        self.body.setVisible(open_)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if open_ else Qt.ArrowType.RightArrow)
        if self.toggle.isChecked() != open_:
            self.toggle.setChecked(open_)
