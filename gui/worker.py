"""Background jobs on Qt worker threads (superqt workers), with one place to stop them all.

Engine jobs are plain functions or generators. A generator job yields small progress objects;
superqt's ``GeneratorWorker`` turns each into a ``yielded`` signal and checks ``quit()`` /
``pause()`` between yields, so stop and pause act within one step of the engine.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QThreadPool
from superqt.utils import GeneratorWorker, WorkerBase, create_worker

log = logging.getLogger(__name__)

_active: set[WorkerBase] = set()


def start_job(func: Callable[..., Any], *args: Any, connect: dict[str, Callable] | None = None,
              **kwargs: Any) -> WorkerBase:
    """Run ``func(*args, **kwargs)`` on a worker thread and return the worker.

    ``connect`` maps signal names (``returned``, ``errored``, ``yielded``, ``finished``,
    ``started``) to GUI-thread slots. Errors are logged with their traceback as well.
    """
    worker = create_worker(func, *args, _start_thread=False, _connect=connect or {}, **kwargs)
    _active.add(worker)
    worker.finished.connect(lambda: _active.discard(worker))
    worker.errored.connect(lambda exc: log.debug("job %s failed: %r", func.__name__, exc))
    worker.start()
    return worker


def stop_all(timeout_ms: int = 5000) -> bool:
    """Ask every running job to quit and wait for the threads; True when all have ended."""
    for worker in list(_active):
        if isinstance(worker, GeneratorWorker):
            worker.quit()
    return QThreadPool.globalInstance().waitForDone(timeout_ms)


def active_jobs() -> int:
    return len(_active)


#: Background warm-ups (torch imports, kernel spawn) wait this long so the window paints first:
#: a thread importing torch competes for the interpreter lock with the first paint.
STARTUP_GRACE_MS = 400


def after_startup(callback: Callable[[], Any]) -> None:
    """Run ``callback`` on the GUI thread once the window has had time to appear.

    A bound method of a QObject is dropped if that object is deleted first.
    """
    from PySide6.QtCore import QObject, QTimer

    owner = getattr(callback, "__self__", None)
    if isinstance(owner, QObject):
        QTimer.singleShot(STARTUP_GRACE_MS, owner, callback)
    else:
        QTimer.singleShot(STARTUP_GRACE_MS, callback)
