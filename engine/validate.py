"""Validate a lab notebook as nbgrader would grade it: run it, then score each autograded test.

Students check their work before handing it in, teachers re-check what was handed in. Scoring
follows nbgrader 0.9 (``utils.determine_grade``): a test cell with an error or output on stderr
earns 0, one whose last value is a number earns that many points (partial credit), any other
earns its points. Given the released copy, the test cells run from it (nbgrader's autograde
overwrites them from its master copy), so editing or commenting out a test gains nothing;
without it a test whose checksum no longer matches is ``changed`` and earns 0.
"""

from __future__ import annotations

import copy
import math
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from engine.nbgrader_format import (
    CellKind,
    cell_kind,
    compute_checksum,
    is_changed,
    is_grade,
    is_locked,
    is_solution,
    nbgrader_meta,
)
from engine.nbgrader_format import release as released_version
from engine.notebook import Cell, NotebookDocument, NotebookError
from engine.run_notebook import CellReport, run_document

#: Messages DiveLab's kernel itself writes to stderr (e.g. about DataLoader workers); a plain
#: Jupyter kernel would not, so they do not fail a test.
_OWN_NOTICE = "DiveLab: "


@dataclass
class TestResult:
    """One autograded test cell's outcome."""

    grade_id: str
    passed: bool
    points: float
    max_points: float
    message: str = ""  # "AssertionError: softmax rows must sum to 1"; "" when passed
    changed: bool = False  # differs from its checksum, no release given: earns 0
    restored: bool = False  # run from the release because the student's copy differed or was gone
    index: int | None = None  # the cell in ``ValidationReport.document`` (None: never ran)
    elapsed: float = 0.0

    __test__ = False  # not a pytest class

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"grade_id": self.grade_id, "passed": self.passed,
                               "points": points_text(self.points), "max_points": points_text(self.max_points),
                               "message": self.message}
        if self.changed:
            out["changed"] = True
        if self.restored:
            out["restored"] = True
        return out


@dataclass
class AnswerResult:
    """One autograded answer (solution) cell: did the student write something that runs?"""

    grade_id: str
    status: str  # done | not_done | error
    message: str = ""
    index: int = 0

    @property
    def done(self) -> bool:
        return self.status == "done"


@dataclass
class ValidationReport:
    """Scores per test, the answer cells' state, and the executed notebook (not saved)."""

    path: Path
    release_path: Path | None  # the release's file, when it came from one
    with_release: bool = False  # the tests ran from a release (file or document)
    tests: list[TestResult] = field(default_factory=list)
    answers: list[AnswerResult] = field(default_factory=list)
    manual: list[str] = field(default_factory=list)  # grade_ids a teacher marks by hand
    #: read-only (given) cells edited without a release to restore them: the teacher's run uses
    #: the originals, so results may differ there (nbgrader validate warns about them too)
    changed_cells: list[str] = field(default_factory=list)
    cells: list[CellReport] = field(default_factory=list)
    document: NotebookDocument | None = None
    elapsed: float = 0.0

    @property
    def score(self) -> float:
        return sum(t.points for t in self.tests)

    @property
    def max_score(self) -> float:
        return sum(t.max_points for t in self.tests)

    @property
    def all_passed(self) -> bool:
        return all(t.passed for t in self.tests)

    @property
    def changed(self) -> list[str]:
        return [t.grade_id for t in self.tests if t.changed]

    def to_dict(self) -> dict[str, Any]:
        """The ``--json`` object: tests, score, max_score (and changed_cells when there are)."""
        out: dict[str, Any] = {"tests": [t.to_dict() for t in self.tests],
                               "score": points_text(self.score),
                               "max_score": points_text(self.max_score)}
        if self.changed_cells:
            out["changed_cells"] = list(self.changed_cells)
        return out


def points_text(value: float) -> float | int:
    """2.0 → 2, 1.5 → 1.5: points as people write them (and as JSON numbers)."""
    return int(value) if float(value).is_integer() else round(value, 6)


def validate_notebook(path: str | os.PathLike,
                      release: str | os.PathLike | NotebookDocument | None = None,
                      timeout: float | None = None, lang: str = "en",
                      on_cell: Callable[[CellReport], None] | None = None) -> ValidationReport:
    """Run ``path`` in a fresh sandbox kernel from its own folder and score its tests.

    ``release``: the released (or source) notebook of the same lab; its test and read-only
    cells replace the student's, matched by grade_id. ``timeout``: seconds per cell. The file
    itself is not changed. Raises NotebookError: ``not_found``, ``not_json``, ``not_notebook``,
    ``bad_version``, ``bad_nbgrader``, ``no_nbgrader_cells``, ``release_mismatch``,
    ``kernel_failed``, and ``write_failed`` for a lab file inside DiveLab's own folder.
    """
    started = time.monotonic()
    source = Path(path)
    doc = NotebookDocument.load(source)
    _refuse_shipped(source)
    work = NotebookDocument([copy.deepcopy(c) for c in doc.cells], copy.deepcopy(doc.metadata),
                            source)
    master, release_path = _master_copy(release)
    restored: set[str] = set()
    if master is not None:
        restored = overwrite_from_release(work, master, source.name)
    tests = _tests_of(master if master is not None else work)
    if not tests:
        where = source.name if master is None else (
            f"{release_path.name} (the release)" if release_path else "the release")
        raise NotebookError("no_nbgrader_cells",
                            f"{where} has no autograded test cells (nbgrader metadata), so there "
                            "is nothing to validate")
    changed = set() if master is not None else {
        _gid(c) for c in work.cells if is_grade(c) and not is_solution(c) and is_changed(c)}
    cells = run_document(work, source.resolve().parent, timeout, lang, on_cell)
    by_index = {c.index: c for c in cells}
    report = ValidationReport(path=source, release_path=release_path,
                              with_release=master is not None, cells=cells, document=work)
    positions = {_gid(c): i for i, c in enumerate(work.cells) if nbgrader_meta(c) is not None}
    for grade_id, max_points in tests:
        index = positions.get(grade_id)
        result = TestResult(grade_id=grade_id, passed=False, points=0.0, max_points=max_points,
                            index=index, restored=grade_id in restored)
        if index is None or not is_grade(work.cells[index]):
            result.message = "the test cell is missing from the notebook"
        elif grade_id in changed:
            result.changed = True
            result.message = ("changed: this test cell differs from the released one, so it "
                              "earns nothing (put it back as it was)")
        elif work.cells[index].cell_type != "code":
            result.message = "the test cell is no longer a code cell"
        else:
            cell_report = by_index.get(index)
            result.elapsed = cell_report.elapsed if cell_report else 0.0
            _judge(result, work.cells[index], cell_report, lang)
        report.tests.append(result)
    report.answers = _answers(work, by_index, master, lang)
    if master is None:
        report.changed_cells = [_gid(c) for c in work.cells
                                if cell_kind(c) is CellKind.LOCKED and is_changed(c)]
    report.manual = [_gid(c) for c in (master or work).cells
                     if cell_kind(c) in (CellKind.MANUAL_ANSWER, CellKind.TASK)]
    report.elapsed = time.monotonic() - started
    return report


def _master_copy(release: str | os.PathLike | NotebookDocument | None
                 ) -> tuple[NotebookDocument | None, Path | None]:
    """The copy whose tests count, and its file; a source notebook becomes nbgrader's gradebook
    copy of it (solutions cleared, hidden tests kept, checksums stamped)."""
    if release is None:
        return None, None
    if isinstance(release, NotebookDocument):
        master, path = release, release.path
    else:
        path = Path(release)
        master = NotebookDocument.load(path)
    if _is_source(master):
        master = released_version(master, hidden_tests=True,
                                  name=path.name if path else "the release")
    return master, path


def _refuse_shipped(path: Path) -> None:
    """The labs shipped with DiveLab run elsewhere: their ``../data`` is the app's own folder."""
    from engine.labs import labs_dir

    try:
        shipped = path.resolve().parent == labs_dir().resolve()
    except OSError:
        return
    if shipped:
        raise NotebookError("write_failed", f"{path.name} is one of DiveLab's own lab files; copy "
                                            "it into a lab folder first (python -m engine "
                                            "export-labs DIR)")


def _is_source(doc: NotebookDocument) -> bool:
    """Released notebooks carry checksums on every nbgrader cell; source notebooks do not."""
    return any((is_grade(c) or is_solution(c) or is_locked(c))
               and "checksum" not in (nbgrader_meta(c) or {}) for c in doc.cells)


def _gid(cell: Any) -> str:
    return str((nbgrader_meta(cell) or {}).get("grade_id", ""))


def _tests_of(doc: NotebookDocument) -> list[tuple[str, float]]:
    """(grade_id, points) of each autograded test cell; a malformed one is a keyed error."""
    tests, seen = [], set()
    for number, cell in enumerate(doc.cells, start=1):
        if not (is_grade(cell) and not is_solution(cell)):
            continue
        meta = nbgrader_meta(cell) or {}
        grade_id = meta.get("grade_id")
        try:
            points = float(meta.get("points"))
        except (TypeError, ValueError):
            points = math.nan
        where = f"{doc.path.name if doc.path else 'the notebook'}: cell {number}"
        if not isinstance(grade_id, str) or not grade_id:
            raise NotebookError("bad_nbgrader", f"{where}: a test cell without a grade_id")
        if grade_id in seen:
            raise NotebookError("bad_nbgrader", f"{where}: duplicate grade_id '{grade_id}'")
        if not math.isfinite(points) or points < 0:
            raise NotebookError("bad_nbgrader", f"{where}: test '{grade_id}' has no valid points")
        seen.add(grade_id)
        tests.append((grade_id, points))
    return tests


# ----------------------------------------------------------------------------- the release

def overwrite_from_release(work: NotebookDocument, master: NotebookDocument,
                           name: str = "the notebook") -> set[str]:
    """nbgrader's ``OverwriteCells`` (with ``add_missing_cells``), in place on ``work``.

    Locked cells (tests, read-only) take the release's source, type and metadata; answer cells
    keep the student's source but the release's metadata; nbgrader cells the release does not
    know become plain; tests missing from ``work`` are put back after the cell that preceded
    them in the release. Returns the grade_ids of tests whose source was put back.
    """
    known = {_gid(c): c for c in master.cells
             if nbgrader_meta(c) is not None and _gid(c)}
    ours = {_gid(c) for c in work.cells if nbgrader_meta(c) is not None and _gid(c)}
    graded = [g for g, c in known.items() if is_grade(c) or is_solution(c)]
    if graded and not ours & set(graded):
        missing = ", ".join(graded[:5]) + (", …" if len(graded) > 5 else "")
        raise NotebookError("release_mismatch",
                            f"{name} is not a copy of this release: none of its graded cells "
                            f"({missing}) are in it")
    restored: set[str] = set()
    for cell in work.cells:
        meta = nbgrader_meta(cell)
        if meta is None:
            continue
        original = known.get(_gid(cell))
        if original is None:
            del cell.metadata["nbgrader"]  # nbgrader forgets a grade_id its gradebook lacks
            continue
        retyped = original.cell_type != cell.cell_type
        if retyped:
            _set_type(cell, original.cell_type)
        cell.metadata["nbgrader"] = copy.deepcopy(nbgrader_meta(original))
        if not is_solution(original) and (retyped or cell.source != original.source):
            cell.source = original.source
            if is_grade(original):
                restored.add(_gid(original))
    present = {_gid(c) for c in work.cells if nbgrader_meta(c) is not None}
    order = [_gid(c) for c in master.cells if nbgrader_meta(c) is not None and _gid(c)]
    for position, grade_id in enumerate(order):
        original = known[grade_id]
        if grade_id in present or not (is_grade(original) and not is_solution(original)):
            continue
        after = next((i for i in range(len(work.cells) - 1, -1, -1)
                      if _gid(work.cells[i]) in order[:position]
                      and nbgrader_meta(work.cells[i]) is not None), -1)
        cell = Cell(cell_type=original.cell_type, source=original.source,
                    metadata=copy.deepcopy(original.metadata))
        work.cells.insert(after + 1, cell)
        present.add(grade_id)
        restored.add(grade_id)
    return restored


def _set_type(cell: Cell, cell_type: str) -> None:
    cell.cell_type = cell_type
    cell.outputs, cell.execution_count = [], None


# ----------------------------------------------------------------------------- scoring

#: What a student reads about a test or an answer, in the language the check runs in.
_MESSAGES = {
    "stderr": {"en": "the test wrote to stderr: {line}", "zh": "测试向 stderr 写了内容：{line}"},
    "partial_above": {"en": "partial credit above the test's points",
                      "zh": "部分得分超过了这个测试的分值"},
    "partial": {"en": "partial credit: {score} of {max} points",
                "zh": "部分得分：{score} 分（满分 {max} 分）"},
    "stub": {"en": "NotImplementedError{where}: an answer this test needs is not written yet",
             "zh": "NotImplementedError{where}：这个测试需要的答案还没有写"},
    "stub_where": {"en": " in {function}()", "zh": "（在 {function}() 中）"},
    "raises_stub": {"en": "raises NotImplementedError", "zh": "仍然引发 NotImplementedError"},
    "not_answered": {"en": "not answered yet", "zh": "还没有作答"},
    "error_at": {"en": "{ename} at `{line}`", "zh": "{ename}，出错的一行：`{line}`"},
}


def _message(key: str, lang: str, **params: object) -> str:
    texts = _MESSAGES[key]
    return texts.get(lang[:2], texts["en"]).format(**params)


def _judge(result: TestResult, cell: Cell, report: CellReport | None, lang: str = "en") -> None:
    """``nbgrader.utils.determine_grade`` for one code test cell, plus a one-line reason."""
    for output in cell.outputs:
        kind = output.get("output_type")
        if kind == "error":
            result.message = _error_line(output, report, lang)
            return
        if kind == "stream" and output.get("name") == "stderr":
            text = "".join(output.get("text", ""))
            lines = [ln for ln in text.splitlines() if ln.strip()]
            if lines and not all(ln.startswith(_OWN_NOTICE) for ln in lines):
                first = next(ln for ln in lines if not ln.startswith(_OWN_NOTICE))
                result.message = _message("stderr", lang, line=first.strip())
                return
        if kind == "execute_result":
            score = _partial(output, result.max_points)
            if score is None:
                result.message = _message("partial_above", lang)
                return
            result.points = score
            result.passed = score >= result.max_points
            if not result.passed:
                result.message = _message("partial", lang, score=points_text(score),
                                          max=points_text(result.max_points))
            return
    result.points, result.passed = result.max_points, True


def _partial(output: dict, max_points: float) -> float | None:
    """``nbgrader.utils.get_partial_grade``: a number as the last value is the score."""
    text = output.get("data", {}).get("text/plain", "")
    if isinstance(text, list):
        if len(text) != 1:
            return max_points
        text = text[0]
    try:
        grade = float(text)
    except (TypeError, ValueError):
        return max_points
    if not math.isfinite(grade) or grade < 0:
        return max_points
    return None if grade > max_points else grade


def _error_line(output: dict, report: CellReport | None, lang: str = "en") -> str:
    ename = str(output.get("ename") or "Error")
    evalue = str(output.get("evalue") or "").strip()
    if evalue:
        return f"{ename}: {evalue.splitlines()[0]}"
    if report is not None and report.error and report.error != ename:
        return report.error
    function, line = _failing_line(output.get("traceback") or [])
    if ename == "NotImplementedError":  # the released stub: say which answer is missing
        where = (_message("stub_where", lang, function=function)
                 if function and function != "<module>" else "")
        return _message("stub", lang, where=where)
    return _message("error_at", lang, ename=ename, line=line) if line else ename


def _failing_line(traceback: list[str]) -> tuple[str, str]:
    """(function, source line) of the last ``File …, line N, in f`` of a plain-text traceback."""
    lines = "\n".join(str(t) for t in traceback).splitlines()
    for i in range(len(lines) - 1, -1, -1):
        if lines[i].lstrip().startswith("File "):
            function = lines[i].rsplit(" in ", 1)[-1].strip() if " in " in lines[i] else ""
            return function, lines[i + 1].strip() if i + 1 < len(lines) else ""
    return "", ""


def _answers(work: NotebookDocument, by_index: dict[int, CellReport],
             master: NotebookDocument | None, lang: str = "en") -> list[AnswerResult]:
    """Answer cells: not done while they raise NotImplementedError or still match the stub's
    checksum (nbgrader: "You did not provide a response")."""
    stubs = {_gid(c): (nbgrader_meta(c) or {}).get("checksum") for c in (master or work).cells
             if cell_kind(c) is CellKind.AUTOGRADED_ANSWER}
    out = []
    for index, cell in enumerate(work.cells):
        if cell_kind(cell) is not CellKind.AUTOGRADED_ANSWER:
            continue
        grade_id = _gid(cell)
        ran = by_index.get(index)
        error = next((o for o in cell.outputs if o.get("output_type") == "error"), None)
        stub = stubs.get(grade_id)
        if error is not None and error.get("ename") == "NotImplementedError":
            out.append(AnswerResult(grade_id, "not_done", _message("raises_stub", lang), index))
        elif stub is not None and _unchanged(cell, stub):
            out.append(AnswerResult(grade_id, "not_done", _message("not_answered", lang), index))
        elif error is not None:
            out.append(AnswerResult(grade_id, "error", _error_line(error, ran, lang), index))
        else:
            out.append(AnswerResult(grade_id, "done", "", index))
    return out


def _unchanged(cell: Cell, checksum: str) -> bool:
    try:
        return compute_checksum(cell) == checksum
    except (KeyError, TypeError, ValueError):
        return False
