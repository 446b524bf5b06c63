"""A stand-in for slides or a video call: one full-screen Qt window until it is killed."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel


def main() -> int:
    app = QApplication(sys.argv)
    app.setApplicationName("slides")
    window = QLabel("Quarterly results")
    window.setWindowTitle("Slides")
    window.setStyleSheet("background: #234; color: white; font-size: 48px;")
    window.showFullScreen()
    window.activateWindow()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
