"""The person's work e-mail address, so a helpdesk knows whom a request is from.

Sources, first found wins:

1. IT's policy ``helpdesk.requester_email_template``, e.g. ``{account}@acme.example``;
2. the OS directory (AD/LDAP where the computer is joined to one):

   - Windows: ``whoami /upn`` (the user principal name, e.g. ``alex@acme.example``);
   - macOS: ``dscl . -read /Users/<account> EMailAddress``;
   - Linux and other Unix: ``getent passwd <account>``, an address in the GECOS field
     (sssd and winbind serve directory accounts here);

3. ``helpdesk.work_email``, which the person types once in Settings.

Nothing here raises: a source that fails or gives something that is not an address is skipped
(logged at INFO), and no source at all gives ``""``.
"""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import Callable

from desktop.settings_defs.helpdesk import EMAIL_PATTERN
from diagnostics.command import CommandError, RunCommand, run_command

log = logging.getLogger(__name__)

ADDRESS = re.compile(EMAIL_PATTERN)
TIMEOUT_S = 3.0


def is_address(text: str) -> bool:
    return ADDRESS.fullmatch(text) is not None


def from_template(template: str, account: str) -> str:
    """``template`` with ``{account}`` filled in (plain replacement, no format mini-language)."""
    if not template or not account:
        return ""
    address = template.strip().replace("{account}", account.lower())
    return address if is_address(address) else ""


class OsDirectory:
    """Asks the operating system's account directory; each answer is read once."""

    def __init__(self, run: RunCommand = run_command, platform: str = sys.platform) -> None:
        self._run = run
        self._platform = platform
        self._found: dict[str, str] = {}

    def email(self, account: str) -> str:
        if account not in self._found:
            self._found[account] = self._ask(account) if account else ""
        return self._found[account]

    def _ask(self, account: str) -> str:
        argv, read = self._query(account)
        try:
            done = self._run(argv, TIMEOUT_S)
        except CommandError as exc:
            log.info("Directory not available", extra={"argv": argv, "error": str(exc)})
            return ""
        if done.returncode != 0:
            log.info("Directory has no address", extra={"argv": argv, "code": done.returncode})
            return ""
        return next((word for word in read(done.stdout) if is_address(word)), "")

    def _query(self, account: str) -> tuple[list[str], Callable[[str], list[str]]]:
        if self._platform.startswith("win"):
            return ["whoami", "/upn"], str.split
        if self._platform == "darwin":
            return ["dscl", ".", "-read", f"/Users/{account}", "EMailAddress"], _dscl_words
        return ["getent", "passwd", account], _gecos_words


def _dscl_words(output: str) -> list[str]:
    """``EMailAddress: a@b`` or ``EMailAddress:`` followed by indented values."""
    return output.replace("EMailAddress:", " ").split()


def _gecos_words(output: str) -> list[str]:
    """The GECOS field of ``name:pw:uid:gid:gecos:home:shell``, split on commas and spaces."""
    fields = output.strip().split(":")
    gecos = fields[4] if len(fields) >= 7 else ""
    return gecos.replace(",", " ").split()


def requester_email(template: str, account: str, directory: Callable[[str], str],
                    typed: str) -> str:
    """The first address found: policy template, OS directory, then what the person typed."""
    found, source = from_template(template, account), "policy"
    if not found:
        found, source = directory(account), "directory"
    if not found:
        typed = typed.strip()
        found, source = (typed if is_address(typed) else ""), "typed"
    if found:
        log.info("Requester address found", extra={"source": source})
    return found
