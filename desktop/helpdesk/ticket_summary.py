"""The first screen of a ticket: eight questions an agent asks first, answered in words.

In order: who (a name and a reply address), which device, which OS as people say it, what
fails (each failing check's title and finding), since when (from the health timeline), what
was tried (before → after), whether a screenshot is attached, and how urgent it is. An access
request answers who, device, what is requested, why, for how long, and urgency instead.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from desktop.helpdesk.check_findings import finding
from desktop.helpdesk.connector import RequestKind
from desktop.helpdesk.context import ContextItem, ContextKind
from desktop.helpdesk.request_form import AccessPeriod, AccessRequest, RequestForm
from desktop.helpdesk.ticket_wording import IN_ENGLISH, TicketWording

Row = Mapping[str, Any]
_FAILING = ("fail", "error")
_FACTS = ("memory_above", "cpu_above", "disk_free_below", "network_down")  # word ids too


def summary_lines(
    form: RequestForm, items: Sequence[ContextItem], device: Mapping[str, Any],
    requester: Mapping[str, str], words: TicketWording = IN_ENGLISH,
) -> list[str]:
    """The summary as "Question: answer" lines, for the body's first screen, with the
    questions (and stock answers) in the ticket's language."""
    head = [f"{words('who')}: {who(requester, words)}",
            f"{words('device')}: {_device(device)}", f"{words('os')}: {_os(device)}"]
    urgency = f"{words('urgency')}: {words('urgency_' + form.urgency.value)}"
    if form.access is not None:
        return [*head, f"{words('requested')}: {_requested(form.access, words)}",
                f"{words('why')}: {_why(form.access, words)}",
                f"{words('how_long')}: {duration_words(form.access.duration, words)}",
                urgency]
    return [
        *head,
        f"{words('what_fails')}: {_failing(form, items, words)}",
        f"{words('since_when')}: "
        f"{since_when(rows(items, ContextKind.TIMELINE, 'events'), words)}",
        f"{words('tried')}: {_tried(items) or words('nothing_yet')}",
        f"{words('screenshot')}: {_screenshot(items, words) or words('none')}",
        urgency,
    ]


def who(requester: Mapping[str, str], words: TicketWording = IN_ENGLISH) -> str:
    """"Alex Doe, reply to alex@acme.example (account alex)"."""
    name = requester.get("name") or requester.get("account") or words("name_unknown")
    account = requester.get("account")
    email = requester.get("email")
    reply = words("reply_to", email=email) if email else words("no_reply_address")
    extra = f" ({words('account', account=account)})" if account and account != name else ""
    return f"{name}, {reply}{extra}"


def duration_words(period: AccessPeriod, words: TicketWording = IN_ENGLISH) -> str:
    """"7 days", "1 day", "until 2026-12-24" or "permanently" (the "For how long" line)."""
    if period.days is not None:
        return words("one_day") if period.days == 1 else words("days", n=period.days)
    if period.until is not None:
        return words("until", date=period.until.isoformat())
    return words("permanently")


def failing_rows(items: Sequence[ContextItem]) -> list[Row]:
    return [r for r in rows(items, ContextKind.DIAGNOSTICS, "checks")
            if str(r.get("status", "")) in _FAILING]


def since_when(timeline: Sequence[Row], words: TicketWording = IN_ENGLISH) -> str:
    """The first sign in the timeline: a network outage, a long stretch, or the last restart."""
    if not timeline:
        return words("no_timeline")
    events = [r for r in timeline if r.get("type") == "event" or "at" in r]
    down = _open_outage(events)
    if down is not None:
        return words("network_down_since", time=_clock(down))
    facts = [words(str(r["kind"]), threshold=float(r.get("threshold", 0)),
                   hours=float(r.get("hours", 0)))
             for r in timeline if r.get("type") == "fact" and r.get("kind") in _FACTS]
    boots = [float(r["value"]) for r in events if r.get("kind") == "boot"]
    signs = "; ".join(facts) or words("no_sign")
    return words("last_restart", signs=signs, time=_clock(boots[-1])) if boots else signs


def rows(items: Sequence[ContextItem], kind: ContextKind, key: str) -> list[Row]:
    """The rows under ``key`` of the included item of ``kind`` (as JSON), or none."""
    for item in items:
        if item.kind is kind and item.included:
            found = json.loads(item.data.decode("utf-8")).get(key, [])
            return [r for r in found if isinstance(r, Mapping)]
    return []


def _device(device: Mapping[str, Any]) -> str:
    parts = (device.get("hostname"), device.get("model"), device.get("architecture"))
    return ", ".join(dict.fromkeys(str(p) for p in parts if p)) or "unknown"  # model may be
    # the architecture again where the machine does not say (a VM)


def _os(device: Mapping[str, Any]) -> str:
    return str(device.get("os_name") or device.get("os_release") or device.get("os")
               or "not known")


def _failing(form: RequestForm, items: Sequence[ContextItem], words: TicketWording) -> str:
    if form.kind is RequestKind.ME_TOO:
        return words("outage_affected", id=form.announcement_id)
    found = [finding(r) for r in failing_rows(items)[:5]]
    if not found:
        return words("no_failing_check", summary=form.summary)
    return words("with_failing", summary=form.summary, found="; ".join(found))


def _tried(items: Sequence[ContextItem]) -> str:
    fixes = rows(items, ContextKind.FIXES, "fixes")
    if not fixes:
        return ""
    return "; ".join(
        f"{f.get('title') or f.get('fix') or f.get('id')}: {f.get('before', '?')} → "
        f"{f.get('after', '?')}" for f in fixes[:5]
    )


def _screenshot(items: Sequence[ContextItem], words: TicketWording) -> str:
    shot = next((i for i in items if i.kind is ContextKind.SCREENSHOT and i.included), None)
    return words("attached_as", name=shot.attachment_name, summary=shot.summary) if shot else ""


def _requested(access: AccessRequest, words: TicketWording) -> str:
    approval = words(f"approval_{access.approval.value}", manager=access.manager)
    if not access.in_catalogue:
        return words("requested_new", app=access.app_name, approval=approval)
    return words("requested_access", app=access.app_name, id=access.app_id, approval=approval)


def _why(access: AccessRequest, words: TicketWording) -> str:
    reason = " ".join(access.justification.split())
    return words("why_use", reason=reason, frequency=words(f"frequency_{access.frequency.value}"))


def _open_outage(events: Sequence[Row]) -> float | None:
    """When the network went down, if it has not come back since."""
    down: float | None = None
    for event in events:
        if event.get("kind") == "network_down":
            down = down if down is not None else float(event.get("at", 0))
        elif event.get("kind") == "network_up":
            down = None
    return down


def _clock(at: float) -> str:
    return datetime.fromtimestamp(at).astimezone().strftime("%Y-%m-%d %H:%M %Z")
