"""What the tray's work tells Home, kept while Home is not built and replayed when it is."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.health_state import OverallState

if TYPE_CHECKING:  # the page is built when first opened; the feed lives all day
    from ui.pages.home_page import HomePage

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Banner:
    """An announcement (or a deadline's last day) as Home shows it."""

    title: str
    body: str
    major: bool


class HomeFeed:
    """Takes Home's updates (health, open requests, banners, required apps) at any time and
    passes them to the page while one is attached; a new page gets the latest of each."""

    def __init__(self) -> None:
        self._page: HomePage | None = None
        self._health: tuple[OverallState, str, str] | None = None
        self._requests: tuple[tuple[str, str], ...] = ()
        self._banners: tuple[Banner, ...] = ()
        self._required: tuple[tuple[str, str, bool], ...] = ()

    def attach(self, page: HomePage) -> None:
        """Fill ``page`` (just built) with the latest news and keep it current until deleted."""
        self._page = page
        page.destroyed.connect(self._detach)
        if self._health is not None:
            page.set_health(*self._health)
        page.set_requests(self._requests)
        page.set_banners(self._banners)
        page.set_required_apps(self._required)

    def _detach(self) -> None:
        self._page = None

    def set_health(self, state: OverallState, summary: str, detail: str = "") -> None:
        self._health = (state, summary, detail)
        if self._page is not None:
            self._page.set_health(state, summary, detail)

    def set_requests(self, lines: tuple[tuple[str, str], ...]) -> None:
        self._requests = lines
        if self._page is not None:
            self._page.set_requests(lines)

    def set_banners(self, banners: tuple[Banner, ...]) -> None:
        self._banners = banners
        if self._page is not None:
            self._page.set_banners(banners)

    def set_required_apps(self, apps: tuple[tuple[str, str, bool], ...]) -> None:
        self._required = apps
        if self._page is not None:
            self._page.set_required_apps(apps)
