"""Context gathering and the payload layout: summary first, only approved items, size limits."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from desktop.helpdesk.connector import RequestKind
from desktop.helpdesk.context import ContextKind, ContextSources, gather_context, png_size
from desktop.helpdesk.payload import PayloadLimits, build_payload
from desktop.helpdesk.payload_json import payload_from_json, payload_to_json
from desktop.helpdesk.redact import Redactor
from desktop.helpdesk.request_form import (
    InvalidRequestError,
    RequestForm,
    Urgency,
    matching_outages,
)

PNG = (b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + (800).to_bytes(4, "big")
       + (600).to_bytes(4, "big") + b"\x00" * 1000)
DEVICE = {"hostname": "laptop-042", "os_release": "Windows 10", "os_name": "Windows 11 23H2",
          "model": "ThinkPad T14", "architecture": "AMD64", "account": "alex",
          "full_name": "Alex Doe", "email": "alex@acme.example"}
CHECKS = [
    {"id": "system.disk", "status": "ok"},
    {"id": "network.internet", "status": "fail", "facts": {"error": "name not resolved"}},
    {"id": "network.dns", "status": "warn"},
]
DOWN_AT = datetime(2026, 11, 30, 9, 12).timestamp()
TIMELINE = [{"type": "fact", "kind": "memory_above", "threshold": 90.0, "hours": 3.0},
            {"type": "event", "at": DOWN_AT - 3600, "kind": "boot", "value": DOWN_AT - 3600},
            {"type": "event", "at": DOWN_AT, "kind": "network_down", "value": 0.0}]
FIXES = [{"title": "Restart VPN client", "before": "fail", "after": "fail"}]


def _sources(tmp_path: Path) -> ContextSources:
    log_file = tmp_path / "deskmate.log.jsonl"
    log_file.write_text("".join(f"line {i}\n" for i in range(500)), encoding="utf-8")
    return ContextSources(
        diagnostics=lambda: CHECKS, device=lambda: DEVICE, timeline=lambda: TIMELINE,
        fixes=lambda: FIXES, log_file=log_file, log_lines=50, screenshot=lambda: PNG,
    )


def _form(**kw: object) -> RequestForm:
    base: dict[str, object] = {"kind": RequestKind.REQUEST, "category": "network",
                               "summary": "VPN fails to connect", "details": "Since 9:00.",
                               "urgency": Urgency.HIGH}
    return RequestForm(**{**base, **kw})  # type: ignore[arg-type]


def test_context_items_failing_first_with_previews(tmp_path: Path) -> None:
    items = gather_context(_sources(tmp_path), Redactor())
    assert [i.kind for i in items] == [ContextKind.DIAGNOSTICS, ContextKind.DEVICE,
                                       ContextKind.TIMELINE, ContextKind.FIXES, ContextKind.LOG,
                                       ContextKind.SCREENSHOT]
    checks = json.loads(items[0].data)["checks"]
    assert [c["id"] for c in checks] == ["network.internet", "network.dns", "system.disk"]
    assert items[0].summary == "1 failing, 1 warning of 3 checks"
    assert items[4].preview_text.splitlines() == [f"line {i}" for i in range(450, 500)]
    assert items[5].summary.startswith("800×600")
    assert png_size(b"nope") is None


def test_broken_source_is_left_out(tmp_path: Path) -> None:
    def broken() -> list[dict[str, str]]:
        raise OSError("no history database")

    items = gather_context(ContextSources(timeline=broken, device=lambda: DEVICE), Redactor())
    assert [i.kind for i in items] == [ContextKind.DEVICE]


def test_payload_layout(tmp_path: Path) -> None:
    items = gather_context(_sources(tmp_path), Redactor())
    payload = build_payload(_form(), items, DEVICE, Redactor(), idempotency_key="k-1")
    assert payload.subject == "[Deskmate] VPN fails to connect"
    lines = payload.body.splitlines()
    assert lines[:8] == [
        "Who: Alex Doe, reply to alex@acme.example (account alex)",
        "Device: laptop-042, ThinkPad T14, AMD64",
        "OS: Windows 11 23H2",
        "What fails: VPN fails to connect. Failing checks: "
        "Internet: cannot reach the internet (DNS does not resolve)",
        f"Since when: network down since {_clock(DOWN_AT)}",
        "What was tried: Restart VPN client: fail → fail",
        "Screenshot: attached as screenshot.png (800×600, 1 KB)",
        "Urgency: High – I can barely work",
    ]
    assert lines[9:11] == ["Details:", "Since 9:00."]
    assert [a.name for a in payload.attachments] == [
        "report.html", "diagnostics.json", "device.json", "timeline.json", "fixes.json",
        "deskmate.log",
        "screenshot.png"]
    assert "- screenshot.png (" in payload.body
    assert payload.fields["failing_checks"] == ["network.internet"]
    assert "access" not in payload.fields  # only access requests carry the access part
    assert payload_from_json(payload_to_json(payload, with_data=True)) == payload


def _clock(at: float) -> str:
    return datetime.fromtimestamp(at).astimezone().strftime("%Y-%m-%d %H:%M %Z")


def test_unchecked_items_are_never_sent(tmp_path: Path) -> None:
    items = tuple(i.with_included(i.kind not in (ContextKind.SCREENSHOT, ContextKind.FIXES))
                  for i in gather_context(_sources(tmp_path), Redactor()))
    payload = build_payload(_form(), items, DEVICE, Redactor())
    names = [a.name for a in payload.attachments]
    assert "screenshot.png" not in names
    assert "fixes.json" not in names
    assert "What was tried: nothing yet" in payload.body
    assert "Screenshot: none" in payload.body
    assert "Restart VPN client" not in json.dumps(payload_to_json(payload, with_data=True))


def test_size_limits_cut_logs_and_leave_out_large_items(tmp_path: Path) -> None:
    items = gather_context(_sources(tmp_path), Redactor())
    limits = PayloadLimits(max_attachment_bytes=200, max_total_bytes=100_000)
    payload = build_payload(_form(), items, DEVICE, Redactor(), limits)
    log = next(a for a in payload.attachments if a.name == "deskmate.log")
    assert len(log.data) <= 200
    assert log.data.rstrip().endswith(b"line 499")
    assert "screenshot.png left out: larger than the size limit" in payload.body
    assert all(len(a.data) <= 200 for a in payload.attachments)


def test_me_too_and_incomplete_forms() -> None:
    me_too = _form(kind=RequestKind.ME_TOO, summary="", announcement_id="out-7",
                   announcement_title="VPN outage in Berlin")
    payload = build_payload(me_too, (), DEVICE, Redactor())
    assert payload.subject == "[Deskmate] Me too: VPN outage in Berlin"
    assert payload.fields["announcement_id"] == "out-7"
    with pytest.raises(InvalidRequestError, match="one line") as caught:
        build_payload(_form(summary="  "), (), DEVICE, Redactor())
    assert caught.value.field == "summary"
    with pytest.raises(InvalidRequestError):
        build_payload(_form(kind=RequestKind.ME_TOO), (), DEVICE, Redactor())


def test_matching_outages() -> None:
    from dataclasses import dataclass

    @dataclass(frozen=True)
    class Outage:
        id: str
        title: str
        body: str
        affects: tuple[str, ...]

    vpn = Outage("1", "VPN down", "", ("network",))
    mail = Outage("2", "Mail slow", "", ("software",))
    everyone = Outage("3", "Power", "", ())
    assert matching_outages([vpn, mail, everyone], "Network") == (vpn, everyone)


def _controls(text: str, allowed: str = "") -> list[str]:
    import unicodedata

    return [ch for ch in text if unicodedata.category(ch) == "Cc" and ch not in allowed]


def test_control_characters_never_reach_a_helpdesk(tmp_path: Path) -> None:
    """NUL made Postgres-backed helpdesks and file names fail; CR/LF in a subject is header
    injection in e-mail. Subjects become one clean line; bodies keep only line breaks and tabs."""
    device = {**DEVICE, "hostname": "laptop\x00-042", "full_name": "Alex\x1b[31m Doe"}
    form = _form(summary="VPN\x00 fails", details="Since\x00 9:00.\r\nBcc: x@evil\x07\tok")
    payload = build_payload(form, (), device, Redactor(), idempotency_key="k-1")
    assert _controls(payload.subject) == []
    assert payload.subject == "[Deskmate] VPN fails"
    assert _controls(payload.body, allowed="\n\t") == []
    assert "Since 9:00.\nBcc: x@evil\tok" in payload.body
    assert payload.requester["name"] == "Alex[31m Doe"
    announced = build_payload(_form(kind=RequestKind.ME_TOO, announcement_id="a-1",
                                    announcement_title="Mail\r\nBcc: x@evil down"),
                              (), DEVICE, Redactor(), idempotency_key="k-2")
    assert announced.subject == "[Deskmate] Me too: Mail Bcc: x@evil down"


def test_a_queued_payload_is_cleaned_when_it_is_read_back() -> None:
    """Requests queued before the cleaning existed still sit in outboxes with raw text."""
    from desktop.helpdesk.connector import Attachment, TicketPayload

    raw = TicketPayload("k-3", RequestKind.REQUEST, "Disk\r\nBcc: x@evil", "a\x00b\r\nc",
                        "disk", "normal", {"account": "al\x00ex"},
                        attachments=(Attachment("log\x00.txt", "text/plain", b"\x00ok"),))
    again = payload_from_json(payload_to_json(raw, with_data=True))
    assert again.subject == "Disk Bcc: x@evil"
    assert again.body == "ab\nc"
    assert again.requester == {"account": "alex"}
    assert again.attachments == (Attachment("log.txt", "text/plain", b"\x00ok"),)  # bytes kept


def test_empty_items_are_not_attached() -> None:
    items = gather_context(
        ContextSources(device=lambda: DEVICE, timeline=lambda: [], fixes=lambda: [],
                       install_log=lambda: "  \n"),
        Redactor(),
    )
    assert [i.kind for i in items] == [ContextKind.DEVICE]  # no "Fixes already tried — 0"
