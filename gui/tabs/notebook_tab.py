"""Notebooks tab: open, edit, run and save the course's Jupyter notebooks, offline.

The document (``engine.notebook.NotebookDocument``) is the model; the view draws its cells and
the session runs them in the notebook's own kernel. Unsaved work is copied to the user data
folder every few seconds, so a crash or a restart never loses it.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from gui.context import LabContext
from gui.i18n import tr_format
from gui.tabs.base import LabTab
from gui.tabs.lab_controller import LabController
from gui.tabs.notebook_files import NotebookFiles
from gui.widgets.lab_model import may_delete, may_move, may_retype
from gui.widgets.notebook_autosave import AutosaveStore
from gui.widgets.notebook_cells import CodeCellWidget, MarkdownCellWidget, is_notebook_drop
from gui.widgets.notebook_session import NotebookSession
from gui.widgets.notebook_start import MessageBar, StartPage
from gui.widgets.notebook_view import NotebookView

if TYPE_CHECKING:
    from engine.notebook import NotebookDocument

log = logging.getLogger(__name__)

AUTOSAVE_DELAY_MS = 3000
CELL_TYPES = ("code", "markdown", "raw")


class NotebookTab(LabTab):
    """Start page until a notebook is open; then toolbar, notebook and its kernel status."""

    OBJECT_NAME = "notebookTab"
    #: The file name, the unsaved marker or the running state changed (window title follows).
    titleChanged = Signal()  # noqa: N815

    def __init__(self, parent: QWidget | None = None,
                 context: LabContext | None = None) -> None:
        super().__init__(parent, context)
        self.doc: NotebookDocument | None = None
        self.name = ""
        self.autosave_enabled = True
        self.record_recent = True
        self.autosave = AutosaveStore()
        self._last_title: tuple[str, bool] | None = None
        self.files = NotebookFiles(self)
        self._build()
        self.session = NotebookSession(self.view, self)
        self.session.changed.connect(self._on_session_changed)
        self.session.notice.connect(lambda text, warn: self.message.show_message(
            text, "warning" if warn else "info"))
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setSingleShot(True)
        self.autosave_timer.setInterval(AUTOSAVE_DELAY_MS)
        self.autosave_timer.timeout.connect(self.autosave_now)
        self._update_actions()
        self.start_page.set_recent(self.recent_paths())
        self.files.restore_autosave()

    # ================================================================== construction
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 0)
        layout.setSpacing(2)
        self.message = MessageBar(self)
        self.stack = QStackedWidget(self)
        self.start_page = StartPage(self.stack)
        self.start_page.openRequested.connect(lambda: self.open_dialog())
        self.start_page.newRequested.connect(lambda: self.new_notebook())
        self.start_page.tourRequested.connect(lambda: self.open_tour())
        self.start_page.labsRequested.connect(lambda: self.open_labs())
        self.start_page.recentChosen.connect(lambda path: self.open_path(path))
        self.start_page.notebookDropped.connect(lambda path: self.open_path(path))

        page = QWidget(self.stack)
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.setSpacing(2)
        header = QHBoxLayout()
        self.name_label = QLabel(page, objectName="notebookName")
        font = self.name_label.font()
        font.setBold(True)
        self.name_label.setFont(font)
        self.kernel_label = QLabel(page, objectName="notebookKernelStatus")
        self.kernel_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.kernel_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        header.addWidget(self.name_label)
        header.addWidget(self.kernel_label, 1)
        page_layout.addLayout(header)
        self.toolbar = QToolBar(page)
        self.toolbar.setObjectName("notebookToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        page_layout.addWidget(self.toolbar)
        self.view = NotebookView(page)
        self.lab = LabController(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, page)
        self.splitter.setObjectName("notebookSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.lab.panel)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setSizes([800, 320])
        page_layout.addWidget(self.splitter, 1)
        self.stack.addWidget(self.start_page)
        self.stack.addWidget(page)
        layout.addWidget(self.message)
        layout.addWidget(self.stack, 1)

        def action(name: str, slot, shortcut: str | None = None) -> QAction:
            act = QAction(self, objectName=name)
            act.triggered.connect(lambda _=False: slot())
            if shortcut:
                act.setShortcut(QKeySequence(shortcut))
                act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(act)
            return act

        self.save_action = action("notebookSaveAction", self.save)
        self.run_action = action("runCellAction", lambda: self.run_cell(mode="next"))
        self.run_all_action = action("runAllAction", self.run_all)
        self.run_to_here_action = action("runToHereAction", self.run_to_here)
        self.interrupt_action = action("interruptAction", self.interrupt, "Ctrl+.")
        self.restart_action = action("restartKernelAction", self.restart_kernel)
        self.clear_action = action("clearOutputsAction", self.clear_outputs)
        self.add_code_action = action("insertCodeBelowAction", lambda: self.insert_cell(1))
        self.add_text_action = action("insertMarkdownBelowAction",
                                      lambda: self.insert_cell(1, "markdown"))
        self.insert_above_action = action("insertCodeAboveAction", lambda: self.insert_cell(0))
        self.up_action = action("moveUpAction", lambda: self.move_cell(-1), "Ctrl+Shift+Up")
        self.down_action = action("moveDownAction", lambda: self.move_cell(1), "Ctrl+Shift+Down")
        self.delete_action = action("deleteCellAction", self.delete_cell)
        self.validate_action = action("validateAction", self.validate)
        self.submit_action = action("submitAction", self.submit)
        self.type_combo = QComboBox(self)
        self.type_combo.setObjectName("cellTypeCombo")
        for cell_type in CELL_TYPES:
            self.type_combo.addItem("", cell_type)
        self.type_combo.activated.connect(
            lambda i: self.set_cell_type(self.type_combo.itemData(i)))
        for group in ((self.save_action,),
                      (self.run_action, self.run_all_action, self.run_to_here_action,
                       self.interrupt_action, self.restart_action, self.clear_action),
                      (self.insert_above_action, self.add_code_action, self.add_text_action,
                       self.up_action, self.down_action, self.delete_action)):
            self.toolbar.addActions(list(group))
            self.toolbar.addSeparator()
        self.toolbar.addWidget(self.type_combo)
        self.lab_separator = self.toolbar.addSeparator()
        self.toolbar.addActions([self.validate_action, self.submit_action])
        for act in (self.save_action, self.run_action, self.run_all_action,
                    self.run_to_here_action, self.interrupt_action, self.restart_action,
                    self.clear_action, self.insert_above_action, self.add_code_action,
                    self.add_text_action, self.up_action, self.down_action, self.delete_action,
                    self.validate_action, self.submit_action):
            button = self.toolbar.widgetForAction(act)
            if button is not None:
                button.setObjectName(act.objectName().replace("Action", "Button"))

        self.view.runRequested.connect(lambda index, mode: self.run_cell(index, mode))
        self.view.sourceChanged.connect(self._on_source_changed)
        self.view.currentChanged.connect(lambda _i: self._update_actions())
        self.view.notebookDropped.connect(lambda path: self.open_path(path))
        self.view.command.connect(self._on_command)
        self.setAcceptDrops(True)

    # ================================================================== texts
    def retranslate_ui(self) -> None:
        self.start_page.retranslate_ui()
        texts = {
            self.save_action: (self.tr("Save"), self.tr("Save the notebook with its outputs "
                                                        "(Ctrl+S)")),
            self.run_action: (self.tr("▶ Run"), self.tr("Run the selected cell and select the "
                                                        "next one (Shift+Enter; Ctrl+Enter "
                                                        "stays, Alt+Enter adds a cell)")),
            self.run_all_action: (self.tr("▶▶ Run all"), self.tr("Run every cell from the top; "
                                                                "a failing cell stops the run")),
            self.run_to_here_action: (self.tr("Run to here"), self.tr(
                "Run the cells from the top down to the selected one")),
            self.interrupt_action: (self.tr("■ Interrupt"), self.tr(
                "Stop the running cell; the cells waiting after it are cancelled (Ctrl+.)")),
            self.restart_action: (self.tr("⟳ Restart"), self.tr(
                "Start a fresh kernel for this notebook; all variables are forgotten")),
            self.clear_action: (self.tr("Clear outputs"), self.tr(
                "Remove the outputs and prompt numbers of every cell")),
            self.insert_above_action: (self.tr("+ Above"), self.tr(
                "Insert a code cell above the selected one (A)")),
            self.add_code_action: (self.tr("+ Code"), self.tr(
                "Insert a code cell below the selected one (B)")),
            self.add_text_action: (self.tr("+ Markdown"), self.tr(
                "Insert a markdown (text) cell below the selected one")),
            self.up_action: (self.tr("↑ Up"), self.tr("Move the selected cell up "
                                                      "(Ctrl+Shift+Up)")),
            self.down_action: (self.tr("↓ Down"), self.tr("Move the selected cell down "
                                                          "(Ctrl+Shift+Down)")),
            self.delete_action: (self.tr("Delete cell"), self.tr(
                "Delete the selected cell (D, D)")),
            self.validate_action: (self.tr("✔ Validate"), self.tr(
                "Run the whole assignment in a fresh kernel and score its tests (your unsaved "
                "edits included; the file is not changed)")),
            self.submit_action: (self.tr("Submit…"), self.tr(
                "Save the notebook to hand in, with a printable report of its score")),
        }
        for act, (text, tip) in texts.items():
            act.setText(text)
            act.setToolTip(tip)
            button = self.toolbar.widgetForAction(act)
            if button is not None:
                button.setAccessibleName(tip)
        names = {"code": self.tr("Code"), "markdown": self.tr("Markdown"), "raw": self.tr("Raw")}
        for i in range(self.type_combo.count()):
            self.type_combo.setItemText(i, names[self.type_combo.itemData(i)])
        self.type_combo.setToolTip(self.tr("Type of the selected cell (Y: code, M: markdown)"))
        self.type_combo.setAccessibleName(self.type_combo.toolTip())
        self.view.setAccessibleName(self.tr("Notebook cells"))
        self.view.retranslate_ui()
        self.lab.retranslate_ui()
        self._show_name()
        self._show_kernel()

    # ================================================================== files
    def open_path(self, path: str | Path) -> bool:
        return self.files.open_path(path)

    def open_dialog(self) -> bool:
        return self.files.open_dialog()

    def new_notebook(self) -> bool:
        return self.files.new_notebook()

    def save(self) -> bool:
        """File ▸ Save: to the notebook's file, or asks where for an untitled one."""
        return self.files.save()

    def save_as(self, path: str | Path | None = None) -> bool:
        return self.files.save_as(path)

    def recent_paths(self) -> list[str]:
        return self.files.recent_paths()

    def confirm_close(self) -> bool:
        """Asked by the window before it closes: Save / Discard / Cancel when unsaved."""
        return self.files.confirm_close()

    def open_tour(self) -> bool:
        """The bundled welcome notebook, as an untitled copy (it runs in the lab folder)."""
        return self.files.open_tour()

    # ================================================================== assignments
    def open_labs(self) -> bool:
        """Help ▸ Labs: choose a shipped lab; the student's own copy opens."""
        return self.lab.open_labs()

    def validate(self) -> bool:
        return self.lab.validate()

    def submit(self) -> bool:
        return self.lab.submit()

    def autosave_now(self) -> None:
        self.files.autosave_now()

    def drop_autosave(self) -> None:
        self.files.drop_autosave()

    def set_document(self, doc: NotebookDocument, name: str | None = None) -> None:
        """Show ``doc`` (already loaded) with a fresh kernel; nothing asked, nothing saved."""
        self.doc = doc
        self.name = name or (doc.path.name if doc.path is not None else
                             self.tr("Untitled.ipynb"))
        self.session.attach(doc, doc.path.parent if doc.path is not None else None)
        self.lab.document_changed()
        self.view.set_document(doc)
        self.stack.setCurrentIndex(1)
        self._changed()

    # ================================================================== running
    def run_cell(self, index: int | None = None, mode: str = "stay") -> None:
        """Run one cell; ``mode`` "next" selects the following cell, "insert" adds one."""
        if self.doc is None or not self.view.cells:
            return
        index = self.view.current if index is None or index < 0 else index
        widget = self.view.cells[index]
        self.sync_source(index)
        if isinstance(widget, MarkdownCellWidget):
            widget.show_rendered()
        else:
            self.session.run([widget.cell])
        if index != self.view.current:
            self.view.select(index, reveal=False)
        if mode == "next":
            if index + 1 >= len(self.view.cells):
                self.insert_cell(1, edit=True)
            else:
                self.view.select(index + 1)
                self.view.focus_current()
        elif mode == "insert":
            self.insert_cell(1, edit=True)
        self._changed()

    def run_all(self) -> None:
        if self.doc is not None:
            self._run_cells(len(self.doc.cells))

    def run_to_here(self) -> None:
        """Cells from the top down to, and including, the selected one."""
        if self.doc is not None and self.view.current >= 0:
            self._run_cells(self.view.current + 1)

    def _run_cells(self, count: int) -> None:
        for index, widget in enumerate(self.view.cells[:count]):
            self.sync_source(index)
            if isinstance(widget, MarkdownCellWidget) and widget.editing:
                widget.show_rendered()
        self.session.run([w.cell for w in self.view.cells[:count]])
        self._changed()

    def interrupt(self) -> None:
        self.session.interrupt()

    def restart_kernel(self) -> None:
        self.session.restart()

    def clear_outputs(self) -> None:
        """Every cell's outputs and prompt number; a running or waiting cell keeps its own."""
        if self.doc is None:
            return
        for index, widget in enumerate(self.view.cells):
            if isinstance(widget, CodeCellWidget) and self.session.state_of(widget.cell) == "idle":
                self.doc.clear_outputs(index)
                widget.clear_outputs()
                widget.set_prompt("idle")
        self._changed()

    # ================================================================== editing
    def sync_source(self, index: int) -> None:
        """The editor's text into the document (typing already does this; a safety net)."""
        widget = self.view.cells[index]
        self.doc.set_source(index, widget.source())

    def _on_source_changed(self, index: int) -> None:
        if self.doc is not None and 0 <= index < len(self.doc.cells):
            self.doc.set_source(index, self.view.cells[index].source())
            self._changed()

    def insert_cell(self, offset: int = 1, cell_type: str = "code", edit: bool = True) -> None:
        """A new cell above (offset 0) or below (offset 1) the selected one."""
        if self.doc is None:
            return
        index = max(self.view.current, 0) + offset if self.view.cells else 0
        index = min(index, len(self.doc.cells))
        cell = self.doc.insert_cell(index, cell_type)
        self.view.insert_cell(index, cell)
        self.view.select(index, edit=edit)
        self._changed()

    def delete_cell(self) -> None:
        index = self.view.current
        if self.doc is None or index < 0 or not may_delete(self.doc.cells[index]):
            return
        cell = self.doc.delete_cell(index)
        self.session.forget(cell)
        self.view.remove_cell(index)
        if not self.doc.cells:  # a notebook keeps one cell to type into
            self.insert_cell(0, edit=False)
        self._changed()

    def move_cell(self, delta: int) -> None:
        index = self.view.current
        if self.doc is None or index < 0 or not 0 <= index + delta < len(self.doc.cells):
            return
        if not may_move(self.doc.cells[index]):
            return
        self.doc.move_cell(index, index + delta)
        self.view.move_cell(index, index + delta)
        self._changed()

    def set_cell_type(self, cell_type: str) -> None:
        """Code ↔ markdown ↔ raw, keeping the text (a code cell's outputs go, as in Jupyter)."""
        index = self.view.current
        if self.doc is None or index < 0 or cell_type not in CELL_TYPES:
            return
        cell = self.doc.cells[index]
        if cell.cell_type == cell_type or self.session.state_of(cell) != "idle" \
                or not may_retype(cell):
            self._update_actions()
            return
        self.sync_source(index)
        cell.cell_type = cell_type
        cell.outputs = []
        cell.execution_count = None
        if cell_type != "markdown":
            cell.attachments = None
        self.doc.dirty = True
        self.view.replace_cell(index, cell)
        self._changed()

    def _on_command(self, command: str) -> None:
        if command in ("above", "below"):
            self.insert_cell(0 if command == "above" else 1, edit=False)
            self.view.focus_current()
        elif command == "delete":
            self.delete_cell()
            self.view.focus_current()
        elif command in ("code", "markdown"):
            self.set_cell_type(command)
            self.view.focus_current()

    # ================================================================== state
    def refresh(self) -> None:
        """Title, actions and autosave follow the document (after a save, say)."""
        self._changed()

    def _changed(self) -> None:
        """After any change: title, actions, and an autosave a few seconds later."""
        self._show_name()
        self._update_actions()
        if self.doc is not None and self.doc.dirty and self.autosave_enabled \
                and not self.autosave_timer.isActive():
            self.autosave_timer.start()

    def _on_session_changed(self) -> None:
        self._show_kernel()
        self._changed()

    def _update_actions(self) -> None:
        has_doc = self.doc is not None
        busy = self.session.busy if hasattr(self, "session") else False
        for act in (self.save_action, self.run_action, self.run_all_action,
                    self.run_to_here_action, self.clear_action, self.insert_above_action,
                    self.add_code_action, self.add_text_action, self.delete_action):
            act.setEnabled(has_doc)
        current = self.view.current
        cells = self.doc.cells if has_doc else []  # the view's may still be in the making
        count = len(cells)
        self.up_action.setEnabled(has_doc and current > 0)
        self.down_action.setEnabled(has_doc and 0 <= current < count - 1)
        self.interrupt_action.setEnabled(busy)
        self.restart_action.setEnabled(has_doc and hasattr(self, "session")
                                       and self.session.kernel is not None)
        self.type_combo.setEnabled(has_doc and current >= 0)
        if has_doc and 0 <= current < count:
            cell = cells[current]
            self.type_combo.setCurrentIndex(self.type_combo.findData(cell.cell_type))
            if not may_move(cell):
                self.up_action.setEnabled(False)
                self.down_action.setEnabled(False)
            self.delete_action.setEnabled(may_delete(cell))
            self.type_combo.setEnabled(may_retype(cell))
        lab = getattr(self, "lab", None)
        assignment = lab is not None and lab.active
        for act in (self.validate_action, self.submit_action):
            act.setVisible(assignment)
            act.setEnabled(assignment and not lab.busy)
        self.lab_separator.setVisible(assignment)

    def _show_name(self) -> None:
        dirty = self.has_unsaved_changes()
        text = self.name + (" *" if dirty else "")
        self.name_label.setText(text)
        if self.doc is not None:
            where = str(self.doc.path) if self.doc.path is not None else self.tr(
                "Not saved yet; runs in your lab folder")
            self.name_label.setToolTip(where)
        key = (self.name, dirty)
        if key != self._last_title:
            self._last_title = key
            self.titleChanged.emit()

    def _show_kernel(self) -> None:
        session = getattr(self, "session", None)
        if session is None or session.kernel is None:
            text = self.tr("Kernel: starts with the first run")
        elif session.kernel_state in ("starting", "stopped"):
            text = self.tr("Kernel: starting (importing torch)…")
        elif session.busy:
            queued = len(session.runner.queue) if session.runner is not None else 0
            text = self.tr("Kernel: running") + (
                " · " + tr_format(self.tr("%1 waiting"), str(queued)) if queued else "")
        else:
            text = self.tr("Kernel: idle")
        self.kernel_label.setText(text)
        cwd = (session.kernel_info.get("cwd") if session is not None else None) or (
            str(session.cwd) if session is not None and session.cwd else "")
        self.kernel_label.setToolTip(tr_format(self.tr("Working folder: %1"), cwd)
                                     if cwd else self.tr("Each notebook has its own kernel"))

    def dragEnterEvent(self, event) -> None:  # noqa: N802, ANN001
        if is_notebook_drop(event):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802, ANN001
        path = is_notebook_drop(event)
        if path:
            event.acceptProposedAction()
            self.open_path(path)

    def restored_notice(self) -> str:
        """What the start-up restore brought back, for the window's status bar ("" if nothing)."""
        shown = not self.message.isHidden() and self.message.kind == "info"
        return self.message.label.text() if shown and self.autosave.exists() else ""

    def document_name(self) -> str:
        return self.name if self.doc is not None else ""

    def has_unsaved_changes(self) -> bool:
        return self.doc is not None and self.doc.dirty

    # ================================================================== lifecycle
    def shutdown(self) -> None:
        self.autosave_timer.stop()
        if self.has_unsaved_changes() and self.autosave_enabled:
            self.autosave_now()
        self.session.close_kernel()

    def close_notebook(self) -> None:
        self.session.close_kernel()
        self.lab.document_changed()
        self.doc = None
        self.name = ""
        self.view.set_document(_empty_document())
        self.stack.setCurrentIndex(0)
        self.start_page.set_recent(self.recent_paths())
        self._changed()


def _empty_document() -> NotebookDocument:
    from engine.notebook import NotebookDocument

    return NotebookDocument([])
