"""The core stays Qt-free: diagnostics and every desktop service import without PySide6."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
QT_SIDE = ("desktop.app", "desktop.shell")  # the composition root and the platform shell


def core_modules() -> list[str]:
    names = []
    for package in ("desktop", "diagnostics"):
        for path in sorted((ROOT / package).rglob("*.py")):
            module = ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(
                ".__init__"
            )
            if not module.startswith(QT_SIDE):
                names.append(module)
    return names


def test_core_modules_load_no_qt() -> None:
    modules = core_modules()
    assert "desktop.settings" in modules
    assert "diagnostics" in modules
    assert "desktop.helpdesk.connectors.registry" in modules
    script = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "qt = sorted(m for m in sys.modules if m.startswith('PySide6'))\n"
        "print('QT:' + ','.join(qt))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "QT:", result.stdout


def test_only_the_composition_root_imports_ui() -> None:
    """desktop/app/ (launch + graph) is the composition root."""
    offenders = []
    for path in (ROOT / "desktop").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = (
                [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else ([node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            )
            in_root = path.parent == ROOT / "desktop" / "app"
            if any(n == "ui" or n.startswith("ui.") for n in names) and not in_root:
                offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []


def test_diagnostics_does_not_depend_on_desktop_or_ui() -> None:
    for path in (ROOT / "diagnostics").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "from desktop" not in text, path
        assert "import desktop" not in text, path
        assert "PySide6" not in text, path


def test_connectors_know_only_the_contract_not_the_service_around_them() -> None:
    """desktop/helpdesk/connectors/ delivers and reads tickets; the outbox, the service, the
    payload builder and the request views use connectors, never the other way round."""
    above = ("desktop.helpdesk.outbox", "desktop.helpdesk.service", "desktop.helpdesk.payload",
             "desktop.helpdesk.request_thread", "desktop.helpdesk.context")
    offenders = []
    for path in (ROOT / "desktop" / "helpdesk" / "connectors").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "") in above:
                offenders.append(f"{path.name}: {node.module}")
    assert offenders == []


def test_only_the_helpdesk_service_opens_the_outbox() -> None:
    """HelpdeskService is the way in for submit, retry, flush, reply, rate and poll."""
    offenders = []
    for package in ("desktop", "ui"):
        for path in (ROOT / package).rglob("*.py"):
            if path.parent == ROOT / "desktop" / "helpdesk":
                continue
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                called = isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and \
                    node.func.id == "Outbox"
                reached = isinstance(node, ast.Attribute) and node.attr == "outbox"
                if called or reached:
                    offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert offenders == []
