"""Busy detector on macOS: a Focus (do not disturb) mode is on.

macOS keeps the active Focus assertions in ``~/Library/DoNotDisturb/DB/Assertions.json``;
a non-empty ``storeAssertionRecords`` list means a Focus is on.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

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
