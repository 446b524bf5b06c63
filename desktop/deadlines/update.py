"""An update of a required app as a duty with the catalogue's deadline.

The package manager says whether a newer version is available (``InstallState``); the deadline
then counts from when this computer first saw the update, and each update is its own round:
:meth:`desktop.deadlines.service.DeadlineService.done` closes a round once it is installed.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.catalogue.model import CatalogueApp, Deadline

UPDATE_SUFFIX = ".update"


@dataclass(frozen=True)
class UpdateDuty:
    id: str
    name: str
    deadline: Deadline
    app: CatalogueApp
    required: bool = True


def update_duty(app: CatalogueApp) -> UpdateDuty | None:
    """The update of ``app`` when IT requires the app and gives it a deadline, else None."""
    if not app.required or app.deadline is None:
        return None
    return UpdateDuty(app.id + UPDATE_SUFFIX, app.name, app.deadline, app)
