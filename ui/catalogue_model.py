"""Item models for the Apps page: catalogue apps with their state, and search-as-you-type."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from enum import IntEnum, StrEnum
from typing import Any, overload

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QAbstractProxyModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    SignalInstance,
)

from desktop.catalogue.installed_state import InstallState
from desktop.catalogue.model import CatalogueApp
from desktop.catalogue.search import IncrementalSearch, SearchIndex
from ui.health_wording import QT_TRANSLATE_NOOP
from ui.match_reason_words import match_reason_words

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
    if state in (InstallState.UNAVAILABLE, InstallState.NO_TOOL):
        return Action.UNAVAILABLE
    if state is InstallState.UPDATE_AVAILABLE:
        return Action.UPDATE
    if state in (InstallState.INSTALLED, InstallState.ONLINE):
        return Action.OPEN
    if app.approval != "none":
        return Action.REQUEST_ACCESS
    return Action.REINSTALL if installed_before else Action.INSTALL


# The list's delegate drew these first; their translations stay under its context.
_CONTEXT = "AppListDelegate"
_STATE_WORDS = {
    InstallState.INSTALLED: QT_TRANSLATE_NOOP("AppListDelegate", "✓ Installed"),
    InstallState.UPDATE_AVAILABLE: QT_TRANSLATE_NOOP("AppListDelegate", "↑ Update available"),
    InstallState.ONLINE: QT_TRANSLATE_NOOP("AppListDelegate", "↗ Web app"),
    InstallState.UNAVAILABLE: QT_TRANSLATE_NOOP("AppListDelegate", "Not for this computer"),
    InstallState.NO_TOOL: QT_TRANSLATE_NOOP("AppListDelegate", "Can’t install"),
}
_REQUIRED = QT_TRANSLATE_NOOP("AppListDelegate", "⚠ Required, not installed")


def state_words(app: CatalogueApp, state: InstallState, busy: str) -> str:
    """The state beside an app in words (drawn by the list and read by screen readers)."""
    if busy:
        return busy
    if app.required and state in (InstallState.NOT_INSTALLED, InstallState.UNKNOWN):
        return QCoreApplication.translate(_CONTEXT, _REQUIRED)
    words = _STATE_WORDS.get(state)
    return QCoreApplication.translate(_CONTEXT, words) if words else ""


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

    def _accessible_text(self, app: CatalogueApp) -> str:
        words = state_words(app, self.state(app.id), self.busy(app.id))
        return f"{app.name}, {words}" if words else app.name

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
            Qt.ItemDataRole.AccessibleTextRole: self._accessible_text(app),
            Roles.APP: app,
            Roles.STATE: self.state(app.id),
            Roles.CATEGORY: app.category,
            Roles.MATCH: "",
            Roles.BUSY: self._busy.get(app.id, ""),
        }
        return values.get(role)


class CatalogueFilterModel(QAbstractProxyModel):
    """Search-as-you-type (the catalogue's own :class:`SearchIndex`) and a category filter.

    Best matches first, then by name; :attr:`Roles.MATCH` says why a row matched. The row order
    is a plain list computed once per keystroke, so no Python runs per row until a view asks
    for a row's data: a keystroke stays within milliseconds for 10,000 apps.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._search = IncrementalSearch(SearchIndex(()))
        self._words: tuple[str, ...] = ()
        self._category = ""
        self._states: frozenset[InstallState] = frozenset()  # only these, when not empty
        self._categories: tuple[str, ...] = ()  # per source row
        self._ids: tuple[str, ...] = ()  # per source row
        self._order: list[int] = []  # proxy row -> source row
        self._positions: dict[int, int] | None = None  # source row -> proxy row, when needed
        self._reasons: dict[int, str] = {}  # source row -> why it matched the current query
        self._elsewhere = 0  # matches of the query that the category filter hides
        self._source_slots: list[tuple[SignalInstance, Callable[..., None]]] = []

    # Public API.

    def set_query(self, text: str) -> None:
        words = tuple(text.casefold().split())
        if words != self._words:
            self._words = words
            self._relayout()

    def matches_elsewhere(self) -> int:
        """How many apps match the search in other categories than the one shown (0 without
        a search: then the category is the whole point)."""
        return self._elsewhere

    def set_category(self, category: str) -> None:
        """Only apps in ``category``; an empty string shows every category."""
        if category != self._category:
            self._category = category
            self._relayout()

    def set_states(self, states: frozenset[InstallState]) -> None:
        """Only apps in one of ``states`` (the Installed and Updates views); empty: any."""
        if states != self._states:
            self._states = states
            self._relayout()

    def setSourceModel(self, model: QAbstractItemModel) -> None:
        self.beginResetModel()
        for signal, slot in self._source_slots:
            signal.disconnect(slot)
        super().setSourceModel(model)
        self._source_slots = self._connect_source(model)
        self._rebuild()
        self.endResetModel()

    # QAbstractProxyModel.

    def mapToSource(self, proxy_index: AnyIndex) -> QModelIndex:  # noqa: N802  # Qt override
        source = self.sourceModel()
        if source is None or not proxy_index.isValid():
            return QModelIndex()
        return source.index(self._order[proxy_index.row()], 0)

    def mapFromSource(self, source_index: AnyIndex) -> QModelIndex:  # noqa: N802  # Qt override
        if not source_index.isValid():
            return QModelIndex()
        row = self._proxy_row(source_index.row())
        return QModelIndex() if row is None else self.createIndex(row, 0)

    def index(self, row: int, column: int = 0, parent: AnyIndex = _ROOT) -> QModelIndex:
        if parent.isValid() or column != 0 or not 0 <= row < len(self._order):
            return QModelIndex()
        return self.createIndex(row, column)

    @overload
    def parent(self) -> QObject | None: ...
    @overload
    def parent(self, child: AnyIndex, /) -> QModelIndex: ...
    def parent(self, child: AnyIndex | None = None) -> QObject | QModelIndex | None:
        return super().parent() if child is None else QModelIndex()

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._order)

    def columnCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else 1

    def hasChildren(self, parent: AnyIndex = _ROOT) -> bool:  # noqa: N802  # Qt override
        return not parent.isValid() and bool(self._order)

    def data(self, proxy_index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        source = self.sourceModel()
        row = proxy_index.row()
        if source is None or not proxy_index.isValid() or not 0 <= row < len(self._order):
            return None
        if role == Roles.MATCH:
            return self._reason(self._order[row])
        return source.data(source.index(self._order[row], 0), role)

    # Filtering and ranking.

    def _reason(self, source_row: int) -> str:
        if not self._words:
            return ""
        reason = self._reasons.get(source_row)
        if reason is None:
            reason = match_reason_words(self._search.index.hit(source_row, self._words).reason)
            self._reasons[source_row] = reason
        return reason

    def _ranked_rows(self) -> list[int]:
        rows = self._search.ranked_rows(" ".join(self._words))
        self._elsewhere = 0
        if not self._category and not self._states:
            return rows
        shown = [row for row in rows if self._shown(row)]
        if self._words:
            self._elsewhere = len(rows) - len(shown)
        return shown

    def _shown(self, source_row: int) -> bool:
        if self._category and self._categories[source_row] != self._category:
            return False
        if not self._states:
            return True
        source = self.sourceModel()
        return (isinstance(source, CatalogueListModel)
                and source.state(self._ids[source_row]) in self._states)

    def _relayout(self) -> None:
        """Recompute the rows and tell views, keeping their current and selected rows."""
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        sources = [self._order[index.row()] if index.isValid() else -1 for index in persistent]
        self._set_order(self._ranked_rows())
        moved = [self.mapFromSource(self.sourceModel().index(row, 0)) if row >= 0
                 else QModelIndex() for row in sources]
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    def _set_order(self, rows: list[int]) -> None:
        self._order = rows
        self._positions = None
        self._reasons.clear()

    def _proxy_row(self, source_row: int) -> int | None:
        if self._positions is None:
            self._positions = dict(zip(self._order, range(len(self._order)), strict=True))
        return self._positions.get(source_row)

    # Following the source model.

    def _rebuild(self) -> None:
        source = self.sourceModel()
        apps = source.apps() if isinstance(source, CatalogueListModel) else ()
        self._search = IncrementalSearch(SearchIndex(apps))
        self._categories = tuple(app.category for app in apps)
        self._ids = tuple(app.id for app in apps)
        self._set_order(self._ranked_rows())

    def _connect_source(
        self, model: QAbstractItemModel
    ) -> list[tuple[SignalInstance, Callable[..., None]]]:
        """Any change of shape in the source resets this model; data changes pass through."""
        begin: Callable[..., None] = lambda *_: self.beginResetModel()  # noqa: E731  # one slot
        end: Callable[..., None] = lambda *_: self._end_source_reset()  # noqa: E731  # one slot
        slots: list[tuple[SignalInstance, Callable[..., None]]] = [
            (model.dataChanged, self._on_source_data_changed)]
        for about, done in (
            (model.modelAboutToBeReset, model.modelReset),
            (model.rowsAboutToBeInserted, model.rowsInserted),
            (model.rowsAboutToBeRemoved, model.rowsRemoved),
            (model.rowsAboutToBeMoved, model.rowsMoved),
            (model.layoutAboutToBeChanged, model.layoutChanged),
        ):
            slots += [(about, begin), (done, end)]
        for signal, slot in slots:
            signal.connect(slot)
        return slots

    def _end_source_reset(self) -> None:
        self._rebuild()
        self.endResetModel()

    def _on_source_data_changed(
        self, top_left: QModelIndex, bottom_right: QModelIndex, roles: list[int]
    ) -> None:
        if self._states and (not roles or Roles.STATE in roles):
            self._relayout()  # an install changed which apps the Installed view shows
            return
        if top_left.row() == bottom_right.row():
            first = last = self._proxy_row(top_left.row())
        else:  # a range of source rows is scattered here: refresh every row
            first, last = (0, len(self._order) - 1) if self._order else (None, None)
        if first is not None and last is not None:
            self.dataChanged.emit(self.index(first, 0), self.index(last, 0), roles)
