"""An isolated Python kernel for the tensor sandbox, and the client that drives it (Qt-free).

Why a small ``multiprocessing`` kernel and not jupyter_client + ipykernel: the lab needs
*structured* output (tensor summaries with numpy data, plot series, autograd graphs, the
variables table) rather than rich-text display bundles, and it must run inside a PyInstaller
onedir executable. ipykernel starts through ``sys.executable -m ipykernel_launcher`` with
connection files and ZeroMQ sockets, which a frozen app has to special-case and which pull in
tornado/pyzmq/IPython. A child started with the ``spawn`` context re-enters the frozen
executable through ``multiprocessing.freeze_support()`` with no extra machinery, and one duplex
``Pipe`` of pickled dicts carries exactly the messages the GUI draws.

Protocol (every message is a dict):

* client → kernel: ``{"op": "execute" | "inspect" | "graph" | "reset" | "shutdown", "id": int,
  ...}``
* kernel → client: ``ready``, ``started``, ``stream`` (stdout/stderr text, throttled),
  ``result`` (summary of the last expression), ``error`` (short message with the cell line),
  ``plot`` (series from the ``plot()`` helper), ``variables``, ``inspect``, ``graph``, ``done``.
* the client adds ``state`` (starting/idle/busy), ``notice`` (time limit hit) and
  ``kernel_died`` (crash, hard kill or memory) messages, then restarts the kernel by itself.

Isolation: a ``while True`` is stopped by SIGINT (POSIX; KeyboardInterrupt in the cell) with a
hard kill + restart when that does not work within a grace period (always on Windows); a time
limit triggers the same interrupt; ``sys.exit()`` is caught; ``os._exit`` or a segfault ends only
the kernel, which the client notices and restarts. On Linux a huge allocation fails inside the
cell: after torch is imported the kernel caps its address space (RLIMIT_AS) at its current size
plus a budget, skipped where CUDA is available because the CUDA driver reserves huge virtual
ranges; the client also watches the kernel's resident memory and restarts it above the budget.
"""

from __future__ import annotations

import ast
import builtins
import io
import itertools
import linecache
import logging
import multiprocessing
import os
import queue
import signal
import sys
import threading
import time
import traceback
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

log = logging.getLogger(__name__)

#: Default seconds a cell may run before it is interrupted (adjustable in the GUI).
DEFAULT_TIME_LIMIT = 30.0
#: Seconds between SIGINT and the hard kill when the cell does not stop.
INTERRUPT_GRACE = 2.0
#: Output of one cell beyond this many characters is dropped (a print loop cannot flood the GUI).
MAX_CELL_OUTPUT = 1_000_000
#: Names the kernel puts in every fresh namespace.
HELPERS = ("plot", "figure")


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


# =========================================================================== kernel side
class _Stream(io.TextIOBase):
    """stdout/stderr of the kernel: buffers writes and sends them at most every 50 ms."""

    def __init__(self, kernel: _Kernel, name: str) -> None:
        super().__init__()
        self._kernel = kernel
        self.name = name
        self._buffer: list[str] = []
        self._size = 0
        self._last = 0.0
        self._lock = threading.Lock()

    def writable(self) -> bool:
        return True

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return "utf-8"

    def isatty(self) -> bool:
        return False

    def write(self, text: str) -> int:
        if not isinstance(text, str):
            raise TypeError(f"write() argument must be str, not {type(text).__name__}")
        kernel = self._kernel
        with self._lock:
            room = MAX_CELL_OUTPUT - kernel.output_chars
            if room <= 0:
                if not kernel.output_truncated:
                    kernel.output_truncated = True
                    self._buffer.append("\n[… output truncated …]\n")
                return len(text)
            kept = text[:room]
            kernel.output_chars += len(kept)
            self._buffer.append(kept)
            self._size += len(kept)
            due = self._size > 8192 or time.monotonic() - self._last > 0.05
        if due:
            self.flush()
        return len(text)

    def flush(self) -> None:
        with self._lock:
            if not self._buffer:
                return
            text = "".join(self._buffer)
            self._buffer.clear()
            self._size = 0
            self._last = time.monotonic()
        self._kernel.send({"type": "stream", "id": self._kernel.current_id, "name": self.name,
                           "text": text})


class _Kernel:
    """The loop inside the child process: one request at a time, in order."""

    def __init__(self, conn: Any, options: dict[str, Any]) -> None:
        self.conn = conn
        self.options = options
        self.current_id: int | None = None
        self.executing = False
        self._sending = False
        self._pending_interrupt = False
        self._send_lock = threading.Lock()
        self.output_chars = 0
        self.output_truncated = False
        self.cell_count = 0
        self.figure_index = -1
        self.namespace: dict[str, Any] = {}
        self.memory_limit: int | None = None

    # ------------------------------------------------------------------ plumbing
    def send(self, message: dict[str, Any]) -> None:
        """Send one message; a SIGINT during the write is deferred so the pipe stays whole."""
        with self._send_lock:
            self._sending = True
            try:
                self.conn.send(message)
            finally:
                self._sending = False
        if self._pending_interrupt and self.executing:
            self._pending_interrupt = False
            raise KeyboardInterrupt

    def _on_sigint(self, signum: int, frame: Any) -> None:
        if not self.executing:
            return  # a late interrupt after the cell ended: nothing to stop
        if self._sending:
            self._pending_interrupt = True
            return
        raise KeyboardInterrupt

    def flush_streams(self) -> None:
        for stream in (sys.stdout, sys.stderr):
            if isinstance(stream, _Stream):
                stream.flush()

    # ------------------------------------------------------------------ start-up
    def boot(self) -> None:
        if hasattr(signal, "SIGINT"):
            signal.signal(signal.SIGINT, self._on_sigint)
        sys.stdin = io.StringIO()  # input() raises EOFError instead of hanging
        # torch's own deprecation notices (e.g. from torch.func) are noise for students.
        warnings.filterwarnings("ignore", category=FutureWarning, module=r"torch\.")
        sys.stdout = _Stream(self, "stdout")
        sys.stderr = _Stream(self, "stderr")
        torch_version = None
        if self.options.get("import_torch", True):
            try:
                import numpy  # noqa: F401
                import torch

                torch_version = str(torch.__version__)  # plain str: unpickling must not need torch
            except Exception:  # the sandbox still runs plain Python
                log.exception("torch failed to import in the kernel")
        self.memory_limit = self._limit_memory(self.options.get("memory_budget"))
        self.reset_namespace()
        self.send({"type": "ready", "pid": os.getpid(), "torch": torch_version,
                   "memory_limit": self.memory_limit, "python": sys.version.split()[0]})

    def _limit_memory(self, budget: int | None) -> int | None:
        if not budget or not sys.platform.startswith("linux"):
            return None
        try:
            import resource

            if "torch" in sys.modules and sys.modules["torch"].cuda.is_available():
                return None  # CUDA maps huge virtual ranges; the client's RSS watch covers it
            with open("/proc/self/statm", encoding="ascii") as fh:
                size = int(fh.read().split()[0]) * resource.getpagesize()
            limit = size + int(budget)
            resource.setrlimit(resource.RLIMIT_AS, (limit, resource.RLIM_INFINITY))
            return limit
        except Exception:
            log.exception("could not set the kernel's memory limit")
            return None

    def reset_namespace(self) -> None:
        ns: dict[str, Any] = {"__name__": "__main__", "__builtins__": builtins,
                              "plot": self.plot, "figure": self.figure}
        for module, alias in (("torch", "torch"), ("numpy", "np")):
            if module in sys.modules:
                ns[alias] = sys.modules[module]
        self.namespace = ns

    # ------------------------------------------------------------------ helpers for cells
    def figure(self, title: str | None = None) -> int:
        """Start a new plot in the output; later plot() calls draw into it."""
        self.figure_index += 1
        self.send({"type": "plot", "id": self.current_id, "figure": self.figure_index,
                   "title": title, "series": None})
        return self.figure_index

    def plot(self, x: Any, y: Any = None, label: str | None = None, title: str | None = None,
             xlabel: str | None = None, ylabel: str | None = None, style: str = "line",
             new: bool = False) -> None:
        """Draw y against x (tensors, arrays or lists) as a curve in the output below the cell.

        ``style`` is "line", "scatter" or "dashed"; ``new=True`` starts another plot.
        """
        import numpy as np

        def as_array(v: Any) -> Any:
            if hasattr(v, "detach"):
                v = v.detach().cpu().float().numpy()
            return np.asarray(v, dtype=np.float64).reshape(-1)

        ys = as_array(x if y is None else y)
        xs = np.arange(ys.size, dtype=np.float64) if y is None else as_array(x)
        if xs.size != ys.size:
            raise ValueError(f"plot(): x has {xs.size} points but y has {ys.size}")
        if style not in ("line", "scatter", "dashed"):
            raise ValueError("plot(): style must be 'line', 'scatter' or 'dashed'")
        if xs.size > 200_000:
            step = -(-xs.size // 200_000)
            xs, ys = xs[::step], ys[::step]
        if new or self.figure_index < 0:
            self.figure_index += 1
        self.flush_streams()
        self.send({"type": "plot", "id": self.current_id, "figure": self.figure_index,
                   "title": title, "xlabel": xlabel, "ylabel": ylabel,
                   "series": {"x": xs, "y": ys, "label": label, "style": style}})

    # ------------------------------------------------------------------ requests
    def serve(self) -> None:
        while True:
            try:
                request = self.conn.recv()
            except (EOFError, OSError):
                return  # the app went away: end quietly
            except KeyboardInterrupt:
                continue
            op = request.get("op")
            if op == "shutdown":
                return
            self.current_id = request.get("id")
            try:
                self.send({"type": "started", "id": self.current_id, "op": op})
                started = time.perf_counter()
                status = {"execute": self.execute, "inspect": self.inspect, "graph": self.graph,
                          "reset": self.reset}.get(op, self.unknown)(request)
                self.send({"type": "done", "id": self.current_id, "status": status,
                           "elapsed": time.perf_counter() - started})
            except KeyboardInterrupt:
                self.send({"type": "done", "id": self.current_id, "status": "interrupted",
                           "elapsed": 0.0})
            except (EOFError, OSError, BrokenPipeError):
                return

    def unknown(self, request: dict[str, Any]) -> str:
        self.send({"type": "error", "id": self.current_id, "ename": "ProtocolError",
                   "evalue": f"unknown op {request.get('op')!r}", "message":
                   f"unknown op {request.get('op')!r}", "lineno": None, "line": "",
                   "traceback": ""})
        return "error"

    def reset(self, request: dict[str, Any]) -> str:
        self.reset_namespace()
        self.send_variables()
        return "ok"

    def execute(self, request: dict[str, Any]) -> str:
        from engine.tensor_inspect import summarize

        code: str = request.get("code", "")
        self.cell_count += 1
        filename = f"<cell {self.cell_count}>"
        linecache.cache[filename] = (len(code), None, code.splitlines(True), filename)
        self.output_chars = 0
        self.output_truncated = False
        self.figure_index = -1
        status = "ok"
        value: Any = None
        try:
            tree = ast.parse(code, filename, "exec")
            last = None
            if tree.body and isinstance(tree.body[-1], ast.Expr):
                last = ast.Expression(tree.body.pop().value)
            body = compile(tree, filename, "exec")
            tail = compile(last, filename, "eval") if last is not None else None
            self.executing = True
            try:
                exec(body, self.namespace)
                if tail is not None:
                    value = eval(tail, self.namespace)
            finally:
                self.executing = False
        except KeyboardInterrupt as exc:
            status = "interrupted"
            self.report_error(exc, filename)
        except SystemExit as exc:
            status = "error"
            self.report_error(exc, filename)
        except BaseException as exc:  # noqa: BLE001 - every cell error goes back as a message
            status = "error"
            self.report_error(exc, filename)
        self.flush_streams()
        if status == "ok" and value is not None:
            self.namespace["_"] = value
            try:
                summary = summarize(value, name=None)
            except Exception as exc:
                summary = {"kind": "other", "type": type(value).__name__,
                           "repr": f"<could not summarise: {exc}>"}
            self.send({"type": "result", "id": self.current_id, "value": summary})
        self.send_variables()
        return status

    def report_error(self, exc: BaseException, filename: str) -> None:
        """Send a short message pointing at the cell line, plus the traceback of cell frames."""
        tb = exc.__traceback__
        while tb is not None and tb.tb_frame.f_code.co_filename != filename:
            tb = tb.tb_next
        lineno, line = None, ""
        if isinstance(exc, SyntaxError) and exc.filename == filename:
            lineno, line = exc.lineno, (exc.text or "").rstrip()
        else:
            for frame in traceback.extract_tb(tb) if tb is not None else []:
                if frame.filename == filename:
                    lineno, line = frame.lineno, frame.line or ""
        ename = type(exc).__name__
        if isinstance(exc, SystemExit):
            evalue = f"sys.exit({exc.code!r}) was called; the kernel keeps running"
        elif isinstance(exc, KeyboardInterrupt):
            evalue = "the cell was interrupted"
        elif isinstance(exc, SyntaxError):
            evalue = exc.msg or str(exc)
        else:
            evalue = str(exc)
        first = evalue.strip().splitlines()[0] if evalue.strip() else ""
        message = f"{ename}: {first}" if first else ename
        if len(message) > 400:
            message = message[:399] + "…"
        text = "".join(traceback.format_exception(type(exc), exc, tb)) if tb is not None else ""
        self.flush_streams()
        self.send({"type": "error", "id": self.current_id, "ename": ename, "evalue": evalue,
                   "message": message, "lineno": lineno, "line": line.strip(),
                   "traceback": text[-20000:],
                   "memory": isinstance(exc, MemoryError) or "can't allocate memory" in evalue})

    def user_variables(self) -> list[tuple[str, Any]]:
        import types

        skip = (types.ModuleType, types.FunctionType, types.BuiltinFunctionType, type,
                types.MethodType)
        out = []
        for name, value in self.namespace.items():
            if name.startswith("_") or name in HELPERS or isinstance(value, skip):
                continue
            out.append((name, value))
        return out[:300]

    def send_variables(self) -> None:
        from engine.tensor_inspect import variable_row

        rows = []
        for name, value in self.user_variables():
            try:
                rows.append(variable_row(name, value))
            except Exception:
                rows.append({"name": name, "type": type(value).__name__, "shape": "", "dtype": "",
                             "device": "", "tensor": False, "preview": ""})
        self.send({"type": "variables", "id": self.current_id, "variables": rows})

    def _lookup(self, expression: str) -> Any:
        expression = expression.strip()
        if expression.isidentifier():
            if expression not in self.namespace:
                raise NameError(f"name {expression!r} is not defined")
            return self.namespace[expression]
        self.executing = True
        try:
            return eval(compile(expression, "<inspect>", "eval"), self.namespace)
        finally:
            self.executing = False

    def inspect(self, request: dict[str, Any]) -> str:
        from engine.tensor_inspect import summarize

        name = request.get("name", "")
        try:
            value = summarize(self._lookup(name), name=name)
        except Exception as exc:
            self.send({"type": "inspect", "id": self.current_id, "name": name, "value": None,
                       "message": f"{type(exc).__name__}: {exc}"})
            return "error"
        self.send({"type": "inspect", "id": self.current_id, "name": name, "value": value})
        return "ok"

    def graph(self, request: dict[str, Any]) -> str:
        from engine.tensor_inspect import autograd_graph, is_tensor

        name = request.get("name", "")
        try:
            value = self._lookup(name)
            names = {id(v): k for k, v in self.user_variables() if is_tensor(v)}
            graph = autograd_graph(value, names=names)
        except Exception as exc:
            self.send({"type": "graph", "id": self.current_id, "name": name, "graph": None,
                       "message": f"{type(exc).__name__}: {exc}"})
            return "error"
        self.send({"type": "graph", "id": self.current_id, "name": name, "graph": graph})
        return "ok"


def kernel_main(conn: Any, options: dict[str, Any]) -> None:
    """Entry point of the kernel process (picklable by reference for the spawn context)."""
    root = options.get("project_root")
    if root and root not in sys.path:
        sys.path.insert(0, root)
    kernel = _Kernel(conn, options)
    try:
        kernel.boot()
        kernel.serve()
    except (EOFError, OSError, BrokenPipeError, KeyboardInterrupt):
        pass
    finally:
        try:
            conn.close()
        except OSError:
            pass
        # Skip interpreter teardown (torch's can take a while); the parent already moved on.
        os._exit(0)


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
                 memory_budget: int | None = None, import_torch: bool = True) -> None:
        self.on_message = on_message
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
        if op == "execute":
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
            result.result = msg["value"]
        elif kind == "error":
            result.error = msg
        elif kind == "plot":
            result.plots.append(msg)
        elif kind == "variables":
            result.variables = msg["variables"]
        elif kind == "done":
            result.status = msg.get("status", "")
            result.elapsed = float(msg.get("elapsed", 0.0))
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
        if self._closing:
            return
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
