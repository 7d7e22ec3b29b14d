"""One way to run background work from a view: a :class:`TaskSlot` per kind of job.

Shaped like Orange's ``ConcurrentMixin``: starting a task in a slot cancels the one before it,
and only the latest task of a slot ever reaches its hooks, so a late answer from an abandoned
job can never overwrite a newer one. Every outcome arrives on the GUI thread through one path:

* ``done(result)`` when the job returns;
* ``error(exc)`` when it raises anything — a ``RuntimeError`` too, which superqt would
  otherwise drop without ever saying the job ended;
* ``partial(value)`` for each value a generator job yields, or ``state.set_partial(value)``;
* ``progress(fraction, text)`` from ``state.set_progress``;
* ``finished()`` after done or error (not after a cancel), so busy indicators always clear.

Cancelling (or starting anew) sets the task's :class:`engine.tasks.TaskState` and asks a
generator job to quit at its next yield; ``Cancelled`` raised by the job ends it silently.
"""

from __future__ import annotations

import functools
import inspect
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QThreadPool, Signal

from engine.tasks import Cancelled, TaskState
from gui import worker as jobs

log = logging.getLogger(__name__)

__all__ = ["Cancelled", "TaskSlot", "TaskState"]


@dataclass
class _Failure:
    """What a job raised, carried as a return value so superqt cannot swallow it."""

    exc: BaseException


class TaskSlot(QObject):
    """One kind of background job of one owner (a view or a model's adapter)."""

    _delivered = Signal(int, str, object)  # (task id, kind, value), emitted on the job's thread

    def __init__(self, parent: QObject, *, done: Callable[[Any], Any] | None = None,
                 error: Callable[[BaseException], Any] | None = None,
                 partial: Callable[[Any], Any] | None = None,
                 progress: Callable[[float, str], Any] | None = None,
                 finished: Callable[[], Any] | None = None) -> None:
        super().__init__(parent)
        self.done, self.error, self.partial = done, error, partial
        self.progress, self.finished = progress, finished
        self._task_id = 0
        self._state: TaskState | None = None
        self._worker = None
        self._delivered.connect(self._deliver)

    # ----------------------------------------------------------------- public
    def start(self, func: Callable[..., Any], *args: Any, pass_state: bool = False,
              in_torch_process: bool = False, **kwargs: Any) -> TaskState:
        """Run ``func(*args, **kwargs)`` (``func(state, *args, **kwargs)`` with ``pass_state``)
        on a worker thread, cancelling this slot's previous task.

        ``in_torch_process``: ``func`` (a module-level function of a Qt-free module) runs in the
        torch process instead (:mod:`engine.torch_process`); the worker thread waits for it and
        hands on what it yields, reports, returns or raises, and a cancel reaches it there.
        """
        self.cancel()
        self._task_id += 1
        task_id = self._task_id
        state = TaskState()
        state.report = functools.partial(self._emit, task_id)
        self._state = state
        if in_torch_process:
            job = _reporting(_in_torch_process, None)
            args = (func, state, pass_state, *args)
        else:
            job = _reporting(func, state if pass_state else None)
        connect = {"returned": functools.partial(self._emit, task_id, "returned")}
        if inspect.isgeneratorfunction(func) or in_torch_process:
            connect["yielded"] = functools.partial(self._emit, task_id, "partial")
        self._worker = jobs.start_job(job, *args, connect=connect, **kwargs)
        return state

    def cancel(self) -> None:
        """Stop the running task (if any); none of its outcomes will be delivered."""
        if self._state is not None:
            self._state.cancel()
        worker = self._worker
        if worker is not None and hasattr(worker, "quit"):
            try:
                worker.quit()
            except RuntimeError:  # its Qt side is already gone
                pass
        self._state = self._worker = None
        self._task_id += 1

    def is_running(self) -> bool:
        return self._state is not None

    def wait(self, timeout_ms: int = 5000) -> bool:
        """Block until every job has ended (scripts and shutdown; never from a click)."""
        return QThreadPool.globalInstance().waitForDone(timeout_ms)

    # ----------------------------------------------------------------- delivery
    def _emit(self, task_id: int, kind: str, value: Any = None) -> None:
        """Any thread: hand an outcome to the GUI thread (queued when called from a worker)."""
        if shiboken6.isValid(self):
            self._delivered.emit(task_id, kind, value)

    def _deliver(self, task_id: int, kind: str, value: Any) -> None:
        if task_id != self._task_id:
            return  # from a task that was cancelled or replaced
        if kind == "partial":
            if self.partial is not None:
                self.partial(value)
            return
        if kind == "progress":
            if self.progress is not None:
                self.progress(*value)
            return
        self._state = self._worker = None  # "returned": the task is over
        failure = value.exc if isinstance(value, _Failure) else None
        if isinstance(failure, Cancelled):
            return  # the job stopped itself on a cancel: nothing to report
        try:
            if failure is None:
                if self.done is not None:
                    self.done(value)
            elif self.error is not None:
                self.error(failure)
            else:
                log.error("background job failed", exc_info=failure)
        finally:
            if self.finished is not None:
                self.finished()


def _reporting(func: Callable[..., Any], state: TaskState | None) -> Callable[..., Any]:
    """``func`` that returns a :class:`_Failure` instead of raising (plain or generator)."""
    lead = (state,) if state is not None else ()

    if inspect.isgeneratorfunction(func):
        @functools.wraps(func)
        def generator(*args: Any, **kwargs: Any) -> Any:
            try:
                return (yield from func(*lead, *args, **kwargs))
            except Exception as exc:  # noqa: BLE001 - every failure goes to ``error``
                _log_unexpected(func, exc)
                return _Failure(exc)
        return generator

    @functools.wraps(func)
    def plain(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*lead, *args, **kwargs)
        except Exception as exc:  # noqa: BLE001
            _log_unexpected(func, exc)
            return _Failure(exc)
    return plain


def _in_torch_process(func: Callable[..., Any], state: TaskState, pass_state: bool,
                      *args: Any, **kwargs: Any) -> Any:
    from engine.torch_process import shared

    return (yield from shared().call(func, *args, state=state, pass_state=pass_state, **kwargs))


def _log_unexpected(func: Callable[..., Any], exc: BaseException) -> None:
    if not isinstance(exc, (Cancelled, ValueError, OSError)):
        log.debug("job %s failed", getattr(func, "__name__", func), exc_info=exc)
