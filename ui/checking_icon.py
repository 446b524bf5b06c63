"""The tray's first icon, "checking your computer", drawn ahead into ``resources/tray``.

Drawing any mark at start-up builds Qt's ``Qt`` namespace (about a hundred enums, 30–40 ms)
before the icon can show; loading drawn files does not, so the icon docks sooner and the
namespace is built with the rest of the app, after it. The other states are drawn when they
are first shown, by then nothing waits on them.

``python -m ui.checking_icon`` draws the files again after the mark changes;
tests/ui/test_checking_icon.py fails until it is run.
"""

from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path

from PySide6.QtGui import QIcon, QPixmap

SIZES = (16, 20, 22, 24, 32, 48, 64)  # the tray sizes each mark is drawn at


def file_name(px: int) -> str:
    return f"checking-{px}.png"


def folder() -> Path:
    with resources.as_file(resources.files("resources") / "tray") as path:
        return path  # a folder on disk (a checkout, an install, PyInstaller's bundle)


def checking_icon() -> QIcon:
    """The drawn files at every tray size, read by Qt when a size is first asked for."""
    icon = QIcon()
    here = folder()
    for px in SIZES:
        icon.addFile(str(here / file_name(px)))
    return icon


def draw(px: int) -> QPixmap:
    """The mark as the painter draws it now (which builds the ``Qt`` namespace)."""
    from desktop.health_state import OverallState
    from ui.state_marks import paint_state_mark
    from ui.theme import STATE_COLOURS

    return paint_state_mark(OverallState.UNKNOWN, STATE_COLOURS[OverallState.UNKNOWN], px)


def main() -> int:
    from PySide6.QtWidgets import QApplication

    _app = QApplication.instance() or QApplication(sys.argv[:1])
    target = Path(__file__).resolve().parents[1] / "resources" / "tray"
    target.mkdir(exist_ok=True)
    for px in SIZES:
        if not draw(px).save(str(target / file_name(px)), "PNG"):
            print(f"could not write {target / file_name(px)}", file=sys.stderr)
            return 1
    print(f"drew {len(SIZES)} sizes into {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
