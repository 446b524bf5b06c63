"""Settings of the app itself: branding, start-up, network and language."""

from __future__ import annotations

from desktop.settings_schema import Kind, Setting

_COLOUR = r"#[0-9A-Fa-f]{6}"
_URL = r"https?://\S+"

ORG_NAME: Setting[str] = Setting(
    "branding.organization", Kind.STR, "Example Corp", "Organisation name shown in the panel."
)
LOGO_PATH: Setting[str] = Setting(
    "branding.logo", Kind.STR, "", "Path to the organisation's logo (PNG or SVG); empty for none."
)
ACCENT_COLOUR: Setting[str] = Setting(
    "branding.accent_color", Kind.STR, "#2D6CDF", "Accent colour as #RRGGBB.", pattern=_COLOUR
)
SUPPORT_EMAIL: Setting[str] = Setting(
    "branding.support_email",
    Kind.STR,
    "it-help@example.com",
    "Support e-mail address shown to people.",
)
SUPPORT_PHONE: Setting[str] = Setting(
    "branding.support_phone", Kind.STR, "+1 555 0100", "Support phone number shown to people."
)
SUPPORT_PORTAL: Setting[str] = Setting(
    "branding.support_url",
    Kind.STR,
    "",
    "Chat or self-service portal URL; empty for none.",
    pattern=_URL,
)
AUTOSTART: Setting[bool] = Setting(
    "app.autostart", Kind.BOOL, True, "Start Deskmate when you sign in."
)
INTERFACE_LANGUAGES = ("system", "en", "de", "fr")  # those with a resources/translations/*.ts
LANGUAGE: Setting[str] = Setting(
    "app.language",
    Kind.STR,
    "system",
    "Interface language: system follows the operating system; en, de or fr choose one. "
    "Applies the next time Deskmate starts.",
    choices=INTERFACE_LANGUAGES,
)
REDUCED_MOTION: Setting[str] = Setting(
    "app.reduced_motion",
    Kind.STR,
    "system",
    "Animations (busy bars, sliding menus): 'on' turns them all off, 'off' keeps them, "
    "'system' follows the computer's own reduce-motion setting.",
    choices=("system", "on", "off"),
)
DEMO_MODE: Setting[bool] = Setting(
    "app.demo_mode",
    Kind.BOOL,
    False,
    "Use the bundled demo catalogue and the file-drop helpdesk; nothing leaves the machine.",
)
HTTP_PROXY: Setting[str] = Setting(
    "network.proxy",
    Kind.STR,
    "",
    "Proxy URL for HTTP and HTTPS (e.g. http://proxy:3128); empty uses the environment.",
    pattern=r"(https?|socks5h?)://\S+",
)
NO_PROXY: Setting[tuple[str, ...]] = Setting(
    "network.no_proxy", Kind.STR_LIST, (), "Hosts reached without the proxy."
)
HTTP_TIMEOUT: Setting[float] = Setting(
    "network.timeout_seconds",
    Kind.FLOAT,
    15.0,
    "Time-out for one network request.",
    minimum=1,
    maximum=300,
)
RELEASE_PAGES_AFTER: Setting[int] = Setting(
    "app.release_pages_after_seconds",
    Kind.INT,
    60,
    "Seconds the panel stays hidden before its pages are released to give memory back (they "
    "are built again when opened); 0 keeps them.",
    minimum=0,
    maximum=86400,
)
POLICY_ALLOW_OVERRIDE: Setting[bool] = Setting(
    "policy.allow_override",
    Kind.BOOL,
    False,
    "Let the DESKMATE_POLICY environment variable replace this policy (pilots and tests). "
    "Only read from the system policy itself.",
    user_editable=False,
)

SETTINGS = (
    ORG_NAME,
    LOGO_PATH,
    ACCENT_COLOUR,
    SUPPORT_EMAIL,
    SUPPORT_PHONE,
    SUPPORT_PORTAL,
    AUTOSTART,
    LANGUAGE,
    REDUCED_MOTION,
    DEMO_MODE,
    HTTP_PROXY,
    NO_PROXY,
    HTTP_TIMEOUT,
    RELEASE_PAGES_AFTER,
    POLICY_ALLOW_OVERRIDE,
)
