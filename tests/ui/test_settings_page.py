"""Settings for the person first; the key table behind "Advanced (for IT)", agreeing with them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTime
from PySide6.QtGui import QColor, QIcon
from pytestqt.qtbot import QtBot

from desktop.core import Core, build_core
from desktop.policy import TomlPolicyFile
from desktop.secrets import MemorySecretStore
from desktop.settings_defs import attention as attention_keys
from desktop.settings_defs import core as core_keys
from desktop.settings_defs import helpdesk as helpdesk_keys
from desktop.settings_defs import shadow_it as shadow_keys
from desktop.tasks import InlineTaskRunner
from ui.link_opener import LinkOpener
from ui.pages.settings_page import SettingsPage
from ui.settings_controller import SettingsController
from ui.settings_model import SettingRow
from ui.theme import lock_icon


class FakeAutostart:
    """The sign-in entry's real state (the OS artefact), not the setting."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled

    def is_enabled(self) -> bool:
        return self.enabled

    def set_enabled(self, enabled: bool) -> None:
        self.enabled = enabled


def _build(qtbot: QtBot, profile: Path, autostart: bool = False, demo: bool = False,
           policy: str = "") -> tuple[SettingsPage, Core]:
    profile.mkdir(exist_ok=True)
    (profile / "policy.toml").write_text(policy, encoding="utf-8")
    core = build_core(profile, demo=demo, policy_source=TomlPolicyFile(profile / "policy.toml"),
                      secrets=MemorySecretStore())
    page = SettingsPage()
    qtbot.addWidget(page)
    controller = SettingsController(core, FakeAutostart(autostart), InlineTaskRunner(), page,
                                    lambda _t, _x: None, LinkOpener(parent=page), page)
    controller.refresh()
    return page, core


def _value(page: SettingsPage, name: str) -> str:
    model = page.model
    row = next(r for r in range(model.rowCount()) if model.data(model.index(r, 0)) == name)
    return str(model.data(model.index(row, 1)))


def test_the_key_table_is_behind_advanced_for_it(qtbot: QtBot, tmp_path: Path) -> None:
    page, _core = _build(qtbot, tmp_path / "p")
    page.show()
    assert not page.table.isVisible()
    assert page.advanced.toggle.text() == "Advanced (for IT)"
    page.advanced.toggle.click()
    assert page.table.isVisible()


def test_the_table_agrees_with_the_page(qtbot: QtBot, tmp_path: Path) -> None:
    page, _core = _build(qtbot, tmp_path / "p", autostart=False, demo=True)
    assert not page.autostart.isChecked()
    assert _value(page, "app.autostart") == "off"  # the default says on; the computer says off
    assert _value(page, "app.demo_mode") == "on"  # started with --demo


def test_shadow_it_suggestions_can_be_turned_off(qtbot: QtBot, tmp_path: Path) -> None:
    page, core = _build(qtbot, tmp_path / "p")
    assert page.suggestions.isChecked()
    page.suggestions.click()
    assert core.settings.value(shadow_keys.NUDGES_ENABLED) is False
    locked, _core = _build(qtbot, tmp_path / "q", policy="[shadow_it]\nnudges = true\n")
    assert not locked.suggestions.isEnabled()


def test_the_lock_is_drawn_not_an_emoji(qtbot: QtBot) -> None:
    page = SettingsPage()
    qtbot.addWidget(page)
    page.show_settings((SettingRow("app.autostart", "on", "policy", "Start at sign-in"),))
    model = page.model
    assert model.data(model.index(0, 2)) == "Your IT department"
    assert isinstance(model.data(model.index(0, 2), 1), QIcon)  # DecorationRole
    image = lock_icon(QColor("#333333"), 16).pixmap(16, 16).toImage()
    opaque = sum(1 for x in range(16) for y in range(16) if image.pixelColor(x, y).alpha() > 128)
    assert opaque > 40
    assert all("🔒" not in label.text() for label in page.findChildren(type(page.header_note)))


def test_keychain_problems_are_said_in_words(qtbot: QtBot) -> None:
    page = SettingsPage()
    qtbot.addWidget(page)
    page.show_keychain(False, "No recommended backend was available. Install keyrings.alt")
    text = page.keychain_text()
    assert "backend" not in text
    assert "keyrings" not in text
    assert "password" in text
    page.show_keychain(True, "Secrets are kept in SecretService Keyring.")
    assert "SecretService" not in page.keychain_text()


def test_the_language_is_chosen_by_its_own_name_or_follows_the_system(
    qtbot: QtBot, tmp_path: Path
) -> None:
    page, core = _build(qtbot, tmp_path / "p")
    choices = [(page.language.itemData(i), page.language.itemText(i))
               for i in range(page.language.count())]
    assert choices == [("system", "Same as the system"), ("en", "English"), ("de", "Deutsch"),
                       ("fr", "Français")]
    assert page.language.currentData() == "system"
    page.language.activated.emit(page.language.findData("fr"))
    assert core.settings.value(core_keys.LANGUAGE) == "fr"
    assert page.language.currentData() == "fr"
    locked, _core = _build(qtbot, tmp_path / "q", policy='[app]\nlanguage = "de"\n')
    assert locked.language.currentData() == "de"
    assert not locked.language.isEnabled()


def test_reduce_motion_is_chosen_beside_the_language(qtbot: QtBot, tmp_path: Path) -> None:
    page, core = _build(qtbot, tmp_path / "p")
    choices = [(page.motion.itemData(i), page.motion.itemText(i))
               for i in range(page.motion.count())]
    assert choices == [("system", "Same as the system"), ("on", "On"), ("off", "Off")]
    assert page.motion.accessibleName() == "Reduce motion"
    assert page.motion.currentData() == "system"
    heard: list[str] = []
    page.motion_chosen.connect(heard.append)
    page.motion.activated.emit(page.motion.findData("on"))
    assert core.settings.value(core_keys.REDUCED_MOTION) == "on"
    assert page.motion.currentData() == "on"
    assert heard == ["on"]
    locked, _core = _build(qtbot, tmp_path / "q", policy='[app]\nreduced_motion = "off"\n')
    assert locked.motion.currentData() == "off"
    assert not locked.motion.isEnabled()


def test_quiet_hours_are_set_on_the_page_and_locked_by_policy(
    qtbot: QtBot, tmp_path: Path
) -> None:
    page, core = _build(qtbot, tmp_path / "p")
    heard: list[str] = []
    page.quiet_hours_changed.connect(heard.append)
    assert not page.quiet.isChecked()
    assert not page.quiet_from.isEnabled()
    page.quiet_from.setTime(QTime(19, 30))
    page.quiet_to.setTime(QTime(7, 0))
    page.quiet.click()
    assert core.settings.value(attention_keys.QUIET_HOURS) == "19:30-07:00"
    assert page.quiet_from.isEnabled()
    page.quiet_weekends.click()
    assert core.settings.value(attention_keys.QUIET_WEEKENDS) is True
    page.quiet.click()
    assert core.settings.value(attention_keys.QUIET_HOURS) == ""
    assert heard == ["19:30-07:00", ""]
    locked, _core = _build(qtbot, tmp_path / "q",
                           policy='[attention]\nquiet_hours = "18:00-08:00"\n')
    assert locked.quiet.isChecked()
    assert locked.quiet_from.time() == QTime(18, 0)
    assert not locked.quiet.isEnabled()
    assert not locked.quiet_from.isEnabled()


def test_the_screenshot_default_for_help_requests(qtbot: QtBot, tmp_path: Path) -> None:
    page, core = _build(qtbot, tmp_path / "p")
    assert page.screenshot_default.isChecked()
    page.screenshot_default.click()
    assert core.settings.value(helpdesk_keys.ATTACH_SCREENSHOT) is False
    assert page.screenshot_default.accessibleName() == "Attach a screenshot to my help requests"
