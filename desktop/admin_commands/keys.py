"""``deskmate-admin keys init|rotate``: the catalogue repository's signing keys."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from desktop.catalogue import keys
from desktop.catalogue.publish import PublishError, publish_targets


def register(sub: Any) -> None:
    parser = sub.add_parser("keys", help="create or rotate the catalogue's signing keys")
    actions = parser.add_subparsers(dest="keys_action", required=True, metavar="ACTION")
    init = actions.add_parser("init", help="create Ed25519 keys for every role and root.json")
    init.add_argument("--out", required=True, type=Path, metavar="KEYDIR")
    init.add_argument("--root-expires-days", type=int, default=keys.DEFAULT_ROOT_EXPIRY_DAYS)
    rotate = actions.add_parser(
        "rotate", help="replace one role's key; the new root is signed by the old root key"
    )
    rotate.add_argument("--keys", required=True, type=Path, metavar="KEYDIR")
    rotate.add_argument("--role", required=True, choices=keys.ROLES)
    rotate.add_argument("--repo", type=Path, metavar="SITEDIR",
                        help="re-sign this repository with the new key right away")
    rotate.add_argument("--expires-days", type=int, default=30)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    try:
        if args.keys_action == "init":
            return _init(args.out, args.root_expires_days)
        return _rotate(args)
    except (keys.KeyStoreError, PublishError) as exc:
        print(f"deskmate-admin: {exc}", file=sys.stderr)
        return 1


def _init(keydir: Path, root_days: int) -> int:
    created = keys.init_keys(keydir, root_expires_days=root_days)
    print(f"Created catalogue signing keys in {keydir}:")
    for role, keyid in created.keyids.items():
        print(f"  {role:<9} {keydir / (role + '.pem')}  (key id {keyid[:16]}…)")
    print(f"\nDeploy {created.root_file} to every computer through policy:")
    print("  catalogue.trusted_root = <path to root.json, or its JSON>")
    print("\nKeep OFFLINE (e.g. on an encrypted USB stick in a safe): root.pem.")
    print("It is only needed for 'keys rotate'. Anyone with it can replace every other key.")
    print("Keep private, on the publishing machine: targets.pem, snapshot.pem, timestamp.pem.")
    return 0


def _rotate(args: argparse.Namespace) -> int:
    root = keys.rotate_key(args.keys, args.role)
    print(f"Rotated the {args.role} key; root is now version {root.signed.version}.")
    print(f"The old key is in {args.keys / 'retired'}; destroy it once clients have updated.")
    if args.repo is not None:
        result = publish_targets(args.repo, args.keys, {}, args.expires_days)
        print(f"Re-signed {args.repo} (targets version {result.targets_version}). Upload it.")
    else:
        print("Run 'deskmate-admin catalogue publish' (or announce) to sign the repository.")
    if args.role == "root":
        print("Clients follow the new root automatically; new installs should get the new "
              f"{args.keys / 'root.json'}.")
    return 0
