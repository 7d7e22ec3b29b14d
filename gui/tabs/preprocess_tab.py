"""Lesson 04, 数据预处理: open a real table, clean it step by step, see every step as pandas code,
turn it into tensors and hand it to the training tab.

The tab is the view: it renders a :class:`gui.preprocess_document.TableDocument` (the pipeline,
undo/redo, the chosen target, the course's column rules) and forwards clicks to it. Files are
opened and saved by :class:`~gui.tabs.preprocess_files.TableFiles`, the working copy is kept by
:class:`~gui.tabs.preprocess_autosave.Autosaver`, tensors and the hand-off to Training are
:class:`~gui.tabs.preprocess_training.TensorsAndTraining`, and the widgets are laid out by
:func:`~gui.tabs.preprocess_layout.build_layout`.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from gui.context import LabContext
from gui.i18n import current_language, tr_format
from gui.preprocess_document import TableDocument, pl
from gui.tabs.base import LabTab
from gui.tabs.preprocess_autosave import Autosaver, autosave_dir, read_recovery
from gui.tabs.preprocess_files import TableFiles, dropped_path
from gui.tabs.preprocess_layout import build_layout
from gui.tabs.preprocess_operations import DTYPE_CHOICES
from gui.tabs.preprocess_training import TensorsAndTraining
from gui.tasks import TaskSlot
from gui.widgets.engine_messages import EngineMessages

if TYPE_CHECKING:
    from engine.pipeline import Pipeline, Step, Table

__all__ = ["ASYNC_CELLS", "DTYPE_CHOICES", "PreprocessTab", "autosave_dir"]

log = logging.getLogger(__name__)

#: Steps on tables with at least this many cells are computed on a worker thread.
ASYNC_CELLS = 2_000_000


def _preview_job(preview, step: Step) -> tuple:  # noqa: ANN001
    """A step computed on a worker, returned with the step so the result lands with it."""
    return step, preview(step)


class PreprocessTab(LabTab):
    """Open, clean, code, tensors, train."""

    OBJECT_NAME = "preprocessTab"

    def __init__(self, parent: QWidget | None = None,
                 context: LabContext | None = None) -> None:
        super().__init__(parent, context)
        self.setAcceptDrops(True)
        self.document = TableDocument()
        self.undo_stack = self.document.history
        self._recovery: dict | None = None
        self._messages = EngineMessages(self)
        self._build_ui()
        self.files = TableFiles(self, self.document)
        self.autosaver = Autosaver(self, self.document, self._wants_autosave_copy)
        self._step_slot = TaskSlot(self, done=self._step_landed, error=self._on_step_error,
                                   finished=self.update_enabled)
        self.hand_off = TensorsAndTraining(self, self.document)
        self._connect()
        self.document.subscribe(self._after_change)
        self.update_enabled()
        self.files.refresh_recent()
        self._refresh_pipeline_panel()
        self._check_recovery()

    # ================================================================== construction
    def _build_ui(self) -> None:
        build_layout(self)  # the widgets, as attributes of this tab

    def _connect(self) -> None:
        ops, files = self.operations, self.files
        clicks = {
            self.new_example_button: files.new_example, self.open_button: files.open_dialog,
            self.save_button: self.save, self.save_as_button: self.save_as,
            self.undo_button: self.undo, self.redo_button: self.redo,
            self.cancel_load_button: self.cancel_load,
            self.restore_button: self.restore_autosave,
            self.discard_recovery_button: self.discard_autosave,
            ops.split_button: self.split, ops.drop_rows_button: self.drop_rows,
            ops.drop_column_button: self.drop_most_missing, ops.fill_button: self.fill_missing,
            ops.one_hot_button: self.one_hot, ops.standardize_button: self.standardize,
            ops.min_max_button: self.min_max, ops.rename_button: self.rename,
            ops.add_column_button: self.add_column, ops.change_type_button: self.change_type,
            ops.add_row_button: self.add_row, ops.delete_rows_button: self.delete_rows,
            ops.delete_columns_button: self.delete_columns,
            ops.to_tensor_button: self.show_tensors,
            ops.use_for_training_button: self.use_for_training,
        }
        for widget, slot in clicks.items():
            widget.clicked.connect(lambda _=False, slot=slot: slot())
        self.model.cellEdited.connect(self._on_cell_edited)
        self.model.editRejected.connect(lambda text: self.show_message("error", text))
        self.target_combo.currentIndexChanged.connect(self._on_target_chosen)
        self.pipeline_panel.saveCodeRequested.connect(self.save_code)

        def shortcut(keys, slot) -> None:
            sc = QShortcut(QKeySequence(keys), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(slot)

        shortcut(QKeySequence.StandardKey.Undo, self.undo)
        shortcut("Ctrl+Y", self.redo)
        shortcut("Ctrl+Shift+Z", self.redo)
        shortcut(QKeySequence.StandardKey.Open, files.open_dialog)
        shortcut(QKeySequence.StandardKey.Save, self.save)
        shortcut("Ctrl+Shift+S", self.save_as)
        shortcut("Ctrl+T", self.show_tensors)

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
        self.table_view.retranslate_ui()
        self.empty_label.setText(self.tr("No table yet. Click “New example dataset…” for the "
                                         "course's house_tiny.csv, open a file, or drop a CSV or "
                                         "Excel file here."))
        self.bottom_tabs.setTabText(0, self.tr("Pipeline and code"))
        self.bottom_tabs.setTabText(1, self.tr("Tensors"))
        self.tensor_view.setAccessibleName(self.tr("Tensors X and y"))
        self.pipeline_panel.retranslate_ui()
        self.operations.retranslate_ui()
        self.files.refresh_recent()
        self._update_file_label()
        self._update_recovery_label()
        self._refresh_pipeline_panel()  # the code's comments follow the language

    # ================================================================== messages
    def show_message(self, kind: str, text: str) -> None:
        """``kind`` is error/warning/info; ``text`` is already translated."""
        self.message_label.show_message(kind, text)

    def show_error(self, headline: str, detail: str) -> None:
        self.show_message("error", f"{headline} {detail}")

    def explain(self, exc: Exception) -> str:
        """An engine error in the user's language."""
        return self._messages.text(exc)

    def message(self) -> str:
        """The message line as the user sees it (empty when there is none)."""
        return self.message_label.message()

    # ================================================================== the document
    @property
    def pipeline(self) -> Pipeline | None:
        return self.document.pipeline

    @property
    def path(self) -> Path | None:
        return self.document.path

    @property
    def save_path(self) -> Path | None:
        return self.document.save_path

    def current_table(self) -> Table | None:
        return self.document.current

    def frame(self):
        """The table as shown (inputs then outputs after the split)."""
        return self.document.frame()

    def has_unsaved_changes(self) -> bool:
        return self.document.has_unsaved_changes()

    def _after_change(self, initial: bool) -> None:
        table = self.document.current
        self.model.set_frame(table.frame(), table.targets)
        if initial:
            self._step_slot.cancel()
            self.table_view.reset_view()
        self._fill_target_combo(table)
        self._refresh_pipeline_panel()
        self.update_enabled()
        self._update_file_label()
        if not initial:
            self.autosaver.pending = True
            self.message_label.clear_message()
        if not self.document.has_unsaved_changes() and self._recovery is None:
            self.autosaver.discard()  # back at the saved state: nothing left to recover

    def _refresh_pipeline_panel(self) -> None:
        document = self.document
        self.pipeline_panel.set_pipeline(document.pipeline.steps if document.is_open else [],
                                         document.code(lang=current_language()))

    def _fill_target_combo(self, table: Table) -> None:
        combo = self.target_combo
        combo.blockSignals(True)
        combo.clear()
        for column in table.frame().columns:
            combo.addItem(str(column), column)
        wanted = self.document.target()
        combo.setCurrentIndex(max(combo.findData(wanted), 0) if wanted is not None else -1)
        combo.setEnabled(not table.is_split)
        combo.blockSignals(False)

    def _on_target_chosen(self) -> None:
        self.document.choose_target(self.target_combo.currentData())
        self._refresh_pipeline_panel()  # the tensors at its end keep the target out of X

    def is_busy(self) -> bool:
        """True while a file loads or a step on a big table computes on the worker."""
        return self.files.is_loading() or self._step_slot.is_running()

    def update_enabled(self) -> None:
        has = self.document.is_open
        busy = self.is_busy()
        self.table_view.setVisible(has)
        self.empty_label.setVisible(not has)
        self.operations.set_state(has, busy, self.document.can_split())
        for widget in (self.save_as_button, self.save_button):
            widget.setEnabled(has and not busy and not self.files.is_saving())
        recent = bool(self.files.recent_files())
        for widget in (self.open_button, self.new_example_button, self.recent_button):
            widget.setEnabled(not busy and (widget is not self.recent_button or recent))
        self.undo_button.setEnabled(self.undo_stack.can_undo() and not busy)
        self.redo_button.setEnabled(self.undo_stack.can_redo() and not busy)

    def _update_file_label(self) -> None:
        document = self.document
        if not document.is_open or document.path is None:
            self.file_label.setText(self.tr("No table open"))
            return
        text = document.path.name
        if document.has_unsaved_changes():
            text = "● " + text + "  " + self.tr("(changed, not saved)")
        if document.save_path is not None:
            text += "  → " + document.save_path.name
        self.file_label.setText(text)
        self.file_label.setToolTip(str(document.path))

    def saved(self) -> None:
        """TableFiles wrote the table: the label loses its mark, the working copy goes."""
        if not self.document.has_unsaved_changes():
            self.autosaver.discard()
        self._update_file_label()
        self.update_enabled()

    # ================================================================== files
    def open_file(self, path: str | Path) -> bool:
        return self.files.open_file(path)

    def open_example_in(self, folder: str | Path) -> None:
        self.files.open_example_in(folder)

    def new_example(self) -> None:
        self.files.new_example()

    def open_dialog(self) -> None:
        self.files.open_dialog()

    def cancel_load(self) -> None:
        self.files.cancel_load()

    def is_loading(self) -> bool:
        return self.files.is_loading()

    def recent_files(self) -> list[str]:
        return self.files.recent_files()

    def save(self) -> bool:
        return self.files.save()

    def save_as(self) -> bool:
        return self.files.save_as()

    def save_to(self, path: Path) -> bool:
        return self.files.save_to(path)

    def is_saving(self) -> bool:
        return self.files.is_saving()

    def save_code(self) -> bool:
        return self.files.save_code()

    def export(self) -> None:
        self.files.export()

    def _loaded(self, frame, source, save_path: Path | None = None) -> None:
        """Show a table that was read elsewhere (the table benchmark reads it itself)."""
        self.files.loaded(frame, source, save_path)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if dropped_path(event.mimeData()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        if dropped_path(event.mimeData()) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        path = dropped_path(event.mimeData())
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.files.open_file(path)

    # ================================================================== autosave / recovery
    def autosave_now(self) -> bool:
        return self.autosaver.write_now()

    def is_autosaving(self) -> bool:
        return self.autosaver.is_writing()

    def _wants_autosave_copy(self) -> bool:
        return self.document.has_unsaved_changes() or self._recovery is not None

    def _check_recovery(self) -> None:
        self._recovery = read_recovery()
        if self._recovery is not None:
            self._update_recovery_label()
            self.recovery_banner.show()

    def _update_recovery_label(self) -> None:
        if not self._recovery:
            return
        source = (self._recovery.get("source") or {}).get("path", "")
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(self._recovery.get("time", 0)))
        self.recovery_label.setText(tr_format(
            self.tr("DiveLab was closed before the table %1 was saved (last autosave %2, %3 "
                    "steps). Restore it?"),
            Path(source).name or "?", when, len(self._recovery.get("steps", []))))

    def has_recovery(self) -> bool:
        return self._recovery is not None and self.recovery_banner.isVisibleTo(self)

    def restore_autosave(self) -> bool:
        """Reopen the original and replay the steps; if that fails, open the working copy."""
        meta = self._recovery
        if meta is None:
            return False
        if not self.files.after_pandas(self.restore_autosave):
            return True
        self.recovery_banner.hide()
        self._recovery = None
        if not self.files.restore(meta):
            return False
        self._update_file_label()
        self.show_message("info", self.tr("Restored the unsaved table. Save it to keep it."))
        self.autosaver.pending = True
        return True

    def discard_autosave(self) -> None:
        self._recovery = None
        self.recovery_banner.hide()
        self.autosaver.discard()

    # ================================================================== column choice
    def selected_columns(self) -> list:
        return self.table_view.selected_columns() if self.document.is_open else []

    def selected_whole_columns(self) -> list:
        return self.table_view.selected_whole_columns()

    def selected_row_labels(self) -> list:
        return self.table_view.selected_row_labels()

    def select_columns(self, columns: list) -> None:
        self.table_view.select_columns(columns)

    def select_rows(self, rows: list[int]) -> None:
        self.table_view.select_rows(rows)

    # ================================================================== operations
    def undo(self) -> None:
        if not self.is_busy():
            self.undo_stack.undo()

    def redo(self) -> None:
        if not self.is_busy():
            self.undo_stack.redo()

    def apply_step(self, step: Step) -> bool:
        """Apply ``step`` (undoably). A step that does not fit shows why and changes nothing.

        On a big table the step is computed on a worker (the frame is never modified in
        place, so reading it there is safe) and lands in the history when it is done.
        """
        if not self.document.is_open or self.is_busy():
            return False
        rows, columns = self.document.frame().shape
        if rows * max(columns, 1) >= ASYNC_CELLS:
            self.show_message("info", tr_format(self.tr("Working on %1 rows…"), f"{rows:,}"))
            self._step_slot.start(_preview_job, self.document.pipeline.preview, step)
            self.update_enabled()
            return True
        try:
            result = self.document.preview(step)
        except (pl.StepError, MemoryError) as exc:
            self._on_step_error(exc)
            return False
        self.document.apply(step, result)
        return True

    def _step_landed(self, landed: tuple) -> None:
        step, result = landed
        self.document.apply(step, result)

    def _on_step_error(self, exc: BaseException) -> None:
        if isinstance(exc, MemoryError):
            self.show_error(self.tr("Cannot do that:"), self.tr("not enough memory."))
        elif isinstance(exc, pl.StepError):
            self.show_error(self.tr("Cannot do that:"), self.explain(exc))
        else:
            log.error("step failed", exc_info=exc)
            self.show_error(self.tr("Cannot do that:"), str(exc))

    def split(self) -> bool:
        """Targets: whole columns selected in the table (several are allowed), else the combo."""
        targets = self.document.split_targets(self.selected_whole_columns())
        return bool(targets) and self.apply_step(pl.Split(tuple(targets)))

    def drop_rows(self) -> bool:
        return self.apply_step(pl.DropMissingRows(self.drop_how_combo.currentData() or "any"))

    def drop_most_missing(self) -> bool:
        return self.apply_step(pl.DropMostMissingColumn())

    def fill_missing(self) -> bool:
        if not self.document.is_open:
            return False
        chosen = self.document.fill_columns(self.selected_columns())
        if not chosen:
            self.show_message("info", self.tr("No number column among the inputs has missing "
                                              "values: nothing to fill."))
            return False
        method = self.operations.fill_method()
        if method not in pl.FILL_METHODS:
            method = "mean"
        return self.apply_step(pl.FillMissing(tuple(chosen), method,
                                              float(self.fill_value_spin.value())))

    def one_hot(self) -> bool:
        if not self.document.is_open:
            return False
        chosen = self.document.one_hot_columns(self.selected_columns())
        if not chosen:
            self.show_message("info", self.tr("There is no text (category) column among the "
                                              "inputs. Select a column to encode."))
            return False
        return self.apply_step(pl.OneHot(tuple(chosen), self.dummy_na_check.isChecked()))

    def standardize(self) -> bool:
        if not self.document.is_open:
            return False
        columns = self.document.scalable_columns(self.selected_columns())
        return self.apply_step(pl.Standardize(tuple(columns)))

    def min_max(self) -> bool:
        if not self.document.is_open:
            return False
        columns = self.document.scalable_columns(self.selected_columns())
        return self.apply_step(pl.MinMaxScale(tuple(columns)))

    def _one_column(self) -> Any | None:
        chosen = self.selected_columns()
        if chosen:
            return chosen[0]
        column = self.table_view.current_column()
        if column is None:
            self.show_message("error", self.tr("Select a column first (click a cell or its "
                                               "header)."))
        return column

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
            self.show_message("error", self.tr("Type the new name first."))
            return False
        if self.apply_step(pl.Rename(column, new_name)):
            self.name_edit.clear()
            return True
        return False

    def add_column(self) -> bool:
        if not self.document.is_open:
            return False
        name = self.document.new_column_name(self.name_edit.text().strip())
        if self.apply_step(pl.AddColumn(name)):
            self.name_edit.clear()
            return True
        return False

    def add_row(self) -> bool:
        if not self.document.is_open:
            return False
        ok = self.apply_step(pl.AddRow(self.document.new_row_label()))
        if ok:
            self.table_view.sort_view(-1)  # the new row shows last, where it is in the file
            self.table_view.scrollToBottom()
        return ok

    def delete_rows(self) -> bool:
        labels = self.selected_row_labels()
        if not labels:
            self.show_message("error", self.tr("Select the rows to delete first."))
            return False
        return self.apply_step(pl.DeleteRows(tuple(labels)))

    def delete_columns(self) -> bool:
        columns = self.selected_columns()
        if not columns:
            self.show_message("error", self.tr("Select the columns to delete first."))
            return False
        return self.apply_step(pl.DeleteColumns(tuple(columns)))

    def _on_cell_edited(self, label: Any, column: Any, value: Any) -> None:
        self.apply_step(pl.EditCell(label, column, value))

    # ================================================================== tensors and training
    def show_tensors(self) -> None:
        self.hand_off.show_tensors()

    def use_for_training(self) -> bool:
        return self.hand_off.use_for_training()

    # ================================================================== lifecycle
    def shutdown(self) -> None:
        self.autosaver.stop()
        self.files.cancel_load()
        self._step_slot.cancel()
        self.hand_off.cancel()
        # The window asked before closing: whatever was not saved is given up on purpose.
        self.autosaver.discard()
