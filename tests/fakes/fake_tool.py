"""Fake package managers and openers: record argv as JSON lines and print realistic output.

Environment:
    DESKMATE_FAKE_LOG      file that gets one JSON line per call: {"tool", "argv", "pid"}
    DESKMATE_FAKE_STATE    folder where installed packages are remembered (one file each)
    DESKMATE_FAKE_FAIL     comma-separated tool names that fail their install
    DESKMATE_FAKE_UPDATES  comma-separated package ids that have an update available
    DESKMATE_FAKE_DELAY    seconds to sleep between progress lines (default 0)
    DESKMATE_FAKE_HELPER   set: an install starts a helper process first (as winget starts the
                           app's installer), logged as tool "helper", that runs for a minute
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

EXIT_NOT_FOUND = 20


def _env_list(name: str) -> set[str]:
    return {part for part in os.environ.get(name, "").split(",") if part}


def _record(tool: str, argv: list[str], pid: int | None = None) -> None:
    log = os.environ.get("DESKMATE_FAKE_LOG")
    if log:
        with open(log, "a", encoding="utf-8") as handle:
            handle.write(json.dumps({"tool": tool, "argv": argv,
                                     "pid": pid or os.getpid()}) + "\n")


def _state(package: str) -> Path:
    root = Path(os.environ.get("DESKMATE_FAKE_STATE", "/nonexistent"))
    return root / package.replace("/", "_")


def _installed(package: str) -> bool:
    return _state(package).exists()


def _mark(package: str) -> None:
    _state(package).parent.mkdir(parents=True, exist_ok=True)
    _state(package).write_text("installed", encoding="utf-8")


def _progress(template: str, steps: tuple[int, ...] = (0, 15, 45, 80, 100)) -> None:
    if os.environ.get("DESKMATE_FAKE_HELPER"):
        argv = [sys.executable, "-c", "import time; time.sleep(60)"]
        _record("helper", argv, subprocess.Popen(argv).pid)
    delay = float(os.environ.get("DESKMATE_FAKE_DELAY", "0"))
    for pct in steps:
        _show(template.format(bar="█" * (pct // 10) + "▒" * (10 - pct // 10), pct=pct) + "\r")
        time.sleep(delay)
    _show("\n")


def _show(text: str) -> None:
    """Like a real package manager, keep installing when nobody reads the output any more
    (its reader was killed): a dying pipe must not end the fake for the test."""
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        pass


def _fails(tool: str) -> bool:
    return tool in _env_list("DESKMATE_FAKE_FAIL")


def winget(args: list[str]) -> int:
    package = args[args.index("--id") + 1] if "--id" in args else ""
    if args[:1] == ["list"]:
        if not _installed(package):
            print("No installed package found matching input criteria.")
            return EXIT_NOT_FOUND
        if package in _env_list("DESKMATE_FAKE_UPDATES"):
            print("Name    Id              Version Available Source")
            print("-" * 50)
            print(f"Example {package} 1.0     2.0       winget")
        else:
            print("Name    Id              Version Source")
            print("-" * 40)
            print(f"Example {package} 2.0     winget")
        return 0
    print(f"Found Example [{package}] Version 2.0")
    print("This application is licensed to you by its owner.")
    print("Downloading https://example.invalid/setup.exe")
    _progress("  {bar}  {pct}%")
    if _fails("winget"):
        print("Installer failed with exit code: 1603")
        return 1
    print("Successfully verified installer hash")
    print("Starting package install...")
    _mark(package)
    print("Successfully installed")
    return 0


def brew(args: list[str]) -> int:
    package = args[-1]
    if args[:1] == ["list"]:
        if _installed(package):
            print(f"{package} 1.0" if "--versions" in args else f"/opt/homebrew/Caskroom/{package}")
            return 0
        print(f"Error: No such keg: /opt/homebrew/Cellar/{package}", file=sys.stderr)
        return 1
    if args[:1] == ["outdated"]:
        if package in _env_list("DESKMATE_FAKE_UPDATES"):
            print(package)
        return 0
    print(f"==> Downloading https://example.invalid/{package}.dmg")
    _progress("######## {pct}%")
    if _fails("brew"):
        print(f"Error: {package}: SHA256 mismatch")
        return 1
    _mark(package)
    print(f"🍺  {package} was successfully installed!")
    return 0


def flatpak(args: list[str]) -> int:
    if args[:1] == ["list"]:
        root = Path(os.environ.get("DESKMATE_FAKE_STATE", "/nonexistent"))
        version = "\t1.0" if "--columns=application,version" in args else ""
        names = sorted(p.name for p in root.glob("*")) if root.is_dir() else []
        print("\n".join(name + version for name in names))
        return 0
    package = args[-1]
    print(f"Looking for matches…\nInstalling {package}")
    _progress("Installing 1/1… {bar} {pct}%")
    if _fails("flatpak"):
        print(f"error: Failed to install {package}")
        return 1
    _mark(package)
    print("Installation complete.")
    return 0


def apt_get(args: list[str]) -> int:
    package = args[-1]
    print("Reading package lists... Done\nBuilding dependency tree... Done")
    if _fails("apt-get"):
        print(f"E: Unable to locate package {package}")
        return 100
    _mark(package)
    print(f"Setting up {package} (1.0-1) ...")
    return 0


def dpkg_query(args: list[str]) -> int:
    package = args[-1]
    if _installed(package):
        sys.stdout.write("1.0-1" if "-f=${Version}" in args else "install ok installed")
        return 0
    print(f"dpkg-query: no packages found matching {package}", file=sys.stderr)
    return 1


def snap(args: list[str]) -> int:
    package = args[-1]
    if args[:1] == ["list"]:
        if not _installed(package):
            print("error: no matching snaps installed", file=sys.stderr)
            return 1
        print(f"Name  Version  Rev  Tracking  Publisher  Notes\n{package}  1.0  1  stable  x  -")
        return 0
    if _fails("snap"):
        print(f'error: snap "{package}" not found')
        return 1
    _mark(package)
    print(f"{package} 1.0 from Example installed")
    return 0


def pkexec(args: list[str]) -> int:
    if _fails("pkexec"):
        print("Error executing command as another user: Request dismissed", file=sys.stderr)
        return 126
    os.execvp(args[0], args)  # the real pkexec runs the program with root rights


def recorder(_args: list[str]) -> int:
    return 0


TOOLS = {
    "winget": winget, "brew": brew, "flatpak": flatpak, "apt-get": apt_get,
    "dpkg-query": dpkg_query, "snap": snap, "pkexec": pkexec,
}


def main(tool: str) -> int:
    args = sys.argv[1:]
    _record(tool, args)
    return TOOLS.get(tool, recorder)(args)
