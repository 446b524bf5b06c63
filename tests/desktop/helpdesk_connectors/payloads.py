"""Help-request payloads for the connector tests."""

from __future__ import annotations

import uuid

from desktop.helpdesk.connector import Attachment, RequestKind, TicketPayload

# Every byte value, so a text-mode or encoding slip anywhere corrupts the screenshot.
PNG_BYTES = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
DIAGNOSTICS = b'{"checks": [{"id": "vpn", "status": "fail"}], "note": "caf\xc3\xa9"}'


def make_payload(*, attachments: bool = True, email: str = "ada@example.com") -> TicketPayload:
    files = (
        Attachment("diagnostics.json", "application/json", DIAGNOSTICS),
        Attachment("screenshot.png", "image/png", PNG_BYTES),
    )
    requester = {"name": "Ada Lovelace", "account": "ada"}
    if email:
        requester["email"] = email
    return TicketPayload(
        idempotency_key=str(uuid.uuid4()),
        kind=RequestKind.REQUEST,
        subject="[Deskmate] VPN fails to connect",
        body="Who: Ada Lovelace\nDevice: laptop-042\nFailing: VPN\nTried: restart\nUrgency: high",
        category="network",
        urgency="high",
        requester=requester,
        fields={"failing_checks": ["network.vpn"]},
        attachments=files if attachments else (),
    )


# The body above as a helpdesk that renders HTML receives it: the summary as a table.
BODY_HTML = "<table>" + "".join(
    f'<tr><th align="left" valign="top">{q}</th><td>{a}</td></tr>'
    for q, a in (("Who", "Ada Lovelace"), ("Device", "laptop-042"), ("Failing", "VPN"),
                 ("Tried", "restart"), ("Urgency", "high"))) + "</table>"
