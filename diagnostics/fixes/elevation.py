"""Run a command with admin rights through the OS prompt: pkexec, UAC or osascript."""

from __future__ import annotations

import os
import shlex
import shutil
import sys
from collections.abc import Sequence


def is_admin(platform: str = sys.platform) -> bool:
    if platform == "win32":
        import ctypes

        try:
            return bool(ctypes.windll.shell32.IsUserAnAdmin())  # type: ignore[attr-defined,unused-ignore]  # Windows only
        except (AttributeError, OSError):
            return False
    return hasattr(os, "geteuid") and os.geteuid() == 0


def _powershell_quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _applescript_quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def elevated(argv: Sequence[str], platform: str = sys.platform) -> list[str] | None:
    """``argv`` wrapped so the OS asks for admin rights; None when no prompt is available."""
    if platform == "win32":
        args = ",".join(_powershell_quote(a) for a in argv[1:]) or "@()"
        script = (f"Start-Process -Verb RunAs -Wait -FilePath {_powershell_quote(argv[0])} "
                  f"-ArgumentList {args}")
        return ["powershell", "-NoProfile", "-NonInteractive", "-Command", script]
    if platform == "darwin":
        script = f"do shell script {_applescript_quote(shlex.join(argv))} " \
                 "with administrator privileges"
        return ["osascript", "-e", script]
    if shutil.which("pkexec") is None:
        return None
    return ["pkexec", *argv]


# pkexec: 126 means the prompt was dismissed, 127 not authorised; osascript: -128 cancelled.
DENIED_EXIT_CODES = frozenset({126, 127})
