"""The one dialog for errors a person can act on, with "Copy details" for IT."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget


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
        copy = QPushButton(self.tr("Copy details"))
        copy.setAccessibleName(self.tr("Copy the error details to the clipboard"))
        self.addButton(copy, QMessageBox.ButtonRole.ActionRole)
        copy.clicked.disconnect()  # keep the dialog open after copying
        copy.clicked.connect(self.copy_details)
        self.addButton(QMessageBox.StandardButton.Close)

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
