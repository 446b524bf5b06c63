"""The baseline: the smallest PySide6 tray app (an icon, a menu, nothing else)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon


def main() -> int:
    app = QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    pixmap = QPixmap(32, 32)
    pixmap.fill(QColor("#2D6CDF"))
    tray = QSystemTrayIcon(QIcon(pixmap))
    menu = QMenu()
    menu.addAction("Quit", app.quit)
    tray.setContextMenu(menu)
    tray.show()
    if "--exit-after-show" in sys.argv:
        QTimer.singleShot(300, app.quit)  # the same 300 ms Deskmate's --smoke-test waits
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
