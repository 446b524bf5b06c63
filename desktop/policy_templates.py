"""Managed-policy templates generated from the declared settings: TOML, ADMX/ADML, mobileconfig."""

from __future__ import annotations

import json
import plistlib
import uuid
from collections.abc import Iterable
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from desktop import APP_NAME, BUNDLE_ID, __version__
from desktop.policy import WINDOWS_POLICY_KEY
from desktop.settings_schema import Kind, Setting, unflatten

_ADMX_NS = "http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions"


def _by_section(settings: Iterable[Setting[Any]]) -> list[Setting[Any]]:
    return sorted(settings, key=lambda s: s.name.rpartition(".")[::2])


def toml_template(settings: Iterable[Setting[Any]]) -> str:
    """Every setting as a commented-out TOML line under its table, with its description."""
    lines = [
        "# Deskmate managed policy. Deploy as /etc/deskmate/policy.toml (Linux),",
        "# or set the same names through the ADMX template (Windows) or a configuration",
        "# profile (macOS). A key set here is locked: people see it but cannot change it.",
    ]
    table = None
    for setting in _by_section(settings):
        section, _, key = setting.name.rpartition(".")
        if section != table:
            lines += ["", f"[{section}]"]
            table = section
        allowed = f" One of: {', '.join(setting.choices)}." if setting.choices else ""
        lines.append(f"# {setting.description}{allowed}")
        lines.append(f"# {key} = {_toml_value(setting)}")
    return "\n".join(lines) + "\n"


def _toml_value(setting: Setting[Any]) -> str:
    if setting.kind is Kind.BOOL:
        return "true" if setting.default else "false"
    if setting.kind in (Kind.STR_LIST, Kind.TABLE_LIST):
        return json.dumps(list(setting.default))
    return json.dumps(setting.default)


def _cat(section: str) -> str:
    return section.replace(".", "_")


def _policy_id(setting: Setting[Any]) -> str:
    return setting.name.replace(".", "_")


def _admx_elements(setting: Setting[Any], key: str) -> str:
    pid = _policy_id(setting)
    value = quoteattr(key)
    if setting.kind is Kind.BOOL:
        return ""
    if setting.kind is Kind.INT:
        bounds = ""
        if setting.minimum is not None:
            bounds += f' minValue="{int(setting.minimum)}"'
        if setting.maximum is not None:
            bounds += f' maxValue="{int(setting.maximum)}"'
        return f'<elements><decimal id="{pid}" valueName={value}{bounds}/></elements>'
    if setting.kind is Kind.STR_LIST:
        return f'<elements><multiText id="{pid}" valueName={value}/></elements>'
    # Text, numbers with decimals, and lists of tables (as JSON text) are text boxes.
    return f'<elements><text id="{pid}" valueName={value} maxLength="4096"/></elements>'


def admx_template(settings: Iterable[Setting[Any]]) -> str:
    """ADMX for Group Policy / Intune ADMX ingestion; values land where the app reads them."""
    ordered = _by_section(settings)
    sections = sorted({s.name.rpartition(".")[0] for s in ordered})
    categories = "\n".join(
        f'    <category name="{_cat(sec)}" displayName="$(string.cat_{_cat(sec)})">'
        f'<parentCategory ref="{APP_NAME}"/></category>'
        for sec in sections
    )
    policies = []
    for setting in ordered:
        section, _, key = setting.name.rpartition(".")
        pid = _policy_id(setting)
        bool_values = (
            '<enabledValue><decimal value="1"/></enabledValue>'
            '<disabledValue><decimal value="0"/></disabledValue>'
            if setting.kind is Kind.BOOL
            else ""
        )
        value_name = f" valueName={quoteattr(key)}" if setting.kind is Kind.BOOL else ""
        presentation = "" if setting.kind is Kind.BOOL else f' presentation="$(presentation.{pid})"'
        policies.append(
            f'    <policy name="{pid}" class="Machine" displayName="$(string.{pid})" '
            f'explainText="$(string.{pid}_explain)" '
            f"key={quoteattr(WINDOWS_POLICY_KEY + chr(92) + section.replace('.', chr(92)))}"
            f"{value_name}{presentation}>"
            f'<parentCategory ref="{_cat(section)}"/><supportedOn ref="SUPPORTED_Deskmate"/>'
            f"{bool_values}{_admx_elements(setting, key)}</policy>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        f'<policyDefinitions revision="1.0" schemaVersion="1.0" xmlns="{_ADMX_NS}">\n'
        '  <policyNamespaces><target prefix="deskmate" namespace="Deskmate.Policies.Deskmate"/>'
        "</policyNamespaces>\n"
        '  <resources minRequiredRevision="1.0"/>\n'
        '  <supportedOn><definitions><definition name="SUPPORTED_Deskmate" '
        'displayName="$(string.SUPPORTED_Deskmate)"/></definitions></supportedOn>\n'
        f'  <categories>\n    <category name="{APP_NAME}" displayName="$(string.cat_root)"/>\n'
        f"{categories}\n  </categories>\n"
        "  <policies>\n" + "\n".join(policies) + "\n  </policies>\n</policyDefinitions>\n"
    )


def adml_template(settings: Iterable[Setting[Any]]) -> str:
    """The en-US language file that goes with :func:`admx_template`."""
    ordered = _by_section(settings)
    strings = [
        '<string id="SUPPORTED_Deskmate">Deskmate 0.1 and later</string>',
        f'<string id="cat_root">{APP_NAME}</string>',
    ]
    strings += [
        f'<string id="cat_{sec.replace(".", "_")}">{escape(sec)}</string>'
        for sec in sorted({s.name.rpartition(".")[0] for s in ordered})
    ]
    presentations = []
    for setting in ordered:
        pid = _policy_id(setting)
        strings.append(f'<string id="{pid}">{escape(setting.name)}</string>')
        strings.append(f'<string id="{pid}_explain">{escape(setting.description)}</string>')
        if setting.kind is not Kind.BOOL:
            tag = {Kind.INT: "decimalTextBox", Kind.STR_LIST: "multiTextBox"}.get(
                setting.kind, "textBox"
            )
            inner = (
                f'<{tag} refId="{pid}">{escape(setting.name)}</{tag}>'
                if tag != "textBox"
                else f'<textBox refId="{pid}"><label>{escape(setting.name)}</label></textBox>'
            )
            presentations.append(f'<presentation id="{pid}">{inner}</presentation>')
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        f'<policyDefinitionResources revision="1.0" schemaVersion="1.0" xmlns="{_ADMX_NS}">\n'
        "  <displayName>Deskmate</displayName>"
        "<description>Deskmate managed settings</description>\n"
        "  <resources>\n    <stringTable>\n      "
        + "\n      ".join(strings)
        + "\n    </stringTable>\n    <presentationTable>\n      "
        + "\n      ".join(presentations)
        + "\n    </presentationTable>\n  </resources>\n</policyDefinitionResources>\n"
    )


def mobileconfig_template(settings: Iterable[Setting[Any]]) -> bytes:
    """A macOS configuration profile whose payload holds every setting at its default.
    IT deletes the keys it does not want to lock before signing and deploying it."""
    values = {s.name: _plist_value(s.default) for s in _by_section(settings)}
    payload = {
        "PayloadType": BUNDLE_ID,
        "PayloadVersion": 1,
        "PayloadIdentifier": f"{BUNDLE_ID}.settings",
        "PayloadUUID": str(uuid.uuid5(uuid.NAMESPACE_URL, f"{BUNDLE_ID}/settings")),
        "PayloadDisplayName": "Deskmate settings",
        **unflatten(values),
    }
    profile = {
        "PayloadType": "Configuration",
        "PayloadVersion": 1,
        "PayloadIdentifier": f"{BUNDLE_ID}.profile",
        "PayloadUUID": str(uuid.uuid5(uuid.NAMESPACE_URL, f"{BUNDLE_ID}/profile")),
        "PayloadDisplayName": f"Deskmate {__version__} managed settings",
        "PayloadScope": "System",
        "PayloadContent": [payload],
    }
    return plistlib.dumps(profile)


def _plist_value(value: Any) -> Any:
    if isinstance(value, tuple):
        return [dict(v) if isinstance(v, dict) else v for v in value]
    return value
