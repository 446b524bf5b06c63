"""``deskmate secret set|delete|status``: manage connector secrets in the OS keychain."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import Any

from desktop.core import Core
from desktop.helpdesk.secret_rules import MalformedSecret, check_secret, fix_hint
from desktop.secrets import SecretStore, SecretStoreError


def register(sub: Any) -> None:
    parser = sub.add_parser("secret", help="store or remove a helpdesk secret in the OS keychain")
    actions = parser.add_subparsers(dest="secret_action", required=True, metavar="ACTION")
    set_parser = actions.add_parser("set", help="read a secret from standard input and store it")
    set_parser.add_argument("name", help="for example helpdesk.rt.token")
    delete_parser = actions.add_parser("delete", help="remove a stored secret")
    delete_parser.add_argument("name")
    status_parser = actions.add_parser(
        "status", help="say whether a secure keychain is available, and whether NAME is stored")
    status_parser.add_argument("name", nargs="?", help="a secret to look for (never printed)")
    # For the tray's redactor (desktop.secret_values): the stored values, as JSON on a pipe.
    known_parser = actions.add_parser("known")
    known_parser.add_argument("--json", action="store_true", required=True)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, core_factory: Callable[[], Core]) -> int:
    core = core_factory()
    store = core.secrets
    try:
        if args.secret_action == "known":
            return _known(core)
        if args.secret_action == "status":
            return _status(store, args.name)
        if args.secret_action == "set":
            return _set(store, args.name)
        store.delete(args.name)
        print(f"Removed {args.name} from the keychain.")
        return 0
    except (SecretStoreError, ValueError) as exc:
        print(f"deskmate: {exc}", file=sys.stderr)
        return 1


def _status(store: SecretStore, name: str | None) -> int:
    ok, message = store.available()
    print(message)
    if not ok or name is None:
        return 0 if ok else 1
    value = store.get(name)
    if not value:
        print(f"{name} is not stored on this computer.")
        return 1
    try:
        check_secret(name, value)
    except MalformedSecret as exc:
        print(f"{name} is stored but malformed: {exc} {fix_hint(name)}")
        return 1
    print(f"{name} is stored and well formed.")
    return 0


def _set(store: SecretStore, name: str) -> int:
    value = sys.stdin.readline().rstrip("\r\n")
    if not value:
        print("deskmate: no secret on standard input; nothing stored", file=sys.stderr)
        return 2
    try:
        check_secret(name, value)
    except MalformedSecret as exc:
        print(f"deskmate: {exc} Nothing was stored.", file=sys.stderr)
        return 2
    store.set(name, value)
    print(f"Stored {name} in the keychain.")
    return 0


def _known(core: Core) -> int:
    """Print every stored connector secret as a JSON list, only into a pipe (the tray reads
    it for redaction without loading the keychain libraries); never onto a terminal."""
    if sys.stdout.isatty():
        print("deskmate: 'secret known' writes secrets and only into a pipe", file=sys.stderr)
        return 2
    from desktop.helpdesk.connectors.registry import known_secret_values

    print(json.dumps(list(known_secret_values(core.settings, core.secrets))))
    return 0
