"""``make bench``: run every benchmark, print the table, and write bench-results/results.json.

``python -m benchmarks SUITE ...`` runs only those suites (``frozen`` only this way: it
builds); their figures replace the same figures in an existing results.json, others stay.
"""

from __future__ import annotations

import compileall
import importlib
import json
import os
import platform
import sys
import traceback
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from benchmarks.result import Figure

SUITES = ("startup", "footprint", "panel", "diagnostics", "catalogue", "outbox")
OUT = Path(__file__).resolve().parents[1] / "bench-results" / "results.json"


def _fmt(value: float | None) -> str:
    if value is None:
        return "-"
    return f"{value:.3g}" if abs(value) < 100 else f"{value:.0f}"


def compile_bytecode() -> None:
    """Write every module's bytecode first, as an installed app has it (pip compiles at
    install, PyInstaller bundles it). Without it, a checkout run with PYTHONDONTWRITEBYTECODE
    (as this machine's shell sets) compiles each changed module at every start: about 45 ms of
    Deskmate's start-up and compiler memory, but nothing of the bare tray's."""
    root = OUT.parents[1]
    for package in ("desktop", "ui", "diagnostics", "resources", "benchmarks"):
        compileall.compile_dir(root / package, quiet=1)


def main() -> int:
    os.environ.setdefault("DESKMATE_POLICY", os.devnull)
    compile_bytecode()
    figures: list[Figure] = []
    failures: list[str] = []
    only = sys.argv[1:] or list(SUITES)
    for suite in only:
        print(f"… {suite}", flush=True)
        try:
            figures += importlib.import_module(f"benchmarks.{suite}").run()
        except Exception:
            failures.append(suite)
            traceback.print_exc()
    print(f"\n{'figure':<52} {'value':>9} {'unit':<10} {'baseline':>9} {'ratio':>6}  target")
    for f in figures:
        verdict = "" if f.met is None else (" ✓" if f.met else " ✗ MISSED")
        print(
            f"{f.name:<52} {_fmt(f.value):>9} {f.unit:<10} {_fmt(f.baseline):>9} "
            f"{_fmt(f.ratio):>6}  {f.target}{verdict}   (baseline: {f.baseline_name})"
        )
        if f.note:
            print(f"    {f.note}")
    rows = [f.as_dict() for f in figures]
    if sys.argv[1:]:
        rows = _kept_rows({r["name"] for r in rows}) + rows
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(
        json.dumps(
            {
                "when": datetime.now(UTC).isoformat(timespec="seconds"),
                "machine": {
                    "cpus": os.cpu_count(),
                    "python": platform.python_version(),
                    "platform": platform.platform(),
                },
                "figures": rows,
                "failed_suites": failures,
            },
            indent=2,
        ),
        encoding="utf-8",
    )
    print(f"\nwritten: {OUT}")
    return 1 if failures else 0


def _kept_rows(replaced: set[str]) -> list[dict[str, Any]]:
    """The figures of an earlier run that this run did not measure again."""
    try:
        earlier = json.loads(OUT.read_text(encoding="utf-8"))["figures"]
    except (OSError, ValueError, KeyError):
        return []
    return [row for row in earlier if row.get("name") not in replaced]


if __name__ == "__main__":
    sys.exit(main())
