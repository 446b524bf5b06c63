"""Runs the app as ``deskmate`` does, lives through start-up and a short working day, then opens
the help form, and writes the modules it had loaded at each stage (the icon just docked, before
the graph is built; after start-up; after the day; after the help form) to a JSON file (for
test_resident_modules).

Usage: python -m tests.desktop.app.resident_app OUT.json --profile-dir DIR --demo --hidden
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from PySide6 import QtCore
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop.app import launch
from desktop.cli import build_parser
from ui.tray import TrayIcon

DAY_ROUNDS = 3  # each: a catalogue refresh, a check run, a delivery and a poll
POLL_MS = 200
LIMIT_MS = 120_000


class Day:
    """Drives the built app through its jobs, and records sys.modules between them."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.app: Any = None
        self.snapshots: dict[str, list[str]] = {}
        self.rounds = 0
        self.waited = 0

    def build(self, *args: Any) -> Any:
        self.snapshots["icon"] = sorted(sys.modules)  # the icon is up; the graph comes next
        # Qt's namespace of enums is built on first use (30-40 ms): not on the way to the icon
        self.snapshots["Qt types at icon"] = [n for n in ("Qt",) if n in QtCore.__dict__]
        self.app = BUILD(*args)
        return self.app

    def tick(self) -> None:
        self.waited += POLL_MS
        if self.waited > LIMIT_MS:
            self.finish("timed out")
        elif self.app is not None and self.idle():
            self.next_step()

    def idle(self) -> bool:
        app = self.app
        return (app.catalogue.status().version is not None
                and app.health_control.last_summary is not None
                and not app.catalogue_bridge._busy
                and not app.helpdesk_bridge._flushing and not app.helpdesk_bridge._polling
                and app.runner._pool.activeThreadCount() == 0)

    def next_step(self) -> None:
        if "start-up" not in self.snapshots:
            self.snapshots["start-up"] = sorted(sys.modules)
        if "day" in self.snapshots:
            self.snapshots["help form"] = sorted(sys.modules)
            self.finish("")
            return
        if self.rounds == DAY_ROUNDS:
            self.snapshots["day"] = sorted(sys.modules)
            self.app.window.show_page("help")  # gathers the context: redacts known secrets
            return
        self.rounds += 1
        self.app.catalogue_bridge.refresh()
        self.app.health_control.check_in_background(notify=False)
        self.app.helpdesk_bridge.flush()
        self.app.helpdesk_bridge.poll()

    def finish(self, problem: str) -> None:
        self.out.write_text(json.dumps({**self.snapshots, "problem": problem}), encoding="utf-8")
        self.app.quit() if self.app is not None else QApplication.quit()


BUILD = launch._build


def main(argv: list[str]) -> int:
    day = Day(Path(argv[0]))
    launch._build = day.build  # the app as launch.py builds it, kept for the driver
    # Offscreen has no tray host; the app is followed as it lives in one (the panel hidden
    # until opened), which tests/e2e and `make bench` show on a real one under Xvfb.
    TrayIcon.available = staticmethod(lambda: True)  # type: ignore[method-assign]
    timer = QTimer()
    timer.timeout.connect(day.tick)
    QTimer.singleShot(0, lambda: timer.start(POLL_MS))
    return launch.run_app(build_parser(with_commands=False).parse_args(argv[1:]))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
