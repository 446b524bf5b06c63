"""Triage by IT's policy: a request's category picks a queue, group or request type, and its
urgency a priority, per connector.

Policy writes each mapping as a list of ``"key=value"`` entries, e.g.
``helpdesk.zammad.groups = ["network=Network", "access=Identity"]``. A category without an
entry keeps the connector's default target; an urgency without one keeps the connector's
default priority. Entries without ``=`` are ignored (and logged once when read).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Triage:
    """Where a request goes and how urgent the helpdesk files it."""

    routes: Mapping[str, str] = field(default_factory=dict)  # category -> target
    priorities: Mapping[str, str] = field(default_factory=dict)  # urgency -> priority

    def route(self, category: str, default: str) -> str:
        return self.routes.get(category.lower(), default)

    def priority(self, urgency: str, default: str) -> str:
        return self.priorities.get(urgency.lower(), default)


def pairs(entries: tuple[str, ...], setting: str) -> dict[str, str]:
    """``{"network": "Network"}`` from ``["network=Network"]``; keys are lower-cased."""
    found: dict[str, str] = {}
    for entry in entries:
        key, sep, value = entry.partition("=")
        if not sep or not key.strip() or not value.strip():
            log.info("Triage entry ignored", extra={"setting": setting, "entry": entry})
            continue
        found[key.strip().lower()] = value.strip()
    return found
