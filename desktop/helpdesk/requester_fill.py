"""A connector wrapper that gives a queued request the person's address when it lacks one.

A request queued before the address was known (typed later in Settings, or set by IT's policy
afterwards) would fail the same way on every retry where the helpdesk requires a requester;
filling it in at delivery time makes "type your work e-mail, then send again" work.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace

from desktop.helpdesk.connector import (
    Attachment,
    Connector,
    StatusResult,
    SubmitResult,
    TicketPayload,
)

log = logging.getLogger(__name__)


class WithRequester:
    """:class:`Connector` that delegates to ``inner``, filling ``requester["email"]`` first."""

    def __init__(self, inner: Connector, email: Callable[[], str]) -> None:
        self.name = inner.name
        self._inner = inner
        self._email = email

    def submit(self, payload: TicketPayload) -> SubmitResult:
        if not payload.requester.get("email"):
            email = self._email()
            if email:
                payload = replace(payload, requester={**payload.requester, "email": email})
        return self._inner.submit(payload)

    def status(self, remote_id: str) -> StatusResult:
        return self._inner.status(remote_id)

    def reply(self, remote_id: str, text: str, attachments: tuple[Attachment, ...] = (),
              key: str = "") -> None:
        self._inner.reply(remote_id, text, attachments, key=key)

    def rate(self, remote_id: str, rating: int, comment: str, key: str = "") -> None:
        self._inner.rate(remote_id, rating, comment, key=key)
