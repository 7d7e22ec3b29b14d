"""A notebook's own kernel and run queue, and the live drawing of its output into the cells.

The kernel starts on the first run, in the notebook's folder (the course's ``../data`` paths
depend on it; an untitled notebook runs in the student's lab folder). Messages update the
document through the runner's ``OutputCollector`` and the cell widgets through ``CellOutput``,
the same drawing code the Tensors tab uses.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from gui import i18n
from gui.i18n import tr_format
from gui.settings import dataset_folder
from gui.widgets.cell_output import CellOutput
from gui.widgets.notebook_cells import CodeCellWidget
from gui.widgets.notebook_runner import IDLE, CellRunner

if TYPE_CHECKING:
    from engine.notebook import Cell, NotebookDocument
    from gui.kernel_client import QtKernel
    from gui.widgets.notebook_view import NotebookView

log = logging.getLogger(__name__)

PRIVATE_MIME = "application/vnd.divelab.summary+json"


class NotebookSession(QObject):
    """Runs cells of ``doc`` in a lazily started kernel and keeps view and document in step."""

    changed = Signal()  # kernel state, queue or outputs changed
    notice = Signal(str, bool)  # a message for the tab (text, is_warning)

    def __init__(self, view: NotebookView, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.doc: NotebookDocument | None = None
        self.cwd: Path | None = None
        self.kernel: QtKernel | None = None
        self.runner: CellRunner | None = None
        self.kernel_state = "stopped"
        self.kernel_info: dict[str, Any] = {}
        self._completion: tuple[int, Any] | None = None
        view.completionRequested.connect(self._on_completion_requested)

    # ------------------------------------------------------------------ document / kernel
    def attach(self, doc: NotebookDocument, cwd: Path | None) -> None:
        """Show ``doc``'s runs from now on; its kernel starts fresh (one kernel per notebook)."""
        self.close_kernel()
        self.doc = doc
        self.cwd = cwd
        self.runner = CellRunner(doc, self._execute, self, i18n.current_language)
        self.changed.emit()

    def _ensure_kernel(self) -> QtKernel:
        if self.kernel is None:
            from gui.kernel_client import QtKernel

            # Notebooks run as long as they need (Jupyter has no limit); Interrupt stops them.
            self.kernel = QtKernel(self, time_limit=None)
            self.kernel.client.cwd = str(self.cwd) if self.cwd is not None else None
            # The Fashion-MNIST folder chosen in File ▸ Choose dataset folder, for d2l's loaders.
            self.kernel.client.data_folder = dataset_folder()
            self.kernel.message.connect(self._on_message)
            self.kernel.start()
        return self.kernel

    def _execute(self, code: str) -> int:
        return self._ensure_kernel().execute(code)

    def close_kernel(self) -> None:
        if self.runner is not None:
            self.runner.cancel()
        kernel, self.kernel = self.kernel, None
        if kernel is not None:
            kernel.message.disconnect(self._on_message)
            kernel.close()
            kernel.deleteLater()
        self.runner = None
        self.kernel_state = "stopped"
        self.kernel_info = {}

    @property
    def busy(self) -> bool:
        return self.runner is not None and self.runner.busy

    # ------------------------------------------------------------------ commands
    def run(self, cells: list[Cell]) -> int:
        if self.runner is None:
            return 0
        queued = self.runner.submit(cells)
        self.changed.emit()
        return queued

    def interrupt(self) -> None:
        if self.kernel is not None and self.busy:
            self.runner.cancel()
            self.kernel.interrupt()

    def restart(self) -> None:
        if self.runner is not None:
            self.runner.cancel()
        if self.kernel is not None:
            self.kernel.restart()
        self.changed.emit()

    def state_of(self, cell: Cell) -> str:
        return self.runner.state(cell) if self.runner is not None else IDLE

    def forget(self, cell: Cell) -> None:
        if self.runner is not None:
            self.runner.forget(cell)

    # ------------------------------------------------------------------ runner listener
    def cell_state_changed(self, cell: Cell) -> None:
        widget = self.view.widget_for(cell)
        if not isinstance(widget, CodeCellWidget):
            return
        state = self.state_of(cell)
        if state == "queued":
            widget.clear_outputs()
        widget.set_prompt(state)
        self.changed.emit()

    def cell_message(self, cell: Cell, msg: dict[str, Any], targets: list[Cell]) -> None:
        kind = msg.get("type")
        if kind == "display" and msg.get("update"):
            for target in targets:
                shown = self.view.widget_for(target)
                if isinstance(shown, CodeCellWidget) and shown.output is not None:
                    shown.output.update_display(msg.get("display_id"), _public(msg.get("data")),
                                                msg.get("metadata") or {})
            self.changed.emit()
            return
        widget = self.view.widget_for(cell)
        if not isinstance(widget, CodeCellWidget):
            return  # the cell was deleted while it ran
        if kind == "result":
            msg = dict(msg, data=_public(msg.get("data")), value=None)
        elif kind == "display":
            msg = dict(msg, data=_public(msg.get("data")))
        if kind == "done":
            self._finished(widget, str(msg.get("status") or ""))
        elif live_output(widget).handle(msg):
            if kind == "error" and msg.get("lineno"):
                try:
                    widget.editor.mark_error_line(int(msg["lineno"]))
                except (TypeError, ValueError):
                    pass
            self.changed.emit()

    def _finished(self, widget: CodeCellWidget, status: str) -> None:
        texts = {
            "killed": self.tr("The cell did not stop, so the kernel was restarted; variables "
                              "were cleared."),
            "crashed": self.tr("The kernel stopped while running this cell and is restarting; "
                               "variables were cleared."),
            "restarted": self.tr("Kernel restarted; this cell did not finish."),
        }
        if status in texts:
            widget.output_view().add_notice(texts[status], warning=True)

    def run_finished(self, status: str) -> None:
        self.changed.emit()

    # ------------------------------------------------------------------ kernel messages
    def _on_message(self, msg: dict[str, Any]) -> None:
        try:
            self._dispatch(msg)
        except Exception:  # a drawing bug must not stop the notebook
            log.exception("failed to show notebook kernel message %s", msg.get("type"))

    def _dispatch(self, msg: dict[str, Any]) -> None:
        kind = msg.get("type")
        if kind == "state":
            self.kernel_state = str(msg.get("state"))
            self.changed.emit()
        elif kind == "ready":
            self.kernel_info = msg
            self.changed.emit()
        elif kind == "complete":
            self._on_completions(msg)
        elif kind == "kernel_died":
            reason = msg.get("reason")
            if reason == "start":
                self.notice.emit(tr_format(
                    self.tr("The kernel could not start: %1"), msg.get("message", "")), True)
                if self.runner is not None:
                    self.runner.abort()
            elif reason == "restart":
                self.notice.emit(self.tr("Kernel restarted: variables were cleared."), False)
            elif reason == "memory":
                self.notice.emit(self.tr("The kernel used more memory than allowed and was "
                                         "restarted; variables were cleared."), True)
        if self.runner is not None:
            self.runner.handle(msg)

    # ------------------------------------------------------------------ completion
    def _on_completion_requested(self, editor: Any, code: str, position: int) -> None:
        if self.kernel is None or self.busy or self.kernel_state != "idle":
            editor.complete_locally()
            return
        self._completion = (self.kernel.complete(code, position), editor)

    def _on_completions(self, msg: dict[str, Any]) -> None:
        if self._completion is None or msg.get("id") != self._completion[0]:
            return
        editor = self._completion[1]
        self._completion = None
        try:
            editor.show_completions(list(msg.get("matches") or []),
                                    int(msg.get("cursor_start", 0)), int(msg.get("cursor_end", 0)))
        except RuntimeError:  # the cell was deleted meanwhile
            pass


def live_output(widget: CodeCellWidget) -> CellOutput:
    """The cell's CellOutput (drawing kernel messages), made with its output view."""
    live = getattr(widget, "_live_output", None)
    if live is None or live.view is not widget.output_view():
        live = CellOutput(widget.output_view(), widget)
        widget._live_output = live  # noqa: SLF001 - cached on the widget it draws into
    return live


def _public(data: Any) -> dict:
    """A bundle without DiveLab's private summary: the view shows what the file will hold."""
    if not isinstance(data, dict):
        return {}
    return {k: v for k, v in data.items() if k != PRIVATE_MIME}
