"""Item models for the Apps page: catalogue apps with their state, and search-as-you-type."""

from __future__ import annotations

from collections.abc import Mapping
from enum import IntEnum, StrEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from desktop.catalogue.installed_state import InstallState
from desktop.catalogue.model import CatalogueApp
from desktop.catalogue.search import SearchHit, SearchIndex

AnyIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class Roles(IntEnum):
    APP = Qt.ItemDataRole.UserRole + 1
    STATE = Qt.ItemDataRole.UserRole + 2
    CATEGORY = Qt.ItemDataRole.UserRole + 3
    MATCH = Qt.ItemDataRole.UserRole + 4  # the proxy's reason this row matched, or ""
    BUSY = Qt.ItemDataRole.UserRole + 5  # progress text while queued or installing, or ""


class Action(StrEnum):
    """What the one action button does for an app in its current state."""

    INSTALL = "install"
    INSTALLING = "installing"
    OPEN = "open"
    UPDATE = "update"
    REINSTALL = "reinstall"
    REQUEST_ACCESS = "request_access"
    UNAVAILABLE = "unavailable"


def action_for(
    app: CatalogueApp, state: InstallState, busy: bool, installed_before: bool
) -> Action:
    """The action button's job for ``app`` (Qt-free, so it is easy to test)."""
    if busy:
        return Action.INSTALLING
    if state is InstallState.UNAVAILABLE:
        return Action.UNAVAILABLE
    if state is InstallState.UPDATE_AVAILABLE:
        return Action.UPDATE
    if state in (InstallState.INSTALLED, InstallState.ONLINE):
        return Action.OPEN
    if app.approval != "none":
        return Action.REQUEST_ACCESS
    return Action.REINSTALL if installed_before else Action.INSTALL


class CatalogueListModel(QAbstractListModel):
    """One row per catalogue app; install states and progress are set as they become known."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._apps: tuple[CatalogueApp, ...] = ()
        self._rows: dict[str, int] = {}
        self._states: dict[str, InstallState] = {}
        self._busy: dict[str, str] = {}

    def set_apps(self, apps: tuple[CatalogueApp, ...]) -> None:
        self.beginResetModel()
        self._apps = apps
        self._rows = {app.id: row for row, app in enumerate(apps)}
        self.endResetModel()

    def apps(self) -> tuple[CatalogueApp, ...]:
        return self._apps

    def set_states(self, states: Mapping[str, InstallState]) -> None:
        self._states.update(states)
        if self._apps:
            self.dataChanged.emit(self.index(0), self.index(len(self._apps) - 1), [Roles.STATE])

    def state(self, app_id: str) -> InstallState:
        return self._states.get(app_id, InstallState.UNKNOWN)

    def set_busy(self, app_id: str, text: str) -> None:
        """Progress text ("Installing 45%") for one app; an empty text clears it."""
        if text:
            self._busy[app_id] = text
        else:
            self._busy.pop(app_id, None)
        row = self._rows.get(app_id)
        if row is not None:
            self.dataChanged.emit(self.index(row), self.index(row), [Roles.BUSY])

    def busy(self, app_id: str) -> str:
        return self._busy.get(app_id, "")

    def row_of(self, app_id: str) -> int | None:
        return self._rows.get(app_id)

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._apps)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._apps):
            return None
        app = self._apps[index.row()]
        values: dict[int, Any] = {
            Qt.ItemDataRole.DisplayRole: app.name,
            Qt.ItemDataRole.ToolTipRole: app.description,
            Qt.ItemDataRole.AccessibleTextRole: app.name,
            Roles.APP: app,
            Roles.STATE: self.state(app.id),
            Roles.CATEGORY: app.category,
            Roles.MATCH: "",
            Roles.BUSY: self._busy.get(app.id, ""),
        }
        return values.get(role)


class CatalogueFilterModel(QSortFilterProxyModel):
    """Search-as-you-type (the catalogue's own :class:`SearchIndex`) and a category filter.

    Best matches first, then by name; :attr:`Roles.MATCH` says why a row matched.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._index = SearchIndex(())
        self._query = ""
        self._category = ""
        self._hits: dict[int, SearchHit] = {}
        self.setDynamicSortFilter(False)

    def setSourceModel(self, model: QAbstractItemModel) -> None:
        super().setSourceModel(model)
        model.modelReset.connect(self._rebuild_index)
        self._rebuild_index()

    def set_query(self, text: str) -> None:
        self._query = text
        self._refilter()

    def set_category(self, category: str) -> None:
        """Only apps in ``category``; an empty string shows every category."""
        self._category = category
        self._refilter()

    def _rebuild_index(self) -> None:
        source = self.sourceModel()
        apps = source.apps() if isinstance(source, CatalogueListModel) else ()
        self._index = SearchIndex(apps)
        self._refilter()

    def _refilter(self) -> None:
        self._hits = {hit.row: hit for hit in self._index.search(self._query)}
        self.invalidate()
        self.sort(0)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        hit = self._hits.get(source_row)
        if hit is None:
            return False
        return not self._category or hit.app.category == self._category

    def lessThan(self, left: AnyIndex, right: AnyIndex) -> bool:
        a, b = self._hits.get(left.row()), self._hits.get(right.row())
        if a is None or b is None:
            return a is not None
        return (-a.score, a.app.name.casefold()) < (-b.score, b.app.name.casefold())

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Roles.MATCH and index.isValid():
            hit = self._hits.get(self.mapToSource(index).row())
            return hit.reason if hit is not None and self._query.strip() and hit.reason else ""
        return super().data(index, role)
