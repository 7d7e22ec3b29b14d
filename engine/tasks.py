"""The Qt-free side of a background task: cancellation, progress and partial results.

A job that runs for long takes a :class:`TaskState` (``slot.start(job, ..., pass_state=True)``
in the GUI) and calls ``state.check()`` between pieces of work; ``state.set_progress`` and
``state.set_partial`` report to whoever started it. The engine never learns who that is, so
the same job runs under a test, the CLI or a window.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any


class Cancelled(Exception):
    """Raised inside a job whose task was cancelled; it ends the job quietly."""


class TaskState:
    """Shared by one job (on its thread) and the one who started it."""

    def __init__(self) -> None:
        self._cancelled = threading.Event()
        #: Set by the starter: called on the job's thread with ("progress", (fraction, text))
        #: or ("partial", value).
        self.report: Callable[[str, Any], None] | None = None

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def check(self) -> None:
        """Raise :class:`Cancelled` once the task has been cancelled."""
        if self._cancelled.is_set():
            raise Cancelled()

    def set_progress(self, fraction: float, text: str = "") -> None:
        if self.report is not None and not self.cancelled:
            self.report("progress", (float(fraction), text))

    def set_partial(self, value: Any) -> None:
        if self.report is not None and not self.cancelled:
            self.report("partial", value)
