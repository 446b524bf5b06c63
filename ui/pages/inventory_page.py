"""What Deskmate knows and shares: each kind of data, where it stays, who gets it, when."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from desktop.activity.inventory import INVENTORY, DataKind
from ui.page_header import PageHeader


class InventoryPage(QWidget):
    """Renders the one declaration in :mod:`desktop.activity.inventory`."""

    def __init__(self, kinds: tuple[DataKind, ...] = INVENTORY,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 24)
        layout.addWidget(PageHeader(self.tr("What Deskmate knows and shares"), self.tr(
            "Each kind of data Deskmate handles, where it stays, and who can receive it.")))
        self.table = QTableWidget(len(kinds), 4)
        self.table.setAccessibleName(self.tr("What Deskmate knows and shares"))
        self.table.setHorizontalHeaderLabels([self.tr("Data"), self.tr("Where it stays"),
                                              self.tr("Who can receive it"), self.tr("When")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for row, kind in enumerate(kinds):
            for column, text in enumerate((kind.name, kind.stays, kind.receivers, kind.when)):
                words = QCoreApplication.translate("DataInventory", text)
                self.table.setItem(row, column, QTableWidgetItem(words))
        self.table.resizeRowsToContents()
        layout.addWidget(self.table, 1)
