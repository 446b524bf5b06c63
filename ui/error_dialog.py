"""The one dialog for errors a person can act on, with "Copy details" for IT."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget


class ErrorDialog(QMessageBox):
    def __init__(
        self, title: str, message: str, details: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(title)
        self.setText(message)
        self.setDetailedText(details)
        self._details = details
        # Added by text, so the dialog owns it: a QPushButton made here and passed in was
        # deleted with its Python wrapper, and the dialog showed no "Copy details" at all.
        copy = self.addButton(self.tr("Copy details"), QMessageBox.ButtonRole.ActionRole)
        copy.setAccessibleName(self.tr("Copy the error details to the clipboard"))
        copy.clicked.disconnect()  # keep the dialog open after copying
        copy.clicked.connect(self.copy_details)
        close = self.addButton(QMessageBox.StandardButton.Close)
        self.setDefaultButton(close)  # Enter and Esc close; copying is its own choice
        self.setEscapeButton(close)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self._details)

    @classmethod
    def for_crash(cls, details: str, parent: QWidget | None = None) -> ErrorDialog:
        return cls(
            QCoreApplication.translate("ErrorDialog", "Deskmate hit a problem"),
            QCoreApplication.translate(
                "ErrorDialog",
                "Something went wrong inside Deskmate. It will keep running, but the last action "
                "may not have finished. If this happens again, send the details to IT.",
            ),
            details,
            parent,
        )
