"""The course's own code, chapter by chapter, runs verbatim and offline through run-notebook.

The chapters are ``benchmarks/course/*.ipy`` (the book's cells as written). Every cell runs,
every chapter that draws leaves its figures in the executed notebook, and where a library moved
on since the course (pandas ≥ 2 in 数据预处理) the error carries the course-compat note.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import nbformat
import pytest

from engine.run_notebook import run_notebook

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("course_chapters",
                                               ROOT / "benchmarks" / "course_chapters.py")
chapters = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(chapters)

#: chapter → figures it draws. The trained MLP chapters are left to the benchmark (time).
EXPECTED_FIGURES = {
    "01_ndarray": 0, "03_linear_algebra": 0, "04_calculus": 1, "05_autograd": 0,
    "06_linear_regression_scratch": 1, "07_linear_regression_concise": 0,
    "08_image_classification_dataset": 1, "10_softmax_regression_concise": 1, "11_mlp": 6,
}


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    root = tmp_path_factory.mktemp("lab")
    (root / "notebooks").mkdir()
    (root / "data").mkdir()
    return root


@pytest.mark.parametrize("name", sorted(EXPECTED_FIGURES))
def test_chapter_runs_every_cell_and_draws(lab, name):
    source = chapters.chapter_notebook(chapters.CHAPTERS / f"{name}.ipy", lab / "notebooks")
    out = lab / "notebooks" / f"{name}.out.ipynb"
    report = run_notebook(source, out, timeout=300)
    assert [(c.number, c.error) for c in report.failed] == []
    assert chapters.figures_in(out) == EXPECTED_FIGURES[name]
    nbformat.validate(nbformat.read(str(out), as_version=4))


def test_softmax_chapter_trains_as_the_book_says(lab):
    """d2l.train_ch3's own asserts (loss < 0.5, accuracies > 0.7) passed: the figure is final."""
    out = lab / "notebooks" / "10_softmax_regression_concise.out.ipynb"
    if not out.exists():
        test_chapter_runs_every_cell_and_draws(lab, "10_softmax_regression_concise")
    nb = nbformat.read(str(out), as_version=4)
    last = nb.cells[-1]
    figures = [o for o in last.outputs if "image/svg+xml" in o.get("data", {})]
    assert len(figures) == 1, "the Animator's frames collapse to one figure (clear_output)"
    assert "test acc" in figures[0]["data"]["image/svg+xml"]


def test_preprocessing_chapter_explains_what_pandas_changed(lab):
    source = chapters.chapter_notebook(chapters.CHAPTERS / "02_pandas.ipy", lab / "notebooks")
    out = lab / "notebooks" / "02_pandas.zh.ipynb"
    report = run_notebook(source, out, timeout=120, lang="zh")
    assert (lab / "data" / "house_tiny.csv").exists(), "../data is the lab's data folder"
    failed = {c.number: c.error for c in report.failed}
    assert "mean" in failed[3]
    nb = nbformat.read(str(out), as_version=4)
    notes = "".join(o.get("text", "") for o in nb.cells[2].outputs
                    if o.get("output_type") == "stream" and o.get("name") == "stderr")
    assert "numeric_only=True" in notes
