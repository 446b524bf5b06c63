"""Frozen onedir size: Deskmate's PyInstaller build beside the bare tray's, same filtering.

Both specs share installer/frozen_filter.py. ``make bench-frozen`` runs this (the builds take
minutes, so ``make bench`` does not); its figure is merged into bench-results/results.json.
Set DESKMATE_FROZEN_DIST to measure builds already made there instead of building.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

from benchmarks.result import Figure

ROOT = Path(__file__).resolve().parents[1]
WORK = ROOT / "build" / "bench-frozen"
MIB = 1024 * 1024
TARGET = 1.15
SPECS = {"deskmate": "installer/deskmate.spec", "bare-tray": "installer/bare_tray.spec"}


def build(dist: Path) -> None:
    for name, spec in SPECS.items():
        subprocess.run(
            [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level",
             "WARN", "--distpath", str(dist), "--workpath", str(WORK / f"work-{name}"),
             str(ROOT / spec)],
            cwd=ROOT, check=True,
        )


def du_bytes(folder: Path) -> int:
    """``du -sb``: apparent size of every file and folder."""
    out = subprocess.run(["du", "-sb", str(folder)], capture_output=True, text=True, check=True)
    return int(out.stdout.split()[0])


def files(folder: Path) -> dict[str, int]:
    return {str(p.relative_to(folder)): p.stat().st_size
            for p in folder.rglob("*") if p.is_file() and not p.is_symlink()}


def only_in_deskmate(deskmate: Path, bare: Path) -> list[tuple[str, int]]:
    """Bytes in Deskmate's _internal/ that the bare tray lacks, by top-level package."""
    theirs = files(bare / "_internal")
    sizes: Counter[str] = Counter()
    for name, size in files(deskmate / "_internal").items():
        if name not in theirs:
            sizes[name.split("/")[0]] += size
    return sizes.most_common(5)


def run() -> list[Figure]:
    given = os.environ.get("DESKMATE_FROZEN_DIST")
    dist = Path(given) if given else WORK / "dist"
    if not given:
        build(dist)
    deskmate, bare = du_bytes(dist / "deskmate"), du_bytes(dist / "bare-tray")
    biggest = ", ".join(f"{name} {size / MIB:.1f}" for name, size in
                        only_in_deskmate(dist / "deskmate", dist / "bare-tray"))
    return [Figure(
        "frozen onedir size (du -sb)", deskmate / MIB, "MiB",
        "bare PySide6 tray, same filtered spec", bare / MIB, f"<= {TARGET}x bare",
        deskmate / bare <= TARGET,
        note=f"one build each; largest only in Deskmate, MiB: {biggest}",
    )]
