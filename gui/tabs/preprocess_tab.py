"""Lesson 04, 数据预处理: open a real table, clean it step by step, see every step as pandas code,
turn it into tensors and hand it to the training tab.

The table is never edited in place: each change is a step of an :class:`engine.pipeline.Pipeline`
pushed on a QUndoStack, so undo/redo, the step list and the generated script are always the same
story. The original file is only written when the user saves over it; a working copy is
autosaved so a crash loses nothing.
"""

from __future__ import annotations

import importlib
import json
import logging
import tempfile
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import (
    QDragEnterEvent,
    QDropEvent,
    QFontDatabase,
    QKeySequence,
    QShortcut,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from engine import paths
from gui import theme, worker
from gui.context import LabContext, RegressionTable
from gui.settings import settings
from gui.tabs.base import LabTab
from gui.widgets.dataframe_model import DataFrameModel
from gui.widgets.engine_messages import EngineMessages
from gui.widgets.lesson_guide import LessonGuide, guide_html
from gui.widgets.pipeline_panel import PipelinePanel

if TYPE_CHECKING:
    from engine.pipeline import Pipeline, Step, Table
    from engine.tabular import TableSource


class _LazyModule:
    """An engine module imported on first use, so pandas loads after the window is up."""

    def __init__(self, name: str) -> None:
        self._name = name

    def __getattr__(self, attr: str) -> Any:
        return getattr(importlib.import_module(self._name), attr)


pl = _LazyModule("engine.pipeline")
tb = _LazyModule("engine.tabular")

log = logging.getLogger(__name__)

#: The types a column can be changed to (engine.pipeline.DTYPES; a test keeps them equal).
DTYPE_CHOICES = ("float64", "int64", "Int64", "str", "category", "bool")
#: Files larger than this are read on a worker thread with a progress bar.
ASYNC_BYTES = 2_000_000
#: Steps on tables with at least this many cells are computed on a worker thread.
ASYNC_CELLS = 2_000_000
AUTOSAVE_MS = 15_000
RECENT_KEY = "preprocess/recentFiles"
MAX_RECENT = 8
ROW_HEIGHT = 22


def autosave_dir() -> Path:
    return paths.user_data_dir() / "autosave"


class StepCommand(QUndoCommand):
    """One pipeline step on the undo stack; redo re-applies it, undo pops it."""

    def __init__(self, tab: PreprocessTab, step: Step, result: Table, text: str) -> None:
        super().__init__(text)
        self._tab, self._step, self._result = tab, step, result

    def redo(self) -> None:
        self._tab.pipeline.push(self._step, self._result)
        self._result = None  # later redos recompute; the pipeline decides what to keep
        self._tab._after_change()

    def undo(self) -> None:
        self._tab.pipeline.pop()
        self._tab._after_change()


class PreprocessTab(LabTab):
    """Open, clean, code, tensors, train."""

    OBJECT_NAME = "preprocessTab"

    def __init__(self, parent: QWidget | None = None,
                 context: LabContext | None = None) -> None:
        super().__init__(parent, context)
        self.setAcceptDrops(True)
        self.pipeline: Pipeline | None = None
        self.path: Path | None = None
        self.save_path: Path | None = None
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(100)
        self._recovered_unsaved = False
        self._load_job = None
        self._load_cancel = threading.Event()
        self._load_fraction = 0.0
        self._load_name = ""
        self._save_job = None
        self._autosave_job = None
        self._autosave_pending = False
        self._autosave_time = 0.0
        self._message_kind = ""
        self._message_parts: tuple = ()
        self._recovery: dict | None = None
        self._waiting_for_pandas = None
        self._tensor_job = None
        self._step_job = None
        self._messages = EngineMessages(self)

        self._build_ui()
        self._connect()
        self._update_enabled()
        self._refresh_recent()
        self._refresh_pipeline_panel()

        self._progress_timer = QTimer(self)
        self._progress_timer.setInterval(100)
        self._progress_timer.timeout.connect(self._show_load_progress)
        self._autosave_timer = QTimer(self)
        self._autosave_timer.setInterval(AUTOSAVE_MS)
        self._autosave_timer.timeout.connect(self.autosave_now)
        self._autosave_timer.start()
        self._check_recovery()

    # ================================================================== construction
    def _build_ui(self) -> None:
        def button(name: str, slot=None) -> QPushButton:
            widget = QPushButton(self)
            widget.setObjectName(name)
            if slot is not None:
                widget.clicked.connect(slot)
            return widget

        # --- file row
        self.new_example_button = button("newExampleButton", self.new_example)
        self.open_button = button("openButton", self.open_dialog)
        self.recent_button = QToolButton(self)
        self.recent_button.setObjectName("recentButton")
        self.recent_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.recent_menu = QMenu(self)
        self.recent_menu.setObjectName("recentMenu")
        self.recent_button.setMenu(self.recent_menu)
        self.save_button = button("saveButton", self.save)
        self.save_as_button = button("saveAsButton", self.save_as)
        self.undo_button = button("undoButton", self.undo)
        self.redo_button = button("redoButton", self.redo)
        self.file_label = QLabel(self)
        self.file_label.setObjectName("fileLabel")
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.load_progress = QProgressBar(self)
        self.load_progress.setObjectName("loadProgress")
        self.load_progress.setRange(0, 1000)
        self.load_progress.setMaximumWidth(220)
        self.load_progress.hide()
        self.cancel_load_button = button("cancelLoadButton", self.cancel_load)
        self.cancel_load_button.hide()
        file_row = QHBoxLayout()
        for widget in (self.new_example_button, self.open_button, self.recent_button,
                       self.save_button, self.save_as_button):
            file_row.addWidget(widget)
        separator = QFrame(self)
        separator.setFrameShape(QFrame.Shape.VLine)
        file_row.addWidget(separator)
        file_row.addWidget(self.undo_button)
        file_row.addWidget(self.redo_button)
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(self.load_progress)
        file_row.addWidget(self.cancel_load_button)

        # --- recovery banner and message line
        self.recovery_banner = QFrame(self)
        self.recovery_banner.setObjectName("recoveryBanner")
        self.recovery_banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.recovery_label = QLabel(self.recovery_banner)
        self.recovery_label.setObjectName("recoveryLabel")
        self.recovery_label.setWordWrap(True)
        self.restore_button = button("restoreButton", self.restore_autosave)
        self.discard_recovery_button = button("discardRecoveryButton", self.discard_autosave)
        banner_layout = QHBoxLayout(self.recovery_banner)
        banner_layout.addWidget(self.recovery_label, 1)
        banner_layout.addWidget(self.restore_button)
        banner_layout.addWidget(self.discard_recovery_button)
        self.recovery_banner.hide()
        self.message_label = QLabel(self)
        self.message_label.setObjectName("messageLabel")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_label.hide()

        # --- table
        self.model = DataFrameModel(self)
        self.table_view = QTableView(self)
        self.table_view.setObjectName("tableView")
        self.table_view.setModel(self.model)
        self.table_view.setAlternatingRowColors(True)
        self.table_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table_view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                        | QAbstractItemView.EditTrigger.EditKeyPressed
                                        | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table_view.setWordWrap(False)
        self.table_view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        vertical = self.table_view.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(ROW_HEIGHT)
        horizontal = self.table_view.horizontalHeader()
        horizontal.setDefaultSectionSize(120)
        horizontal.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        horizontal.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table_view.setSortingEnabled(True)
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("emptyLabel")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)

        # --- pipeline and tensors below the table
        self.pipeline_panel = PipelinePanel(self)
        self.tensor_view = QPlainTextEdit(self)
        self.tensor_view.setObjectName("tensorView")
        self.tensor_view.setReadOnly(True)
        self.tensor_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.tensor_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.bottom_tabs = QTabWidget(self)
        self.bottom_tabs.setObjectName("bottomTabs")
        self.bottom_tabs.addTab(self.pipeline_panel, "")
        self.bottom_tabs.addTab(self.tensor_view, "")

        table_box = QWidget(self)
        table_layout = QVBoxLayout(table_box)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(self.empty_label)
        table_layout.addWidget(self.table_view)
        left = QSplitter(Qt.Orientation.Vertical, self)
        left.setObjectName("leftSplitter")
        left.addWidget(table_box)
        left.addWidget(self.bottom_tabs)
        left.setStretchFactor(0, 3)
        left.setStretchFactor(1, 2)
        left.setSizes([420, 300])

        # --- operations on the right
        ops = QWidget(self)
        ops_layout = QVBoxLayout(ops)
        ops_layout.setContentsMargins(4, 0, 4, 0)
        self.guide = LessonGuide(self, expanded=False)
        ops_layout.addWidget(self.guide)
        self.hint_label = QLabel(ops)
        self.hint_label.setObjectName("selectionHint")
        self.hint_label.setWordWrap(True)
        ops_layout.addWidget(self.hint_label)

        self.split_group = QGroupBox(ops)
        self.target_label = QLabel(ops)
        self.target_combo = QComboBox(ops)
        self.target_combo.setObjectName("targetCombo")
        self.split_button = button("splitButton", self.split)
        grid = QGridLayout(self.split_group)
        grid.addWidget(self.target_label, 0, 0)
        grid.addWidget(self.target_combo, 0, 1)
        grid.addWidget(self.split_button, 1, 0, 1, 2)
        ops_layout.addWidget(self.split_group)

        self.missing_group = QGroupBox(ops)
        self.drop_how_combo = QComboBox(ops)
        self.drop_how_combo.setObjectName("dropHowCombo")
        self.drop_rows_button = button("dropRowsButton", self.drop_rows)
        self.drop_column_button = button("dropColumnButton", self.drop_most_missing)
        self.fill_method_combo = QComboBox(ops)
        self.fill_method_combo.setObjectName("fillMethodCombo")
        self.fill_value_spin = QDoubleSpinBox(ops)
        self.fill_value_spin.setObjectName("fillValueSpin")
        self.fill_value_spin.setRange(-1e12, 1e12)
        self.fill_value_spin.setDecimals(4)
        self.fill_value_spin.setMaximumWidth(110)
        self.fill_button = button("fillButton", self.fill_missing)
        self.dummy_na_check = QCheckBox(ops)
        self.dummy_na_check.setObjectName("dummyNaCheck")
        self.dummy_na_check.setChecked(True)
        self.one_hot_button = button("oneHotButton", self.one_hot)
        grid = QGridLayout(self.missing_group)
        grid.addWidget(self.fill_method_combo, 0, 0)
        grid.addWidget(self.fill_value_spin, 0, 1)
        grid.addWidget(self.fill_button, 1, 0, 1, 2)
        grid.addWidget(self.dummy_na_check, 2, 0, 1, 2)
        grid.addWidget(self.one_hot_button, 3, 0, 1, 2)
        grid.addWidget(self.drop_how_combo, 4, 0)
        grid.addWidget(self.drop_rows_button, 4, 1)
        grid.addWidget(self.drop_column_button, 5, 0, 1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        ops_layout.addWidget(self.missing_group)

        self.tensor_group = QGroupBox(ops)
        self.to_tensor_button = button("toTensorButton", self.show_tensors)
        self.use_for_training_button = button("useForTrainingButton", self.use_for_training)
        row = QHBoxLayout(self.tensor_group)
        row.addWidget(self.to_tensor_button)
        row.addWidget(self.use_for_training_button)
        ops_layout.addWidget(self.tensor_group)

        self.scale_group = QGroupBox(ops)
        self.standardize_button = button("standardizeButton", self.standardize)
        self.min_max_button = button("minMaxButton", self.min_max)
        row = QHBoxLayout(self.scale_group)
        row.addWidget(self.standardize_button)
        row.addWidget(self.min_max_button)
        ops_layout.addWidget(self.scale_group)

        self.edit_group = QGroupBox(ops)
        self.name_edit = QLineEdit(ops)
        self.name_edit.setObjectName("nameEdit")
        self.rename_button = button("renameButton", self.rename)
        self.add_column_button = button("addColumnButton", self.add_column)
        self.dtype_combo = QComboBox(ops)
        self.dtype_combo.setObjectName("dtypeCombo")
        self.dtype_combo.addItems(list(DTYPE_CHOICES))
        self.change_type_button = button("changeTypeButton", self.change_type)
        self.add_row_button = button("addRowButton", self.add_row)
        self.delete_rows_button = button("deleteRowsButton", self.delete_rows)
        self.delete_columns_button = button("deleteColumnsButton", self.delete_columns)
        grid = QGridLayout(self.edit_group)
        grid.addWidget(self.name_edit, 0, 0, 1, 2)
        grid.addWidget(self.rename_button, 1, 0)
        grid.addWidget(self.add_column_button, 1, 1)
        grid.addWidget(self.dtype_combo, 2, 0)
        grid.addWidget(self.change_type_button, 2, 1)
        grid.addWidget(self.add_row_button, 3, 0)
        grid.addWidget(self.delete_rows_button, 3, 1)
        grid.addWidget(self.delete_columns_button, 4, 0, 1, 2)
        ops_layout.addWidget(self.edit_group)

        ops_layout.addStretch(1)

        scroll = QScrollArea(self)
        scroll.setObjectName("operationsScroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(ops)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setMinimumWidth(300)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        main = QSplitter(Qt.Orientation.Horizontal, self)
        main.setObjectName("mainSplitter")
        main.addWidget(left)
        main.addWidget(scroll)
        main.setStretchFactor(0, 1)
        main.setStretchFactor(1, 0)
        main.setSizes([900, 330])

        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addWidget(self.recovery_banner)
        layout.addWidget(self.message_label)
        layout.addWidget(main, 1)

        def shortcut(keys, slot) -> None:
            sc = QShortcut(QKeySequence(keys), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(slot)

        shortcut(QKeySequence.StandardKey.Undo, self.undo)
        shortcut("Ctrl+Y", self.redo)
        shortcut("Ctrl+Shift+Z", self.redo)
        shortcut(QKeySequence.StandardKey.Open, self.open_dialog)
        shortcut(QKeySequence.StandardKey.Save, self.save)
        shortcut("Ctrl+Shift+S", self.save_as)
        shortcut("Ctrl+T", self.show_tensors)

    def _connect(self) -> None:
        self.model.cellEdited.connect(self._on_cell_edited)
        self.model.editRejected.connect(lambda text: self._show_message("error", text))
        self.undo_stack.canUndoChanged.connect(self._on_stack_changed)
        self.undo_stack.canRedoChanged.connect(self._on_stack_changed)
        self.undo_stack.cleanChanged.connect(self._on_stack_changed)
        self.fill_method_combo.currentIndexChanged.connect(
            lambda _: self.fill_value_spin.setEnabled(
                self.fill_method_combo.currentData() == "constant"))
        self.pipeline_panel.saveCodeRequested.connect(self.save_code)

    def _on_stack_changed(self, _value: bool = False) -> None:
        try:
            self._update_enabled()
            self._update_file_label()
        except RuntimeError:  # the stack emits while being destroyed with the tab
            return
        if (self.pipeline is not None and not self.has_unsaved_changes()
                and self._recovery is None):
            # Back at the saved state (undo or save): nothing left to recover.
            self._autosave_pending = False
            _remove_autosave()

    # ================================================================== texts
    def retranslate_ui(self) -> None:
        def label(widget, text: str, tip: str = "") -> None:
            widget.setText(text)
            widget.setAccessibleName(text.replace("…", ""))
            if tip:
                widget.setToolTip(tip)

        label(self.new_example_button, self.tr("New example dataset…"),
              self.tr("Write the course's house_tiny.csv into a folder and open it"))
        label(self.open_button, self.tr("Open…"),
              self.tr("Open a CSV, TSV, text or Excel table (Ctrl+O); "
                      "you can also drop a file here"))
        label(self.recent_button, self.tr("Recent"), self.tr("Open a recently used table"))
        label(self.save_button, self.tr("Save"), self.tr("Save the cleaned table as CSV (Ctrl+S)"))
        label(self.save_as_button, self.tr("Save as…"),
              self.tr("Save the cleaned table as a new CSV file (Ctrl+Shift+S)"))
        label(self.undo_button, self.tr("Undo"), self.tr("Undo the last step (Ctrl+Z)"))
        label(self.redo_button, self.tr("Redo"), self.tr("Redo the step (Ctrl+Y)"))
        label(self.cancel_load_button, self.tr("Cancel"), self.tr("Stop opening the file"))
        self.load_progress.setAccessibleName(self.tr("Reading the file"))
        label(self.restore_button, self.tr("Restore"), self.tr("Bring back the unsaved table"))
        label(self.discard_recovery_button, self.tr("Discard"), self.tr("Forget the unsaved table"))
        self.table_view.setAccessibleName(self.tr("Data table"))
        self.table_view.setToolTip(self.tr(
            "Missing values are red. Double-click a cell to edit it; "
            "click a header to sort (the file keeps its order)."))
        self.empty_label.setText(self.tr("No table yet. Click “New example dataset…” for the "
                                    "course's house_tiny.csv, open a file, or drop a CSV or "
                                    "Excel file here."))
        self.bottom_tabs.setTabText(0, self.tr("Pipeline and code"))
        self.bottom_tabs.setTabText(1, self.tr("Tensors"))
        self.tensor_view.setAccessibleName(self.tr("Tensors X and y"))
        self.pipeline_panel.retranslate_ui()
        self.hint_label.setText(self.tr("Operations act on the columns you select in the table "
                                   "(click a cell or a header). With nothing selected they use "
                                   "the suitable input columns."))

        self.split_group.setTitle(self.tr("Inputs and outputs"))
        self.target_label.setText(self.tr("Target (y):"))
        self.target_combo.setToolTip(self.tr("The column to predict; the others are the inputs"))
        self.target_combo.setAccessibleName(self.tr("Target column"))
        label(self.split_button, self.tr("Split into inputs / outputs"),
              self.tr("inputs, outputs = data.iloc[:, …], data.iloc[:, …] as in the course. "
                      "Select whole columns (click their headers) to use several targets."))

        self.missing_group.setTitle(self.tr("Missing values and categories"))
        self._set_items(self.fill_method_combo, [
            (self.tr("Fill with the mean"), "mean"), (self.tr("Fill with the median"), "median"),
            (self.tr("Fill with a constant"), "constant"), (self.tr("Fill by interpolation"),
                                                       "interpolate")])
        self.fill_method_combo.setAccessibleName(self.tr("Fill method"))
        self.fill_value_spin.setToolTip(self.tr("The constant used by “Fill with a constant”"))
        self.fill_value_spin.setAccessibleName(self.tr("Fill constant"))
        self.fill_value_spin.setEnabled(self.fill_method_combo.currentData() == "constant")
        label(self.fill_button, self.tr("Fill missing numbers"),
              self.tr("fillna on number columns only (text columns such as Alley are left alone)"))
        label(self.dummy_na_check, self.tr("NaN as its own category"),
              self.tr("pd.get_dummies(..., dummy_na=True) adds a column such as Alley_nan"))
        label(self.one_hot_button, self.tr("One-hot encode"),
              self.tr("Turn a category column into 0/1 columns with pd.get_dummies"))
        self._set_items(self.drop_how_combo, [(self.tr("any value missing"), "any"),
                                              (self.tr("all values missing"), "all")])
        self.drop_how_combo.setAccessibleName(self.tr("Which rows to drop"))
        label(self.drop_rows_button, self.tr("Drop rows"),
              self.tr("dropna: delete rows with missing values"))
        label(self.drop_column_button, self.tr("Drop the column with most missing"),
              self.tr("The course exercise: delete the column with the most missing values"))

        self.scale_group.setTitle(self.tr("Scale"))
        label(self.standardize_button, self.tr("Standardize"), self.tr("(x − mean) / std"))
        label(self.min_max_button, self.tr("Min-max scale"),
              self.tr("(x − min) / (max − min), into [0, 1]"))

        self.edit_group.setTitle(self.tr("Columns and rows"))
        self.name_edit.setPlaceholderText(self.tr("New column name"))
        self.name_edit.setAccessibleName(self.tr("New column name"))
        self.name_edit.setToolTip(self.tr("The name used by Rename and Add column"))
        self.fill_method_combo.setToolTip(self.tr(
            "How to fill missing numbers: the column's mean or median, a constant, or "
            "interpolation between neighbours"))
        self.drop_how_combo.setToolTip(self.tr(
            "Drop a row when any of its values is missing, or only when all of them are"))
        label(self.rename_button, self.tr("Rename"), self.tr("Rename the selected column"))
        label(self.add_column_button, self.tr("Add column"), self.tr("Add an empty input column"))
        self.dtype_combo.setToolTip(self.tr(
            "float64: numbers · int64: whole numbers · Int64: whole "
            "numbers with missing values · str: text · category · bool"))
        self.dtype_combo.setAccessibleName(self.tr("New type"))
        label(self.change_type_button, self.tr("Change type"),
              self.tr("astype on the selected column"))
        label(self.add_row_button, self.tr("Add row"), self.tr("Append an empty row"))
        label(self.delete_rows_button, self.tr("Delete rows"), self.tr("Delete the selected rows"))
        label(self.delete_columns_button, self.tr("Delete columns"),
              self.tr("Delete the selected columns"))

        self.tensor_group.setTitle(self.tr("To tensors"))
        label(self.to_tensor_button, self.tr("Show as tensors"),
              self.tr("X = torch.tensor(inputs.to_numpy(dtype=float)) (Ctrl+T)"))
        label(self.use_for_training_button, self.tr("Use for training"),
              self.tr("Send the table to the Training tab as a linear-regression dataset"))
        self.guide.set_content(self.tr("Lesson guide · Data preprocessing"), guide_html(
            self.tr("Real data is messy: values are missing (NaN) and some columns are text. "
               "Before a model can learn from it we read it with pandas, split it into inputs and "
               "outputs, fill or drop what is missing, turn categories into numbers and finally "
               "make tensors. Every button here adds one step; the code below is the same step "
               "in pandas.")
            + "<br><code>inputs, outputs = data.iloc[:, 0:2], data.iloc[:, 2]<br>"
              "X = torch.tensor(inputs.to_numpy(dtype=float))</code>",
            "x̂ = (x − μ) / σ",
            [self.tr("Click “New example dataset…”, split with target Price, fill with the mean, "
                "then one-hot encode with “NaN as its own category”: you get the course's "
                "NumRooms, Alley_Pave, Alley_nan."),
             self.tr("Exercise: delete the column with the most missing values."),
             self.tr("Exercise: turn the preprocessed dataset into tensors."),
             self.tr("Try “Use for training” on a table of numbers and watch linear regression "
                "learn it.")],
            self.tr("Course: 04 Data manipulation + data preprocessing (数据预处理)")))
        self._refresh_recent()
        self._update_file_label()
        self._update_recovery_label()
        self._retranslate_message()
        if self.pipeline is not None:
            self._refresh_pipeline_panel()

    @staticmethod
    def _set_items(combo: QComboBox, items: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for text, data in items:
            combo.addItem(text, data)
        index = combo.findData(current)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    # ================================================================== messages
    def _show_message(self, kind: str, text: str, *parts: Any) -> None:
        """``kind`` is error/info/""; the text is already translated."""
        self._message_kind, self._message_parts = kind, (text, *parts)
        self._retranslate_message()

    def _retranslate_message(self) -> None:
        if not self._message_kind:
            self.message_label.hide()
            return
        text = self._message_parts[0]
        self.message_label.setText(text)
        dark = theme.is_dark()
        if self._message_kind == "error":
            color = "#ff8a80" if dark else "#b00020"
        else:
            color = "#a5d6a7" if dark else "#1b5e20"
        self.message_label.setStyleSheet(f"QLabel {{ color: {color}; padding: 2px; }}")
        self.message_label.show()

    def message(self) -> str:
        """The message line as the user sees it (empty when hidden)."""
        return self.message_label.text() if self._message_kind else ""

    def _clear_message(self) -> None:
        self._message_kind = ""
        self.message_label.hide()

    def _explain(self, exc: Exception) -> str:
        """An engine error in the user's language."""
        return self._messages.text(exc)

    def _error(self, headline: str, detail: str) -> None:
        self._show_message("error", f"{headline} {detail}")

    # ================================================================== opening
    def new_example(self) -> None:
        """Write the course's house_tiny.csv into a folder the user picks, then open it."""
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Where should house_tiny.csv go?"), str(paths.documents_dir()))
        if folder:
            self.open_example_in(folder)

    def _after_pandas(self, then) -> bool:  # noqa: ANN001
        """True when pandas is in; else run ``then`` once it has loaded on a worker.

        The first table of a session would otherwise import pandas (about a second) on the GUI
        thread. Meanwhile the tab counts as loading; a later request replaces a waiting one.
        """
        if worker.is_imported("engine.tabular") and worker.is_imported("engine.pipeline"):
            return True
        waiting = self._waiting_for_pandas is not None
        self._waiting_for_pandas = then
        if not waiting:
            self._show_message("info", self.tr("Getting pandas ready for the first table…"))
            worker.when_imported(["engine.tabular", "engine.pipeline"], self._pandas_ready)
            self._update_enabled()
        return False

    def _pandas_ready(self) -> None:
        then, self._waiting_for_pandas = self._waiting_for_pandas, None
        self._update_enabled()
        if then is not None:
            then()

    def open_example_in(self, folder: str | Path) -> None:
        if not self._after_pandas(lambda: self.open_example_in(folder)):
            return
        try:
            path = tb.write_house_tiny(folder)
        except OSError as exc:
            self._error(self.tr("Cannot write the example:"), str(exc.strerror or exc))
            return
        self.open_file(path)

    def open_dialog(self) -> None:
        start = str(self.path.parent) if self.path else str(paths.documents_dir())
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a table"), start,
            self.tr("Tables (*.csv *.tsv *.txt *.xlsx);;All files (*)"))
        if path:
            self.open_file(path)

    def _confirm_discard(self) -> bool:
        if not self.has_unsaved_changes():
            return True
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("The current table has changes that are not saved. Open another table and "
                    "lose them?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def open_file(self, path: str | Path) -> bool:
        """Open ``path``; small files at once, large ones on a worker. False if refused."""
        if self._load_job is not None:
            self._show_message("info", self.tr("Still opening the previous file…"))
            return False
        if not self._after_pandas(lambda: self.open_file(path)):
            return True
        if not self._confirm_discard():
            return False
        path = Path(path)
        try:
            source = tb.sniff_table(path)
        except tb.TableError as exc:
            self._error(self.tr("Cannot open this file:"), self._explain(exc))
            return False
        except Exception as exc:  # noqa: BLE001 - read_table's promise covers sniffing too
            log.exception("sniffing %s failed", path)
            self._error(self.tr("Cannot open this file:"), str(exc))
            return False
        try:
            size = path.stat().st_size
        except OSError:
            size = 0
        if size <= ASYNC_BYTES:
            try:
                frame = read_source(source)
            except tb.TableError as exc:
                self._error(self.tr("Cannot open this file:"), self._explain(exc))
                return False
            self._loaded(frame, source)
            return True
        self._start_async_load(source)
        return True

    def _start_async_load(self, source: TableSource) -> None:
        self._load_cancel.clear()
        self._load_fraction = 0.0
        self._load_name = Path(source.path).name
        self.load_progress.setValue(0)
        self.load_progress.show()
        self.cancel_load_button.show()
        self._show_message("info", self.tr("Opening %1…").replace("%1", self._load_name))
        self._progress_timer.start()

        def progress(fraction: float) -> None:
            self._load_fraction = fraction
            if self._load_cancel.is_set():
                raise tb.Cancelled()

        self._load_job = worker.start_job(
            _load_job, source, progress,
            connect={"returned": self._on_loaded, "errored": self._on_load_error,
                     "finished": self._on_load_finished})
        self._update_enabled()

    def _show_load_progress(self) -> None:
        self.load_progress.setValue(int(self._load_fraction * 1000))

    def _on_loaded(self, result) -> None:
        frame, source = result
        self._loaded(frame, source)

    def _on_load_error(self, exc: Exception) -> None:
        if isinstance(exc, tb.Cancelled):
            self._show_message("info", self.tr("Opening cancelled; nothing changed."))
        elif isinstance(exc, tb.TableError):
            self._error(self.tr("Cannot open this file:"), self._explain(exc))
        else:
            log.error("loading failed", exc_info=exc)
            self._error(self.tr("Cannot open this file:"), str(exc))

    def _on_load_finished(self) -> None:
        self._load_job = None
        self._progress_timer.stop()
        self.load_progress.hide()
        self.cancel_load_button.hide()
        self._update_enabled()

    def cancel_load(self) -> None:
        self._load_cancel.set()

    def is_loading(self) -> bool:
        return self._load_job is not None or self._waiting_for_pandas is not None

    def _loaded(self, frame, source: TableSource, save_path: Path | None = None) -> None:
        self.pipeline = pl.Pipeline(frame, source)
        self.path = Path(source.path)
        self.save_path = save_path
        self.undo_stack.clear()
        self.undo_stack.setClean()
        self._recovered_unsaved = False
        self._remember_recent(self.path)
        self._after_change(initial=True)
        rows, cols = frame.shape
        self._show_message("info", self.tr("Opened %1: %2 rows × %3 columns.")
                           .replace("%1", self.path.name).replace("%2", f"{rows:,}")
                           .replace("%3", str(cols)))

    # ---------------------------------------------------------------- drag and drop
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if self._dropped_path(event.mimeData()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        if self._dropped_path(event.mimeData()) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        path = self._dropped_path(event.mimeData())
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.open_file(path)

    @staticmethod
    def _dropped_path(mime) -> str | None:
        if mime is None or not mime.hasUrls():
            return None
        for url in mime.urls():
            if url.isLocalFile():
                return url.toLocalFile()
        return None

    # ---------------------------------------------------------------- recent files
    def recent_files(self) -> list[str]:
        value = settings().value(RECENT_KEY, [])
        if isinstance(value, str):
            value = [value] if value else []
        return [str(v) for v in (value or [])]

    def _remember_recent(self, path: Path) -> None:
        if path.parent == autosave_dir():
            return
        files = [str(path)] + [f for f in self.recent_files() if f != str(path)]
        settings().setValue(RECENT_KEY, files[:MAX_RECENT])
        self._refresh_recent()

    def _refresh_recent(self) -> None:
        self.recent_menu.clear()
        files = self.recent_files()
        for i, file in enumerate(files):
            action = self.recent_menu.addAction(Path(file).name)
            action.setObjectName(f"recentFile_{i}")
            action.setToolTip(file)
            action.triggered.connect(lambda _=False, f=file: self.open_file(f))
        if files:
            self.recent_menu.addSeparator()
            clear = self.recent_menu.addAction(self.tr("Clear the list"))
            clear.setObjectName("clearRecentAction")
            clear.triggered.connect(self._clear_recent)
        self.recent_button.setEnabled(bool(files))

    def _clear_recent(self) -> None:
        settings().setValue(RECENT_KEY, [])
        self._refresh_recent()

    # ================================================================== state display
    def current_table(self) -> Table | None:
        return self.pipeline.current if self.pipeline else None

    def frame(self):
        """The table as shown (inputs then outputs after the split)."""
        table = self.current_table()
        return table.frame() if table is not None else None

    def _after_change(self, initial: bool = False) -> None:
        table = self.pipeline.current
        self.model.set_frame(table.frame(), table.targets)
        if initial:
            header = self.table_view.horizontalHeader()
            header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
            self.table_view.scrollToTop()
        self._fill_target_combo(table)
        self._refresh_pipeline_panel()
        self._update_enabled()
        self._update_file_label()
        if not initial:
            self._autosave_pending = True
            self._clear_message()

    def _refresh_pipeline_panel(self) -> None:
        if self.pipeline is None:
            self.pipeline_panel.set_pipeline([], "")
            return
        self.pipeline_panel.set_pipeline(self.pipeline.steps, self.pipeline.code())

    def _fill_target_combo(self, table: Table) -> None:
        columns = list(table.frame().columns)
        current = self.target_combo.currentData()
        self.target_combo.blockSignals(True)
        self.target_combo.clear()
        for column in columns:
            self.target_combo.addItem(str(column), column)
        if table.is_split:
            wanted = table.targets[0]
        elif current in columns:
            wanted = current
        else:
            wanted = columns[-1] if columns else None
        index = self.target_combo.findData(wanted) if wanted is not None else -1
        self.target_combo.setCurrentIndex(max(index, 0))
        self.target_combo.setEnabled(not table.is_split)
        self.target_combo.blockSignals(False)

    def _update_enabled(self) -> None:
        has = self.pipeline is not None
        busy = self.is_busy()
        self.table_view.setVisible(has)
        self.empty_label.setVisible(not has)
        for widget in (self.split_group, self.missing_group, self.scale_group, self.edit_group,
                       self.tensor_group, self.save_as_button, self.save_button):
            widget.setEnabled(has and not busy)
        for widget in (self.open_button, self.new_example_button, self.recent_button):
            widget.setEnabled(not busy and (widget is not self.recent_button
                                            or bool(self.recent_files())))
        self.undo_button.setEnabled(self.undo_stack.canUndo() and not busy)
        self.redo_button.setEnabled(self.undo_stack.canRedo() and not busy)
        if has:
            self.split_button.setEnabled(not self.pipeline.current.is_split)

    def _update_file_label(self) -> None:
        if self.pipeline is None or self.path is None:
            self.file_label.setText(self.tr("No table open"))
            return
        text = self.path.name
        if self.has_unsaved_changes():
            text = "● " + text + "  " + self.tr("(changed, not saved)")
        if self.save_path is not None:
            text += "  → " + self.save_path.name
        self.file_label.setText(text)
        self.file_label.setToolTip(str(self.path))

    # ================================================================== column choice
    def selected_columns(self) -> list:
        """Columns touched by the selection (read from ranges: cheap even for 10⁶ rows)."""
        if self.pipeline is None:
            return []
        columns: set[int] = set()
        n_rows, n_cols = self.model.rowCount(), self.model.columnCount()
        for rng in self.table_view.selectionModel().selection():
            whole_rows = rng.left() == 0 and rng.right() == n_cols - 1 and n_cols > 1
            if whole_rows and rng.bottom() - rng.top() + 1 < n_rows:
                continue  # a row selection (for deleting rows), not a column choice
            columns.update(range(rng.left(), rng.right() + 1))
        if not columns:
            current = self.table_view.currentIndex()
            if current.isValid() and self.table_view.selectionModel().isSelected(current):
                columns.add(current.column())
        return [self.model.column_name(c) for c in sorted(columns)]

    def selected_row_labels(self) -> list:
        rows: set[int] = set()
        for rng in self.table_view.selectionModel().selection():
            rows.update(range(rng.top(), rng.bottom() + 1))
        return [self.model.row_label(r) for r in sorted(rows)]

    def select_columns(self, columns: list) -> None:
        """Select whole columns by name (scripts and tests use it)."""
        selection_model = self.table_view.selectionModel()
        selection_model.clearSelection()
        names = [self.model.column_name(c) for c in range(self.model.columnCount())]
        for column in columns:
            j = names.index(column)
            selection_model.select(
                self.model.index(0, j),
                QItemSelectionModel.SelectionFlag.Select
                | QItemSelectionModel.SelectionFlag.Columns)

    def select_rows(self, rows: list[int]) -> None:
        selection_model = self.table_view.selectionModel()
        selection_model.clearSelection()
        for row in rows:
            selection_model.select(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.Select
                | QItemSelectionModel.SelectionFlag.Rows)

    def _input_columns(self, table: Table) -> list:
        return table.input_columns

    def _chosen(self, default: list) -> list:
        chosen = self.selected_columns()
        return chosen if chosen else default

    # ================================================================== operations
    def is_busy(self) -> bool:
        """True while a file loads or a step on a big table computes on the worker."""
        return self._load_job is not None or self._step_job is not None

    def undo(self) -> None:
        if not self.is_busy():
            self.undo_stack.undo()

    def redo(self) -> None:
        if not self.is_busy():
            self.undo_stack.redo()

    def apply_step(self, step: Step) -> bool:
        """Apply ``step`` (undoably). A step that does not fit shows why and changes nothing.

        On a big table the step is computed on a worker (the frame is never modified in
        place, so reading it there is safe) and lands on the undo stack when it is done.
        """
        if self.pipeline is None or self.is_busy():
            return False
        rows, columns = self.pipeline.current.frame().shape
        if rows * max(columns, 1) >= ASYNC_CELLS:
            pipeline, count = self.pipeline, len(self.pipeline.steps)

            def landed(result: Table) -> None:
                if self.pipeline is pipeline and len(pipeline.steps) == count:
                    self.undo_stack.push(StepCommand(self, step, result,
                                                     self.pipeline_panel.step_text(step)))

            def finished() -> None:
                self._step_job = None
                self._update_enabled()

            self._show_message("info", self.tr("Working on %1 rows…").replace("%1", f"{rows:,}"))
            self._step_job = worker.start_job(
                pipeline.preview, step,
                connect={"returned": landed, "errored": self._on_step_error,
                         "finished": finished})
            self._update_enabled()
            return True
        try:
            result = self.pipeline.preview(step)
        except (pl.StepError, MemoryError) as exc:
            self._on_step_error(exc)
            return False
        self.undo_stack.push(StepCommand(self, step, result,
                                         self.pipeline_panel.step_text(step)))
        return True

    def _on_step_error(self, exc: Exception) -> None:
        if isinstance(exc, MemoryError):
            self._error(self.tr("Cannot do that:"), self.tr("not enough memory."))
        elif isinstance(exc, pl.StepError):
            self._error(self.tr("Cannot do that:"), self._explain(exc))
        else:
            log.error("step failed", exc_info=exc)
            self._error(self.tr("Cannot do that:"), str(exc))

    def selected_whole_columns(self) -> list:
        """Columns selected from top to bottom (header clicks), in table order."""
        n_rows = self.model.rowCount()
        columns: set[int] = set()
        for rng in self.table_view.selectionModel().selection():
            if rng.top() == 0 and rng.bottom() == n_rows - 1:
                columns.update(range(rng.left(), rng.right() + 1))
        return [self.model.column_name(c) for c in sorted(columns)]

    def split(self) -> bool:
        """Targets: whole columns selected in the table (several are allowed), else the combo."""
        targets = self.selected_whole_columns()
        if not targets:
            target = self.target_combo.currentData()
            if target is None:
                return False
            targets = [target]
        return self.apply_step(pl.Split(tuple(targets)))

    def drop_rows(self) -> bool:
        return self.apply_step(pl.DropMissingRows(self.drop_how_combo.currentData() or "any"))

    def drop_most_missing(self) -> bool:
        return self.apply_step(pl.DropMostMissingColumn())

    def fill_missing(self) -> bool:
        table = self.pipeline.current if self.pipeline else None
        if table is None:
            return False
        chosen = self.selected_columns()
        if not chosen:
            chosen = [c for c in self._input_columns(table)
                      if tb.is_numeric(table.column(c)) and table.column(c).isna().any()]
            if not chosen:
                self._show_message("info", self.tr("No number column among the inputs has "
                                                   "missing values: nothing to fill."))
                return False
        method = self.fill_method_combo.currentData() or "mean"
        if method not in pl.FILL_METHODS:
            method = "mean"
        return self.apply_step(pl.FillMissing(tuple(chosen), method,
                                           float(self.fill_value_spin.value())))

    def one_hot(self) -> bool:
        table = self.pipeline.current if self.pipeline else None
        if table is None:
            return False
        chosen = self.selected_columns()
        if not chosen:
            chosen = [c for c in self._input_columns(table)
                      if not tb.is_numeric(table.column(c))
                      and not _is_bool(table.column(c))]
            if not chosen:
                self._show_message("info", self.tr("There is no text (category) column among "
                                                   "the inputs. Select a column to encode."))
                return False
        return self.apply_step(pl.OneHot(tuple(chosen), self.dummy_na_check.isChecked()))

    def _scalable(self, table: Table) -> list:
        result = []
        for column in self._input_columns(table):
            series = table.column(column)
            if tb.is_numeric(series) and not series.dropna().isin([0, 1]).all():
                result.append(column)
        return result

    def standardize(self) -> bool:
        table = self.current_table()
        if table is None:
            return False
        return self.apply_step(pl.Standardize(tuple(self._chosen(self._scalable(table)))))

    def min_max(self) -> bool:
        table = self.current_table()
        if table is None:
            return False
        return self.apply_step(pl.MinMaxScale(tuple(self._chosen(self._scalable(table)))))

    def _one_column(self) -> Any | None:
        chosen = self.selected_columns()
        if not chosen:
            current = self.table_view.currentIndex()
            if current.isValid():
                return self.model.column_name(current.column())
            self._show_message("error", self.tr("Select a column first (click a cell or its "
                                                "header)."))
            return None
        return chosen[0]

    def change_type(self) -> bool:
        column = self._one_column()
        if column is None:
            return False
        return self.apply_step(pl.ChangeType(column, self.dtype_combo.currentText()))

    def rename(self) -> bool:
        column = self._one_column()
        if column is None:
            return False
        new_name = self.name_edit.text().strip()
        if not new_name:
            self._show_message("error", self.tr("Type the new name first."))
            return False
        if self.apply_step(pl.Rename(column, new_name)):
            self.name_edit.clear()
            return True
        return False

    def add_column(self) -> bool:
        name = self.name_edit.text().strip()
        table = self.current_table()
        if table is None:
            return False
        if not name:
            existing = {str(c) for c in table.frame().columns}
            number = 1
            while f"column{number}" in existing:
                number += 1
            name = f"column{number}"
        if self.apply_step(pl.AddColumn(name)):
            self.name_edit.clear()
            return True
        return False

    def add_row(self) -> bool:
        table = self.current_table()
        if table is None:
            return False
        index = table.frame().index
        try:
            label = int(index.max()) + 1 if len(index) else 0
        except (TypeError, ValueError):
            label = len(index)
        ok = self.apply_step(pl.AddRow(label))
        if ok:
            self.table_view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
            self.table_view.scrollToBottom()
        return ok

    def delete_rows(self) -> bool:
        labels = self.selected_row_labels()
        if not labels:
            self._show_message("error", self.tr("Select the rows to delete first."))
            return False
        return self.apply_step(pl.DeleteRows(tuple(labels)))

    def delete_columns(self) -> bool:
        columns = self.selected_columns()
        if not columns:
            self._show_message("error", self.tr("Select the columns to delete first."))
            return False
        return self.apply_step(pl.DeleteColumns(tuple(columns)))

    def _on_cell_edited(self, label: Any, column: Any, value: Any) -> None:
        self.apply_step(pl.EditCell(label, column, value))

    # ================================================================== tensors and training
    def show_tensors(self) -> None:
        """Build X (and y) with torch on a worker and print them as the course does."""
        table = self.current_table()
        if table is None or self._tensor_job is not None:
            return
        self.tensor_view.setPlainText(self.tr("Importing torch…"))
        self.bottom_tabs.setCurrentWidget(self.tensor_view)
        self._tensor_job = worker.start_job(
            tensor_text, table, connect={"returned": self._on_tensors,
                                         "errored": self._on_tensor_error,
                                         "finished": self._on_tensor_finished})

    def _on_tensors(self, text: str) -> None:
        self.tensor_view.setPlainText(text)

    def _on_tensor_error(self, exc: Exception) -> None:
        if not isinstance(exc, pl.StepError):
            log.error("tensor conversion failed", exc_info=exc)
        detail = self._explain(exc)
        self.tensor_view.setPlainText(self.tr("Not yet tensors: %1").replace("%1", detail))
        self._error(self.tr("Cannot make tensors:"), detail)

    def _on_tensor_finished(self) -> None:
        self._tensor_job = None

    def use_for_training(self) -> bool:
        """Send features/target (float32) to the training tab as a linear-regression dataset."""
        table = self.current_table()
        if table is None:
            return False
        if table.is_split:
            if len(table.targets) != 1:
                self._show_message("error", self.tr("Linear regression needs exactly one "
                                                    "target column."))
                return False
            target = table.targets[0]
        else:
            target = self.target_combo.currentData()
        try:
            data = pl.regression_data(table.frame(), target)
        except pl.StepError as exc:
            self._error(self.tr("Not ready for training:"), self._explain(exc))
            return False
        if not self.context.can_send_regression_table():
            self._show_message("error", self.tr("The Training tab of this build cannot take a "
                                                "table yet."))
            return False
        name = self.path.stem if self.path else "table"
        try:
            self.context.send_regression_table(RegressionTable(
                features=data.features, target=data.target, name=name,
                feature_names=tuple(data.feature_names)))
        except ValueError as exc:  # the training tab explains what it cannot use
            self._error(self.tr("Not ready for training:"), str(exc))
            return False
        self.context.show_tab("trainingTab")
        self._show_message("info", self.tr("Sent %1 rows × %2 features (target %3) to the "
                                           "Training tab.")
                           .replace("%1", str(len(data.target)))
                           .replace("%2", str(data.features.shape[1]))
                           .replace("%3", str(target)))
        return True

    # ================================================================== saving
    def save(self) -> bool:
        if self.pipeline is None:
            return False
        if self.save_path is None:
            return self.save_as()
        return self.save_to(self.save_path)

    def save_as(self) -> bool:
        if self.pipeline is None:
            return False
        if self.save_path is not None:
            suggestion = self.save_path
        elif self.path is not None and self.path.parent != autosave_dir():
            suggestion = self.path.with_name(self.path.stem + "_clean.csv")
        else:
            suggestion = paths.documents_dir() / "table_clean.csv"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the table as CSV"),
                                              str(suggestion), self.tr("CSV files (*.csv)"))
        if not path:
            return False
        if not path.lower().endswith(".csv"):
            path += ".csv"
        return self.save_to(Path(path))

    def save_to(self, path: Path) -> bool:
        """Write the table atomically on a worker; the stack is marked clean when it lands."""
        if self.pipeline is None or self._save_job is not None:
            return False
        frame = self.pipeline.current.frame()
        index = self.undo_stack.index()
        overwrite_source = self.path is not None and _same_file(path, self.path)
        self._show_message("info", self.tr("Saving %1…").replace("%1", path.name))
        self.save_button.setEnabled(False)

        def done(_result) -> None:
            self.save_path = path
            if overwrite_source:
                self._rebase_on_saved(path)
            elif self.undo_stack.index() == index:
                self.undo_stack.setClean()
            self._recovered_unsaved = False
            if self.undo_stack.isClean():
                _remove_autosave()
                self._autosave_pending = False
            self._remember_recent(path)
            self._update_file_label()
            self._show_message("info", self.tr("Saved %1.").replace("%1", str(path)))

        def failed(exc: Exception) -> None:
            self._error(self.tr("Could not save:"), str(getattr(exc, "strerror", None) or exc))

        def finished() -> None:
            self._save_job = None
            self._update_enabled()

        self._save_job = worker.start_job(tb.save_csv, frame, path,
                                          connect={"returned": done, "errored": failed,
                                                   "finished": finished})
        return True

    def _rebase_on_saved(self, path: Path) -> None:
        """Saved over the opened file: it is the new starting point of the pipeline."""
        frame = self.pipeline.current.frame()
        source = tb.TableSource(str(path), "csv", ",", "utf-8-sig")
        self.pipeline = pl.Pipeline(frame.reset_index(drop=True), source)
        self.path = path
        self.undo_stack.clear()
        self.undo_stack.setClean()
        self._after_change(initial=True)

    def is_saving(self) -> bool:
        return self._save_job is not None

    def save_code(self) -> bool:
        if self.pipeline is None:
            return False
        start = (self.path.with_suffix(".py") if self.path and self.path.parent != autosave_dir()
                 else paths.documents_dir() / "preprocess.py")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the pipeline as Python"),
                                              str(start), self.tr("Python files (*.py)"))
        if not path:
            return False
        if not path.lower().endswith(".py"):
            path += ".py"
        try:
            paths.atomic_write_text(path, self.pipeline.code())
        except OSError as exc:
            self._error(self.tr("Could not save:"), str(exc.strerror or exc))
            return False
        self._show_message("info", self.tr("Saved %1.").replace("%1", path))
        return True

    def export(self) -> None:
        """File ▸ Export: the table as CSV or the pipeline as a Python script."""
        if self.pipeline is None:
            self._show_message("error", self.tr("Open a table first."))
            return
        choice = self._ask_export_kind()
        if choice == "csv":
            self.save_as()
        elif choice == "py":
            self.save_code()

    def _ask_export_kind(self) -> str:
        """'csv', 'py' or '' (cancelled)."""
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Export"))
        box.setText(self.tr("What should be exported?"))
        csv_button = box.addButton(self.tr("Table as CSV…"), QMessageBox.ButtonRole.AcceptRole)
        py_button = box.addButton(self.tr("Pipeline as .py…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is csv_button:
            return "csv"
        if box.clickedButton() is py_button:
            return "py"
        return ""

    def has_unsaved_changes(self) -> bool:
        return self.pipeline is not None and (not self.undo_stack.isClean()
                                              or self._recovered_unsaved)

    # ================================================================== autosave / recovery
    def autosave_now(self) -> bool:
        """Write the working copy (CSV + the pipeline) off the GUI thread when there are changes."""
        if (self.pipeline is None or not self._autosave_pending
                or self._autosave_job is not None or not self.has_unsaved_changes()):
            return False
        table = self.pipeline.current
        meta = {
            "version": 1,
            "time": time.time(),
            "source": self.pipeline.source.__dict__ if self.pipeline.source else None,
            "source_stat": _stat(self.path),
            "save_path": str(self.save_path) if self.save_path else None,
            "steps": [s.to_dict() for s in self.pipeline.steps],
            "rows": int(table.frame().shape[0]),
            "columns": int(table.frame().shape[1]),
        }
        self._autosave_pending = False

        def finished() -> None:
            self._autosave_job = None
            if not self.has_unsaved_changes() and self._recovery is None:
                _remove_autosave()  # saved or undone while the copy was being written

        self._autosave_job = worker.start_job(
            write_autosave, table.frame(), meta,
            connect={"errored": lambda exc: log.warning("autosave failed: %s", exc),
                     "finished": finished})
        return True

    def is_autosaving(self) -> bool:
        return self._autosave_job is not None

    def _check_recovery(self) -> None:
        meta_path = autosave_dir() / "session.json"
        if not meta_path.exists():
            return
        try:
            self._recovery = json.loads(meta_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            self._recovery = None
            return
        if not (autosave_dir() / "working_copy.csv").exists():
            self._recovery = None
            return
        self._update_recovery_label()
        self.recovery_banner.show()

    def _update_recovery_label(self) -> None:
        if not self._recovery:
            return
        source = (self._recovery.get("source") or {}).get("path", "")
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(self._recovery.get("time", 0)))
        self.recovery_label.setText(
            self.tr("DiveLab was closed before the table %1 was saved (last autosave %2, %3 "
                    "steps). Restore it?")
            .replace("%1", Path(source).name or "?").replace("%2", when)
            .replace("%3", str(len(self._recovery.get("steps", [])))))

    def has_recovery(self) -> bool:
        return self._recovery is not None and self.recovery_banner.isVisibleTo(self)

    def restore_autosave(self) -> bool:
        """Reopen the original and replay the steps; if that fails, open the working copy."""
        meta = self._recovery
        if meta is None:
            return False
        if not self._after_pandas(self.restore_autosave):
            return True
        self.recovery_banner.hide()
        self._recovery = None
        save_path = Path(meta["save_path"]) if meta.get("save_path") else None
        source = meta.get("source")
        try:
            if not source or _stat(Path(source["path"])) != meta.get("source_stat"):
                raise pl.StepError("the original file changed")
            source = tb.TableSource(**source)
            frame = read_source(source)
            steps = [pl.step_from_dict(d) for d in meta.get("steps", [])]
            trial = pl.Pipeline(frame, source)
            for step in steps:
                trial.push(step)
        except (tb.TableError, pl.StepError, TypeError, KeyError, ValueError) as exc:
            log.info("replaying the autosaved pipeline failed (%s); using the working copy", exc)
            copy = autosave_dir() / f"recovered-{time.strftime('%Y%m%d-%H%M%S')}.csv"
            try:
                (autosave_dir() / "working_copy.csv").replace(copy)
                recovered_source = tb.sniff_table(copy)
                frame = read_source(recovered_source)
            except (OSError, tb.TableError) as err:
                self._error(self.tr("Could not restore the table:"), self._explain(err))
                return False
            self._loaded(frame, recovered_source, save_path)
            self._recovered_unsaved = True
        else:
            # Replayed as undoable steps, exactly as if the user had just done them again.
            self._loaded(frame, source, save_path)
            for step in steps:
                self.apply_step(step)
        self._update_file_label()
        self._show_message("info", self.tr("Restored the unsaved table. Save it to keep it."))
        self._autosave_pending = True
        return True

    def discard_autosave(self) -> None:
        self._recovery = None
        self.recovery_banner.hide()
        _remove_autosave()

    # ================================================================== lifecycle
    def shutdown(self) -> None:
        self._autosave_timer.stop()
        self._progress_timer.stop()
        self._load_cancel.set()
        # The window asked before closing: whatever was not saved is given up on purpose.
        _remove_autosave()

    def prepare_screenshot(self) -> None:
        """Show the course's example: house_tiny, split, mean fill, NaN as a category."""
        if self.pipeline is not None:
            return
        folder = tempfile.mkdtemp(prefix="divelab_example_")
        self.open_example_in(folder)
        if self.pipeline is None:
            return
        self.apply_step(pl.Split(("Price",)))
        self.apply_step(pl.FillMissing(("NumRooms",), "mean"))
        self.apply_step(pl.OneHot(("Alley",), True))
        try:
            self.tensor_view.setPlainText(tensor_text(self.pipeline.current))
        except pl.StepError:
            pass
        self.undo_stack.setClean()
        self._autosave_pending = False


# ====================================================================== worker jobs
def read_source(source: TableSource, progress=None):
    """engine.tabular.read_source (a module-level name so tests can watch the reading thread)."""
    return tb.read_source(source, progress)


def _load_job(source: TableSource, progress) -> tuple:
    return read_source(source, progress), source


def tensor_text(table: Table) -> str:
    """The course's tensor lines and their printout (runs torch; call it off the GUI thread)."""
    x, y = pl.to_tensors(table)
    lines = pl.tensor_code(table)[:2 if table.is_split else 1]
    out = [lines[0], f"X.shape = {x.shape}, X.dtype = {x.dtype}", f"X = {x}", ""]
    if y is not None:
        out += [lines[1], f"y.shape = {y.shape}, y.dtype = {y.dtype}", f"y = {y}"]
    return "\n".join(out)


def write_autosave(frame, meta: dict) -> None:
    folder = autosave_dir()
    tb.save_csv(frame, folder / "working_copy.csv")
    paths.atomic_write_text(folder / "session.json", json.dumps(meta, default=str))


def _remove_autosave() -> None:
    for name in ("session.json", "working_copy.csv"):
        try:
            (autosave_dir() / name).unlink(missing_ok=True)
        except OSError:
            log.warning("could not remove the autosave %s", name)


def _stat(path: Path | None) -> list | None:
    if path is None:
        return None
    try:
        info = path.stat()
    except OSError:
        return None
    return [info.st_size, int(info.st_mtime)]


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


def _is_bool(series) -> bool:
    import pandas as pd

    return pd.api.types.is_bool_dtype(series)

