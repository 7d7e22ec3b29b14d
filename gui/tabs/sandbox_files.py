"""The sandbox editor's files: autosave, Save / Save As / Open / Export, and the question
asked before a preset replaces a student's edited code. A student's code is never lost.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from engine.paths import atomic_write_text, documents_dir
from gui.i18n import tr_format
from gui.tabs.sandbox_document import (
    AutosaveWriter,
    SandboxDocument,
    autosave_path,
    load_autosave,
)
from gui.tasks import TaskSlot
from gui.widgets.code_editor import CodeEditor

log = logging.getLogger(__name__)

#: Seconds of quiet typing before the code is written to the autosave file.
AUTOSAVE_DELAY_MS = 800
#: Larger "code" files are refused: they are not something to edit in a cell.
MAX_OPEN_BYTES = 2 << 20

REPLACE, KEEP_BESIDE, CANCEL = "replace", "beside", "cancel"


class SandboxFiles(QObject):
    """Keeps ``document`` in step with ``editor`` and writes it out.

    ``changed`` fires when the document's identity changes (preset, file, "My code"), so the
    tab can update its labels and the "My code" entry; ``notice(text)`` reports a saved file.
    """

    changed = Signal()
    notice = Signal(str)

    def __init__(self, editor: CodeEditor, dialog_parent: QWidget,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.dialog_parent = dialog_parent
        self.document = SandboxDocument()
        self.autosave_path = autosave_path()
        self.autosave_enabled = True
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_DELAY_MS)
        self._timer.timeout.connect(self._autosave_in_background)
        editor.textChanged.connect(self._timer.start)
        self._writer = AutosaveWriter()
        self._background_write = TaskSlot(self)

    # ------------------------------------------------------------------ state
    def sync(self) -> SandboxDocument:
        """The document with the editor's current text."""
        self.document.text = self.editor.toPlainText()
        return self.document

    def needs_question(self) -> bool:
        """True when replacing the editor's text would lose code that exists nowhere else."""
        return self.sync().unprotected

    def restore(self) -> bool:
        """Put the autosaved code back in the editor; False when there is none."""
        saved = load_autosave(self.autosave_path)
        if saved is None:
            return False
        self.document = saved
        self._set_text(saved.text, undoable=False)
        self.changed.emit()
        return True

    def _set_text(self, text: str, undoable: bool = True) -> None:
        """Replace the editor's text as one undo step (Ctrl+Z brings the old code back)."""
        if undoable:
            cursor = self.editor.textCursor()
            cursor.beginEditBlock()
            cursor.select(QTextCursor.SelectionType.Document)
            cursor.insertText(text)
            cursor.endEditBlock()
        else:
            self.editor.setPlainText(text)
        cursor = self.editor.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.Start)
        self.editor.setTextCursor(cursor)
        self.editor.mark_error_line(None)

    def load_preset(self, key: str, code: str) -> None:
        self._set_text(code)
        self.document.load_preset(key, code)
        self.changed.emit()

    def open_kept(self, index: int) -> bool:
        """Bring back entry ``index`` of "My code"; unsaved edits in the editor are kept
        aside first, so switching back and forth never loses anything."""
        doc = self.sync()
        if not 0 <= index < len(doc.kept):
            return False
        text = doc.kept[index]["text"]
        if doc.unprotected:
            doc.keep_aside()
        doc.open_kept(next(i for i, e in enumerate(doc.kept) if e["text"] == text))
        self._set_text(text)
        self.autosave()
        self.changed.emit()
        return True

    # ------------------------------------------------------------------ asking
    def confirm_replace(self, what: str) -> bool:
        """Before ``what`` (a preset, a file) takes the editor: ask when the code was edited.

        Replace drops the edits (Ctrl+Z still has them); Open beside keeps them as "My code";
        Cancel changes nothing. Returns False for Cancel.
        """
        if not self.needs_question():
            return True
        answer = self.ask_replace(what)
        if answer == CANCEL:
            return False
        if answer == KEEP_BESIDE:
            self.document.keep_aside()
            self.autosave()
            self.changed.emit()
        return True

    def ask_replace(self, what: str) -> str:
        box = QMessageBox(self.dialog_parent)
        box.setObjectName("replaceCodeBox")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Replace your code?"))
        box.setText(tr_format(self.tr("Replace your code with %1?"), what))
        box.setInformativeText(self.tr("You have edited the code in the editor. “Open beside” "
                                       "keeps it as “My code” at the top of the lesson list."))
        replace = box.addButton(self.tr("Replace"), QMessageBox.ButtonRole.DestructiveRole)
        replace.setObjectName("replaceButton")
        beside = box.addButton(self.tr("Open beside"), QMessageBox.ButtonRole.AcceptRole)
        beside.setObjectName("openBesideButton")
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        cancel.setObjectName("cancelButton")
        box.setDefaultButton(beside)
        box.setEscapeButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        if clicked is replace:
            return REPLACE
        if clicked is beside:
            return KEEP_BESIDE
        return CANCEL

    # ------------------------------------------------------------------ files
    def save(self) -> bool:
        """File ▸ Save: back to the file the code came from, else ask for one."""
        doc = self.sync()
        if doc.path:
            return self._write(doc.path)
        return self.save_as()

    def save_as(self) -> bool:
        doc = self.sync()
        start = doc.path or str(documents_dir() / f"{doc.preset_key or 'my_code'}.py")
        path, _filter = QFileDialog.getSaveFileName(
            self.dialog_parent, self.tr("Save code"), start, self.tr("Python files (*.py)"))
        if not path:
            return False
        if not Path(path).suffix:
            path += ".py"
        return self._write(path)

    def _write(self, path: str) -> bool:
        if not self._write_file(path, self.tr("Save code")):
            return False
        self.document.saved_as(path)
        self.autosave()
        self.changed.emit()
        self.notice.emit(tr_format(self.tr("Code saved to %1"), path))
        return True

    def _write_file(self, path: str, title: str) -> bool:
        try:
            atomic_write_text(path, self.editor.toPlainText())
        except OSError as exc:
            QMessageBox.warning(self.dialog_parent, title,
                                tr_format(self.tr("Could not write %1:\n%2"), path,
                                          exc.strerror or str(exc)))
            return False
        return True

    def open_file(self, path: str | None = None) -> bool:
        """File ▸ Open: a .py file into the editor (asks first when the code was edited)."""
        if path is None:
            start = str(Path(self.document.path).parent) if self.document.path else str(
                documents_dir())
            path, _filter = QFileDialog.getOpenFileName(
                self.dialog_parent, self.tr("Open code"), start, self.tr("Python files (*.py)"))
            if not path:
                return False
        try:
            if Path(path).stat().st_size > MAX_OPEN_BYTES:
                raise ValueError(self.tr("the file is larger than 2 MB"))
            text = Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else (
                self.tr("it is not UTF-8 text") if isinstance(exc, UnicodeDecodeError)
                else str(exc))
            QMessageBox.warning(self.dialog_parent, self.tr("Open code"),
                                tr_format(self.tr("Could not open %1:\n%2"), path, reason))
            return False
        if not self.confirm_replace(Path(path).name):
            return False
        self._set_text(text.replace("\r\n", "\n"))
        self.document.load_file(path, self.editor.toPlainText())
        self.autosave()
        self.changed.emit()
        return True

    def export(self) -> bool:
        """File ▸ Export: a copy of the code as a .py file; the document stays as it is."""
        name = (self.document.preset_key or "cell") + ".py"
        path, _filter = QFileDialog.getSaveFileName(
            self.dialog_parent, self.tr("Export code"), str(documents_dir() / name),
            self.tr("Python files (*.py)"))
        if not path:
            return False
        if not self._write_file(path, self.tr("Export code")):
            return False
        self.notice.emit(tr_format(self.tr("Code saved to %1"), path))
        return True

    # ------------------------------------------------------------------ autosave
    def autosave(self) -> bool:
        """Write the document now (atomic); called shortly after typing stops and on close."""
        self._timer.stop()
        if not self.autosave_enabled:
            return False
        return self._writer.write(*self._writer.snapshot(self.sync()), self.autosave_path)

    def _autosave_in_background(self) -> None:
        """A pause in typing: write on a worker, so the editor never waits for the disk."""
        if self.autosave_enabled:
            number, text = self._writer.snapshot(self.sync())
            self._background_write.start(self._writer.write, number, text, self.autosave_path)

