"""Which running programs Deskmate may offer to close: the person's own desktop programs.

Never a process of another account, the system, a package manager (closing one mid-install
can break the machine), security software, Deskmate itself or the session it runs in.
"""

from __future__ import annotations

import logging
import os
import sys

import psutil

log = logging.getLogger(__name__)

_PACKAGE_MANAGERS = frozenset({
    "apt", "apt-get", "aptitude", "apt-check", "dpkg", "unattended-upgr", "unattended-upgrade",
    "packagekitd", "yum", "dnf", "rpm", "zypper", "pacman", "snap", "snapd", "flatpak",
    "fwupd", "brew", "softwareupdated", "installd", "installer", "msiexec", "winget",
    "trustedinstaller", "tiworker", "wuauclt", "pkexec", "sudo", "su", "doas",
})
_SECURITY = frozenset({
    "clamd", "freshclam", "clamscan", "msmpeng", "mssense", "nissrv", "securityhealthservice",
    "falcon-sensor", "falcond", "osqueryd", "auditd", "sentinelagent", "xprotect", "mrt",
    "santad", "wdavdaemon", "gpg-agent", "ssh-agent", "gnome-keyring-d", "polkitd",
})
_SESSION = frozenset({
    "systemd", "init", "dbus-daemon", "dbus-broker", "xorg", "xwayland", "gnome-shell",
    "gnome-session-b", "kwin_x11", "kwin_wayland", "plasmashell", "ksmserver", "xfce4-session",
    "xfwm4", "pipewire", "wireplumber", "pulseaudio", "gdm", "sddm", "lightdm", "explorer",
    "dwm", "csrss", "winlogon", "lsass", "svchost", "services", "smss", "wininit", "launchd",
    "windowserver", "loginwindow", "dock", "finder", "systemuiserver",
})
NEVER_CLOSED = _PACKAGE_MANAGERS | _SECURITY | _SESSION
_SYSTEM_FOLDERS = ("/sbin/", "/usr/sbin/", "/usr/libexec/", "/usr/lib/systemd/", "/lib/systemd/",
                   "/System/", "C:\\Windows\\")


def _plain_name(name: str) -> str:
    return name.lower().removesuffix(".exe")


def _is_mine(proc: psutil.Process) -> bool:
    if hasattr(os, "getuid"):
        return proc.uids().real == os.getuid()
    return bool(proc.username() == psutil.Process().username())


def _has_display(proc: psutil.Process) -> bool:
    """On Linux a desktop program has the session's display in its environment; background
    jobs and services do not. Elsewhere the other rules must do."""
    if not sys.platform.startswith("linux"):
        return True
    env = proc.environ()
    return bool(env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"))


def _protected_pids() -> frozenset[int]:
    """Deskmate and every process it runs inside (the terminal, the session, init)."""
    me = psutil.Process()
    return frozenset({0, 1, me.pid, *(p.pid for p in me.parents())})


def closable(pid: int) -> bool:
    """True when ``pid`` is one of the person's own desktop programs that may be closed."""
    if pid in _protected_pids():
        return False
    try:
        proc = psutil.Process(pid)
        if _plain_name(proc.name()) in NEVER_CLOSED:
            return False
        exe = proc.exe()
        return (not exe.startswith(_SYSTEM_FOLDERS)) and _is_mine(proc) and _has_display(proc)
    except psutil.Error:
        return False  # gone, or not ours to look at: either way not ours to close
