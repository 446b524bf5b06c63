"""Who is at this desk and which computer this is, for greetings and request context."""

from __future__ import annotations

import getpass
import os
import socket


def account_name() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return os.environ.get("USERNAME") or os.environ.get("USER") or ""


def first_name() -> str:
    """The first word of the account's full name where the OS has one, else the account."""
    account = account_name()
    try:
        import pwd

        full = pwd.getpwnam(account).pw_gecos.split(",")[0].strip()
    except (ImportError, KeyError):
        full = ""
    name = (full or account).split()[0] if (full or account) else ""
    return name[:1].upper() + name[1:] if name and not full else name


def device_name() -> str:
    return socket.gethostname().split(".")[0]
