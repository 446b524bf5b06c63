"""Map a blocking probe over a few items at once, giving up on each at a shared deadline."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")


def map_with_deadline(
    fn: Callable[[T], R], items: Sequence[T], timeout: float, on_timeout: Callable[[T], R]
) -> list[R]:
    """``[fn(item) ...]`` computed in daemon threads; an item still running after ``timeout``
    gets ``on_timeout(item)`` instead, and nobody waits for its thread."""
    boxes: list[list[R]] = [[] for _ in items]
    threads = []
    for item, box in zip(items, boxes, strict=True):
        thread = threading.Thread(target=lambda i=item, b=box: b.append(fn(i)), daemon=True)
        thread.start()
        threads.append(thread)
    deadline = time.perf_counter() + timeout
    for thread in threads:
        thread.join(max(0.0, deadline - time.perf_counter()))
    return [box[0] if box else on_timeout(item) for item, box in zip(items, boxes, strict=True)]
