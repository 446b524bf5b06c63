"""The one way the panel opens a web link or a folder: when nothing on this computer can open
it, say so and offer to copy the link or path, instead of failing silently."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

log = logging.getLogger(__name__)

OpenUrl = Callable[[QUrl], bool]


class LinkOpener(QObject):
    """Opens links with the desktop's own handler (``open_url``, the OS boundary)."""

    def __init__(self, open_url: OpenUrl = QDesktopServices.openUrl,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._open_url = open_url

    def open(self, url: QUrl | str, parent: QWidget | None) -> bool:
        """Open ``url`` (a web address, or a file URL for a folder); False after telling the
        person it could not be opened."""
        target = QUrl(url) if isinstance(url, str) else url
        if self._open_url(target):
            return True
        log.info("No handler opened a link", extra={"scheme": target.scheme()})
        self.tell_not_opened(target, parent)
        return False

    def tell_not_opened(self, url: QUrl, parent: QWidget | None) -> QMessageBox:
        """A message (not blocking) saying ``url`` could not be opened, with "Copy link" (or
        "Copy path" for a folder) that puts it on the clipboard."""
        local = url.isLocalFile()
        text = url.toLocalFile() if local else url.toString()
        if local:
            title = self.tr("The folder could not be opened")
            body = self.tr("No file manager could be opened on this computer. Copy the path "
                           "and open it yourself:")
            copy_label = self.tr("Copy path")
        else:
            title = self.tr("The link could not be opened")
            body = self.tr("No web browser could be opened on this computer. Copy the link "
                           "and open it in a browser yourself:")
            copy_label = self.tr("Copy link")
        box = QMessageBox(QMessageBox.Icon.Information, title, f"{body}\n\n{text}",
                          QMessageBox.StandardButton.Close, parent)
        box.setObjectName("link_not_opened")
        copy = box.addButton(copy_label, QMessageBox.ButtonRole.ActionRole)
        copy.setAccessibleName(copy_label)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(text))
        box.setDefaultButton(copy)  # Enter copies (and closes): the one useful thing to do
        box.open()
        return box
