"""Validating nbgrader notebooks through the real sandbox kernel, and its CLI and HTML report."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from engine import cli
from engine import validate as validate_module
from engine.lab_report import render_html_report, write_html_report
from engine.nbgrader_format import release
from engine.notebook import Cell, NotebookDocument, NotebookError
from engine.validate import TestResult, ValidationReport, overwrite_from_release, validate_notebook


def nbg(**kw) -> dict:
    meta = {"grade": False, "solution": False, "locked": False, "schema_version": 3}
    meta.update(kw)
    return {"nbgrader": meta}


def run_cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def tiny_source() -> NotebookDocument:
    """Two answers, two tests (one with a hidden test)."""
    return NotebookDocument([
        Cell("markdown", "# Tiny lab"),
        Cell("code", "import sys", metadata=nbg(locked=True, grade_id="setup")),
        Cell("code", "def add(a, b):\n    ### BEGIN SOLUTION\n    return a + b\n    ### END SOLUTION",
             metadata=nbg(solution=True, grade_id="add")),
        Cell("code", "assert add(1, 2) == 3, 'add must add'",
             metadata=nbg(grade=True, grade_id="test_add", points=2)),
        Cell("code", "def mul(a, b):\n    ### BEGIN SOLUTION\n    return a * b\n    ### END SOLUTION",
             metadata=nbg(solution=True, grade_id="mul")),
        Cell("code", "assert mul(2, 3) == 6, 'mul must multiply'\n### BEGIN HIDDEN TESTS\n"
                     "assert mul(0, 5) == 0\n### END HIDDEN TESTS",
             metadata=nbg(grade=True, grade_id="test_mul", points=1)),
    ], {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}})


def cells_by_id(doc: NotebookDocument) -> dict[str, Cell]:
    return {c.metadata["nbgrader"]["grade_id"]: c for c in doc.cells if "nbgrader" in c.metadata}


@pytest.fixture(scope="module")
def lab(tmp_path_factory) -> dict[str, Path]:
    """The tiny lab's source, its release and three students' copies, in one folder."""
    folder = tmp_path_factory.mktemp("lab") / "notebooks"
    folder.mkdir()
    source = tiny_source()
    source.save(folder / "tiny.source.ipynb")
    released = release(source)
    released.save(folder / "tiny.ipynb")

    cheat = NotebookDocument.load(folder / "tiny.ipynb")
    ids = cells_by_id(cheat)
    ids["add"].source = "def add(a, b):\n    return a + b"
    ids["mul"].source = "def mul(a, b):\n    return a + b"  # wrong
    ids["test_mul"].source = "# " + ids["test_mul"].source  # commented out
    ids["test_add"].cell_type = "markdown"  # turned into text
    ids["test_add"].outputs = []
    ids["setup"].source = "import sys\nimport math"  # a read-only cell edited
    cheat.save(folder / "cheat.ipynb")

    deleted = NotebookDocument.load(folder / "tiny.ipynb")
    ids = cells_by_id(deleted)
    ids["add"].source = "def add(a, b):\n    return a + b"
    ids["mul"].source = "def mul(a, b):\n    return a * b if a else 1"  # fails the hidden test
    deleted.cells.remove(ids["test_mul"])
    deleted.save(folder / "deleted.ipynb")
    return {"folder": folder, "source": folder / "tiny.source.ipynb",
            "released": folder / "tiny.ipynb", "cheat": folder / "cheat.ipynb",
            "deleted": folder / "deleted.ipynb"}


def scores(report: ValidationReport) -> dict[str, tuple[bool, float]]:
    return {t.grade_id: (t.passed, t.points) for t in report.tests}


# ----------------------------------------------------------------------------- through the kernel

def test_source_scores_full_marks_and_reports_per_cell(lab):
    seen = []
    report = validate_notebook(lab["source"], on_cell=seen.append)
    assert scores(report) == {"test_add": (True, 2.0), "test_mul": (True, 1.0)}
    assert (report.score, report.max_score, report.all_passed) == (3.0, 3.0, True)
    assert [a.status for a in report.answers] == ["done", "done"]
    assert len(seen) == 5 and all(c.ok for c in seen)
    assert report.document is not None and report.document.cells[3].execution_count is not None
    assert json.loads(lab["source"].read_text())["cells"][3]["outputs"] == []  # file untouched


def test_released_copy_scores_zero_and_names_the_missing_answers(lab):
    code, out, err = run_cli("validate-notebook", str(lab["released"]))
    assert code == 0, err
    lines = out.strip().splitlines()
    assert lines[0] == ("✗ test_add 0/2: NotImplementedError in add(): an answer this test needs "
                        "is not written yet")
    assert lines[1].startswith("✗ test_mul 0/1: NotImplementedError in mul()")
    assert lines[2] == "not done yet: add, mul"
    assert lines[-1] == "score 0/3"


def test_tampered_tests_without_release_are_changed_and_earn_nothing(lab):
    code, out, err = run_cli("validate-notebook", str(lab["cheat"]), "--json")
    assert code == 0, err
    result = json.loads(out)
    assert set(result) == {"tests", "score", "max_score", "changed_cells"}
    assert result["changed_cells"] == ["setup"]
    assert result["score"] == 0 and result["max_score"] == 3
    for test in result["tests"]:
        assert set(test) == {"grade_id", "passed", "points", "max_points", "message", "changed"}
        assert test["changed"] is True and test["passed"] is False and test["points"] == 0
        assert test["message"].startswith("changed:")
    assert [t["grade_id"] for t in result["tests"]] == ["test_add", "test_mul"]


def test_release_puts_the_tests_back(lab, tmp_path):
    html = tmp_path / "report.html"
    code, out, err = run_cli("validate-notebook", str(lab["cheat"]), "--release",
                             str(lab["released"]), "--json", "--report", str(html))
    assert code == 0, err
    result = json.loads(out)  # exactly one object on stdout
    assert set(result) == {"tests", "score", "max_score"}  # the read-only cell was put back
    tests = {t["grade_id"]: t for t in result["tests"]}
    assert tests["test_add"] == {"grade_id": "test_add", "passed": True, "points": 2,
                                 "max_points": 2, "message": "", "restored": True}
    assert tests["test_mul"]["passed"] is False and tests["test_mul"]["restored"] is True
    assert tests["test_mul"]["message"] == "AssertionError: mul must multiply"
    assert (result["score"], result["max_score"]) == (2, 3)
    page = html.read_text(encoding="utf-8")
    assert "cheat.ipynb" in page and "2 / 3" in page and "tiny.ipynb" in page


def test_deleted_test_is_added_back_and_the_master_copy_runs_hidden_tests(lab):
    report = validate_notebook(lab["deleted"], release=lab["released"])
    assert scores(report) == {"test_add": (True, 2.0), "test_mul": (True, 1.0)}
    assert next(t for t in report.tests if t.grade_id == "test_mul").restored
    order = [c.metadata.get("nbgrader", {}).get("grade_id") for c in report.document.cells]
    assert order.index("test_mul") == order.index("mul") + 1  # back after the answer it tests

    master = validate_notebook(lab["deleted"], release=lab["source"])  # nbgrader's gradebook copy
    test_mul = next(t for t in master.tests if t.grade_id == "test_mul")
    assert not test_mul.passed and test_mul.points == 0
    assert test_mul.message == "AssertionError at `assert mul(0, 5) == 0`"
    assert master.score == 2


def test_nbgrader_scoring_rules(tmp_path):
    """stderr fails a test, a number is partial credit, a time limit stops a cell."""
    doc = NotebookDocument([
        Cell("code", "import sys\ndef f():\n    ### BEGIN SOLUTION\n    return 1\n"
                     "    ### END SOLUTION", metadata=nbg(solution=True, grade_id="f")),
        Cell("code", "1 / 0", metadata=nbg(solution=True, grade_id="broken")),
        Cell("code", "print('careful', file=sys.stderr)",
             metadata=nbg(grade=True, grade_id="stderr", points=1)),
        Cell("code", "print('DiveLab: a note of the app', file=sys.stderr)",
             metadata=nbg(grade=True, grade_id="own_notice", points=1)),
        Cell("code", "1.5", metadata=nbg(grade=True, grade_id="partial", points=3)),
        Cell("code", "'not a number'", metadata=nbg(grade=True, grade_id="textual", points=1)),
        Cell("code", "import time\nwhile True:\n    time.sleep(0.05)",
             metadata=nbg(grade=True, grade_id="slow", points=2)),
        Cell("code", "assert f() == 1", metadata=nbg(grade=True, grade_id="after", points=1)),
    ])
    path = tmp_path / "rules.ipynb"
    doc.save(path)
    report = validate_notebook(path, timeout=3)
    by_id = {t.grade_id: t for t in report.tests}
    assert (by_id["stderr"].passed, by_id["stderr"].message) == (
        False, "the test wrote to stderr: careful")
    assert by_id["own_notice"].passed
    assert (by_id["partial"].points, by_id["partial"].passed) == (1.5, False)
    assert by_id["partial"].message == "partial credit: 1.5 of 3 points"
    assert by_id["textual"].passed and by_id["textual"].points == 1
    assert not by_id["slow"].passed and by_id["slow"].message.startswith("CellTimeoutError:")
    assert by_id["after"].passed  # the run goes on after a stopped cell
    assert (report.score, report.max_score) == (4.5, 9)
    answers = {a.grade_id: a for a in report.answers}
    assert answers["f"].done
    assert (answers["broken"].status, answers["broken"].message) == (
        "error", "ZeroDivisionError: division by zero")


# ----------------------------------------------------------------------------- bad input (no kernel)

def test_bad_files_are_keyed_errors(tmp_path):
    (tmp_path / "broken.ipynb").write_text("{not json", encoding="utf-8")
    (tmp_path / "list.ipynb").write_text("[1, 2]", encoding="utf-8")
    plain = NotebookDocument([Cell("code", "x = 1")])
    plain.save(tmp_path / "plain.ipynb")
    cases = {"missing.ipynb": "not_found", "broken.ipynb": "not_json",
             "list.ipynb": "not_notebook", "plain.ipynb": "no_nbgrader_cells"}
    for name, key in cases.items():
        with pytest.raises(NotebookError) as info:
            validate_notebook(tmp_path / name)
        assert info.value.key == key, name
        assert name in str(info.value)


def test_a_release_of_another_lab_is_a_mismatch(tmp_path):
    student = release(tiny_source())
    student.save(tmp_path / "tiny.ipynb")
    other = NotebookDocument([Cell("code", "assert True",
                                   metadata=nbg(grade=True, grade_id="other_test", points=1))])
    with pytest.raises(NotebookError) as info:
        validate_notebook(tmp_path / "tiny.ipynb", release=other)
    assert info.value.key == "release_mismatch" and "other_test" in str(info.value)
    empty = NotebookDocument([Cell("code", "x = 1", metadata=nbg(solution=True, grade_id="add"))])
    with pytest.raises(NotebookError) as info:
        validate_notebook(tmp_path / "tiny.ipynb", release=empty)
    assert info.value.key == "no_nbgrader_cells" and "the release" in str(info.value)


def test_overwrite_forgets_grade_cells_the_release_does_not_know():
    master = release(tiny_source())
    student = release(tiny_source())
    student.cells.append(Cell("code", "assert True", metadata=nbg(grade=True, grade_id="bonus",
                                                                   points=100)))
    cells_by_id(student)["test_add"].metadata["nbgrader"]["points"] = 50
    restored = overwrite_from_release(student, master)
    assert restored == set()
    assert "nbgrader" not in student.cells[-1].metadata  # no points for a test of one's own
    assert cells_by_id(student)["test_add"].metadata["nbgrader"]["points"] == 2


@pytest.mark.parametrize("argv,needle", [
    (["validate-notebook", "nowhere.ipynb"], "nowhere.ipynb does not exist"),
    (["validate-notebook", "x.ipynb", "--timeout", "0"], "must be a positive number"),
    (["validate-notebook", "x.ipynb", "--lang", "fr"], "invalid choice"),
    (["validate-notebook"], "the following arguments are required"),
    (["release-lab", "x.ipynb"], "the following arguments are required: -o"),
    (["release-lab", "nowhere.ipynb", "-o", "out.ipynb"], "nowhere.ipynb does not exist"),
])
def test_cli_mistakes_are_one_line(argv, needle, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    code, out, err = run_cli(*argv)
    assert code == 2 and out == ""
    assert err.startswith("error: ") and needle in err and err.count("\n") == 1, err


def test_cli_release_and_report_paths(tmp_path):
    tiny_source().save(tmp_path / "src.ipynb")
    code, _, err = run_cli("release-lab", str(tmp_path / "src.ipynb"), "-o",
                           str(tmp_path / "src.ipynb"))
    assert code == 2 and "overwrite its source" in err
    code, _, err = run_cli("release-lab", str(tmp_path / "src.ipynb"), "-o",
                           str(tmp_path / "no" / "rel.ipynb"))
    assert code == 2 and "does not exist" in err
    code, out, err = run_cli("release-lab", str(tmp_path / "src.ipynb"), "-o",
                             str(tmp_path / "rel.ipynb"))
    assert code == 0 and out.startswith("wrote ") and "BEGIN SOLUTION" not in (
        tmp_path / "rel.ipynb").read_text(encoding="utf-8")
    code, _, err = run_cli("validate-notebook", str(tmp_path / "rel.ipynb"), "--report",
                           str(tmp_path / "missing" / "r.html"))
    assert code == 2 and err.count("\n") == 1 and "does not exist" in err
    code, _, err = run_cli("validate-notebook", str(tmp_path / "rel.ipynb"), "--release",
                           str(tmp_path / "nothing.ipynb"))
    assert code == 2 and "nothing.ipynb does not exist" in err


def test_cli_kernel_failure_exits_1(tmp_path, monkeypatch):
    release(tiny_source()).save(tmp_path / "tiny.ipynb")

    def no_kernel(*args, **kwargs):
        raise NotebookError("kernel_failed", "the sandbox kernel did not start within 180 s")

    monkeypatch.setattr(validate_module, "run_document", no_kernel)
    code, out, err = run_cli("validate-notebook", str(tmp_path / "tiny.ipynb"))
    assert (code, out) == (1, "")
    assert err == "error: the sandbox kernel did not start within 180 s\n"


# ----------------------------------------------------------------------------- the report page

def test_html_report_is_self_contained_and_escaped(tmp_path):
    notebook = tmp_path / "学生 <lab>.ipynb"
    release(tiny_source()).save(notebook)
    report = ValidationReport(path=notebook, release_path=Path("tiny.ipynb"), tests=[
        TestResult("test_add", True, 2.0, 2.0),
        TestResult("test_mul", False, 0.0, 1.0, message="AssertionError: <b>1 & 2</b>",
                   restored=True)])
    when = datetime(2025, 3, 1, 14, 30, tzinfo=UTC)
    page = render_html_report(report, notebook, "zh", now=when)
    assert page.startswith("<!DOCTYPE html>") and 'lang="zh-CN"' in page
    assert "学生 &lt;lab&gt;.ipynb" in page and "<lab>" not in page
    assert "&lt;b&gt;1 &amp; 2&lt;/b&gt;" in page
    assert "2025-03-01 14:30" in page and "实验报告" in page and "总分: 2 / 3" in page
    assert "Tiny lab" in page  # the lab's own title
    import hashlib

    assert hashlib.sha256(notebook.read_bytes()).hexdigest() in page
    assert "<script" not in page and "http" not in page.lower().replace('lang="', "")
    out = write_html_report(report, notebook, tmp_path / "r.html", "en", now=when)
    english = out.read_text(encoding="utf-8")
    assert "Lab report" in english and "Score: 2 / 3" in english
    assert "✓" in english and "✗" in english and "the released lab (tiny.ipynb)" in english
    report.release_path, report.with_release = None, True  # a release computed in memory
    assert "the released lab (DiveLab&#x27;s copy)" in render_html_report(report, notebook, "en")
    report.with_release = False
    assert "a self-check" in render_html_report(report, notebook, "en")


def test_messages_follow_the_language_of_the_check(tmp_path):
    """A student checking in Chinese reads why a test failed in Chinese."""
    doc = NotebookDocument([
        Cell("code", "def f():\n    raise NotImplementedError()",
             metadata=nbg(solution=True, grade_id="f")),
        Cell("code", "raise NotImplementedError()", metadata=nbg(solution=True, grade_id="g")),
        Cell("code", "import sys\nprint('careful', file=sys.stderr)",
             metadata=nbg(grade=True, grade_id="stderr", points=1)),
        Cell("code", "1.5", metadata=nbg(grade=True, grade_id="partial", points=3)),
        Cell("code", "f()", metadata=nbg(grade=True, grade_id="uses_f", points=1)),
    ])
    path = tmp_path / "zh.ipynb"
    doc.save(path)
    report = validate_notebook(path, timeout=30, lang="zh")
    by_id = {t.grade_id: t for t in report.tests}
    assert by_id["stderr"].message == "测试向 stderr 写了内容：careful"
    assert by_id["partial"].message == "部分得分：1.5 分（满分 3 分）"
    assert by_id["uses_f"].message.startswith("NotImplementedError")
    assert "答案还没有写" in by_id["uses_f"].message
    answers = {a.grade_id: a for a in report.answers}
    assert answers["g"].message == "仍然引发 NotImplementedError"
