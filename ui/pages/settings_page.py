"""Settings: start at sign-in, language, the keychain's state, and every setting with its source."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.page_header import PageHeader
from ui.settings_model import SettingRow, SettingsTableModel
from ui.work_email_field import WorkEmailField

LANGUAGES = (("", "System default"), ("en", "English"), ("de", "Deutsch"))


class SettingsPage(QWidget):
    """Shows state and announces changes; the composition root applies them."""

    autostart_toggled = Signal(bool)
    language_chosen = Signal(str)
    work_email_entered = Signal(str)  # a valid address, or "" to forget it
    open_data_folder_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 24)
        layout.addWidget(
            PageHeader(
                self.tr("Settings"),
                self.tr("Settings marked 🔒 are managed by your IT department."),
            )
        )
        layout.addWidget(self._build_general())
        self._keychain = QLabel()
        self._keychain.setWordWrap(True)
        self._problems = QLabel()
        self._problems.setWordWrap(True)
        self._problems.hide()
        layout.addWidget(self._keychain)
        layout.addWidget(self._problems)
        layout.addWidget(self._build_table(), 1)
        folder = QPushButton(self.tr("Open my Deskmate folder"))
        folder.setAccessibleName(self.tr("Open the folder with Deskmate's settings, data and logs"))
        folder.clicked.connect(self.open_data_folder_requested)
        layout.addWidget(folder, 0, Qt.AlignmentFlag.AlignLeft)

    def _build_general(self) -> QGroupBox:
        box = QGroupBox(self.tr("General"))
        form = QFormLayout(box)
        self.autostart = QCheckBox(self.tr("Start Deskmate when I sign in"))
        self.autostart.setAccessibleName(self.tr("Start Deskmate when I sign in"))
        self.autostart.toggled.connect(self.autostart_toggled)
        form.addRow(self.autostart)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        for code, name in LANGUAGES:
            self.language.addItem(self.tr(name) if not code else name, code)
        self.language.activated.connect(
            lambda i: self.language_chosen.emit(self.language.itemData(i))
        )
        self._language_note = QLabel(self.tr("Takes effect the next time Deskmate starts."))
        form.addRow(self.tr("Language:"), self.language)
        form.addRow("", self._language_note)
        self._work_email_row(form)
        return box

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

    def show_work_email(self, address: str, locked: bool) -> None:
        self.work_email.show_address(address, locked)

    def show_keychain(self, available: bool, message: str) -> None:
        prefix = "🔑" if available else "⚠"
        extra = (
            ""
            if available
            else " "
            + self.tr(
                "Features that need a password or token (some helpdesk connections) are turned off."
            )
        )
        self._keychain.setText(f"{prefix} {message}{extra}")

    def show_problems(self, problems: tuple[str, ...]) -> None:
        if not problems:
            self._problems.hide()
            return
        lines = "<br>".join(problems[:5])
        self._problems.setText(
            self.tr("⚠ Some settings could not be used and were reset to their defaults:")
            + f"<br><small>{lines}</small>"
        )
        self._problems.show()

    def show_settings(self, rows: tuple[SettingRow, ...]) -> None:
        self._model.set_rows(rows)

    def _lock(self, widget: QWidget, locked: bool) -> None:
        widget.setEnabled(not locked)
        widget.setToolTip(self.tr("🔒 Set by your IT department") if locked else "")
