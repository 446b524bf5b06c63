"""What Deskmate knows and shares: the one declaration the inventory page and README show.

Run ``python -m desktop.activity.inventory`` to print the README table.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DataKind:
    """One kind of data: where it stays, who can receive it, and when."""

    name: str
    stays: str
    receivers: str
    when: str


INVENTORY: tuple[DataKind, ...] = (
    DataKind("Health check results and fixes you ran", "This computer (profile database)",
             "IT, only inside a help request", "When you send a request and leave them in it"),
    DataKind("Device facts (computer name, system version, model)", "This computer",
             "IT, only inside a help request", "When you send a request and leave them in it"),
    DataKind("Deskmate's own log", "This computer (log folder, rotated)",
             "IT, only inside a help request", "When you add it to a request"),
    DataKind("Screenshot", "This computer, only while you write a request",
             "IT, only inside a help request", "When you take one and leave it in"),
    DataKind("Your requests, replies and ratings", "This computer (outbox); after "
             "helpdesk.keep_sent_days only their SHA-256", "Your company's helpdesk",
             "When you press Send"),
    DataKind("Your work e-mail address", "This computer (settings)",
             "Your company's helpdesk", "With each request, so IT can answer you"),
    DataKind("Programs seen running (for app suggestions)", "This computer, in memory",
             "Nobody", "Never"),
    DataKind("Activity record (this list of what Deskmate did)",
             "This computer (activity.keep_days, default 90 days)", "Nobody",
             "Never, unless you add it to a request yourself"),
    DataKind("Catalogue and announcement requests", "Not stored beyond the catalogue copy",
             "Your company's catalogue server sees this computer's address",
             "In the background, on a timer"),
    DataKind("Helpdesk secrets (tokens, passwords)", "This computer's keychain", "Nobody",
             "Only used to sign in to the helpdesk"),
)


def markdown_table(kinds: tuple[DataKind, ...] = INVENTORY) -> str:
    """The inventory as the README shows it."""
    lines = ["| Data | Where it stays | Who can receive it | When |", "|---|---|---|---|"]
    lines += [f"| {k.name} | {k.stays} | {k.receivers} | {k.when} |" for k in kinds]
    return "\n".join(lines)


if __name__ == "__main__":
    print(markdown_table())
