"""``deskmate-admin policy template``: managed-settings templates for every setting."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from desktop.policy_templates import (
    adml_template,
    admx_template,
    mobileconfig_template,
    toml_template,
)
from desktop.settings_defs import build_registry


def register(sub: Any) -> None:
    parser = sub.add_parser("policy", help="managed settings for IT")
    actions = parser.add_subparsers(dest="policy_action", required=True, metavar="ACTION")
    template = actions.add_parser(
        "template",
        help="print a policy template listing every setting (TOML, ADMX, ADML, mobileconfig)",
    )
    template.add_argument(
        "--format", choices=("toml", "admx", "adml", "mobileconfig"), default="toml"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    registry = build_registry()
    if args.format == "mobileconfig":
        sys.stdout.buffer.write(mobileconfig_template(registry))
        return 0
    render = {"toml": toml_template, "admx": admx_template, "adml": adml_template}[args.format]
    sys.stdout.write(render(registry))
    return 0


def policy_template() -> str:
    return toml_template(build_registry())
