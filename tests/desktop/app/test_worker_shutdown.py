"""Quitting the app stops its worker processes first: none is left running or orphaned, and Qt
has nothing to warn about ("QProcess: Destroyed while process is still running")."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def test_a_smoke_test_exit_stops_the_workers(profile_dir: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "desktop.cli", "--profile-dir", str(profile_dir), "--demo",
         "--smoke-test"],
        cwd=ROOT, env=env, timeout=120, capture_output=True, text=True, check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "Destroyed while process" not in done.stdout + done.stderr
