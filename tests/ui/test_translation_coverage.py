"""The extraction check: every text the built panel and tray show is translated.

The whole app is built twice, once in English and once with a translator installed, and every
visible text is walked (labels, buttons, group titles, tabs, placeholders, menu actions, window
titles, tooltips, accessible names, list and table texts). A text the translated build still
shows exactly as the English build does was either never put through Qt's translation, or is
missing from the .ts. IT's data (catalogue entries, announcements) and names stay as they are.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.app.graph import Application
from tests.ui.app_builder import build_application, interface_language
from ui.error_dialog import ErrorDialog
from ui.navigation import PageId
from ui.pages.settings_page import LANGUAGE_NAMES

ROOT = Path(__file__).resolve().parents[2]
TAG = re.compile(r"<[^>]+>")

# Names (languages by their own names too), and words the language writes as English does.
LANGUAGES = {name for _code, name in LANGUAGE_NAMES}
BRANDS = {"Deskmate", "Example Corp", "IT", "OK", "E-Mail", "Windows", "macOS", "Linux", "CPU",
          "VPN", "Wi-Fi", "Slack", "Zoom", "Teams"}
SAME_WORD = {
    "de": {"Apps", "Details", "Status", "Name", "Version", "Start", "Feedback", "Browser",
           "Tags", "Firewall", "Updates", "Link", "Chat", "Portal", "System", "Info",
           "Internet", "Problem", "Hardware", "Software", "Ticket", "Proxy", "Router"},
    "fr": {"Version", "Description", "Notifications", "Applications", "Installation", "Message",
           "Date", "Portal", "Service", "Source", "Type", "Tags", "Actions", "Navigation",
           "Support", "Contact", "Chat", "Info", "Internet", "Ticket", "Proxy"},
}


def demo_data_texts() -> set[str]:
    """IT's words in the demo catalogue and announcements: data, localised by IT, not by us."""
    texts: set[str] = set()
    for name in ("catalogue.yaml", "announcements.yaml"):
        _strings(yaml.safe_load((ROOT / "resources/demo" / name).read_text("utf-8")), texts)
    return texts


def _strings(node: object, into: set[str]) -> None:
    if isinstance(node, str):
        into.add(node.strip())
    elif isinstance(node, dict):
        for value in node.values():
            _strings(value, into)
    elif isinstance(node, list):
        for value in node:
            _strings(value, into)


def _plain(text: str) -> str:
    return " ".join(TAG.sub(" ", text).replace("&nbsp;", " ").split())


def _widget_texts(widget: QWidget) -> Iterator[str]:
    yield widget.toolTip()
    yield widget.accessibleName()
    yield widget.accessibleDescription()
    if widget.isWindow():
        yield widget.windowTitle()
    if isinstance(widget, QLabel | QAbstractButton):
        yield widget.text()
    if isinstance(widget, QGroupBox):
        yield widget.title()
    if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
        yield widget.placeholderText()
    if isinstance(widget, QTabWidget):
        yield from (widget.tabText(i) for i in range(widget.count()))
    if isinstance(widget, QComboBox):
        yield from (widget.itemText(i) for i in range(widget.count()))
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        yield from _model_texts(widget)
    if isinstance(widget, QMenu):
        yield from (action.text() for action in widget.actions())


def _model_texts(view: QAbstractItemView) -> Iterator[str]:
    model = view.model()
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())
    for column in range(columns):
        yield str(model.headerData(column, Qt.Orientation.Horizontal) or "")
    for row in range(model.rowCount(QModelIndex())):
        for column in range(columns):
            index = model.index(row, column, QModelIndex())
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if isinstance(value, str):
                    yield value


def visible_texts(app: Application, qtbot: QtBot) -> dict[str, set[str]]:
    """Every text each page (and the tray menu) shows, by where it is shown."""
    found: dict[str, set[str]] = {}
    for page in PageId:
        app.window.show_page(page.value)
        if page is PageId.HEALTH:  # opening it runs every check
            qtbot.waitUntil(lambda: app.health_page.summary is not None, timeout=60_000)
        app.runner.wait_for_done(20_000)
        QCoreApplication.processEvents()
        texts = found.setdefault(page.value, set())
        for widget in [app.window, *app.window.findChildren(QWidget)]:
            if widget.isVisibleTo(app.window) or widget is app.window:
                texts.update(_plain(t) for t in _widget_texts(widget))
    found["tray"] = {_plain(t) for t in _widget_texts(app.tray.menu())}
    found["tray"].add(app.tray.tooltip())
    found["preview"] = _preview_texts(app, qtbot)
    crash = ErrorDialog.for_crash("Traceback (most recent call last): …", app.window)
    found["crash"] = _dialog_texts(crash)
    crash.deleteLater()
    return found


def _preview_texts(app: Application, qtbot: QtBot) -> set[str]:
    """The help form's preview: what IT will see, before it is sent."""
    app.window.show_page(PageId.HELP.value)
    page = app.help_page
    page.summary.setText("VPN")
    page.preview()
    qtbot.waitUntil(lambda: page.preview_dialog is not None and page.preview_dialog.isVisible(),
                    timeout=20_000)
    assert page.preview_dialog is not None
    texts = _dialog_texts(page.preview_dialog)
    page.preview_dialog.reject()
    return texts


def _dialog_texts(dialog: QWidget) -> set[str]:
    return {_plain(t) for widget in [dialog, *dialog.findChildren(QWidget)]
            if widget is dialog or widget.isVisibleTo(dialog) for t in _widget_texts(widget)}


def built_texts(qtbot: QtBot, profile: Path) -> dict[str, set[str]]:
    """What the app, built as the tests build it, shows on every page."""
    app = build_application(profile)
    qtbot.addWidget(app.window)
    try:
        app.start()
        qtbot.waitUntil(lambda: app.apps.model.rowCount() > 0, timeout=20_000)
        app.runner.wait_for_done(20_000)
        return visible_texts(app, qtbot)
    finally:
        app.shutdown()


def _without(text: str, allowed: set[str]) -> str:
    """``text`` less every allowed name or data text in it (longest first): what is left
    of "Featured: Firefox" is "Featured:", which must be translated; of "Firefox", nothing."""
    for name in sorted(allowed, key=len, reverse=True):
        if name and name in text:
            text = text.replace(name, " ")
    return text


def _elided_data(text: str, data: set[str]) -> bool:
    """A name of IT's cut short to fit ("Microsoft Tea…"): data too."""
    head = text.removesuffix("…").rstrip()
    return text.endswith("…") and bool(head) and any(d.startswith(head) for d in data)


def _is_text(text: str) -> bool:
    """Words someone reads: at least one run of three letters (not a number, path or address)."""
    return bool(re.search(r"[^\W\d_]{3}", text)) and not re.fullmatch(r"\S+[/@.:]\S+", text)


@pytest.mark.slow
@pytest.mark.allow_log_warnings  # offscreen: no tray
@pytest.mark.parametrize("language", ["de", "fr"])
def test_every_visible_text_is_translated(qtbot: QtBot, tmp_path: Path, language: str) -> None:
    english = built_texts(qtbot, tmp_path / "english")
    with interface_language(language):
        translated = built_texts(qtbot, tmp_path / language)
    data = demo_data_texts()
    allowed = BRANDS | LANGUAGES | SAME_WORD[language] | data
    untranslated = sorted(
        f"{where}: {text!r}"
        for where, texts in translated.items()
        for text in texts & english.get(where, set())
        if _is_text(_without(text, allowed)) and not _elided_data(text, data)
    )
    assert sum(len(t) for t in translated.values()) > 200  # the pages really were walked
    assert all(len(translated[where]) > 3 for where in ("tray", "preview", "crash"))
    assert untranslated == [], "shown in English:\n" + "\n".join(untranslated)
