"""A read-only table of every setting: its value and who set it (default, you, or IT)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QGuiApplication, QPalette

from ui.theme import lock_icon

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class SettingRow:
    name: str
    value: str
    source: str  # "default" | "user" | "policy"
    description: str


class SettingsTableModel(QAbstractTableModel):
    def __init__(self, rows: tuple[SettingRow, ...] = (), parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows = rows
        self._headers = (self.tr("Setting"), self.tr("Value"), self.tr("Set by"))
        self._sources = {
            "default": self.tr("Default"),
            "user": self.tr("You"),
            "policy": self.tr("Your IT department"),
        }
        text = QGuiApplication.palette().color(QPalette.ColorRole.WindowText)
        self._lock = lock_icon(text)

    def set_rows(self, rows: tuple[SettingRow, ...]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else 3

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return (row.name, row.value, self._sources.get(row.source, row.source))[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.description
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 2 and (
            row.source == "policy"
        ):
            return self._lock
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None
