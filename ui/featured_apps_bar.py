"""A row of buttons for the catalogue's featured apps."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.catalogue.model import CatalogueApp


class FeaturedAppsBar(QWidget):
    """Announces which featured app was chosen; hidden when nothing is featured."""

    app_chosen = Signal(str)  # app id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.buttons: list[QPushButton] = []
        self.hide()

    def set_apps(self, featured: tuple[CatalogueApp, ...]) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.buttons = []
        self.setVisible(bool(featured))
        if not featured:
            return
        self._layout.addWidget(QLabel(self.tr("Featured:")))
        for app in featured:
            button = QPushButton(app.name)
            button.setAccessibleName(self.tr("Featured: {name}").format(name=app.name))
            button.setToolTip(app.description)
            button.clicked.connect(lambda _=False, app_id=app.id: self.app_chosen.emit(app_id))
            self._layout.addWidget(button)
            self.buttons.append(button)
        self._layout.addStretch(1)
