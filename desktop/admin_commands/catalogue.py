"""``deskmate-admin catalogue validate|publish|demo``: check and sign catalogue.yaml."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from desktop.catalogue.keys import KeyStoreError
from desktop.catalogue.publish import DEFAULT_EXPIRY_DAYS, PublishError, publish_catalogue_file
from desktop.catalogue.validation import CatalogueInvalid, validate_yaml


def register(sub: Any) -> None:
    parser = sub.add_parser("catalogue", help="validate and publish the signed app catalogue")
    actions = parser.add_subparsers(dest="catalogue_action", required=True, metavar="ACTION")
    validate = actions.add_parser("validate", help="check catalogue.yaml; list every problem")
    validate.add_argument("file", type=Path, metavar="FILE")
    publish = actions.add_parser("publish", help="validate and sign into a static repository")
    publish.add_argument("file", type=Path, metavar="FILE")
    publish.add_argument("--keys", required=True, type=Path, metavar="KEYDIR")
    publish.add_argument("--repo", required=True, type=Path, metavar="SITEDIR")
    publish.add_argument("--expires-days", type=int, default=DEFAULT_EXPIRY_DAYS, metavar="N",
                         help="signed metadata expires after N days "
                         f"(default {DEFAULT_EXPIRY_DAYS})")
    demo = actions.add_parser("demo", help="rebuild the bundled demo repository and root")
    demo.add_argument("--out", type=Path, metavar="DIR",
                      help="write repo/ and root.json here instead of resources/demo")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    if args.catalogue_action == "validate":
        return _validate(args.file)
    if args.catalogue_action == "demo":
        return _demo(args.out)
    return _publish(args)


def _validate(path: Path) -> int:
    try:
        text = path.read_bytes()
    except OSError as exc:
        print(f"{path}:1: (document): cannot read: {exc.strerror or exc}", file=sys.stderr)
        return 1
    result = validate_yaml(text, str(path), icon_base=path.parent)
    for issue in result.issues:
        print(issue.format())
    if result.catalogue is None:
        return 1
    print(f"{path}: OK, {len(result.catalogue.apps)} apps, "
          f"{len(result.catalogue.unsanctioned)} unsanctioned tools")
    return 0


def _publish(args: argparse.Namespace) -> int:
    if args.expires_days < 1:
        print("deskmate-admin: --expires-days must be at least 1", file=sys.stderr)
        return 2
    try:
        result = publish_catalogue_file(args.file, args.keys, args.repo, args.expires_days)
    except CatalogueInvalid as exc:
        for issue in exc.issues:
            print(issue.format())
        print("Not published: fix the problems above.", file=sys.stderr)
        return 1
    except (KeyStoreError, PublishError) as exc:
        print(f"deskmate-admin: {exc}", file=sys.stderr)
        return 1
    print(f"Published {args.file} to {result.repo} as targets version {result.targets_version}; "
          f"expires {result.expires.isoformat()}.")
    print(f"Upload the whole folder {result.repo}, with metadata/timestamp.json last.")
    return 0


def _demo(out: Path | None) -> int:
    from desktop.catalogue.demo_repo import build_demo_repository

    build = build_demo_repository(out_dir=out)
    print(f"Rebuilt {build.out_dir / 'repo'} and {build.root_file} "
          f"(targets version {build.result.targets_version}).")
    return 0
