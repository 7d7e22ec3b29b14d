"""The notebook page: cell widgets in one scrolling column, the selected cell, keyboard moves.

It mirrors the document's cell list (the tab edits the document, then tells the view); it
never runs anything itself. Outputs stored in a file are drawn through the same OutputView
calls as live kernel output, so an opened notebook looks like one just run.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from gui.widgets.notebook_cells import (
    CellWidget,
    CodeCellWidget,
    MarkdownCellWidget,
    is_notebook_drop,
    make_cell_widget,
)
from gui.widgets.output_view import OutPrompt

if TYPE_CHECKING:
    from engine.notebook import Cell, NotebookDocument
    from gui.widgets.output_view import OutputView

_ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")
PRIVATE_MIMES = ("application/vnd.divelab.summary+json",)


def _text(value: Any) -> str:
    return "".join(str(v) for v in value) if isinstance(value, list) else str(value or "")


def show_outputs(view: OutputView, outputs: list[dict],
                 prompt: Callable[[Any], OutPrompt]) -> None:
    """Draw nbformat outputs (as stored in a file) with the calls live output uses."""
    for out in outputs:
        kind = out.get("output_type")
        if kind == "stream":
            view.add_stream(str(out.get("name") or "stdout"), _text(out.get("text")))
        elif kind in ("display_data", "execute_result"):
            data = out.get("data") if isinstance(out.get("data"), dict) else {}
            data = {k: v for k, v in data.items() if k not in PRIVATE_MIMES}
            metadata = out.get("metadata") if isinstance(out.get("metadata"), dict) else {}
            label = prompt(out.get("execution_count")) if kind == "execute_result" else None
            view.add_bundle(data, metadata, prompt=label)
        elif kind == "error":
            lines = out.get("traceback") if isinstance(out.get("traceback"), list) else []
            details = "\n".join(_ANSI.sub("", str(line)) for line in lines)
            message = f"{out.get('ename', 'Error')}: {out.get('evalue', '')}".rstrip(": ")
            view.add_error(message, None, "", details, "")


def _out_prompt(count: Any) -> OutPrompt:
    """``Out[n]:`` as the live output labels it (the view renders it in the UI language)."""
    return OutPrompt(count if isinstance(count, int) else None)


class NotebookView(QScrollArea):
    """All cells of one document; ``current`` is the selected cell's index.

    A cell widget costs 1–3 ms to make, so a long notebook's are made in slices: the first
    (the cells on screen) at once, the rest over the next event-loop turns. ``cells`` is always
    complete: reading it finishes the slices first.
    """

    #: Milliseconds of cell making per event-loop turn (the window answers in between).
    SLICE_MS = 12

    currentChanged = Signal(int)  # noqa: N815
    runRequested = Signal(int, str)  # noqa: N815 - cell index, "stay" | "next" | "insert"
    sourceChanged = Signal(int)  # noqa: N815
    notebookDropped = Signal(str)  # noqa: N815
    completionRequested = Signal(object, str, int)  # noqa: N815 - editor, code, cursor index
    #: Command-mode keys (Jupyter's): "above", "below", "delete", "code", "markdown", "run".
    command = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notebookView")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.container = QWidget(self)
        self.container.setObjectName("notebookCells")
        self.column = QVBoxLayout(self.container)
        self.column.setContentsMargins(4, 8, 12, 200)  # room to scroll the last cell up
        self.column.setSpacing(4)
        self.column.addStretch(1)
        self.setWidget(self.container)
        self.setAcceptDrops(True)
        self._cells: list[CellWidget] = []
        self._pending: list[Cell] = []  # the document's cells still without a widget, in order
        self._slice_timer = QTimer(self)
        self._slice_timer.setSingleShot(True)
        self._slice_timer.setInterval(0)
        self._slice_timer.timeout.connect(self._build_slice)
        self.current = -1
        self.base: QUrl | None = None
        self.prompt: Callable[[Any], OutPrompt] = _out_prompt
        self._pending_d = False

    # ------------------------------------------------------------------ building
    @property
    def cells(self) -> list[CellWidget]:
        """Every cell's widget, in the document's order."""
        self.finish_building()
        return self._cells

    def set_document(self, doc: NotebookDocument) -> None:
        """Replace every cell widget with those of ``doc`` (stored outputs included); the
        first slice now, the rest in the next turns."""
        self._slice_timer.stop()
        for widget in self._cells:
            self.column.removeWidget(widget)
            widget.deleteLater()
        self._cells = []
        self.current = -1
        folder = doc.path.parent if doc.path is not None else None
        self.base = QUrl.fromLocalFile(str(folder) + "/") if folder is not None else None
        self._pending = list(doc.cells)
        self._build_slice()
        if self._cells:
            self.select(0)
        self.verticalScrollBar().setValue(0)

    def is_built(self) -> bool:
        """True once every cell of the document has its widget."""
        return not self._pending

    def finish_building(self) -> None:
        """Make the widgets still pending now (something needs them all)."""
        if self._pending:
            self._build_slice(budget_ms=None)

    def _build_slice(self, budget_ms: float | None = SLICE_MS) -> None:
        deadline = None if budget_ms is None else time.perf_counter() + budget_ms / 1000
        self.setUpdatesEnabled(False)
        try:
            while self._pending and (deadline is None or time.perf_counter() < deadline):
                self._insert_widget(len(self._cells), self._pending.pop(0))
        finally:
            self.setUpdatesEnabled(True)
        if self._pending:
            self._slice_timer.start()

    def _insert_widget(self, index: int, cell: Cell) -> CellWidget:
        widget = make_cell_widget(cell, self.container, self.base)
        widget.activated.connect(self._on_activated)
        widget.runRequested.connect(lambda w, mode: self.runRequested.emit(self.index_of(w), mode))
        widget.sourceChanged.connect(lambda w: self.sourceChanged.emit(self.index_of(w)))
        widget.commandMode.connect(self._on_command_mode)
        widget.notebookDropped.connect(self.notebookDropped)
        widget.installEventFilter(self)
        completion = getattr(getattr(widget, "editor", None), "completionRequested", None)
        if isinstance(widget, CodeCellWidget) and completion is not None:
            completion.connect(lambda code, pos, e=widget.editor:
                               self.completionRequested.emit(e, code, pos))
        self.column.insertWidget(index, widget)
        self._cells.insert(index, widget)
        if isinstance(widget, CodeCellWidget) and cell.outputs:
            show_outputs(widget.output_view(), cell.outputs, self.prompt)
        return widget

    def insert_cell(self, index: int, cell: Cell) -> CellWidget:
        self.finish_building()
        widget = self._insert_widget(index, cell)
        if self.current >= index:
            self.current += 1
        return widget

    def remove_cell(self, index: int) -> None:
        widget = self.cells.pop(index)
        self.column.removeWidget(widget)
        widget.hide()
        widget.deleteLater()
        if self.current > index or self.current >= len(self.cells):
            self.current -= 1
        if self.cells:
            self.select(max(self.current, 0))
        else:
            self.current = -1
            self.currentChanged.emit(-1)

    def move_cell(self, index: int, new_index: int) -> None:
        widget = self.cells.pop(index)
        self.cells.insert(new_index, widget)
        self.column.insertWidget(new_index, widget)
        self.select(new_index)

    def replace_cell(self, index: int, cell: Cell) -> CellWidget:
        """A new widget for the cell at ``index`` (its type changed)."""
        self.finish_building()
        old = self._cells.pop(index)
        self.column.removeWidget(old)
        old.hide()
        old.deleteLater()
        widget = self._insert_widget(index, cell)
        self.select(index)
        return widget

    # ------------------------------------------------------------------ lookup
    def index_of(self, widget: CellWidget) -> int:
        for i, w in enumerate(self.cells):
            if w is widget:
                return i
        return -1

    def widget_for(self, cell: Cell) -> CellWidget | None:
        for w in self.cells:
            if w.cell is cell:
                return w
        return None

    def current_widget(self) -> CellWidget | None:
        return self.cells[self.current] if 0 <= self.current < len(self.cells) else None

    # ------------------------------------------------------------------ selection
    def select(self, index: int, edit: bool = False, reveal: bool = True) -> None:
        """Select a cell; ``reveal`` scrolls its top into view (not for a click inside it)."""
        cells = self._cells if index < len(self._cells) else self.cells  # pending: made first
        if not cells:
            return
        index = max(0, min(index, len(cells) - 1))
        changed = index != self.current
        if 0 <= self.current < len(cells):
            cells[self.current].set_selected(False)
        self.current = index
        widget = cells[index]
        widget.set_selected(True)
        if edit:
            widget.focus_editor()
        if reveal:
            QTimer.singleShot(0, lambda w=widget: self._reveal(w))
        if changed:
            self.currentChanged.emit(index)

    def _reveal(self, widget: CellWidget) -> None:
        """The cell's top (and as much of it as fits) in view, without jumping past it."""
        try:
            if not widget.isVisible():
                return
            top = widget.y()
            room = max(self.viewport().height() - 80, 40)
            self.ensureVisible(0, top + min(widget.height(), room), 0, 20)
            self.ensureVisible(0, top, 0, 20)
        except RuntimeError:  # deleted meanwhile
            pass

    def _on_activated(self, widget: CellWidget) -> None:
        index = self.index_of(widget)
        if index >= 0 and index != self.current:
            self.select(index, reveal=False)

    def _on_command_mode(self, widget: CellWidget) -> None:
        if isinstance(widget, MarkdownCellWidget) and widget.editing:
            widget.show_rendered()
        widget.setFocus()

    # ------------------------------------------------------------------ command-mode keys
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress and isinstance(watched, CellWidget) \
                and watched.hasFocus():
            return self._command_key(event)
        return super().eventFilter(watched, event)

    def _command_key(self, event: QKeyEvent) -> bool:
        """Jupyter's command mode on a selected cell: arrows, Enter, A, B, D D, M, Y."""
        key, mods = event.key(), event.modifiers()
        plain = not (mods & ~Qt.KeyboardModifier.KeypadModifier)
        d_pressed, self._pending_d = self._pending_d, False
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if mods & (Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier
                       | Qt.KeyboardModifier.AltModifier):
                mode = ("next" if mods & Qt.KeyboardModifier.ShiftModifier else
                        "stay" if mods & Qt.KeyboardModifier.ControlModifier else "insert")
                self.runRequested.emit(self.current, mode)
            else:
                self.select(self.current, edit=True)
            return True
        if not plain:
            return False
        if key in (Qt.Key.Key_Up, Qt.Key.Key_K):
            self.select(self.current - 1)
            self.cells[self.current].setFocus()
        elif key in (Qt.Key.Key_Down, Qt.Key.Key_J):
            self.select(self.current + 1)
            self.cells[self.current].setFocus()
        elif key == Qt.Key.Key_A:
            self.command.emit("above")
        elif key == Qt.Key.Key_B:
            self.command.emit("below")
        elif key == Qt.Key.Key_M:
            self.command.emit("markdown")
        elif key == Qt.Key.Key_Y:
            self.command.emit("code")
        elif key == Qt.Key.Key_D:
            if d_pressed:
                self.command.emit("delete")
            else:
                self._pending_d = True
        else:
            return False
        return True

    def focus_current(self) -> None:
        """Keyboard focus on the selected cell itself (command mode)."""
        widget = self.current_widget()
        if widget is not None:
            widget.setFocus()

    # ------------------------------------------------------------------ drops
    def dragEnterEvent(self, event) -> None:  # noqa: N802, ANN001
        if is_notebook_drop(event):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event) -> None:  # noqa: N802, ANN001
        if is_notebook_drop(event):
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event) -> None:  # noqa: N802, ANN001
        path = is_notebook_drop(event)
        if path:
            event.acceptProposedAction()
            self.notebookDropped.emit(path)
        else:
            super().dropEvent(event)

    def retranslate_ui(self) -> None:
        for widget in self.cells:
            widget.retranslate_ui()
