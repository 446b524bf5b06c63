"""Busy detectors on Linux: GNOME/KDE do not disturb, X11 full screen, camera, microphone,
screen sharing."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Sequence
from pathlib import Path

from desktop.attention.probes import ToolRunner
from desktop.attention.signals import BusySignal, SignalName

_WINDOW_ID = re.compile(r"window id # (0x[0-9a-fA-F]+)")
_KDE_INHIBITED = (
    "gdbus", "call", "--session", "--timeout", "1", "--dest", "org.freedesktop.Notifications",
    "--object-path", "/org/freedesktop/Notifications",
    "--method", "org.freedesktop.DBus.Properties.Get", "org.freedesktop.Notifications",
    "Inhibited",
)


class LinuxDoNotDisturb:
    """GNOME's ``show-banners`` setting and KDE's notification inhibition."""

    signal = SignalName.DO_NOT_DISTURB

    def __init__(self, run: ToolRunner) -> None:
        self._run = run

    def detect(self) -> Sequence[BusySignal]:
        gnome = self._run(["gsettings", "get", "org.gnome.desktop.notifications", "show-banners"])
        if gnome is not None and gnome.strip() == "false":
            return (self._on("GNOME notification banners are off (do not disturb)"),)
        kde = self._run(list(_KDE_INHIBITED))
        if kde is not None and "true" in kde:
            return (self._on("KDE notifications are inhibited"),)
        seen = "GNOME banners on" if gnome is not None else "no GNOME setting"
        return (BusySignal(self.signal, False, f"{seen}; KDE not inhibiting"),)

    def _on(self, reason: str) -> BusySignal:
        return BusySignal(self.signal, True, reason)


class X11Fullscreen:
    """The active (or, without a window manager, focused) X11 window in full-screen state."""

    signal = SignalName.FULLSCREEN

    def __init__(self, run: ToolRunner, display: str | None) -> None:
        self._run = run
        self._display = display

    def detect(self) -> Sequence[BusySignal]:
        if not self._display:
            return (BusySignal(self.signal, False, "no X11 display to look at"),)
        found = self._window()
        if found is None:
            return (BusySignal(self.signal, False, "no active window"),)
        window, which = found
        props = self._run(["xprop", "-id", window, "_NET_WM_STATE", "WM_CLASS"]) or ""
        said = f"the {which} window {window} ({_wm_class(props)})"
        if "_NET_WM_STATE_FULLSCREEN" in props:
            return (BusySignal(self.signal, True, f"{said} is full screen"),)
        return (BusySignal(self.signal, False, f"{said} is not full screen"),)

    def _window(self) -> tuple[str, str] | None:
        if (active := self._active_window()) is not None:
            return active, "active"
        if (focused := self._focused_window()) is not None:
            return focused, "focused"
        return None

    def _active_window(self) -> str | None:
        match = _WINDOW_ID.search(self._run(["xprop", "-root", "_NET_ACTIVE_WINDOW"]) or "")
        return match.group(1) if match and int(match.group(1), 16) else None

    def _focused_window(self) -> str | None:
        # Without a window manager nobody sets _NET_ACTIVE_WINDOW: ask for the input focus.
        focus = (self._run(["xdotool", "getwindowfocus"]) or "").strip()
        return hex(int(focus)) if focus.isdigit() and int(focus) > 1 else None


def _wm_class(props: str) -> str:
    match = re.search(r'WM_CLASS\(STRING\) = "[^"]*", "([^"]*)"', props)
    return match.group(1) if match else "unknown program"


class VideoDevices:
    """Camera in use: some process holds a video device open (read from ``/proc/*/fd``)."""

    signal = SignalName.CAMERA

    def __init__(self, proc_root: Path = Path("/proc"), prefix: str = "/dev/video") -> None:
        self._proc = proc_root
        self._prefix = prefix

    def detect(self) -> Sequence[BusySignal]:
        holders = sorted({pid for pid, target in self._open_files()
                          if target.startswith(self._prefix)})
        if holders:
            reason = f"a video device is open in process {', '.join(holders)}"
            return (BusySignal(self.signal, True, reason),)
        return (BusySignal(self.signal, False, "no open video device"),)

    def _open_files(self) -> list[tuple[str, str]]:
        found: list[tuple[str, str]] = []
        for fd_dir in self._proc.glob("[0-9]*/fd"):
            try:
                names = os.listdir(fd_dir)
            except OSError:  # another account's process, or it just ended
                continue
            found.extend((fd_dir.parent.name, _link(fd_dir / n)) for n in names)
        return found


def _link(path: Path) -> str:
    try:
        return os.readlink(path)
    except OSError:
        return ""


class AudioSources:
    """Microphone in use: PipeWire/PulseAudio has a recording stream (``pactl``)."""

    signal = SignalName.MICROPHONE

    def __init__(self, run: ToolRunner) -> None:
        self._run = run

    def detect(self) -> Sequence[BusySignal]:
        out = self._run(["pactl", "list", "short", "source-outputs"])
        if out is None:
            return (BusySignal(self.signal, False, "no PulseAudio/PipeWire to ask (pactl)"),)
        streams = [line for line in out.splitlines() if line.strip()]
        if streams:
            return (BusySignal(self.signal, True, f"{len(streams)} recording stream(s)"),)
        return (BusySignal(self.signal, False, "no recording stream"),)


# PipeWire video sources that a desktop's screencast (the xdg-desktop-portal ScreenCast
# behind Zoom, Teams, Meet in a browser…) creates; a camera's node names none of these.
_SCREENCAST_NAMES = ("screencast", "xdg-desktop-portal", "xdpw", "kwin", "gnome-shell")


class PipeWireScreencast:
    """Screen sharing: a running PipeWire screencast stream (``pw-dump``). An app that grabs
    an X11 screen directly makes no stream, so on X11 sharing is not always seen."""

    signal = SignalName.SCREEN_SHARING

    def __init__(self, run: ToolRunner) -> None:
        self._run = run

    def detect(self) -> Sequence[BusySignal]:
        out = self._run(["pw-dump"])
        try:
            objects = json.loads(out) if out else None
        except ValueError:
            objects = None
        if not isinstance(objects, list):
            return (BusySignal(self.signal, False, "no PipeWire to ask (pw-dump); sharing "
                                                   "from an X11 screen grab cannot be seen"),)
        casts = [name for name in map(_running_screencast, objects) if name]
        if casts:
            return (BusySignal(self.signal, True, f"screencast running: {', '.join(casts)}"),)
        return (BusySignal(self.signal, False, "no screencast stream (an X11 screen grab "
                                               "cannot be seen)"),)


def _running_screencast(node: object) -> str:
    """The node's name when it is a running screencast source, else ''."""
    info = node.get("info") if isinstance(node, dict) else None
    if not isinstance(info, dict) or info.get("state") != "running":
        return ""
    props = info.get("props")
    if not isinstance(props, dict) or props.get("media.class") != "Video/Source":
        return ""
    name = str(props.get("node.name", ""))
    return name if any(word in name.lower() for word in _SCREENCAST_NAMES) else ""
