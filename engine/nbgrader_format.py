"""nbgrader's cell metadata (schema 3), its checksums, and its student ("released") version.

Teachers grade DiveLab's labs with nbgrader, so a notebook released or validated here must be
one nbgrader takes as its own: the same metadata rules, the same checksum bytes, the same stubs.
Each rule below follows nbgrader 0.9's source (``nbgrader/utils.py``, ``nbgraderformat/v3.py``
and the ``generate_assignment`` preprocessors) without depending on nbgrader.
"""

from __future__ import annotations

import copy
import hashlib
import math
import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from engine.notebook import Cell, NotebookDocument, NotebookError

SCHEMA_VERSION = 3
#: ``ClearSolutions.code_stub["python"]`` and ``ClearSolutions.text_stub``.
CODE_STUB = "# YOUR CODE HERE\nraise NotImplementedError()"
TEXT_STUB = "YOUR ANSWER HERE"
BEGIN_SOLUTION, END_SOLUTION = "BEGIN SOLUTION", "END SOLUTION"
BEGIN_HIDDEN_TESTS, END_HIDDEN_TESTS = "BEGIN HIDDEN TESTS", "END HIDDEN TESTS"
BEGIN_MARK_SCHEME, END_MARK_SCHEME = "BEGIN MARK SCHEME", "END MARK SCHEME"

_KEYS = {"schema_version", "grade", "locked", "solution", "task", "grade_id", "points",
         "checksum", "cell_type"}
_GRADE_ID = re.compile(r"[a-zA-Z0-9_\-]*")


class CellKind(StrEnum):
    """nbgrader's cell types, as its "Create Assignment" toolbar offers them."""

    AUTOGRADED_ANSWER = "autograded_answer"  # solution: the student's code, checked by tests
    AUTOGRADED_TEST = "autograded_test"  # grade: tests worth points, read-only for students
    MANUAL_ANSWER = "manual_answer"  # solution + grade: a teacher reads and marks it
    TASK = "task"  # a markdown task a teacher marks
    LOCKED = "locked"  # read-only: given code or text
    PLAIN = "plain"  # no nbgrader metadata


# ----------------------------------------------------------------------------- nbgrader/utils.py
# Same truthiness and return values as nbgrader's helpers: the checksum hashes str() of them.

def nbgrader_meta(cell: Any) -> dict | None:
    """The cell's ``metadata.nbgrader`` dict, or None."""
    meta = (getattr(cell, "metadata", None) or {}).get("nbgrader")
    return meta if isinstance(meta, dict) else None


def is_grade(cell: Any) -> Any:
    meta = nbgrader_meta(cell)
    return False if meta is None else meta.get("grade", False)


def is_solution(cell: Any) -> Any:
    meta = nbgrader_meta(cell)
    return False if meta is None else meta.get("solution", False)


def is_task(cell: Any) -> Any:
    meta = nbgrader_meta(cell)
    return False if meta is None else meta.get("task", False)


def is_locked(cell: Any) -> Any:
    """Grade cells are always locked, solution cells never (nbgrader's rule, not the flag)."""
    meta = nbgrader_meta(cell)
    if meta is None or is_solution(cell):
        return False
    if is_grade(cell):
        return True
    return meta.get("locked", False)


def compute_checksum(cell: Any) -> str:
    """``nbgrader.utils.compute_checksum``: md5 over source, type, flags, grade_id and points."""
    meta = nbgrader_meta(cell) or {}
    m = hashlib.md5()
    m.update(cell.source.encode("utf-8"))
    m.update(cell.cell_type.encode("utf-8"))
    m.update(str(is_grade(cell)).encode("utf-8"))
    m.update(str(is_solution(cell)).encode("utf-8"))
    m.update(str(is_locked(cell)).encode("utf-8"))
    m.update(str(meta.get("grade_id", "")).encode("utf-8"))
    if is_grade(cell):
        m.update(str(float(meta["points"])).encode("utf-8"))
    return m.hexdigest()


def cell_kind(cell: Any) -> CellKind:
    """Which of nbgrader's cell types ``cell`` is."""
    if nbgrader_meta(cell) is None:
        return CellKind.PLAIN
    if is_solution(cell) and is_grade(cell):
        return CellKind.MANUAL_ANSWER
    if is_solution(cell):
        return CellKind.AUTOGRADED_ANSWER
    if is_grade(cell):
        return CellKind.AUTOGRADED_TEST
    if is_task(cell):
        return CellKind.TASK
    if is_locked(cell):
        return CellKind.LOCKED
    return CellKind.PLAIN


@dataclass(frozen=True)
class GradedCell:
    """One nbgrader cell of a notebook, for views and reports."""

    index: int
    kind: CellKind
    grade_id: str
    points: float  # 0.0 for cells without points
    checksum: str | None
    cell_type: str  # what the cell is now
    recorded_type: str | None  # what it was when released (metadata ``cell_type``)


def graded_cells(doc: NotebookDocument) -> list[GradedCell]:
    """Every cell with nbgrader metadata except plain ones, in notebook order."""
    out = []
    for index, cell in enumerate(doc.cells):
        kind = cell_kind(cell)
        if kind is CellKind.PLAIN:
            continue
        meta = nbgrader_meta(cell) or {}
        out.append(GradedCell(index=index, kind=kind, grade_id=str(meta.get("grade_id", "")),
                              points=_points(meta) if is_grade(cell) else 0.0,
                              checksum=meta.get("checksum"), cell_type=cell.cell_type,
                              recorded_type=meta.get("cell_type")))
    return out


def _points(meta: dict) -> float:
    try:
        value = float(meta.get("points", 0))
    except (TypeError, ValueError):
        return 0.0
    return value if math.isfinite(value) else 0.0


# ----------------------------------------------------------------------------- metadata schema

def check_metadata(doc: NotebookDocument, name: str = "the notebook") -> None:
    """nbgrader's ``CheckCellMetadata``: schema 3, well-typed keys, unique grade ids.

    Raises NotebookError("bad_nbgrader") naming the cell, as nbgrader would refuse the file.
    """
    seen: set[str] = set()
    for number, cell in enumerate(doc.cells, start=1):
        meta = nbgrader_meta(cell)
        if meta is None:
            if "nbgrader" in cell.metadata:
                _bad(name, number, "its nbgrader metadata is not an object")
            continue
        version = meta.get("schema_version", 0)
        if version != SCHEMA_VERSION:
            hint = " (made by an older nbgrader; `nbgrader update` upgrades it)" if (
                isinstance(version, int) and version < SCHEMA_VERSION) else ""
            _bad(name, number, f"nbgrader metadata schema {version!r}, expected "
                               f"{SCHEMA_VERSION}{hint}")
        extra = set(meta) - _KEYS
        if extra:
            _bad(name, number, f"unknown nbgrader keys {sorted(extra)}")
        for key in ("grade", "locked", "solution"):
            if key not in meta:
                _bad(name, number, f"nbgrader metadata lacks '{key}'")
        for key in ("grade", "locked", "solution", "task"):
            if key in meta and not isinstance(meta[key], bool):
                _bad(name, number, f"nbgrader '{key}' must be true or false")
        grade, solution, locked = meta["grade"], meta["solution"], meta["locked"]
        task = meta.get("task", False)
        grade_id = meta.get("grade_id")
        if grade_id is not None and (not isinstance(grade_id, str)
                                     or not _GRADE_ID.fullmatch(grade_id)):
            _bad(name, number, f"grade_id {grade_id!r} may hold only letters, digits, _ and -")
        if "points" in meta and (isinstance(meta["points"], bool)
                                 or not isinstance(meta["points"], int | float)
                                 or not meta["points"] >= 0):
            _bad(name, number, f"points {meta['points']!r} must be a number, 0 or more")
        checksum = meta.get("checksum")
        if checksum is not None and (not isinstance(checksum, str) or len(checksum) != 32):
            _bad(name, number, "its checksum is not 32 characters")
        if meta.get("cell_type", "code") not in ("raw", "code", "markdown"):
            _bad(name, number, f"unknown recorded cell_type {meta['cell_type']!r}")
        if grade or solution or locked:
            if grade_id is None:
                _bad(name, number, "an nbgrader cell without a grade_id")
            if grade_id == "":
                _bad(name, number, "an empty grade_id")
        if grade and "points" not in meta:
            _bad(name, number, f"grade cell '{grade_id}' has no points")
        if not task:
            if cell.cell_type == "markdown" and grade and not solution:
                _bad(name, number, f"markdown grade cell '{grade_id}' is not a solution cell")
            if cell.cell_type == "markdown" and solution and not grade:
                _bad(name, number, "a markdown solution cell is not a grade cell")
        elif cell.cell_type != "markdown":
            _bad(name, number, "task cells have to be markdown")
        if grade or solution or locked:
            if grade_id in seen:
                _bad(name, number, f"duplicate grade_id '{grade_id}'")
            seen.add(grade_id)


def _bad(name: str, number: int, what: str) -> None:
    raise NotebookError("bad_nbgrader", f"{name}: cell {number}: {what}")


# ----------------------------------------------------------------------------- generate_assignment

def _strip_regions(cell: Cell, begin: str, end: str, stub: list[str] | None) -> bool:
    """Drop the lines from ``begin`` to ``end`` (inclusive), putting ``stub`` (indented like the
    ``begin`` line) in their place; True when a region was found. nbgrader matches the
    delimiters anywhere in a line, so ``### BEGIN SOLUTION`` and ``# BEGIN SOLUTION`` both count.
    """
    lines, out = cell.source.split("\n"), []
    inside = found = False
    for line in lines:
        if begin in line:
            if inside:
                raise ValueError(f"nested '{begin}' regions")
            inside = found = True
            indent = re.match(r"\s*", line).group(0)
            out.extend(indent + s for s in stub or [])
        elif end in line:
            inside = False
        elif not inside:
            out.append(line)
    if inside:
        raise ValueError(f"'{begin}' without '{end}'")
    cell.source = "\n".join(out)
    return found


def clear_solution(cell: Cell) -> None:
    """nbgrader's ``ClearSolutions`` on one cell (in place): regions become the stub; a solution
    cell without a region is replaced whole. A region outside a solution cell is an error."""
    stub = CODE_STUB if cell.cell_type == "code" else TEXT_STUB
    replaced = _strip_regions(cell, BEGIN_SOLUTION, END_SOLUTION, stub.split("\n"))
    if replaced and not is_solution(cell):
        raise ValueError("a solution region outside a solution cell (mark the cell "
                         "'Autograded answer' or 'Manually graded answer')")
    if is_solution(cell) and not replaced:
        cell.source = stub


def _lock(cell: Cell) -> None:
    """nbgrader's ``LockCells`` with its defaults."""
    if is_solution(cell):
        cell.metadata["deletable"] = False
    elif is_grade(cell) or is_locked(cell):
        cell.metadata["deletable"] = False
        cell.metadata["editable"] = False


def _stamp(cell: Cell) -> None:
    """nbgrader's ``ComputeChecksums``."""
    if is_grade(cell) or is_solution(cell) or is_locked(cell):
        meta = nbgrader_meta(cell)
        meta["checksum"] = compute_checksum(cell)
        meta["cell_type"] = cell.cell_type


def release(source: NotebookDocument, hidden_tests: bool = False,
            name: str = "the notebook") -> NotebookDocument:
    """The student version of a source (instructor) notebook, as ``nbgrader generate_assignment``.

    Locks cells, replaces solutions with stubs, clears outputs, removes hidden tests and mark
    schemes, and stamps checksums. ``hidden_tests=True`` keeps the hidden tests: nbgrader's
    gradebook copy, against which its autograder runs submissions. The source is not changed.
    Raises NotebookError ``bad_nbgrader`` or ``no_nbgrader_cells``.
    """
    language = (source.metadata.get("kernelspec") or {}).get("language", "python")
    if language != "python":
        raise NotebookError("bad_nbgrader", f"{name} is a {language} notebook; "
                                            "DiveLab releases Python notebooks only")
    doc = NotebookDocument([copy.deepcopy(c) for c in source.cells],
                           copy.deepcopy(source.metadata))
    check_metadata(doc, name)
    if not any(is_grade(c) or is_solution(c) or is_locked(c) or is_task(c) for c in doc.cells):
        raise NotebookError("no_nbgrader_cells", f"{name} has no nbgrader cells (solutions, "
                                                 "tests, read-only or task cells)")
    doc.metadata.pop("celltoolbar", None)
    for number, cell in enumerate(doc.cells, start=1):
        try:
            _lock(cell)
            clear_solution(cell)
            if cell.cell_type == "code":
                cell.outputs, cell.execution_count = [], None
                cell.metadata.pop("collapsed", None)
                cell.metadata.pop("scrolled", None)
            _stamp(cell)
            if not hidden_tests:
                hidden = _strip_regions(cell, BEGIN_HIDDEN_TESTS, END_HIDDEN_TESTS, None)
                if hidden and not is_grade(cell):
                    raise ValueError("hidden tests outside an 'Autograded tests' cell")
                marks = _strip_regions(cell, BEGIN_MARK_SCHEME, END_MARK_SCHEME, None)
                if marks and not is_task(cell):
                    raise ValueError("a mark scheme outside a task cell")
                _stamp(cell)
        except ValueError as exc:
            raise NotebookError("bad_nbgrader", f"{name}: cell {number}: {exc}") from None
    check_metadata(doc, name)
    doc.dirty = True
    return doc


def is_changed(cell: Any) -> bool:
    """A locked cell whose checksum no longer matches it (nbgrader validate's "THE CONTENTS OF
    n TEST CELL(S) HAVE CHANGED"); a type change counts, as the checksum hashes the type."""
    meta = nbgrader_meta(cell) or {}
    if not is_locked(cell) or meta.get("checksum") is None:
        return False
    try:
        return meta["checksum"] != compute_checksum(cell)
    except (KeyError, TypeError, ValueError):  # points or grade_id missing or malformed
        return True
