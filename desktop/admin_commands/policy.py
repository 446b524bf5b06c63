"""``deskmate-admin policy template``: a commented policy.toml with every setting."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from desktop.settings_defs import build_registry
from desktop.settings_schema import Kind, Setting


def register(sub: Any) -> None:
    parser = sub.add_parser("policy", help="managed settings for IT")
    actions = parser.add_subparsers(dest="policy_action", required=True, metavar="ACTION")
    template = actions.add_parser("template", help="print a policy.toml listing every setting")
    template.add_argument("--format", choices=("toml",), default="toml")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    sys.stdout.write(policy_template())
    return 0


def policy_template() -> str:
    """Every setting as a commented-out TOML line under its table, with its description."""
    lines = [
        "# Deskmate managed policy. Deploy as /etc/deskmate/policy.toml (Linux),",
        "# or set the same names through the ADMX template (Windows) or a configuration",
        "# profile (macOS). A key set here is locked: people see it but cannot change it.",
    ]
    table = None
    for setting in sorted(build_registry(), key=lambda s: s.name.rpartition(".")[::2]):
        section, _, key = setting.name.rpartition(".")
        if section != table:
            lines += ["", f"[{section}]"]
            table = section
        lines.append(f"# {setting.description}{_allowed(setting)}")
        lines.append(f"# {key} = {_toml_value(setting)}")
    return "\n".join(lines) + "\n"


def _allowed(setting: Setting[Any]) -> str:
    return f" One of: {', '.join(setting.choices)}." if setting.choices else ""


def _toml_value(setting: Setting[Any]) -> str:
    default = setting.default
    if setting.kind is Kind.BOOL:
        return "true" if default else "false"
    if setting.kind in (Kind.STR_LIST, Kind.TABLE_LIST):
        return json.dumps(list(default))
    return json.dumps(default)
