"""Settings: start at sign-in, language, the keychain's state, and every setting with its source."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.settings_defs.helpdesk import WORK_EMAIL
from ui.page_header import PageHeader
from ui.settings_model import SettingRow, SettingsTableModel

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
        self._work_email_rows(form)
        return box

    def _work_email_rows(self, form: QFormLayout) -> None:
        self.work_email = QLineEdit()
        self.work_email.setAccessibleName(self.tr("Your work e-mail"))
        self.work_email.setPlaceholderText(self.tr("name@company.example"))
        # Empty is acceptable too (forget it); editingFinished fires only for acceptable text.
        pattern = QRegularExpression(f"(?:{WORK_EMAIL.pattern})?")
        self.work_email.setValidator(QRegularExpressionValidator(pattern, self.work_email))
        self.work_email.editingFinished.connect(
            lambda: self.work_email_entered.emit(self.work_email.text().strip()))
        self.work_email.textChanged.connect(self._check_work_email)
        self._work_email_note = QLabel()
        self._work_email_note.setWordWrap(True)
        form.addRow(self.tr("Your work e-mail:"), self.work_email)
        form.addRow("", self._work_email_note)
        self._check_work_email()

    def _check_work_email(self) -> None:
        if self.work_email.hasAcceptableInput():
            self._work_email_note.setText(self.tr(
                "So IT's answers to your requests reach you. Needed only when your IT "
                "department and this computer do not already know it."))
        else:
            self._work_email_note.setText(self.tr(
                "⚠ This is not an e-mail address yet, so it is not saved."))

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
        if self.work_email.text().strip() != address:
            self.work_email.setText(address)
        self._lock(self.work_email, locked)

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
