"""A real X session for end-to-end tests: Xvfb, the trayer tray host, xdotool and screenshots."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from tests.conftest import require

ROOT = Path(__file__).resolve().parents[2]
TOOLS = ("Xvfb", "trayer", "xdotool", "xwininfo", "import")
_GEOMETRY = re.compile(r"(\d+)x(\d+)\+-?\d+\+-?\d+\s+\+(-?\d+)\+(-?\d+)")


def wait_for(predicate: Callable[[], object], timeout: float, what: str) -> object:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError(f"timed out after {timeout}s waiting for {what}")


@dataclass
class XSession:
    display: str
    processes: list[subprocess.Popen[bytes]] = field(default_factory=list)

    @property
    def env(self) -> dict[str, str]:
        env = {
            k: v for k, v in os.environ.items() if k not in ("WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
        }
        return {**env, "DISPLAY": self.display, "QT_QPA_PLATFORM": "xcb"}

    def run(self, *argv: str) -> str:
        return subprocess.run(
            argv, env=self.env, capture_output=True, text=True, timeout=20, check=False
        ).stdout

    def start_tray_host(self) -> None:
        """Start trayer and wait for its panel; a trayer that dies at start is retried once
        (seen under heavy load), and its stderr is shown if it keeps failing."""
        argv = ["trayer", "--edge", "top", "--align", "right", "--widthtype", "request",
                "--height", "32", "--transparent", "false", "--tint", "0x333333"]
        for _attempt in range(2):
            trayer = subprocess.Popen(argv, env=self.env, stdout=subprocess.DEVNULL,
                                      stderr=subprocess.PIPE)
            self.processes.append(trayer)
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline and trayer.poll() is None:
                if '"panel"' in self.run("xwininfo", "-root", "-tree"):
                    return
                time.sleep(0.1)
            if trayer.poll() is None:
                break
        died = trayer.poll() is not None and trayer.stderr is not None
        stderr = trayer.stderr.read().decode(errors="replace") if died and trayer.stderr else ""
        raise AssertionError(f"trayer's panel did not appear (exit {trayer.poll()}): {stderr}")

    def start_window_manager(self) -> None:
        """Start openbox (full screen, the active window and stacking as on a real desktop) and
        wait until it announces itself on the root window."""
        require(shutil.which("openbox") is not None, "openbox is not installed (run: make test "
                "as root)")
        wm = subprocess.Popen(["openbox", "--sm-disable"], env=self.env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.processes.append(wm)
        wait_for(lambda: "window id" in self.run("xprop", "-root", "_NET_SUPPORTING_WM_CHECK"),
                 30, "openbox to start")

    def start_app(self, profile: Path, *extra: str, log: Path) -> subprocess.Popen[bytes]:
        with log.open("wb") as handle:  # the child keeps its own descriptor
            proc = subprocess.Popen(
                [sys.executable, "-m", "desktop.cli", "--profile-dir", str(profile), *extra],
                env=self.env,
                cwd=ROOT,
                stdout=handle,
                stderr=subprocess.STDOUT,
            )
        self.processes.append(proc)
        return proc

    def tray_icon_centre(self) -> tuple[int, int] | None:
        """The absolute centre of Deskmate's icon window docked inside trayer's panel."""
        lines = self.run("xwininfo", "-root", "-tree").splitlines()
        inside_panel = False
        for line in lines:
            if '"panel"' in line:
                inside_panel = True
                continue
            if inside_panel and "Deskmate" in line and (m := _GEOMETRY.search(line)):
                w, h, x, y = map(int, m.groups())
                if w > 4 and h > 4:
                    return x + w // 2, y + h // 2
        return None

    def visible_windows(self, name: str) -> list[str]:
        return self.run("xdotool", "search", "--onlyvisible", "--name", name).split()

    def window_rects(self, wm_class: str) -> list[tuple[int, int, int, int]]:
        """(left, top, width, height) of the visible windows of ``wm_class``."""
        found = []
        for window in self.run("xdotool", "search", "--onlyvisible", "--class", wm_class).split():
            out = self.run("xdotool", "getwindowgeometry", window)
            pos = re.search(r"Position: (-?\d+),(-?\d+)", out)
            size = re.search(r"Geometry: (\d+)x(\d+)", out)
            if pos and size:
                left, top = (int(v) for v in pos.groups())
                width, height = (int(v) for v in size.groups())
                found.append((left, top, width, height))
        return found

    def click(self, x: int, y: int, button: int = 1) -> None:
        self.run("xdotool", "mousemove", str(x), str(y), "click", str(button))

    def screenshot(self, path: Path) -> Path:
        self.run("import", "-window", "root", str(path))
        assert path.is_file(), "screenshot was not written"
        return path

    def stop(self) -> None:
        for proc in reversed(self.processes):
            if proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(5)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait(5)
            if proc.stderr is not None:
                proc.stderr.close()


@contextmanager
def x_session(width: int = 1280, height: int = 800) -> Iterator[XSession]:
    """Start Xvfb on a free display number (-displayfd) and stop everything afterwards."""
    for tool in TOOLS:
        require(shutil.which(tool) is not None, f"{tool} is not installed (run: make test as root)")
    read_fd, write_fd = os.pipe()
    xvfb = subprocess.Popen(
        [
            "Xvfb",
            "-displayfd",
            str(write_fd),
            "-screen",
            "0",
            f"{width}x{height}x24",
            "-nolisten",
            "tcp",
        ],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        number = pipe.readline().strip()
    session = XSession(f":{number}")
    try:
        yield session
    finally:
        session.stop()
        xvfb.terminate()
        xvfb.wait(10)
