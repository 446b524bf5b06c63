"""The JSON form of a :class:`TicketPayload`: for ``--dry-run --json``, the outbox, the file
drop and the webhook. Reading it back cleans it (:mod:`desktop.helpdesk.plain_text`)."""

from __future__ import annotations

import base64
from collections.abc import Mapping
from typing import Any

from desktop.helpdesk.connector import Attachment, RequestKind, TicketPayload
from desktop.helpdesk.plain_text import cleaned
from desktop.sha256 import sha256_hex


def payload_to_json(payload: TicketPayload, with_data: bool = False) -> dict[str, Any]:
    """A JSON-able view of the payload, for ``--dry-run --json`` and the outbox."""
    attachments = []
    for a in payload.attachments:
        entry: dict[str, Any] = {"name": a.name, "content_type": a.content_type,
                                 "size": len(a.data), "sha256": sha256_hex(a.data)}
        if with_data:
            entry["data_base64"] = base64.b64encode(a.data).decode("ascii")
        attachments.append(entry)
    return {
        "idempotency_key": payload.idempotency_key, "kind": payload.kind.value,
        "subject": payload.subject, "body": payload.body, "category": payload.category,
        "urgency": payload.urgency, "requester": dict(payload.requester),
        "fields": dict(payload.fields), "attachments": attachments,
    }


def payload_from_json(data: Mapping[str, Any]) -> TicketPayload:
    """The inverse of :func:`payload_to_json` with ``with_data=True``, cleaned: requests queued
    by an older version may still hold control characters."""
    return cleaned(TicketPayload(
        idempotency_key=data["idempotency_key"], kind=RequestKind(data["kind"]),
        subject=data["subject"], body=data["body"], category=data["category"],
        urgency=data["urgency"], requester=dict(data["requester"]), fields=dict(data["fields"]),
        attachments=tuple(
            Attachment(a["name"], a["content_type"], base64.b64decode(a["data_base64"]))
            for a in data["attachments"]
        ),
    ))
