"""The help form's context items in the reader's words: each kind's title and one-line summary.

The helpdesk service names its items in English for agents; the form words them again from
the item's kind and its own (already redacted) data, so the counts get plural forms.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QObject

from desktop.helpdesk.context import ContextItem, ContextKind, png_size
from ui.locale_format import data_size


class ContextWords(QObject):
    """Titles and summaries; a QObject for ``self.tr`` and its plural forms."""

    def title(self, item: ContextItem) -> str:
        titles = {
            ContextKind.DIAGNOSTICS: self.tr("Diagnostics snapshot"),
            ContextKind.DEVICE: self.tr("Device facts"),
            ContextKind.TIMELINE: self.tr("Health timeline"),
            ContextKind.FIXES: self.tr("Fixes already tried"),
            ContextKind.LOG: self.tr("Deskmate log"),
            ContextKind.INSTALL_LOG: self.tr("Install log"),
            ContextKind.SCREENSHOT: self.tr("Screenshot"),
            ContextKind.REPORT: self.tr("Readable report"),
            ContextKind.ACTIVITY: self.tr("What Deskmate did recently"),
        }
        return titles.get(item.kind, item.title)  # an own file keeps its name

    def summary(self, item: ContextItem) -> str:
        reader = self._summaries().get(item.kind)
        try:
            return reader(item) if reader else item.summary
        except (ValueError, TypeError, KeyError, AttributeError):
            return item.summary  # an item whose data reads otherwise keeps the service's words

    def _summaries(self) -> dict[ContextKind, Callable[[ContextItem], str]]:
        return {
            ContextKind.DIAGNOSTICS: self._diagnostics,
            ContextKind.TIMELINE: lambda i: self.tr("%n event(s)", "", len(_json(i)["events"])),
            ContextKind.FIXES: lambda i: self.tr("%n fix(es)", "", len(_json(i)["fixes"])),
            ContextKind.LOG: lambda i: self.tr("last %n line(s)", "", _lines(i)),
            ContextKind.INSTALL_LOG: lambda i: self.tr("%n line(s)", "", _lines(i)),
            ContextKind.SCREENSHOT: self._screenshot,
            ContextKind.OWN_FILE: lambda i: data_size(len(i.data)),
            ContextKind.ACTIVITY: lambda i: self.tr(
                "%n entry(s) in the last 24 hours", "", len(_json(i)["entries"])),
        }

    def _diagnostics(self, item: ContextItem) -> str:
        """"24 checks: 3 problems, 1 to watch" (what the person would ask IT about)."""
        statuses = [str(row.get("status", "")) for row in _json(item)["checks"]]
        failing = sum(1 for s in statuses if s in ("fail", "error"))
        warning = statuses.count("warn")
        problems = (self.tr("%n problem(s)", "", failing) if failing
                    else self.tr("no problems"))
        watch = self.tr("%n to watch", "", warning) if warning else self.tr("nothing to watch")
        return self.tr("{checks}: {problems}, {watch}").format(
            checks=self.tr("%n check(s)", "", len(statuses)), problems=problems, watch=watch)

    def _screenshot(self, item: ContextItem) -> str:
        size = png_size(item.data)
        if size is None:
            return data_size(len(item.data))
        return self.tr("{width}×{height}, {size}").format(
            width=size[0], height=size[1], size=data_size(len(item.data)))


def _json(item: ContextItem) -> Mapping[str, Any]:
    value = json.loads(item.data)
    if not isinstance(value, Mapping):
        raise TypeError("not an object")
    return value


def _lines(item: ContextItem) -> int:
    text = item.data.decode("utf-8", errors="replace")
    return text.count("\n") + (1 if text and not text.endswith("\n") else 0)
