"""The notebook tab's files: open, new, save, save as, recent notebooks, unsaved-changes prompts.

Every failure the student can cause (a missing file, not JSON, not a notebook, a folder that
cannot be written) becomes a message in the tab, in the UI language; the open notebook is
left as it was.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox

from engine.paths import documents_dir, resource_path
from gui.i18n import tr_format
from gui.settings import RecentFiles, Setting

if TYPE_CHECKING:
    from engine.notebook import NotebookError
    from gui.tabs.notebook_tab import NotebookTab

log = logging.getLogger(__name__)

RECENT = RecentFiles("notebook/recent", limit=8)
LAST_FOLDER = Setting("notebook/lastFolder", "")


class NotebookFiles(QObject):
    """File operations of one NotebookTab (which owns the document and the view)."""

    def __init__(self, tab: NotebookTab) -> None:
        super().__init__(tab)
        self.tab = tab

    # ------------------------------------------------------------------ open / new
    def open_path(self, path: str | Path) -> bool:
        """Open ``path``; a bad file shows a message and changes nothing."""
        from engine.notebook import NotebookDocument, NotebookError

        path = Path(path).expanduser()
        if not path.is_absolute():
            path = path.absolute()
        if not self.may_replace():
            return False
        try:
            doc = NotebookDocument.load(path)
        except NotebookError as exc:
            self.show_error(exc)
            return False
        self.tab.drop_autosave()
        self.tab.set_document(doc)
        self.tab.message.dismiss()
        self._remember(path)
        return True

    def open_dialog(self) -> bool:
        path, _filter = QFileDialog.getOpenFileName(
            self.tab, self.tr("Open notebook"), self._start_folder(),
            self.tr("Jupyter notebooks (*.ipynb);;All files (*)"))
        return self.open_path(path) if path else False

    def new_notebook(self) -> bool:
        """An untitled notebook with one empty code cell (runs in the lab folder)."""
        from engine.notebook import NotebookDocument

        if not self.may_replace():
            return False
        self.tab.drop_autosave()
        self.tab.set_document(NotebookDocument.new())
        self.tab.message.dismiss()
        self.tab.view.select(0, edit=True)
        return True

    # ------------------------------------------------------------------ save
    def save(self) -> bool:
        tab = self.tab
        if tab.doc is None:
            return False
        if tab.doc.path is None:
            return self.save_as()
        return self._write(tab.doc.path)

    def save_as(self, path: str | Path | None = None) -> bool:
        """Write to a new file (asked for when ``path`` is None); later saves go there too."""
        tab = self.tab
        if tab.doc is None:
            return False
        if path is None:
            if tab.doc.path is not None:
                suggested = tab.doc.path
            else:
                suggested = lab_notebooks() / tab.name
            chosen, _filter = QFileDialog.getSaveFileName(
                tab, self.tr("Save notebook as"), str(suggested),
                self.tr("Jupyter notebooks (*.ipynb)"))
            if not chosen:
                return False
            path = chosen
        path = Path(path).expanduser().absolute()
        if path.suffix.lower() != ".ipynb":
            path = path.with_name(path.name + ".ipynb")
        return self._write(path)

    def _write(self, path: Path) -> bool:
        from engine.notebook import NotebookError

        tab = self.tab
        for index in range(len(tab.view.cells)):
            tab.sync_source(index)
        try:
            tab.doc.save(path)
        except NotebookError as exc:
            self.show_error(exc)
            return False
        tab.name = path.name
        tab.drop_autosave()
        tab.message.dismiss()
        self._remember(path)
        tab.refresh()
        return True

    # ------------------------------------------------------------------ unsaved changes
    def may_replace(self) -> bool:
        """Before the open notebook goes away: True when it is saved, discarded or clean."""
        return self.confirm_close()

    def confirm_close(self) -> bool:
        """Save / Discard / Cancel for unsaved changes; False means keep everything as is."""
        tab = self.tab
        if not tab.has_unsaved_changes():
            return True
        answer = self.ask_save_changes()
        if answer == "save":
            return self.save()
        if answer == "discard":
            tab.drop_autosave()
            tab.doc.dirty = False
            tab.refresh()
            return True
        return False

    def ask_save_changes(self) -> str:
        """"save", "discard" or "cancel" (tests replace this method)."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Unsaved notebook"),
                          tr_format(self.tr("%1 has unsaved changes. Save them?"),
                                    self.tab.name),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, self.tab)
        box.setObjectName("unsavedNotebookBox")
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        return {QMessageBox.StandardButton.Save: "save",
                QMessageBox.StandardButton.Discard: "discard"}.get(
            QMessageBox.StandardButton(answer), "cancel")

    # ------------------------------------------------------------------ tour / autosave
    def open_tour(self) -> bool:
        """The bundled welcome notebook, as an untitled copy (it runs in the lab folder)."""
        from engine.notebook import NotebookDocument, NotebookError

        if not self.may_replace():
            return False
        try:
            doc = NotebookDocument.load(resource_path("notebooks", "welcome.ipynb"))
        except NotebookError as exc:
            self.show_error(exc)
            return False
        doc.path = None
        self.drop_autosave()
        self.tab.set_document(doc, "welcome.ipynb")
        self.tab.message.dismiss()
        return True

    def drop_autosave(self) -> None:
        self.tab.autosave_timer.stop()
        if self.tab.autosave_enabled:
            self.tab.autosave.clear()

    def autosave_now(self) -> None:
        tab = self.tab
        if tab.doc is None or not tab.doc.dirty or not tab.autosave_enabled:
            return
        try:
            tab.autosave.write(tab.doc, tab.name)
        except Exception:  # an autosave that fails must never disturb the student
            log.warning("autosave failed", exc_info=True)

    def restore_autosave(self) -> bool:
        """Reopen the notebook left with unsaved changes, those changes restored."""
        restored = self.tab.autosave.read()
        if restored is None:
            return False
        self.tab.set_document(restored.doc, restored.name)
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(restored.saved_at))
        self.tab.message.show_message(
            tr_format(self.tr("Restored the unsaved changes to %1 from %2. Save to keep them."),
                      restored.name, when), "info",
            actions=[("discardRestoredButton", self.tr("Discard them"),
                      self.discard_restored)])
        return True

    def discard_restored(self) -> None:
        """Throw the restored changes away: back to the file as saved, or to the start page."""
        tab = self.tab
        tab.autosave.clear()
        path = tab.doc.path if tab.doc is not None else None
        if tab.doc is not None:
            tab.doc.dirty = False
        if path is not None and path.is_file():
            self.open_path(path)
        else:
            tab.close_notebook()

    # ------------------------------------------------------------------ messages
    def show_error(self, exc: NotebookError) -> None:
        """NotebookError's message in the UI language, by its key; the English text as detail."""
        headlines = {
            "not_found": self.tr("The notebook could not be opened: the file does not exist "
                                 "or cannot be read."),
            "not_json": self.tr("This file is not a notebook: it is not valid JSON text."),
            "not_notebook": self.tr("This file is not a Jupyter notebook."),
            "bad_version": self.tr("This notebook uses a format version DiveLab cannot read "
                                   "(formats 3 and 4 are supported)."),
            "write_failed": self.tr("The notebook could not be saved; the file on disk is "
                                    "unchanged."),
        }
        headline = headlines.get(exc.key, self.tr("The notebook could not be used."))
        detail = str(exc)
        text = f"{headline}\n{detail}"
        self.tab.message.show_message(text, "error", details=detail)

    # ------------------------------------------------------------------ recent / folders
    def recent_paths(self) -> list[str]:
        return RECENT.paths(existing_only=True)

    def _remember(self, path: Path) -> None:
        if not self.tab.record_recent:
            return
        RECENT.remember(str(path))
        LAST_FOLDER.set(str(path.parent))
        self.tab.start_page.set_recent(self.recent_paths())

    def _start_folder(self) -> str:
        folder = LAST_FOLDER.get()
        if folder and Path(folder).is_dir():
            return folder
        return str(documents_dir())


def lab_notebooks() -> Path:
    """The student's lab folder for notebooks (made on first use)."""
    try:
        from engine.course_env import ensure_lab
        from gui.settings import lab_folder

        return ensure_lab(lab_folder())
    except Exception:  # noqa: BLE001 - any trouble: fall back to the documents folder
        log.warning("no lab folder", exc_info=True)
        return documents_dir()
