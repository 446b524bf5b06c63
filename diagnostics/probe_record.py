"""What one probe of the network was, for whoever keeps a record (the activity ledger).

Diagnostics know nothing of that record: the front end hands a :data:`ProbeRecorder` in.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class ProbeRecord:
    """One probe: why, where, how it ended, and the bytes it read."""

    purpose: str  # "clock check" or "health probe"
    method: str  # "GET" or "TCP"
    host: str
    port: int | None
    result: str  # "answered", "connected", or the reason it failed
    status: int | None
    bytes_received: int
    seconds: float


ProbeRecorder = Callable[[ProbeRecord], None]
