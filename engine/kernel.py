"""The sandbox kernel's client: starts, feeds, watches and restarts the kernel process (Qt-free).

The code inside the process is ``engine.kernel_shell`` (IPython's ``InteractiveShell`` behind a
pipe); the messages both sides exchange are described in docs/kernel-protocol.md.

Isolation: a ``while True`` is stopped by SIGINT (POSIX; KeyboardInterrupt in the cell) with a
hard kill + restart when that does not work within a grace period (always on Windows); a time
limit triggers the same interrupt; ``sys.exit()`` is caught; ``os._exit`` or a segfault ends only
the kernel, which the client notices and restarts. On Linux a huge allocation fails inside the
cell: after torch is imported the kernel caps its address space (RLIMIT_AS) at its current size
plus a budget, skipped where CUDA is available because the CUDA driver reserves huge virtual
ranges; the client also watches the kernel's resident memory and restarts it above the budget.
"""

from __future__ import annotations

import itertools
import logging
import multiprocessing
import os
import queue
import signal
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from engine.kernel_shell import HELPERS, MAX_CELL_OUTPUT, kernel_main

log = logging.getLogger(__name__)

__all__ = ["DEFAULT_TIME_LIMIT", "HELPERS", "MAX_CELL_OUTPUT", "CellResult", "KernelClient",
           "default_memory_budget"]

#: Default seconds a cell may run before it is interrupted (adjustable in the GUI). The course's
#: own training cells (``d2l.train_ch3``) run for tens of seconds, so the default leaves room.
DEFAULT_TIME_LIMIT = 300.0
#: Seconds between SIGINT and the hard kill when the cell does not stop.
INTERRUPT_GRACE = 2.0


def default_memory_budget() -> int:
    """Bytes a cell may allocate beyond the kernel's start-up size: half the RAM, at least 2 GiB."""
    total = _physical_memory()
    return max(2 << 30, total // 2) if total else 4 << 30


def _physical_memory() -> int:
    try:
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (ValueError, OSError, AttributeError):
        return 0


def _rss_bytes(pid: int) -> int | None:
    """Resident memory of ``pid`` on Linux (None elsewhere)."""
    try:
        with open(f"/proc/{pid}/statm", encoding="ascii") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return None


# =========================================================================== client side
@dataclass
class CellResult:
    """Everything one request produced, gathered by ``KernelClient.run``."""

    status: str = ""
    stdout: str = ""
    stderr: str = ""
    result: dict[str, Any] | None = None
    error: dict[str, Any] | None = None
    plots: list[dict[str, Any]] = field(default_factory=list)
    #: ``display`` messages (mime bundles), in order; ``result_data`` is the last value's bundle.
    displays: list[dict[str, Any]] = field(default_factory=list)
    result_data: dict[str, Any] | None = None
    completions: dict[str, Any] | None = None
    execution_count: int | None = None
    variables: list[dict[str, Any]] = field(default_factory=list)
    messages: list[dict[str, Any]] = field(default_factory=list)
    elapsed: float = 0.0


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
    ``state``/``notice``/``kernel_died``) goes to ``on_message``, called on that thread; the Qt
    adapter re-emits them as signals. ``run`` is a blocking convenience for scripts and tests.
    """

    def __init__(self, on_message: Callable[[dict[str, Any]], None] | None = None,
                 time_limit: float | None = DEFAULT_TIME_LIMIT,
                 memory_budget: int | None = None, import_torch: bool = True,
                 cwd: str | None = None, lab_dir: str | None = None,
                 data_folder: str | None = None) -> None:
        """``cwd``: the cells' working folder (default: the student's lab folder, ``lab_dir``
        or ``engine.course_env.default_lab_dir()``, whose ``notebooks/`` it enters);
        ``data_folder``: where the app's Fashion-MNIST is, when not found by discovery."""
        self.on_message = on_message
        self.cwd = cwd
        self.lab_dir = lab_dir
        self.data_folder = data_folder
        self.time_limit = time_limit
        self.memory_budget = default_memory_budget() if memory_budget is None else memory_budget
        self.import_torch = import_torch
        self.state = "stopped"
        self.info: dict[str, Any] = {}
        self._ctx = multiprocessing.get_context("spawn")
        self._proc: Any = None
        self._conn: Any = None
        self._send_lock = threading.Lock()
        self._lock = threading.RLock()
        self._ids = itertools.count(1)
        self._pending: dict[int, _Pending] = {}
        self._collectors: dict[int, tuple[CellResult, threading.Event]] = {}
        self._commands: queue.Queue[tuple[str, Any]] = queue.Queue()
        self._ready = threading.Event()
        self._thread: threading.Thread | None = None
        self._closing = False
        self._start_rss = 0
        self._last_rss_check = 0.0
        self.restarts = 0

    # ------------------------------------------------------------------ public API
    @property
    def pid(self) -> int | None:
        proc = self._proc
        return proc.pid if proc is not None else None

    @property
    def busy(self) -> bool:
        return bool(self._pending) or not self._commands.empty()

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
        if op in ("execute", "complete"):
            fields["code"] = code
        self._send(rid, op, fields)
        if not event.wait(timeout):
            with self._lock:
                self._collectors.pop(rid, None)
            raise TimeoutError(f"kernel request {op} did not finish in {timeout} s")
        return result

    def interrupt(self) -> None:
        """Stop the running cell: SIGINT first (POSIX), a hard kill + restart if it stays."""
        self._commands.put(("interrupt", "user"))

    def restart(self) -> None:
        """Kill the kernel and start a fresh one (variables are lost)."""
        self._commands.put(("restart", "restart"))

    def close(self, timeout: float = 1.0) -> None:
        """End the kernel and the reader thread; quick enough for window close."""
        self._closing = True
        thread = self._thread
        if thread is not None and thread.is_alive() and thread is not threading.current_thread():
            thread.join(timeout)
        self._stop_process(graceful=True)
        self._set_state("stopped")

    # ------------------------------------------------------------------ internals
    def _request(self, op: str, **fields: Any) -> int:
        self.start()
        with self._lock:
            rid = next(self._ids)
        self._send(rid, op, fields)
        return rid

    def _send(self, rid: int, op: str, fields: dict[str, Any]) -> None:
        message = {"op": op, "id": rid, **fields}
        with self._lock:
            conn = self._conn
            # Fast path: a running kernel and nothing queued before this request.
            if conn is not None and self._ready.is_set() and self._commands.empty():
                self._pending[rid] = _Pending(op, time.monotonic())
                try:
                    with self._send_lock:
                        conn.send(message)
                    return
                except (OSError, ValueError):
                    self._pending.pop(rid, None)
        # Not started, restarting, or commands waiting: the reader thread sends it in order.
        self._commands.put(("send", message))

    def _emit(self, message: dict[str, Any]) -> None:
        rid = message.get("id")
        if rid is not None:
            with self._lock:
                collector = self._collectors.get(rid)
            if collector is not None:
                self._collect(collector, message)
        callback = self.on_message
        if callback is not None:
            try:
                callback(message)
            except Exception:
                log.exception("kernel message handler failed")

    def _collect(self, collector: tuple[CellResult, threading.Event], msg: dict[str, Any]) -> None:
        result, event = collector
        result.messages.append(msg)
        kind = msg.get("type")
        if kind == "stream":
            if msg.get("name") == "stderr":
                result.stderr += msg["text"]
            else:
                result.stdout += msg["text"]
        elif kind == "result":
            result.result = msg.get("value")
            result.result_data = msg.get("data")
        elif kind == "display":
            result.displays.append(msg)
        elif kind == "complete":
            result.completions = msg
        elif kind == "error":
            result.error = msg
        elif kind == "plot":
            result.plots.append(msg)
        elif kind == "variables":
            result.variables = msg["variables"]
        elif kind == "done":
            result.status = msg.get("status", "")
            result.elapsed = float(msg.get("elapsed", 0.0))
            result.execution_count = msg.get("execution_count")
            with self._lock:
                self._collectors.pop(msg["id"], None)
            event.set()

    def _set_state(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self._emit({"type": "state", "state": state})

    def _spawn(self) -> None:
        parent, child = self._ctx.Pipe(duplex=True)
        options = {"memory_budget": self.memory_budget, "import_torch": self.import_torch,
                   "cwd": self.cwd, "lab_dir": self.lab_dir, "data_folder": self.data_folder,
                   "project_root": os.path.dirname(os.path.dirname(os.path.abspath(__file__)))}
        proc = self._ctx.Process(target=kernel_main, args=(child, options),
                                 name="divelab-kernel", daemon=True)
        self._ready.clear()
        self._set_state("starting")
        proc.start()
        child.close()
        self._proc, self._conn = proc, parent
        self._start_rss = 0

    def _stop_process(self, graceful: bool) -> None:
        proc, conn = self._proc, self._conn
        self._proc = self._conn = None
        if conn is not None:
            if graceful:
                try:
                    with self._send_lock:
                        conn.send({"op": "shutdown"})
                except (OSError, ValueError):
                    pass
            try:
                conn.close()
            except OSError:
                pass
        if proc is not None:
            if graceful:
                proc.join(0.3)
            if proc.is_alive():
                proc.kill()
            proc.join(2.0)

    def _loop(self) -> None:
        backlog: list[dict[str, Any]] = []
        try:
            self._spawn()
        except Exception as exc:
            log.exception("could not start the kernel")
            self._emit({"type": "kernel_died", "exitcode": None, "reason": "start",
                        "message": str(exc)})
            self._set_state("stopped")
            return
        while not self._closing:
            # Commands from other threads.
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
            conn, proc = self._conn, self._proc
            if conn is None or proc is None:
                time.sleep(0.05)
                continue
            if backlog:
                try:
                    while backlog:
                        message = backlog.pop(0)
                        with self._lock:
                            self._pending[message["id"]] = _Pending(message["op"],
                                                                    time.monotonic())
                        with self._send_lock:
                            conn.send(message)
                except (OSError, ValueError):
                    self._die("crash")
                    continue
            try:
                if conn.poll(0.03):
                    self._handle(conn.recv())
                    while conn.poll(0):
                        self._handle(conn.recv())
            except (EOFError, OSError, ValueError):
                self._die("crash")
                continue
            if not proc.is_alive():
                try:  # keep what it said before it died
                    while conn.poll(0):
                        self._handle(conn.recv())
                except (EOFError, OSError, ValueError):
                    pass
                self._die("crash")
                continue
            self._watch(proc)

    def _handle(self, msg: dict[str, Any]) -> None:
        kind = msg.get("type")
        rid = msg.get("id")
        if kind == "ready":
            self.info = msg
            self._ready.set()
            self._set_state("busy" if self._pending else "idle")
            pid = msg.get("pid")
            self._start_rss = (_rss_bytes(pid) or 0) if pid else 0
        elif kind == "started":
            with self._lock:
                pending = self._pending.get(rid)
                if pending is not None:
                    pending.started = time.monotonic()
            self._set_state("busy")
        self._emit(msg)
        if kind == "done":
            with self._lock:
                self._pending.pop(rid, None)
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
        proc = self._proc
        if running is None or proc is None:
            return
        rid, pending = running
        if pending.interrupted_at is not None:
            return
        pending.interrupted_at = time.monotonic()
        pending.reason = reason
        if os.name == "posix" and proc.pid:
            try:
                os.kill(proc.pid, signal.SIGINT)
                return
            except OSError:
                pass
        self._die(reason, killed=True)

    def _watch(self, proc: Any) -> None:
        now = time.monotonic()
        running = self._running()
        if running is not None:
            rid, pending = running
            if pending.interrupted_at is not None:
                if now - pending.interrupted_at > INTERRUPT_GRACE:
                    self._die(pending.reason or "interrupt", killed=True)
                    return
            elif (pending.op == "execute" and self.time_limit and pending.started is not None
                  and now - pending.started > self.time_limit):
                self._emit({"type": "notice", "id": rid, "kind": "timeout",
                            "limit": self.time_limit})
                self._interrupt("timeout")
        if self.memory_budget and now - self._last_rss_check > 0.25 and self._start_rss:
            self._last_rss_check = now
            rss = _rss_bytes(proc.pid)
            if rss is not None and rss > self._start_rss + self.memory_budget:
                self._die("memory", killed=True)

    def _die(self, reason: str, killed: bool = False) -> None:
        """The kernel ended (or must end): finish its requests, report, start a new one."""
        proc = self._proc
        if killed and proc is not None and proc.is_alive():
            proc.kill()
        exitcode = None
        if proc is not None:
            proc.join(2.0)
            exitcode = proc.exitcode
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
        self._emit({"type": "kernel_died", "exitcode": exitcode, "reason": running_reason,
                    "id": next((rid for rid, p in pending if p.started is not None), None)})
        status = {"restart": "restarted", "memory": "killed", "timeout": "killed",
                  "user": "killed", "interrupt": "killed"}.get(running_reason, "crashed")
        for rid, _p in pending:
            self._emit({"type": "done", "id": rid, "status": status, "elapsed": 0.0})
        try:
            self._spawn()
        except Exception as exc:
            log.exception("could not restart the kernel")
            self._emit({"type": "kernel_died", "exitcode": None, "reason": "start",
                        "message": str(exc)})
            self._set_state("stopped")
            self._closing = True
