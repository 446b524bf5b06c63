"""report.html: self-contained, no script, nothing remote; failing checks first; rendered by
a real browser (Debian's chromium) when it is installed."""

from __future__ import annotations

import shutil
import subprocess
from datetime import datetime
from html.parser import HTMLParser
from pathlib import Path

from desktop.helpdesk.connector import RequestKind
from desktop.helpdesk.context import ContextSources, gather_context
from desktop.helpdesk.payload import build_payload
from desktop.helpdesk.redact import Redactor
from desktop.helpdesk.report_html import CSP
from desktop.helpdesk.request_form import RequestForm, Urgency
from tests.conftest import require

AT = datetime(2026, 11, 30, 9, 12).timestamp()
CHECKS = [
    {"id": "system.disk", "status": "ok", "facts": {"free_percent": 40}},
    {"id": "network.internet", "status": "fail", "facts": {"error": "name not resolved"}},
    {"id": "network.vpn", "status": "warn", "facts": {"detected": False}},
    {"id": "system.memory", "status": "fail", "facts": {"available_percent": 4}},
]
TIMELINE = [
    {"type": "fact", "kind": "memory_above", "threshold": 90.0, "hours": 3.0},
    {"type": "event", "at": AT - 7200, "kind": "boot", "value": AT - 7200},
    {"type": "event", "at": AT, "kind": "network_down", "value": 0.0},
]
DEVICE = {"hostname": "laptop-042", "os_name": "Ubuntu 22.04", "model": "ThinkPad T14",
          "ip_addresses": ["10.0.0.5 (wlan0)"],
          "note": "<img src=https://evil.example/x.png><script>alert(1)</script>"}


class _Page(HTMLParser):
    """Every tag with its attributes, and the text, as a browser would parse them."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _report(tmp_path: Path) -> bytes:
    log = tmp_path / "deskmate.log.jsonl"
    log.write_text('{"message": "Delivery failed"}\n', encoding="utf-8")
    items = gather_context(ContextSources(
        diagnostics=lambda: CHECKS, device=lambda: DEVICE, timeline=lambda: TIMELINE,
        fixes=lambda: [{"title": "Clear the name cache", "before": "fail", "after": "fail"}],
        log_file=log), Redactor())
    form = RequestForm(RequestKind.REQUEST, "network", "No internet", "", Urgency.HIGH)
    payload = build_payload(form, items, DEVICE, Redactor())
    report = next(a for a in payload.attachments if a.name == "report.html")
    assert report.content_type == "text/html"
    return report.data


def test_report_loads_nothing_remote_and_runs_no_script(tmp_path: Path) -> None:
    page = _Page()
    page.feed(_report(tmp_path).decode("utf-8"))
    tags = [tag for tag, _ in page.tags]
    assert "script" not in tags
    assert not {"img", "iframe", "object", "embed", "link", "audio", "video"} & set(tags)
    for tag, attrs in page.tags:
        assert not [a for a in attrs if a.startswith("on")], tag  # no event handlers
        for name in ("src", "href", "action", "srcset"):
            assert name not in attrs, (tag, attrs)
    assert ("meta", {"http-equiv": "Content-Security-Policy", "content": CSP}) in page.tags
    assert "<script>alert(1)</script>" in "".join(page.text)  # shown as text, never run


def test_report_lays_out_failing_checks_first_then_everything(tmp_path: Path) -> None:
    page = _Page()
    page.feed(_report(tmp_path).decode("utf-8"))
    text = "".join(page.text)
    order = ["Failing checks", "Internet: cannot reach the internet (DNS does not resolve)",
             "Memory: only 4 % of memory free", "All checks", "Disk space", "Device",
             "Ubuntu 22.04", "Timeline", "network down since", "Fixes tried",
             "Clear the name cache: fail → fail", "Log tail", "Delivery failed"]
    positions = [text.index(words) for words in order]
    assert positions == sorted(positions)
    assert [tag for tag, _ in page.tags].count("circle") == 2  # one dot per timeline event


def test_chromium_renders_the_report(tmp_path: Path) -> None:
    """The page as a real browser draws it; ``docs/report-html.png`` is one such screenshot."""
    chromium = shutil.which("chromium")
    require(chromium is not None, "chromium is not installed (.ci/bootstrap-system test)")
    assert chromium is not None
    page = tmp_path / "report.html"
    page.write_bytes(_report(tmp_path))
    shot = tmp_path / "report.png"
    done = subprocess.run(
        [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         f"--user-data-dir={tmp_path / 'chromium'}", "--window-size=900,1200",
         f"--screenshot={shot}", page.as_uri()],
        capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert shot.read_bytes().startswith(b"\x89PNG")
    assert shot.stat().st_size > 20_000  # a drawn page, not a blank one


def test_no_report_without_diagnostics() -> None:
    items = gather_context(ContextSources(device=lambda: DEVICE), Redactor())
    form = RequestForm(RequestKind.REQUEST, "network", "No internet", "", Urgency.HIGH)
    names = [a.name for a in build_payload(form, items, DEVICE, Redactor()).attachments]
    assert "report.html" not in names
