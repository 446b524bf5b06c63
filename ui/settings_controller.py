"""The Settings page's behaviour: start at sign-in, language, keychain state, every setting."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QUrl, Signal

from desktop.autostart import Autostart, AutostartError
from desktop.core import Core
from desktop.settings import SettingLocked, SettingsWriteError
from desktop.settings_defs import attention as attention_settings
from desktop.settings_defs import core as core_settings
from desktop.settings_defs import helpdesk as helpdesk_settings
from desktop.settings_defs import shadow_it as shadow_it_settings
from desktop.settings_schema import InvalidValue, Setting
from desktop.tasks import TaskRunner
from ui.link_opener import LinkOpener
from ui.settings_error_words import settings_error_words
from ui.settings_model import SettingRow

if TYPE_CHECKING:  # the page is built when first opened (the controller lives all day)
    from ui.pages.settings_page import SettingsPage

ShowError = Callable[[str, str], None]


# Called with its literal context each time: lupdate finds only such calls.
translate = QCoreApplication.translate


def display(value: object) -> str:
    """A setting's value as the table shows it."""
    if isinstance(value, bool):
        return translate("SettingsController", "on") if value else translate(
            "SettingsController", "off")
    if isinstance(value, tuple):
        return ", ".join(str(v) for v in value)
    return str(value)


class SettingsController(QObject):
    changed = Signal(str)  # the name of a setting the person just changed

    def __init__(self, core: Core, autostart: Autostart, runner: TaskRunner,
                 page: SettingsPage | None, show_error: ShowError, links: LinkOpener,
                 parent: QObject | None = None,
                 keychain_state: Callable[[], tuple[bool, str]] | None = None) -> None:
        """``page`` may come later (:meth:`attach`); ``keychain_state`` says whether secrets can
        be stored, by default asked of ``core.secrets`` in this process."""
        super().__init__(parent)
        self._links = links
        self._core, self._autostart, self._runner = core, autostart, runner
        self._show_error = show_error
        self._keychain_state = keychain_state or core.secrets.available
        self._page: SettingsPage | None = None
        if page is not None:
            self.attach(page)

    def attach(self, page: SettingsPage) -> None:
        """Drive ``page`` (just built) until it is deleted."""
        self._page = page
        page.destroyed.connect(self._detach)
        page.autostart_toggled.connect(self.set_autostart)
        page.language_chosen.connect(self.set_language)
        page.motion_chosen.connect(
            lambda choice: self._set(core_settings.REDUCED_MOTION, choice, translate(
                "SettingsController", "Could not change reduce motion")))
        page.work_email_entered.connect(self.set_work_email)
        page.open_data_folder_requested.connect(self.open_data_folder)
        page.suggestions_toggled.connect(self.set_suggestions)
        page.screenshot_default_toggled.connect(
            lambda on: self._set(helpdesk_settings.ATTACH_SCREENSHOT, on, translate(
                "SettingsController", "Could not change the screenshot default")))
        page.quiet_hours_changed.connect(
            lambda span: self._set(attention_settings.QUIET_HOURS, span, translate(
                "SettingsController", "Could not change the quiet hours")))
        page.quiet_weekends_toggled.connect(
            lambda on: self._set(attention_settings.QUIET_WEEKENDS, on, translate(
                "SettingsController", "Could not change the quiet hours")))

    def _detach(self) -> None:
        self._page = None

    def refresh(self) -> None:
        """Show every setting in effect on the page, if it is built."""
        settings, page = self._core.settings, self._page
        if page is None:
            return
        page.show_autostart(self._autostart.is_enabled(),
                            settings.is_locked(core_settings.AUTOSTART))
        page.show_language(settings.value(core_settings.LANGUAGE),
                           settings.is_locked(core_settings.LANGUAGE))
        page.show_motion(settings.value(core_settings.REDUCED_MOTION),
                         settings.is_locked(core_settings.REDUCED_MOTION))
        page.show_work_email(settings.value(helpdesk_settings.WORK_EMAIL),
                             settings.is_locked(helpdesk_settings.WORK_EMAIL))
        page.show_suggestions(settings.value(shadow_it_settings.NUDGES_ENABLED),
                              settings.is_locked(shadow_it_settings.NUDGES_ENABLED))
        page.show_screenshot_default(settings.value(helpdesk_settings.ATTACH_SCREENSHOT),
                                     settings.is_locked(helpdesk_settings.ATTACH_SCREENSHOT))
        page.show_quiet_hours(settings.value(attention_settings.QUIET_HOURS),
                              settings.value(attention_settings.QUIET_WEEKENDS),
                              settings.is_locked(attention_settings.QUIET_HOURS),
                              settings.is_locked(attention_settings.QUIET_WEEKENDS))
        page.show_problems(settings.problems)
        # The table says what is in effect: the sign-in entry as it is on this computer, and
        # demo mode however it was started, so it never contradicts the page above it.
        in_effect: dict[str, object] = {
            core_settings.AUTOSTART.name: self._autostart.is_enabled(),
            core_settings.DEMO_MODE.name: self._core.demo,
        }
        page.show_settings(tuple(
            SettingRow(s.name, display(in_effect.get(s.name, settings.value(s))),
                       settings.layer_of(s).value, s.description)
            for s in sorted(settings.registry, key=lambda s: s.name)))
        self._runner.submit(self._keychain_state, self._show_keychain)

    def _show_keychain(self, state: tuple[bool, str]) -> None:
        if self._page is not None:  # it may have been released meanwhile
            self._page.show_keychain(*state)

    def set_autostart(self, enabled: bool) -> None:
        try:
            self._core.settings.set_user(core_settings.AUTOSTART, enabled)
            self._autostart.set_enabled(enabled)
        except (SettingLocked, SettingsWriteError, AutostartError) as exc:
            self._show_error(translate("SettingsController", "Could not change start at sign-in"),
                             settings_error_words(exc))
        self.refresh()

    def set_suggestions(self, enabled: bool) -> None:
        """Takes effect at the next start (the watch is started with the app)."""
        try:
            self._core.settings.set_user(shadow_it_settings.NUDGES_ENABLED, enabled)
        except (SettingLocked, SettingsWriteError) as exc:
            self._show_error(translate("SettingsController", "Could not change the suggestions"),
                             settings_error_words(exc))
        self.refresh()

    def _set(self, setting: Setting[Any], value: object, failure: str) -> None:
        """Save the person's choice; say why when it cannot be (then show what is in effect)."""
        try:
            self._core.settings.set_user(setting, value)
        except (SettingLocked, SettingsWriteError, InvalidValue) as exc:
            self._show_error(failure, settings_error_words(exc))
        self.refresh()
        self.changed.emit(setting.name)

    def set_language(self, code: str) -> None:
        try:
            self._core.settings.set_user(core_settings.LANGUAGE, code)
        except (SettingLocked, SettingsWriteError) as exc:
            self._show_error(translate("SettingsController", "Could not change the language"),
                             settings_error_words(exc))
        self.refresh()

    def set_work_email(self, address: str) -> None:
        if address == self._core.settings.value(helpdesk_settings.WORK_EMAIL):
            return
        try:
            self._core.settings.set_user(helpdesk_settings.WORK_EMAIL, address)
        except (SettingLocked, SettingsWriteError, InvalidValue) as exc:
            self._show_error(translate("SettingsController", "Could not save your work e-mail"),
                             settings_error_words(exc))
        self.refresh()

    def open_data_folder(self) -> None:
        folder = QUrl.fromLocalFile(str(self._core.paths.data_dir.parent))
        self._links.open(folder, self._page.window() if self._page is not None else None)
