"""Inside the sandbox kernel process: IPython's own ``InteractiveShell`` behind DiveLab's pipe.

Cells run through ``InteractiveShell.run_cell``, so magics (``%matplotlib inline``, ``%timeit``),
``obj?``, ``;`` suppression, ``_``/``Out``, ``display()``/``clear_output()``, rich reprs and
top-level ``await`` behave as in the Jupyter the course uses (engine/kernel/shell.py). The shell
is created before any user code runs, because matplotlib-inline and ``IPython.display`` look it
up with ``InteractiveShell.instance()``. Messages are the dataclasses of
engine/kernel/protocol.py.

Why a ``multiprocessing`` child and not ipykernel + jupyter_client: the process, its pipe, the
interrupt, the time limit, the memory cap and the automatic restart stay as they were, and the
``spawn`` child re-enters a PyInstaller executable through ``freeze_support()`` with no
connection files, ZeroMQ or ``sys.executable -m ipykernel_launcher`` to special-case.
"""

from __future__ import annotations

import logging
import os
import signal
import sys
import threading
import time
import types
import warnings
from typing import Any

from engine.kernel.errors import error_reply
from engine.kernel.limits import cap_address_space
from engine.kernel.output import KeyboardlessStdin, OutputStream, strip_ansi
from engine.kernel.plots import CellPlots
from engine.kernel.protocol import (
    HELPERS,
    STATUS_ERROR,
    STATUS_INTERRUPTED,
    STATUS_OK,
    Complete,
    Completions,
    Done,
    Error,
    Execute,
    Graph,
    GraphReply,
    Inspect,
    Inspection,
    Ready,
    Reply,
    Request,
    Reset,
    Shutdown,
    Started,
    Variables,
)
from engine.kernel.shell import shell_class

log = logging.getLogger(__name__)


class SandboxKernel:
    """The loop inside the child process: one request at a time, in order."""

    def __init__(self, conn: Any, options: dict[str, Any]) -> None:
        self.conn = conn
        self.options = options
        self.lang = str(options.get("lang") or "en")
        self.current_id: int | None = None
        self.executing = False
        self._sending = False
        self._pending_interrupt = False
        self._request_open = False
        self._send_lock = threading.Lock()
        self.output_chars = 0
        self.output_truncated = False
        self.plots = CellPlots(self)
        self.memory_limit: int | None = None
        self.shell: Any = None
        self._cell_error: tuple[BaseException, str] | None = None  # (exception, ename)
        self._cell_code = ""

    @property
    def namespace(self) -> dict[str, Any]:
        return self.shell.user_ns

    # ------------------------------------------------------------------ plumbing
    def send(self, message: Reply) -> None:
        """Send one message; a SIGINT during the write is deferred so the pipe stays whole."""
        wire = message.to_wire()
        with self._send_lock:
            self._sending = True
            try:
                self.conn.send(wire)
            finally:
                self._sending = False
        if self._pending_interrupt and self.executing:
            self._pending_interrupt = False
            raise KeyboardInterrupt

    def _on_sigint(self, signum: int, frame: Any) -> None:
        if not self.executing:
            # Between the request's arrival and its code starting (the window already shows
            # it running): the cell stops as it starts. Otherwise a late interrupt after the
            # cell ended: nothing to stop.
            self._pending_interrupt = self._request_open
            return
        if self._sending:
            self._pending_interrupt = True
            return
        raise KeyboardInterrupt

    def flush_streams(self) -> None:
        for stream in (sys.stdout, sys.stderr):
            if isinstance(stream, OutputStream):
                stream.flush()

    # ------------------------------------------------------------------ start-up
    def boot(self) -> None:
        if hasattr(signal, "SIGINT"):
            signal.signal(signal.SIGINT, self._on_sigint)
        sys.stdin = KeyboardlessStdin(self.lang)  # input() explains itself instead of hanging
        # The kernel's own log goes to the process's real stderr, never into a cell's output.
        real_stderr = sys.__stderr__
        logging.getLogger().addHandler(logging.StreamHandler(real_stderr) if real_stderr
                                       else logging.NullHandler())
        # torch's own deprecation notices (e.g. from torch.func) are noise for students.
        warnings.filterwarnings("ignore", category=FutureWarning, module=r"torch\.")
        sys.stdout = OutputStream(self, "stdout")
        sys.stderr = OutputStream(self, "stderr")
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
            try:  # torchvision's part waits until a cell imports it (engine/import_hooks.py)
                from engine.course_env import install_course_patches

                install_course_patches(self.options.get("data_folder"))
            except Exception:
                log.exception("could not prepare the course's data access")
        import IPython

        self.shell = self._make_shell()
        self.memory_limit = cap_address_space(self.options.get("memory_budget"))
        self.reset_namespace()
        self.send(Ready(pid=os.getpid(), torch=torch_version, memory_limit=self.memory_limit,
                        python=sys.version.split()[0], ipython=IPython.__version__, cwd=cwd))

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
        shell = shell_class(self).instance(config=config)
        shell.set_hook("show_in_pager", self._page)
        return shell

    def _page(self, _shell: Any, data: Any, start: int = 0, screen_lines: int = 0) -> None:
        """``obj?`` and ``%magic?`` pages: printed as plain text under the cell."""
        text = data.get("text/plain", "") if isinstance(data, dict) else str(data)
        print(strip_ansi(text))

    def reset_namespace(self) -> None:
        shell = self.shell
        shell.reset(new_session=False)
        helpers: dict[str, Any] = {"plot": self.plots.plot, "figure": self.plots.figure}
        for module, alias in (("torch", "torch"), ("numpy", "np")):
            if module in sys.modules:
                helpers[alias] = sys.modules[module]
        shell.push(helpers, interactive=False)

    # ------------------------------------------------------------------ values
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
                request = Request.from_wire(self.conn.recv())
            except (EOFError, OSError):
                return  # the app went away: end quietly
            except KeyboardInterrupt:
                continue
            if isinstance(request, Shutdown):
                return
            self.current_id = request.id
            self._pending_interrupt = False
            self._request_open = True
            try:
                self.send(Started(id=request.id, op=request.OP))
                started = time.perf_counter()
                status = self.handle(request)
                self.send(Done(id=request.id, status=status,
                               elapsed=time.perf_counter() - started,
                               execution_count=self.shell.execution_count - 1))
            except KeyboardInterrupt:
                self.send(Done(id=request.id, status=STATUS_INTERRUPTED, elapsed=0.0,
                               execution_count=self.shell.execution_count - 1))
            except (EOFError, OSError, BrokenPipeError):
                return
            finally:
                self._request_open = False

    def handle(self, request: Request) -> str:
        """Run one request; returns the status its ``done`` reports."""
        if isinstance(request, Execute):
            return self.execute(request)
        if isinstance(request, Complete):
            return self.complete(request)
        if isinstance(request, Inspect):
            return self.inspect(request)
        if isinstance(request, Graph):
            return self.graph(request)
        if isinstance(request, Reset):
            self.reset_namespace()
            self.send_variables()
            return STATUS_OK
        text = f"unknown op {getattr(request, 'op', request.OP)!r}"
        self.send(Error(id=self.current_id, ename="ProtocolError", evalue=text, message=text))
        return STATUS_ERROR

    def execute(self, request: Execute) -> str:
        self.output_chars = 0
        self.output_truncated = False
        self.plots.new_cell()
        self._cell_error = None
        self._cell_code = request.code
        result = None
        self.executing = True
        try:
            if self._pending_interrupt:  # interrupted before its code started
                self._pending_interrupt = False
                raise KeyboardInterrupt
            result = self.shell.run_cell(request.code, store_history=request.store_history,
                                         silent=bool(request.silent))
        except KeyboardInterrupt as exc:  # arrived between IPython's own handlers
            self.report_error(exc)
        finally:
            self.executing = False
            self.shell.exit_now = False
        self.flush_streams()
        if self._cell_error is not None:
            interrupted = self._cell_error[1] == "KeyboardInterrupt"
            status = STATUS_INTERRUPTED if interrupted else STATUS_ERROR
        elif result is not None and not result.success:
            status = STATUS_ERROR
            error = result.error_before_exec or result.error_in_exec
            if error is not None:
                self.report_error(error)
        else:
            status = STATUS_OK
        self.send_variables()
        return status

    def report_error(self, exc: BaseException) -> None:
        """Send the cell's error once (IPython may report the same exception twice)."""
        if self._cell_error is not None and self._cell_error[0] is exc:
            return
        reply = error_reply(exc, self._cell_code, self.current_id)
        self._cell_error = (exc, reply.ename)
        self.flush_streams()
        self.send(reply)

    # ------------------------------------------------------------------ completion
    def complete(self, request: Complete) -> str:
        from IPython.core.completer import provisionalcompleter

        code = request.code
        pos = max(0, min(int(request.cursor_pos), len(code)))
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
        self.send(Completions(id=self.current_id, matches=matches, cursor_start=start,
                              cursor_end=end))
        return STATUS_OK

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
        self.send(Variables(id=self.current_id, variables=rows))

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

    def inspect(self, request: Inspect) -> str:
        from engine.tensor_inspect import summarize

        try:
            value = summarize(self._lookup(request.name), name=request.name)
        except Exception as exc:
            self.send(Inspection(id=self.current_id, name=request.name,
                                 message=f"{type(exc).__name__}: {exc}"))
            return STATUS_ERROR
        self.send(Inspection(id=self.current_id, name=request.name, value=value))
        return STATUS_OK

    def graph(self, request: Graph) -> str:
        from engine.tensor_inspect import autograd_graph, is_tensor

        try:
            value = self._lookup(request.name)
            names = {id(v): k for k, v in self.user_variables() if is_tensor(v)}
            graph = autograd_graph(value, names=names)
        except Exception as exc:
            self.send(GraphReply(id=self.current_id, name=request.name,
                                 message=f"{type(exc).__name__}: {exc}"))
            return STATUS_ERROR
        self.send(GraphReply(id=self.current_id, name=request.name, graph=graph))
        return STATUS_OK


def kernel_main(conn: Any, options: dict[str, Any]) -> None:
    """Entry point of the kernel process (picklable by reference for the spawn context)."""
    from engine.child_process import serve_child

    def serve() -> None:
        kernel = SandboxKernel(conn, options)
        kernel.boot()
        kernel.serve()

    serve_child(conn, options, serve)
