"""Shared constants and types for the catalogue tests (a unique name: test dirs are plain)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from desktop.catalogue.client import CatalogueClient
from desktop.catalogue.publish import PublishResult

DEMO_DIR = Path(__file__).resolve().parents[3] / "resources" / "demo"

SMALL_CATALOGUE = """\
organization: Example Corp
apps:
  - id: firefox
    name: Firefox
    publisher: Mozilla
    category: Browsers
    description: Fast, private web browser.
    tags: [web]
    replaces: [Opera GX]
    install:
      windows: {winget: Mozilla.Firefox}
      macos: {brew_cask: firefox}
      linux: {flatpak: org.mozilla.firefox}
  - id: company-files
    name: Company Files
    category: Collaboration
    description: Share files with anyone, approved for confidential data.
    replaces: [Dropbox, WeTransfer]
    install:
      any: {open_url: "https://files.example.com"}
unsanctioned:
  - name: WeTransfer
    processes: []
    alternative: company-files
    reason: Files leave company control.
"""


Publisher = Callable[..., PublishResult]
ClientFactory = Callable[..., CatalogueClient]


@dataclass
class RepoServer:
    """A real HTTP server on 127.0.0.1 serving ``site``; records each request line."""

    site: Path
    url: str
    seen: list[str] = field(default_factory=list)
