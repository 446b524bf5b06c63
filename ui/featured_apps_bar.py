"""A row of tiles for the catalogue's featured apps: icon above name, as app stores show them."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.catalogue.model import CatalogueApp
from ui.app_icons import AppIconSet

TILE_ICON = 40
TILE_WIDTH = 104


class FeaturedAppsBar(QWidget):
    """Announces which featured app was chosen; hidden when nothing is featured. Tiles that
    do not fit scroll sideways instead of being squeezed until their names are cut off."""

    app_chosen = Signal(str)  # app id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(2)
        title = QLabel(self.tr("Featured"))
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        outer.addWidget(title)
        self._scroll = QScrollArea()
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the tiles take focus, not the area
        outer.addWidget(self._scroll)
        self.buttons: list[QToolButton] = []
        self.hide()

    def set_apps(self, featured: tuple[CatalogueApp, ...], icons: AppIconSet | None = None) -> None:
        icons = icons or AppIconSet()
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        self.buttons = [self._tile(app, icons) for app in featured]
        for button in self.buttons:
            layout.addWidget(button)
        layout.addStretch(1)
        self._scroll.setWidget(row)  # the old row is deleted with its tiles
        self.setVisible(bool(featured))
        self._fit_height()

    def _tile(self, app: CatalogueApp, icons: AppIconSet) -> QToolButton:
        button = QToolButton()
        button.setObjectName("featured")  # the theme draws its focus ring
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        button.setIcon(icons.icon(app))
        button.setIconSize(QSize(TILE_ICON, TILE_ICON))
        button.setAutoRaise(True)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        button.setText(button.fontMetrics().elidedText(
            app.name, Qt.TextElideMode.ElideRight, TILE_WIDTH - 16))
        button.setFixedWidth(max(TILE_WIDTH, button.sizeHint().width()))
        button.setAccessibleName(self.tr("Featured: {name}").format(name=app.name))
        button.setToolTip(f"{app.name}\n{app.description}".strip())
        button.clicked.connect(lambda _=False, app_id=app.id: self.app_chosen.emit(app_id))
        return button

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        """As tall as the tiles, plus the scroll bar only while they do not all fit."""
        row = self._scroll.widget()
        if row is None:
            return
        hint = row.minimumSizeHint()
        needs_bar = hint.width() > self._scroll.viewport().width()
        bar = self._scroll.horizontalScrollBar().sizeHint().height() if needs_bar else 0
        self._scroll.setFixedHeight(hint.height() + bar)
