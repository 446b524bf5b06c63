"""A stand-in for slides or a video call: one full-screen Qt window until it is killed
(``--windowed``: an ordinary window, for the opposite case)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel


def main() -> int:
    app = QApplication(sys.argv)
    app.setApplicationName("slides")
    window = QLabel("Quarterly results")
    window.setWindowTitle("Slides")
    window.setStyleSheet("background: #234; color: white; font-size: 48px;")
    if "--windowed" in sys.argv:
        window.show()
    else:
        # Without a window manager nobody resizes a full-screen window: cover the screen here.
        window.setGeometry(app.primaryScreen().geometry())
        window.showFullScreen()
    window.activateWindow()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
