"""Inside the sandbox kernel process: IPython's own ``InteractiveShell`` behind DiveLab's pipe.

Cells run through ``InteractiveShell.run_cell``, so magics (``%matplotlib inline``, ``%timeit``),
``obj?``, ``;`` suppression, ``_``/``Out``, ``display()``/``clear_output()``, rich reprs and
top-level ``await`` behave as in the Jupyter the course uses. A display publisher and a display
hook turn IPython's output into Jupyter mime bundles on the pipe (docs/kernel-protocol.md); the
shell is created before any user code runs, because matplotlib-inline and ``IPython.display``
look it up with ``InteractiveShell.instance()``.

Why a ``multiprocessing`` child and not ipykernel + jupyter_client: the process, its pipe, the
interrupt, the time limit, the memory cap and the automatic restart stay as they were, and the
``spawn`` child re-enters a PyInstaller executable through ``freeze_support()`` with no
connection files, ZeroMQ or ``sys.executable -m ipykernel_launcher`` to special-case.
"""

from __future__ import annotations

import base64
import io
import logging
import os
import re
import signal
import sys
import threading
import time
import traceback
import types
import warnings
from typing import Any

log = logging.getLogger(__name__)

#: Output of one cell beyond this many characters is dropped (a print loop cannot flood the GUI).
MAX_CELL_OUTPUT = 1_000_000
#: Names the kernel puts in every fresh namespace (hidden from %who and the Variables panel).
HELPERS = ("plot", "figure")
#: DiveLab's own rendering of a value (tensor heatmaps, badges); never written to notebooks.
SUMMARY_MIME = "application/vnd.divelab.summary+json"
#: Binary mime types travel base64-encoded, as nbformat stores them.
_BINARY_MIMES = ("image/png", "image/jpeg", "image/gif", "application/pdf")
#: Summaries that draw better than text/plain; other values show IPython's own repr.
_SUMMARY_KINDS = ("tensor", "ndarray", "sequence")
_ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")
_CELL_FILE = re.compile(r"^<ipython-input-(\d+)-")


def strip_ansi(text: str) -> str:
    return _ANSI.sub("", text)


def clean_bundle(data: dict[str, Any]) -> dict[str, Any]:
    """A mime bundle with nbformat's payload types: bytes become base64 (images) or text."""
    out: dict[str, Any] = {}
    for mime, value in data.items():
        if isinstance(value, bytes | bytearray | memoryview):
            raw = bytes(value)
            if mime in _BINARY_MIMES or not mime.startswith("text/"):
                value = base64.b64encode(raw).decode("ascii")
            else:
                value = raw.decode("utf-8", "replace")
        out[mime] = value
    return out


class _Stream(io.TextIOBase):
    """stdout/stderr of the kernel: buffers writes and sends them at most every 50 ms."""

    def __init__(self, kernel: SandboxKernel, name: str) -> None:
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


def _shell_classes(kernel: SandboxKernel) -> type:
    """IPython classes bound to ``kernel`` (imported here: IPython loads in the child only)."""
    from IPython.core.displayhook import DisplayHook
    from IPython.core.displaypub import DisplayPublisher
    from IPython.core.interactiveshell import InteractiveShell

    class PipeDisplayPublisher(DisplayPublisher):
        """``display()`` and figures: one ``display`` message per call."""

        def publish(self, data, metadata=None, source=None, *, transient=None, update=False,
                    **kwargs):
            kernel.flush_streams()
            display_id = (transient or {}).get("display_id")
            kernel.send({"type": "display", "id": kernel.current_id, "data": clean_bundle(data),
                         "metadata": dict(metadata or {}), "display_id": display_id,
                         "update": bool(update)})

        def clear_output(self, wait=False):
            kernel.flush_streams()
            kernel.send({"type": "clear_output", "id": kernel.current_id, "wait": bool(wait)})

    class PipeDisplayHook(DisplayHook):
        """The value of a cell's last expression: ``result`` with the bundle and a summary."""

        def write_output_prompt(self):
            pass

        def finish_displayhook(self):
            self._is_active = False

        def compute_format_data(self, result):
            data, metadata = super().compute_format_data(result)
            self._summary = kernel.summary_of(result)
            return data, metadata

        def write_format_data(self, format_dict, md_dict=None):
            kernel.flush_streams()
            summary = getattr(self, "_summary", None)
            data = clean_bundle(format_dict)
            if summary is not None and summary.get("kind") in _SUMMARY_KINDS:
                data[SUMMARY_MIME] = summary
            kernel.send({"type": "result", "id": kernel.current_id,
                         "execution_count": self.prompt_count, "data": data,
                         "metadata": dict(md_dict or {}), "value": summary})

    class SandboxShell(InteractiveShell):
        """InteractiveShell whose errors, pager and GUI loop fit a kernel behind a pipe."""

        displayhook_class = PipeDisplayHook
        display_pub_class = PipeDisplayPublisher

        def _showtraceback(self, etype, evalue, stb):
            kernel.report_error(evalue)

        def showtraceback(self, exc_tuple=None, filename=None, tb_offset=None,
                          exception_only=False, running_compiled_code=False):
            try:
                _etype, value, _tb = self._get_exc_info(exc_tuple)
            except ValueError:
                return
            kernel.report_error(value)

        def showsyntaxerror(self, filename=None, running_compiled_code=False):
            _etype, value, _tb = self._get_exc_info()
            kernel.report_error(value)

        def showindentationerror(self):
            self.showsyntaxerror()

        def enable_gui(self, gui=None):
            pass  # no GUI event loop in the kernel: figures are always inline

        def enable_matplotlib(self, gui=None):
            if gui not in (None, "inline", "auto"):
                print(f"DiveLab shows matplotlib figures inline (asked for {gui!r}).",
                      file=sys.stderr)
            return super().enable_matplotlib("inline")

        def ask_exit(self):
            print("The sandbox kernel keeps running; use ⟳ Restart for a fresh one.",
                  file=sys.stderr)

    return SandboxShell


class SandboxKernel:
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
        self.figure_index = -1
        self.memory_limit: int | None = None
        self.shell: Any = None
        self._cell_error: dict[str, Any] | None = None
        self._cell_code = ""

    @property
    def namespace(self) -> dict[str, Any]:
        return self.shell.user_ns

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
        # The kernel's own log goes to the process's real stderr, never into a cell's output.
        real_stderr = sys.__stderr__
        logging.getLogger().addHandler(logging.StreamHandler(real_stderr) if real_stderr
                                       else logging.NullHandler())
        # torch's own deprecation notices (e.g. from torch.func) are noise for students.
        warnings.filterwarnings("ignore", category=FutureWarning, module=r"torch\.")
        sys.stdout = _Stream(self, "stdout")
        sys.stderr = _Stream(self, "stderr")
        cwd = self._enter_working_folder()
        # Figures render inline even without %matplotlib inline, as under ipykernel.
        os.environ["MPLBACKEND"] = "module://matplotlib_inline.backend_inline"
        try:
            from engine import figure_fonts

            figure_fonts.install()
        except Exception:
            log.exception("could not prepare figure fonts")
        torch_version = None
        if self.options.get("import_torch", True):
            try:
                import numpy  # noqa: F401
                import torch

                torch_version = str(torch.__version__)  # plain str: unpickling must not need torch
            except Exception:  # the sandbox still runs plain Python
                log.exception("torch failed to import in the kernel")
            try:
                from engine.course_env import install_course_patches

                install_course_patches(self.options.get("data_folder"))
            except Exception:
                log.exception("could not prepare the course's data access")
        import IPython

        self.shell = self._make_shell()
        self.memory_limit = self._limit_memory(self.options.get("memory_budget"))
        self.reset_namespace()
        self.send({"type": "ready", "pid": os.getpid(), "torch": torch_version,
                   "memory_limit": self.memory_limit, "python": sys.version.split()[0],
                   "ipython": IPython.__version__, "cwd": cwd})

    def _enter_working_folder(self) -> str:
        """The student's lab folder (``LAB/notebooks``), or the folder the client asked for."""
        folder = self.options.get("cwd")
        try:
            if not folder:
                from engine.course_env import ensure_lab

                folder = str(ensure_lab(self.options.get("lab_dir")))
            os.chdir(folder)
        except Exception:
            log.exception("could not enter the working folder %s", folder)
        return os.getcwd()

    def _make_shell(self) -> Any:
        from traitlets.config import Config

        from engine.paths import user_data_dir

        # Keep IPython's profile and history out of ~/.ipython: classroom accounts are shared.
        os.environ.setdefault("IPYTHONDIR", str(user_data_dir() / "ipython"))
        config = Config()
        config.HistoryManager.hist_file = ":memory:"
        config.InteractiveShell.colors = "nocolor"
        config.InteractiveShell.autocall = 0
        config.IPCompleter.use_jedi = False  # jedi's first inference on torch takes seconds
        config.InlineBackend.figure_formats = {"retina"}  # sharp on HiDPI screens
        shell_class = _shell_classes(self)
        shell = shell_class.instance(config=config)
        shell.set_hook("show_in_pager", self._page)
        return shell

    def _page(self, _shell: Any, data: Any, start: int = 0, screen_lines: int = 0) -> None:
        """``obj?`` and ``%magic?`` pages: printed as plain text under the cell."""
        text = data.get("text/plain", "") if isinstance(data, dict) else str(data)
        print(strip_ansi(text))

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
        shell = self.shell
        shell.reset(new_session=False)
        helpers: dict[str, Any] = {"plot": self.plot, "figure": self.figure}
        for module, alias in (("torch", "torch"), ("numpy", "np")):
            if module in sys.modules:
                helpers[alias] = sys.modules[module]
        shell.push(helpers, interactive=False)

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

    def summary_of(self, value: Any) -> dict[str, Any] | None:
        from engine.tensor_inspect import summarize

        try:
            return summarize(value, name=None)
        except Exception as exc:
            return {"kind": "other", "type": type(value).__name__,
                    "repr": f"<could not summarise: {exc}>"}

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
                handler = {"execute": self.execute, "complete": self.complete,
                           "inspect": self.inspect, "graph": self.graph,
                           "reset": self.reset}.get(op, self.unknown)
                status = handler(request)
                self.send({"type": "done", "id": self.current_id, "status": status,
                           "elapsed": time.perf_counter() - started,
                           "execution_count": self.shell.execution_count - 1})
            except KeyboardInterrupt:
                self.send({"type": "done", "id": self.current_id, "status": "interrupted",
                           "elapsed": 0.0, "execution_count": self.shell.execution_count - 1})
            except (EOFError, OSError, BrokenPipeError):
                return

    def unknown(self, request: dict[str, Any]) -> str:
        text = f"unknown op {request.get('op')!r}"
        self.send({"type": "error", "id": self.current_id, "ename": "ProtocolError",
                   "evalue": text, "message": text, "lineno": None, "line": "",
                   "traceback": "", "traceback_lines": [], "note": None, "memory": False})
        return "error"

    def reset(self, request: dict[str, Any]) -> str:
        self.reset_namespace()
        self.send_variables()
        return "ok"

    def execute(self, request: dict[str, Any]) -> str:
        code: str = request.get("code", "")
        self.output_chars = 0
        self.output_truncated = False
        self.figure_index = -1
        self._cell_error = None
        self._cell_code = code
        result = None
        self.executing = True
        try:
            result = self.shell.run_cell(code, store_history=request.get("store_history", True),
                                         silent=bool(request.get("silent", False)))
        except KeyboardInterrupt as exc:  # arrived between IPython's own handlers
            self.report_error(exc)
        finally:
            self.executing = False
            self.shell.exit_now = False
        self.flush_streams()
        if self._cell_error is not None:
            status = "interrupted" if self._cell_error["ename"] == "KeyboardInterrupt" else "error"
        elif result is not None and not result.success:
            status = "error"
            error = result.error_before_exec or result.error_in_exec
            if error is not None:
                self.report_error(error)
        else:
            status = "ok"
        self.send_variables()
        return status

    def report_error(self, exc: BaseException) -> None:
        """Send a short message pointing at the cell line, plus the traceback of cell frames."""
        if self._cell_error is not None and self._cell_error.get("exc") is exc:
            return
        tb = exc.__traceback__
        while tb is not None and not _CELL_FILE.match(tb.tb_frame.f_code.co_filename):
            tb = tb.tb_next
        lineno, line = None, ""
        if isinstance(exc, SyntaxError) and (exc.filename or "").startswith("<"):
            lineno, line = exc.lineno, (exc.text or "").rstrip()
        else:
            for frame in traceback.extract_tb(tb) if tb is not None else []:
                if _CELL_FILE.match(frame.filename):
                    lineno, line = frame.lineno, frame.line or ""
            # IPython keeps line numbers when it rewrites magics: show the line as typed.
            typed = self._cell_code.splitlines()
            if lineno and 0 < lineno <= len(typed):
                line = typed[lineno - 1]
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
        if tb is not None:
            lines = traceback.format_exception(type(exc), exc, tb)
        else:
            lines = traceback.format_exception_only(type(exc), exc)
        text = "".join(lines)[-20000:]
        self._cell_error = {"exc": exc, "ename": ename}
        self.flush_streams()
        self.send({"type": "error", "id": self.current_id, "ename": ename, "evalue": evalue,
                   "message": message, "lineno": lineno, "line": line.strip(),
                   "traceback": text, "traceback_lines": [ln.rstrip("\n") for ln in lines],
                   "note": self._course_note(ename, evalue, text),
                   "memory": isinstance(exc, MemoryError) or "can't allocate memory" in evalue})

    def _course_note(self, ename: str, evalue: str, text: str) -> dict[str, Any] | None:
        try:
            from engine.course_compat import note_for

            return note_for(ename, evalue, text, self._cell_code)
        except Exception:
            log.exception("course note failed")
            return None

    # ------------------------------------------------------------------ completion
    def complete(self, request: dict[str, Any]) -> str:
        from IPython.core.completer import provisionalcompleter

        code: str = request.get("code", "")
        pos = int(request.get("cursor_pos", len(code)))
        pos = max(0, min(pos, len(code)))
        matches: list[str] = []
        start = end = pos
        try:
            with provisionalcompleter():
                found = []
                for completion in self.shell.Completer.completions(code, pos):
                    found.append(completion)
                    if len(found) >= 300:
                        break
            if found:
                start = min(c.start for c in found)
                end = max(c.end for c in found)
                seen = set()
                for c in found:
                    text = code[start:c.start] + c.text + code[c.end:end]
                    if text not in seen:
                        seen.add(text)
                        matches.append(text)
        except Exception:
            log.exception("completion failed")
        self.send({"type": "complete", "id": self.current_id, "matches": matches,
                   "cursor_start": start, "cursor_end": end})
        return "ok"

    # ------------------------------------------------------------------ variables & views
    def user_variables(self) -> list[tuple[str, Any]]:
        skip = (types.ModuleType, types.FunctionType, types.BuiltinFunctionType, type,
                types.MethodType)
        hidden = self.shell.user_ns_hidden
        out = []
        for name, value in self.namespace.items():
            if name.startswith("_") or name in HELPERS or isinstance(value, skip):
                continue
            if name in hidden and hidden[name] is value:
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
    kernel = SandboxKernel(conn, options)
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

