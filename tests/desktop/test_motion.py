"""Reduced motion: the setting, and the OS's own reduce-motion switch read through fakes."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from desktop.attention.probes import ToolRunner
from desktop.motion import (
    gnome_reduced,
    macos_reduced,
    system_setting,
    wants_reduced_motion,
    windows_reduced,
)


def answering(answers: dict[str, str]) -> ToolRunner:
    """A fake tool runner: each tool's answer, None for a tool that is not there."""
    def run(argv: Sequence[str]) -> str | None:
        return answers.get(argv[0])
    return run


def test_gnome_animations_off_means_reduced_motion() -> None:
    assert gnome_reduced(answering({"gsettings": "false\n"})) is True
    assert gnome_reduced(answering({"gsettings": "true\n"})) is False
    assert gnome_reduced(answering({})) is None  # no gsettings: cannot tell


def test_macos_reduce_motion() -> None:
    assert macos_reduced(answering({"defaults": "1\n"})) is True
    assert macos_reduced(answering({"defaults": "0\n"})) is False
    assert macos_reduced(answering({})) is None  # the key was never set


def test_windows_client_area_animation_off_means_reduced_motion() -> None:
    assert windows_reduced(lambda: False) is True
    assert windows_reduced(lambda: True) is False
    assert windows_reduced(lambda: None) is None


@pytest.mark.parametrize(("platform", "tool", "answer"), [
    ("linux", "gsettings", "false"), ("darwin", "defaults", "1")])
def test_each_platform_asks_its_own_tool(platform: str, tool: str, answer: str) -> None:
    assert system_setting(platform, answering({tool: answer}))() is True
    assert system_setting(platform, answering({}))() is None


@pytest.mark.parametrize(("choice", "system", "reduced"), [
    ("on", False, True), ("off", True, False), ("system", True, True),
    ("system", False, False), ("system", None, False)])
def test_the_setting_wins_and_system_follows_the_os(
    choice: str, system: bool | None, reduced: bool
) -> None:
    assert wants_reduced_motion(choice, lambda: system) is reduced
