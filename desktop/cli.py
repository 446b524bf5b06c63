"""The ``deskmate`` command: starts the tray app, or runs one subcommand and exits."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable, Sequence

from desktop import APP_NAME, __version__, commands
from desktop.core import Core, build_core

CoreFactory = Callable[[], Core]


def build_parser(with_commands: bool = True) -> argparse.ArgumentParser:
    """The full parser; without commands it parses only the global options, so starting the
    GUI does not import every subcommand's dependencies."""
    parser = argparse.ArgumentParser(
        prog="deskmate",
        description=f"{APP_NAME}: check your computer, get approved apps and ask IT for help.",
        add_help=with_commands,
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
    if not with_commands:
        parser.set_defaults(command=None)
        return parser
    import pkgutil  # with importlib.util: only to find the subcommands

    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{commands.__name__}.{info.name}")
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args, rest = build_parser(with_commands=False).parse_known_args(argv)
    if rest:  # a subcommand, --help, or a mistake: the full parser handles (or explains) it
        args = build_parser().parse_args(argv)
    if args.command is None:
        from desktop.app.launch import run_app  # Qt is imported only for the GUI

        return run_app(args)
    from desktop.log_setup import configure_logging
    from desktop.paths import ProfilePaths

    # Logging first: reading settings and policy reports its problems through it.
    paths = ProfilePaths.resolve(args.profile_dir)
    paths.ensure()  # before the log file, so its folder gets the owner-only mode
    configure_logging(paths.log_file)
    cached: list[Core] = []

    def core_factory() -> Core:
        if not cached:
            cached.append(build_core(args.profile_dir, demo=args.demo))
        return cached[0]

    result: int = args.handler(args, core_factory)
    return result


if __name__ == "__main__":
    sys.exit(main())
