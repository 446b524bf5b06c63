"""The shapes of secrets the redactor removes: one named regular expression per kind.

Token shapes follow the public rule sets of gitleaks (``config/gitleaks.toml``) and Yelp's
detect-secrets plugins; each has a fake example in ``tests/desktop/helpdesk``. Shapes that
name the secret (``password = ...``, ``--token X``, ``?sig=...``) keep the name and drop the
value. Deliberately left alone, because tickets need them and they give nothing away: UUIDs,
git commit hashes, file hashes, and words like "password" or "token" in ordinary sentences.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MARK = "[REDACTED]"

# Words that make a name secret: ``db_password``, ``X-Api-Key``, ``client_secret``, ``sig``.
SECRET_WORDS = (
    r"pass(?:word|wd|phrase)?|pwd|secret|token|api[_-]?key|apikey|access[_-]?key|auth"
    r"|credentials?|private[_-]?key|session[_-]?id|cookie|client[_-]?secret|signature"
)
# A name ending in a secret word or going on after a separator: ``auth_token``, not ``author``.
_NAME = rf"[\w.-]*(?:{SECRET_WORDS})(?:[_.-][\w.-]*)?"
# Group 2 is an opening quote: a quoted value runs to the closing one ("correct horse ..."),
# and the quotes stay so JSON and TOML lines keep their shape.
_QUOTE = r"([\"'])?"
_VALUE = r"(?!\[REDACTED)(?(2)(?:(?!\2)[^\n])+|[^\s\"'&,;}]+)"
_PEM_LABEL = r"[A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?"
# One whole line of a key's body (base64 or an armour header), newline real or JSON-escaped.
_PEM_LINE = r"(?:\r?\n|(?:\\r)?\\n)(?:[A-Za-z0-9+/=]+|[\w-]+: [^\n\\]*)?(?=\r?\n|\\|\"|$)"


@dataclass(frozen=True)
class SecretShape:
    """A named pattern and what replaces a match (``\\1`` keeps a name before the value)."""

    name: str
    pattern: re.Pattern[str]
    replacement: str = MARK


def _token(name: str, regex: str) -> SecretShape:
    """A self-identifying token: the whole match goes, bounded so it is not a word's middle."""
    return SecretShape(name, re.compile(rf"(?<![A-Za-z0-9_-]){regex}(?![A-Za-z0-9_])"))


def _named(name: str, regex: str) -> SecretShape:
    """Group 1 names the secret and stays; group 2 is the value and goes."""
    return SecretShape(name, re.compile(regex), rf"\1{MARK}")


SHAPES: tuple[SecretShape, ...] = (
    SecretShape("private key (PEM, OpenSSH, PGP)", re.compile(
        rf"-----BEGIN {_PEM_LABEL}-----.*?-----END {_PEM_LABEL}-----", re.S),
        f"{MARK} private key"),
    SecretShape("private key without its END line", re.compile(
        rf"-----BEGIN {_PEM_LABEL}-----[A-Za-z0-9+/= ]*(?:{_PEM_LINE})*"), f"{MARK} private key"),
    _token("JSON web token", r"eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*"),
    _token("AWS access key id", r"(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AIPA|ANPA|ANVA"
                                r"|AROA)[A-Z0-9]{16}"),
    _token("GitHub token", r"gh[pousr]_[A-Za-z0-9]{36,255}"),
    _token("GitHub fine-grained token", r"github_pat_[A-Za-z0-9_]{82}"),
    _token("GitLab token", r"gl(?:pat|dt|ptt|rt|cbt|oas|ft)-[A-Za-z0-9_-]{20,}"),
    _token("Slack token", r"xox[abposre]-(?:\d+-)?[A-Za-z0-9-]{10,}"),
    _token("Slack app token", r"xapp-\d-[A-Z0-9]+-\d+-[a-z0-9]+"),
    _token("Stripe key", r"(?:sk|rk)_(?:live|test|prod)_[A-Za-z0-9]{10,99}"),
    _token("Stripe webhook secret", r"whsec_[A-Za-z0-9+/=]{8,}"),
    _token("Google API key", r"AIza[0-9A-Za-z_-]{35}"),
    _token("Google OAuth client secret", r"GOCSPX-[A-Za-z0-9_-]{28}"),
    _token("Google OAuth access token", r"ya29\.[0-9A-Za-z_-]{20,}"),
    _token("npm token", r"npm_[A-Za-z0-9]{36}"),
    _token("PyPI token", r"pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,}"),
    _token("Azure AD client secret", r"[A-Za-z0-9_~.]{3}\dQ~[A-Za-z0-9_~.-]{31,34}"),
    _token("SendGrid key", r"SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}"),
    _token("Mailgun key", r"key-[0-9a-f]{32}"),
    _token("Mailchimp key", r"[0-9a-f]{32}-us\d{1,2}"),
    _token("Twilio API key", r"SK[0-9a-fA-F]{32}"),
    _token("Shopify token", r"shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}"),
    _token("OpenAI key",
           r"sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}T3BlbkFJ[A-Za-z0-9_-]{20,}"),
    _token("Anthropic key", r"sk-ant-(?:api|admin)\d\d-[A-Za-z0-9_-]{80,}"),
    _token("DigitalOcean token", r"do[opr]_v1_[a-f0-9]{64}"),
    _token("Doppler token", r"dp\.(?:pt|st|sa|ct|scim|audit)\.[A-Za-z0-9]{40,44}"),
    _token("HashiCorp Vault token", r"hv[sb]\.[A-Za-z0-9_-]{24,}"),
    _token("Terraform Cloud token", r"[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,70}"),
    _token("Atlassian API token", r"ATATT3[A-Za-z0-9_=-]{100,}"),
    _token("Telegram bot token", r"\d{8,10}:AA[0-9A-Za-z_-]{33}"),
    _token("Square token", r"(?:sq0atp|sq0csp|EAAA)[0-9A-Za-z_-]{22,60}"),
    _token("Linear API key", r"lin_api_[A-Za-z0-9]{40}"),
    _token("Postman key", r"PMAK-[a-f0-9]{24}-[a-f0-9]{34}"),
    _token("Databricks token", r"dapi[a-f0-9]{32}(?:-\d)?"),
    _token("Dropbox token", r"sl\.[A-Za-z0-9_-]{130,}"),
    _token("Hugging Face token", r"hf_[A-Za-z]{34}"),
    _token("New Relic key", r"NR(?:AK|II|JS)-[A-Za-z0-9]{27}"),
    _token("Grafana token",
           r"(?:glc_[A-Za-z0-9+/]{32,}={0,2}|glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8})"),
    _token("Sentry token", r"(?:sntrys_[A-Za-z0-9+/=]{50,}|sntryu_[a-f0-9]{64})"),
    _token("Pulumi token", r"pul-[a-f0-9]{40}"),
    _token("age secret key", r"AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}"),
    SecretShape("Slack or Discord webhook URL", re.compile(
        r"https://(?:hooks\.slack\.com/(?:services|workflows)/[A-Za-z0-9+/_-]{20,}"
        r"|discord(?:app)?\.com/api/webhooks/\d+/[\w-]{20,})")),
    _named("Azure storage account key",
           r"(?i)(Account[Kk]ey=)([A-Za-z0-9+/]{20,}={0,2})"),
    _named("HTTP auth header", r"(?i)\b((?:bearer|basic)\s+)[A-Za-z0-9._~+/=-]{8,}"),
    _named("token after its scheme word",  # "token verification failed" has no digit: stays
           r"(?i)\b((?:token|negotiate)\s+)(?=[A-Za-z._~+/=-]*\d)[A-Za-z0-9._~+/=-]{8,}"),
    _named("password in a URL", r"(?i)\b([a-z][a-z0-9+.-]*://[^\s:/@]*:)[^\s/]+(?=@)"),
    _named("secret in a URL query (Azure SAS sig, OAuth code)",
           rf"(?i)([?&](?:sig|code|key|access_token|refresh_token|id_token|{SECRET_WORDS})=)"
           r"[^\s&#\"']+"),
    _named("secret command-line option", rf"(?i)((?<![\w-])--?{_NAME}\s+{_QUOTE}){_VALUE}"),
    # Starting only where a name starts keeps this linear on long logs (10x faster).
    _named("secret name = value",
           rf"(?i)([\"']?(?<![\w.-]){_NAME}[\"']?\s*[=:]\s*{_QUOTE}){_VALUE}"),
)
