"""Context items as a person reads them: tables and sentences instead of JSON.

The JSON stays the attachment (helpdesk tools read it); this only words it for the viewer.
Anything that does not parse as expected falls back to ``None`` (the viewer then shows the
attachment as it is)."""

from __future__ import annotations

import html
import json
import logging
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from diagnostics.result import Category, CheckResult, Status
from ui.health_wording import explain
from ui.locale_format import date_time

log = logging.getLogger(__name__)


# Called with its literal context each time: lupdate finds only such calls.
translate = QCoreApplication.translate


def readable_html(attachment_name: str, data: bytes) -> str | None:
    """``data`` of attachment ``attachment_name`` as HTML for people, or None to show it as
    it is (logs, images, anything unexpected)."""
    reader = _READERS.get(attachment_name)
    if reader is None:
        return None
    try:
        return reader(json.loads(data))
    except (ValueError, TypeError, KeyError, AttributeError):
        log.info("Context item shown as attached", extra={"item": attachment_name})
        return None


def _diagnostics(value: Mapping[str, Any]) -> str:
    rows = []
    for row in value["checks"]:
        result = CheckResult(str(row["id"]), Category(row["category"]), Status(row["status"]),
                             dict(row.get("facts") or {}), row.get("fix_id"), 0.0,
                             row.get("reason"))
        words = explain(result)
        rows.append((words.title, words.status, words.why))
    return _table((translate("ContextReading", "Check"), translate("ContextReading", "Result"),
                   translate("ContextReading", "What it means")), rows)


def _facts(value: Mapping[str, Any]) -> str:
    return _table((translate("ContextReading", "What"), translate("ContextReading", "Value")),
                  [(_label(k), _value(k, v)) for k, v in value.items()])


def _rows(key: str) -> Callable[[Mapping[str, Any]], str]:
    def read(value: Mapping[str, Any]) -> str:
        rows = list(value[key])
        if not rows:
            nothing = translate("ContextReading", "Nothing to show.")
            return f"<p>{html.escape(nothing)}</p>"
        names = list(dict.fromkeys(k for row in rows for k in row))
        return _table(tuple(_label(n) for n in names),
                      [tuple(_value(n, row.get(n, "")) for n in names) for row in rows])
    return read


def _label(key: str) -> str:
    return key.replace("_", " ").strip().capitalize()


def _value(key: str, value: Any) -> str:
    if isinstance(value, int | float) and not isinstance(value, bool) and (
        key.endswith("_at") or key in ("at", "time", "timestamp")
    ) and value > 1e9:
        return date_time(datetime.fromtimestamp(value))
    if isinstance(value, bool):
        return translate("ContextReading", "yes") if value else translate("ContextReading", "no")
    if isinstance(value, Mapping):
        return ", ".join(f"{_label(k)}: {_value(k, v)}" for k, v in value.items())
    if isinstance(value, list):
        return ", ".join(_value(key, v) for v in value)
    return "" if value is None else str(value)


def _table(header: tuple[str, ...], rows: Sequence[tuple[str, ...]]) -> str:
    head = "".join(f"<th align='left'>{html.escape(h)}</th>" for h in header)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(cell)}</td>" for cell in row) + "</tr>"
        for row in rows
    )
    return f"<table cellpadding='4' cellspacing='0' width='100%'><tr>{head}</tr>{body}</table>"


_READERS: dict[str, Callable[[Any], str]] = {
    "diagnostics.json": _diagnostics,
    "device.json": _facts,
    "timeline.json": _rows("events"),
    "fixes.json": _rows("fixes"),
    "activity.json": _rows("entries"),
}
