"""Headless notebook runs through the real sandbox kernel, and ``python -m engine run-notebook``."""

from __future__ import annotations

import importlib.util
import io
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from engine import cli
from engine.notebook import NotebookDocument
from engine.run_notebook import default_output_path, run_notebook

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOKS = ROOT / "tests" / "data" / "notebooks"

needs_ipython_kernel = pytest.mark.skipif(
    importlib.util.find_spec("engine.kernel.child") is None,
    reason="the sandbox kernel does not run cells through IPython yet (engine.kernel.child)")


def run_cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def figures(cell) -> list[str]:
    return [mime for out in cell.outputs for mime in out.get("data", {})
            if mime in ("image/png", "image/svg+xml")]


def text_of(cell, output_type: str) -> str:
    parts = []
    for out in cell.outputs:
        if out["output_type"] != output_type:
            continue
        parts.append(out["text"] if output_type == "stream" else out["data"]["text/plain"])
    return "".join(parts)


# ----------------------------------------------------------------------------- the course's code

@pytest.fixture(scope="module")
def course_run(tmp_path_factory):
    """The course-idiom notebook, run once by ``python -m engine`` in a lab folder of its own."""
    lab = tmp_path_factory.mktemp("lab")
    folder = lab / "notebooks"
    folder.mkdir()
    source = folder / "course_idioms.ipynb"
    shutil.copy(NOTEBOOKS / "course_idioms.ipynb", source)
    home = tmp_path_factory.mktemp("home")
    env = {**os.environ, "DIVELAB_HOME": str(home)}
    proc = subprocess.run([sys.executable, "-m", "engine", "run-notebook", str(source)],
                          cwd=ROOT, capture_output=True, text=True, timeout=600, env=env)
    out_path = folder / "course_idioms.out.ipynb"
    doc = NotebookDocument.load(out_path) if out_path.exists() else None
    return {"proc": proc, "lab": lab, "source": source, "out": out_path, "doc": doc}


def cell_by_text(doc: NotebookDocument, needle: str):
    return next(c for c in doc.cells if needle in c.source)


@needs_ipython_kernel
def test_run_writes_the_default_output_and_reports_each_cell(course_run):
    proc = course_run["proc"]
    assert proc.returncode == 1, proc.stderr  # one cell fails on purpose
    assert course_run["out"].exists(), proc.stdout + proc.stderr
    lines = proc.stdout.strip().splitlines()
    assert len(lines) == 13, proc.stdout
    assert lines[-1].startswith(f"wrote {course_run['out']}: 12 cells run, 1 failed")
    for n, line in enumerate(lines[:-1], start=1):
        if n == 4:
            assert re.fullmatch(r"\[4/12\] error: RuntimeError: mat1 and mat2 shapes cannot be "
                                r"multiplied \(2x3 and 2x3\) \(\d+\.\d s\)", line), line
        else:
            assert re.fullmatch(rf"\[{n}/12\] ok \d+\.\d s", line), line
    assert "Traceback" not in proc.stderr
    original = nbformat.read(course_run["source"], as_version=4)
    assert all(not c.get("outputs") for c in original.cells)  # the input is left alone


@needs_ipython_kernel
def test_output_is_valid_and_keeps_ids_and_nbgrader_metadata(course_run):
    nb = nbformat.read(course_run["out"], as_version=4)
    nbformat.validate(nb)
    original = nbformat.read(NOTEBOOKS / "course_idioms.ipynb", as_version=4)
    assert [c.id for c in nb.cells] == [c.id for c in original.cells]
    assert [c.source for c in nb.cells] == [c.source for c in original.cells]
    graded = [c for c in nb.cells if "nbgrader" in c.metadata]
    assert len(graded) == 1 and graded[0].metadata["nbgrader"]["grade_id"] == "preprocess"
    raw = course_run["out"].read_text()
    assert "divelab.summary" not in raw
    counts = [c.execution_count for c in nb.cells if c.cell_type == "code"]
    assert counts == list(range(1, 13))


@needs_ipython_kernel
def test_magics_run_as_in_jupyter(course_run):
    doc = course_run["doc"]
    assert cell_by_text(doc, "%matplotlib inline").outputs == []
    timeit = text_of(cell_by_text(doc, "%timeit"), "stream")
    assert "per loop" in timeit and "1 run, 1 loop each" in timeit


@needs_ipython_kernel
def test_figures_are_kept(course_run):
    doc = course_run["doc"]
    assert figures(cell_by_text(doc, "d2l.plot(x")) == ["image/svg+xml"]
    assert figures(cell_by_text(doc, "d2l.show_images")) == ["image/svg+xml"]
    # The Animator shows, clears (wait=True) and shows again: one figure stays, as in Jupyter.
    animator = cell_by_text(doc, "d2l.Animator")
    assert figures(animator) == ["image/svg+xml"]


@needs_ipython_kernel
def test_failing_cell_has_its_error_and_later_cells_still_ran(course_run):
    doc = course_run["doc"]
    failing = cell_by_text(doc, "before the mistake")
    assert [o["output_type"] for o in failing.outputs][:2] == ["stream", "error"]  # a note may follow
    assert failing.outputs[0]["text"] == "before the mistake\n"
    error = failing.outputs[1]
    assert error["ename"] == "RuntimeError" and "shapes cannot be multiplied" in error["evalue"]
    assert any("torch.ones(2, 3) @ torch.ones(2, 3)" in line for line in error["traceback"])
    last = cell_by_text(doc, "last cell")
    assert text_of(last, "stream") == "last cell 551600\n"


@needs_ipython_kernel
def test_display_and_clear_output(course_run):
    doc = course_run["doc"]
    steps = cell_by_text(doc, "clear_output(wait=True)")
    assert [o["data"]["text/plain"] for o in steps.outputs] == ["'step 2'"]
    updated = cell_by_text(doc, "display_id=True")
    assert [o["data"]["text/plain"] for o in updated.outputs] == ["'second'"]


@needs_ipython_kernel
def test_preprocessing_reads_the_file_it_wrote_beside_the_notebook_folder(course_run):
    doc = course_run["doc"]
    written = course_run["lab"] / "data" / "house_tiny.csv"
    assert written.read_text().startswith("NumRooms,Alley,Price\n")
    printed = text_of(cell_by_text(doc, "pd.read_csv"), "stream")
    assert "NumRooms" in printed and "127500" in printed
    shapes = text_of(cell_by_text(doc, "pd.get_dummies"), "execute_result")
    assert shapes == "(torch.Size([4, 3]), torch.Size([4]))"


# ----------------------------------------------------------------------------- limits

@needs_ipython_kernel
def test_timeout_stops_one_cell_and_the_run_goes_on(tmp_path):
    doc = NotebookDocument.from_code("x = 41")
    doc.insert_cell(1, "code", "import time\nprint('working')\nwhile True:\n    time.sleep(0.05)")
    doc.insert_cell(2, "markdown", "after the slow cell")
    doc.insert_cell(3, "code", "print(x + 1)")
    doc.insert_cell(4, "code", "   \n")  # blank cells are not run, as in nbclient
    doc.insert_cell(5, "code", "plot([0, 1, 2], [0, 1, 4], label='x²', title='plot() helper')")
    source = tmp_path / "slow.ipynb"
    doc.save(source)
    seen = []
    report = run_notebook(source, tmp_path / "done.ipynb", timeout=2, on_cell=seen.append)
    assert [(c.index, c.number, c.total, c.status) for c in report.cells] == [
        (0, 1, 4, "ok"), (1, 2, 4, "timeout"), (3, 3, 4, "ok"), (5, 4, 4, "ok")]
    assert seen == report.cells and not report.ok and report.failed == [report.cells[1]]
    assert report.cells[1].error.startswith("CellTimeoutError: the cell ran longer than 2 s")
    assert 1.5 < report.cells[1].elapsed < 30
    out = NotebookDocument.load(tmp_path / "done.ipynb")
    slow = out.cells[1]
    assert [o["output_type"] for o in slow.outputs] == ["stream", "error"]
    assert slow.outputs[1]["ename"] == "CellTimeoutError"
    assert out.cells[3].outputs == [{"output_type": "stream", "name": "stdout", "text": "42\n"}]
    assert out.cells[4].execution_count is None and out.cells[4].outputs == []
    helper = out.cells[5]  # the sandbox's own plot() is kept as a PNG
    assert figures(helper) == ["image/png"]
    assert helper.outputs[0]["data"]["image/png"].startswith("iVBORw0KGgo")


@needs_ipython_kernel
@pytest.mark.skipif(importlib.util.find_spec("engine.course_compat") is None,
                    reason="the course notes (engine.course_compat) are not there yet")
def test_course_note_follows_lang(tmp_path):
    """The book's ``inputs.fillna(inputs.mean())`` fails on today's pandas; the note explains."""
    source = tmp_path / "preprocess.ipynb"
    NotebookDocument.from_code(
        "import pandas as pd\n"
        "inputs = pd.DataFrame({'NumRooms': [None, 2.0], 'Alley': ['Pave', None]})\n"
        "inputs = inputs.fillna(inputs.mean())").save(source)
    code, out, err = run_cli("run-notebook", str(source), "--lang", "zh", "--timeout", "60")
    assert code == 1, err
    assert out.startswith("[1/1] error: TypeError: ")
    cell = NotebookDocument.load(tmp_path / "preprocess.out.ipynb").cells[0]
    assert [o["output_type"] for o in cell.outputs] == ["error", "stream"]
    note = cell.outputs[1]
    assert note["name"] == "stderr" and "numeric_only=True" in note["text"]
    assert re.search(r"[\u4e00-\u9fff]", note["text"])  # Chinese, as asked


def test_notebook_without_code_needs_no_kernel(tmp_path):
    doc = NotebookDocument([])
    doc.insert_cell(0, "markdown", "# only words")
    doc.save(tmp_path / "words.ipynb")
    code, out, err = run_cli("run-notebook", str(tmp_path / "words.ipynb"))
    assert (code, err) == (0, "")
    assert out.startswith(f"wrote {tmp_path / 'words.out.ipynb'}: 0 cells run, 0 failed")
    assert NotebookDocument.load(tmp_path / "words.out.ipynb").cells[0].source == "# only words"


def test_default_output_name():
    assert default_output_path("/x/lesson.ipynb") == Path("/x/lesson.out.ipynb")
    assert default_output_path("notes") == Path("notes.out.ipynb")


# ----------------------------------------------------------------------------- bad input

@pytest.fixture
def good_notebook(tmp_path):
    path = tmp_path / "good.ipynb"
    NotebookDocument.from_code("1 + 1").save(path)
    return path


def one_line_error(code: int, out: str, err: str, *words: str) -> None:
    assert code == 2, (out, err)
    assert out == ""
    assert err.startswith("error: ") and err.count("\n") == 1, err
    assert "Traceback" not in err
    for word in words:
        assert word in err, err


def test_cli_missing_file(tmp_path):
    one_line_error(*run_cli("run-notebook", str(tmp_path / "nope.ipynb")), "does not exist")


def test_cli_invalid_json(tmp_path):
    path = tmp_path / "broken.ipynb"
    path.write_text('{"cells": [')
    one_line_error(*run_cli("run-notebook", str(path)), "not valid JSON")


def test_cli_json_that_is_not_a_notebook(tmp_path):
    path = tmp_path / "data.ipynb"
    path.write_text(json.dumps({"rows": [1, 2, 3]}))
    one_line_error(*run_cli("run-notebook", str(path)), "not a notebook")


def test_cli_unwritable_output_fails_before_running(tmp_path, good_notebook):
    one_line_error(*run_cli("run-notebook", str(good_notebook), "-o",
                            str(tmp_path / "missing" / "out.ipynb")), "does not exist")
    one_line_error(*run_cli("run-notebook", str(good_notebook), "-o", str(tmp_path)),
                   "is a folder")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["good.ipynb"]


@pytest.mark.parametrize(("args", "words"), [
    (["--timeout", "0"], "positive"),
    (["--timeout", "soon"], "not a number"),
    (["--lang", "fr"], "invalid choice"),
    ([], None),
])
def test_cli_bad_options(good_notebook, args, words):
    argv = ["run-notebook", *args] if not args else ["run-notebook", str(good_notebook), *args]
    code, out, err = run_cli(*argv)
    one_line_error(code, out, err, *([words] if words else ["notebook"]))


def test_cli_lists_the_command(capsys):
    assert "run-notebook" in cli.COMMANDS
    code, _, _ = run_cli("run-notebook", "--help")
    help_text = capsys.readouterr().out  # argparse prints help to the real stdout
    assert code == 0 and "--timeout" in help_text and "--lang" in help_text


@needs_ipython_kernel
def test_kernel_messages_follow_the_run_language(tmp_path):
    """A notebook run in Chinese gets the kernel's own explanations in Chinese too."""
    path = tmp_path / "ask.ipynb"
    nbformat.write(nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("input('x? ')")]),
                   str(path))
    out = tmp_path / "ask.out.ipynb"
    run_notebook(path, out, lang="zh")
    error = next(o for o in NotebookDocument.load(out).cells[0].outputs
                 if o["output_type"] == "error")
    assert error["ename"] == "EOFError"
    assert "input()" in error["evalue"] and "键盘" in error["evalue"], error["evalue"]
