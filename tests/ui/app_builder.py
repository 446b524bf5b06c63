"""Builds the real Application for GUI tests (a profile, a policy file, an in-memory keychain),
in the interface language a test asks for."""

from __future__ import annotations

import argparse
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from desktop.app.graph import Application
from desktop.app.launch import branding_for
from desktop.app.translators import install_translators
from desktop.attention.signals import Detector
from desktop.core import build_core
from desktop.policy import TomlPolicyFile
from desktop.secrets import MemorySecretStore
from ui.tray import TrayIcon


def build_application(
    profile: Path, policy: Path | None = None, demo: bool = True,
    detectors: Sequence[Detector] = (),
) -> Application:
    """The app as ``--profile-dir profile`` with ``DESKMATE_POLICY=policy`` would build it,
    panel hidden; the caller shuts it down. Without ``policy``, an empty policy file beside
    the profile. The attention gate sees only ``detectors`` (by default none: never busy), so
    this desk's own do-not-disturb cannot hold test messages."""
    if policy is None:
        policy = profile.parent / "policy.toml"
        policy.write_text("", encoding="utf-8")
    core = build_core(profile, demo=demo, policy_source=TomlPolicyFile(policy),
                      secrets=MemorySecretStore())
    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    branding = branding_for(core)
    return Application(qapp, core, argparse.Namespace(hidden=True, page=None), branding,
                       TrayIcon(branding.accent), detectors)


@contextmanager
def interface_language(language: str) -> Iterator[None]:
    """``language`` as app.language makes it (the composition root's own code), undone after."""
    qapp = QApplication.instance()
    assert qapp is not None
    before, installed = QLocale(), set(qapp.findChildren(QTranslator))
    install_translators(qapp, language)
    try:
        yield
    finally:
        for translator in set(qapp.findChildren(QTranslator)) - installed:
            qapp.removeTranslator(translator)
        QLocale.setDefault(before)
