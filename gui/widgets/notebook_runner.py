"""Runs a notebook's code cells in a kernel the way Jupyter does (no Qt, so tests drive it bare).

One cell runs at a time; the rest wait in a queue and show ``[*]``. A cell that fails (error,
interrupt, a kernel that died or restarted) cancels the cells still waiting, as Jupyter's
"Run all" does. Kernel messages go through ``OutputCollector`` so the document holds exactly
the outputs the view shows, and the view is told about each message to draw it live.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from engine.notebook import Cell, NotebookDocument, OutputCollector

IDLE, QUEUED, RUNNING = "idle", "queued", "running"


class RunnerListener(Protocol):
    def cell_state_changed(self, cell: Cell) -> None:
        """The cell was queued, started, finished or cancelled (its prompt changes)."""

    def cell_message(self, cell: Cell, msg: dict[str, Any], targets: list[Cell]) -> None:
        """A kernel message for ``cell``; ``targets`` are the cells a display update reaches."""

    def run_finished(self, status: str) -> None:
        """The queue is empty; ``status`` is the last cell's (ok, error, interrupted, …)."""


class CellRunner:
    """The run queue of one document. ``execute(code) -> request id`` sends a cell."""

    def __init__(self, doc: NotebookDocument, execute: Callable[[str], int],
                 listener: RunnerListener, lang: Callable[[], str] = lambda: "en") -> None:
        self.doc = doc
        self._execute = execute
        self.listener = listener
        self._lang = lang
        self.queue: deque[Cell] = deque()
        self.current: Cell | None = None
        self.request_id: int | None = None
        self.collector: OutputCollector | None = None
        #: display id → nbformat outputs carrying it (shared by every cell's collector).
        self.displays: dict[str, list[dict]] = {}
        #: display id → cells that show it, so an update reaches an earlier cell's view.
        self.display_cells: dict[str, list[Cell]] = {}
        self.last_status = ""

    # ------------------------------------------------------------------ state
    @property
    def busy(self) -> bool:
        return self.current is not None or bool(self.queue)

    def state(self, cell: Cell) -> str:
        if cell is self.current:
            return RUNNING
        if any(c is cell for c in self.queue):
            return QUEUED
        return IDLE

    # ------------------------------------------------------------------ commands
    def submit(self, cells: list[Cell]) -> int:
        """Queue the code cells among ``cells`` (a cell already waiting is not queued twice).

        Their old outputs go at once, as in Jupyter, so a queued cell never shows stale output.
        Returns how many were queued.
        """
        added = 0
        for cell in cells:
            if cell.cell_type != "code" or self.state(cell) != IDLE:
                continue
            if cell.outputs or cell.execution_count is not None:
                cell.outputs = []
                cell.execution_count = None
                self.doc.dirty = True
            self.queue.append(cell)
            added += 1
            self.listener.cell_state_changed(cell)
        if self.current is None and self.queue:
            self._start_next()
        return added

    def cancel(self) -> None:
        """Drop every waiting cell (the running one is left to finish or be interrupted)."""
        waiting = list(self.queue)
        self.queue.clear()
        for cell in waiting:
            self.listener.cell_state_changed(cell)

    def abort(self, status: str = "crashed") -> None:
        """The kernel is gone for good: the running cell ends, the waiting ones are dropped."""
        if self.request_id is not None:
            self.handle({"type": "done", "id": self.request_id, "status": status})
        else:
            self.cancel()

    def forget(self, cell: Cell) -> None:
        """A deleted cell leaves the queue; if it is running its output has nowhere to go."""
        if any(c is cell for c in self.queue):
            self.queue = deque(c for c in self.queue if c is not cell)

    # ------------------------------------------------------------------ messages
    def handle(self, msg: dict[str, Any]) -> None:
        """Apply one kernel message; messages of other requests are ignored."""
        if self.request_id is None or msg.get("id") != self.request_id:
            return
        cell = self.current
        assert cell is not None and self.collector is not None
        kind = msg.get("type")
        if self.collector.feed(msg):
            self.doc.dirty = True
        targets: list[Cell] = []
        display_id = msg.get("display_id")
        if kind == "display" and display_id is not None:
            if msg.get("update"):
                targets = list(self.display_cells.get(display_id, []))
            else:
                shown = self.display_cells.setdefault(display_id, [])
                if not any(c is cell for c in shown):
                    shown.append(cell)
        self.listener.cell_message(cell, msg, targets)
        if kind == "done":
            self.last_status = str(msg.get("status") or "")
            self.current = self.collector = self.request_id = None
            if self.last_status != "ok":
                self.cancel()
            self.listener.cell_state_changed(cell)
            if self.queue:
                self._start_next()
            else:
                self.listener.run_finished(self.last_status)

    def _start_next(self) -> None:
        from engine.notebook import OutputCollector

        cell = self.queue.popleft()
        self.current = cell
        self.collector = OutputCollector(cell, self._lang(), self.displays)
        self.request_id = self._execute(cell.source)
        self.listener.cell_state_changed(cell)
