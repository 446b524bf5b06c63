"""The Deskmate self-checks' view of the other services, for the GUI and the CLI alike."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from desktop.catalogue.service import CatalogueService
from desktop.health_service import DeskmateHooks
from desktop.helpdesk.outbox import DeliveryState
from desktop.helpdesk.service import HelpdeskService


def deskmate_hooks(
    catalogue: CatalogueService,
    helpdesk: HelpdeskService,
    reachable: Callable[[], bool],
    clock: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> DeskmateHooks:
    """Catalogue age and verification, outbox backlog, helpdesk reachability and setup
    problems, and the two fixes (send queued requests now, refresh the catalogue)."""

    def age_s() -> float | None:
        fetched = catalogue.status().fetched_at
        return None if fetched is None else (clock() - fetched).total_seconds()

    def verified() -> bool:
        status = catalogue.status()
        return status.verified and not status.expired(clock())

    def backlog() -> int:
        waiting = (DeliveryState.QUEUED, DeliveryState.SENDING, DeliveryState.FAILED)
        return sum(1 for entry in helpdesk.requests() if entry.state in waiting)

    def retry() -> bool:
        """Send now: waiting and refused requests become due at once, then one flush."""
        report = helpdesk.retry_waiting()
        return report.failed == 0 and report.retrying == 0

    return DeskmateHooks(
        catalogue_age_s=age_s,
        catalogue_verified=verified,
        outbox_backlog=backlog,
        helpdesk_reachable=reachable,
        helpdesk_problems=helpdesk.setup_problems,
        retry_outbox=retry,
        refresh_catalogue=lambda: catalogue.refresh().error is None,
    )
