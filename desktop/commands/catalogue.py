"""``deskmate catalogue refresh|status|search``: the signed app catalogue from the terminal."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import asdict
from datetime import datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the catalogue stack (tuf, cryptography) loads only when this command runs
    from desktop.catalogue.search import SearchHit
    from desktop.catalogue.service import CatalogueService, CatalogueStatus
    from desktop.core import Core


def register(sub: Any) -> None:
    parser = sub.add_parser("catalogue", help="refresh, check or search the app catalogue")
    actions = parser.add_subparsers(dest="catalogue_action", required=True, metavar="ACTION")
    for name, text in (("refresh", "fetch and verify the catalogue now"),
                       ("status", "show the catalogue in use and the last refresh result")):
        action = actions.add_parser(name, help=text)
        action.add_argument("--json", action="store_true", help="machine-readable output")
    search = actions.add_parser("search", help="search the catalogue in use")
    search.add_argument("query", metavar="QUERY")
    search.add_argument("--json", action="store_true", help="machine-readable output")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, core_factory: Callable[[], Core]) -> int:
    from desktop.catalogue.service import CatalogueService

    service = CatalogueService.from_core(core_factory())
    status = service.load_cached()
    if args.catalogue_action == "refresh" or status.version is None:
        status = service.refresh()  # the first status/search on a new profile fetches once
    if args.catalogue_action == "search":
        return _search(service, status, args.query, args.json)
    _print_status(status, args.json)
    if args.catalogue_action == "refresh":
        return 0 if status.error is None else 1
    return 0 if status.version is not None and status.error is None else 1


def _print_status(status: CatalogueStatus, as_json: bool) -> None:
    if as_json:
        print(json.dumps(asdict(status), default=_iso, indent=2))
        return
    if status.version is None:
        print("No catalogue yet.")
    else:
        print(f"Catalogue version {status.version} from {status.source}: {status.apps} apps, "
              f"verified {_iso(status.fetched_at)}, signed until {_iso(status.expires)}.")
    if status.error:
        print(f"deskmate: {status.error}", file=sys.stderr)


def _search(service: CatalogueService, status: CatalogueStatus, query: str, as_json: bool) -> int:
    if service.catalogue() is None:
        print(f"deskmate: no catalogue to search. {status.error or ''}".strip(), file=sys.stderr)
        return 1
    hits = service.search(query)
    if as_json:
        print(json.dumps([_hit_json(h) for h in hits], indent=2))
        return 0
    for hit in hits:
        why = f"  ({hit.reason.english})" if hit.reason else ""
        print(f"{hit.app.id:<24} {hit.app.name}{why}")
    if not hits:
        print(f"Nothing matches {query!r}.")
    return 0


def _hit_json(hit: SearchHit) -> dict[str, Any]:
    return {"id": hit.app.id, "name": hit.app.name, "category": hit.app.category,
            "score": hit.score, "reason": hit.reason.english if hit.reason else None}


def _iso(value: object) -> str | None:
    return value.isoformat() if isinstance(value, datetime) else None
