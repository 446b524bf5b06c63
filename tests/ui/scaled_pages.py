"""Run in its own process with QT_SCALE_FACTOR set (Qt reads it once, before QApplication
exists): builds every page of the real panel and prints, as JSON, each icon drawn for a
lower scale than the display's and each text that does not fit.

    QT_SCALE_FACTOR=2 python -m tests.ui.scaled_pages PROFILE_DIR
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QListWidget, QWidget

from tests.ui.app_builder import build_application
from tests.ui.test_minimum_size import _clipped as clipped
from ui.navigation import PageId
from ui.theme import accent_palette, style_sheet


def blurry(icon: QIcon, size: QSize, scale: float) -> bool:
    """Drawn for fewer device pixels at ``scale`` than ``scale`` times its 100 % pixmap."""
    if icon.isNull():
        return False
    at_one, scaled = icon.pixmap(size, 1.0), icon.pixmap(size, scale)
    return scaled.width() < at_one.width() * scale - 1


def blurry_icons(root: QWidget, scale: float) -> list[str]:
    found = []
    for label in root.findChildren(QLabel):
        pixmap = label.pixmap()
        if label.isVisible() and not pixmap.isNull() and pixmap.devicePixelRatio() < scale:
            found.append(f"QLabel picture {label.accessibleName()!r} at "
                         f"{pixmap.devicePixelRatio()}x")
    for button in root.findChildren(QAbstractButton):
        if button.isVisible() and blurry(button.icon(), button.iconSize(), scale):
            found.append(f"{type(button).__name__} {button.text()!r} icon")
    for view in root.findChildren(QListWidget):
        found += blurry_items(view, scale)
    return found


def blurry_items(view: QListWidget, scale: float) -> list[str]:
    items = [view.item(row) for row in range(view.count())]
    return [f"{view.accessibleName()} item {i.text()!r} icon" for i in items
            if blurry(i.icon(), view.iconSize(), scale)]


def main(profile: Path) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("DESKMATE_POLICY", os.devnull)
    qapp = QApplication(sys.argv[:1])
    app = build_application(profile)
    qapp.setPalette(accent_palette(app.branding.accent))  # as launch.py themes the app
    qapp.setStyleSheet(style_sheet(app.branding.accent))
    app.health_page._run_on_show = False
    window = app.window
    window.set_notice(app.demo_note())
    window.resize(1000, 720)
    window.show()
    scale = window.devicePixelRatio()
    nav = window.findChild(QListWidget, "nav")
    problems = [f"navigation: {p}" for p in blurry_items(nav, scale)]
    for page in PageId:
        window.show_page(page.value)
        qapp.processEvents()
        root = window.page(page)
        problems += [f"{page.value}: {p}" for p in clipped(root) + blurry_icons(root, scale)]
    app.runner.wait_for_done(10_000)
    app.shutdown()
    print(json.dumps({"scale": scale, "problems": problems}))
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
