"""Windows and macOS detectors with a fake registry and a fake home folder; Linux tool parsing."""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping, Sequence
from datetime import datetime
from pathlib import Path

import pytest

from desktop.attention.detectors import build_detectors
from desktop.attention.linux import AudioSources, LinuxDoNotDisturb, X11Fullscreen
from desktop.attention.macos import MacFocus
from desktop.attention.probes import ToolRunner
from desktop.attention.quiet_hours import QuietHours
from desktop.attention.signals import BusySignal, SignalName, sample
from desktop.attention.windows import (
    CONSENT_KEY,
    NOTIFICATIONS_KEY,
    ConsentStoreInUse,
    WindowsDoNotDisturb,
)


class FakeRegistry:
    def __init__(self, keys: Mapping[str, Mapping[str, object]]) -> None:
        self._keys = keys

    def values(self, path: str) -> Mapping[str, object]:
        return self._keys.get(path, {})

    def subkeys(self, path: str) -> Sequence[str]:
        prefix = path + "\\"
        return sorted({k[len(prefix):].split("\\")[0] for k in self._keys if k.startswith(prefix)})


def test_windows_notifications_off_is_do_not_disturb() -> None:
    off = FakeRegistry({NOTIFICATIONS_KEY: {"NOC_GLOBAL_SETTING_TOASTS_ENABLED": 0}})
    assert WindowsDoNotDisturb(off).detect()[0].active
    assert not WindowsDoNotDisturb(FakeRegistry({})).detect()[0].active


def test_windows_camera_in_use_by_a_packaged_and_a_desktop_app() -> None:
    webcam = f"{CONSENT_KEY}\\webcam"
    registry = FakeRegistry({
        f"{webcam}\\Microsoft.WindowsCamera_8wekyb3d8bbwe": {
            "LastUsedTimeStart": 133_000, "LastUsedTimeStop": 133_100},
        f"{webcam}\\NonPackaged\\C:#Program Files#Zoom#Zoom.exe": {
            "LastUsedTimeStart": 133_200, "LastUsedTimeStop": 0},
    })
    (signal,) = ConsentStoreInUse(registry, SignalName.CAMERA, "webcam").detect()
    assert signal.active
    assert "Zoom.exe" in signal.reason
    (mic,) = ConsentStoreInUse(registry, SignalName.MICROPHONE, "microphone").detect()
    assert not mic.active


def test_windows_camera_used_earlier_is_not_busy() -> None:
    registry = FakeRegistry({f"{CONSENT_KEY}\\webcam\\App": {
        "LastUsedTimeStart": 10, "LastUsedTimeStop": 20}})
    assert not ConsentStoreInUse(registry, SignalName.CAMERA, "webcam").detect()[0].active


def test_macos_focus_from_its_assertions_file(tmp_path: Path) -> None:
    db = tmp_path / "Library/DoNotDisturb/DB"
    db.mkdir(parents=True)
    assert not MacFocus(tmp_path).detect()[0].active  # no file: nothing to read
    (db / "Assertions.json").write_text(json.dumps(
        {"data": [{"storeAssertionRecords": [{"assertionDetails": {"mode": "meeting"}}]}]}))
    assert MacFocus(tmp_path).detect()[0].active
    (db / "Assertions.json").write_text(json.dumps({"data": [{}]}))
    assert not MacFocus(tmp_path).detect()[0].active


def tool(answers: Mapping[str, str | None]) -> ToolRunner:
    def run(argv: Sequence[str]) -> str | None:
        return answers.get(" ".join(argv[:2]))
    return run


def test_kde_inhibition_is_do_not_disturb() -> None:
    run = tool({"gsettings get": None, "gdbus call": "(<true>,)\n"})
    (signal,) = LinuxDoNotDisturb(run).detect()
    assert signal.active
    assert "KDE" in signal.reason


def test_pactl_recording_streams_are_the_microphone() -> None:
    run = tool({"pactl list": "42\t57\t123\tprotocol-native.c\tfloat32le 1ch 48000Hz\n"})
    assert AudioSources(run).detect()[0].active
    silent = tool({"pactl list": ""})
    assert not AudioSources(silent).detect()[0].active


def test_no_display_means_no_full_screen() -> None:
    (signal,) = X11Fullscreen(tool({}), None).detect()
    assert not signal.active


@pytest.mark.parametrize("platform", ["win32", "darwin", "linux"])
def test_every_platform_reports_every_signal(
    platform: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import desktop.attention.detectors as detectors

    monkeypatch.setattr(detectors, "current_user_registry", lambda: FakeRegistry({}))
    found = build_detectors(QuietHours(), lambda: datetime(2026, 1, 1),
                            platform=platform, env={}, run=lambda argv: None)
    assert {s.name for s in sample(found)} == set(SignalName)


class Broken:
    signal = SignalName.CAMERA

    def detect(self) -> Sequence[BusySignal]:
        raise RuntimeError("probe bug")


def test_a_crashing_detector_is_not_busy_and_says_why(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.ERROR):
        (signal,) = sample([Broken()])
    reason = "detector failed: RuntimeError('probe bug')"
    assert signal == BusySignal(SignalName.CAMERA, False, reason)
    assert "Busy detector failed" in caplog.text
