"""Runs the app as ``deskmate`` does and drives it for the footprint bench, printing a marker
line on stdout at each point the bench measures from outside.

``panel``: once start-up work is done, open every page, hide the panel, print ``hidden``.
``first``: once start-up work is done, print ``idle`` (the panel is not built yet).
``day``: print ``day-start``, run each job once and print ``warm``, then run a working
day of jobs (catalogue refreshes, check runs, deliveries of new requests, status polls) and
print ``day-end`` once they are done.

Usage: python -m benchmarks.panel_driver panel|first|day --profile-dir DIR --demo --hidden
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer

from desktop.app import launch
from desktop.cli import build_parser
from desktop.helpdesk.connector import RequestKind
from desktop.helpdesk.request_form import RequestForm
from ui.navigation import PageId

POLL_MS = 100
# The working day: a catalogue refresh every 20 minutes and a check run every half hour
# over 8 hours, 50 requests delivered, a status poll every 15 minutes.
DAY = (("refresh", 24), ("check", 16), ("request", 50), ("poll", 32))
BUILD = launch._build


class Driver:
    def __init__(self, mode: str) -> None:
        self.mode = mode
        self.app: Any = None
        self.steps: list[Callable[[], None]] = []
        self.started = False

    def build(self, *args: Any) -> Any:
        self.app = BUILD(*args)
        return self.app

    def idle(self) -> bool:
        app = self.app
        return (app is not None and app.catalogue.status().version is not None
                and app.health_control.last_summary is not None
                and not app.catalogue_bridge._busy and not app.helpdesk_bridge._flushing
                and not app.helpdesk_bridge._polling
                and app.runner._pool.activeThreadCount() == 0)

    def tick(self) -> None:
        if not self.idle():
            return
        if not self.started:
            self.started = True
            self.steps = {"panel": self.panel_steps, "day": self.day_steps,
                          "first": self.first_steps}[self.mode]()
        if self.steps:
            self.steps.pop(0)()

    def panel_steps(self) -> list[Callable[[], None]]:
        steps: list[Callable[[], None]] = [
            (lambda page=page: self.app.window.show_page(page.value)) for page in PageId]
        return [*steps, self.app.window.hide, lambda: say("hidden")]

    def first_steps(self) -> list[Callable[[], None]]:
        """Nothing opened yet: the bench clicks the icon once start-up work is done."""
        return [lambda: say("idle")]

    def day_steps(self) -> list[Callable[[], None]]:
        jobs = {"refresh": self.app.catalogue_bridge.refresh,
                "check": lambda: self.app.health_control.check_in_background(notify=False),
                "request": self.request, "poll": self.app.helpdesk_bridge.poll}
        steps: list[Callable[[], None]] = [lambda: say("day-start")]
        steps += [jobs[name] for name, _times in DAY]  # first use: imports, caches
        steps.append(lambda: say("warm"))
        for name, times in DAY:
            steps += [jobs[name]] * times
        return [*steps, lambda: say("day-end")]

    def request(self) -> None:
        service = self.app.helpdesk
        service.submit(service.build(RequestForm(RequestKind.REQUEST, "other", "Bench"), ()))
        self.app.helpdesk_bridge.flush()


def say(marker: str) -> None:
    print(marker, flush=True)


def main(argv: list[str]) -> int:
    driver = Driver(argv[0])
    launch._build = driver.build  # the app exactly as launch.py builds it, kept for driving
    timer = QTimer()
    timer.timeout.connect(driver.tick)
    QTimer.singleShot(0, lambda: timer.start(POLL_MS))
    return launch.run_app(build_parser(with_commands=False).parse_args(argv[1:]))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
