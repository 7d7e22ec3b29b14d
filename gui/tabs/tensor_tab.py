"""Tensor sandbox: the course's tensor, linear-algebra, calculus and autograd code, runnable.

Cells run in a separate kernel process (``engine.kernel``), so a runaway loop, a huge
allocation or a crash never touches the window; torch is imported there, never here. Output
comes back as Jupyter-style messages and is drawn as text, figures, HTML tables, tensor
heatmaps, plots, a broadcasting diagram and the autograd graph. The code is autosaved
(``sandbox_files``), so closing the app or picking a preset never loses a student's work.
"""

from __future__ import annotations

import html
import logging
from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from engine.kernel import DEFAULT_TIME_LIMIT
from engine.presets import DEFAULT_PRESET, PRESET_BY_KEY, SECTIONS, presets_in
from engine.tensor_inspect import elementwise_operands, parse_shape
from gui import i18n
from gui.context import LabContext
from gui.i18n import tr_format
from gui.kernel_client import QtKernel
from gui.settings import Setting
from gui.tabs.base import LabTab
from gui.tabs.sandbox_files import SandboxFiles
from gui.tabs.sandbox_variables import VariablesTable
from gui.widgets.autograd_view import AutogradView
from gui.widgets.broadcast_view import BroadcastView
from gui.widgets.cell_output import OUTPUT_TYPES, CellOutput
from gui.widgets.code_editor import CodeEditor
from gui.widgets.lesson_guide import LessonGuide, guide_html
from gui.widgets.output_view import OutputView
from gui.widgets.tensor_view import TensorView
from gui.worker import after_startup, note_activity

log = logging.getLogger(__name__)

PRESET_ROLE = Qt.ItemDataRole.UserRole
#: Tree data of the "My code" entries: the top one, and each kept piece ("kept:<index>").
MY_CODE = "my-code"
#: Seconds a cell may run before it is stopped (the spin box beside Run).
TIME_LIMIT = Setting("tensor/time_limit", float(DEFAULT_TIME_LIMIT))


class TensorTab(LabTab):
    """Presets, editor, output and inspectors (variables, tensor, broadcasting, autograd)."""

    OBJECT_NAME = "tensorTab"

    def __init__(self, parent: QWidget | None = None,
                 context: LabContext | None = None) -> None:
        super().__init__(parent, context)
        self.kernel = QtKernel(self, time_limit=self._saved_time_limit())
        self._sync_kernel_folders()
        self.kernel.message.connect(self._on_message)
        self._run_id: int | None = None
        self._inspect_id: int | None = None
        self._graph_id: int | None = None
        self._complete_id: int | None = None
        self._kernel_state = "stopped"
        self._kernel_info: dict[str, Any] = {}
        self._last_status = ""
        self._last_elapsed = 0.0
        self._variables: list[dict[str, Any]] = []
        self._prewarmed = False
        #: While a cell runs, tells the preload it is not a quiet moment (see run_code).
        self._hold_imports = QTimer(self)
        self._hold_imports.setInterval(200)
        self._hold_imports.timeout.connect(self._keep_imports_waiting)
        self._build()
        self.cell_output = CellOutput(self.output, self)
        self.cell_output.valueShown.connect(self.tensor_view.set_summary)
        self.cell_output.errorShown.connect(self._on_error_shown)
        self.files = SandboxFiles(self.editor, self, self)
        self.files.changed.connect(self._on_document_changed)
        self.files.notice.connect(self.output.add_notice)
        if not self.files.restore():
            self.load_preset(DEFAULT_PRESET)
        self.editor.completionRequested.connect(self._on_completion_requested)
        self._update_buttons()

    # ================================================================== construction
    def _build(self) -> None:
        outer = QHBoxLayout(self)
        outer.setContentsMargins(4, 4, 4, 4)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("tensorSplitter")
        outer.addWidget(self.splitter)

        # --- left: presets and lesson guide
        # Minimum widths: the three panels together fit a 1024-pixel screen in both languages.
        left = QWidget(self.splitter)
        left.setMinimumWidth(200)
        left.setMaximumWidth(360)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.preset_tree = QTreeWidget(left)
        self.preset_tree.setObjectName("presetTree")
        self.preset_tree.setHeaderHidden(True)
        self.preset_tree.setRootIsDecorated(True)
        self.preset_tree.setWordWrap(True)
        self.my_code_item = QTreeWidgetItem(self.preset_tree)
        self.my_code_item.setData(0, PRESET_ROLE, MY_CODE)
        self.my_code_item.setHidden(True)
        for section in SECTIONS:
            top = QTreeWidgetItem(self.preset_tree)
            top.setData(0, PRESET_ROLE, "")
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for preset in presets_in(section.key):
                child = QTreeWidgetItem(top)
                child.setData(0, PRESET_ROLE, preset.key)
            top.setExpanded(True)
        self.preset_tree.itemClicked.connect(self._on_preset_clicked)
        self.preset_tree.itemActivated.connect(self._on_preset_activated)
        left_layout.addWidget(self.preset_tree, 3)
        self.preset_summary = QLabel(left)
        self.preset_summary.setObjectName("presetSummary")
        self.preset_summary.setWordWrap(True)
        self.preset_summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preset_summary.setStyleSheet("QLabel { padding: 4px; }")
        left_layout.addWidget(self.preset_summary)
        self.guide = LessonGuide(left, expanded=True)
        left_layout.addWidget(self.guide, 2)

        # --- middle: toolbar, editor, output
        middle = QWidget(self.splitter)
        mid_layout = QVBoxLayout(middle)
        mid_layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.run_button = QPushButton(middle)
        self.run_button.setObjectName("runButton")
        self.interrupt_button = QPushButton(middle)
        self.interrupt_button.setObjectName("interruptButton")
        self.restart_button = QPushButton(middle)
        self.restart_button.setObjectName("restartButton")
        self.time_label = QLabel(middle)
        self.time_limit_spin = QSpinBox(middle)
        self.time_limit_spin.setObjectName("timeLimitSpin")
        self.time_limit_spin.setRange(1, 3600)
        self.time_limit_spin.setValue(int(self.kernel.time_limit or DEFAULT_TIME_LIMIT))
        self.time_label.setBuddy(self.time_limit_spin)
        self.status_label = QLabel(middle)
        self.status_label.setObjectName("kernelStatus")
        # Never let a long status widen the editor column (it elides into the tooltip).
        self.status_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.status_label.setMinimumWidth(60)
        for widget in (self.run_button, self.interrupt_button, self.restart_button):
            bar.addWidget(widget)
        bar.addSpacing(12)
        bar.addWidget(self.time_label)
        bar.addWidget(self.time_limit_spin)
        bar.addSpacing(12)
        bar.addWidget(self.status_label, 1)
        mid_layout.addLayout(bar)
        self.editor_split = QSplitter(Qt.Orientation.Vertical, middle)
        self.editor_split.setObjectName("editorSplitter")
        self.editor = CodeEditor(self.editor_split)
        self.output = OutputView(self.editor_split)
        self.editor_split.addWidget(self.editor)
        self.editor_split.addWidget(self.output)
        self.editor_split.setStretchFactor(0, 2)
        self.editor_split.setStretchFactor(1, 3)
        self.editor_split.setSizes([280, 420])
        mid_layout.addWidget(self.editor_split, 1)

        # --- right: inspectors
        self.inspector = QTabWidget(self.splitter)
        self.inspector.setObjectName("inspectorTabs")
        self.inspector.setMinimumWidth(260)
        self.variables_table = VariablesTable(self.inspector)
        self.variables_table.itemSelectionChanged.connect(self._on_variable_selected)
        self.variables_table.cellDoubleClicked.connect(self._on_variable_double_clicked)
        self.tensor_view = TensorView(self.inspector)
        self.broadcast_view = BroadcastView(self.inspector)
        self.autograd_view = AutogradView(self.inspector)
        self.autograd_view.graphRequested.connect(self.request_graph)
        self.inspector.addTab(self.variables_table, "")
        self.inspector.addTab(self.tensor_view, "")
        self.inspector.addTab(self.broadcast_view, "")
        self.inspector.addTab(self.autograd_view, "")

        self.splitter.addWidget(left)
        self.splitter.addWidget(middle)
        self.splitter.addWidget(self.inspector)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setSizes([290, 560, 430])

        # --- actions
        self.run_button.clicked.connect(self.run_code)
        self.interrupt_button.clicked.connect(self.interrupt)
        self.restart_button.clicked.connect(self.restart_kernel)
        self.editor.runRequested.connect(self.run_code)
        self.output.lineActivated.connect(self._goto_line)
        self.time_limit_spin.valueChanged.connect(self._on_time_limit)
        self._run_shortcut = QShortcut(QKeySequence("Ctrl+Enter"), self)
        self._run_shortcut.activated.connect(self.run_code)
        self._interrupt_shortcut = QShortcut(QKeySequence("Ctrl+."), self)
        self._interrupt_shortcut.activated.connect(self.interrupt)

    # ================================================================== texts
    def retranslate_ui(self) -> None:
        lang = i18n.current_language()
        self._follow_language()
        self._fill_my_code()
        for i, section in enumerate(SECTIONS, start=1):
            top = self.preset_tree.topLevelItem(i)
            top.setText(0, section.title(lang))
            for j in range(top.childCount()):
                child = top.child(j)
                preset = PRESET_BY_KEY[child.data(0, PRESET_ROLE)]
                child.setText(0, preset.title(lang))
                child.setToolTip(0, preset.summary(lang))
        self.preset_tree.setToolTip(self.tr("Lesson presets: click to load the code, "
                                            "double-click to load and run it"))
        self.preset_tree.setAccessibleName(self.tr("Lesson presets"))
        self._show_preset_summary()
        self.run_button.setText(self.tr("▶ Run"))
        self.run_button.setToolTip(self.tr("Run the code in the kernel (Ctrl+Enter)"))
        self.interrupt_button.setText(self.tr("■ Interrupt"))
        self.interrupt_button.setToolTip(self.tr("Stop the running cell (Ctrl+.)"))
        self.restart_button.setText(self.tr("⟳ Restart"))
        self.restart_button.setToolTip(self.tr("Start a fresh kernel; all variables are "
                                               "forgotten (Ctrl+Shift+R)"))
        # setText() resets a button's shortcut to its mnemonic: set the keys after the text.
        # (Ctrl+Return is the editor's own key; Ctrl+Enter is a tab-wide shortcut.)
        self.restart_button.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.time_label.setText(self.tr("&Time limit:"))
        self.time_limit_spin.setSuffix(self.tr(" s"))
        self.time_limit_spin.setToolTip(self.tr("A cell running longer than this is interrupted"))
        for widget in (self.run_button, self.interrupt_button, self.restart_button,
                       self.time_limit_spin):
            widget.setAccessibleName(widget.toolTip())
        self.editor.setToolTip(self.tr("Python code; torch and plot(x, y, label=…) are ready "
                                       "to use. Ctrl+Enter runs it, Tab indents or completes a "
                                       "name, Esc or Ctrl+Tab moves on to the next control. "
                                       "Your code is saved automatically."))
        self.editor.setAccessibleName(self.tr("Code editor"))
        self.output.setAccessibleName(self.tr("Output"))
        self.inspector.setTabText(0, self.tr("Variables"))
        self.inspector.setTabText(1, self.tr("Tensor"))
        self.inspector.setTabText(2, self.tr("Broadcasting"))
        self.inspector.setTabText(3, self.tr("Autograd"))
        self.guide.set_content(self.tr("Lesson guide: tensors, linear algebra, calculus, "
                                       "autograd"), guide_html(
            self.tr("A tensor is an n-dimensional array: a scalar has 0 axes, a vector 1, a "
                    "matrix 2, an RGB image 3, a batch of images 4. Elementwise operations on "
                    "different shapes use broadcasting. Autograd records the operations on "
                    "tensors that require grad and runs the chain rule backwards."),
            "y = 2<b>x</b><sup>⊤</sup><b>x</b> &nbsp;⇒&nbsp; ∂y/∂<b>x</b> = 4<b>x</b>",
            [self.tr("Change reshape(3, 4) to reshape(-1, 6) and check the shape badge."),
             self.tr("In the broadcasting tab, try shapes 2, 1, 4 and 3, 1; then 3, 2 and 3."),
             self.tr("Call y.backward() twice and read the error; then use retain_graph=True."),
             self.tr("Run y = 2 * torch.dot(x, x), open the Autograd tab, run y.backward() "
                     "and watch x.grad appear.")],
            self.tr("Course: 04 data manipulation · 05 linear algebra · matrix calculus · "
                    "autograd (book 2.1–2.5)")))
        self._show_status()

    # ================================================================== presets
    def load_preset(self, key: str) -> None:
        """Put a preset's code into the editor (undoable) and show its explanation.

        Scripts and tests call this directly; a click in the tree goes through
        ``choose_preset``, which asks before edited code is replaced.
        """
        self.files.load_preset(key, PRESET_BY_KEY[key].code_in(i18n.current_language()))

    def _follow_language(self) -> None:
        """An unedited preset switches to the UI language with the rest of the tab."""
        if not hasattr(self, "files"):
            return
        doc = self.files.sync()
        if not doc.preset_key or doc.modified or doc.preset_key not in PRESET_BY_KEY:
            return
        code = PRESET_BY_KEY[doc.preset_key].code_in(i18n.current_language())
        if code == doc.text:
            return
        # Only words change, line for line: the cursor and an error mark stay where they were.
        error_line = self.editor.error_line()
        position = self.editor.textCursor().position()
        self.files.load_preset(doc.preset_key, code)
        cursor = self.editor.textCursor()
        cursor.setPosition(min(position, len(code)))
        self.editor.setTextCursor(cursor)
        self.editor.mark_error_line(error_line)

    def choose_preset(self, key: str) -> bool:
        """Load a preset as the student asked; False when they kept their code instead."""
        title = PRESET_BY_KEY[key].title(i18n.current_language())
        if not self.files.confirm_replace(f"“{title}”"):
            self._select_current_entry()
            return False
        self.load_preset(key)
        return True

    @property
    def _preset_key(self) -> str | None:
        return self.files.document.preset_key

    def _on_document_changed(self) -> None:
        self._fill_my_code()
        self._select_current_entry()
        self._show_preset_summary()

    def _fill_my_code(self) -> None:
        """The "My code" entry: one child per piece of code kept aside, newest first."""
        item = self.my_code_item
        kept = self.files.document.kept if hasattr(self, "files") else []
        item.setText(0, self.tr("My code"))
        item.setToolTip(0, self.tr("Your own code, kept when a preset replaced it; click to "
                                   "bring it back"))
        item.setHidden(not kept)
        with QSignalBlocker(self.preset_tree):
            item.takeChildren()
            for i, entry in enumerate(kept):
                child = QTreeWidgetItem(item)
                child.setData(0, PRESET_ROLE, f"kept:{i}")
                first = next((ln.strip() for ln in entry["text"].splitlines() if ln.strip()), "")
                stamp = entry.get("saved_at", "")[11:16]
                child.setText(0, f"{stamp} · {first[:40]}" if stamp else first[:40])
                child.setToolTip(0, "\n".join(entry["text"].splitlines()[:12]))
            item.setExpanded(True)

    def _select_current_entry(self) -> None:
        doc = self.files.document
        if doc.preset_key:
            self._select_tree_item(doc.preset_key)
            return
        with QSignalBlocker(self.preset_tree):
            self.preset_tree.clearSelection()
            self.preset_tree.setCurrentItem(None)

    def _select_tree_item(self, key: str) -> None:
        for i in range(self.preset_tree.topLevelItemCount()):
            top = self.preset_tree.topLevelItem(i)
            for j in range(top.childCount()):
                if top.child(j).data(0, PRESET_ROLE) == key:
                    with QSignalBlocker(self.preset_tree):
                        self.preset_tree.setCurrentItem(top.child(j))
                    return

    def _show_preset_summary(self) -> None:
        doc = self.files.document if hasattr(self, "files") else None
        if doc is None:
            self.preset_summary.setText("")
        elif doc.preset_key:
            preset = PRESET_BY_KEY[doc.preset_key]
            lang = i18n.current_language()
            self.preset_summary.setText(f"<b>{preset.title(lang)}</b><br>{preset.summary(lang)}")
        elif doc.path:
            self.preset_summary.setText(f"<b>{html.escape(doc.name)}</b><br>"
                                        f"{html.escape(doc.path)}")
        else:
            self.preset_summary.setText("<b>" + self.tr("My code") + "</b><br>"
                                        + self.tr("Your own code; it is saved automatically."))

    def _on_preset_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        self._open_entry(item.data(0, PRESET_ROLE))

    def _on_preset_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        key = item.data(0, PRESET_ROLE)
        if key in PRESET_BY_KEY and key == self._preset_key and not self.files.sync().modified:
            self.run_code()  # the click before the double-click already loaded it
        elif self._open_entry(key) and key in PRESET_BY_KEY:
            self.run_code()

    def _open_entry(self, key: str | None) -> bool:
        if not key:
            return False
        if key == MY_CODE:
            return self.files.open_kept(0)
        if key.startswith("kept:"):
            return self.files.open_kept(int(key.split(":", 1)[1]))
        if key == self._preset_key and not self.files.sync().modified:
            return True
        return self.choose_preset(key)

    # ================================================================== files
    def save(self) -> bool:
        """File ▸ Save: write the code back to its file, or ask for one."""
        return self.files.save()

    def save_as(self) -> bool:
        """File ▸ Save As: the code as a .py file that later saves go to."""
        return self.files.save_as()

    def open_file(self, path: str | None = None) -> bool:
        """File ▸ Open: a .py file into the editor."""
        return self.files.open_file(path)

    def export(self) -> None:
        """File ▸ Export: save a copy of the editor's code as a .py file (atomically)."""
        self.files.export()

    # ================================================================== running
    def is_running(self) -> bool:
        """True from Run until the cell's outcome is shown."""
        return self._run_id is not None

    def run_code(self) -> None:
        """Run the editor's code as one cell (its output replaces the previous one)."""
        if self._run_id is not None:
            return
        # Its output arrives soon (seconds, when the kernel is still importing torch): the
        # window's background imports wait until it is in, so none holds the interpreter lock
        # when the output is drawn.
        note_activity()
        self._hold_imports.start()
        code = self.editor.toPlainText()
        self.output.clear()
        self.editor.mark_error_line(None)
        if self._kernel_state in ("stopped", "starting"):
            self.output.add_notice(self.tr("Starting the kernel (importing torch)…"))
        self._run_id = self.kernel.execute(code)
        self._last_status = "running"
        self._update_buttons()
        self._show_status()

    def _keep_imports_waiting(self) -> None:
        if self._run_id is None:
            self._hold_imports.stop()
        else:
            note_activity()

    def interrupt(self) -> None:
        if self._run_id is not None:
            self.output.add_notice(self.tr("Interrupting…"))
            self.kernel.interrupt()

    def restart_kernel(self) -> None:
        self.output.add_notice(self.tr("Restarting the kernel; variables are cleared."))
        self._clear_variables()
        self._sync_kernel_folders()
        self.kernel.restart()

    def _sync_kernel_folders(self) -> None:
        """The lab and dataset folders chosen in the File menu, read when a kernel starts."""
        from gui.settings import dataset_folder, lab_folder

        self.kernel.client.lab_dir = lab_folder()
        self.kernel.client.data_folder = dataset_folder()

    def _on_time_limit(self, seconds: int) -> None:
        self.kernel.time_limit = float(seconds)
        TIME_LIMIT.set(int(seconds))

    @staticmethod
    def _saved_time_limit() -> float:
        return min(max(TIME_LIMIT.get(), 1.0), 3600.0)

    def request_graph(self, name: str) -> None:
        self._graph_id = self.kernel.graph(name)

    def request_inspect(self, name: str) -> None:
        self._inspect_id = self.kernel.inspect(name)

    # ================================================================== messages
    def _on_message(self, msg: dict[str, Any]) -> None:
        try:
            self._dispatch(msg)
        except Exception:  # a drawing bug must not take the sandbox down
            log.exception("failed to show kernel message %s", msg.get("type"))

    def _dispatch(self, msg: dict[str, Any]) -> None:
        kind = msg.get("type")
        rid = msg.get("id")
        mine = rid is not None and rid == self._run_id
        if kind == "state":
            self._kernel_state = msg["state"]
            self._update_buttons()
            self._show_status()
        elif kind == "ready":
            self._kernel_info = msg
            self.cell_output.memory_limit = msg.get("memory_limit")
            self._show_status()
        elif kind in OUTPUT_TYPES and mine:
            self.cell_output.handle(msg)
        elif kind == "complete" and rid is not None and rid == self._complete_id:
            self._complete_id = None
            self.editor.show_completions(list(msg.get("matches") or []),
                                         int(msg.get("cursor_start", 0)),
                                         int(msg.get("cursor_end", 0)))
        elif kind == "variables":
            self._set_variables(msg.get("variables", []))
        elif kind == "inspect" and rid == self._inspect_id:
            if msg.get("value") is not None:
                self.tensor_view.set_summary(msg["value"])
        elif kind == "graph" and rid == self._graph_id:
            self.autograd_view.set_graph(msg.get("graph"), msg.get("message", ""))
        elif kind == "notice" and mine and msg.get("kind") == "timeout":
            self.output.add_notice(tr_format(self.tr("Time limit of %1 s reached: interrupting "
                                                     "the cell."), f"{msg.get('limit', 0):g}"),
                                   warning=True)
        elif kind == "kernel_died":
            self._on_kernel_died(msg)
        elif kind == "done" and mine:
            self._run_id = None
            self._hold_imports.stop()
            self._last_status = msg.get("status", "")
            self._last_elapsed = float(msg.get("elapsed", 0.0))
            if self._last_status == "interrupted":
                self.output.add_notice(self.tr("The cell was interrupted; variables are kept."),
                                       warning=True)
            self._update_buttons()
            self._show_status()

    def _on_error_shown(self, msg: dict[str, Any]) -> None:
        lineno = msg.get("lineno")
        if lineno:
            self.editor.mark_error_line(int(lineno))
        if "must match the size of tensor" in msg.get("evalue", ""):
            self._explain_broadcast_error(str(msg.get("line") or ""))

    def _explain_broadcast_error(self, line: str) -> None:
        """Point to the Broadcasting tab only once it shows this line's operands (by name: the
        variables that arrive after the error give their current shapes)."""
        operands = elementwise_operands(line)
        if operands is None:
            self.output.add_notice(self.tr("Shapes that cannot broadcast: type both shapes in "
                                           "the Broadcasting tab to compare them (shapes align "
                                           "on the right)."), warning=True)
            return
        self.broadcast_view.set_shapes(*operands)
        self.output.add_notice(tr_format(
            self.tr("Shapes that cannot broadcast: the Broadcasting tab now compares %1 and %2 "
                    "(shapes align on the right)."), *operands), warning=True)

    def _on_completion_requested(self, code: str, cursor_pos: int) -> None:
        """Ask the kernel; while it runs a cell (or starts) complete from the editor's words."""
        if self._run_id is not None or self._kernel_state != "idle":
            self.editor.complete_locally()
            return
        self._complete_id = self.kernel.complete(code, cursor_pos)

    def _on_kernel_died(self, msg: dict[str, Any]) -> None:
        reason = msg.get("reason")
        if reason == "restart":
            text = self.tr("Kernel restarted.")
        elif reason == "memory":
            text = self.tr("The cell used more memory than allowed, so the kernel was "
                           "restarted; variables were cleared.")
        elif reason in ("timeout", "user", "interrupt"):
            text = self.tr("The cell did not stop, so the kernel was restarted; variables were "
                           "cleared.")
        elif reason == "start":
            text = tr_format(self.tr("The kernel could not start: %1"), msg.get("message", ""))
        else:
            code = msg.get("exitcode")
            text = tr_format(self.tr("The kernel stopped (exit code %1) and is restarting by "
                                     "itself; variables were cleared."), code)
        self.output.add_notice(text, warning=reason != "restart")
        self._clear_variables()

    # ================================================================== variables
    def _clear_variables(self) -> None:
        self._set_variables([])
        self.autograd_view.set_graph(None)

    def _set_variables(self, rows: list[dict[str, Any]]) -> None:
        self._variables = rows
        self.editor.extra_words = [str(row.get("name", "")) for row in rows]
        selected = self.selected_variable()
        self.variables_table.set_rows(rows)
        shapes: dict[str, tuple[int, ...]] = {}
        for row in rows:
            if row.get("tensor"):
                try:
                    shapes[row["name"]] = parse_shape(row["shape"])
                except ValueError:
                    pass
        self.broadcast_view.set_variables(shapes)
        graphable = [row["name"] for row in rows if row.get("tensor") and row["type"] == "Tensor"
                     and (row.get("requires_grad") or row.get("grad_fn"))]
        prefer = next((row["name"] for row in reversed(rows) if row.get("grad_fn")), None)
        self.autograd_view.set_candidates(graphable, prefer)
        name = self.autograd_view.current_name()
        if name and name in graphable:
            self.request_graph(name)
        elif not graphable:
            self.autograd_view.set_graph(None)
        if selected and any(row["name"] == selected for row in rows):
            self.request_inspect(selected)

    def selected_variable(self) -> str | None:
        return self.variables_table.selected_name()

    def _on_variable_selected(self) -> None:
        name = self.selected_variable()
        row = next((r for r in self._variables if r["name"] == name), None)
        if row and row.get("tensor"):
            self.request_inspect(name)

    def _on_variable_double_clicked(self, r: int, _c: int) -> None:
        row = self._variables[r] if r < len(self._variables) else None
        if not row or not row.get("tensor"):
            return
        if row["type"] == "Tensor" and (row.get("requires_grad") or row.get("grad_fn")):
            self.autograd_view.combo.setEditText(row["name"])
            self.request_graph(row["name"])
            self.inspector.setCurrentWidget(self.autograd_view)
        else:
            self.inspector.setCurrentWidget(self.tensor_view)

    # ================================================================== status
    def _update_buttons(self) -> None:
        running = self._run_id is not None
        self.run_button.setEnabled(not running)
        self.interrupt_button.setEnabled(running)
        self.restart_button.setEnabled(self._kernel_state != "stopped" or running)

    def _show_status(self) -> None:
        state = self._kernel_state
        if state in ("stopped", "starting"):
            text = self.tr("Starting kernel…") if state == "starting" else self.tr(
                "Kernel not started")
        elif self._run_id is not None:
            text = self.tr("Running…")
        else:
            text = self.tr("Kernel ready")
            if self._last_status == "ok":
                text += " · " + tr_format(self.tr("%1 ms"), f"{self._last_elapsed * 1000:.0f}")
        self.status_label.setText(text)
        tip = self.tr("Cells run in a separate process; a crash there restarts it without "
                      "touching this window")
        if self._kernel_info.get("torch"):
            tip += "\n" + tr_format(self.tr("torch %1 · Python %2 · process %3"),
                                    self._kernel_info["torch"],
                                    self._kernel_info.get("python", ""),
                                    self._kernel_info.get("pid", ""))
        self.status_label.setToolTip(tip)

    def _goto_line(self, lineno: int) -> None:
        block = self.editor.document().findBlockByNumber(lineno - 1)
        if block.isValid():
            cursor = QTextCursor(block)
            self.editor.setTextCursor(cursor)
            self.editor.setFocus()

    # ================================================================== lifecycle
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._prewarmed:
            # Sizes given before the first layout are clamped to minimums; set them after it.
            QTimer.singleShot(0, self._initial_sizes)
            # Prewarm: the kernel imports torch in its own process while the student reads.
            self._prewarmed = True
            after_startup(self.kernel.start)

    def _initial_sizes(self) -> None:
        width = max(self.splitter.width(), 900)
        self.splitter.setSizes([int(width * 0.22), int(width * 0.44), int(width * 0.34)])

    def shutdown(self) -> None:
        self.files.autosave()
        self.kernel.close()
