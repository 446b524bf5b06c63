"""A row of buttons for the catalogue's featured apps."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QWidget

from desktop.catalogue.model import CatalogueApp
from ui.app_icons import monogram_icon


class FeaturedAppsBar(QWidget):
    """Announces which featured app was chosen; hidden when nothing is featured. Buttons that
    do not fit scroll sideways instead of being squeezed until their names are cut off."""

    app_chosen = Signal(str)  # app id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(QLabel(self.tr("Featured:")), 0, Qt.AlignmentFlag.AlignTop)
        self._scroll = QScrollArea()
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer.addWidget(self._scroll, 1)
        self.buttons: list[QPushButton] = []
        self.hide()

    def set_apps(self, featured: tuple[CatalogueApp, ...]) -> None:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        self.buttons = []
        for app in featured:
            button = QPushButton(monogram_icon(app.id, app.name, 32), app.name)
            button.setIconSize(QSize(24, 24))
            button.setAccessibleName(self.tr("Featured: {name}").format(name=app.name))
            button.setToolTip(app.description)
            button.clicked.connect(lambda _=False, app_id=app.id: self.app_chosen.emit(app_id))
            layout.addWidget(button)
            self.buttons.append(button)
        layout.addStretch(1)
        self._scroll.setWidget(row)  # the old row is deleted with its buttons
        self.setVisible(bool(featured))
        self._fit_height()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        """As tall as the buttons, plus the scroll bar only while they do not all fit."""
        row = self._scroll.widget()
        if row is None:
            return
        hint = row.minimumSizeHint()
        needs_bar = hint.width() > self._scroll.viewport().width()
        bar = self._scroll.horizontalScrollBar().sizeHint().height() if needs_bar else 0
        self._scroll.setFixedHeight(hint.height() + bar)
