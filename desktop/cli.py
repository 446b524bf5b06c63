"""The ``deskmate`` command: starts the tray app, or runs one subcommand and exits."""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from collections.abc import Callable, Sequence

from desktop import APP_NAME, __version__, commands
from desktop.core import Core, build_core

CoreFactory = Callable[[], Core]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="deskmate",
        description=f"{APP_NAME}: check your computer, get approved apps and ask IT for help.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--profile-dir", metavar="DIR", help="keep all settings and data under DIR")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="demo mode: bundled demo catalogue and file-drop helpdesk; nothing leaves the machine",
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="start, show the tray icon (or the window), then exit 0",
    )
    parser.add_argument(
        "--hidden", action="store_true", help="start in the tray without opening the panel"
    )
    parser.add_argument("--page", help=argparse.SUPPRESS)  # the panel page to open first
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{commands.__name__}.{info.name}")
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from desktop.app import run_app  # Qt is imported only for the GUI

        return run_app(args)
    cached: list[Core] = []

    def core_factory() -> Core:
        if not cached:
            cached.append(build_core(args.profile_dir, demo=args.demo))
        return cached[0]

    from desktop.log_setup import configure_logging

    configure_logging(core_factory().paths.log_file)
    result: int = args.handler(args, core_factory)
    return result


if __name__ == "__main__":
    sys.exit(main())
