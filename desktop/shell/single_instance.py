"""One Deskmate per person: a second launch asks the first to show itself, then exits.

On POSIX the socket lives in a private runtime folder (see :mod:`desktop.runtime_dir`), and
both ends check that the other runs as the same account, so another person on the machine
can neither pose as the running instance nor talk to it. On Windows the pipe is named per
person, sign-in session and profile, and Qt limits its access list to this account.
"""

from __future__ import annotations

import getpass
import json
import logging
import os
import stat
import sys
from pathlib import Path

from PySide6.QtCore import QByteArray, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from desktop.sha256 import sha256_hex
from desktop.shell.peer_credentials import peer_uid

log = logging.getLogger(__name__)
CONNECT_TIMEOUT_MS = 1000


def server_name(profile_key: str, runtime_dir: Path | None, account: str | None = None) -> str:
    """The socket's full path inside ``runtime_dir`` (POSIX), or a pipe name per person,
    session and profile when there is no folder (Windows)."""
    who = account or getpass.getuser()
    session = "" if runtime_dir else _windows_session()
    digest = sha256_hex(f"{who}\0{session}\0{profile_key}".encode())[:16]  # not OpenSSL's
    if runtime_dir is None:
        return f"deskmate-{digest}"
    return str(runtime_dir / f"ipc-{digest}")


def _windows_session(platform: str = sys.platform) -> str:
    """The sign-in session, so fast user switching or remote desktop gets its own pipe."""
    if platform != "win32":
        return ""
    import ctypes  # pragma: no cover - Windows only

    session = ctypes.c_ulong()
    kernel32 = getattr(ctypes, "windll").kernel32  # noqa: B009 - windll exists on Windows only
    kernel32.ProcessIdToSessionId(os.getpid(), ctypes.byref(session))
    return str(session.value)


def same_account(socket: QLocalSocket) -> bool:
    """True unless the OS says the other end runs as a different account."""
    try:
        uid = peer_uid(int(socket.socketDescriptor()))
    except OSError:
        return False
    return uid is None or uid == os.getuid()


def _socket_file_is_ours(name: str) -> bool:
    """A full-path socket must be a socket that this account owns; pipe names pass."""
    if not os.path.isabs(name) or sys.platform == "win32":
        return True
    try:
        info = os.lstat(name)
    except OSError:
        return False
    return stat.S_ISSOCK(info.st_mode) and info.st_uid == os.getuid()


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
        """True when another instance of this account answered and was asked to show
        ``page``. A server run by anyone else is ignored."""
        if not _socket_file_is_ours(self._name):
            return False
        socket = QLocalSocket()
        socket.connectToServer(self._name)
        if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
            return False
        if not same_account(socket):
            log.warning("Ignored a single-instance server run by another account",
                        extra={"socket": self._name})
            socket.abort()
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
            if not same_account(socket):
                log.warning("Refused a single-instance client of another account")
                socket.abort()
                socket.deleteLater()
                continue
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
