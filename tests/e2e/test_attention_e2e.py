"""The real app under Xvfb and trayer with a full-screen window: a request update is held, the
tray icon shows the badge, and one summary appears after the full-screen window closes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from tests.e2e.xsession import ROOT, XSession, wait_for, x_session
from ui.theme import STATE_COLOURS, OverallState

pytestmark = [pytest.mark.e2e, pytest.mark.slow]
BADGE = STATE_COLOURS[OverallState.OUTAGE]


def badge_pixels(shot: Path, centre: tuple[int, int]) -> int:
    """Pixels of the badge's colour in the top half of the tray icon (the badge's corner)."""
    image = QImage(str(shot))
    assert not image.isNull()
    cx, cy = centre
    xs = range(max(0, cx - 16), min(image.width(), cx + 16))
    ys = range(max(0, cy - 16), min(image.height(), cy))
    return sum(1 for x in xs for y in ys if _near(image.pixelColor(x, y), BADGE))


def _near(a: QColor, b: QColor) -> bool:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue()) < 60


def send_request(x: XSession, profile: Path) -> None:
    subprocess.run([sys.executable, "-m", "desktop.cli", "--profile-dir", str(profile), "--demo",
                    "request", "--category", "other", "--summary", "Printer jams", "--yes"],
                   env=x.env, cwd=ROOT, check=True, capture_output=True, timeout=60)
    (bundle,) = (profile / "data" / "tickets").glob("deskmate-*")
    (bundle / "status.json").write_text(json.dumps({"status": "resolved"}), encoding="utf-8")


def app_log(profile: Path) -> list[dict[str, object]]:
    path = profile / "logs" / "deskmate.log.jsonl"
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def logged(profile: Path, message: str, **fields: object) -> bool:
    return any(r["message"] == message and all(r.get(k) == v for k, v in fields.items())
               for r in app_log(profile))


def raise_panel(x: XSession) -> None:
    """Keep trayer's panel in the screenshots; raising does not move the input focus."""
    for panel in x.run("xdotool", "search", "--name", "^panel$").split():
        x.run("xdotool", "windowraise", panel)


@pytest.mark.timeout(300)
def test_a_request_update_waits_for_the_end_of_a_full_screen_window(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    policy = tmp_path / "policy.toml"
    policy.write_text("[helpdesk]\npoll_minutes = 1\n", encoding="utf-8")
    monkeypatch.setenv("DESKMATE_POLICY", str(policy))
    profile = tmp_path / "profile"
    shots = Path(os.environ.get("DESKMATE_SCREENSHOTS", tmp_path))  # to keep and look at them
    with x_session() as x:
        send_request(x, profile)  # IT has answered it before Deskmate next looks
        # No window manager, as in the other tray tests: the panel can then be raised over the
        # slides for the screenshots (the detector with openbox: tests/desktop/attention).
        x.start_tray_host()
        app = x.start_app(profile, "--demo", "--hidden", log=tmp_path / "app.log")
        centre = wait_for(x.tray_icon_centre, 30, "Deskmate's icon in the tray")
        assert isinstance(centre, tuple)
        slides = subprocess.Popen([sys.executable, str(ROOT / "tests/e2e/fullscreen_window.py")],
                                  env=x.env, cwd=ROOT)
        x.processes.append(slides)
        wait_for(lambda: x.visible_windows("Slides"), 30, "the full-screen window")

        def icon_drawn() -> bool:
            raise_panel(x)
            image = QImage(str(x.screenshot(shots / "1-full-screen.png")))
            return image.pixelColor(*centre) not in (QColor("#333333"), QColor("black"),
                                                     QColor("#dcdad5"))

        wait_for(icon_drawn, 30, "the icon drawn above the slides")
        assert badge_pixels(shots / "1-full-screen.png", centre) == 0
        wait_for(lambda: logged(profile, "Attention decision", kind="request_update",
                                verdict="hold"), 120, "the request update to be held")
        raise_panel(x)
        wait_for(lambda: badge_pixels(x.screenshot(shots / "2-held-badge.png"), centre) > 10,
                 20, "the badge on the tray icon")
        assert not logged(profile, "Held messages shown")
        slides.terminate()
        slides.wait(10)
        # The demo's announcement asks the gate too: every message held comes back in one.
        held = sum(1 for r in app_log(profile)
                   if r["message"] == "Attention decision" and r.get("verdict") == "hold")
        wait_for(lambda: logged(profile, "Held messages shown", count=held,
                                held_for="fullscreen"), 40, "the summary after full screen")
        wait_for(lambda: badge_pixels(x.screenshot(shots / "3-summary.png"), centre) == 0,
                 20, "the badge to go")
        assert app.poll() is None, (tmp_path / "app.log").read_text()
    levels = {r["level"] for r in app_log(profile)}
    assert not levels & {"ERROR", "CRITICAL"}
