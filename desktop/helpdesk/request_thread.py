"""A request as a conversation: what was sent, IT's public replies, the employee's replies.

Where the connector reads the ticket's thread (:class:`ThreadReader`), the helpdesk's own
messages and times are shown. Where it cannot (file drop, webhook, e-mail), the thread is
what Deskmate sent, and a note says where IT's replies arrive instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from desktop.helpdesk.connector import Author, RequestKind, ThreadMessage
from desktop.helpdesk.outbox import Outbox, OutboxEntry, OutboxError

REPLIES_ARRIVE = {
    "file": "IT reads requests from a shared folder; their answer reaches you by e-mail, "
            "chat or phone, not here.",
    "webhook": "IT's answer reaches you by e-mail, chat or phone, not here.",
    "email": "IT answers by e-mail, to your address.",
}
_SUBJECT_PREFIX = "[Deskmate] "


@dataclass(frozen=True)
class RequestView:
    """One request as ``deskmate requests`` and My requests show it."""

    entry: OutboxEntry
    title: str  # the subject without the "[Deskmate]" prefix and the device name
    messages: tuple[ThreadMessage, ...]
    replies_note: str  # where replies arrive when the helpdesk cannot be read; else ""

    @property
    def last_update(self) -> datetime | None:
        return self.entry.last_update

    def to_json(self) -> dict[str, Any]:
        status = self.entry.shown_status
        return {
            "key": self.entry.key, "title": self.title, "state": self.entry.state.value,
            "status": status.value if status else None, "remote_id": self.entry.remote_id,
            "remote_url": self.entry.remote_url,
            "last_update": self.last_update.isoformat() if self.last_update else None,
            "thread": [m.to_json() for m in self.messages],
            "replies_note": self.replies_note or None,
        }


def request_views(outbox: Outbox, connector_name: str, reads_threads: bool, hostname: str
                  ) -> tuple[RequestView, ...]:
    """Every request, the most recently updated first."""
    views = [request_view(outbox, e, connector_name, reads_threads, hostname)
             for e in outbox.list()]
    return tuple(sorted(views, key=_newest, reverse=True))


def request_view(outbox: Outbox, entry: OutboxEntry, connector_name: str, reads_threads: bool,
                 hostname: str) -> RequestView:
    messages = (*_sent(outbox, entry)[:1], *entry.thread) if entry.thread else _sent(
        outbox, entry)
    note = "" if reads_threads else REPLIES_ARRIVE.get(connector_name, "")
    return RequestView(entry, title(entry.subject, hostname), messages, note)


def title(subject: str, hostname: str) -> str:
    """"VPN fails to connect" from "[Deskmate] VPN fails to connect" (and from the
    "… – laptop-042" that requests sent before 2026-12 carry)."""
    bare = subject.removeprefix(_SUBJECT_PREFIX)
    return bare.removesuffix(f" – {hostname}") if hostname else bare


def _sent(outbox: Outbox, entry: OutboxEntry) -> tuple[ThreadMessage, ...]:
    """What Deskmate sent: the request, then the typed replies (ratings are not messages)."""
    sent = [entry, *(f for f in outbox.follow_ups(entry.key) if f.kind == RequestKind.REPLY)]
    return tuple(ThreadMessage(e.key, Author.YOU, "", e.created_at, _body(outbox, e.key))
                 for e in sent)


def _body(outbox: Outbox, key: str) -> str:
    try:
        return outbox.payload(key).body
    except OutboxError:
        return "(no longer kept on this computer)"


def _newest(view: RequestView) -> datetime:
    return view.last_update or view.entry.created_at

