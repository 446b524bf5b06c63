"""The .ts files are complete, sound and current: nothing unfinished or vanished, every
placeholder and accelerator kept, and every text of the source in them.

When one fails after new strings landed: `make update-translations`, then translate the new
entries with `.ci/translations.py unfinished|apply` (docs/translations.md).
"""

from __future__ import annotations

import ast
import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "resources" / "translations"
LUPDATE = Path(sys.executable).with_name("pyside6-lupdate")
LANGUAGES = ("de", "fr")  # complete translations; deskmate_en.ts holds English plurals only
# What lupdate reads as a translation call; any other name hides its text from the .ts.
LUPDATE_NAMES = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("translations", ROOT / ".ci/translations.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


script = _script()


def _ts_files() -> list[Path]:
    return [FOLDER / f"deskmate_{lang}.ts" for lang in (*LANGUAGES, "en")]


@pytest.mark.parametrize("ts", _ts_files(), ids=lambda p: p.name)
def test_nothing_is_unfinished_or_vanished(ts: Path) -> None:
    states = [entry.state for entry in script.read(ts)]
    assert states, "an empty translation"
    assert [s for s in states if s] == []


@pytest.mark.parametrize("ts", _ts_files(), ids=lambda p: p.name)
def test_every_translation_keeps_its_placeholders_and_accelerator(ts: Path) -> None:
    assert [p for entry in script.read(ts) for p in script.entry_problems(entry)] == []


def test_a_lost_placeholder_or_accelerator_is_found() -> None:
    assert script.problems("Ask IT about {check}", "Die IT fragen") != []
    assert script.problems("&Summary", "Zusammenfassung") != []
    assert script.problems("%n day(s) ago", "vor einem Tag") == []  # a form may spell out one
    assert script.problems("{s:02d} of &File", "{s:02d} von &Datei") == []


@pytest.mark.parametrize("language", [*LANGUAGES, "en"])
def test_the_translation_is_current_with_the_source(language: str, tmp_path: Path) -> None:
    """lupdate, run as `make update-translations` runs it, adds and removes nothing."""
    ts = FOLDER / f"deskmate_{language}.ts"
    copy = tmp_path / ts.name
    shutil.copy(ts, copy)
    only_plurals = ["-pluralonly"] if language == "en" else []
    subprocess.run([str(LUPDATE), *script.sources(ROOT), "-no-obsolete", "-locations", "none",
                    *only_plurals, "-source-language", "en", "-target-language", language,
                    "-ts", str(copy)], cwd=ROOT, check=True, timeout=120, capture_output=True)
    assert _messages(copy) == _messages(ts)


def _messages(ts: Path) -> set[tuple[str, str, str, bool]]:
    return {(e.context, e.source, e.comment, e.numerus) for e in script.read(ts)}


def test_every_translation_call_is_one_lupdate_can_read() -> None:
    """A text passed to a wrapper (``_tr("Checked at {time}")``) never reaches the .ts, so it
    stays English in every language: call tr/translate with the literal text instead."""
    hidden = []
    for name in script.sources(ROOT) + _python_files_with_wrappers():
        tree = ast.parse((ROOT / name).read_text(encoding="utf-8"))
        hidden += [f"{name}:{call.lineno}" for call in ast.walk(tree)
                   if isinstance(call, ast.Call) and _hides_text(call)]
    assert hidden == []


def _python_files_with_wrappers() -> list[str]:
    return [str(p.relative_to(ROOT)) for folder in script.SOURCE_FOLDERS
            for p in (ROOT / folder).rglob("*.py") if "_tr(" in p.read_text(encoding="utf-8")]


def _hides_text(call: ast.Call) -> bool:
    func = call.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
    literal = bool(call.args) and isinstance(call.args[0], ast.Constant) and isinstance(
        call.args[0].value, str)
    looks_like_tr = name.lower().endswith("tr") or "translate" in name.lower()
    return literal and looks_like_tr and name not in LUPDATE_NAMES
