"""Settings of the signed app catalogue, announcements and shadow-IT nudges."""

from __future__ import annotations

from desktop.settings_schema import Kind, Setting

CATALOGUE_URL: Setting[str] = Setting(
    "catalogue.url", Kind.STR, "",
    "Base URL of the signed catalogue repository (TUF metadata and targets); empty in demo mode.",
)
TRUSTED_ROOT: Setting[str] = Setting(
    "catalogue.trusted_root", Kind.STR, "",
    "The catalogue's trusted root.json: a file path or the JSON itself.",
)
REFRESH_MINUTES: Setting[int] = Setting(
    "catalogue.refresh_minutes", Kind.INT, 60, "How often the catalogue is refreshed.",
    minimum=5, maximum=7 * 24 * 60,
)

SETTINGS = (CATALOGUE_URL, TRUSTED_ROOT, REFRESH_MINUTES)
