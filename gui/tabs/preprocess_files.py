"""Opening and saving tables for the Preprocessing tab: file dialogs, reading big files and
writing CSVs in the background, recent files, drag and drop, the example dataset.

One :class:`gui.tasks.TaskSlot` per kind of job (load, save): starting a load cancels the
previous one, and only the latest one's result reaches the document.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox

from engine import paths
from gui import worker
from gui.i18n import current_language, tr_format
from gui.preprocess_document import TableDocument, tb
from gui.settings import RecentFiles
from gui.tabs.preprocess_autosave import autosave_dir
from gui.tasks import TaskSlot, TaskState

if TYPE_CHECKING:
    import pandas as pd

    from engine.tabular import TableSource
    from gui.tabs.preprocess_tab import PreprocessTab

log = logging.getLogger(__name__)

#: Files larger than this are read on a worker thread with a progress bar.
ASYNC_BYTES = 2_000_000
RECENT = RecentFiles("preprocess/recentFiles", limit=8)


def read_source(source: TableSource, progress=None) -> pd.DataFrame:
    """engine.tabular.read_source (a module-level name so tests can watch the reading thread)."""
    return tb.read_source(source, progress)


def _load_job(state: TaskState, source: TableSource) -> tuple:
    def progress(fraction: float) -> None:
        state.check()  # Cancelled ends the read quietly
        state.set_progress(fraction)

    return read_source(source, progress), source


def same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


def dropped_path(mime) -> str | None:
    """The first local file of a drag, or None."""
    if mime is None or not mime.hasUrls():
        return None
    for url in mime.urls():
        if url.isLocalFile():
            return url.toLocalFile()
    return None


class TableFiles(QObject):
    """File operations of one :class:`PreprocessTab` on its :class:`TableDocument`."""

    def __init__(self, view: PreprocessTab, document: TableDocument) -> None:
        super().__init__(view)
        self._view, self._document = view, document
        self._waiting_for_pandas = None
        self._load_slot = TaskSlot(self, done=self._on_loaded, error=self._on_load_error,
                                   progress=self._on_load_progress,
                                   finished=self._on_load_finished)
        self._save_slot = TaskSlot(self, done=self._on_saved, error=self._on_save_failed,
                                   finished=self._on_save_finished)
        self._saving: tuple[Path, int] | None = None  # where to, and after how many steps

    # ================================================================== pandas first
    def after_pandas(self, then) -> bool:  # noqa: ANN001
        """True when pandas is in; else run ``then`` once it has loaded on a worker.

        The first table of a session would otherwise import pandas (about a second) on the GUI
        thread. Meanwhile the tab counts as loading; a later request replaces a waiting one.
        """
        if worker.is_imported("engine.tabular") and worker.is_imported("engine.pipeline"):
            return True
        waiting = self._waiting_for_pandas is not None
        self._waiting_for_pandas = then
        if not waiting:
            self._view.show_message("info", self.tr("Getting pandas ready for the first table…"))
            worker.when_imported(["engine.tabular", "engine.pipeline"], self._pandas_ready)
            self._view.update_enabled()
        return False

    def _pandas_ready(self) -> None:
        then, self._waiting_for_pandas = self._waiting_for_pandas, None
        self._view.update_enabled()
        if then is not None:
            then()

    # ================================================================== opening
    def new_example(self) -> None:
        """Write the course's house_tiny.csv into a folder the user picks, then open it."""
        folder = QFileDialog.getExistingDirectory(
            self._view, self.tr("Where should house_tiny.csv go?"), str(paths.documents_dir()))
        if folder:
            self.open_example_in(folder)

    def open_example_in(self, folder: str | Path) -> None:
        if not self.after_pandas(lambda: self.open_example_in(folder)):
            return
        try:
            path = tb.write_house_tiny(folder)
        except OSError as exc:
            self._view.show_error(self.tr("Cannot write the example:"),
                                  str(exc.strerror or exc))
            return
        self.open_file(path)

    def open_dialog(self) -> None:
        path = self._document.path
        start = str(path.parent) if path else str(paths.documents_dir())
        chosen, _ = QFileDialog.getOpenFileName(
            self._view, self.tr("Open a table"), start,
            self.tr("Tables (*.csv *.tsv *.txt *.xlsx);;All files (*)"))
        if chosen:
            self.open_file(chosen)

    def _confirm_discard(self) -> bool:
        if not self._document.has_unsaved_changes():
            return True
        answer = QMessageBox.question(
            self._view, self.tr("Unsaved changes"),
            self.tr("The current table has changes that are not saved. Open another table and "
                    "lose them?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def open_file(self, path: str | Path) -> bool:
        """Open ``path``; small files at once, large ones on a worker. False if refused."""
        if self._load_slot.is_running():
            self._view.show_message("info", self.tr("Still opening the previous file…"))
            return False
        if not self.after_pandas(lambda: self.open_file(path)):
            return True
        if not self._confirm_discard():
            return False
        path = Path(path)
        try:
            source = tb.sniff_table(path)
        except tb.TableError as exc:
            self._cannot_open(self._view.explain(exc))
            return False
        except Exception as exc:  # noqa: BLE001 - read_table's promise covers sniffing too
            log.exception("sniffing %s failed", path)
            self._cannot_open(str(exc))
            return False
        try:
            size = path.stat().st_size
        except OSError:
            size = 0
        if size > ASYNC_BYTES:
            self._start_async_load(source)
            return True
        try:
            frame = read_source(source)
        except tb.TableError as exc:
            self._cannot_open(self._view.explain(exc))
            return False
        self.loaded(frame, source)
        return True

    def _cannot_open(self, detail: str) -> None:
        self._view.show_error(self.tr("Cannot open this file:"), detail)

    def _start_async_load(self, source: TableSource) -> None:
        view = self._view
        view.load_progress.setValue(0)
        view.load_progress.show()
        view.cancel_load_button.show()
        view.show_message("info", tr_format(self.tr("Opening %1…"), Path(source.path).name))
        self._load_slot.start(_load_job, source, pass_state=True)
        view.update_enabled()

    def _on_load_progress(self, fraction: float, _text: str) -> None:
        self._view.load_progress.setValue(int(fraction * 1000))

    def _on_loaded(self, result: tuple) -> None:
        frame, source = result
        self.loaded(frame, source)

    def _on_load_error(self, exc: BaseException) -> None:
        if isinstance(exc, tb.TableError):
            self._cannot_open(self._view.explain(exc))
        else:
            log.error("loading failed", exc_info=exc)
            self._cannot_open(str(exc))

    def _on_load_finished(self) -> None:
        self._view.load_progress.hide()
        self._view.cancel_load_button.hide()
        self._view.update_enabled()

    def cancel_load(self) -> None:
        """Stop reading; the table shown stays as it was."""
        if not self._load_slot.is_running():
            return
        self._load_slot.cancel()
        self._on_load_finished()
        self._view.show_message("info", self.tr("Opening cancelled; nothing changed."))

    def is_loading(self) -> bool:
        return self._load_slot.is_running() or self._waiting_for_pandas is not None

    def loaded(self, frame: pd.DataFrame, source: TableSource,
               save_path: Path | None = None) -> None:
        """Show a table just read: a fresh pipeline, nothing to undo, nothing unsaved."""
        self._document.load(frame, source, save_path)
        path = self._document.path
        self.remember_recent(path)
        rows, cols = frame.shape
        text = tr_format(self.tr("Opened %1: %2 rows × %3 columns."), path.name, f"{rows:,}",
                         cols)
        skipped = self.skipped_text(source)
        self._view.show_message("info", f"{text} {skipped}" if skipped else text)

    def skipped_text(self, source: TableSource) -> str:
        """What of the file is not in the table (a title above the header, comment lines)."""
        parts = []
        if getattr(source, "skiprows", 0):
            parts.append(tr_format(self.tr("Skipped %1 line(s) above the header (“%2”)."),
                                   source.skiprows, source.title))
        if getattr(source, "comment", ""):
            parts.append(self.tr("Skipped the comment lines that start with #."))
        return " ".join(parts)

    # ================================================================== saving
    def save(self) -> bool:
        document = self._document
        if not document.is_open:
            return False
        if document.save_path is None:
            return self.save_as()
        return self.save_to(document.save_path)

    def save_as(self) -> bool:
        document = self._document
        if not document.is_open:
            return False
        if document.save_path is not None:
            suggestion = document.save_path
        elif document.path is not None and document.path.parent != autosave_dir():
            suggestion = document.path.with_name(document.path.stem + "_clean.csv")
        else:
            suggestion = paths.documents_dir() / "table_clean.csv"
        path, _ = QFileDialog.getSaveFileName(self._view, self.tr("Save the table as CSV"),
                                              str(suggestion), self.tr("CSV files (*.csv)"))
        if not path:
            return False
        if not path.lower().endswith(".csv"):
            path += ".csv"
        return self.save_to(Path(path))

    def save_to(self, path: Path) -> bool:
        """Write the table atomically on a worker; it counts as saved when the file is there."""
        document = self._document
        if not document.is_open or self._save_slot.is_running():
            return False
        self._saving = (path, document.history.index())
        self._view.show_message("info", tr_format(self.tr("Saving %1…"), path.name))
        self._save_slot.start(tb.save_csv, document.pipeline.current.frame(), path)
        self._view.update_enabled()
        return True

    def _on_saved(self, _result: Any) -> None:
        path, steps = self._saving
        document = self._document
        if document.path is not None and same_file(path, document.path):
            # Saved over the opened file: it is the pipeline's new starting point.
            document.save_path = path
            document.recovered_unsaved = False
            document.rebase_on_saved(path)
        else:
            document.mark_saved(path, steps)
        self.remember_recent(path)
        self._view.saved()
        self._view.show_message("info", tr_format(self.tr("Saved %1."), path))

    def _on_save_failed(self, exc: BaseException) -> None:
        self._view.show_error(self.tr("Could not save:"),
                              str(getattr(exc, "strerror", None) or exc))

    def _on_save_finished(self) -> None:
        self._view.update_enabled()

    def is_saving(self) -> bool:
        return self._save_slot.is_running()

    def save_code(self) -> bool:
        document = self._document
        if not document.is_open:
            return False
        start = (document.path.with_suffix(".py")
                 if document.path and document.path.parent != autosave_dir()
                 else paths.documents_dir() / "preprocess.py")
        path, _ = QFileDialog.getSaveFileName(self._view, self.tr("Save the pipeline as Python"),
                                              str(start), self.tr("Python files (*.py)"))
        if not path:
            return False
        if not path.lower().endswith(".py"):
            path += ".py"
        try:
            paths.atomic_write_text(path, document.code(lang=current_language()))
        except OSError as exc:
            self._view.show_error(self.tr("Could not save:"), str(exc.strerror or exc))
            return False
        self._view.show_message("info", tr_format(self.tr("Saved %1."), path))
        return True

    def export(self) -> None:
        """File ▸ Export: the table as CSV or the pipeline as a Python script."""
        if not self._document.is_open:
            self._view.show_message("error", self.tr("Open a table first."))
            return
        choice = self._ask_export_kind()
        if choice == "csv":
            self.save_as()
        elif choice == "py":
            self.save_code()

    def _ask_export_kind(self) -> str:
        """'csv', 'py' or '' (cancelled)."""
        box = QMessageBox(self._view)
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

    # ================================================================== recent files
    def recent_files(self) -> list[str]:
        return RECENT.paths()

    def remember_recent(self, path: Path) -> None:
        if path.parent == autosave_dir():
            return
        RECENT.remember(str(path))
        self.refresh_recent()

    def refresh_recent(self) -> None:
        menu = self._view.recent_menu
        menu.clear()
        files = self.recent_files()
        for i, file in enumerate(files):
            action = menu.addAction(Path(file).name)
            action.setObjectName(f"recentFile_{i}")
            action.setToolTip(file)
            action.triggered.connect(lambda _=False, f=file: self.open_file(f))
        if files:
            menu.addSeparator()
            clear = menu.addAction(self.tr("Clear the list"))
            clear.setObjectName("clearRecentAction")
            clear.triggered.connect(self._clear_recent)
        self._view.recent_button.setEnabled(bool(files))

    def _clear_recent(self) -> None:
        RECENT.clear()
        self.refresh_recent()

    # ================================================================== recovery
    def restore(self, meta: dict) -> bool:
        """Open what an autosave holds (see :func:`preprocess_autosave.recover`)."""
        from gui.tabs.preprocess_autosave import recover

        try:
            recovered = recover(meta, read_source)
        except tb.TableError as exc:
            self._view.show_error(self.tr("Could not restore the table:"),
                                  self._view.explain(exc))
            return False
        self.loaded(recovered.frame, recovered.source, recovered.save_path)
        if recovered.from_working_copy:
            self._document.recovered_unsaved = True
        for step in recovered.steps:  # replayed as undoable steps, as if just done again
            self._document.apply(step, self._document.preview(step))
        return True

