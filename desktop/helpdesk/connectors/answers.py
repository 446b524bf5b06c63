"""Reading a helpdesk's JSON answers: objects and fields that must be there, ticket numbers,
times, and the small encodings requests need. Every surprise is a ``PermanentFailure`` that
names what was missing."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Any

from desktop.helpdesk.connector import PermanentFailure

_URGENCY = {"low": 1, "normal": 2, "medium": 2, "high": 3, "critical": 4, "urgent": 4}


def expect_mapping(value: Any, helpdesk: str, what: str) -> Mapping[str, Any]:
    """``value`` if it is a JSON object, else a clear failure naming what was expected."""
    if not isinstance(value, Mapping):
        raise PermanentFailure(f"{helpdesk} sent an unexpected answer: {what} is missing.")
    return value


def field(data: Mapping[str, Any], key: str, helpdesk: str) -> Any:
    """``data[key]``, or a clear failure when the helpdesk's answer lacks it."""
    if key not in data or data[key] is None:
        raise PermanentFailure(f"{helpdesk} sent an unexpected answer without {key!r}.")
    return data[key]


def numeric_id(remote_id: str, helpdesk: str) -> int:
    """A ticket number from a stored remote id, or a clear failure for anything else."""
    if not remote_id.strip().isdigit():
        raise PermanentFailure(f"{remote_id!r} is not a {helpdesk} ticket number.")
    return int(remote_id)


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def parse_time(value: Any) -> datetime | None:
    """An ISO 8601 or ``YYYY-MM-DD HH:MM:SS`` (UTC) timestamp, or ``None``."""
    if not isinstance(value, str) or not value or value.startswith("1970-01-01"):
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def json_dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def names(items: Iterable[Mapping[str, Any]], key: str) -> set[str]:
    """The set of ``item[key]`` strings, e.g. file names already attached to a ticket."""
    return {str(item[key]) for item in items if isinstance(item, Mapping) and key in item}


def urgency_level(urgency: str) -> int:
    """1 (low) to 4 (urgent) from the form's urgency word; unknown words count as normal."""
    return _URGENCY.get(urgency.strip().lower(), 2)
