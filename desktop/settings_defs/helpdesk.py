"""Settings of help requests: the connector, the form, and each connector's keys."""

from __future__ import annotations

from typing import Any

from desktop.settings_schema import Kind, Setting

_URL = r"https?://\S+"
# One address, no display name: what a helpdesk's requester field and Reply-To accept.
_LOCAL = r'[^@\s<>()\[\]{},;:"\\]+'
_LABEL = r'[^@\s<>()\[\]{},;:"\\.]+'
EMAIL_PATTERN = rf"{_LOCAL}@(?:{_LABEL}\.)+{_LABEL}"
CONNECTORS = (
    "file", "webhook", "email", "rt", "zammad", "jira", "servicenow", "zendesk",
    "freshservice", "glpi",
)


def _url(name: str, description: str) -> Setting[str]:
    return Setting(name, Kind.STR, "", description, pattern=_URL)


def _text(name: str, default: str, description: str) -> Setting[str]:
    return Setting(name, Kind.STR, default, description)


def _pairs(name: str, default: tuple[str, ...], description: str) -> Setting[tuple[str, ...]]:
    return Setting(name, Kind.STR_LIST, default, description + ' Entries "key=value".',
                   user_editable=False)


CONNECTOR: Setting[str] = Setting(
    "helpdesk.connector", Kind.STR, "file", "Where help requests go.", choices=CONNECTORS,
)
TICKET_LANGUAGES = ("en", "de", "fr")  # the languages desktop.helpdesk.ticket_wording writes
LANGUAGE: Setting[str] = Setting(
    "helpdesk.language", Kind.STR, "en",
    "The language of the questions and headings of tickets: the helpdesk's, not the "
    "employee's (English, German or French).", choices=TICKET_LANGUAGES,
)
CATEGORIES: Setting[tuple[str, ...]] = Setting(
    "helpdesk.categories", Kind.STR_LIST, ("hardware", "software", "access", "network", "other"),
    "Categories offered on the help form.",
)
POLL_MINUTES: Setting[int] = Setting(
    "helpdesk.poll_minutes", Kind.INT, 10,
    "How often the status of your open requests is checked (minutes).", minimum=1, maximum=1440,
)
LOG_LINES: Setting[int] = Setting(
    "helpdesk.log_lines", Kind.INT, 200,
    "How many of the newest Deskmate log lines a request may carry.", minimum=0, maximum=5000,
)
MAX_ATTACHMENT_BYTES: Setting[int] = Setting(
    "helpdesk.max_attachment_bytes", Kind.INT, 5_000_000,
    "Largest single attachment; larger logs are cut to their newest lines, other items left out.",
    minimum=1_000, maximum=100_000_000,
)
MAX_TOTAL_BYTES: Setting[int] = Setting(
    "helpdesk.max_total_bytes", Kind.INT, 10_000_000,
    "Largest total size of a request's attachments.", minimum=1_000, maximum=200_000_000,
)
KEEP_SENT_DAYS: Setting[int] = Setting(
    "helpdesk.keep_sent_days", Kind.INT, 30,
    "Days a sent request's content (screenshots and logs included) is kept after its ticket "
    "closes (after delivery where the status cannot be read); then only its SHA-256 remains.",
    minimum=0, maximum=3650,
)
REQUESTER_EMAIL_TEMPLATE: Setting[str] = Setting(
    "helpdesk.requester_email_template", Kind.STR, "",
    "Your work e-mail address built from your account name, e.g. {account}@acme.example; set "
    "by IT. Empty asks the computer's directory, then the address you type in Settings.",
    pattern=r"[^@\s{}]*\{account\}[^@\s{}]*@[^@\s{}]+\.[^@\s{}]+",
)
ATTACH_SCREENSHOT: Setting[bool] = Setting(
    "helpdesk.attach_screenshot", Kind.BOOL, True,
    "Attach a screenshot (taken before the panel opened) to help requests by default; it can "
    "still be taken off before sending. Access requests and ideas never attach one by default.",
)
WORK_EMAIL: Setting[str] = Setting(
    "helpdesk.work_email", Kind.STR, "",
    "Your work e-mail address, so IT's replies reach you; used when neither IT's template nor "
    "the computer's directory knows it.", pattern=EMAIL_PATTERN,
)

FILE_FOLDER: Setting[str] = Setting(
    "helpdesk.file.folder", Kind.STR, "",
    "Folder that receives ticket bundles (file connector); empty uses the profile's outbox folder.",
)

WEBHOOK_URL = _url("helpdesk.webhook.url", "Address the webhook connector posts requests to.")
WEBHOOK_INLINE_LIMIT: Setting[int] = Setting(
    "helpdesk.webhook.inline_limit_bytes", Kind.INT, 1_000_000,
    "Attachments up to this total size go inline as base64 JSON; above it, multipart/form-data.",
    minimum=0, maximum=100_000_000,
)

EMAIL_HOST = _text("helpdesk.email.smtp_host", "", "SMTP server for the e-mail connector.")
EMAIL_PORT: Setting[int] = Setting(
    "helpdesk.email.smtp_port", Kind.INT, 587, "SMTP port.", minimum=1, maximum=65535,
)
EMAIL_SECURITY: Setting[str] = Setting(
    "helpdesk.email.security", Kind.STR, "starttls",
    "SMTP transport security: none, starttls or tls.", choices=("none", "starttls", "tls"),
)
EMAIL_USERNAME = _text("helpdesk.email.username", "", "SMTP account; empty sends without AUTH.")
EMAIL_FROM = _text("helpdesk.email.from", "", "Sender address of request e-mails.")
EMAIL_TO = _text("helpdesk.email.to", "", "The helpdesk's intake address.")

RT_URL = _url("helpdesk.rt.url", "Request Tracker base URL, e.g. https://rt.example.com.")
RT_QUEUE = _text("helpdesk.rt.queue", "General", "Request Tracker queue for new tickets.")
ZAMMAD_URL = _url("helpdesk.zammad.url", "Zammad base URL.")
ZAMMAD_GROUP = _text("helpdesk.zammad.group", "Users", "Zammad group for new tickets.")
JIRA_URL = _url("helpdesk.jira.url", "Jira Service Management base URL.")
JIRA_EMAIL = _text("helpdesk.jira.email", "", "Account e-mail for Jira Cloud basic auth.")
JIRA_SERVICE_DESK = _text("helpdesk.jira.service_desk_id", "", "Jira service desk id.")
JIRA_REQUEST_TYPE = _text("helpdesk.jira.request_type_id", "", "Jira request type id.")
# Triage by policy: lists of "key=value" entries (desktop/helpdesk/triage.py)
ZAMMAD_GROUPS = _pairs("helpdesk.zammad.groups", (),
                       "Zammad group per request category, e.g. network=Network.")
ZAMMAD_PRIORITIES = _pairs("helpdesk.zammad.priorities",
                           ("low=1 low", "normal=2 normal", "high=3 high", "critical=3 high"),
                           "Zammad priority name per urgency.")
JIRA_REQUEST_TYPES = _pairs("helpdesk.jira.request_types", (),
                            "Jira request type id per request category, e.g. access=31.")
SERVICENOW_GROUPS = _pairs("helpdesk.servicenow.assignment_groups", (),
                           "ServiceNow assignment group (name or sys_id) per request category.")
SERVICENOW_URGENCIES = _pairs("helpdesk.servicenow.urgencies",
                              ("low=3", "normal=2", "high=1", "critical=1"),
                              "ServiceNow urgency (1 high .. 3 low) per urgency.")
ZENDESK_GROUPS = _pairs("helpdesk.zendesk.groups", (),
                        "Zendesk group id per request category, e.g. network=360001234.")
ZENDESK_PRIORITIES = _pairs("helpdesk.zendesk.priorities",
                            ("low=low", "normal=normal", "high=high", "critical=urgent"),
                            "Zendesk priority per urgency.")
RT_QUEUES = _pairs("helpdesk.rt.queues", (),
                   "Request Tracker queue per request category, e.g. access=Identity.")
RT_PRIORITIES = _pairs("helpdesk.rt.priorities",
                       ("low=0", "normal=50", "high=100", "critical=100"),
                       "Request Tracker priority (a number; RT 5 shows 0 as Low, 50 as Medium, "
                       "100 as High) per urgency.")
FRESHSERVICE_GROUPS = _pairs("helpdesk.freshservice.groups", (),
                             "Freshservice group id per request category, e.g. network=12000345.")
FRESHSERVICE_PRIORITIES = _pairs("helpdesk.freshservice.priorities",
                                 ("low=1", "normal=2", "high=3", "critical=4"),
                                 "Freshservice priority (1 low .. 4 urgent) per urgency.")
GLPI_CATEGORIES = _pairs("helpdesk.glpi.categories", (),
                         "GLPI ITIL category id per request category, e.g. network=12.")
GLPI_URGENCIES = _pairs("helpdesk.glpi.urgencies", ("low=2", "normal=3", "high=4", "critical=5"),
                        "GLPI urgency (1 very low .. 5 very high) per urgency.")
SERVICENOW_URL = _url("helpdesk.servicenow.url", "ServiceNow instance URL.")
SERVICENOW_USERNAME = _text("helpdesk.servicenow.username", "", "ServiceNow integration account.")
ZENDESK_URL = _url("helpdesk.zendesk.url", "Zendesk subdomain URL.")
ZENDESK_EMAIL = _text("helpdesk.zendesk.email", "", "Agent e-mail for Zendesk API-token auth.")
FRESHSERVICE_URL = _url("helpdesk.freshservice.url", "Freshservice domain URL.")
GLPI_URL = _url("helpdesk.glpi.url", "GLPI API base URL (…/apirest.php).")
ALLOW_INSECURE_HTTP: Setting[bool] = Setting(
    "helpdesk.allow_insecure_http", Kind.BOOL, False,
    "Allow a plain http:// helpdesk URL (or SMTP with a login but without TLS) to another "
    "computer, which sends the credential and the request unencrypted. Only for a lab; "
    "this computer (localhost) is always allowed.",
)
# The URL setting of each web connector, for checks that apply to all of them.
URLS: dict[str, Setting[str]] = {
    "webhook": WEBHOOK_URL, "rt": RT_URL, "zammad": ZAMMAD_URL, "jira": JIRA_URL,
    "servicenow": SERVICENOW_URL, "zendesk": ZENDESK_URL, "freshservice": FRESHSERVICE_URL,
    "glpi": GLPI_URL,
}

SETTINGS: tuple[Setting[Any], ...] = (
    CONNECTOR, LANGUAGE, CATEGORIES, POLL_MINUTES, LOG_LINES, MAX_ATTACHMENT_BYTES, MAX_TOTAL_BYTES,
    KEEP_SENT_DAYS, REQUESTER_EMAIL_TEMPLATE, ATTACH_SCREENSHOT, WORK_EMAIL, FILE_FOLDER,
    WEBHOOK_URL,
    WEBHOOK_INLINE_LIMIT,
    EMAIL_HOST, EMAIL_PORT, EMAIL_SECURITY, EMAIL_USERNAME, EMAIL_FROM, EMAIL_TO,
    RT_URL, RT_QUEUE, ZAMMAD_URL, ZAMMAD_GROUP, JIRA_URL, JIRA_EMAIL, JIRA_SERVICE_DESK,
    JIRA_REQUEST_TYPE, ZAMMAD_GROUPS, ZAMMAD_PRIORITIES, JIRA_REQUEST_TYPES, SERVICENOW_GROUPS,
    SERVICENOW_URGENCIES, ZENDESK_GROUPS, ZENDESK_PRIORITIES, SERVICENOW_URL, SERVICENOW_USERNAME,
    ZENDESK_URL, ZENDESK_EMAIL,
    FRESHSERVICE_URL, GLPI_URL, ALLOW_INSECURE_HTTP,
    RT_QUEUES, RT_PRIORITIES, FRESHSERVICE_GROUPS, FRESHSERVICE_PRIORITIES, GLPI_CATEGORIES,
    GLPI_URGENCIES,
)
