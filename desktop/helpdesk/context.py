"""Gathers the context a help request may carry, each item redacted, previewable and optional.

Inputs are plain data and callables (no diagnostics API is imported): the composition root
adapts whatever the health service returns into JSON-able mappings. A source that fails is
left out and logged; it never stops the form from opening.
"""

from __future__ import annotations

import getpass
import json
import logging
import platform
import socket
import struct
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path
from typing import Any

from desktop import __version__
from desktop.helpdesk.os_name import os_name
from desktop.helpdesk.redact import Redactor
from desktop.log_setup import tail_log

log = logging.getLogger(__name__)
JsonRows = Sequence[Mapping[str, Any]]
_STATUS_ORDER = {"fail": 0, "error": 1, "warn": 2, "ok": 3, "skipped": 4}


class ContextKind(StrEnum):
    DIAGNOSTICS = "diagnostics"
    DEVICE = "device"
    TIMELINE = "timeline"
    FIXES = "fixes"
    LOG = "log"
    INSTALL_LOG = "install_log"
    SCREENSHOT = "screenshot"
    OWN_FILE = "own_file"  # a file the person chose to attach
    ACTIVITY = "activity"  # the recent activity record: offered, never ticked by default
    REPORT = "report"  # report.html, built from the other items when the payload is built


@dataclass(frozen=True)
class ContextItem:
    """One attachment candidate, already redacted: what the preview shows is what is sent."""

    kind: ContextKind
    title: str  # "Diagnostics snapshot"
    attachment_name: str  # "diagnostics.json"
    content_type: str
    data: bytes
    summary: str  # one line for the form: "2 failing, 1 warning of 14 checks"
    included: bool = True

    @property
    def preview_text(self) -> str:
        """The item as text for the "View" dialog (images are described, not dumped)."""
        if self.content_type.startswith("image/"):
            return self.summary
        return self.data.decode("utf-8", errors="replace")

    def with_included(self, included: bool) -> ContextItem:
        return replace(self, included=included)


@dataclass(frozen=True)
class ContextSources:
    """Where each item comes from; ``None`` leaves the item out."""

    diagnostics: Callable[[], JsonRows] | None = None  # check results: id, title, status, …
    device: Callable[[], Mapping[str, Any]] | None = None  # default: :func:`device_facts`
    timeline: Callable[[], JsonRows] | None = None
    fixes: Callable[[], JsonRows] | None = None  # fix, before, after, when
    log_file: Path | None = None
    log_lines: int = 200
    install_log: Callable[[], str] | None = None  # only for install/catalogue requests
    screenshot: Callable[[], bytes | None] | None = None  # PNG taken before the panel opened
    activity: Callable[[], JsonRows] | None = None  # what Deskmate did in the last 24 hours


def device_facts() -> dict[str, Any]:
    """Hostname, OS, model, account, IP addresses and Deskmate version of this computer."""
    return {
        "hostname": socket.gethostname(),
        "os": platform.platform(),
        "os_release": f"{platform.system()} {platform.release()}",
        "os_name": os_name(),
        "model": _model(),
        "architecture": platform.machine(),
        "account": _account(),
        "ip_addresses": _ip_addresses(),
        "deskmate_version": __version__,
    }


def gather_context(sources: ContextSources, redactor: Redactor) -> tuple[ContextItem, ...]:
    """Every item the sources can give now, in attachment order, all checked by default."""
    builders: tuple[Callable[[], ContextItem | None], ...] = (
        lambda: _diagnostics_item(sources, redactor),
        lambda: _json_item(ContextKind.DEVICE, "Device facts", "device.json",
                           sources.device or device_facts, redactor, _device_summary),
        lambda: _rows_item(ContextKind.TIMELINE, "Health timeline", "timeline.json",
                           sources.timeline, redactor, ("events", "event")),
        lambda: _rows_item(ContextKind.FIXES, "Fixes already tried", "fixes.json",
                           sources.fixes, redactor, ("fixes", "fix")),
        lambda: _log_item(sources, redactor),
        lambda: _install_log_item(sources, redactor),
        lambda: _screenshot_item(sources),
        lambda: _activity_item(sources, redactor),
    )
    items = []
    for build in builders:
        try:
            item = build()
        except Exception as exc:  # one broken source must not stop a request for help
            log.info("Context item left out", extra={"error": f"{type(exc).__name__}: {exc}"})
            continue
        if item is not None:
            items.append(item)
    return tuple(items)


def failing_first(rows: JsonRows) -> list[Mapping[str, Any]]:
    return sorted(rows, key=lambda r: _STATUS_ORDER.get(str(r.get("status", "")).lower(), 5))


def _diagnostics_item(sources: ContextSources, redactor: Redactor) -> ContextItem | None:
    if sources.diagnostics is None:
        return None
    rows = failing_first(sources.diagnostics())
    counts = {s: sum(1 for r in rows if r.get("status") == s) for s in ("fail", "error", "warn")}
    summary = (f"{counts['fail'] + counts['error']} failing, {counts['warn']} warning "
               f"of {len(rows)} checks")
    return _item(ContextKind.DIAGNOSTICS, "Diagnostics snapshot", "diagnostics.json",
                 {"checks": rows}, redactor, summary)


def _json_item(
    kind: ContextKind, title: str, name: str, source: Callable[[], Mapping[str, Any]],
    redactor: Redactor, summarise: Callable[[Mapping[str, Any]], str],
) -> ContextItem:
    value = source()
    return _item(kind, title, name, value, redactor, summarise(value))


def _rows_item(
    kind: ContextKind, title: str, name: str, source: Callable[[], JsonRows] | None,
    redactor: Redactor, nouns: tuple[str, str],
) -> ContextItem | None:
    if source is None:
        return None
    rows = list(source())
    if not rows:
        return None  # "Fixes already tried — 0" tells IT nothing: not attached
    word = nouns[1] if len(rows) == 1 else nouns[0]
    return _item(kind, title, name, {nouns[0]: rows}, redactor, f"{len(rows)} {word}")


def _item(
    kind: ContextKind, title: str, name: str, value: Any, redactor: Redactor, summary: str
) -> ContextItem:
    text = json.dumps(redactor.data(value), indent=2, ensure_ascii=False, default=str)
    return ContextItem(kind, title, name, "application/json", text.encode("utf-8"), summary)


def _log_item(sources: ContextSources, redactor: Redactor) -> ContextItem | None:
    if sources.log_file is None or sources.log_lines <= 0:
        return None
    lines = tail_log(sources.log_file, sources.log_lines)
    if not lines:
        return None
    text = redactor.text("\n".join(lines) + "\n")
    return ContextItem(ContextKind.LOG, "Deskmate log", "deskmate.log", "text/plain",
                       text.encode("utf-8"), f"last {len(lines)} lines")


def _install_log_item(sources: ContextSources, redactor: Redactor) -> ContextItem | None:
    if sources.install_log is None:
        return None
    text = redactor.text(sources.install_log())
    if not text.strip():
        return None
    lines = text.count("\n") + (1 if text and not text.endswith("\n") else 0)
    return ContextItem(ContextKind.INSTALL_LOG, "Install log", "install.log", "text/plain",
                       text.encode("utf-8"), f"{lines} lines")


def _screenshot_item(sources: ContextSources) -> ContextItem | None:
    png = sources.screenshot() if sources.screenshot else None
    if not png:
        return None
    size = png_size(png)
    dims = f"{size[0]}×{size[1]}, " if size else ""
    return ContextItem(ContextKind.SCREENSHOT, "Screenshot", "screenshot.png", "image/png", png,
                       f"{dims}{len(png) // 1024} KB")


def _activity_item(sources: ContextSources, redactor: Redactor) -> ContextItem | None:
    """The activity record never leaves the computer unless the person ticks it."""
    item = _rows_item(ContextKind.ACTIVITY, "What Deskmate did recently", "activity.json",
                      sources.activity, redactor, ("entries", "entry"))
    if item is None:
        return None
    return replace(item, summary=f"{item.summary} in the last 24 hours", included=False)


def own_file_item(path: Path) -> ContextItem:
    """A file the person picked, attached as it is (they chose it; it is not redacted).
    Raises OSError when it cannot be read; the payload leaves out what is over the limits."""
    import mimetypes  # only when a person attaches a file

    data = path.read_bytes()
    content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    size = f"{len(data) // 1024} KB" if len(data) >= 1024 else f"{len(data)} B"
    return ContextItem(ContextKind.OWN_FILE, path.name, path.name, content_type, data, size)


def png_size(png: bytes) -> tuple[int, int] | None:
    """Width and height from a PNG's IHDR chunk, or None if it is not a PNG."""
    if len(png) < 24 or not png.startswith(b"\x89PNG\r\n\x1a\n"):
        return None
    width, height = struct.unpack(">II", png[16:24])
    return int(width), int(height)


def _device_summary(facts: Mapping[str, Any]) -> str:
    return f"{facts.get('hostname', '?')} · {facts.get('os_release', facts.get('os', '?'))}"


def _account() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return ""


def _model() -> str:
    for path in ("/sys/class/dmi/id/product_name", "/sys/firmware/devicetree/base/model"):
        try:
            return Path(path).read_text(encoding="utf-8", errors="replace").strip("\x00\n ")
        except OSError:
            continue
    return platform.machine()


def _ip_addresses() -> list[str]:
    import psutil  # imported late: only needed when a request is written

    addresses = []
    for name, entries in psutil.net_if_addrs().items():
        for entry in entries:
            if entry.family in (socket.AF_INET, socket.AF_INET6) and not _loopback(entry.address):
                addresses.append(f"{entry.address} ({name})")
    return addresses


def _loopback(address: str) -> bool:
    return address.startswith("127.") or address == "::1" or address.startswith("fe80")
