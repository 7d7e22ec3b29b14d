"""Background jobs on Qt worker threads (superqt workers), with one place to stop them all.

Engine jobs are plain functions or generators. A generator job yields small progress objects;
superqt's ``GeneratorWorker`` turns each into a ``yielded`` signal and checks ``quit()`` /
``pause()`` between yields, so stop and pause act within one step of the engine.

Two helpers keep long work off the GUI thread that is not an engine job:

* :func:`preload` / :func:`when_imported` import modules (pyqtgraph, pandas, the tabs) on one
  background thread, so the GUI thread finds them in ``sys.modules`` instead of importing them
  itself — or waiting on another thread's import lock;
* :class:`StagedBuild` runs the heavy rest of a widget's construction a few milliseconds per
  event-loop turn, so clicks and paints get through between the pieces.
"""

from __future__ import annotations

import gc
import importlib
import logging
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QWidget
from superqt.utils import GeneratorWorker, WorkerBase, create_worker

log = logging.getLogger(__name__)

_active: set[WorkerBase] = set()


def start_job(func: Callable[..., Any], *args: Any, connect: dict[str, Callable] | None = None,
              **kwargs: Any) -> WorkerBase:
    """Run ``func(*args, **kwargs)`` on a worker thread and return the worker.

    ``connect`` maps signal names (``returned``, ``errored``, ``yielded``, ``finished``,
    ``started``) to GUI-thread slots. Errors are logged with their traceback as well.
    """
    note_activity()  # a job is what a click starts: preloads keep out of its way for a while
    worker = create_worker(func, *args, _start_thread=False, _connect=connect or {}, **kwargs)
    _active.add(worker)
    worker.finished.connect(lambda: _active.discard(worker))
    worker.errored.connect(lambda exc: log.debug("job %s failed: %r", func.__name__, exc))
    worker.start()
    return worker


def stop_all(timeout_ms: int = 5000, wait_for_imports: bool = True) -> bool:
    """Ask every running job to quit and wait for the threads; True when all have ended.

    Queued preloads are dropped; the one under way is waited for unless ``wait_for_imports``
    is False (a closing window need not stay up for it; the process waits before it exits).
    """
    for worker in list(_active):
        if isinstance(worker, GeneratorWorker):
            worker.quit()
    started = time.perf_counter()
    imports_done = _importer.stop(timeout_ms / 1000 if wait_for_imports else 0.0)
    left = max(0, timeout_ms - int(1000 * (time.perf_counter() - started)))
    return QThreadPool.globalInstance().waitForDone(left) and imports_done


def active_jobs() -> int:
    return len(_active)


def preloading() -> bool:
    """True while modules are queued or being imported in the background."""
    thread = _importer._thread
    return bool(_importer._queue) or (thread is not None and thread.is_alive())


#: Background warm-ups (imports, the kernel and torch processes) wait this long so the window
#: paints first: a thread importing competes for the interpreter lock with the first paint.
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


# ============================================================================ imports
def is_imported(name: str) -> bool:
    """True once ``name`` is fully imported (not merely begun by some thread)."""
    module = sys.modules.get(name)
    if module is None:
        return False
    spec = getattr(module, "__spec__", None)
    return not getattr(spec, "_initializing", False)


#: The preload thread pauses before each module it imports (pandas alone has hundreds) while a
#: tab is being built and for this long after the window last said the user is busy
#: (:func:`note_activity`). An import running beside the GUI thread takes the interpreter
#: lock each time a Qt call lets it go, which makes a build or a click several times slower.
QUIET_S = 0.6
#: Longest pause before one module: never hold up for long whoever might be waiting for it.
MAX_PAUSE_S = 3.0
def note_activity() -> None:
    """The user just did something that keeps the GUI thread busy: preloads wait a while."""
    _importer.last_input = time.perf_counter()


def wait_until_quiet(quiet_s: float = QUIET_S, max_s: float = MAX_PAUSE_S) -> None:
    """On a worker: wait (at most ``max_s``) until no tab is being built and the user has left
    the window alone for ``quiet_s`` — for background work nobody is waiting for yet."""
    _importer.pause_while_busy(quiet_s, max_s)


class _InputWatch(QObject):
    """Notes each click, key press and wheel turn that reaches a top-level window."""

    INPUT = (QEvent.Type.MouseButtonPress, QEvent.Type.KeyPress, QEvent.Type.Wheel)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in self.INPUT:
            note_activity()
        return False


_input_watch = _InputWatch()


def watch_input(window: QWidget) -> None:
    """Let the user's clicks and keys in ``window`` hold back preloads (see ``QUIET_S``).

    Watched on the window's QWindow, where input arrives from the system: it sees the input and
    the window's repaints, not the thousands of events widgets send each other, so watching
    costs nothing noticeable.
    """
    handle = window.windowHandle()
    if handle is not None:
        handle.installEventFilter(_input_watch)


def preload(names: Iterable[str]) -> None:
    """Import ``names`` in order on the preload thread, each while the GUI is quiet."""
    _importer.request(list(names))


def when_imported(names: Iterable[str], callback: Callable[[], Any],
                  urgent: bool = True) -> None:
    """Call ``callback`` on the GUI thread once every module in ``names`` is imported.

    ``urgent`` imports them now on a thread of their own; otherwise they are preloaded in
    turn. A module that fails to import counts as done: the caller's own import then raises
    where it can be handled. A bound method of a deleted QObject is not called.
    """
    _importer.wait_for(list(names), callback, urgent)


def freeze_imported_objects() -> None:
    """Keep what imports created out of every later garbage collection.

    Modules live as long as the process, yet the collector scans each of their objects at every
    full collection: after pandas, pyqtgraph and the tabs that is hundreds of thousands of
    objects, tens of milliseconds with the interpreter lock held — on the GUI thread, where
    :mod:`gui.gc_guard` collects. ``gc.freeze()`` moves them out of the collector's generations
    in O(1) (CPython's advice for objects made at start-up).
    """
    gc.freeze()


class _Importer(QObject):
    """One background thread importing modules; tells the GUI thread when each is in."""

    _imported = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.last_input = 0.0
        self.building = 0
        self.urgent = 0
        self.preload_thread: int | None = None
        self._lock = threading.Condition()
        self._queue: list[str] = []
        self._thread: threading.Thread | None = None
        self._stopping = False
        self._waiters: list[tuple[list[str], Callable[[], Any]]] = []
        self._failed: set[str] = set()
        self._imported.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def request(self, names: list[str]) -> None:
        wanted = [n for n in names if not is_imported(n)]
        with self._lock:
            self._stopping = False  # a new request (a new window) revokes an earlier stop
            self._queue += [n for n in wanted if n not in self._queue]
            if self._queue and (self._thread is None or not self._thread.is_alive()):
                self._thread = threading.Thread(target=self._run, name="divelab-importer",
                                                daemon=True)
                self._thread.start()

    def wait_for(self, names: list[str], callback: Callable[[], Any], urgent: bool) -> None:
        self._waiters.append((names, callback))
        if all(is_imported(n) for n in names):
            QTimer.singleShot(0, self, self._deliver)
        elif not urgent:
            self.request(names)
        else:
            # Its own thread, so it never queues behind a long preload; a module the
            # preload thread is importing right now is simply waited for there, off the GUI.
            threading.Thread(target=self._import_all, args=(names,), daemon=True,
                             name="divelab-import-now").start()

    def _run(self) -> None:
        self.preload_thread = threading.get_ident()
        _install_pause_hook()
        while True:
            with self._lock:
                if self._stopping or not self._queue:
                    return
                name = self._queue.pop(0)
            self._import(name)
            if not self._notify():
                return

    def pause_while_busy(self, quiet_s: float = QUIET_S,
                         deadline_s: float | None = MAX_PAUSE_S) -> None:
        """On the preload thread, before each module: let the GUI thread work alone."""
        deadline = None if deadline_s is None else time.perf_counter() + deadline_s
        while not self._stopping and (deadline is None or time.perf_counter() < deadline):
            idle = time.perf_counter() - self.last_input
            if (self.building == 0 and idle >= quiet_s) or self.urgent or _import_awaited():
                return
            time.sleep(0.01)


    def _import_all(self, names: list[str]) -> None:
        with self._lock:
            self.urgent += 1
        try:
            for name in names:
                self._import(name)
        finally:
            with self._lock:
                self.urgent -= 1
        self._notify()

    def _import(self, name: str) -> None:
        if is_imported(name):
            return
        started = time.perf_counter()
        try:
            importlib.import_module(name)
        except Exception:  # noqa: BLE001 - the GUI's own import reports it
            self._failed.add(name)
            log.debug("background import of %s failed", name, exc_info=True)
        freeze_imported_objects()
        log.debug("imported %s in %.0f ms", name, 1000 * (time.perf_counter() - started))

    def _notify(self) -> bool:
        try:
            self._imported.emit()
        except RuntimeError:  # the application is going away
            return False
        return True

    def _deliver(self) -> None:
        """On the GUI thread: run the callbacks whose modules are all in."""
        ready = [w for w in self._waiters
                 if all(is_imported(n) or n in self._failed for n in w[0])]
        for waiter in ready:
            self._waiters.remove(waiter)
            callback = waiter[1]
            owner = getattr(callback, "__self__", None)
            if isinstance(owner, QObject) and not shiboken6.isValid(owner):
                continue
            try:
                callback()
            except Exception:
                log.exception("callback after importing %s failed", waiter[0])

    def stop(self, timeout_s: float) -> bool:
        """Drop what is queued and wait for the import under way; True when it has ended."""
        with self._lock:
            self._stopping = True
            self._queue.clear()
            thread = self._thread
        ended = True
        if thread is not None and thread.is_alive() and thread is not threading.current_thread():
            thread.join(timeout_s)
            ended = not thread.is_alive()
        with self._lock:
            self._stopping = not ended
        return ended


def _import_awaited() -> bool:
    """True when another thread waits for a module lock (perhaps one the preload holds)."""
    blocking = getattr(sys.modules.get("_frozen_importlib"), "_blocking_on", None)
    if blocking is None:
        return True  # cannot tell: never keep anyone waiting
    me = threading.get_ident()
    return any(ident != me for ident in list(blocking))


class _PauseHook:
    """First on ``sys.meta_path``: lets the preload thread pause before each module it loads.

    Finders run under the global import lock, so the pause cannot happen here: for the preload
    thread this finder asks the others for the spec and wraps its loader, which pauses when the
    module is created — then only that module's own lock (and its parents') is held, and a
    thread waiting for one of those ends the pause (:func:`_import_awaited`).
    """

    def find_spec(self, name: str, path: object = None, target: object = None) -> object:
        me = threading.get_ident()
        if me != _importer.preload_thread:
            return None
        for finder in sys.meta_path:
            if finder is self or not hasattr(finder, "find_spec"):
                continue
            spec = finder.find_spec(name, path, target)
            if spec is not None:
                if spec.loader is not None and hasattr(spec.loader, "exec_module"):
                    spec.loader = _PausingLoader(spec.loader)
                return spec
        return None


class _PausingLoader:
    """Wraps a module's loader for the moment of its import; the module never sees it."""

    def __init__(self, loader: Any) -> None:
        self._loader = loader

    def create_module(self, spec: Any) -> Any:
        if threading.get_ident() == _importer.preload_thread:
            _importer.pause_while_busy()
        # Module by module, what the modules before made is kept out of garbage collection:
        # collecting a big import's young objects on the GUI thread (gui.gc_guard) took tens of
        # milliseconds at a time before the import had ended.
        freeze_imported_objects()
        spec.loader = self._loader  # from here on the import goes on with the real loader
        create = getattr(self._loader, "create_module", None)
        return create(spec) if create is not None else None

    def exec_module(self, module: Any) -> None:
        module.__loader__ = self._loader
        if getattr(module, "__spec__", None) is not None:
            module.__spec__.loader = self._loader
        self._loader.exec_module(module)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._loader, name)


def _install_pause_hook() -> None:
    if not any(isinstance(f, _PauseHook) for f in sys.meta_path):
        sys.meta_path.insert(0, _PauseHook())


_importer = _Importer()


# ============================================================================ staged building
class StagedBuild(QObject):
    """Runs construction steps on the GUI thread, a few milliseconds per event-loop turn.

    ``steps`` is an iterator (typically a generator that ``yield``s between pieces such as one
    plot). After a turn that ran long, the next one waits for the window to repaint (Qt paints
    on its own timer), so a piece just added is painted on its own, not in the same turn as
    the next piece.
    """

    finished = Signal()

    #: Longest wait for that repaint (a hidden tab is not painted at all).
    PAINT_WAIT_MS = 40

    def __init__(self, steps: Iterator[Any], parent: QWidget, budget_ms: float = 4.0) -> None:
        super().__init__(parent)
        self._steps = steps
        self._budget = budget_ms / 1000
        self._running = False
        self._awaiting_paint = False
        self._hop = False
        self._window: QWidget | None = None
        self.done = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._turn)

    def start(self) -> None:
        if not self.done and not self._running:
            self._running = True
            _importer.building += 1
            self._window = self.parent().window()
            self._window.installEventFilter(self)
            self._timer.start(0)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if self._awaiting_paint and event.type() == QEvent.Type.UpdateRequest:
            self._awaiting_paint = False
            self._hop = True
            self._timer.start(0)  # fires once this repaint is done
        return False

    def _turn(self) -> None:
        if self._hop:
            # The repaint is done; one more hop puts the next piece in a later event-loop
            # turn than the repaint (a timer started now cannot fire in this timer pass).
            self._hop = False
            self._timer.start(0)
            return
        self._awaiting_paint = False
        started = time.perf_counter()
        while time.perf_counter() - started < self._budget:
            if not self._step():
                return
        self._awaiting_paint = True
        self._timer.start(self.PAINT_WAIT_MS)

    def _step(self) -> bool:
        try:
            next(self._steps)
        except StopIteration:
            self._finish()
            return False
        except Exception:
            log.exception("building %s failed", self.parent().objectName())
            self._finish()
            return False
        return True

    def finish_now(self) -> None:
        """Run every remaining step at once (screenshots, scripts, tests)."""
        while not self.done and self._step():
            pass

    def _finish(self) -> None:
        if self.done:
            return
        self.done = True
        self._timer.stop()
        if self._running:
            self._running = False
            _importer.building -= 1
            if self._window is not None and shiboken6.isValid(self._window):
                self._window.removeEventFilter(self)
            note_activity()  # the tab just appeared: the student is about to use it
        self.finished.emit()
