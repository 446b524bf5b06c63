"""The task-runner contract services are written against; the Qt pool lives in the shell.

Services never start threads of their own: they hand a plain callable to a runner, and the
result (or exception) comes back on the caller's thread. Tests use :class:`InlineTaskRunner`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol, TypeVar

T = TypeVar("T")
Report = Callable[[Any], None]


class TaskRunner(Protocol):
    def submit(
        self,
        fn: Callable[[], T],
        on_result: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Run ``fn`` off the GUI thread; deliver its result or exception on the GUI thread."""

    def submit_with_progress(
        self,
        fn: Callable[[Report], T],
        on_progress: Callable[[Any], None],
        on_result: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Like :meth:`submit`; ``fn`` gets a ``report(item)`` callable whose items arrive
        at ``on_progress`` on the GUI thread, in order, before ``on_result``."""


class SubmitWithoutProgress:
    """``submit`` as ``submit_with_progress`` with nothing to report; runners inherit it."""

    def submit(
        self,
        fn: Callable[[], T],
        on_result: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        self.submit_with_progress(  # type: ignore[attr-defined]  # provided by the runner
            lambda _report: fn(), lambda _item: None, on_result, on_error
        )


class InlineTaskRunner(SubmitWithoutProgress):
    """Runs each task at once on the calling thread: deterministic, for tests and the CLI."""

    def submit_with_progress(
        self,
        fn: Callable[[Report], T],
        on_progress: Callable[[Any], None],
        on_result: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        try:
            result = fn(on_progress)
        except Exception as exc:
            if on_error is None:
                raise
            on_error(exc)
            return
        if on_result is not None:
            on_result(result)
