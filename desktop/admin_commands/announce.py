"""``deskmate-admin announce``: publish or withdraw a signed outage/maintenance notice."""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop.catalogue.announcements import (
    AnnouncementsInvalid,
    dump_announcements,
    new_announcement,
    parse_announcements,
    updated_list,
)
from desktop.catalogue.doc_checker import ValidationIssue
from desktop.catalogue.keys import KeyStoreError
from desktop.catalogue.model import ANNOUNCEMENTS_TARGET, SEVERITIES, Announcement
from desktop.catalogue.publish import (
    DEFAULT_EXPIRY_DAYS,
    PublishError,
    publish_targets,
    read_target,
)


def register(sub: Any) -> None:
    parser = sub.add_parser("announce", help="publish or withdraw an announcement")
    parser.add_argument("--keys", required=True, type=Path, metavar="KEYDIR")
    parser.add_argument("--repo", required=True, type=Path, metavar="SITEDIR")
    parser.add_argument("--title")
    parser.add_argument("--body", default="")
    parser.add_argument("--title-in", nargs=2, action="append", default=[],
                        metavar=("LANG", "TITLE"), help="the title in another language, e.g. "
                        "--title-in de 'VPN-Wartung'; --title is the English one")
    parser.add_argument("--body-in", nargs=2, action="append", default=[],
                        metavar=("LANG", "BODY"), help="the body in another language")
    parser.add_argument("--severity", choices=SEVERITIES, default="info")
    parser.add_argument("--affects", default="", metavar="CATEGORY,...",
                        help="comma-separated categories, e.g. VPN,Email")
    parser.add_argument("--until", metavar="ISO8601", help="hide it after this time")
    parser.add_argument("--withdraw", metavar="ID", help="remove a published announcement")
    parser.add_argument("--expires-days", type=int, default=DEFAULT_EXPIRY_DAYS)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    if bool(args.title) == bool(args.withdraw):
        print("deskmate-admin: give either --title (to announce) or --withdraw ID", file=sys.stderr)
        return 2
    now = datetime.now(UTC)
    try:
        existing = _existing(args.repo)
        added = _new(args, now) if args.title else None
        items = updated_list(existing, now, add=added, withdraw=args.withdraw)
        files = {ANNOUNCEMENTS_TARGET: dump_announcements(items)}
        result = publish_targets(args.repo, args.keys, files, args.expires_days, now)
    except (AnnouncementsInvalid, KeyStoreError, PublishError) as exc:
        print(f"deskmate-admin: {exc}", file=sys.stderr)
        return 1
    if added is not None:
        print(f"Announced {added.id} ({added.severity}).")
    else:
        print(f"Withdrew {args.withdraw}.")
    print(f"{len(items)} active announcement(s); targets version {result.targets_version}. "
          f"Upload {args.repo}.")
    return 0


def _existing(repo: Path) -> tuple[Announcement, ...]:
    data = read_target(repo, ANNOUNCEMENTS_TARGET)
    return parse_announcements(data) if data else ()


def _new(args: argparse.Namespace, now: datetime) -> Announcement:
    affects = [part.strip() for part in args.affects.split(",") if part.strip()]
    title = _localised(args.title, args.title_in)
    body = _localised(args.body, args.body_in)
    return new_announcement(title, body, args.severity, affects, _until(args.until), now)


def _localised(english: str, others: list[list[str]]) -> str | dict[str, str]:
    """``--title`` alone, or with each ``--title-in LANG TEXT`` as ``{en: …, LANG: …}``."""
    return {"en": english, **dict(others)} if others else english


def _until(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        value = datetime.fromisoformat(text)
    except ValueError as exc:
        raise AnnouncementsInvalid([_issue(f"--until {text!r} is not an ISO 8601 time")]) from exc
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _issue(message: str) -> ValidationIssue:
    return ValidationIssue("until", message)
