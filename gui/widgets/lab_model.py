"""Assignments (nbgrader notebooks) in the Notebooks tab, without Qt: roles, rules, checking.

The cell widgets ask it what a cell is (answer, test, read-only) and the tab asks what may be
done to it; the worker calls :func:`check_snapshot` and :func:`submit_copy`. Keeping the rules
here lets tests check them without a display, and keeps nbgrader's meaning in one place.
"""

from __future__ import annotations

import contextlib
import copy
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ANSWER, TEST, LOCKED, MANUAL, TASK = "answer", "test", "locked", "manual", "task"
#: Roles whose cells the student may not edit, move, retype or delete (nbgrader locks them).
READ_ONLY = (TEST, LOCKED)


def cell_role(cell: Any) -> str | None:
    """The cell's part in an assignment, or None for an ordinary cell."""
    from engine.nbgrader_format import CellKind, cell_kind

    if not isinstance(getattr(cell, "metadata", None), dict) or "nbgrader" not in cell.metadata:
        return None  # cheap path: most notebooks have no nbgrader cells at all
    return {CellKind.AUTOGRADED_ANSWER: ANSWER, CellKind.AUTOGRADED_TEST: TEST,
            CellKind.LOCKED: LOCKED, CellKind.MANUAL_ANSWER: MANUAL,
            CellKind.TASK: TASK}.get(cell_kind(cell))


def cell_points(cell: Any) -> float:
    """Points a test cell is worth (0 for other cells)."""
    from engine.nbgrader_format import is_grade, nbgrader_meta

    if not is_grade(cell):
        return 0.0
    try:
        return float((nbgrader_meta(cell) or {}).get("points", 0))
    except (TypeError, ValueError):
        return 0.0


def grade_id(cell: Any) -> str:
    meta = (getattr(cell, "metadata", None) or {}).get("nbgrader")
    return str(meta.get("grade_id", "")) if isinstance(meta, dict) else ""


def is_assignment(doc: Any) -> bool:
    """True when the notebook has nbgrader cells: then Validate and Submit apply."""
    return doc is not None and any(cell_role(c) is not None for c in doc.cells)


def is_read_only(cell: Any) -> bool:
    return cell_role(cell) in READ_ONLY


def may_delete(cell: Any) -> bool:
    """nbgrader marks every graded cell undeletable: deleting an answer loses its grade id."""
    return cell_role(cell) is None and cell.metadata.get("deletable", True) is not False


def may_move(cell: Any) -> bool:
    return not is_read_only(cell)


def may_retype(cell: Any) -> bool:
    return cell_role(cell) is None


def points_text(value: float) -> str:
    """2.0 → "2", 1.5 → "1.5"."""
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def lab_language(ui_language: str, langs: tuple[str, ...]) -> str:
    """The lab version for the UI language ("zh_CN" → "zh"), else the first one there is."""
    wanted = "zh" if ui_language.lower().startswith("zh") else "en"
    return wanted if wanted in langs else langs[0]


# ----------------------------------------------------------------------------- results
@dataclass(frozen=True)
class ResultRow:
    """One test's line in the results panel."""

    grade_id: str
    passed: bool
    points: float
    max_points: float
    message: str
    changed: bool


@dataclass(frozen=True)
class CheckOutcome:
    """What one validation found, as the panel shows it."""

    rows: tuple[ResultRow, ...]
    score: float
    max_score: float
    not_done: tuple[str, ...]  # answer cells still holding the stub
    lab_title: str  # the shipped lab whose release the tests came from ("" when none)
    report: Any  # engine.validate.ValidationReport

    @property
    def with_release(self) -> bool:
        return bool(self.lab_title)


def outcome_of(report: Any, lab_title: str = "") -> CheckOutcome:
    rows = tuple(ResultRow(t.grade_id, bool(t.passed), float(t.points), float(t.max_points),
                           str(t.message or ""), bool(t.changed)) for t in report.tests)
    not_done = tuple(a.grade_id for a in report.answers if not a.done)
    return CheckOutcome(rows, float(report.score), float(report.max_score), not_done, lab_title,
                        report)


# ----------------------------------------------------------------------------- worker jobs
def _copy_of(doc: Any, path: Path | None) -> Any:
    from engine.notebook import NotebookDocument

    return NotebookDocument([copy.deepcopy(c) for c in doc.cells], copy.deepcopy(doc.metadata),
                            path)


def snapshot(doc: Any) -> Any:
    """A frozen copy of the open document (taken on the GUI thread, checked on the worker)."""
    return _copy_of(doc, doc.path)


def release_of(doc: Any, lang: str) -> tuple[Any, str]:
    """(released document, lab title) of the shipped lab ``doc`` is a copy of, or (None, "")."""
    from engine.labs import release_for

    found = release_for(doc)
    if found is None:
        return None, ""
    lab, lab_lang = found
    return lab.released(lab_lang), lab.title(lab_lang)


def check_snapshot(doc: Any, folder: Path, lang: str,
                   on_cell: Callable[[Any], None] | None = None,
                   timeout: float = 120) -> CheckOutcome:
    """Validate a copy of ``doc`` written beside it; the student's file is never touched.

    The copy runs in the notebook's own folder (the course's ``../data`` paths), is hidden by
    its name, and is removed afterwards whatever happens.
    """
    from engine.validate import validate_notebook

    release, title = release_of(doc, lang)
    name = doc.path.name if doc.path is not None else "untitled.ipynb"
    temp = Path(folder) / f".divelab-check-{os.getpid()}-{name}"
    try:
        _copy_of(doc, None).save(temp)
        report = validate_notebook(temp, release=release, timeout=timeout, lang=lang,
                                   on_cell=on_cell)
    finally:
        with contextlib.suppress(OSError):
            temp.unlink()
    return outcome_of(report, title)


def submit_copy(doc: Any, target: Path, lang: str,
                on_cell: Callable[[Any], None] | None = None,
                timeout: float = 120) -> tuple[Path, Path, CheckOutcome]:
    """Write the hand-in notebook to ``target``, validate that very file and put the printable
    report beside it (the report's checksum then names the file handed in)."""
    from engine.lab_report import write_html_report
    from engine.validate import validate_notebook

    release, title = release_of(doc, lang)
    target = Path(target)
    _copy_of(doc, None).save(target)
    report = validate_notebook(target, release=release, timeout=timeout, lang=lang,
                               on_cell=on_cell)
    html = target.with_suffix(".html")
    write_html_report(report, target, html, lang)
    return target, html, outcome_of(report, title)
