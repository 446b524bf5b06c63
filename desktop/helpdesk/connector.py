"""The contract every helpdesk connector implements, and the payload it delivers.

Exceptions::

    ConnectorError
     ├── TemporaryFailure   worth retrying later (network down, 5xx, 429); may carry retry_after
     ├── PermanentFailure   will fail again as sent (4xx, bad configuration); shown to the person
     └── NotSupported       the helpdesk has no such operation (e.g. ratings)
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any, Protocol, runtime_checkable


class RequestKind(StrEnum):
    REQUEST = "request"  # a help request
    ME_TOO = "me_too"  # "+1" on a known outage announcement
    FEEDBACK = "feedback"  # "Tell IT what would make your work easier"
    ACCESS = "access"  # access to a catalogue app, or an app not in the catalogue
    REPLY = "reply"  # a follow-up on a delivered request (fields["parent_key"])
    RATING = "rating"  # a 1–5 rating of a resolved request (fields["rating"], ["parent_key"])


FOLLOW_UPS = frozenset({RequestKind.REPLY, RequestKind.RATING})  # go to an existing ticket


@dataclass(frozen=True)
class Attachment:
    name: str  # e.g. diagnostics.json, screenshot.png
    content_type: str
    data: bytes


@dataclass(frozen=True)
class TicketPayload:
    """Exactly what leaves the machine, after the person approved it in the preview."""

    idempotency_key: str  # a UUID4, stable across retries and restarts
    kind: RequestKind
    subject: str  # "[Deskmate] VPN fails to connect" (no host name: the body has it)
    body: str  # plain text for agents: five-line summary, details, list of attachments
    category: str
    urgency: str
    requester: Mapping[str, str]  # name, account, email (if known)
    fields: Mapping[str, Any] = field(default_factory=dict)  # structured extras (JSON-safe)
    attachments: tuple[Attachment, ...] = ()


class RemoteStatus(StrEnum):
    """The helpdesk's state, mapped to words the person understands."""

    QUEUED = "queued"
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    WAITING_FOR_YOU = "waiting_for_you"
    RESOLVED = "resolved"
    CLOSED = "closed"


@dataclass(frozen=True)
class SubmitResult:
    remote_id: str  # the helpdesk's ticket number, shown as "sent as #123"
    url: str | None = None  # the ticket's page for the person, where one exists


@dataclass(frozen=True)
class StatusResult:
    status: RemoteStatus
    raw_status: str  # the helpdesk's own word, kept for the agent-facing log
    updated_at: datetime | None = None
    last_message: str | None = None  # the newest agent reply, where the API gives one


class Author(StrEnum):
    """Who wrote a message of a request's thread."""

    YOU = "you"  # the employee, through Deskmate: the request itself and their replies
    IT = "it"  # an agent's public reply


@dataclass(frozen=True)
class ThreadMessage:
    """One public message of a ticket, as the helpdesk keeps it."""

    remote_id: str  # the helpdesk's id of the message (transaction, article, comment)
    author: Author
    author_name: str  # the helpdesk's name for the writer ("agent.smith")
    at: datetime  # the helpdesk's own time, with its zone
    text: str  # plain text; rich bodies are reduced to their text

    def to_json(self) -> dict[str, str]:
        return {"remote_id": self.remote_id, "author": self.author.value,
                "author_name": self.author_name, "at": self.at.isoformat(), "text": self.text}

    @classmethod
    def from_json(cls, data: Mapping[str, str]) -> ThreadMessage:
        return cls(data["remote_id"], Author(data["author"]), data["author_name"],
                   datetime.fromisoformat(data["at"]), data["text"])


class FailureKind(StrEnum):
    """Why a delivery failed, as an id the panel words in the person's language; the English
    message beside it stays for IT, the CLI and the log."""

    UNREACHABLE = "unreachable"  # no connection to the helpdesk
    TIMEOUT = "timeout"  # it did not answer in time
    INSECURE = "insecure"  # the secure connection failed (certificate, interception)
    BUSY = "busy"  # 5xx or 429: busy or unavailable
    REFUSED = "refused"  # a 4xx: the helpdesk refused the request as sent
    SIGN_IN = "sign_in"  # the helpdesk refused the credentials or the account
    NOT_SET_UP = "not_set_up"  # a setting or address IT must fix
    SECRET = "secret"  # the keychain or the stored secret
    BAD_ANSWER = "bad_answer"  # the helpdesk's answer could not be read
    TEMPORARY = "temporary"  # another failure worth retrying
    UNEXPECTED = "unexpected"  # a connector bug


class ConnectorError(Exception):
    """Base class of a connector's expected failures; ``kind`` says why, as an id."""

    default_kind = FailureKind.TEMPORARY

    def __init__(self, message: str, kind: FailureKind | None = None) -> None:
        super().__init__(message)
        self.kind = kind or self.default_kind


class TemporaryFailure(ConnectorError):
    def __init__(self, message: str, retry_after: float | None = None,
                 kind: FailureKind | None = None) -> None:
        super().__init__(message, kind)
        self.retry_after = retry_after


class PermanentFailure(ConnectorError):
    """The helpdesk refused the request; the message says why, in words for people."""

    default_kind = FailureKind.REFUSED


class NotSupported(ConnectorError):
    """This helpdesk has no such operation."""

    default_kind = FailureKind.REFUSED


class Connector(Protocol):
    """Delivers payloads to one helpdesk. Implementations are Qt-free and blocking; they run
    on the task runner. ``submit`` must be idempotent on ``payload.idempotency_key``."""

    name: str

    def submit(self, payload: TicketPayload) -> SubmitResult: ...

    def status(self, remote_id: str) -> StatusResult: ...

    def reply(
        self, remote_id: str, text: str, attachments: tuple[Attachment, ...] = (), key: str = ""
    ) -> None:
        """Add ``text`` to the ticket; ``key`` is the reply's own idempotency key (a UUID4
        from the outbox), for helpdesks that deduplicate messages."""

    def rate(self, remote_id: str, rating: int, comment: str, key: str = "") -> None: ...


@runtime_checkable
class ThreadReader(Protocol):
    """A connector whose helpdesk lets Deskmate read a ticket's public messages."""

    def thread(self, remote_id: str) -> tuple[ThreadMessage, ...]:
        """The ticket's public messages after the opening one (which Deskmate sent and keeps),
        oldest first; internal notes are left out."""
