"""What every Deskmate PyInstaller build leaves out, shared by deskmate.spec and bare_tray.spec.

The bare tray (benchmarks/bare_tray.py) is built with exactly this filtering, so the frozen
onedir size in ``make bench-frozen`` compares like with like.
"""

import re
import sys
from pathlib import Path

from PyInstaller.depend.bindepend import get_imports

# Qt modules the app never imports; Qt's hooks would otherwise follow them from PySide6.
EXCLUDES = [
    "tkinter", "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtPdf", "PySide6.QtOpenGL",
    "PySide6.QtSql", "PySide6.QtTest", "PySide6.QtDesigner", "PySide6.QtUiTools",
    "PySide6.QtXml", "PySide6.QtConcurrent", "PySide6.QtPrintSupport",
]
# Files Deskmate does not need (see /work/shared/recipes/headless-desktop.md): the GTK3 theme
# (it drags in all of GTK), wayland/eglfs/vnc/linuxfb platforms (Wayland sessions use XWayland),
# Qt's own translations except qtbase's for the interface languages (standard buttons), image
# formats other than png (built in), svg and ico, virtual keyboard.
DROP = re.compile(
    r"(^|/)plugins/("
    r"platformthemes/.*gtk3"
    r"|platforms/.*(wayland|eglfs|vnc|linuxfb|vkkhrdisplay|minimalegl)"
    r"|wayland-[^/]*/|egldeviceintegrations/|generic/|designer/|qmltooling/|qmllint/"
    r"|sqldrivers/|printsupport/|networkinformation/|tls/|vectorimageformats/"
    r"|imageformats/(?!.*(svg|ico))"
    r"|platforminputcontexts/.*virtualkeyboard"
    r")"
    r"|(^|/)Qt/translations/(?!qtbase_(de|fr|en)\.qm$)"
)
STRIP = sys.platform.startswith("linux")


def keep(toc):
    return [entry for entry in toc if not DROP.search(entry[0].replace("\\", "/"))]


def prune_orphans(binaries):
    """Drop shared libraries (Linux) that only the dropped plugins needed, e.g. libgtk-3."""
    if not sys.platform.startswith("linux"):
        return binaries
    roots = [e for e in binaries if e[2] == "EXTENSION" or "/plugins/" in e[0]]
    needed = set()
    for _dest, src, _kind in roots:
        needed.update(name for name, _path in get_imports(src))
    # A library from a plugin is dlopen()ed by Qt (never "needed"): those stay as roots.
    return [
        e for e in binaries
        if e in roots or Path(e[0]).name in needed or Path(e[0]).name.startswith("libpython")
    ]


def without_dangling_links(a):
    """Drop the top-level symlinks PyInstaller made to libraries that were just removed."""
    present = {e[0] for e in [*a.binaries, *a.datas] if e[2] != "SYMLINK"}

    def ok(entry):
        return entry[2] != "SYMLINK" or str(Path(entry[0]).parent / entry[1]) in present

    a.binaries = [e for e in a.binaries if ok(e)]
    a.datas = [e for e in a.datas if ok(e)]


def filtered(a):
    """Apply the filtering to one Analysis, in place."""
    a.binaries = prune_orphans(keep(a.binaries))
    a.datas = keep(a.datas)
    without_dangling_links(a)
