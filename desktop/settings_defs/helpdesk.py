"""Settings of help requests: the connector and its per-connector keys."""

from __future__ import annotations

from desktop.settings_schema import Kind, Setting

CONNECTOR: Setting[str] = Setting(
    "helpdesk.connector", Kind.STR, "file", "Where help requests go.",
    choices=("file", "webhook", "email", "rt", "zammad", "jira", "servicenow", "zendesk",
             "freshservice", "glpi"),
)
FILE_FOLDER: Setting[str] = Setting(
    "helpdesk.file.folder", Kind.STR, "",
    "Folder that receives ticket bundles (file connector); empty uses the profile's outbox folder.",
)

SETTINGS = (CONNECTOR, FILE_FOLDER)
