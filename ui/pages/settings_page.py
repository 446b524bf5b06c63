"""Settings: start at sign-in, language, the keychain's state, and every setting with its source."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtGui import QIcon, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ui.check_section import CheckSection
from ui.page_header import PageHeader
from ui.settings_model import SettingRow, SettingsTableModel
from ui.theme import lock_icon
from ui.work_email_field import WorkEmailField

# Each language by its own name, as people look for it whatever language the panel is in.
LANGUAGE_NAMES = (("en", "English"), ("de", "Deutsch"), ("fr", "Français"))


class SettingsPage(QWidget):
    """Shows state and announces changes; the composition root applies them."""

    autostart_toggled = Signal(bool)
    language_chosen = Signal(str)
    motion_chosen = Signal(str)  # app.reduced_motion: "system", "on" or "off"
    work_email_entered = Signal(str)  # a valid address, or "" to forget it
    open_data_folder_requested = Signal()
    suggestions_toggled = Signal(bool)
    screenshot_default_toggled = Signal(bool)
    quiet_hours_changed = Signal(str)  # "HH:MM-HH:MM", or "" for none
    quiet_weekends_toggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 24)
        self._lock_icon = lock_icon(self.palette().color(QPalette.ColorRole.WindowText))
        layout.addWidget(PageHeader(self.tr("Settings"), ""))
        note = QHBoxLayout()
        lock = QLabel()
        lock.setPixmap(self._lock_icon.pixmap(16, 16))
        self.header_note = QLabel(self.tr("Settings with a lock are managed by your IT "
                                          "department."))
        self.header_note.setWordWrap(True)
        note.addWidget(lock)
        note.addWidget(self.header_note, 1)
        layout.addLayout(note)
        layout.addWidget(self._build_general())
        layout.addWidget(self._build_notifications())
        self._keychain = QLabel()
        self._keychain.setWordWrap(True)
        self._problems = QLabel()
        self._problems.setWordWrap(True)
        self._problems.hide()
        layout.addWidget(self._keychain)
        layout.addWidget(self._problems)
        folder = QPushButton(self.tr("Open my Deskmate folder"))
        folder.setAccessibleName(self.tr("Open the folder with Deskmate's settings, data and logs"))
        folder.clicked.connect(self.open_data_folder_requested)
        layout.addWidget(folder, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self._build_advanced())
        layout.addStretch(1)

    def _build_advanced(self) -> CheckSection:
        """Every setting, its value and who set it: what IT asks about, folded away."""
        self.advanced = CheckSection(collapsible=True)
        self.advanced.set_title(self.tr("Advanced (for IT)"))
        self._keychain_detail = QLabel()
        self._keychain_detail.setWordWrap(True)
        self._keychain_detail.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        self.advanced.rows.addWidget(self._keychain_detail)
        self.table = self._build_table()
        self.table.setMinimumHeight(240)
        self.advanced.rows.addWidget(self.table)
        return self.advanced

    def _build_general(self) -> QGroupBox:
        box = QGroupBox(self.tr("General"))
        form = QFormLayout(box)
        self.autostart = QCheckBox(self.tr("Start Deskmate when I sign in"))
        self.autostart.setAccessibleName(self.tr("Start Deskmate when I sign in"))
        self.autostart.toggled.connect(self.autostart_toggled)
        form.addRow(self.autostart)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        self.language.addItem(self.tr("Same as the system"), "system")
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.language.activated.connect(
            lambda i: self.language_chosen.emit(self.language.itemData(i))
        )
        self._language_note = QLabel(self.tr("Takes effect the next time Deskmate starts."))
        form.addRow(self.tr("Language:"), self.language)
        form.addRow("", self._language_note)
        form.addRow(self.tr("Reduce motion:"), self._motion_choice())
        self._work_email_row(form)
        self.suggestions = QCheckBox(
            self.tr("Suggest the approved app when I use a tool IT has replaced"))
        self.suggestions.setAccessibleName(self.suggestions.text())
        self.suggestions.setToolTip(self.tr("Checked on this computer only; never reported."))
        self.suggestions.toggled.connect(self.suggestions_toggled)
        form.addRow(self.suggestions)
        self.screenshot_default = QCheckBox(self.tr("Attach a screenshot to my help requests"))
        self.screenshot_default.setAccessibleName(self.screenshot_default.text())
        self.screenshot_default.setToolTip(self.tr(
            "You can still take it off before sending. Access requests and ideas never get "
            "one by default."))
        self.screenshot_default.toggled.connect(self.screenshot_default_toggled)
        form.addRow(self.screenshot_default)
        return box

    def _motion_choice(self) -> QComboBox:
        """Animations (busy bars, sliding menus) off, on, or as the computer is set."""
        self.motion = QComboBox()
        self.motion.setAccessibleName(self.tr("Reduce motion"))
        self.motion.setAccessibleDescription(self.tr(
            "On turns every animation off; Same as the system follows the computer's setting."))
        for code, words in (("system", self.tr("Same as the system")), ("on", self.tr("On")),
                            ("off", self.tr("Off"))):
            self.motion.addItem(words, code)
        self.motion.activated.connect(lambda i: self.motion_chosen.emit(self.motion.itemData(i)))
        return self.motion

    def _build_notifications(self) -> QGroupBox:
        """Quiet hours: Deskmate's messages wait until they end (outages still show a badge)."""
        box = QGroupBox(self.tr("Notifications"))
        form = QFormLayout(box)
        self.quiet = QCheckBox(self.tr("Quiet hours: hold Deskmate's messages"))
        self.quiet.setAccessibleName(self.tr("Quiet hours"))
        self.quiet.toggled.connect(self._on_quiet_changed)
        form.addRow(self.quiet)
        span = QHBoxLayout()
        self.quiet_from = self._time_edit(self.tr("Quiet hours start"), QTime(18, 0))
        self.quiet_to = self._time_edit(self.tr("Quiet hours end"), QTime(8, 0))
        span.addWidget(self.quiet_from)
        span.addWidget(QLabel(self.tr("and")))
        span.addWidget(self.quiet_to)
        span.addStretch(1)
        form.addRow(self.tr("Between:"), span)
        self.quiet_weekends = QCheckBox(self.tr("Weekends are quiet too"))
        self.quiet_weekends.setAccessibleName(self.tr("Saturdays and Sundays are quiet"))
        self.quiet_weekends.toggled.connect(self.quiet_weekends_toggled)
        form.addRow(self.quiet_weekends)
        return box

    def _time_edit(self, name: str, default: QTime) -> QTimeEdit:
        edit = QTimeEdit(default)
        edit.setDisplayFormat("HH:mm")
        edit.setAccessibleName(name)
        inner = edit.findChild(QLineEdit)  # its text field is what screen readers land on
        if inner is not None:
            inner.setAccessibleName(name)
        edit.setEnabled(False)
        edit.editingFinished.connect(lambda: self._on_quiet_changed(self.quiet.isChecked()))
        return edit

    def quiet_span(self) -> str:
        """The span the page shows, as the setting stores it; "" while quiet hours are off."""
        if not self.quiet.isChecked():
            return ""
        start, end = (edit.time().toString("HH:mm") for edit in (self.quiet_from, self.quiet_to))
        return f"{start}-{end}"

    def _on_quiet_changed(self, _checked: bool) -> None:
        self._enable_span()
        self.quiet_hours_changed.emit(self.quiet_span())

    def _enable_span(self) -> None:
        on = self.quiet.isChecked() and self.quiet.isEnabled()
        self.quiet_from.setEnabled(on)
        self.quiet_to.setEnabled(on)

    def _work_email_row(self, form: QFormLayout) -> None:
        self.work_email = WorkEmailField()
        self.work_email.entered.connect(self.work_email_entered)
        form.addRow(self.tr("Your work e-mail:"), self.work_email)

    def _build_table(self) -> QTableView:
        self._model = SettingsTableModel(parent=self)
        table = QTableView()
        table.setModel(self._model)
        table.setAccessibleName(self.tr("All settings and who set them"))
        table.verticalHeader().hide()
        table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
        table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        table.setAlternatingRowColors(True)
        return table

    @property
    def model(self) -> SettingsTableModel:
        return self._model

    def show_autostart(self, enabled: bool, locked: bool) -> None:
        self.autostart.blockSignals(True)
        self.autostart.setChecked(enabled)
        self.autostart.blockSignals(False)
        self._lock(self.autostart, locked)

    def show_language(self, code: str, locked: bool) -> None:
        index = self.language.findData(code)
        self.language.setCurrentIndex(max(index, 0))
        self._lock(self.language, locked)

    def show_motion(self, choice: str, locked: bool) -> None:
        self.motion.setCurrentIndex(max(self.motion.findData(choice), 0))
        self._lock(self.motion, locked)

    def show_work_email(self, address: str, locked: bool) -> None:
        self.work_email.show_address(address, locked)

    def show_suggestions(self, enabled: bool, locked: bool) -> None:
        self.suggestions.blockSignals(True)
        self.suggestions.setChecked(enabled)
        self.suggestions.blockSignals(False)
        self._lock(self.suggestions, locked)

    def show_screenshot_default(self, enabled: bool, locked: bool) -> None:
        self.screenshot_default.blockSignals(True)
        self.screenshot_default.setChecked(enabled)
        self.screenshot_default.blockSignals(False)
        self._lock(self.screenshot_default, locked)

    def show_quiet_hours(self, span: str, weekends: bool, locked: bool,
                         weekends_locked: bool) -> None:
        """``span`` as the setting stores it ("18:00-08:00", or "" for none)."""
        for widget in (self.quiet, self.quiet_from, self.quiet_to, self.quiet_weekends):
            widget.blockSignals(True)
        start, _, end = span.partition("-")
        self.quiet.setChecked(bool(span))
        if span:
            self.quiet_from.setTime(QTime.fromString(start, "HH:mm"))
            self.quiet_to.setTime(QTime.fromString(end, "HH:mm"))
        self.quiet_weekends.setChecked(weekends)
        for widget in (self.quiet, self.quiet_from, self.quiet_to, self.quiet_weekends):
            widget.blockSignals(False)
        self._lock(self.quiet, locked)
        self._lock(self.quiet_weekends, weekends_locked)
        self._enable_span()

    def show_keychain(self, available: bool, message: str) -> None:
        """Say in words whether saved passwords work; ``message`` (the keychain's own
        technical words) goes under Advanced, for IT."""
        if available:
            text = self.tr("Passwords and tokens Deskmate needs are kept safely in your "
                           "computer's keychain.")
        else:
            text = self.tr("Deskmate cannot save passwords on this computer, so connections "
                           "that need one (some helpdesks) are turned off. Everything else "
                           "works; IT can help set up a keychain.")
        self._keychain.setText(text)
        self._keychain_detail.setText(self.tr("Keychain: {detail}").format(detail=message))

    def keychain_text(self) -> str:
        return self._keychain.text()

    def show_problems(self, problems: tuple[str, ...]) -> None:
        if not problems:
            self._problems.hide()
            return
        lines = "<br>".join(problems[:5])
        self._problems.setText(
            self.tr("Some settings could not be used and were reset to their defaults:")
            + f"<br><small>{lines}</small>"
        )
        self._problems.show()

    def show_settings(self, rows: tuple[SettingRow, ...]) -> None:
        self._model.set_rows(rows)

    def _lock(self, widget: QWidget, locked: bool) -> None:
        widget.setEnabled(not locked)
        widget.setToolTip(self.tr("Set by your IT department") if locked else "")
        if isinstance(widget, QCheckBox):
            widget.setIcon(self._lock_icon if locked else QIcon())
