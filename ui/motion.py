"""Reduced motion for the whole app: Qt's UI effects off, and widgets that would animate ask.

Every animation Deskmate shows, and how reduced motion stops it:
- the indeterminate install bar (the style's busy animation): hidden, the button says
  "Installing…" in words (ui/app_detail_view.py);
- Qt's own effects (combo box and menu slide/fade, tooltip fade, tool box scroll):
  ``QApplication.setEffectEnabled(UI_General, False)`` turns them all off.
Nothing else moves: no spinners, no QMovie, no property animations, no smooth scrolling
(tests/ui/test_reduced_motion.py fails on any animation running under reduced motion).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)


def set_reduced_motion(qapp: QApplication, reduced: bool) -> None:
    qapp.setEffectEnabled(Qt.UIEffect.UI_General, not reduced)
    log.info("Motion set", extra={"reduced_motion": reduced})


def motion_allowed() -> bool:
    """False once reduced motion is on (the composition root decides, at start-up)."""
    return QApplication.isEffectEnabled(Qt.UIEffect.UI_General)
