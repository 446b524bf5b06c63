"""``deskmate secret set|delete|status``: manage connector secrets in the OS keychain."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any

from desktop.core import Core
from desktop.secrets import SecretStoreError


def register(sub: Any) -> None:
    parser = sub.add_parser("secret", help="store or remove a helpdesk secret in the OS keychain")
    actions = parser.add_subparsers(dest="secret_action", required=True, metavar="ACTION")
    set_parser = actions.add_parser("set", help="read a secret from standard input and store it")
    set_parser.add_argument("name", help="for example helpdesk.rt.token")
    delete_parser = actions.add_parser("delete", help="remove a stored secret")
    delete_parser.add_argument("name")
    actions.add_parser("status", help="say whether a secure keychain is available")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, core_factory: Callable[[], Core]) -> int:
    store = core_factory().secrets
    try:
        if args.secret_action == "status":
            ok, message = store.available()
            print(message)
            return 0 if ok else 1
        if args.secret_action == "set":
            value = sys.stdin.readline().rstrip("\r\n")
            if not value:
                print("deskmate: no secret on standard input; nothing stored", file=sys.stderr)
                return 2
            store.set(args.name, value)
            print(f"Stored {args.name} in the keychain.")
            return 0
        store.delete(args.name)
        print(f"Removed {args.name} from the keychain.")
        return 0
    except (SecretStoreError, ValueError) as exc:
        print(f"deskmate: {exc}", file=sys.stderr)
        return 1
