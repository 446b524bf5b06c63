"""The Linux detectors for real: a full-screen Qt window under Xvfb, an open video device node,
and GNOME's setting in a private keyfile settings backend."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.attention.linux import LinuxDoNotDisturb, VideoDevices, X11Fullscreen
from desktop.attention.probes import run_tool
from desktop.attention.signals import BusySignal
from tests.conftest import require
from tests.e2e.xsession import ROOT, XSession, wait_for, x_session

GNOME_SCHEMA = ("org.gnome.desktop.notifications", "show-banners")


def test_an_open_video_device_is_the_camera(tmp_path: Path) -> None:
    device = tmp_path / "video0"
    try:  # a real character device node (the kernel's null device) where allowed
        os.mknod(device, stat.S_IFCHR | 0o600, os.makedev(1, 3))
    except PermissionError:
        device.write_bytes(b"")
    detector = VideoDevices(prefix=str(tmp_path / "video"))
    assert not detector.detect()[0].active
    with device.open("rb"):
        (signal,) = detector.detect()
        assert signal.active
        assert str(os.getpid()) in signal.reason
    assert not detector.detect()[0].active


def test_gnome_banners_off_is_do_not_disturb(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    require(run_tool(["gsettings", "list-keys", GNOME_SCHEMA[0]]) is not None,
            "gsettings or the GNOME notifications schema is not installed")
    monkeypatch.setenv("GSETTINGS_BACKEND", "keyfile")  # a private store other processes read
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)  # no KDE to ask
    detector = LinuxDoNotDisturb(run_tool)
    assert not detector.detect()[0].active
    subprocess.run(["gsettings", "set", *GNOME_SCHEMA, "false"], check=True)
    assert detector.detect()[0] == BusySignal(
        detector.signal, True, "GNOME notification banners are off (do not disturb)")
    subprocess.run(["gsettings", "set", *GNOME_SCHEMA, "true"], check=True)
    assert not detector.detect()[0].active


@pytest.fixture(params=["openbox", "no window manager"])
def xsession(request: pytest.FixtureRequest) -> Iterator[XSession]:
    """With a window manager the active window is on the root window; without one (trayer's
    bare Xvfb) the detector asks for the input focus instead."""
    with x_session() as session:
        if request.param == "openbox":
            session.start_window_manager()
        yield session


def has_window_manager(session: XSession) -> bool:
    """Whether a window manager runs in ``session``."""
    return "window id" in session.run("xprop", "-root", "_NET_SUPPORTING_WM_CHECK")


def start_fullscreen_window(session: XSession, *extra: str) -> subprocess.Popen[bytes]:
    """The stand-in window, shown; its own stderr is in the failure when it does not show."""
    handle, name = tempfile.mkstemp(prefix="slides-", suffix=".log")  # a file: never blocks
    log = Path(name)
    with os.fdopen(handle, "wb") as stderr:  # the child keeps its own copy
        proc = subprocess.Popen(
            [sys.executable, str(ROOT / "tests/e2e/fullscreen_window.py"), *extra],
            env=session.env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=stderr)
    session.processes.append(proc)

    def said() -> bytes:
        return log.read_bytes()[-2000:]

    try:
        wait_for(lambda: proc.poll() is not None or session.visible_windows("Slides"), 60,
                 "the full-screen window")
    except AssertionError:
        proc.kill()
        raise AssertionError(f"the window did not show; it said {said()!r}") from None
    assert proc.poll() is None, f"the window process ended; it said {said()!r}"
    return proc


def fullscreen_now(session: XSession, monkeypatch: pytest.MonkeyPatch) -> BusySignal:
    monkeypatch.setenv("DISPLAY", session.display)
    return X11Fullscreen(run_tool, session.display).detect()[0]


@pytest.mark.slow
def test_a_full_screen_window_is_seen_and_its_end_too(
    xsession: XSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert not fullscreen_now(xsession, monkeypatch).active
    window = start_fullscreen_window(xsession)
    signal = wait_for(lambda: (s := fullscreen_now(xsession, monkeypatch)).active and s, 20,
                      "the detector to see full screen")
    assert isinstance(signal, BusySignal)
    which = "active" if has_window_manager(xsession) else "focused"
    assert signal.reason.startswith(f"the {which} window 0x")
    assert signal.reason.endswith("(slides) is full screen")
    window.terminate()
    window.wait(10)
    assert not fullscreen_now(xsession, monkeypatch).active


@pytest.mark.slow
def test_an_ordinary_window_is_not_full_screen(
    xsession: XSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    start_fullscreen_window(xsession, "--windowed")
    signal = wait_for(lambda: "(slides)" in (s := fullscreen_now(xsession, monkeypatch)).reason
                      and s, 20, "the detector to see the window")
    assert isinstance(signal, BusySignal)
    assert not signal.active
    assert signal.reason.endswith("(slides) is not full screen")


def attention_json(session: XSession, profile: Path) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-m", "desktop.cli", "--profile-dir", str(profile), "attention",
         "status", "--json"], env=session.env, cwd=ROOT, capture_output=True, text=True,
        timeout=60, check=True)
    result: dict[str, object] = json.loads(done.stdout)
    return result


@pytest.mark.slow
def test_attention_status_json_reports_full_screen_with_its_reason(
    xsession: XSession, profile_dir: Path
) -> None:
    window = start_fullscreen_window(xsession)
    status = wait_for(lambda: (s := attention_json(xsession, profile_dir))["busy"] and s, 30,
                      "attention status to see full screen")
    assert isinstance(status, dict)
    fullscreen = status["signals"]["fullscreen"]
    assert fullscreen["active"] is True
    assert "is full screen" in fullscreen["reason"]
    assert status["decisions"]["request_update"]["verdict"] == "hold"
    assert status["decisions"]["outage"]["verdict"] == "badge"
    window.terminate()
    window.wait(10)
    after = attention_json(xsession, profile_dir)
    assert after["signals"]["fullscreen"]["active"] is False  # type: ignore[index]  # JSON
    assert after["decisions"]["request_update"]["verdict"] == "show"  # type: ignore[index]  # JSON
