"""Busy detectors on macOS: a Focus mode, a full-screen front app, a camera or microphone in use.

macOS keeps the active Focus assertions in ``~/Library/DoNotDisturb/DB/Assertions.json``;
a non-empty ``storeAssertionRecords`` list means a Focus is on. Full screen and the capture
devices are asked through ``osascript -l JavaScript`` (the documented window-server and
AVFoundation calls) with the probes' short time-out, so no Objective-C bridge is loaded here.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from desktop.attention.probes import ToolRunner
from desktop.attention.signals import BusySignal, SignalName

ASSERTIONS = Path("Library/DoNotDisturb/DB/Assertions.json")


class MacFocus:
    signal = SignalName.DO_NOT_DISTURB

    def __init__(self, home: Path) -> None:
        self._file = home / ASSERTIONS

    def detect(self) -> Sequence[BusySignal]:
        try:
            data = json.loads(self._file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return (BusySignal(self.signal, False, "no Focus state to read"),)
        entries = data.get("data", []) if isinstance(data, dict) else []
        records = [r for e in entries if isinstance(e, dict)
                   for r in e.get("storeAssertionRecords", ())]
        if records:
            return (BusySignal(self.signal, True, "a Focus mode is on"),)
        return (BusySignal(self.signal, False, "no Focus mode is on"),)


# JavaScript for Automation (osascript -l JavaScript): the front app and whether one of its
# normal-layer windows covers the main screen (CGWindowListCopyWindowInfo, NSWorkspace).
_FRONT_WINDOW_JS = """
ObjC.import('CoreGraphics'); ObjC.import('AppKit');
var front = $.NSWorkspace.sharedWorkspace.frontmostApplication;
var pid = front.processIdentifier, screen = $.NSScreen.mainScreen.frame.size;
var windows = ObjC.castRefToObject($.CGWindowListCopyWindowInfo(
    $.kCGWindowListOptionOnScreenOnly | $.kCGWindowListExcludeDesktopElements, 0));
var full = false;
for (var i = 0; i < windows.count; i++) {
  var w = ObjC.deepUnwrap(windows.objectAtIndex(i));
  if (w.kCGWindowOwnerPID !== pid || w.kCGWindowLayer !== 0) continue;
  var b = w.kCGWindowBounds;
  if (b.Width >= screen.width && b.Height >= screen.height) { full = true; break; }
}
JSON.stringify({app: ObjC.unwrap(front.localizedName), fullscreen: full});
"""
# AVCaptureDevice.isInUseByAnotherApplication (AVFoundation) for each device of one medium.
_CAPTURE_JS = """
ObjC.import('AVFoundation');
var devices = $.AVCaptureDevice.devicesWithMediaType($.%s), used = [];
for (var i = 0; i < devices.count; i++) {
  var d = devices.objectAtIndex(i);
  if (d.isInUseByAnotherApplication) used.push(ObjC.unwrap(d.localizedName));
}
JSON.stringify(used);
"""
_MEDIA = {SignalName.CAMERA: "AVMediaTypeVideo", SignalName.MICROPHONE: "AVMediaTypeAudio"}


def _jxa(run: ToolRunner, script: str) -> Any:
    """The script's JSON answer, or None when osascript is missing, failed or said nonsense."""
    out = run(["osascript", "-l", "JavaScript", "-e", script])
    try:
        return None if out is None else json.loads(out)
    except ValueError:
        return None


class MacFullscreen:
    """The front app has a window covering the main screen (full screen, a slideshow)."""

    signal = SignalName.FULLSCREEN

    def __init__(self, run: ToolRunner) -> None:
        self._run = run

    def detect(self) -> Sequence[BusySignal]:
        answer = _jxa(self._run, _FRONT_WINDOW_JS)
        if not isinstance(answer, dict):
            return (BusySignal(self.signal, False, "could not ask the window server"),)
        app = str(answer.get("app") or "the front app")
        if answer.get("fullscreen") is True:
            return (BusySignal(self.signal, True, f"{app} covers the screen"),)
        return (BusySignal(self.signal, False, f"{app} is not full screen"),)


class MacCaptureDevices:
    """A camera or microphone that another app is using (AVFoundation)."""

    def __init__(self, run: ToolRunner, signal: SignalName) -> None:
        self._run = run
        self.signal = signal

    def detect(self) -> Sequence[BusySignal]:
        answer = _jxa(self._run, _CAPTURE_JS % _MEDIA[self.signal])
        if not isinstance(answer, list):
            return (BusySignal(self.signal, False, "could not ask AVFoundation"),)
        if answer:
            return (BusySignal(self.signal, True, f"in use: {', '.join(map(str, answer))}"),)
        return (BusySignal(self.signal, False, "no app is using it"),)
