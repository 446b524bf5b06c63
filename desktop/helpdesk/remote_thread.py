"""Turning a helpdesk's list of ticket messages into Deskmate's thread.

Every helpdesk lists a ticket's messages oldest first with an id, a writer, a time, a body
(plain or HTML) and a public/internal flag; the first one is the request Deskmate sent. The
writer of that first message is Deskmate's account, so later messages by the same writer are
the employee's own replies, and anyone else's public messages are IT's.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from desktop.helpdesk.connector import Author, ThreadMessage
from desktop.helpdesk.html_text import html_text

_EPOCH = datetime.fromtimestamp(0, UTC)


@dataclass(frozen=True)
class RemoteMessage:
    """One message as a helpdesk lists it, already read from its JSON."""

    remote_id: str
    writer: str  # a stable id of the writer (user id, account id, login)
    writer_name: str  # how the thread names them
    at: datetime | None
    body: str
    html: bool = False
    public: bool = True


def replies(messages: Sequence[RemoteMessage], deskmate: str | None = None
            ) -> tuple[ThreadMessage, ...]:
    """The public messages after the first (the request itself), as the thread shows them.
    ``deskmate``: the writer id of Deskmate's account, for helpdesks whose list of messages
    does not start with the request (Jira lists only comments); then every message counts."""
    if deskmate is None:
        if not messages:
            return ()
        deskmate, messages = messages[0].writer, messages[1:]
    return tuple(
        ThreadMessage(m.remote_id, Author.YOU if m.writer == deskmate else Author.IT,
                      m.writer_name, m.at or _EPOCH,
                      html_text(m.body) if m.html else m.body.strip())
        for m in messages if m.public)
