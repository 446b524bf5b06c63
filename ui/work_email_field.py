"""The "Your work e-mail" field: checked as it is typed, announced only once it is valid."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.settings_defs.helpdesk import WORK_EMAIL


class WorkEmailField(QWidget):
    """Signal ``entered(address)``: a valid address, or ``""`` to forget it."""

    entered = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit()
        self.edit.setAccessibleName(self.tr("Your work e-mail"))
        self.edit.setPlaceholderText(self.tr("name@company.example"))
        # Empty is acceptable too (forget it); editingFinished fires only for acceptable text.
        pattern = QRegularExpression(f"(?:{WORK_EMAIL.pattern})?")
        self.edit.setValidator(QRegularExpressionValidator(pattern, self.edit))
        self.edit.editingFinished.connect(lambda: self.entered.emit(self.address()))
        self.edit.textChanged.connect(self._check)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout.addWidget(self.edit)
        layout.addWidget(self.note)
        self._check()

    def address(self) -> str:
        """The typed address when it is valid, else ``""``."""
        return self.edit.text().strip() if self.edit.hasAcceptableInput() else ""

    def show_address(self, address: str, locked: bool) -> None:
        if self.edit.text().strip() != address:
            self.edit.setText(address)
        self.edit.setEnabled(not locked)
        self.edit.setToolTip(self.tr("Set by your IT department") if locked else "")

    def _check(self) -> None:
        if self.edit.hasAcceptableInput():
            self.note.setText(self.tr(
                "So IT's answers to your requests reach you. Needed only when your IT "
                "department and this computer do not already know it."))
        else:
            self.note.setText(self.tr("⚠ This is not an e-mail address yet, so it is not saved."))
