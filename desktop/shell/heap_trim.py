"""Giving freed memory back to the system after the panel's pages were released.

Deleting Qt widgets and Python objects frees their memory inside the process's malloc arenas,
but glibc keeps most of it mapped; ``malloc_trim(0)`` returns the free pages. Elsewhere (no
glibc) only the garbage collector runs.
"""

from __future__ import annotations

import ctypes
import gc
import logging
import sys

log = logging.getLogger(__name__)


def trim_heap() -> bool:
    """Collect garbage, then ask glibc to return free heap pages; whether any were returned."""
    gc.collect()
    if not sys.platform.startswith("linux"):
        return False
    try:
        trim = ctypes.CDLL(None).malloc_trim  # the C library the process already uses
    except (OSError, AttributeError):  # musl and others have no malloc_trim
        log.info("malloc_trim is not available")
        return False
    return bool(trim(0))
