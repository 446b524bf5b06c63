"""``deskmate request --attach-diagnostics`` leaves no process behind when it exits."""

from __future__ import annotations

import json
from pathlib import Path

import psutil
import pytest

from desktop.cli import main


def _left_behind(profile: Path) -> list[psutil.Process]:
    found = []
    for process in psutil.process_iter(["cmdline"]):
        cmdline = process.info["cmdline"] or []
        if str(profile) in cmdline and "diagnose" in cmdline:
            found.append(process)
    return found


def test_attach_diagnostics_leaves_no_detached_child(
    profile_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    try:
        assert main(["--profile-dir", str(profile_dir), "request", "--category", "network",
                     "--summary", "VPN fails", "--attach-diagnostics", "--dry-run",
                     "--json"]) == 0
        names = [a["name"] for a in json.loads(capsys.readouterr().out)["attachments"]]
        assert "diagnostics.json" in names
        assert _left_behind(profile_dir) == []
    finally:
        for process in _left_behind(profile_dir):  # only what this test started
            process.kill()
