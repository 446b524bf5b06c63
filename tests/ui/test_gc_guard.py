"""Garbage is collected on the GUI thread's timer, never by Python in a worker thread."""

from __future__ import annotations

import gc

from pytestqt.qtbot import QtBot

from desktop.shell.gc_guard import GarbageCollector


class Cycle:
    def __init__(self) -> None:
        self.me = self


def test_collects_on_the_timer_not_automatically(qtbot: QtBot) -> None:
    was_enabled = gc.isenabled()
    collector = GarbageCollector(interval_ms=10)
    collector.start()
    try:
        assert not gc.isenabled()
        gc.collect()
        for _ in range(gc.get_threshold()[0] + 10):
            Cycle()  # unreachable cycles: only a collection frees them
        assert gc.get_count()[0] > gc.get_threshold()[0]
        assert collector.check() > 0
        assert gc.get_count()[0] < gc.get_threshold()[0]
    finally:
        collector.stop()
        if not was_enabled:
            gc.disable()
