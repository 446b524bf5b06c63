"""Which version of an installed catalogue app the package manager reports, read from its output.

Each reader gets the argv-running function of :class:`~desktop.catalogue.installed_state.
StateDetector` (so a query detection already ran, such as ``winget list``, is not run again)
and returns the version as text, or "" when the manager says nothing usable. A version is
shown to the person, so only text that looks like one (``patterns.VERSION``) is kept.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from desktop.catalogue import patterns
from desktop.catalogue.installer_process import ProcessOutcome

log = logging.getLogger(__name__)

Run = Callable[[list[str]], ProcessOutcome]


def installed_version(run: Run, method: str, package: str) -> str:
    """The version ``method``'s manager reports for ``package`` ("" when it does not say)."""
    reader = _READERS.get(method)
    found = reader(run, method, package) if reader else ""
    return found if patterns.VERSION.fullmatch(found) else ""


def _token_after(rows: list[str], package: str) -> str:
    """The word after ``package`` in the first row naming it (winget's and snap's tables)."""
    for row in rows:
        words = row.split()
        lowered = [w.lower() for w in words]
        if package.lower() in lowered:
            at = lowered.index(package.lower())
            return words[at + 1] if at + 1 < len(words) else ""
    return ""


def _winget(run: Run, _method: str, package: str) -> str:
    out = run(["winget", "list", "--id", package, "--exact",
               "--accept-source-agreements", "--disable-interactivity"])
    return _token_after(out.output.splitlines(), package) if out.returncode == 0 else ""


def _brew(run: Run, method: str, package: str) -> str:
    cask = ["--cask"] if method == "brew_cask" else []
    out = run(["brew", "list", "--versions", *cask, "--", package])
    words = out.output.split()
    return words[-1] if out.returncode == 0 and len(words) >= 2 else ""


def _flatpak(run: Run, _method: str, package: str) -> str:
    out = run(["flatpak", "list", "--app", "--columns=application,version"])
    for row in out.output.splitlines() if out.returncode == 0 else ():
        parts = row.split("\t")
        if parts[0].strip() == package and len(parts) > 1:
            return parts[1].strip()
    return ""


def _dpkg(run: Run, _method: str, package: str) -> str:
    out = run(["dpkg-query", "-W", "-f=${Version}", "--", package])
    return out.output.strip() if out.returncode == 0 else ""


def _snap(run: Run, _method: str, package: str) -> str:
    out = run(["snap", "list", "--", package])
    return _token_after(out.output.splitlines()[1:], package) if out.returncode == 0 else ""


_READERS: dict[str, Callable[[Run, str, str], str]] = {
    "winget": _winget, "brew": _brew, "brew_cask": _brew, "flatpak": _flatpak,
    "apt": _dpkg, "snap": _snap,
}
VERSION_METHODS = frozenset(_READERS)  # install methods whose manager reports a version
