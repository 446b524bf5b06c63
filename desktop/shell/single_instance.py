"""One Deskmate per person: a second launch asks the first to show itself, then exits."""

from __future__ import annotations

import getpass
import hashlib
import json
import logging

from PySide6.QtCore import QByteArray, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)
CONNECT_TIMEOUT_MS = 1000


def server_name(profile_key: str, account: str | None = None) -> str:
    """A socket name per person and profile, short enough for every OS's limits."""
    who = account or getpass.getuser()
    digest = hashlib.sha256(f"{who}\0{profile_key}".encode()).hexdigest()[:16]
    return f"deskmate-{digest}"


class SingleInstance(QObject):
    """Owns the per-person local server. ``activation_requested(page)`` fires when a second
    launch asks this instance to come to the front."""

    activation_requested = Signal(str)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._name = name
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)

    def ask_running_instance(self, page: str = "") -> bool:
        """True when another instance answered and was asked to show ``page``."""
        socket = QLocalSocket()
        socket.connectToServer(self._name)
        if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
            return False
        socket.write(QByteArray(json.dumps({"action": "show", "page": page}).encode() + b"\n"))
        socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
        socket.disconnectFromServer()
        return True

    def listen(self) -> bool:
        """Start serving. A socket left by a crashed instance is removed first."""
        if self._server.listen(self._name):
            return True
        # Nobody answered ask_running_instance(), so an existing socket file is stale.
        QLocalServer.removeServer(self._name)
        ok = self._server.listen(self._name)
        if not ok:
            log.error("Single-instance server failed", extra={"error": self._server.errorString()})
        return ok

    def close(self) -> None:
        self._server.close()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.readyRead.connect(self._read)
            socket.disconnected.connect(socket.deleteLater)

    def _read(self) -> None:
        socket = self.sender()
        if not isinstance(socket, QLocalSocket) or not socket.canReadLine():
            return
        raw = bytes(socket.readLine().data())
        try:
            message = json.loads(raw)
        except ValueError:
            log.warning("Ignored malformed single-instance message")
            return
        if isinstance(message, dict) and message.get("action") == "show":
            self.activation_requested.emit(str(message.get("page") or ""))
