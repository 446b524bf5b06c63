"""The busy detectors for this computer's platform, built from Settings."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping
from datetime import datetime
from pathlib import Path

from desktop.attention.linux import (
    AudioSources,
    LinuxDoNotDisturb,
    PipeWireScreencast,
    VideoDevices,
    X11Fullscreen,
)
from desktop.attention.macos import MacCaptureDevices, MacFocus, MacFullscreen
from desktop.attention.probes import ToolRunner, run_tool
from desktop.attention.quiet_hours import QuietHours, QuietHoursDetector
from desktop.attention.signals import Detector, SignalName, Unsupported
from desktop.attention.windows import current_user_registry, windows_detectors
from desktop.settings import Settings
from desktop.settings_defs import attention as attention_settings


def quiet_hours(settings: Settings) -> QuietHours:
    return QuietHours.parse(settings.value(attention_settings.QUIET_HOURS),
                            settings.value(attention_settings.QUIET_WEEKENDS))


def build_detectors(
    quiet: QuietHours,
    clock: Callable[[], datetime],
    platform: str = sys.platform,
    env: Mapping[str, str] = os.environ,
    run: ToolRunner = run_tool,
) -> list[Detector]:
    """Quiet hours plus this platform's detectors; a signal nobody can see says so."""
    found: list[Detector] = [QuietHoursDetector(quiet, clock)]
    if platform == "win32":
        found.extend(windows_detectors(current_user_registry()))
    elif platform == "darwin":
        found.extend(_macos(run))
    else:
        found.extend(_linux(env, run))
    seen = {d.signal for d in found}
    found.extend(Unsupported(name, "not exposed on this system")
                 for name in SignalName if name not in seen)
    return found


def _linux(env: Mapping[str, str], run: ToolRunner) -> list[Detector]:
    return [LinuxDoNotDisturb(run), X11Fullscreen(run, env.get("DISPLAY")), VideoDevices(),
            AudioSources(run), PipeWireScreencast(run)]


def _macos(run: ToolRunner) -> list[Detector]:
    return [MacFocus(Path.home()), MacFullscreen(run),
            MacCaptureDevices(run, SignalName.CAMERA),
            MacCaptureDevices(run, SignalName.MICROPHONE)]
