"""The window's side of the torch process: start it, send calls, hand each answer to its caller.

:meth:`TorchProcess.call` is a generator: it yields what the job yields, forwards its progress
and partial results to the caller's :class:`engine.tasks.TaskState`, and returns (or raises)
what the job returned (or raised). A cancelled ``state`` — or closing the generator — cancels
the call in the process. A reader thread sleeps on the pipe and the process sentinel together,
so a crash is seen at once: every waiting call raises :class:`TorchProcessDied` and the next
call starts a fresh process.
"""

from __future__ import annotations

import itertools
import logging
import multiprocessing
import os
import queue
import threading
from collections.abc import Callable, Generator
from multiprocessing.connection import wait
from typing import Any

from engine.tasks import Cancelled, TaskState
from engine.torch_process import protocol as p
from engine.torch_process.child import Server, torch_process_main

log = logging.getLogger(__name__)

#: Put on the child's sys.path, so the spawned process imports this very engine.
_PROJECT_ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
#: How often a waiting call looks at its TaskState for a cancel.
CANCEL_POLL = 0.05


class TorchProcessDied(RuntimeError):
    """The process ended while a call was waiting for it."""


class TorchProcess:
    """One torch process (a ``spawn`` child, so it also starts inside a frozen app).

    ``inline``: serve from a thread of this process instead (same pipe and pickling, but
    functions go by reference, so a test may patch in any callable).
    """

    def __init__(self, *, inline: bool = False) -> None:
        self.inline = inline
        self._ctx = multiprocessing.get_context("spawn")
        self._lock = threading.Lock()
        self._send_lock = threading.Lock()
        self._conn: Any = None
        self._process: Any = None
        self._pending: dict[int, queue.Queue] = {}
        self._ids = itertools.count(1)
        self.pid: int | None = None
        self.starts = 0

    # ------------------------------------------------------------------ public
    def is_running(self) -> bool:
        process = self._process
        return self._conn is not None and (process is None or process.is_alive())

    def call(self, func: Callable[..., Any], *args: Any, state: TaskState | None = None,
             pass_state: bool = False, **kwargs: Any) -> Generator[Any, None, Any]:
        """Run ``func(*args, **kwargs)`` in the process (``func(state, …)`` with
        ``pass_state``); see the module's doc."""
        name = self._name(func)
        answers: queue.Queue = queue.Queue()
        call_id = next(self._ids)
        with self._lock:
            self._pending[call_id] = answers
        conn = None
        over = False
        try:
            conn = self._ensure()
            self._send(conn, {"op": p.CALL, "id": call_id, "func": name, "args": args,
                              "kwargs": kwargs, "pass_state": pass_state})
            while True:
                if state is not None and state.cancelled:
                    raise Cancelled()
                try:
                    message = answers.get(timeout=CANCEL_POLL)
                except queue.Empty:
                    continue
                op = message["op"]
                if op == p.YIELD:
                    yield message["value"]
                elif op in (p.PROGRESS, p.PARTIAL):
                    if state is not None and state.report is not None and not state.cancelled:
                        state.report(op, message["value"])
                elif op == p.RETURN:
                    over = True
                    return message["value"]
                elif op == p.ERROR:
                    over = True
                    if message.get("trace"):
                        log.debug("%s failed in the torch process:\n%s", name, message["trace"])
                    raise message["value"]
                elif op == p.CANCELLED:
                    over = True
                    raise Cancelled()
                elif op == p.DIED:
                    over = True
                    raise TorchProcessDied(message["value"])
        finally:
            with self._lock:
                self._pending.pop(call_id, None)
            if not over and conn is not None:
                self._send_quietly(conn, {"op": p.CANCEL, "id": call_id})

    def run(self, func: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Blocking: ``func``'s result (what it yields is dropped). For scripts and tests."""
        calling = self.call(func, *args, **kwargs)
        while True:
            try:
                next(calling)
            except StopIteration as stop:
                return stop.value

    def notify(self, func: Callable[..., Any], *args: Any) -> None:
        """Run a quick function in the process if it is up; no answer, never blocks for long."""
        conn = self._conn
        if conn is not None:
            self._send_quietly(conn, {"op": p.NOTIFY, "func": self._name(func), "args": args})

    def close(self) -> None:
        """End the process (the window is closing); later calls start a new one."""
        with self._lock:
            conn, process = self._conn, self._process
            self._conn = self._process = None
        if conn is not None:
            self._send_quietly(conn, {"op": p.SHUTDOWN})
        if process is not None:
            process.join(0.5)
            if process.is_alive():
                process.kill()
                process.join(2.0)

    def _name(self, func: Callable[..., Any]) -> str:
        return p.inline_name(func) if self.inline else p.function_name(func)

    # ------------------------------------------------------------------ the process
    def _ensure(self) -> Any:
        with self._lock:
            if self.is_running():
                return self._conn
            if self._conn is not None:
                try:
                    self._conn.close()
                except OSError:
                    pass
            parent, child = self._ctx.Pipe(duplex=True)
            if self.inline:
                process = None
                threading.Thread(target=_serve_inline, args=(child,), daemon=True,
                                 name="divelab-torch-inline").start()
            else:
                process = self._ctx.Process(target=torch_process_main,
                                            args=(child, {"project_root": _PROJECT_ROOT}),
                                            name="divelab-torch", daemon=True)
                process.start()
                child.close()
            self._conn, self._process = parent, process
            self.starts += 1
            threading.Thread(target=self._read, args=(parent, process), daemon=True,
                             name="divelab-torch-reader").start()
            return parent

    def _send(self, conn: Any, message: dict[str, Any]) -> None:
        try:
            with self._send_lock:
                conn.send(message)
        except (OSError, ValueError) as exc:
            raise TorchProcessDied(f"the training process is gone ({exc})") from None

    def _send_quietly(self, conn: Any, message: dict[str, Any]) -> None:
        try:
            self._send(conn, message)
        except TorchProcessDied:
            pass

    def _read(self, conn: Any, process: Any) -> None:
        waitables = [conn] if process is None else [conn, process.sentinel]
        try:
            while True:
                ready = wait(waitables)
                if conn not in ready:  # the process ended: read what it said before
                    while conn.poll(0):
                        self._dispatch(conn.recv())
                    break
                self._dispatch(conn.recv())
        except (EOFError, OSError, ValueError):
            pass
        code = None
        if process is not None:
            process.join(1.0)  # its sentinel is ready; this only collects the exit code
            code = process.exitcode
        with self._lock:
            closed = self._conn is not conn  # close() let go of it first
            if not closed:
                self._conn = self._process = None
            waiting = list(self._pending.values())
        if closed or code == 0:
            reason = "the training process was closed"
        else:
            reason = f"the training process ended unexpectedly (exit code {code})"
        for answers in waiting:
            answers.put({"op": p.DIED, "value": reason})

    def _dispatch(self, message: dict[str, Any]) -> None:
        if message.get("op") == p.READY:
            self.pid = message.get("pid")
            return
        with self._lock:
            answers = self._pending.get(message.get("id"))
        if answers is not None:
            answers.put(message)


def _serve_inline(conn: Any) -> None:
    try:
        Server(conn).serve()
    except (EOFError, OSError):
        pass


_shared: TorchProcess | None = None
_shared_lock = threading.Lock()


def shared() -> TorchProcess:
    """The app's one torch process (made on first use; started by the first call)."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = TorchProcess()
        return _shared


def set_shared(process: TorchProcess | None) -> TorchProcess | None:
    """Swap the app's torch process (tests); returns the one before."""
    global _shared
    with _shared_lock:
        before, _shared = _shared, process
        return before
