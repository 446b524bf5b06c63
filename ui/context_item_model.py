"""A checkable list model over a help request's context items (diagnostics, log, screenshot…)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from desktop.helpdesk.context import ContextItem
from ui.context_wording import ContextWords

Index = QModelIndex | QPersistentModelIndex


class ContextItemModel(QAbstractListModel):
    """Display: title and summary; CheckStateRole: whether the item is sent."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: tuple[ContextItem, ...] = ()
        self._words = ContextWords(self)

    def set_items(self, items: tuple[ContextItem, ...]) -> None:
        self.beginResetModel()
        self._items = items
        self.endResetModel()

    def items(self) -> tuple[ContextItem, ...]:
        """The items with the person's current choices."""
        return self._items

    def item(self, row: int) -> ContextItem:
        return self._items[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008  # Qt's signature
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{self._words.title(item)} — {self._words.summary(item)}"
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if item.included else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Attached as {0}").format(item.attachment_name)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            state = self.tr("included") if item.included else self.tr("not included")
            return f"{self._words.title(item)}, {self._words.summary(item)}, {state}"
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2, True)
        row = index.row()
        items = list(self._items)
        items[row] = items[row].with_included(checked)
        self._items = tuple(items)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable)
