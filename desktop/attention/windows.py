"""Busy detectors on Windows: notifications off (Focus Assist/DND), full screen or presentation,
camera and microphone in use.

They read the registry through a :class:`RegistryReader` and the shell's notification state
through a callable, so tests hand in fakes.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping, Sequence
from typing import Protocol

from desktop.attention.signals import BusySignal, Detector, SignalName

NOTIFICATIONS_KEY = r"Software\Microsoft\Windows\CurrentVersion\Notifications\Settings"
CONSENT_KEY = r"Software\Microsoft\Windows\CurrentVersion\CapabilityAccessManager\ConsentStore"


class RegistryReader(Protocol):
    """Reads HKEY_CURRENT_USER; a missing key reads as empty."""

    def values(self, path: str) -> Mapping[str, object]: ...

    def subkeys(self, path: str) -> Sequence[str]: ...


class WindowsDoNotDisturb:
    signal = SignalName.DO_NOT_DISTURB

    def __init__(self, registry: RegistryReader) -> None:
        self._registry = registry

    def detect(self) -> Sequence[BusySignal]:
        toasts = self._registry.values(NOTIFICATIONS_KEY).get("NOC_GLOBAL_SETTING_TOASTS_ENABLED")
        if toasts == 0:
            return (BusySignal(self.signal, True, "Windows notifications are off (do not "
                                                   "disturb / Focus Assist)"),)
        return (BusySignal(self.signal, False, "Windows notifications are on"),)


# SHQueryUserNotificationState's answers (QUERY_USER_NOTIFICATION_STATE, shellapi.h):
# https://learn.microsoft.com/windows/win32/api/shellapi/ne-shellapi-query_user_notification_state
_BUSY_STATES = {
    2: "a full-screen app is in front (QUNS_BUSY)",
    3: "a full-screen game or video is running (QUNS_RUNNING_D3D_FULL_SCREEN)",
    4: "presentation mode is on (QUNS_PRESENTATION_MODE)",
}


class WindowsFullscreen:
    """Full screen or presentation mode, as the Windows shell tells notifications."""

    signal = SignalName.FULLSCREEN

    def __init__(self, state: Callable[[], int]) -> None:
        self._state = state

    def detect(self) -> Sequence[BusySignal]:
        try:
            state = self._state()
        except OSError as exc:
            return (BusySignal(self.signal, False, f"could not ask the shell: {exc}"),)
        if state in _BUSY_STATES:
            return (BusySignal(self.signal, True, _BUSY_STATES[state]),)
        return (BusySignal(self.signal, False, f"Windows accepts notifications (state {state})"),)


if sys.platform == "win32":
    import ctypes

    def shell_notification_state() -> int:
        """``SHQueryUserNotificationState`` of this session."""
        state = ctypes.c_int(0)
        result = ctypes.windll.shell32.SHQueryUserNotificationState(ctypes.byref(state))
        if result != 0:
            raise OSError(f"SHQueryUserNotificationState failed ({result:#x})")
        return state.value
else:
    def shell_notification_state() -> int:
        """The Windows shell exists only on Windows."""
        raise OSError("the Windows shell exists only on Windows")


class ConsentStoreInUse:
    """An app that started using a device and has not stopped: ``LastUsedTimeStop`` is 0."""

    def __init__(self, registry: RegistryReader, signal: SignalName, capability: str) -> None:
        self._registry = registry
        self.signal = signal
        self._root = f"{CONSENT_KEY}\\{capability}"

    def detect(self) -> Sequence[BusySignal]:
        users = [app for app in self._apps() if self._in_use(app)]
        if users:
            names = ", ".join(u.rsplit("\\", 1)[-1] for u in users)
            return (BusySignal(self.signal, True, f"in use by {names}"),)
        return (BusySignal(self.signal, False, "no app is using it"),)

    def _apps(self) -> list[str]:
        packaged = [f"{self._root}\\{k}" for k in self._registry.subkeys(self._root)
                    if k != "NonPackaged"]
        loose = f"{self._root}\\NonPackaged"
        return packaged + [f"{loose}\\{k}" for k in self._registry.subkeys(loose)]

    def _in_use(self, key: str) -> bool:
        values = self._registry.values(key)
        return values.get("LastUsedTimeStop") == 0 and bool(values.get("LastUsedTimeStart"))


if sys.platform == "win32":
    import winreg

    class WinRegistry:
        """The real HKEY_CURRENT_USER (Windows only)."""

        def values(self, path: str) -> Mapping[str, object]:
            found: dict[str, object] = {}
            try:
                with winreg.OpenKey(winreg.HKEY_CURRENT_USER, path) as key:
                    for i in range(winreg.QueryInfoKey(key)[1]):
                        name, value, _kind = winreg.EnumValue(key, i)
                        found[name] = value
            except OSError:
                pass
            return found

        def subkeys(self, path: str) -> Sequence[str]:
            try:
                with winreg.OpenKey(winreg.HKEY_CURRENT_USER, path) as key:
                    count = winreg.QueryInfoKey(key)[0]
                    return [winreg.EnumKey(key, i) for i in range(count)]
            except OSError:
                return []


def windows_detectors(registry: RegistryReader,
                      state: Callable[[], int] = shell_notification_state) -> list[Detector]:
    return [
        WindowsDoNotDisturb(registry),
        WindowsFullscreen(state),
        ConsentStoreInUse(registry, SignalName.CAMERA, "webcam"),
        ConsentStoreInUse(registry, SignalName.MICROPHONE, "microphone"),
    ]




def current_user_registry() -> RegistryReader:
    """HKEY_CURRENT_USER of this Windows account."""
    if sys.platform == "win32":
        return WinRegistry()
    raise OSError("the registry exists only on Windows")
