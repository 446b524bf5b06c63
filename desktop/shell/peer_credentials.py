"""Which account is at the other end of a connected local socket, where the OS can tell."""

from __future__ import annotations

import os
import socket
import struct
import sys

_UCRED = struct.Struct("3i")  # struct ucred: pid, uid, gid


def peer_uid(fd: int, platform: str = sys.platform) -> int | None:
    """The peer's user id for a connected Unix socket ``fd``, or None where the OS has no
    way to ask (Windows: the pipe's access list already limits it to this account)."""
    if fd < 0 or platform == "win32":
        return None
    if platform.startswith("linux"):
        return _linux_peer_uid(fd)
    return _bsd_peer_uid(fd)


def _linux_peer_uid(fd: int) -> int:
    # socket.fromfd duplicates the descriptor, so closing ours leaves Qt's open.
    with socket.fromfd(fd, socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        raw = sock.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, _UCRED.size)
    _pid, uid, _gid = _UCRED.unpack(raw)
    return int(uid)


def _bsd_peer_uid(fd: int) -> int | None:  # pragma: no cover - macOS and the BSDs
    import ctypes.util  # here, not at the top: find_library loads subprocess, before the icon

    libc_name = ctypes.util.find_library("c")
    if not libc_name:
        return None
    libc = ctypes.CDLL(libc_name, use_errno=True)
    uid, gid = ctypes.c_uint32(), ctypes.c_uint32()
    if libc.getpeereid(fd, ctypes.byref(uid), ctypes.byref(gid)) != 0:
        raise OSError(ctypes.get_errno(), os.strerror(ctypes.get_errno()))
    return int(uid.value)
