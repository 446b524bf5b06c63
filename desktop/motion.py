"""Whether the desk wants less motion: ``app.reduced_motion``, or on "system" the OS's setting.

The OS is asked the way its own settings store it: GNOME's ``enable-animations``, Windows'
``SPI_GETCLIENTAREAANIMATION`` and macOS's ``reduceMotion`` (Accessibility > Display). Each
reader returns None when it cannot tell; an unknown answer means animations stay on.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from enum import StrEnum

from desktop.attention.probes import ToolRunner, run_tool

log = logging.getLogger(__name__)
SystemSetting = Callable[[], bool | None]  # True: the OS asks for reduced motion
SPI_GETCLIENTAREAANIMATION = 0x1042


class MotionChoice(StrEnum):
    SYSTEM = "system"
    ON = "on"  # reduced motion: no animations
    OFF = "off"


def gnome_reduced(run: ToolRunner) -> bool | None:
    answer = run(["gsettings", "get", "org.gnome.desktop.interface", "enable-animations"])
    return None if answer is None else answer.strip() == "false"


def macos_reduced(run: ToolRunner) -> bool | None:
    answer = run(["defaults", "read", "com.apple.universalaccess", "reduceMotion"])
    return None if answer is None else answer.strip() == "1"


def windows_reduced(client_area_animation: Callable[[], bool | None]) -> bool | None:
    """``client_area_animation`` reads SPI_GETCLIENTAREAANIMATION (True: animations on)."""
    animating = client_area_animation()
    return None if animating is None else not animating


def _spi_client_area_animation() -> bool | None:
    if sys.platform == "win32":
        import ctypes

        value = ctypes.c_int()
        read = ctypes.windll.user32.SystemParametersInfoW(
            SPI_GETCLIENTAREAANIMATION, 0, ctypes.byref(value), 0)
        return bool(value.value) if read else None
    return None


def system_setting(platform: str = sys.platform, run: ToolRunner = run_tool) -> SystemSetting:
    """The reader of this OS's reduced-motion setting."""
    if platform == "win32":
        return lambda: windows_reduced(_spi_client_area_animation)
    if platform == "darwin":
        return lambda: macos_reduced(run)
    return lambda: gnome_reduced(run)


def wants_reduced_motion(choice: str, system: SystemSetting) -> bool:
    """The setting's answer; on "system" the OS's, where it can tell."""
    if choice != MotionChoice.SYSTEM:
        return choice == MotionChoice.ON
    reduced = system()
    log.info("Reduced motion from the system", extra={"reduced": reduced})
    return bool(reduced)
