"""Which of the person's requests are still open, as Home lists them."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from desktop.helpdesk.connector import RemoteStatus, RequestKind
from desktop.helpdesk.outbox import OutboxEntry
from ui.requests_model import last_update, shown_subject, status_key

log = logging.getLogger(__name__)

_ASKING = (RequestKind.REQUEST.value, RequestKind.ACCESS.value)  # not ideas, +1s or replies
_DONE = (RemoteStatus.RESOLVED, RemoteStatus.CLOSED)


def open_request_lines(
    entries: Sequence[OutboxEntry], status_words: Callable[[str], str]
) -> tuple[tuple[str, str], ...]:
    """(subject, latest state in words) of each open request, most recently changed first."""
    still_open = [e for e in entries if e.kind in _ASKING and e.remote_status not in _DONE]
    still_open.sort(key=last_update, reverse=True)
    return tuple((shown_subject(e.subject), status_words(status_key(e))) for e in still_open)
