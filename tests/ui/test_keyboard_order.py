"""Tab walks every page of the real panel in reading order: top to bottom, and a column to
the right only after the one on its left."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QWidget
from pytestqt.qtbot import QtBot

from desktop.app.graph import Application
from tests.ui.app_builder import build_application
from ui.navigation import PageId

TOLERANCE = 6  # pixels: widgets on one row are rarely aligned to the pixel


@pytest.fixture
def app(qtbot: QtBot, tmp_path: Path) -> Iterator[Application]:
    application = build_application(tmp_path / "profile")
    qtbot.addWidget(application.window)
    application.catalogue_bridge.start()
    qtbot.waitUntil(lambda: application.apps.model.rowCount() > 0, timeout=15_000)
    application.window.resize(1000, 720)
    application.window.show()
    yield application
    application.shutdown()


def tab_chain(page: QWidget) -> list[QWidget]:
    """The widgets Tab visits on ``page``, in order (Qt's focus chain, as Tab follows it)."""
    chain: list[QWidget] = []
    widget = page.nextInFocusChain()
    while widget is not page and len(chain) < 500:
        if (page.isAncestorOf(widget) and widget.isVisibleTo(page) and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus and not _inside_view(widget)):
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def _inside_view(widget: QWidget) -> bool:
    """A scroll area's own viewport children are reached by the area, not by Tab."""
    parent = widget.parentWidget()
    return isinstance(parent, QAbstractScrollArea) and widget is parent.viewport()


def _rect(widget: QWidget, page: QWidget) -> QRect:
    return QRect(widget.mapTo(page, widget.rect().topLeft()), widget.size())


def backward_steps(page: QWidget) -> list[str]:
    """Steps against reading order: up in the same column, up and to the left, or to the
    left along one row."""
    chain = tab_chain(page)
    found = []
    for a, b in pairwise(chain):
        ra, rb = _rect(a, page), _rect(b, page)
        up = rb.top() < ra.top() - TOLERANCE
        next_column = rb.left() >= ra.right() - TOLERANCE
        same_row = abs(rb.top() - ra.top()) <= TOLERANCE
        leftwards = rb.right() <= ra.left() + TOLERANCE
        if (up and not next_column) or (same_row and leftwards):
            found.append(f"{_name(a)} -> {_name(b)}")
    return found


def _name(widget: QWidget) -> str:
    text = getattr(widget, "text", lambda: "")()
    return f"{type(widget).__name__}({widget.accessibleName() or text!r})"


@pytest.mark.allow_log_warnings  # offscreen: no tray
def test_tab_follows_the_visual_order_on_every_page(app: Application, qtbot: QtBot) -> None:
    problems: dict[str, list[str]] = {}
    walked = 0
    for page_id in PageId:
        app.window.show_page(page_id.value)
        qtbot.wait(20)
        page = app.window.page(page_id)
        walked += len(tab_chain(page))
        if steps := backward_steps(page):
            problems[page_id.value] = steps
    assert walked > 30  # the pages really were walked
    assert problems == {}
