"""Item models for the Apps page: catalogue apps with their state, and search-as-you-type."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import IntEnum, StrEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from desktop.catalogue.installed_state import InstallState
from desktop.catalogue.model import CatalogueApp

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


@dataclass(frozen=True)
class Match:
    """Why a search matched: a rank (lower is better) and, for ``replaces``, the tool name."""

    rank: int
    replaced: str = ""


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


def match(app: CatalogueApp, words: tuple[str, ...]) -> Match | None:
    """Whether every word is in the name, tags, description or ``replaces``; None if not."""
    best = 0
    replaced = ""
    for word in words:
        rank, tool = _match_word(app, word)
        if rank is None:
            return None
        best = max(best, rank)
        replaced = replaced or tool
    return Match(best, replaced)


def _match_word(app: CatalogueApp, word: str) -> tuple[int | None, str]:
    name = app.name.casefold()
    if name.startswith(word):
        return 0, ""
    if word in name:
        return 1, ""
    for tool in app.replaces:
        if word in tool.casefold():
            return 2, tool
    if any(word in tag.casefold() for tag in app.tags) or word in app.category.casefold():
        return 3, ""
    if word in app.description.casefold() or word in app.publisher.casefold():
        return 4, ""
    return None, ""


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
    """Search-as-you-type and a category filter; best matches first, then by name."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: tuple[str, ...] = ()
        self._category = ""
        self._matches: dict[str, Match] = {}
        self.setDynamicSortFilter(False)

    def set_query(self, text: str) -> None:
        self._words = tuple(text.casefold().split())
        self._refilter()

    def set_category(self, category: str) -> None:
        """Only apps in ``category``; an empty string shows every category."""
        self._category = category
        self._refilter()

    def _refilter(self) -> None:
        self._matches.clear()
        self.invalidate()
        self.sort(0)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        app = self.sourceModel().index(source_row, 0, source_parent).data(Roles.APP)
        if not isinstance(app, CatalogueApp):
            return False
        if self._category and app.category != self._category:
            return False
        found = match(app, self._words)
        if found is None:
            return False
        self._matches[app.id] = found
        return True

    def lessThan(self, left: AnyIndex, right: AnyIndex) -> bool:
        a, b = left.data(Roles.APP), right.data(Roles.APP)
        key_a = (self._rank(a.id), a.name.casefold())
        key_b = (self._rank(b.id), b.name.casefold())
        return key_a < key_b

    def _rank(self, app_id: str) -> int:
        found = self._matches.get(app_id)
        return found.rank if found else 0

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Roles.MATCH and index.isValid():
            app = super().data(index, Roles.APP)
            found = self._matches.get(app.id) if isinstance(app, CatalogueApp) else None
            if found is not None and found.replaced:
                return self.tr("Approved alternative to {tool}").format(tool=found.replaced)
            return ""
        return super().data(index, role)
