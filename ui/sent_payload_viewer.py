"""Opens the preview of a request exactly as it was sent, from its entry in the outbox."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.helpdesk.connector import TicketPayload
from desktop.helpdesk.outbox import PayloadPurgedError, PurgedPayload
from desktop.tasks import TaskRunner
from ui.request_error_words import request_error_words
from ui.request_preview_dialog import RequestPreviewDialog


class SentPayloadViewer(QObject):
    """``show(key)`` reads the stored payload off the GUI thread and opens the preview; a
    payload purged after its retention shows the SHA-256 that is left of it."""

    def __init__(self, read: Callable[[str], TicketPayload],
                 purged: Callable[[str], PurgedPayload | None], runner: TaskRunner,
                 window: QWidget, destination: str = "") -> None:
        super().__init__(window)
        self._read, self._purged = read, purged
        self._runner, self._window = runner, window
        self._destination = destination
        self.dialog: RequestPreviewDialog | None = None

    def show(self, key: str) -> None:
        self._runner.submit(lambda: self._read_or_hash(key), self._shown, self._not_kept)

    def _read_or_hash(self, key: str) -> TicketPayload | PurgedPayload:
        """Off the GUI thread, both reads: the hash of a purged payload is in the outbox too,
        and an outbox failure while reading it must reach :meth:`_not_kept`, not a slot."""
        try:
            return self._read(key)
        except PayloadPurgedError:
            purged = self._purged(key)
            if purged is None:
                raise
            return purged

    def _shown(self, found: TicketPayload | PurgedPayload) -> None:
        if isinstance(found, PurgedPayload):
            self._tell(self.tr("Its content was removed after its keeping period; what was "
                               "sent had the SHA-256 {sha}.").format(sha=found.sha256))
        else:
            self._open(found)

    def _open(self, payload: TicketPayload) -> None:
        self.dialog = RequestPreviewDialog(payload, self._destination, self._window,
                                           can_send=False)
        self.dialog.setWindowTitle(self.tr("What was sent to IT"))
        self.dialog.open()

    def _not_kept(self, error: BaseException) -> None:
        self._tell(request_error_words(error))

    def _tell(self, text: str) -> None:
        QMessageBox.information(self._window, self.tr("What was sent to IT"), text)
