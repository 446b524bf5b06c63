"""PySide6's import check gives the same answers without keeping every module's source."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def _imports(tmp_path: Path, replace: bool) -> dict[str, object]:
    """Import two modules after PySide6 (one naming it), in a fresh interpreter; what the check
    said of each, and how many files linecache then holds."""
    (tmp_path / "names_qt.py").write_text("# uses PySide6\nVALUE = 1\n" * 500, encoding="utf-8")
    (tmp_path / "plain.py").write_text("VALUE = 2\n" * 500, encoding="utf-8")
    script = textwrap.dedent(f"""
        import json, linecache, sys
        sys.path.insert(0, {str(tmp_path)!r})
        import PySide6
        from desktop.shell.pyside_sources import read_sources_without_keeping
        replaced = read_sources_without_keeping() if {replace} else None
        import names_qt, plain
        from shibokensupport.feature import pyside_feature_dict as said
        kept = sorted(name.rsplit("/", 1)[-1] for name, entry in linecache.cache.items()
                      if len(entry) > 1 and name.startswith({str(tmp_path)!r}))
        print(json.dumps({{"replaced": replaced, "kept": kept,
                           "names_qt": said["names_qt"], "plain": said["plain"]}}))
    """)
    out = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True,
                         text=True, check=True, timeout=60)
    result: dict[str, object] = json.loads(out.stdout)
    return result


def test_the_check_keeps_every_source_without_the_replacement(tmp_path: Path) -> None:
    """Why the replacement exists: PySide6's own check leaves the text in linecache."""
    assert _imports(tmp_path, replace=False)["kept"] == ["names_qt.py", "plain.py"]


def test_the_replacement_answers_alike_and_keeps_nothing(tmp_path: Path) -> None:
    original, replaced = _imports(tmp_path, replace=False), _imports(tmp_path, replace=True)
    assert replaced["replaced"] is True
    assert (replaced["names_qt"], replaced["plain"]) == (original["names_qt"], original["plain"])
    assert replaced["names_qt"] != replaced["plain"]  # the check tells the two apart
    assert replaced["kept"] == []
