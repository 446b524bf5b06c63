"""The Settings page's "Your work e-mail": validated as typed, saved once valid, locked by IT."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.core import Core, build_core
from desktop.policy import TomlPolicyFile
from desktop.secrets import MemorySecretStore
from desktop.settings_defs import helpdesk as keys
from desktop.tasks import InlineTaskRunner
from ui.link_opener import LinkOpener
from ui.pages.settings_page import SettingsPage
from ui.settings_controller import SettingsController


class FakeAutostart:
    def is_enabled(self) -> bool:
        return False

    def set_enabled(self, enabled: bool) -> None:
        pass


def _page(qtbot: QtBot, profile_dir: Path, policy: str = "") -> tuple[SettingsPage, Core]:
    profile_dir.mkdir(exist_ok=True)
    (profile_dir / "policy.toml").write_text(policy, encoding="utf-8")
    core = build_core(profile_dir, policy_source=TomlPolicyFile(profile_dir / "policy.toml"),
                      secrets=MemorySecretStore())
    page = SettingsPage()
    qtbot.addWidget(page)
    errors: list[tuple[str, str]] = []
    controller = SettingsController(core, FakeAutostart(), InlineTaskRunner(), page,
                                    lambda title, text: errors.append((title, text)),
                                    LinkOpener(parent=page), page)
    controller.refresh()
    return page, core


def _type(qtbot: QtBot, page: SettingsPage, text: str) -> None:
    page.work_email.edit.clear()
    qtbot.keyClicks(page.work_email.edit, text)  # type: ignore[no-untyped-call]  # pytest-qt is untyped
    qtbot.keyClick(page.work_email.edit, Qt.Key.Key_Return)  # type: ignore[no-untyped-call]  # pytest-qt is untyped


def test_a_valid_address_is_saved_and_shown_again(qtbot: QtBot, profile_dir: Path) -> None:
    page, core = _page(qtbot, profile_dir)
    assert page.work_email.edit.accessibleName() == "Your work e-mail"
    _type(qtbot, page, "alex@acme.example")
    assert core.settings.value(keys.WORK_EMAIL) == "alex@acme.example"
    assert page.work_email.edit.text() == "alex@acme.example"


def test_an_invalid_address_is_not_saved_and_says_so(qtbot: QtBot, profile_dir: Path) -> None:
    page, core = _page(qtbot, profile_dir)
    _type(qtbot, page, "alex@acme")
    assert core.settings.value(keys.WORK_EMAIL) == ""
    assert "not an e-mail address" in page.work_email.note.text()


def test_it_can_set_it_by_policy_and_lock_it(qtbot: QtBot, profile_dir: Path) -> None:
    page, _core = _page(qtbot, profile_dir, '[helpdesk]\nwork_email = "it@acme.example"\n')
    assert page.work_email.edit.text() == "it@acme.example"
    assert not page.work_email.edit.isEnabled()
