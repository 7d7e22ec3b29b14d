"""Run a whole notebook headless in a fresh sandbox kernel and save it with its outputs.

Teachers check lab notebooks before class and students hand in executed ones, so this behaves
like ``jupyter nbconvert --execute --allow-errors``: every code cell runs in order in the
notebook's own folder (the course's ``../data`` paths depend on it), a failing cell does not
stop the run, and the report says which cells failed.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from engine.notebook import Cell, NotebookDocument, NotebookError, OutputCollector

#: Seconds the kernel may take to start (IPython, torch and the course's imports).
START_TIMEOUT = 180.0
#: Extra seconds to wait for a cell beyond its time limit: the interrupt's grace period and,
#: after a hard kill, the fresh kernel's start.
_STOP_MARGIN = 30.0 + START_TIMEOUT


@dataclass
class CellReport:
    """How one code cell went."""

    index: int  # position in the notebook's cells
    number: int  # 1-based among the cells that ran
    total: int  # how many cells run
    status: str  # ok | error | timeout | interrupted | killed | crashed
    elapsed: float
    error: str | None = None  # "NameError: name 'x' is not defined"
    execution_count: int | None = None

    @property
    def ok(self) -> bool:
        return self.status == "ok"


@dataclass
class RunReport:
    """The whole run: where the executed notebook went and each cell's outcome."""

    in_path: Path
    out_path: Path
    cells: list[CellReport] = field(default_factory=list)
    elapsed: float = 0.0

    @property
    def failed(self) -> list[CellReport]:
        return [c for c in self.cells if not c.ok]

    @property
    def ok(self) -> bool:
        return not self.failed


def default_output_path(in_path: str | os.PathLike) -> Path:
    """``lesson.ipynb`` → ``lesson.out.ipynb`` beside it (the input is never overwritten)."""
    path = Path(in_path)
    stem = path.name[:-len(".ipynb")] if path.name.endswith(".ipynb") else path.name
    return path.with_name(f"{stem}.out.ipynb")


def check_writable(out_path: Path) -> None:
    """Fail before the run, not after it, when the result could not be written."""
    if out_path.is_dir():
        raise NotebookError("write_failed", f"cannot write {out_path}: it is a folder")
    parent = out_path.parent
    if not parent.is_dir():
        raise NotebookError("write_failed",
                            f"cannot write {out_path}: the folder {parent} does not exist")
    if not os.access(parent, os.W_OK) or (out_path.exists() and not os.access(out_path, os.W_OK)):
        raise NotebookError("write_failed", f"cannot write {out_path}: permission denied")


def run_notebook(in_path: str | os.PathLike, out_path: str | os.PathLike | None = None,
                 timeout: float | None = None, lang: str = "en",
                 on_cell: Callable[[CellReport], None] | None = None) -> RunReport:
    """Execute every code cell of ``in_path`` in order and write the result to ``out_path``.

    ``timeout``: seconds each cell may run (None: no limit); a cell over it is stopped and
    gets a ``CellTimeoutError`` output. ``on_cell`` hears about each cell as it finishes.
    Raises NotebookError for a notebook that cannot be read or written, or a kernel that
    does not start.
    """
    started = time.monotonic()
    source = Path(in_path)
    doc = NotebookDocument.load(source)
    target = Path(out_path) if out_path is not None else default_output_path(source)
    check_writable(target)
    report = RunReport(in_path=source, out_path=target)
    report.cells = run_document(doc, source.resolve().parent, timeout, lang, on_cell)
    doc.save(target)
    report.elapsed = time.monotonic() - started
    return report


def run_document(doc: NotebookDocument, folder: str | os.PathLike, timeout: float | None = None,
                 lang: str = "en",
                 on_cell: Callable[[CellReport], None] | None = None) -> list[CellReport]:
    """Execute ``doc``'s code cells in place (fresh kernel, working in ``folder``); no files.

    For callers that prepare a notebook in memory before it runs: the lab validator puts the
    released tests back first. Raises NotebookError("kernel_failed") like run_notebook.
    """
    report = RunReport(in_path=Path(folder), out_path=Path(folder))
    todo = [i for i, c in enumerate(doc.cells) if c.cell_type == "code" and c.source.strip()]
    for cell in doc.cells:
        if cell.cell_type == "code":
            cell.outputs, cell.execution_count = [], None
    if todo:
        _execute(doc, todo, Path(folder), timeout, lang, report, on_cell)
    return report.cells


def _execute(doc: NotebookDocument, todo: list[int], folder: Path, timeout: float | None,
             lang: str, report: RunReport, on_cell: Callable[[CellReport], None] | None) -> None:
    from engine.kernel import KernelClient

    client = KernelClient(time_limit=timeout, cwd=str(folder), lang=lang)
    try:
        if not client.wait_ready(START_TIMEOUT):
            raise NotebookError("kernel_failed",
                                f"the sandbox kernel did not start within {START_TIMEOUT:.0f} s")
        displays: dict[str, list[dict]] = {}
        wait = None if timeout is None else timeout + _STOP_MARGIN
        for number, index in enumerate(todo, start=1):
            cell = doc.cells[index]
            collector = OutputCollector(cell, lang=lang, displays=displays)
            t0 = time.monotonic()
            try:
                result = client.run(cell.source, timeout=wait)
                messages, status = result.messages, result.status
            except TimeoutError:  # the kernel neither finished nor was stopped: start afresh
                client.restart()
                messages, status = [{"type": "notice", "kind": "timeout"}], "killed"
            for msg in messages:
                collector.feed(msg)
            collector.render_plots()
            elapsed = time.monotonic() - t0
            cell_report = CellReport(index=index, number=number, total=len(todo),
                                     status="ok", elapsed=elapsed,
                                     execution_count=cell.execution_count)
            _settle(cell, cell_report, messages, status, timeout)
            doc.dirty = True
            report.cells.append(cell_report)
            if on_cell is not None:
                on_cell(cell_report)
    finally:
        client.close()


def _settle(cell: Cell, report: CellReport, messages: list[dict[str, Any]], status: str,
            timeout: float | None) -> None:
    """Turn the kernel's end of a cell into the report's status and, if needed, an error output."""
    timed_out = any(m.get("type") == "notice" and m.get("kind") == "timeout" for m in messages)
    died = next((m for m in messages if m.get("type") == "kernel_died"), None)
    error = next((m for m in reversed(messages) if m.get("type") == "error"), None)
    if timed_out:
        # The interrupt shows up as a KeyboardInterrupt; the real reason is the time limit.
        cell.outputs[:] = [o for o in cell.outputs if not (
            o.get("output_type") == "error" and o.get("ename") == "KeyboardInterrupt")]
        limit = f"{timeout:g} s" if timeout is not None else "its time limit"
        evalue = f"the cell ran longer than {limit} and was stopped"
        if status in ("killed", "crashed", "restarted"):
            evalue += "; the kernel was restarted, so later cells start without its variables"
        _append_error(cell, "CellTimeoutError", evalue)
        report.status, report.error = "timeout", f"CellTimeoutError: {evalue}"
    elif status in ("killed", "crashed", "restarted"):
        reason = (died or {}).get("reason", status)
        why = {"memory": "the cell used more memory than the sandbox allows"}.get(
            reason, f"the kernel stopped ({reason})")
        evalue = f"{why}; it was restarted, so later cells start without its variables"
        _append_error(cell, "KernelDiedError", evalue)
        report.status, report.error = status, f"KernelDiedError: {evalue}"
    elif status == "ok":
        report.status = "ok"
    else:
        report.status = "interrupted" if status == "interrupted" else "error"
        if error is not None:
            message = error.get("message") or (
                f"{error.get('ename', 'Error')}: {str(error.get('evalue', '')).strip()}")
            report.error = str(message).splitlines()[0] if message else "Error"
        else:
            report.error = f"the cell ended with status {status!r}"
    report.execution_count = cell.execution_count


def _append_error(cell: Cell, ename: str, evalue: str) -> None:
    cell.outputs.append({"output_type": "error", "ename": ename, "evalue": evalue,
                         "traceback": [f"{ename}: {evalue}"]})
