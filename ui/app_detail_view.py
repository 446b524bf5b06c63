"""One app's details, its single action button, install progress, errors and install log."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.catalogue.installed_state import InstallState
from desktop.catalogue.model import CatalogueApp
from desktop.deadlines.standing import Standing
from ui.app_icons import AppIconSet
from ui.catalogue_model import Action
from ui.deadline_words import DeadlineWords
from ui.locale_format import data_size
from ui.motion import motion_allowed


class AppDetailView(QWidget):
    """Shows one app; announces what the person wants through signals (it never installs)."""

    action_requested = Signal(str, str)  # app id, Action value
    cancel_requested = Signal(str)
    help_requested = Signal(str)  # app id: "Ask IT for help" after a failure
    log_requested = Signal(str)  # app id: show or refresh the install log

    def __init__(self, parent: QWidget | None = None, icons: AppIconSet | None = None) -> None:
        super().__init__(parent)
        self._icons = icons or AppIconSet()
        self._app: CatalogueApp | None = None
        self._action = Action.INSTALL
        self._reason = ""
        self.platform = ""  # this computer's platform key; the page sets it
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 8, 8)
        self.title = QLabel()
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.icon = QLabel()
        self.icon.setFixedSize(48, 48)
        heading = QHBoxLayout()
        heading.addWidget(self.icon)
        heading.addWidget(self.title, 1)
        layout.addLayout(heading)
        self.description = QLabel()
        self.description.setWordWrap(True)
        layout.addWidget(self.description)
        layout.addLayout(self._build_facts())
        layout.addLayout(self._build_actions())
        self.cannot_install = QLabel()  # instead of a button that cannot work here
        self.cannot_install.setWordWrap(True)
        self.cannot_install.hide()
        layout.addWidget(self.cannot_install)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Install progress"))
        self.progress.hide()
        layout.addWidget(self.progress)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)
        layout.addLayout(self._build_failure_row())
        self.log_view = QPlainTextEdit()
        self.log_view.setReadOnly(True)
        self.log_view.setAccessibleName(self.tr("Install log"))
        self.log_view.hide()
        layout.addWidget(self.log_view, 1)
        layout.addStretch(0)
        self.clear()

    def _build_facts(self) -> QFormLayout:
        self.facts = form = QFormLayout()
        self.publisher = QLabel()
        self.version = QLabel()
        self.download_size = QLabel()
        self.cost = QLabel()
        self.classification = QLabel()
        self.replaces = QLabel()
        self.replaces.setWordWrap(True)
        self.presence = QLabel()
        self.deadline = QLabel()  # a required app's deadline and its history, when it has one
        self.deadline.setAccessibleName(self.tr("Deadline"))
        for label in (self.publisher, self.version, self.cost, self.classification,
                      self.presence, self.deadline):
            label.setWordWrap(True)  # the pane may be narrow; wrap rather than scroll sideways
        form.addRow(self.tr("Publisher"), self.publisher)
        form.addRow(self.tr("Version"), self.version)
        form.addRow(self.tr("Download size"), self.download_size)
        form.addRow(self.tr("Cost"), self.cost)
        form.addRow(self.tr("Company data"), self.classification)
        form.addRow(self.tr("Replaces"), self.replaces)
        form.addRow(self.tr("On this computer"), self.presence)
        form.addRow(self.tr("Deadline"), self.deadline)
        form.setRowVisible(self.deadline, False)
        return form

    def _build_actions(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.action_button = QPushButton(self.tr("Install"))
        self.action_button.setDefault(True)
        self.action_button.clicked.connect(self._on_action)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the install"))
        self.cancel_button.clicked.connect(self._on_cancel)
        self.cancel_button.hide()
        self.log_button = QPushButton(self.tr("Show install log"))
        self.log_button.setAccessibleName(self.tr("Show the install log"))
        self.log_button.setCheckable(True)
        self.log_button.toggled.connect(self._on_log_toggled)
        for button in (self.action_button, self.cancel_button, self.log_button):
            row.addWidget(button)
        row.addStretch(1)
        return row

    def _build_failure_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.help_button = QPushButton(self.tr("Ask IT for help"))
        self.help_button.setAccessibleName(self.tr("Ask IT for help, with the install log"))
        self.help_button.clicked.connect(self._on_help)
        self.help_button.hide()
        row.addWidget(self.help_button)
        row.addStretch(1)
        return row

    def data_words(self, classification: str) -> str:
        """IT's data class in words: "internal" → "OK for internal company data"."""
        words = {
            "public": self.tr("Only for information that is public anyway"),
            "internal": self.tr("OK for internal company data"),
            "confidential": self.tr("OK for confidential company data"),
            "restricted": self.tr("OK even for restricted (most sensitive) company data"),
        }
        return words.get(classification.strip().lower(), self.tr(
            "OK for company data classed “{name}”").format(name=classification))

    def app(self) -> CatalogueApp | None:
        return self._app

    def clear(self) -> None:
        """Show no app (nothing in the list is selected)."""
        self._app = None
        for label in (self.title, self.description, self.publisher, self.version,
                      self.download_size, self.cost, self.classification, self.replaces,
                      self.presence, self.status):
            label.clear()
        self.show_deadline(None)
        self.help_button.hide()
        self.log_button.setChecked(False)
        self.setEnabled(False)
        self.hide()  # not an empty form with greyed-out labels

    def show_app(self, app: CatalogueApp, state: InstallState, action: Action,
                 installed_version: str = "") -> None:
        """Show ``app``; clears the previous app's status and log. ``installed_version`` is
        what the package manager reports here, where it does."""
        if self._app is None or self._app.id != app.id:
            self.show_deadline(None)  # until the new app's deadline is read
            self.status.clear()
            self.help_button.hide()
            self.log_button.setChecked(False)
        self._app = app
        self.setEnabled(True)
        self.show()
        self.title.setText(app.name)
        self.icon.setPixmap(self._icons.icon(app).pixmap(48, 48))
        self.description.setText(app.description)
        self.publisher.setText(app.publisher or self.tr("Not stated"))
        self._show_version(app, installed_version)
        self.cost.setText(app.cost)
        self.classification.setText(self.data_words(app.data_classification))
        self.replaces.setText(", ".join(app.replaces) or self.tr("Nothing"))
        self.presence.setText(self._presence_text(app, state))
        self._reason = self._cannot_install_text(app, state)
        self.set_action(action)

    def show_deadline(self, standing: Standing | None) -> None:
        """The "Deadline" row: when it is due, deferrals left, and what happened before; hidden
        for an app without a deadline (None)."""
        lines = DeadlineWords().lines(standing) if standing is not None else []
        self.deadline.setText("\n".join(lines))
        self.deadline.setAccessibleDescription(" ".join(lines))
        self.facts.setRowVisible(self.deadline, bool(lines))

    def _show_version(self, app: CatalogueApp, installed: str) -> None:
        """Version and download size, each row only where it is known."""
        shown = self.version_text(app.version, installed)
        self.version.setText(shown)
        self.facts.setRowVisible(self.version, bool(shown))
        self.download_size.setText(data_size(app.size) if app.size else "")
        self.facts.setRowVisible(self.download_size, app.size is not None)

    def version_text(self, available: str, installed: str) -> str:
        """"1.3"; "Installed: 1.2 · Available: 1.3" where another version is installed."""
        if installed and available and installed != available:
            return self.tr("Installed: {installed} · Available: {available}").format(
                installed=installed, available=available)
        return available or installed

    def set_action(
        self, action: Action, progress_text: str = "", percent: int | None = None
    ) -> None:
        self._action = action
        busy = action is Action.INSTALLING
        cannot = action is Action.UNAVAILABLE
        self.action_button.setVisible(not cannot)
        self.log_button.setVisible(not cannot or self.log_button.isChecked())
        self.cannot_install.setText(self._reason if cannot else "")
        self.cannot_install.setVisible(cannot)
        self.action_button.setText(progress_text if busy else self._action_text(action))
        self.action_button.setEnabled(not busy)
        self.action_button.setAccessibleName(self.action_button.text())
        self.cancel_button.setVisible(busy)
        # Without a percentage the bar would be the style's endless busy animation: under
        # reduced motion the button's words say it instead.
        self.progress.setVisible(busy and (percent is not None or motion_allowed()))
        self.progress.setRange(0, 0 if percent is None else 100)
        if percent is not None:
            self.progress.setValue(percent)
        if busy:
            self.help_button.hide()

    def show_result(self, message: str, failed: bool, for_it: str = "") -> None:
        """Say how the install ended; a failure offers "Ask IT for help". ``for_it`` is the
        installer's own reason (English, as the install log has it), shown as a tooltip."""
        prefix = self.tr("⚠ Install failed: ") if failed else "✓ "
        self.status.setText(prefix + message)
        self.status.setToolTip(self.tr("For IT: {0}").format(for_it) if for_it else "")
        self.help_button.setVisible(failed)

    def show_problem(self, message: str) -> None:
        """Something other than an install went wrong (e.g. opening the app)."""
        self.status.setText("⚠ " + message)
        self.help_button.hide()

    def show_note(self, message: str) -> None:
        """A hint that is neither a success nor a failure."""
        self.status.setText(message)
        self.help_button.hide()

    def set_log(self, text: str) -> None:
        self.log_view.setPlainText(text or self.tr("No install log yet."))
        self.log_view.verticalScrollBar().setValue(self.log_view.verticalScrollBar().maximum())

    def _presence_text(self, app: CatalogueApp, state: InstallState) -> str:
        texts = {
            InstallState.INSTALLED: self.tr("✓ Installed"),
            InstallState.UPDATE_AVAILABLE: self.tr("↑ Installed, update available"),
            InstallState.ONLINE: self.tr("↗ Web app, opens in your browser"),
            InstallState.NOT_INSTALLED: self.tr("Not installed"),
            InstallState.UNAVAILABLE: self.tr("Not available for this computer"),
            InstallState.NO_TOOL: self.tr("Cannot be installed on this computer"),
            InstallState.UNKNOWN: self.tr("Cannot tell"),
        }
        text = texts[state]
        if app.required:
            text += self.tr(" · required by your organisation")
        return text

    def _cannot_install_text(self, app: CatalogueApp, state: InstallState) -> str:
        """Why there is no Install button, in words (empty when there is one)."""
        if state is InstallState.UNAVAILABLE:
            return self.tr("IT has not made {app} available for this kind of computer. If you "
                           "need it, ask IT for help.").format(app=app.name)
        if state is not InstallState.NO_TOOL:
            return ""
        tools = {
            "winget": self.tr("the Windows Package Manager"),
            "brew": self.tr("Homebrew"), "brew_cask": self.tr("Homebrew"),
            "flatpak": self.tr("Flatpak"), "snap": self.tr("Snap"),
            "apt": self.tr("the system's software installer"),
        }
        method = app.method_for(self._platform_key(app))
        tool = tools.get(method.method if method else "", self.tr("an installer"))
        return self.tr("{app} installs with {tool}, which is not on this computer, so it cannot "
                       "be installed from here. IT can set it up for you.").format(
                           app=app.name, tool=tool)

    def _platform_key(self, app: CatalogueApp) -> str:
        """This computer's key, or the one platform method the app has when it is unknown."""
        if self.platform:
            return self.platform
        return next(iter(app.install), "any")

    def _action_text(self, action: Action) -> str:
        manager = self._app is not None and self._app.approval == "manager"
        approver = self.tr("your manager") if manager else self.tr("IT")
        texts = {
            Action.INSTALL: self.tr("Install"),
            Action.OPEN: self.tr("Open"),
            Action.UPDATE: self.tr("Update"),
            Action.REINSTALL: self.tr("Reinstall"),
            Action.REQUEST_ACCESS: self.tr("Request access from {who}").format(who=approver),
            Action.UNAVAILABLE: self.tr("Not available"),
        }
        return texts.get(action, self.tr("Installing…"))

    def _on_action(self) -> None:
        if self._app is not None:
            self.action_requested.emit(self._app.id, self._action.value)

    def _on_cancel(self) -> None:
        if self._app is not None:
            self.cancel_requested.emit(self._app.id)

    def _on_help(self) -> None:
        if self._app is not None:
            self.help_requested.emit(self._app.id)

    def _on_log_toggled(self, shown: bool) -> None:
        self.log_view.setVisible(shown)
        text = self.tr("Hide install log") if shown else self.tr("Show install log")
        self.log_button.setText(text)
        if shown and self._app is not None:
            self.log_requested.emit(self._app.id)
