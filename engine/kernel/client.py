"""The sandbox kernel's client: starts, feeds, watches and restarts the kernel process (Qt-free).

The code inside the process is engine/kernel/child.py; both sides speak the messages of
engine/kernel/protocol.py (described in docs/kernel-protocol.md).

Isolation: a ``while True`` is stopped by SIGINT (POSIX; KeyboardInterrupt in the cell) with a
hard kill + restart when that does not work within a grace period (always on Windows); a time
limit triggers the same interrupt; ``sys.exit()`` is caught; ``os._exit`` or a segfault ends only
the kernel, which the client notices at once and restarts. On Linux a huge allocation fails
inside the cell (engine/kernel/limits.py); the client also watches the kernel's resident memory
and restarts it above the budget.

The reader thread sleeps in ``multiprocessing.connection.wait`` on the kernel's pipe, its process
sentinel and a wake-up pipe for commands from other threads, with a timeout only as long as the
next deadline (time limit, interrupt grace, memory look): no polling loop.
"""

from __future__ import annotations

import atexit
import itertools
import logging
import multiprocessing
import os
import queue
import signal
import sys
import threading
import time
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import wait
from typing import Any

from engine.kernel.limits import (
    DEFAULT_TIME_LIMIT,
    INTERRUPT_GRACE,
    MEMORY_CHECK_INTERVAL,
    default_memory_budget,
    rss_bytes,
)
from engine.kernel.process import KernelProcess, Wakeup
from engine.kernel.protocol import (
    STATUS_CRASHED,
    STATUS_FOR_REASON,
    Complete,
    Done,
    Execute,
    KernelDied,
    Notice,
    ProtocolError,
    Ready,
    Reply,
    Request,
    Started,
    State,
    request,
)
from engine.kernel.results import CellResult

log = logging.getLogger(__name__)

#: Every client alive: when the program ends, none may start a new kernel for a child that
#: multiprocessing's own exit handler is stopping (it runs after ours).
_clients: weakref.WeakSet[KernelClient] = weakref.WeakSet()


@atexit.register
def _no_restarts_at_exit() -> None:
    for client in list(_clients):
        client._closing = True

__all__ = ["CellResult", "KernelClient"]

#: Put on the kernel's sys.path, so the spawned child imports this very engine.
_PROJECT_ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


@dataclass
class _Pending:
    op: str
    sent: float
    started: float | None = None
    interrupted_at: float | None = None
    reason: str = ""


class KernelClient:
    """Starts, feeds, watches and restarts the kernel process.

    A daemon reader thread owns the process: it reads messages, enforces the time limit and the
    memory budget, notices a dead kernel and starts a new one. Every message (kernel ones plus
    ``state``/``notice``/``kernel_died``) goes to ``on_message`` as its wire dict, called on that
    thread; the Qt adapter re-emits them as signals. ``run`` is a blocking convenience for
    scripts and tests.
    """

    def __init__(self, on_message: Callable[[dict[str, Any]], None] | None = None,
                 time_limit: float | None = DEFAULT_TIME_LIMIT,
                 memory_budget: int | None = None, import_torch: bool = True,
                 cwd: str | None = None, lab_dir: str | None = None,
                 data_folder: str | None = None, lang: str = "en") -> None:
        """``cwd``: the cells' working folder (default: the student's lab folder, ``lab_dir``
        or ``engine.course_env.default_lab_dir()``, whose ``notebooks/`` it enters);
        ``data_folder``: where the app's Fashion-MNIST is, when not found by discovery;
        ``lang``: the language of the kernel's own messages ("en" or "zh"), read at each start."""
        self.on_message = on_message
        self.cwd = cwd
        self.lab_dir = lab_dir
        self.data_folder = data_folder
        self.lang = lang
        self._time_limit = time_limit
        self.memory_budget = default_memory_budget() if memory_budget is None else memory_budget
        self.import_torch = import_torch
        self.state = "stopped"
        self.info: dict[str, Any] = {}
        self._ctx = multiprocessing.get_context("spawn")
        self._kernel: KernelProcess | None = None
        self._lock = threading.RLock()
        self._ids = itertools.count(1)
        self._pending: dict[int, _Pending] = {}
        self._collectors: dict[int, tuple[CellResult, threading.Event]] = {}
        self._commands: queue.Queue[tuple[str, Any]] = queue.Queue()
        self._wakeup = Wakeup()  # other threads' commands end the reader's wait
        self._ready = threading.Event()
        self._thread: threading.Thread | None = None
        self._closing = False
        _clients.add(self)
        self._start_rss = 0
        self._next_rss_check = 0.0
        self.restarts = 0

    # ------------------------------------------------------------------ public API
    @property
    def pid(self) -> int | None:
        kernel = self._kernel
        return kernel.pid if kernel is not None else None

    @property
    def busy(self) -> bool:
        return bool(self._pending) or not self._commands.empty()

    @property
    def time_limit(self) -> float | None:
        """Seconds a cell may run (None: no limit); a change applies to the running cell too."""
        return self._time_limit

    @time_limit.setter
    def time_limit(self, seconds: float | None) -> None:
        self._time_limit = seconds
        self._wakeup.wake()  # the reader's wait may be timed for the old limit

    def start(self) -> None:
        """Start the kernel in the background (returns at once; idempotent)."""
        if self._thread is not None and self._thread.is_alive():
            return
        self._closing = False
        self._thread = threading.Thread(target=self._loop, name="divelab-kernel-reader",
                                        daemon=True)
        self._thread.start()

    def wait_ready(self, timeout: float = 60.0) -> bool:
        """Block until the kernel has imported torch and answers requests."""
        self.start()
        return self._ready.wait(timeout)

    def execute(self, code: str) -> int:
        """Queue ``code`` as a cell; returns the request id its messages carry."""
        return self._request("execute", code=code)

    def complete(self, code: str, cursor_pos: int) -> int:
        """Ask for completions of ``code`` at ``cursor_pos``; the reply is a ``complete``."""
        return self._request("complete", code=code, cursor_pos=int(cursor_pos))

    def inspect(self, name: str) -> int:
        """Ask for the summary (badges + data) of a variable or expression."""
        return self._request("inspect", name=name)

    def graph(self, name: str) -> int:
        """Ask for the autograd graph behind a tensor variable or expression."""
        return self._request("graph", name=name)

    def reset(self) -> int:
        """Forget every variable without restarting the process."""
        return self._request("reset")

    def run(self, code: str, timeout: float | None = 120.0, op: str = "execute",
            **fields: Any) -> CellResult:
        """Send a request and wait for its end; returns what it produced."""
        self.start()
        result = CellResult()
        event = threading.Event()
        with self._lock:
            rid = next(self._ids)
            self._collectors[rid] = (result, event)
        if op in (Execute.OP, Complete.OP):
            fields["code"] = code
        self._send(request(op, rid, **fields))
        if not event.wait(timeout):
            with self._lock:
                self._collectors.pop(rid, None)
            raise TimeoutError(f"kernel request {op} did not finish in {timeout} s")
        return result

    def interrupt(self) -> None:
        """Stop the running cell: SIGINT first (POSIX), a hard kill + restart if it stays."""
        self._command("interrupt", "user")

    def restart(self) -> None:
        """Kill the kernel and start a fresh one (variables are lost)."""
        self._command("restart", "restart")

    def close(self, timeout: float = 1.0) -> None:
        """End the kernel and the reader thread; quick enough for window close."""
        self._closing = True
        self._wakeup.wake()
        thread = self._thread
        if thread is not None and thread.is_alive() and thread is not threading.current_thread():
            thread.join(timeout)
        self._stop_process(graceful=True)
        self._set_state("stopped")

    # ------------------------------------------------------------------ talking to the reader
    def _command(self, command: str, arg: Any) -> None:
        self._commands.put((command, arg))
        self._wakeup.wake()

    def _request(self, op: str, **fields: Any) -> int:
        self.start()
        with self._lock:
            rid = next(self._ids)
        self._send(request(op, rid, **fields))
        return rid

    def _send(self, message: Request) -> None:
        with self._lock:
            kernel = self._kernel
            # Fast path: a running kernel and nothing queued before this request.
            if kernel is not None and self._ready.is_set() and self._commands.empty():
                self._pending[message.id] = _Pending(message.OP, time.monotonic())
                try:
                    kernel.send(message)
                    return
                except (OSError, ValueError):
                    self._pending.pop(message.id, None)
        # Not started, restarting, or commands waiting: the reader thread sends it in order.
        self._command("send", message)

    # ------------------------------------------------------------------ listeners
    def _emit(self, message: Reply, wire: dict[str, Any] | None = None) -> None:
        """Hand ``message`` to its ``run`` collector and to ``on_message`` (as a wire dict)."""
        if wire is None:
            wire = message.to_wire()
        rid = getattr(message, "id", None)
        if rid is not None:
            with self._lock:
                collector = self._collectors.get(rid)
            if collector is not None:
                result, event = collector
                if result.add(message, wire):
                    with self._lock:
                        self._collectors.pop(rid, None)
                    event.set()
        callback = self.on_message
        if callback is not None:
            try:
                callback(wire)
            except Exception:
                log.exception("kernel message handler failed")

    def _set_state(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self._emit(State(state=state))

    # ------------------------------------------------------------------ the process
    def _spawn(self) -> None:
        options = {"memory_budget": self.memory_budget, "import_torch": self.import_torch,
                   "cwd": self.cwd, "lab_dir": self.lab_dir, "data_folder": self.data_folder,
                   "lang": self.lang, "project_root": _PROJECT_ROOT}
        self._ready.clear()
        self._set_state("starting")
        self._kernel = KernelProcess(self._ctx, options)
        self._start_rss = 0

    def _stop_process(self, graceful: bool) -> None:
        kernel, self._kernel = self._kernel, None
        if kernel is not None:
            kernel.end(graceful)

    # ------------------------------------------------------------------ the reader thread
    def _loop(self) -> None:
        try:
            self._spawn()
        except Exception as exc:
            log.exception("could not start the kernel")
            self._emit(KernelDied(reason="start", message=str(exc)))
            self._set_state("stopped")
            return
        backlog: list[Request] = []
        while not self._closing:
            self._take_commands(backlog)
            kernel = self._kernel
            if kernel is None:  # only after a failed restart: wait for close()
                wait([self._wakeup.reader])
                self._wakeup.clear()
                continue
            if backlog and not self._send_backlog(kernel, backlog):
                self._die("crash")
                continue
            ready = wait([kernel.conn, kernel.sentinel, self._wakeup.reader],
                         self._seconds_to_deadline())
            if self._wakeup.reader in ready:
                self._wakeup.clear()
            ended = kernel.sentinel in ready
            if kernel.conn in ready or ended:
                try:
                    for wire in kernel.received():
                        self._handle(wire)
                except (EOFError, OSError, ValueError):
                    ended = True
            if ended:  # what it said before it died was read above
                self._die("crash")
                continue
            self._watch(kernel)

    def _take_commands(self, backlog: list[Request]) -> None:
        try:
            while True:
                command, arg = self._commands.get_nowait()
                if command == "send":
                    backlog.append(arg)
                elif command == "interrupt":
                    self._interrupt(arg)
                elif command == "restart":
                    self._die(arg, killed=True)
        except queue.Empty:
            pass

    def _send_backlog(self, kernel: KernelProcess, backlog: list[Request]) -> bool:
        try:
            while backlog:
                message = backlog.pop(0)
                with self._lock:
                    self._pending[message.id] = _Pending(message.OP, time.monotonic())
                kernel.send(message)
        except (OSError, ValueError):
            return False
        return True

    def _seconds_to_deadline(self) -> float | None:
        """How long the reader may sleep before a limit needs a look (None: until a message)."""
        now = time.monotonic()
        deadlines = []
        running = self._running()
        if running is not None:
            _rid, pending = running
            if pending.interrupted_at is not None:
                deadlines.append(pending.interrupted_at + INTERRUPT_GRACE)
            elif pending.op == Execute.OP and self._time_limit and pending.started is not None:
                deadlines.append(pending.started + self._time_limit)
        if self.memory_budget and self._start_rss:
            deadlines.append(self._next_rss_check)
        if not deadlines:
            return None
        return max(0.0, min(deadlines) - now) + 0.001

    def _handle(self, wire: dict[str, Any]) -> None:
        try:
            message = Reply.from_wire(wire)
        except (ProtocolError, TypeError):
            log.warning("ignored a kernel message: %.200r", wire)
            return
        if isinstance(message, Ready):
            self.info = wire
            self._ready.set()
            self._set_state("busy" if self._pending else "idle")
            self._start_rss = (rss_bytes(message.pid) or 0) if message.pid else 0
        elif isinstance(message, Started):
            with self._lock:
                pending = self._pending.get(message.id)
                if pending is not None:
                    pending.started = time.monotonic()
            self._set_state("busy")
        self._emit(message, wire)
        if isinstance(message, Done):
            with self._lock:
                self._pending.pop(message.id, None)
                idle = not self._pending
            if idle and self._ready.is_set():
                self._set_state("idle")

    def _running(self) -> tuple[int, _Pending] | None:
        with self._lock:
            for rid, pending in self._pending.items():
                if pending.started is not None:
                    return rid, pending
        return None

    def _interrupt(self, reason: str) -> None:
        running = self._running()
        kernel = self._kernel
        if running is None or kernel is None:
            return
        _rid, pending = running
        if pending.interrupted_at is not None:
            return
        pending.interrupted_at = time.monotonic()
        pending.reason = reason
        if os.name == "posix" and kernel.pid:
            try:
                os.kill(kernel.pid, signal.SIGINT)
                return
            except OSError:
                pass
        self._die(reason, killed=True)

    def _watch(self, kernel: KernelProcess) -> None:
        now = time.monotonic()
        running = self._running()
        if running is not None:
            rid, pending = running
            if pending.interrupted_at is not None:
                if now - pending.interrupted_at >= INTERRUPT_GRACE:
                    self._die(pending.reason or "interrupt", killed=True)
                    return
            elif (pending.op == Execute.OP and self._time_limit and pending.started is not None
                  and now - pending.started >= self._time_limit):
                self._emit(Notice(id=rid, kind="timeout", limit=self._time_limit))
                self._interrupt("timeout")
        if self.memory_budget and self._start_rss and now >= self._next_rss_check:
            self._next_rss_check = now + MEMORY_CHECK_INTERVAL
            rss = rss_bytes(kernel.pid) if kernel.pid else None
            if rss is not None and rss > self._start_rss + self.memory_budget:
                self._die("memory", killed=True)

    def _die(self, reason: str, killed: bool = False) -> None:
        """The kernel ended (or must end): finish its requests, report, start a new one."""
        with self._lock:  # from now on requests queue for the next kernel (no fast path)
            self._ready.clear()
        kernel = self._kernel
        exitcode = None
        if kernel is not None:
            if killed:
                kernel.kill()
            kernel.join(2.0)
            exitcode = kernel.exitcode
        self._stop_process(graceful=False)
        with self._lock:
            pending = list(self._pending.items())
            self._pending.clear()
        if self._closing or sys.is_finalizing():
            return  # the app is ending: no new kernel (spawning one now would fail)
        running_reason = reason
        for _rid, p in pending:
            if p.reason:
                running_reason = p.reason
        self.restarts += 1
        self._emit(KernelDied(exitcode=exitcode, reason=running_reason,
                              id=next((rid for rid, p in pending if p.started is not None),
                                      None)))
        status = STATUS_FOR_REASON.get(running_reason, STATUS_CRASHED)
        for rid, _p in pending:
            self._emit(Done(id=rid, status=status, elapsed=0.0))
        try:
            self._spawn()
        except Exception as exc:
            log.exception("could not restart the kernel")
            self._emit(KernelDied(reason="start", message=str(exc)))
            self._set_state("stopped")
            self._closing = True
