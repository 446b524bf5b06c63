"""Every secret shape in the table, by a fake example, and look-alikes that must stay.

Shapes follow gitleaks' public rule set; the examples are made up, never real credentials.
"""

from __future__ import annotations

import re

import pytest

from desktop.helpdesk.redact import MARK, Redactor
from desktop.helpdesk.secret_shapes import SHAPES

HEX32 = "0123456789abcdef" * 2
HEX64 = HEX32 * 2
B62 = "aB3dE5gH7jK9mN1pQ2rS4tU6vW8xY0zA"  # 32 mixed characters
PEM_BODY = "MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun\nVTLw7onLRnrq0"

# (shape it exercises, text, the secret that must vanish)
SECRETS: list[tuple[str, str, str]] = [
    ("private key (PEM, OpenSSH, PGP)",
     f"-----BEGIN RSA PRIVATE KEY-----\n{PEM_BODY}\n-----END RSA PRIVATE KEY-----", "MIIEow"),
    ("private key (PEM, OpenSSH, PGP)",
     f"-----BEGIN OPENSSH PRIVATE KEY-----\n{PEM_BODY}\n-----END OPENSSH PRIVATE KEY-----",
     "VTLw7onLRnrq0"),
    ("private key (PEM, OpenSSH, PGP)",
     "-----BEGIN PGP PRIVATE KEY BLOCK-----\n\nlQOYBF7Xj2kBCAC1nG9xYzQ\n=ab12\n"
     "-----END PGP PRIVATE KEY BLOCK-----", "lQOYBF7Xj2kBCAC1nG9xYzQ"),
    ("private key without its END line",
     f"key.pem:\n-----BEGIN EC PRIVATE KEY-----\n{PEM_BODY}\n", "VTLw7onLRnrq0"),
    ("private key without its END line",
     '{"key": "-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\\nAQEAx"}',
     "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC"),
    ("JSON web token",
     "jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N",
     "eyJzdWIiOiIxMjM0NTY3ODkwIn0"),
    ("AWS access key id", "aws AKIAIOSFODNN7EXAMPLE here", "AKIAIOSFODNN7EXAMPLE"),
    ("AWS access key id", "session ASIAY34FZKBOKMUTVV7A", "ASIAY34FZKBOKMUTVV7A"),
    ("GitHub token", "token ghp_abcdefghijklmnopqrstuvwxyz0123456789", "ghp_abcdefghij"),
    ("GitHub token", f"GH_TOKEN=ghs_{B62}ABCD", f"ghs_{B62}"),
    ("GitHub fine-grained token", f"github_pat_11ABCDEFG0{'a1B2c3D4e5' * 7}xY", "github_pat_11"),
    ("GitLab token", "glpat-xYz12AbC34dEf56GhI78", "glpat-xYz12AbC34dEf56GhI78"),
    ("Slack token", "xoxb-1234567890-0987654321-AbCdEfGhIjKlMnOpQrStUvWx", "xoxb-1234567890"),
    ("Slack app token", "xapp-1-A0123BCDEFG-1234567890123-abcdef0123456789", "xapp-1-A0123"),
    ("Stripe key", "sk_live_51HqAbCdEfGhIjKlMnOpQrSt", "sk_live_51HqAbCdEfGhIjKlMnOpQrSt"),
    ("Stripe key", "restricted rk_test_4eC39HqLyjWDarjtT1zdp7dc", "rk_test_4eC39HqLyjWD"),
    ("Stripe webhook secret", "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "whsec_MfKQ9r8"),
    ("Google API key", "maps key AIzaSyD-9tSrke72PouQMnMX-a7eZSW0jkFMBWY", "AIzaSyD-9tSrke72"),
    ("Google OAuth client secret", "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", "GOCSPX-1a2B3c4D"),
    ("Google OAuth access token", "ya29.a0AfH6SMBx3kLmNoPqRsTuVwXyZ0123456789", "a0AfH6SMBx3k"),
    ("npm token", f"//registry.npmjs.org/:_authToken=npm_{B62}abcd", f"npm_{B62}"),
    ("PyPI token", f"pypi-AgEIcHlwaS5vcmc{B62}{B62}", f"pypi-AgEIcHlwaS5vcmc{B62}"),
    ("Azure AD client secret", "secret is abc8Q~aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456", "aBcDeFgHiJkL"),
    ("SendGrid key", "SG.aBcDeFgHiJkLmNoPqRsTuV.aBcDeFgHiJkLmNoPqRsTuVwXyZ01234567890123456",
     "SG.aBcDeFgHiJkLmNoPqRsTuV"),
    ("Mailgun key", f"mailgun key-{HEX32}", f"key-{HEX32}"),
    ("Mailchimp key", f"mc {HEX32}-us14", f"{HEX32}-us14"),
    ("Twilio API key", f"twilio SK{HEX32}", f"SK{HEX32}"),
    ("Shopify token", f"shpat_{HEX32}", f"shpat_{HEX32}"),
    ("OpenAI key", "sk-proj-AbCdEfGhIjKlMnOpQrStT3BlbkFJaBcDeFgHiJkLmNoPqRsT", "T3BlbkFJ"),
    ("Anthropic key", f"sk-ant-api03-{B62 * 3}-AA", "sk-ant-api03-aB3dE5"),
    ("DigitalOcean token", f"dop_v1_{HEX64}", f"dop_v1_{HEX64}"),
    ("Doppler token", f"dp.pt.{B62}abcdefghijk", f"dp.pt.{B62}"),
    ("HashiCorp Vault token", f"VAULT_TOKEN hvs.{B62}", f"hvs.{B62}"),
    ("Terraform Cloud token", f"aBcDeFgHiJkLmN.atlasv1.{B62}{B62}", f"atlasv1.{B62}"),
    ("Atlassian API token", f"jira ATATT3xFfGF0{B62 * 4}", "ATATT3xFfGF0"),
    ("Telegram bot token", "bot 123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1", "AAHdqTcvCH1v"),
    ("Square token", "sq0atp-1a2B3c4D5e6F7g8H9i0J1k", "sq0atp-1a2B3c4D5e6F7g8H9i0J1k"),
    ("Linear API key", f"lin_api_{B62}abcdefgh", f"lin_api_{B62}"),
    ("Postman key", f"PMAK-{HEX32[:24]}-{HEX32}ab", f"PMAK-{HEX32[:24]}"),
    ("Databricks token", f"dapi{HEX32}", f"dapi{HEX32}"),
    ("Dropbox token", f"sl.{B62 * 5}", f"sl.{B62}"),
    ("Hugging Face token", "hf_AbCdEfGhIjKlMnOpQrStUvWxYzAbCdEfGh", "hf_AbCdEfGhIjKl"),
    ("New Relic key", "NRAK-ABCDEFGHIJKLMNOPQRSTUVWXYZ1", "NRAK-ABCDEFGHIJK"),
    ("Grafana token", f"glsa_{B62}_0123abcd", f"glsa_{B62}"),
    ("Sentry token", f"sntryu_{HEX64}", f"sntryu_{HEX64}"),
    ("Pulumi token", f"pul-{HEX32}01234567", f"pul-{HEX32}"),
    ("age secret key", "AGE-SECRET-KEY-1" + "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L" + "Q" * 26,
     "QPZRY9X8GF2TVDW0"),
    ("Slack or Discord webhook URL",
     "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX",
     "T00000000/B00000000"),
    ("Slack or Discord webhook URL",
     "https://discord.com/api/webhooks/123456789012345678/AbCdEfGhIjKlMnOpQrStUvWx",
     "AbCdEfGhIjKlMnOpQrStUvWx"),
    ("Azure storage account key",
     f"DefaultEndpointsProtocol=https;AccountName=acme;AccountKey={B62 * 2}abc==;",
     f"{B62 * 2}"),
    ("HTTP auth header", "Authorization: Bearer abcdef0123456789.xyz", "abcdef0123456789.xyz"),
    ("HTTP auth header", "Authorization: Basic YWxpY2U6c2VjcmV0", "YWxpY2U6c2VjcmV0"),
    ("token after its scheme word", "Authorization: token 0123abcd9876", "0123abcd9876"),
    ("password in a URL", "fetch https://alice:s3cr3tpass@proxy.example.com:3128/x", "s3cr3tpass"),
    ("password in a URL", "db postgres://svc:p@ss:w@rd@db.example.com/app", "p@ss:w@rd"),
    ("secret in a URL query (Azure SAS sig, OAuth code)",
     "https://acme.blob.core.windows.net/c/f?sv=2022-11-02&sp=r&sig=Zm9vYmFy%2Bbaz%3D&se=2026",
     "Zm9vYmFy%2Bbaz%3D"),
    ("secret in a URL query (Azure SAS sig, OAuth code)",
     "callback?state=1&code=4/0AX4XfWh-secretcode", "4/0AX4XfWh-secretcode"),
    ("secret command-line option", "ran: tool --password hunter2hunter2 --verbose",
     "hunter2hunter2"),
    ("secret command-line option", 'ran: tool --api-key "my key 42"', "my key 42"),
    ("secret name = value", 'password = "correct horse battery staple"', "horse battery"),
    ("secret name = value", "password=hunter2hunter2 next", "hunter2hunter2"),
    ("secret name = value", '{"api_key": "AbC123xyz987"}', "AbC123xyz987"),
    ("secret name = value", "client_secret: qwertyuiop12", "qwertyuiop12"),
    ("secret name = value", "aws_secret_access_key=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
     "wJalrXUtnFEMI"),
    ("secret name = value", "Server=db;User Id=sa;Password=Sup3r$ecret;", "Sup3r$ecret"),
    ("secret name = value", "X-Api-Key: 5f2b9c0e71d4", "5f2b9c0e71d4"),
]

LOOK_ALIKES = [
    "The password reset e-mail did not arrive.",
    "My token expired this morning; token verification failed again.",
    "Author: Jane Doe; secretary: John",
    "VPN fails since 9:00 on laptop-042; tried restarting (key step: reboot).",
    "request 3f2a8c1e-9b7d-4e6f-a1c2-0d9e8f7a6b5c failed",  # a UUID
    "built from commit 9fceb02d0ae598e95dc970b74767f19372d61af8",  # a git SHA
    "sha256 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    "see https://intranet.example.com/help?topic=vpn&lang=en",
    "https://example.com:8443/path and ssh://git.example.com/repo.git",
    "Passwords: forgotten twice; the skeleton key opened the door.",
    "Token ring network, basic setup",
]


def test_the_table_has_at_least_forty_shapes() -> None:
    assert len(SHAPES) >= 40
    assert len({s.name for s in SHAPES}) == len(SHAPES)


def test_every_shape_has_an_example() -> None:
    assert {s.name for s in SHAPES} <= {name for name, _, _ in SECRETS}


@pytest.mark.parametrize(("shape", "text", "secret"), SECRETS,
                         ids=[f"{i}-{name}" for i, (name, _, _) in enumerate(SECRETS)])
def test_each_secret_shape_is_redacted(shape: str, text: str, secret: str) -> None:
    redacted = Redactor().text(text)
    assert secret not in redacted
    assert MARK in redacted
    matched = next(s for s in SHAPES if s.name == shape)
    assert matched.pattern.search(text), f"{shape} should match on its own"


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alikes_are_left_alone(text: str) -> None:
    assert Redactor().text(text) == text


def test_quoted_values_keep_their_quotes_so_json_stays_json() -> None:
    assert Redactor().text('{"token": "a b c"}') == '{"token": "[REDACTED]"}'


def test_a_key_without_end_takes_its_body_but_not_the_next_paragraph() -> None:
    text = f"-----BEGIN RSA PRIVATE KEY-----\n{PEM_BODY}\n\nThe VPN still fails."
    out = Redactor().text(text)
    assert "MIIEow" not in out
    assert out.endswith("The VPN still fails.")
    assert re.search(r"\[REDACTED\] private key", out)
