"""Apps: search the approved catalogue, see what is installed, and install with one click."""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QDateTime, QLocale, QModelIndex, Qt, QUrl, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.catalogue.install_line import InstallLine
from desktop.catalogue.install_outcome import InstallProgress, InstallResult
from desktop.catalogue.installed_state import InstallState, StateDetector, required_missing
from desktop.catalogue.installer_launch import AppLauncher, LaunchUnsupportedError
from desktop.catalogue.installer_process import ToolMissingError
from desktop.catalogue.model import Catalogue, CatalogueApp
from desktop.catalogue.service import CatalogueStatus
from desktop.deadlines.ledger import DeadlineLedgerError
from desktop.deadlines.standing import Standing
from desktop.shell.process_runner import WorkerError, WorkerTimedOut
from desktop.tasks import TaskRunner
from ui.app_detail_view import AppDetailView
from ui.app_icons import AppIconSet, IconFiles, no_icon_files
from ui.app_list_delegate import AppListDelegate
from ui.app_shelf_list import AppShelfList, Shelf
from ui.catalogue_model import (
    Action,
    CatalogueFilterModel,
    CatalogueListModel,
    Roles,
    action_for,
)
from ui.featured_apps_bar import FeaturedAppsBar
from ui.link_opener import LinkOpener
from ui.page_header import PageHeader

log = logging.getLogger(__name__)
# Below this page width the side list becomes a chooser above the list, so the list and the
# details keep room enough to read an app's state (800×520 leaves the page about 560 px).
NARROW_PAGE = 760


def web_address(app: CatalogueApp) -> str:
    """The address a web app opens ("" for other apps)."""
    return next((m.value for m in app.install.values() if m.method == "open_url"), "")


class AppsPage(QWidget):
    """The catalogue view; slow work goes through the injected runner, never the GUI thread."""

    help_requested = Signal(str, str)  # app id, install log: "Ask IT for help" after a failure
    access_requested = Signal(str)  # app id whose approval is "manager" or "it"
    app_request_requested = Signal()  # "Can't find it? Ask for an app"
    install_finished = Signal(object)  # InstallResult, e.g. for a tray notification
    states_changed = Signal()  # what is installed here changed (Home's required apps)

    def __init__(
        self,
        installs: InstallLine,
        detector: StateDetector,
        launcher: AppLauncher,
        runner: TaskRunner,
        links: LinkOpener | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._links = links or LinkOpener(parent=self)
        self._installs = installs
        self._detector = detector
        self._launcher = launcher
        self._runner = runner
        self._installed_before: set[str] = set()
        self._versions: dict[str, str] = {}  # app id -> the version installed here
        self._deadline_lookup: Callable[[CatalogueApp], Standing | None] | None = None
        self.icons = AppIconSet()
        self.model = CatalogueListModel(self)
        self.proxy = CatalogueFilterModel(self)
        self.proxy.setSourceModel(self.model)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(PageHeader(
            self.tr("Apps"),
            self.tr("Software your organisation has approved. Installing needs no ticket."),
        ))
        self.refused_notice = QLabel()
        self.refused_notice.setWordWrap(True)
        self.refused_notice.setAccessibleName(self.tr("Catalogue not updated"))
        self.refused_notice.hide()
        layout.addWidget(self.refused_notice)
        layout.addLayout(self._build_search_row())
        self.featured = FeaturedAppsBar()
        self.featured.app_chosen.connect(self.show_app)
        layout.addWidget(self.featured)
        layout.addWidget(self._build_splitter(), 1)
        layout.addLayout(self._build_footer())

    def _build_search_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search apps, or a tool you know (e.g. Dropbox)"))
        self.search.setAccessibleName(self.tr("Search apps"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._on_search)
        row.addWidget(self.search, 1)
        self.shelf_chooser = QComboBox()  # the side list's entries, when the page is narrow
        self.shelf_chooser.setAccessibleName(self.tr("Show apps"))
        self.shelf_chooser.activated.connect(self._on_shelf_chosen)
        self.shelf_chooser.hide()
        row.addWidget(self.shelf_chooser)
        return row

    def _build_splitter(self) -> QSplitter:
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.shelves = AppShelfList()
        self.shelves.shelf_changed.connect(self._on_shelf)
        self.shelves.setMinimumWidth(110)
        self.shelves.setMaximumWidth(200)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        self.list_view = QListView()
        self.list_view.setModel(self.proxy)
        self.list_view.setItemDelegate(AppListDelegate(self.list_view, self.icons))
        # Rows have one fixed height (the delegate's), so the view need not ask the proxy for
        # every row on each keystroke: 178 ms -> 4 ms a keystroke with 10,000 apps.
        self.list_view.setUniformItemSizes(True)
        self.list_view.setLayoutMode(QListView.LayoutMode.Batched)
        self.list_view.setAccessibleName(self.tr("Approved apps"))
        self.list_view.selectionModel().currentChanged.connect(self._on_current_changed)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):  # open the row, never install
            enter = QShortcut(QKeySequence(key), self.list_view)
            enter.setContext(Qt.ShortcutContext.WidgetShortcut)
            enter.activated.connect(self._focus_detail)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()
        column.addWidget(self.list_view, 1)
        column.addWidget(self.empty_label)
        column.addWidget(self._build_elsewhere_row())
        self.detail = AppDetailView(icons=self.icons)
        self.detail.platform = self._detector.platform
        self.detail.action_requested.connect(self._on_action)
        self.detail.cancel_requested.connect(self._on_cancel)
        self.detail.help_requested.connect(self._on_help)
        self.detail.log_requested.connect(self._load_log)
        # In a small window the details scroll rather than draw their rows over each other.
        detail_scroll = QScrollArea()
        detail_scroll.setWidgetResizable(True)
        detail_scroll.setFrameShape(QFrame.Shape.NoFrame)
        detail_scroll.setWidget(self.detail)
        splitter.addWidget(self.shelves)
        splitter.addWidget(left)
        splitter.addWidget(detail_scroll)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 2)
        splitter.setStretchFactor(2, 3)
        splitter.setSizes([140, 320, 420])
        self.shelf_chooser.setModel(self.shelves.model())
        self.splitter = splitter
        return splitter

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        narrow = event.size().width() < NARROW_PAGE
        if narrow != self.shelf_chooser.isVisibleTo(self):
            self._set_narrow(narrow)

    def _set_narrow(self, narrow: bool) -> None:
        """Three columns (side list, apps, details) or, narrow, a chooser and two columns."""
        self.shelves.setVisible(not narrow)
        self.shelf_chooser.setVisible(narrow)
        self.shelf_chooser.setCurrentIndex(self.shelves.currentRow())
        rest = self.splitter.width() - (0 if narrow else 140)
        self.splitter.setSizes([0 if narrow else 140, rest * 9 // 20, rest * 11 // 20])

    def _build_elsewhere_row(self) -> QWidget:
        """"2 matches in other categories [Show them]", when the category hides matches."""
        self.elsewhere_row = QWidget()
        row = QHBoxLayout(self.elsewhere_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.elsewhere_label = QLabel()
        self.elsewhere_label.setWordWrap(True)
        self.show_elsewhere = QPushButton(self.tr("Show them"))
        self.show_elsewhere.setAccessibleName(self.tr("Show the matches in all categories"))
        self.show_elsewhere.clicked.connect(lambda: self.shelves.setCurrentRow(0))
        row.addWidget(self.elsewhere_label, 1)
        row.addWidget(self.show_elsewhere)
        self.elsewhere_row.hide()
        return self.elsewhere_row

    def _build_footer(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Can't find it?")))
        ask = QPushButton(self.tr("Ask for an app"))
        ask.setAccessibleName(self.tr("Can't find it? Ask for an app"))
        ask.clicked.connect(self.app_request_requested)
        row.addWidget(ask)
        row.addStretch(1)
        return row

    # Public API for the composition root.

    def set_catalogue(self, catalogue: Catalogue | None,
                      icon_files: IconFiles = no_icon_files) -> None:
        """Show ``catalogue`` (None: not available yet) with the icons ``icon_files`` finds
        for its apps, and detect what is installed."""
        apps = catalogue.apps if catalogue else ()
        self.icons.set_files(icon_files)
        self.model.set_apps(apps)
        self._update_counts()
        self.featured.set_apps(catalogue.featured() if catalogue else (), self.icons)
        self._tab_through_featured()
        self._on_shelf()
        self.proxy.set_query(self.search.text())
        self._update_empty_label()
        if apps:
            self.list_view.setCurrentIndex(self.proxy.index(0, 0))
            self.refresh_states()

    def _tab_through_featured(self) -> None:
        """The tiles are made after the page: Tab reaches them between search and the list."""
        previous: QWidget = self.search
        for tile in self.featured.buttons:
            QWidget.setTabOrder(previous, tile)
            previous = tile
        QWidget.setTabOrder(previous, self.shelves)

    def show_status(self, status: CatalogueStatus) -> None:
        """Say so when the apps shown are the last verified catalogue and a newer one was
        refused; hide the notice otherwise."""
        if status.verified or status.fetched_at is None or not status.error:
            self.refused_notice.hide()
            return
        when = QLocale().toString(
            QDateTime.fromSecsSinceEpoch(int(status.fetched_at.timestamp())),
            QLocale.FormatType.ShortFormat,
        )
        self.refused_notice.setText(self.tr(
            "Showing the last verified catalogue from {when}. The newest one was refused: {why}"
        ).format(when=when, why=self._refusal_words(status)))
        self.refused_notice.show()

    def _refusal_words(self, status: CatalogueStatus) -> str:
        """Why the catalogue service refused a catalogue, by the kind of its refusal (the
        service's own reason is English, for the log and the CLI)."""
        words = {
            "CatalogueTampered": self.tr("a file in it does not match what IT signed."),
            "CatalogueRollback": self.tr("it is older than one this computer already had."),
            "CatalogueExpired": self.tr("its signature has expired."),
            "CatalogueWrongKey": self.tr("it is not signed with your organisation's keys."),
            "CatalogueOversized": self.tr("a file in it is larger than allowed."),
            "CatalogueMalformed": self.tr("it cannot be read."),
        }
        return words.get(status.error_kind or "", status.error or "")

    def refresh_states(self) -> None:
        apps = self.model.apps()
        self._runner.submit(lambda: self._detector.survey(apps), self._on_survey)

    def required_missing(self) -> tuple[tuple[CatalogueApp, bool], ...]:
        """Required apps known not to be here, each with whether Install can work here."""
        return required_missing(self.model.apps(), self.model.state)

    def show_app(self, app_id: str) -> None:
        """Select ``app_id`` (clearing search and category), e.g. from a nudge's "Get …"."""
        self.search.clear()
        self.shelves.setCurrentRow(0)
        row = self.model.row_of(app_id)
        if row is not None:
            self.list_view.setCurrentIndex(self.proxy.mapFromSource(self.model.index(row)))

    def request_install(self, app_id: str) -> None:
        """Start installing ``app_id`` as if its action button were clicked."""
        self.show_app(app_id)
        app = self._app(app_id)
        if app is not None:
            self._on_action(app_id, self._action(app).value)

    # Reactions.

    def _on_search(self, text: str) -> None:
        self.proxy.set_query(text)
        self._after_filter()

    def _focus_detail(self) -> None:
        """Enter on a row: the focus goes to its details' first button (Install, Open…),
        so installing takes a second, deliberate key."""
        detail = self.detail
        buttons = (detail.action_button, detail.cancel_button, detail.log_button)
        target = next((b for b in buttons if b.isVisibleTo(self)), None)
        if detail.app() is not None and target is not None:
            target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _on_shelf_chosen(self, row: int) -> None:
        self.shelves.setCurrentRow(row)

    def _on_shelf(self) -> None:
        self.shelf_chooser.setCurrentIndex(self.shelves.currentRow())
        shelf = self.shelves.shelf()
        states = {
            Shelf.INSTALLED: frozenset({InstallState.INSTALLED, InstallState.UPDATE_AVAILABLE}),
            Shelf.UPDATES: frozenset({InstallState.UPDATE_AVAILABLE}),
        }
        self.proxy.set_category(self.shelves.category())
        self.proxy.set_states(states.get(shelf, frozenset()))
        self._after_filter()

    def _update_counts(self) -> None:
        """The side list's counts, from the apps and what is installed."""
        apps = self.model.apps()
        states = Counter(self.model.state(app.id) for app in apps)
        updates = states[InstallState.UPDATE_AVAILABLE]
        self.shelves.set_counts(len(apps), states[InstallState.INSTALLED] + updates, updates,
                                dict(Counter(app.category for app in apps)))
        self.shelf_chooser.setCurrentIndex(self.shelves.currentRow())

    def _after_filter(self) -> None:
        """The detail pane shows an app from the list, or nothing when the list is empty."""
        self._update_empty_label()
        self.featured.setVisible(bool(self.featured.buttons) and not self.search.text()
                                 and self.shelves.shelf() is Shelf.ALL)
        if self.proxy.rowCount() and not self.list_view.currentIndex().isValid():
            self.list_view.setCurrentIndex(self.proxy.index(0, 0))
        elif not self.proxy.rowCount():
            self.detail.clear()

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        app = current.data(Roles.APP)
        if isinstance(app, CatalogueApp):
            self._show_detail(app)

    def _on_survey(self, survey: tuple[dict[str, InstallState], dict[str, str]]) -> None:
        states, versions = survey
        self._versions = versions
        self._on_states(states)

    def _on_states(self, states: dict[str, InstallState]) -> None:
        self.model.set_states(states)
        self._update_counts()
        self._after_filter()
        self._refresh_detail()
        self.states_changed.emit()

    def _on_action(self, app_id: str, action: str) -> None:
        app = self._app(app_id)
        if app is None:
            return
        if action == Action.REQUEST_ACCESS:
            self.access_requested.emit(app_id)
        elif action == Action.OPEN:
            self._runner.submit(lambda: self._launcher.launch(app), None,
                                lambda error: self._on_launch_error(app, error))
        elif action in (Action.INSTALL, Action.UPDATE, Action.REINSTALL):
            self._start_install(app, update=action == Action.UPDATE)

    def installing(self) -> bool:
        """Whether an install runs or waits: the page shows its progress, so it stays."""
        return self._installs.active() is not None or bool(self._installs.queued())

    def start_install(self, app: CatalogueApp, update: bool = False) -> None:
        """Install (or update) ``app`` as if its button was clicked (a deadline that came due)."""
        self._start_install(app, update=update)

    def _start_install(self, app: CatalogueApp, update: bool) -> None:
        if not self._installs.enqueue(app, update=update):
            return
        self.model.set_busy(app.id, self.tr("Queued"))
        self._refresh_detail()
        self._installs.start(self._on_progress, self._on_result, self._on_install_error)

    def _on_progress(self, item: InstallProgress) -> None:
        texts = {
            "downloading": self.tr("Downloading {percent}%"),
            "installing": self.tr("Installing {percent}%"),
            "checking": self.tr("Checking…"),
        }
        text = texts.get(item.phase, "")
        text = text.format(percent=item.percent) if item.percent is not None else (
            text.replace(" {percent}%", "…"))
        self.model.set_busy(item.app_id, text)
        if self._current_id() == item.app_id:
            self.detail.set_action(Action.INSTALLING, text, item.percent)
            if item.line and self.detail.log_view.isVisible():
                self.detail.log_view.appendPlainText(item.line)

    def _on_result(self, result: InstallResult | None) -> None:
        if result is None:
            return
        self.model.set_busy(result.app_id, "")
        self.model.set_states({result.app_id: result.state})
        self._update_counts()
        self.states_changed.emit()
        if result.ok:
            self._installed_before.add(result.app_id)
        if self._current_id() == result.app_id:
            self._refresh_detail()
            self.detail.show_result(self.result_text(result), failed=not result.ok,
                                    for_it="" if result.ok else result.message)
            if self.detail.log_view.isVisible():
                self._load_log(result.app_id)
        self.install_finished.emit(result)

    def result_text(self, result: InstallResult) -> str:
        """How an install ended, in the reader's words. A failure's reason is the installer's
        own (English, as the install log has it): it goes to IT with the log, not here."""
        if result.outcome == "cancelled":
            return self.tr("The install was cancelled.")
        if result.ok:
            names = {app.id: app.name for app in self.model.apps()}
            return self.tr("{app} is installed.").format(app=names.get(result.app_id,
                                                                      result.app_id))
        return self._failure_hint(result.message) or self.tr(
            "The install log says why; Ask IT for help sends it to IT.")

    def _failure_hint(self, message: str) -> str:
        """The few failures the person can act on, recognised by the installer's hint."""
        hints = {
            "You closed the password prompt, so nothing was installed.": self.tr(
                "You closed the password prompt, so nothing was installed."),
            "Your account is not allowed to install system packages.": self.tr(
                "Your account is not allowed to install system packages."),
            "You closed the password prompt, or the installer failed.": self.tr(
                "You closed the password prompt, or the installer failed."),
        }
        return next((words for hint, words in hints.items() if message.endswith(hint)), "")

    def _on_install_error(self, error: BaseException) -> None:
        waiting = {*self._installs.queued(), self._installs.active()}
        for app in self.model.apps():
            if self.model.busy(app.id) and app.id not in waiting:
                self.model.set_busy(app.id, "")
        self._refresh_detail()
        self.detail.show_result(self._install_error_text(error), failed=True, for_it=str(error))
        if isinstance(error, WorkerError):
            self.refresh_states()  # the worker ended halfway: what is installed now?

    def _install_error_text(self, error: BaseException) -> str:
        """A worker's end in words (its own message, with a tail of stderr, is for IT)."""
        if isinstance(error, WorkerTimedOut):
            return self.tr("The install took too long and was stopped. Its log may say why.")
        if isinstance(error, WorkerError):
            return self.tr("The install stopped unexpectedly, so it may not have finished. "
                           "Try again, or ask IT for help.")
        log.info("Install could not run", extra={"error": str(error)})
        return self.tr("Deskmate could not run the installer.")

    def _on_launch_error(self, app: CatalogueApp, error: BaseException) -> None:
        """Opening failed: say so in words (the launcher's message names tools like xdg-open);
        for a web app, offer its link to open elsewhere."""
        address = web_address(app)
        if isinstance(error, LaunchUnsupportedError):
            self.detail.show_note(str(error))  # where to start it instead
        elif address and isinstance(error, ToolMissingError):
            self.detail.show_problem(self.tr("No web browser could be opened on this computer."))
            self._links.tell_not_opened(QUrl(address), self)
        else:
            log.info("App could not be opened", extra={"app": app.id, "error": str(error)})
            self.detail.show_problem(self.tr("{app} could not be opened.").format(app=app.name))

    def _on_cancel(self, app_id: str) -> None:
        self._installs.cancel(app_id)

    def _on_help(self, app_id: str) -> None:
        self._runner.submit(
            lambda: self._installs.read_log(app_id),
            lambda text: self.help_requested.emit(app_id, text),
        )

    def _load_log(self, app_id: str) -> None:
        self._runner.submit(lambda: self._installs.read_log(app_id), self._show_log_for(app_id))

    def _show_log_for(self, app_id: str) -> Any:
        def show(text: str) -> None:
            if self._current_id() == app_id:
                self.detail.set_log(text)

        return show

    # Helpers.

    def _app(self, app_id: str) -> CatalogueApp | None:
        row = self.model.row_of(app_id)
        return None if row is None else self.model.apps()[row]

    def _current_id(self) -> str:
        app = self.detail.app()
        return app.id if app else ""

    def _action(self, app: CatalogueApp) -> Action:
        return action_for(app, self.model.state(app.id), bool(self.model.busy(app.id)),
                          app.id in self._installed_before)

    def _show_detail(self, app: CatalogueApp) -> None:
        self.detail.show_app(app, self.model.state(app.id), self._action(app),
                             self._versions.get(app.id, ""))
        busy = self.model.busy(app.id)
        if busy:
            self.detail.set_action(Action.INSTALLING, busy)
        self._read_deadline(app)

    def set_deadline_lookup(self, lookup: Callable[[CatalogueApp], Standing | None]) -> None:
        """``lookup`` reads a required app's deadline standing (SQLite: run by the runner)."""
        self._deadline_lookup = lookup

    def refresh_deadline(self) -> None:
        """The deadline record changed: read the shown app's "Deadline" row again."""
        app = self.detail.app()
        if app is not None:
            self._read_deadline(app)

    def _read_deadline(self, app: CatalogueApp) -> None:
        lookup = self._deadline_lookup
        if lookup is None or not app.required or app.deadline is None:
            return
        self._runner.submit(lambda: lookup(app), lambda found: self._deadline_read(app.id, found),
                            self._deadline_failed)

    def _deadline_read(self, app_id: str, found: Standing | None) -> None:
        # Not for an app shown before, nor for a page deleted while the ledger was read.
        if shiboken6.isValid(self.detail) and self._current_id() == app_id:
            self.detail.show_deadline(found)

    def _deadline_failed(self, exc: BaseException) -> None:
        if isinstance(exc, DeadlineLedgerError):  # e.g. a read-only profile: no row, no alarm
            log.info("Deadline history unreadable", extra={"error": str(exc)})
        else:
            log.error("Deadline history failed", exc_info=exc)

    def _refresh_detail(self) -> None:
        app = self.detail.app()
        if app is not None:
            self._show_detail(app)

    def _update_empty_label(self) -> None:
        elsewhere = self.proxy.matches_elsewhere()
        self.elsewhere_label.setText(
            self.tr("%n match(es) in other categories", "", elsewhere))
        self.elsewhere_row.setVisible(elsewhere > 0)
        if not self.model.rowCount():
            text = self.tr("The app catalogue is not available yet. Check the Health page.")
        elif not self.proxy.rowCount() and elsewhere:
            text = self.tr("Nothing in {category} matches “{query}”.").format(
                category=self._shelf_name(), query=self.search.text())
        elif not self.proxy.rowCount() and not self.search.text():
            text = self._empty_shelf_text()
        elif not self.proxy.rowCount():
            text = self.tr("No approved app matches “{query}”. Ask for it below.").format(
                query=self.search.text())
        else:
            text = ""
        self.empty_label.setText(text)
        self.empty_label.setVisible(bool(text))

    def _shelf_name(self) -> str:
        item = self.shelves.currentItem()
        return item.text() if item is not None else ""

    def _empty_shelf_text(self) -> str:
        if self.shelves.shelf() is Shelf.UPDATES:
            return self.tr("Every app from the catalogue on this computer is up to date.")
        return self.tr("No app from the catalogue is installed on this computer yet.")
