"""A check: a stable id, its category, its own time-out, and the function that decides."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from diagnostics.result import Category, Outcome


@dataclass(frozen=True)
class Check:
    id: str
    category: Category
    run: Callable[[], Outcome]
    timeout_s: float = 2.0
