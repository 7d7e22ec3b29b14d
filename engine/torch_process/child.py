"""Inside the torch process: run each requested call on a thread of its own and answer by id.

A request names a module-level function (``"module:qualname"``), so the process only ever runs
the engine's own jobs. Each call gets a :class:`engine.tasks.TaskState`; a cancel request sets
it, and a generator job is closed at its next yield. Its progress and partial results, every
value it yields, its return value or its exception go back over the pipe tagged with the
call's id (see engine/torch_process/protocol.py).
"""

from __future__ import annotations

import importlib
import inspect
import os
import pickle
import signal
import threading
import traceback
from typing import Any

from engine.child_process import serve_child
from engine.tasks import Cancelled, TaskState
from engine.torch_process import protocol as p

#: Imported on a thread as soon as the process is up, so the first run finds them in.
WARM_MODULES = ("torch", "torch._dynamo", "engine.data", "engine.training",
                "engine.torch_jobs")


def resolve(name: str) -> Any:
    if name.startswith("@inline:"):
        return p.INLINE_FUNCTIONS[name]
    module, _, qualname = name.partition(":")
    target: Any = importlib.import_module(module)
    for part in qualname.split("."):
        target = getattr(target, part)
    return target


def portable(exc: BaseException) -> BaseException:
    """``exc`` if it survives a pickle round trip, else a RuntimeError that says what it was."""
    try:
        pickle.loads(pickle.dumps(exc))
        return exc
    except Exception:  # noqa: BLE001 - any failure means it cannot cross the pipe as it is
        return RuntimeError(f"{type(exc).__name__}: {exc}")


class Server:
    def __init__(self, conn: Any) -> None:
        self.conn = conn
        self._send_lock = threading.Lock()
        self._calls: dict[int, TaskState] = {}
        self._calls_lock = threading.Lock()

    def send(self, message: dict[str, Any]) -> None:
        """Pickled first, so a value that cannot be sent raises here and nothing half-written
        reaches the pipe."""
        data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
        with self._send_lock:
            self.conn.send_bytes(data)

    def serve(self) -> None:
        threading.Thread(target=_warm_up, name="divelab-torch-warm-up", daemon=True).start()
        self.send({"op": p.READY, "pid": os.getpid()})
        while True:
            message = self.conn.recv()
            op = message.get("op")
            if op == p.CALL:
                state = TaskState()
                with self._calls_lock:
                    self._calls[message["id"]] = state
                threading.Thread(target=self._run, args=(message, state),
                                 name=f"divelab-torch-call-{message['id']}",
                                 daemon=True).start()
            elif op == p.CANCEL:  # after its call (one pipe, in order); gone if it has ended
                with self._calls_lock:
                    state = self._calls.get(message["id"])
                if state is not None:
                    state.cancel()
            elif op == p.NOTIFY:
                try:  # quick by contract (a flag on a running job): answered by nobody
                    resolve(message["func"])(*message["args"])
                except Exception:  # noqa: BLE001 - a notice that fails must not end the process
                    traceback.print_exc()
            elif op == p.SHUTDOWN:
                return

    def _run(self, message: dict[str, Any], state: TaskState) -> None:
        call_id = message["id"]

        def report(kind: str, value: Any) -> None:
            self.send({"op": kind, "id": call_id, "value": value})

        state.report = report
        try:
            func = resolve(message["func"])
            args = tuple(message["args"])
            if message.get("pass_state"):
                args = (state, *args)
            state.check()
            result = func(*args, **message["kwargs"])
            if inspect.isgenerator(result):
                result = self._drain(result, state, report)
            self._answer(p.RETURN, call_id, result)
        except Cancelled:
            self.send({"op": p.CANCELLED, "id": call_id})
        except BaseException as exc:  # noqa: BLE001 - every failure is the caller's to see
            self._answer(p.ERROR, call_id, portable(exc), trace=traceback.format_exc())
        finally:
            with self._calls_lock:
                self._calls.pop(call_id, None)

    @staticmethod
    def _drain(generator: Any, state: TaskState, report: Any) -> Any:
        try:
            while True:
                if state.cancelled:
                    generator.close()
                    raise Cancelled()
                report(p.YIELD, next(generator))
        except StopIteration as stop:
            return stop.value

    def _answer(self, op: str, call_id: int, value: Any, trace: str = "") -> None:
        try:
            self.send({"op": op, "id": call_id, "value": value, "trace": trace})
        except Exception as exc:  # noqa: BLE001 - the value could not be pickled
            self.send({"op": p.ERROR, "id": call_id, "trace": traceback.format_exc(),
                       "value": RuntimeError(f"the answer could not be sent: {exc}")})


def _warm_up() -> None:
    for name in WARM_MODULES:
        try:
            importlib.import_module(name)
        except Exception:  # noqa: BLE001 - the call that needs it reports the failure
            traceback.print_exc()
        if name == "torch":
            _leave_a_core_for_the_window()


def _leave_a_core_for_the_window() -> None:
    """torch's intra-op threads default to one per core; loading data or training on all of
    them leaves the window's thread waiting for a CPU (measured: a 40 ms click stalled for
    100+ ms while the data warm-up ran on both cores). One core fewer costs small models
    nothing (the same CLI time with 1 or 2 threads on 2 cores)."""
    import torch

    wanted = max(1, (os.cpu_count() or 1) - 1)
    if torch.get_num_threads() > wanted:
        torch.set_num_threads(wanted)


def torch_process_main(conn: Any, options: dict[str, Any]) -> None:
    """Entry point of the process (picklable by reference for the spawn context)."""
    if hasattr(signal, "SIGINT"):  # Ctrl+C in the terminal is for the window, which ends us
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    serve_child(conn, options, Server(conn).serve)
