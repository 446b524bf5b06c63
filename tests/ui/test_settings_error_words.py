"""Why a setting was not changed, said in the panel's language: the settings service's English
("has an invalid format", a setting's name, an OS error) stays in the log for IT."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.autostart import AutostartError
from desktop.core import build_core
from desktop.policy import TomlPolicyFile
from desktop.secrets import MemorySecretStore
from desktop.settings import SettingLocked, SettingsWriteError
from desktop.settings_schema import InvalidReason, InvalidValue
from desktop.tasks import InlineTaskRunner
from tests.ui.app_builder import interface_language
from ui.link_opener import LinkOpener
from ui.pages.settings_page import SettingsPage
from ui.settings_controller import SettingsController
from ui.settings_error_words import SettingsError, settings_error_words

Errors = list[tuple[str, str]]


class FakeAutostart:
    def is_enabled(self) -> bool:
        return False

    def set_enabled(self, enabled: bool) -> None:
        pass


def _controller(qtbot: QtBot, profile_dir: Path, policy: str, errors: Errors
                ) -> SettingsController:
    profile_dir.mkdir(exist_ok=True)
    (profile_dir / "policy.toml").write_text(policy, encoding="utf-8")
    core = build_core(profile_dir, policy_source=TomlPolicyFile(profile_dir / "policy.toml"),
                      secrets=MemorySecretStore())
    page = SettingsPage()
    qtbot.addWidget(page)
    return SettingsController(core, FakeAutostart(), InlineTaskRunner(), page,
                              lambda title, text: errors.append((title, text)),
                              LinkOpener(parent=page), page)


def test_a_refused_work_email_is_explained_in_german(qtbot: QtBot, profile_dir: Path) -> None:
    errors: Errors = []
    with interface_language("de"):
        _controller(qtbot, profile_dir, "", errors).set_work_email("alex@acme")
    ((title, text),) = errors
    assert title == "Ihre geschäftliche E-Mail-Adresse konnte nicht gespeichert werden"
    assert "invalid format" not in text
    assert "nicht so geschrieben" in text


def test_a_locked_language_is_explained_in_german(qtbot: QtBot, profile_dir: Path) -> None:
    errors: Errors = []
    with interface_language("de"):
        _controller(qtbot, profile_dir, '[app]\nlanguage = "de"\n', errors).set_language("fr")
    ((_title, text),) = errors
    assert "app.language" not in text
    assert "IT hat dies für Sie festgelegt" in text


@pytest.mark.parametrize(("error", "german"), [
    (InvalidValue("must be at least 1.5", InvalidReason.TOO_SMALL, 1.5), "mindestens 1,5"),
    (InvalidValue("must be at most 90", InvalidReason.TOO_LARGE, 90), "höchstens 90"),
    (InvalidValue("must be one of en, de", InvalidReason.NOT_A_CHOICE), "Auswahl"),
    (InvalidValue("must be a whole number"), "Art von Wert"),
    (SettingsWriteError("[Errno 28] No space left on device"), "Datenträger"),
    (SettingLocked("app.language"), "IT hat"),
    (AutostartError("Could not update /x/deskmate.desktop: Permission denied"), "Anmeldung"),
])
def test_each_kind_has_a_german_sentence(qtbot: QtBot, error: SettingsError, german: str
                                         ) -> None:
    with interface_language("de"):
        words = settings_error_words(error)
    assert german in words
    assert str(error) not in words
