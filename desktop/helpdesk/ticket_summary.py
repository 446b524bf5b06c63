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
from desktop.helpdesk.request_form import (
    FREQUENCY_WORDS,
    URGENCY_WORDS,
    AccessRequest,
    Approval,
    RequestForm,
)
from desktop.helpdesk.ticket_wording import IN_ENGLISH, TicketWording

Row = Mapping[str, Any]
_FAILING = ("fail", "error")
_FACT_WORDS = {
    "memory_above": "memory above {threshold:.0f} % for {hours:.1f} h",
    "cpu_above": "processor above {threshold:.0f} % for {hours:.1f} h",
    "disk_free_below": "free disk space below {threshold:.0f} % for {hours:.1f} h",
    "network_down": "no network for {hours:.1f} h",
}


def summary_lines(
    form: RequestForm, items: Sequence[ContextItem], device: Mapping[str, Any],
    requester: Mapping[str, str], words: TicketWording = IN_ENGLISH,
) -> list[str]:
    """The summary as "Question: answer" lines, for the body's first screen, with the
    questions (and stock answers) in the ticket's language."""
    head = [f"{words('who')}: {who(requester)}", f"{words('device')}: {_device(device)}",
            f"{words('os')}: {_os(device)}"]
    urgency = f"{words('urgency')}: {URGENCY_WORDS[form.urgency]}"
    if form.access is not None:
        return [*head, f"{words('requested')}: {_requested(form.access)}",
                f"{words('why')}: {_why(form.access)}",
                f"{words('how_long')}: {form.access.duration_words()}", urgency]
    return [
        *head,
        f"{words('what_fails')}: {_failing(form, items)}",
        f"{words('since_when')}: "
        f"{since_when(rows(items, ContextKind.TIMELINE, 'events'), words)}",
        f"{words('tried')}: {_tried(items) or words('nothing_yet')}",
        f"{words('screenshot')}: {_screenshot(items) or words('none')}",
        urgency,
    ]


def who(requester: Mapping[str, str]) -> str:
    """"Alex Doe, reply to alex@acme.example (account alex)"."""
    name = requester.get("name") or requester.get("account") or "name not known"
    account = requester.get("account")
    email = requester.get("email")
    reply = f"reply to {email}" if email else "no reply address known"
    extra = f" (account {account})" if account and account != name else ""
    return f"{name}, {reply}{extra}"


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
        return f"network down since {_clock(down)}"
    facts = [_FACT_WORDS[str(r["kind"])].format(threshold=float(r.get("threshold", 0)),
                                                hours=float(r.get("hours", 0)))
             for r in timeline if r.get("type") == "fact" and r.get("kind") in _FACT_WORDS]
    boots = [float(r["value"]) for r in events if r.get("kind") == "boot"]
    signs = "; ".join(facts) or "no sign in the health timeline"
    return f"{signs} (last restart {_clock(boots[-1])})" if boots else signs


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


def _failing(form: RequestForm, items: Sequence[ContextItem]) -> str:
    if form.kind is RequestKind.ME_TOO:
        return f"affected by the announced outage {form.announcement_id}"
    found = [finding(r) for r in failing_rows(items)[:5]]
    if not found:
        return f"{form.summary} (no failing check)"
    return f"{form.summary}. Failing checks: " + "; ".join(found)


def _tried(items: Sequence[ContextItem]) -> str:
    fixes = rows(items, ContextKind.FIXES, "fixes")
    if not fixes:
        return ""
    return "; ".join(
        f"{f.get('title') or f.get('fix') or f.get('id')}: {f.get('before', '?')} → "
        f"{f.get('after', '?')}" for f in fixes[:5]
    )


def _screenshot(items: Sequence[ContextItem]) -> str:
    shot = next((i for i in items if i.kind is ContextKind.SCREENSHOT and i.included), None)
    return f"attached as {shot.attachment_name} ({shot.summary})" if shot else ""


def _requested(access: AccessRequest) -> str:
    approval = {
        Approval.MANAGER: f"needs manager approval from {access.manager}",
        Approval.IT: "needs IT approval",
        Approval.NONE: "no approval needed",
    }[access.approval]
    if not access.in_catalogue:
        return f"{access.app_name}, which is not in the catalogue yet ({approval})"
    return f"access to {access.app_name} (catalogue id {access.app_id}; {approval})"


def _why(access: AccessRequest) -> str:
    reason = " ".join(access.justification.split())
    return f"{reason} (will use it: {FREQUENCY_WORDS[access.frequency].lower()})"


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
