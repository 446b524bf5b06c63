"""Text every helpdesk can take: no control characters but a body's line breaks and tabs.

A NUL is refused by file names and by PostgreSQL-backed helpdesks (a 5xx, retried forever);
CR/LF in a subject or a header is header injection; terminal escapes garble an agent's view.
Subjects, names and header values become one line; bodies keep ``\\n`` and ``\\t`` only.
"""

from __future__ import annotations

import logging
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import Any

from desktop.helpdesk.connector import TicketPayload

log = logging.getLogger(__name__)
_KEPT_IN_BODIES = frozenset("\n\t")


def one_line(text: str) -> str:
    """``text`` as one line: line breaks and tabs become single spaces, other controls go."""
    return " ".join(_without_controls(text, keep=lambda ch: ch.isspace()).split())


def has_controls(text: str) -> bool:
    """Whether ``text`` holds any control character, a line break or tab included."""
    return any(unicodedata.category(ch) == "Cc" for ch in text)


def multi_line(text: str) -> str:
    """``text`` with ``\\n`` line ends and tabs, and no other control character."""
    unified = text.replace("\r\n", "\n").replace("\r", "\n")
    return _without_controls(unified, keep=lambda ch: ch in _KEPT_IN_BODIES)


def cleaned(payload: TicketPayload) -> TicketPayload:
    """``payload`` with every text a helpdesk stores cleaned; attachment bytes are untouched."""
    return replace(
        payload,
        subject=one_line(payload.subject),
        body=multi_line(payload.body),
        category=one_line(payload.category),
        urgency=one_line(payload.urgency),
        requester={key: one_line(value) for key, value in payload.requester.items()},
        fields={key: _json_text(value) for key, value in payload.fields.items()},
        attachments=tuple(replace(a, name=one_line(a.name), content_type=one_line(a.content_type))
                          for a in payload.attachments),
    )


def _json_text(value: Any) -> Any:
    if isinstance(value, str):
        return multi_line(value)
    if isinstance(value, Mapping):
        return {key: _json_text(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_json_text(item) for item in value]
    return value


def _without_controls(text: str, keep: Callable[[str], bool]) -> str:
    return "".join(ch for ch in text if unicodedata.category(ch) != "Cc" or keep(ch))

