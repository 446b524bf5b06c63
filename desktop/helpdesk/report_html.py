"""``report.html``: the request's diagnostics as one page an agent reads in a browser.

Self-contained: inline CSS, the timeline as inline SVG, no script, no remote content, and a
Content-Security-Policy that forbids both should anything slip in. Built only from the items
the person left checked, with its headings in the ticket's language (``helpdesk.language``,
through :class:`~desktop.helpdesk.ticket_wording.TicketWording`). The JSON attachments stay,
for machines.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import datetime
from html import escape
from typing import Any

from desktop.helpdesk.check_findings import finding, title
from desktop.helpdesk.context import ContextItem, ContextKind
from desktop.helpdesk.ticket_summary import rows, since_when
from desktop.helpdesk.ticket_wording import IN_ENGLISH, TicketWording

Row = Mapping[str, Any]
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
_STYLE = """body{font:14px/1.4 sans-serif;margin:2em;color:#222;max-width:60em}
h1{font-size:1.4em}h2{font-size:1.1em;border-bottom:1px solid #ccc;margin-top:1.6em}
table{border-collapse:collapse}td,th{padding:.2em .8em .2em 0;text-align:left;
vertical-align:top}.fail,.error{color:#b00020;font-weight:bold}.warn{color:#8a5a00}
.ok{color:#1b6e20}pre{background:#f4f4f4;padding:.6em;overflow:auto;font-size:12px}"""
_EVENT_WORDS = {"boot": "restart", "network_down": "network down", "network_up": "network back",
                "disk_falling": "disk filling up"}
_EVENT_COLOURS = {"boot": "#3465a4", "network_down": "#b00020", "network_up": "#1b6e20",
                  "disk_falling": "#8a5a00"}
_FAILING = ("fail", "error")


def report_html(subject: str, items: Sequence[ContextItem],
                words: TicketWording = IN_ENGLISH) -> bytes:
    """The report page for ``items`` (only the included ones are read)."""
    checks = rows(items, ContextKind.DIAGNOSTICS, "checks")
    timeline = rows(items, ContextKind.TIMELINE, "events")
    parts = (
        f"<h1>{escape(subject)}</h1>",
        _section(words("failing_checks"), _failing(checks, words)),
        _section(words("all_checks"), _checks_table(checks, words)),
        _section(words("device"), _device(items, words)),
        _section(words("timeline"), _timeline(timeline, words)),
        _section(words("fixes_tried"), _fixes(rows(items, ContextKind.FIXES, "fixes"), words)),
        _section(words("log_tail"), _log(items, words)),
    )
    page = (
        f"<!DOCTYPE html>\n<html lang=\"{escape(words.language)}\"><head>"
        "<meta charset=\"utf-8\">"
        f"<meta http-equiv=\"Content-Security-Policy\" content=\"{CSP}\">"
        f"<title>{escape(subject)}</title><style>{_STYLE}</style></head>"
        f"<body>{''.join(parts)}</body></html>\n"
    )
    return page.encode("utf-8")


def _section(heading: str, content: str) -> str:
    return f"<h2>{escape(heading)}</h2>{content}"


def _failing(checks: Sequence[Row], words: TicketWording) -> str:
    failing = [c for c in checks if str(c.get("status")) in _FAILING]
    if not failing:
        return _p(words("no_check_fails" if checks else "no_diagnostics"))
    return "<ul>" + "".join(f"<li>{escape(finding(c))}</li>" for c in failing) + "</ul>"


def _checks_table(checks: Sequence[Row], words: TicketWording) -> str:
    if not checks:
        return _p(words("none_attached"))
    body = "".join(
        f"<tr><td>{escape(title(str(c.get('id'))))}</td>"
        f"<td class=\"{escape(str(c.get('status')))}\">{escape(str(c.get('status')))}</td>"
        f"<td>{escape(_facts(c.get('facts')))}</td></tr>" for c in checks)
    head = "".join(f"<th>{escape(words(w))}</th>" for w in ("check", "status", "facts"))
    return f"<table><tr>{head}</tr>{body}</table>"


def _facts(facts: Any) -> str:
    if not isinstance(facts, Mapping) or not facts:
        return ""
    return "; ".join(f"{k}: {json.dumps(v, ensure_ascii=False, default=str)}"
                     for k, v in facts.items())


def _device(items: Sequence[ContextItem], words: TicketWording) -> str:
    item = next((i for i in items if i.kind is ContextKind.DEVICE and i.included), None)
    if item is None:
        return _p(words("not_attached"))
    facts = json.loads(item.data.decode("utf-8"))
    body = "".join(f"<tr><th>{escape(str(k))}</th><td>{escape(_value(v))}</td></tr>"
                   for k, v in facts.items())
    return f"<table>{body}</table>"


def _value(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def _timeline(timeline: Sequence[Row], words: TicketWording) -> str:
    since = _p(f"{words('since_when')}: {since_when(timeline, words)}")
    events = [e for e in timeline if "at" in e]
    return since + (timeline_svg(events) if events else "")


def timeline_svg(events: Sequence[Row], width: int = 640, height: int = 70) -> str:
    """The events as dots on a time axis, each labelled with its kind and local time."""
    first, last = float(events[0]["at"]), float(events[-1]["at"])
    span = max(last - first, 1.0)
    marks = []
    for n, event in enumerate(events):
        x = 20 + (float(event["at"]) - first) / span * (width - 40)
        colour = _EVENT_COLOURS.get(str(event.get("kind")), "#555")
        kind = str(event.get("kind"))
        label = f"{_EVENT_WORDS.get(kind, kind)} {_time(float(event['at']))}"
        anchor = "start" if x < width / 4 else "end" if x > width * 3 / 4 else "middle"
        marks.append(f"<circle cx=\"{x:.0f}\" cy=\"35\" r=\"5\" fill=\"{colour}\"/>"
                     f"<text x=\"{x:.0f}\" y=\"{18 + (n % 2) * 40}\" font-size=\"11\" "
                     f"text-anchor=\"{anchor}\">{escape(label)}</text>")
    axis = f"<line x1=\"20\" y1=\"35\" x2=\"{width - 20}\" y2=\"35\" stroke=\"#999\"/>"
    return (f"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" "
            f"role=\"img\" aria-label=\"Health timeline\">{axis}{''.join(marks)}</svg>")


def _time(at: float) -> str:
    return datetime.fromtimestamp(at).astimezone().strftime("%d %b %H:%M")


def _fixes(fixes: Sequence[Row], words: TicketWording) -> str:
    if not fixes:
        return _p(words("nothing_tried"))
    return "<ul>" + "".join(
        f"<li>{escape(str(f.get('title') or f.get('fix') or f.get('id')))}: "
        f"{escape(str(f.get('before', '?')))} → {escape(str(f.get('after', '?')))}</li>"
        for f in fixes) + "</ul>"


def _log(items: Sequence[ContextItem], words: TicketWording) -> str:
    item = next((i for i in items if i.kind is ContextKind.LOG and i.included), None)
    if item is None:
        return _p(words("not_attached"))
    return f"<pre>{escape(item.data.decode('utf-8', errors='replace'))}</pre>"


def _p(text: str) -> str:
    return f"<p>{escape(text)}</p>"
