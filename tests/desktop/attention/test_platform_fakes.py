"""Windows and macOS detectors with a fake registry and a fake home folder; Linux tool parsing."""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping, Sequence
from datetime import datetime
from pathlib import Path

import pytest

from desktop.attention.detectors import build_detectors
from desktop.attention.linux import (
    AudioSources,
    LinuxDoNotDisturb,
    PipeWireScreencast,
    X11Fullscreen,
)
from desktop.attention.macos import MacCaptureDevices, MacFocus, MacFullscreen
from desktop.attention.probes import ToolRunner
from desktop.attention.quiet_hours import QuietHours
from desktop.attention.signals import BusySignal, SignalName, sample
from desktop.attention.windows import (
    CONSENT_KEY,
    NOTIFICATIONS_KEY,
    ConsentStoreInUse,
    WindowsDoNotDisturb,
    WindowsFullscreen,
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


@pytest.mark.parametrize(("state", "active", "words"), [
    (2, True, "a full-screen app"),
    (3, True, "a full-screen game or video"),
    (4, True, "presentation mode"),
    (5, False, "Windows accepts notifications"),
    (6, False, "Windows accepts notifications"),
])
def test_windows_full_screen_and_presentation_from_the_shell(
        state: int, active: bool, words: str) -> None:
    (signal,) = WindowsFullscreen(lambda: state).detect()
    assert (signal.name, signal.active) == (SignalName.FULLSCREEN, active)
    assert words in signal.reason


def test_windows_shell_that_cannot_be_asked_is_not_busy() -> None:
    def broken() -> int:
        raise OSError("no shell32 here")

    (signal,) = WindowsFullscreen(broken).detect()
    assert not signal.active
    assert "could not ask" in signal.reason


def test_macos_full_screen_front_app() -> None:
    run = tool({"osascript -l": json.dumps({"app": "Keynote", "fullscreen": True})})
    (signal,) = MacFullscreen(run).detect()
    assert (signal.name, signal.active) == (SignalName.FULLSCREEN, True)
    assert "Keynote" in signal.reason
    calm = tool({"osascript -l": json.dumps({"app": "Mail", "fullscreen": False})})
    assert not MacFullscreen(calm).detect()[0].active
    assert "could not ask" in MacFullscreen(tool({})).detect()[0].reason


@pytest.mark.parametrize(("signal_name", "media"), [
    (SignalName.CAMERA, "AVMediaTypeVideo"), (SignalName.MICROPHONE, "AVMediaTypeAudio")])
def test_macos_capture_devices_in_use(signal_name: SignalName, media: str) -> None:
    seen: list[Sequence[str]] = []

    def run(argv: Sequence[str]) -> str | None:
        seen.append(argv)
        return json.dumps(["FaceTime HD Camera"])

    (signal,) = MacCaptureDevices(run, signal_name).detect()
    assert (signal.name, signal.active) == (signal_name, True)
    assert "FaceTime HD Camera" in signal.reason
    assert seen[0][:3] == ["osascript", "-l", "JavaScript"]
    assert media in seen[0][-1]
    assert not MacCaptureDevices(tool({"osascript -l": "[]"}), signal_name).detect()[0].active


def _node(name: str, media_class: str, state: str) -> dict[str, object]:
    return {"type": "PipeWire:Interface:Node",
            "info": {"state": state, "props": {"node.name": name, "media.class": media_class}}}


def test_linux_screen_sharing_is_a_running_screencast_stream() -> None:
    camera = _node("v4l2_input.pci-0000_00_14.0-usb-0_1_1.0", "Video/Source", "running")
    cast = _node("gnome-shell-screencast", "Video/Source", "running")
    dump = json.dumps([camera, cast, {"type": "PipeWire:Interface:Link"}])
    (signal,) = PipeWireScreencast(tool({"pw-dump": dump})).detect()
    assert (signal.name, signal.active) == (SignalName.SCREEN_SHARING, True)
    assert "gnome-shell-screencast" in signal.reason
    idle = json.dumps([camera, _node("xdg-desktop-portal-kde", "Video/Source", "suspended")])
    assert not PipeWireScreencast(tool({"pw-dump": idle})).detect()[0].active
    (unknown,) = PipeWireScreencast(tool({})).detect()
    assert not unknown.active
    assert "X11" in unknown.reason  # says what cannot be seen
