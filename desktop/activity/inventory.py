"""What Deskmate knows and shares: the one declaration the inventory page and README show.

The texts are English message ids; the page translates them in the "DataInventory" context.

Run ``python -m desktop.activity.inventory`` to print the README table.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.message_ids import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class DataKind:
    """One kind of data: where it stays, who can receive it, and when."""

    name: str
    stays: str
    receivers: str
    when: str


INVENTORY: tuple[DataKind, ...] = (
    DataKind(
        QT_TRANSLATE_NOOP("DataInventory", "Health check results and fixes you ran"),
        QT_TRANSLATE_NOOP("DataInventory", "This computer (profile database)"),
        QT_TRANSLATE_NOOP("DataInventory", "IT, only inside a help request"),
        QT_TRANSLATE_NOOP("DataInventory", "When you send a request and leave them in it"),
    ),
    DataKind(
        QT_TRANSLATE_NOOP("DataInventory", "Device facts (computer name, system version, model)"),
        QT_TRANSLATE_NOOP("DataInventory", "This computer"),
        QT_TRANSLATE_NOOP("DataInventory", "IT, only inside a help request"),
        QT_TRANSLATE_NOOP("DataInventory", "When you send a request and leave them in it"),
    ),
    DataKind(
        QT_TRANSLATE_NOOP("DataInventory", "Deskmate's own log"),
        QT_TRANSLATE_NOOP("DataInventory", "This computer (log folder, rotated)"),
        QT_TRANSLATE_NOOP("DataInventory", "IT, only inside a help request"),
        QT_TRANSLATE_NOOP("DataInventory", "When you add it to a request"),
    ),
    DataKind(
        QT_TRANSLATE_NOOP("DataInventory", "Screenshot"),
        QT_TRANSLATE_NOOP("DataInventory", "This computer, only while you write a request"),
        QT_TRANSLATE_NOOP("DataInventory", "IT, only inside a help request"),
        QT_TRANSLATE_NOOP("DataInventory", "When you take one and leave it in"),
    ),
    DataKind(
        QT_TRANSLATE_NOOP("DataInventory", "Your requests, replies and ratings"),
        QT_TRANSLATE_NOOP("DataInventory", "This computer (outbox); after "
                          "helpdesk.keep_sent_days only their SHA-256"),
        QT_TRANSLATE_NOOP("DataInventory", "Your company's helpdesk"),
        QT_TRANSLATE_NOOP("DataInventory", "When you press Send"),
    ),
    DataKind(
        QT_TRANSLATE_NOOP("DataInventory", "Your work e-mail address"),
        QT_TRANSLATE_NOOP("DataInventory", "This computer (settings)"),
        QT_TRANSLATE_NOOP("DataInventory", "Your company's helpdesk"),
        QT_TRANSLATE_NOOP("DataInventory", "With each request, so IT can answer you"),
    ),
    DataKind(
        QT_TRANSLATE_NOOP("DataInventory", "Programs seen running (for app suggestions)"),
        QT_TRANSLATE_NOOP("DataInventory", "This computer, in memory"),
        QT_TRANSLATE_NOOP("DataInventory", "Nobody"),
        QT_TRANSLATE_NOOP("DataInventory", "Never"),
    ),
    DataKind(
        QT_TRANSLATE_NOOP("DataInventory", "Activity record (this list of what Deskmate did)"),
        QT_TRANSLATE_NOOP("DataInventory", "This computer (activity.keep_days, default 90 days)"),
        QT_TRANSLATE_NOOP("DataInventory", "Nobody"),
        QT_TRANSLATE_NOOP("DataInventory", "Never, unless you add it to a request yourself"),
    ),
    DataKind(
        QT_TRANSLATE_NOOP("DataInventory", "Catalogue and announcement requests"),
        QT_TRANSLATE_NOOP("DataInventory", "Not stored beyond the catalogue copy"),
        QT_TRANSLATE_NOOP("DataInventory",
                          "Your company's catalogue server sees this computer's address"),
        QT_TRANSLATE_NOOP("DataInventory", "In the background, on a timer"),
    ),
    DataKind(
        QT_TRANSLATE_NOOP("DataInventory", "Helpdesk secrets (tokens, passwords)"),
        QT_TRANSLATE_NOOP("DataInventory", "This computer's keychain"),
        QT_TRANSLATE_NOOP("DataInventory", "Nobody"),
        QT_TRANSLATE_NOOP("DataInventory", "Only used to sign in to the helpdesk"),
    ),
)


def markdown_table(kinds: tuple[DataKind, ...] = INVENTORY) -> str:
    """The inventory as the README shows it."""
    lines = ["| Data | Where it stays | Who can receive it | When |", "|---|---|---|---|"]
    lines += [f"| {k.name} | {k.stays} | {k.receivers} | {k.when} |" for k in kinds]
    return "\n".join(lines)


if __name__ == "__main__":
    print(markdown_table())
