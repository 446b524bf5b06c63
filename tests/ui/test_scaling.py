"""At 200 % (QT_SCALE_FACTOR=2) icons are drawn for the display's scale and no text is cut."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_page_at_200_percent_has_sharp_icons_and_whole_texts(tmp_path: Path) -> None:
    env = {**os.environ, "QT_SCALE_FACTOR": "2", "QT_QPA_PLATFORM": "offscreen",
           "DESKMATE_POLICY": os.devnull}
    done = subprocess.run(
        [sys.executable, "-m", "tests.ui.scaled_pages", str(tmp_path / "profile")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=180, check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["scale"] == 2.0
    assert report["problems"] == [], "\n".join(report["problems"])
