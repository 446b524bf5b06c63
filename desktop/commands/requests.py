"""``deskmate requests list|show KEY|poll [--json]``: the employee's requests, each as a thread.

The same views My requests shows, through :class:`HelpdeskService`: the title without the
device name, the helpdesk's status and its own time of the last update, newest first, and
for ``show`` every message (what was sent, IT's public replies, the employee's replies).
``poll`` is :func:`desktop.commands.outbox.poll` (``outbox poll`` is its alias).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import Any

from desktop.commands.outbox import poll, report_health
from desktop.core import Core
from desktop.helpdesk.connector import Author
from desktop.helpdesk.outbox import OutboxError, UnknownRequestError
from desktop.helpdesk.request_thread import RequestView
from desktop.helpdesk.service import HelpdeskService


def register(sub: Any) -> None:
    parser = sub.add_parser("requests", help="your help requests and their conversations")
    actions = parser.add_subparsers(dest="requests_action", required=True, metavar="ACTION")
    listing = actions.add_parser("list", help="every request, the most recently updated first")
    listing.add_argument("--json", action="store_true", help="print JSON, threads included")
    show = actions.add_parser("show", help="one request and its conversation")
    show.add_argument("key", help="the request key (see 'deskmate requests list')")
    show.add_argument("--json", action="store_true", help="print JSON")
    poll = actions.add_parser("poll", help="ask the helpdesk for news: status and replies")
    poll.add_argument("--json", action="store_true", help="print the changes as JSON")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, core_factory: Callable[[], Core]) -> int:
    service = HelpdeskService(core_factory())
    try:
        if args.requests_action == "list":
            _print_list(service.request_views(), args.json)
            return 0
        if args.requests_action == "poll":
            report_health(service.health)
            return poll(service, args.json)
        _print_one(service.request_view(args.key), args.json)
        return 0
    except UnknownRequestError:
        print(f"deskmate: no request with key {args.key}", file=sys.stderr)
        return 1
    except OutboxError as exc:
        print(f"deskmate: {exc}", file=sys.stderr)
        return 1


def _print_list(views: tuple[RequestView, ...], as_json: bool) -> None:
    if as_json:
        print(json.dumps([v.to_json() for v in views], indent=2, ensure_ascii=False))
        return
    for view in views:
        print(f"{view.entry.key}  {_status(view):<16} {_when(view):<17} {view.title}")


def _print_one(view: RequestView, as_json: bool) -> None:
    if as_json:
        print(json.dumps(view.to_json(), indent=2, ensure_ascii=False))
        return
    ticket = f" (#{view.entry.remote_id})" if view.entry.remote_id else ""
    print(f"{view.title}{ticket}\nStatus: {_status(view)}, last update {_when(view)}\n")
    for message in view.messages:
        who = "You" if message.author is Author.YOU else f"IT ({message.author_name})"
        print(f"— {who}, {message.at.astimezone():%Y-%m-%d %H:%M}\n{message.text}\n")
    if view.replies_note:
        print(view.replies_note)


def _status(view: RequestView) -> str:
    status = view.entry.shown_status
    return status.value.replace("_", " ") if status else view.entry.state.value


def _when(view: RequestView) -> str:
    return f"{view.last_update.astimezone():%Y-%m-%d %H:%M}" if view.last_update else "-"
