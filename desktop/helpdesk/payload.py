"""Builds the exact TicketPayload a helpdesk agent receives from the form and approved items.

Layout of the body: the eight-question summary of :mod:`desktop.helpdesk.ticket_summary`,
then the details, then the attachment list. Only items the person left checked
are attached, within the size limits; every text is redacted again here, and cleaned of
control characters (:mod:`desktop.helpdesk.plain_text`), also when read back from the outbox.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from desktop import __version__
from desktop.helpdesk.connector import Attachment, RequestKind, TicketPayload
from desktop.helpdesk.context import ContextItem, ContextKind
from desktop.helpdesk.plain_text import cleaned
from desktop.helpdesk.redact import Redactor
from desktop.helpdesk.report_html import report_html
from desktop.helpdesk.request_form import RequestForm
from desktop.helpdesk.ticket_summary import failing_rows, summary_lines
from desktop.helpdesk.ticket_wording import IN_ENGLISH, TicketWording

_REPORTED = frozenset({ContextKind.DIAGNOSTICS, ContextKind.TIMELINE, ContextKind.FIXES})
_TRUNCATED = "[… older lines left out to respect the size limit …]\n"


def new_key() -> str:
    """A fresh idempotency key: a random UUID."""
    import uuid  # loaded when a request is written, not in the tray all day

    return str(uuid.uuid4())


@dataclass(frozen=True)
class PayloadLimits:
    max_attachment_bytes: int = 5_000_000
    max_total_bytes: int = 10_000_000


def build_payload(
    form: RequestForm,
    items: Sequence[ContextItem],
    device: Mapping[str, Any],
    redactor: Redactor,
    limits: PayloadLimits = PayloadLimits(),
    idempotency_key: str | None = None,
    words: TicketWording = IN_ENGLISH,
) -> TicketPayload:
    """The payload for ``form``; raises InvalidRequestError when the form is incomplete.

    ``words``: the ticket's language (``helpdesk.language``) for its questions and headings.
    """
    form = form.checked()
    key = idempotency_key or new_key()
    hostname = str(device.get("hostname", "unknown device"))
    attachments, left_out = _attachments(
        (*_report(redactor.text(_subject(form, words)), items, words), *items), limits)
    requester = {"name": redactor.text(str(device.get("full_name", ""))),
                 "account": redactor.text(str(device.get("account", ""))),
                 "email": redactor.text(str(device.get("email", "")))}
    body = "\n".join((
        *summary_lines(form, items, device, requester, words),
        "",
        *_details_lines(form, redactor, words),
        "",
        *_attachment_lines(attachments, left_out, words),
        "",
        words("sent_by", version=__version__, key=key),
    ))
    return cleaned(TicketPayload(
        idempotency_key=key,
        kind=form.kind,
        subject=redactor.text(_subject(form, words)),
        body=redactor.text(body),
        category=redactor.text(form.category),
        urgency=form.urgency.value,
        requester={k: v for k, v in requester.items() if v},
        fields=redactor.data(_fields(form, items, hostname)),
        attachments=attachments,
    ))


def _report(subject: str, items: Sequence[ContextItem],
            words: TicketWording) -> tuple[ContextItem, ...]:
    """report.html when any item it reads is included: the agent's first attachment."""
    if not any(i.included and i.kind in _REPORTED for i in items):
        return ()
    return (ContextItem(ContextKind.REPORT, "Readable report", "report.html", "text/html",
                        report_html(subject, items, words), "one page for people"),)


def _subject(form: RequestForm, words: TicketWording) -> str:
    """The ticket's title: the problem alone. The device is the summary's second answer; a
    host name in the title is noise in the agent's list (and names the machine to anyone who
    sees the subject line)."""
    if form.kind is RequestKind.ME_TOO:
        title = form.announcement_title or form.announcement_id or ""
        return f"[Deskmate] {words('subject_me_too', title=title)}"
    if form.kind is RequestKind.FEEDBACK:
        return f"[Deskmate] {words('subject_feedback', summary=form.summary)}"
    if form.access is not None:
        what = "subject_access" if form.access.in_catalogue else "subject_app"
        return f"[Deskmate] {words(what, app=form.access.app_name)}"
    return f"[Deskmate] {form.summary}"


def _details_lines(form: RequestForm, redactor: Redactor, words: TicketWording) -> list[str]:
    details = redactor.text(form.details) if form.details else words("none_given")
    return [f"{words('details')}:", details]


def _attachment_lines(attachments: Sequence[Attachment], left_out: Sequence[str],
                      words: TicketWording) -> list[str]:
    lines = [f"{words('attachments')}:"]
    lines += ([f"- {a.name} ({_size(len(a.data))})" for a in attachments]
              or [f"- {words('no_attachments')}"])
    lines += [f"- {name} left out: larger than the size limit" for name in left_out]
    return lines


def _attachments(
    items: Sequence[ContextItem], limits: PayloadLimits
) -> tuple[tuple[Attachment, ...], tuple[str, ...]]:
    chosen: list[Attachment] = []
    left_out: list[str] = []
    room = limits.max_total_bytes
    for item in items:
        if not item.included:
            continue
        data = _fit(item, min(limits.max_attachment_bytes, room))
        if data is None:
            left_out.append(item.attachment_name)
            continue
        chosen.append(Attachment(item.attachment_name, item.content_type, data))
        room -= len(data)
    return tuple(chosen), tuple(left_out)


def _fit(item: ContextItem, limit: int) -> bytes | None:
    """The item's bytes within ``limit``: logs keep their newest lines, others fit or not."""
    if len(item.data) <= limit:
        return item.data
    if item.kind not in (ContextKind.LOG, ContextKind.INSTALL_LOG):
        return None
    marker = _TRUNCATED.encode("utf-8")
    keep = limit - len(marker)
    if keep <= 0:
        return None
    tail = item.data[-keep:]
    newline = tail.find(b"\n")
    tail = tail[newline + 1:] if newline >= 0 else tail
    return marker + tail.decode("utf-8", errors="ignore").encode("utf-8")


def _fields(form: RequestForm, items: Sequence[ContextItem], hostname: str) -> dict[str, Any]:
    """Every field, unredacted: the caller redacts the whole mapping at once."""
    failing = [str(c.get("id")) for c in failing_rows(items)]
    fields: dict[str, Any] = {"deskmate_version": __version__, "hostname": hostname,
                              "failing_checks": failing}
    if form.announcement_id:
        fields["announcement_id"] = form.announcement_id
    if form.access is not None:
        fields["access"] = form.access.as_fields()
    return fields


def _size(n: int) -> str:
    if n < 1024:
        return f"{n} B"
    return f"{n / 1024:.1f} KB" if n < 1024 * 1024 else f"{n / 1024 / 1024:.1f} MB"
