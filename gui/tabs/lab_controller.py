"""The Notebooks tab's assignment side: open a shipped lab, Validate, Submit.

Checks run in one :class:`gui.tasks.TaskSlot` (a fresh kernel, blocking): one check at a time,
and a check the student left by opening another notebook is cancelled between cells and its
result dropped. The rules
and the worker jobs themselves are Qt-free, in :mod:`gui.widgets.lab_model`.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog

from gui import i18n
from gui.tasks import TaskSlot, TaskState
from gui.widgets.lab_model import CheckOutcome, grade_id, is_assignment
from gui.widgets.lab_results import LabResultsPanel

if TYPE_CHECKING:
    from gui.tabs.notebook_tab import NotebookTab

log = logging.getLogger(__name__)

CHECK_TIMEOUT_S = 120
SUBMIT_FOLDER = "submissions"


class LabController(QObject):
    """Validate / Submit for the tab's document when it is an nbgrader assignment."""

    #: (cells done, cells to run).
    progress = Signal(int, int)
    #: A check or a submission ended (True when it produced results).
    finished = Signal(bool)

    def __init__(self, tab: NotebookTab) -> None:
        super().__init__(tab)
        self.tab = tab
        self.panel = LabResultsPanel(tab)
        self.panel.testChosen.connect(self.show_test)
        self.progress.connect(self.panel.set_progress)
        self.check = TaskSlot(self, error=self._errored, finished=self._ended,
                              partial=lambda done_total: self.progress.emit(*done_total))
        self.outcome: CheckOutcome | None = None
        self.submitted: tuple[Path, Path] | None = None
        self._succeeded = False

    # ------------------------------------------------------------------ state
    @property
    def active(self) -> bool:
        return is_assignment(self.tab.doc)

    @property
    def busy(self) -> bool:
        return self.check.is_running()

    def document_changed(self) -> None:
        """Another notebook is shown: its results (and any running check) are not its own."""
        self.check.cancel()
        self.outcome = None
        self.panel.state = "idle"
        self.panel.hide()

    @staticmethod
    def language() -> str:
        return "zh" if i18n.current_language().lower().startswith("zh") else "en"

    # ------------------------------------------------------------------ open a lab
    def open_labs(self) -> bool:
        """Help ▸ Labs: pick a shipped lab; its student copy opens (made on first use)."""
        from engine.labs import shipped_labs
        from gui.widgets.lab_picker import LabPickerDialog

        labs = shipped_labs()
        if not labs:
            self.tab.message.show_message(self.tr("No labs are installed with DiveLab."))
            return False
        lab = LabPickerDialog.pick(labs, self.language(), self.tab)
        return self.open_lab(lab) if lab is not None else False

    def open_lab(self, lab: Any, lang: str | None = None) -> bool:
        """Install the student's copy into the lab folder (never over their work) and open it."""
        from engine.course_env import ensure_lab
        from engine.labs import install_lab
        from engine.notebook import NotebookError
        from gui.settings import lab_folder
        from gui.widgets.lab_model import lab_language

        lang = lang or lab_language(i18n.current_language(), lab.langs)
        try:
            folder = ensure_lab(lab_folder())
            path = install_lab(lab, lang, folder)
        except (OSError, ValueError, NotebookError) as exc:
            log.warning("could not install lab %s", lab.key, exc_info=True)
            self.tab.message.show_message(
                self.tr("The lab could not be copied into your lab folder (File ▸ Choose lab "
                        "folder… picks another one).") + f"\n{exc}", "error", details=str(exc))
            return False
        return self.tab.open_path(path)

    # ------------------------------------------------------------------ validate
    def validate(self) -> bool:
        """Run the notebook as it is now (unsaved edits included) and score its tests."""
        from gui.widgets.lab_model import check_snapshot, snapshot

        if not self._may_start():
            return False
        doc = snapshot(self.tab.doc)
        folder = self._work_folder()
        self.panel.show_busy()
        return self._start(check_snapshot, doc, folder, self.language(),
                           timeout=CHECK_TIMEOUT_S, on_done=self._checked)

    def _checked(self, outcome: CheckOutcome) -> None:
        self._show(outcome)
        self.tab.message.dismiss()

    # ------------------------------------------------------------------ submit
    def submit(self) -> bool:
        """Save the hand-in copy where the student chooses, then its printable report beside it."""
        from gui.widgets.lab_model import snapshot, submit_copy

        if not self._may_start():
            return False
        default = self._default_submission()
        chosen = self.ask_submission_path(default)
        if not chosen:
            return False
        target = Path(chosen).expanduser().absolute()
        if target.suffix.lower() != ".ipynb":
            target = target.with_name(target.name + ".ipynb")
        if self.tab.doc.path is not None and target == self.tab.doc.path.absolute():
            if not self.tab.save():  # handing in the working file itself: save it as it is
                return False
        doc = snapshot(self.tab.doc)
        self.panel.show_busy()
        return self._start(submit_copy, doc, target, self.language(),
                           timeout=CHECK_TIMEOUT_S, on_done=self._submitted)

    def ask_submission_path(self, default: Path) -> str:
        """Where to save the hand-in notebook ("" = cancelled; tests replace this method)."""
        chosen, _filter = QFileDialog.getSaveFileName(
            self.tab, self.tr("Submit notebook"), str(default),
            self.tr("Jupyter notebooks (*.ipynb)"))
        return chosen

    def _default_submission(self) -> Path:
        from gui.tabs.notebook_files import lab_notebooks

        folder = lab_notebooks() / SUBMIT_FOLDER
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            folder = lab_notebooks()
        return folder / (self.tab.doc.path.name if self.tab.doc.path is not None
                         else self.tab.name)

    def _submitted(self, result: tuple[Path, Path, CheckOutcome]) -> None:
        notebook, html, outcome = result
        self.submitted = (notebook, html)
        self._show(outcome)
        self.tab.message.show_message(
            i18n.tr_format(self.tr("Submitted: the notebook is saved as %1 and its report as %2. "
                                   "Hand in both (print the report if your teacher asks for "
                                   "paper)."), notebook, html), "info")

    # ------------------------------------------------------------------ shared
    def _may_start(self) -> bool:
        if self.tab.doc is None or not self.active:
            return False
        if self.busy:
            self.tab.message.show_message(self.tr("A check is already running; wait for it to "
                                                  "finish."), "info")
            return False
        for index in range(len(self.tab.view.cells)):
            self.tab.sync_source(index)
        return True

    def _work_folder(self) -> Path:
        """The notebook's own folder (its ``../data``); the lab folder for an untitled one."""
        from engine.labs import labs_dir
        from gui.tabs.notebook_files import lab_notebooks

        path = self.tab.doc.path
        if path is None or not path.parent.is_dir():
            return lab_notebooks()
        try:
            if path.parent.resolve() == labs_dir().resolve():
                return lab_notebooks()  # DiveLab's own copy: never write beside it
        except OSError:
            pass
        return path.parent

    def _start(self, func: Any, *args: Any, on_done: Any, **kwargs: Any) -> bool:
        self.submitted = None if func.__name__ == "submit_copy" else self.submitted
        self._succeeded = False

        def done(result: Any) -> None:
            self._succeeded = True
            on_done(result)

        self.check.done = done
        self.check.start(_with_progress, func, *args, pass_state=True, **kwargs)
        self.tab.refresh()
        return True

    def _ended(self) -> None:
        self.tab.refresh()
        self.finished.emit(self._succeeded)

    def _errored(self, exc: BaseException) -> None:
        from engine.notebook import NotebookError

        self.outcome = None
        self.panel.show_failed()
        if isinstance(exc, NotebookError):
            self.tab.message.show_message(self._error_text(exc), "error", details=str(exc))
        else:
            log.error("lab check failed", exc_info=(type(exc), exc, exc.__traceback__))
            self.tab.message.show_message(
                self.tr("The check stopped because of an internal error; your notebook is "
                        "unchanged.") + f"\n{exc!r}", "error")

    def _error_text(self, exc: Any) -> str:
        headlines = {
            "kernel_failed": self.tr("The check could not run: the kernel did not start or "
                                     "stopped. Try again; if it keeps failing, restart DiveLab."),
            "bad_nbgrader": self.tr("This notebook's assignment data (nbgrader metadata) is "
                                    "damaged, so it cannot be checked."),
            "no_nbgrader_cells": self.tr("This notebook has no autograded tests to check."),
            "release_mismatch": self.tr("This notebook does not match the lab it looks like, "
                                        "so it cannot be checked against it."),
            "write_failed": self.tr("The file could not be written there; choose another "
                                    "folder. Your notebook is unchanged."),
            "not_found": self.tr("The notebook file could not be read."),
        }
        return headlines.get(exc.key, self.tr("The notebook could not be checked.")) + \
            f"\n{exc}"

    def _show(self, outcome: CheckOutcome) -> None:
        self.outcome = outcome
        self.panel.show_outcome(outcome)

    def show_test(self, wanted: str) -> None:
        """Select and scroll to the test cell with grade id ``wanted``."""
        for index, widget in enumerate(self.tab.view.cells):
            if grade_id(widget.cell) == wanted:
                self.tab.view.select(index)
                return

    def retranslate_ui(self) -> None:
        self.panel.retranslate_ui()


def _with_progress(state: TaskState, func: Any, *args: Any, **kwargs: Any) -> Any:
    """Worker thread: run a check, reporting each cell and stopping between cells once the
    check was cancelled (the student opened another notebook)."""
    def on_cell(cell_report: Any) -> None:
        state.set_partial((int(cell_report.number), int(cell_report.total)))
        state.check()

    return func(*args, on_cell=on_cell, **kwargs)
