"""nbgrader's metadata, checksums and released version, checked against nbgrader 0.9.6's own output.

The expected checksums and released cells below were produced by nbgrader itself
(``nbgrader.utils.compute_checksum`` and ``nbgrader generate_assignment`` on these very cells).
"""

from __future__ import annotations

import copy

import pytest

from engine.nbgrader_format import (
    CODE_STUB,
    TEXT_STUB,
    CellKind,
    cell_kind,
    check_metadata,
    clear_solution,
    compute_checksum,
    graded_cells,
    is_changed,
    is_locked,
    release,
)
from engine.notebook import Cell, NotebookDocument, NotebookError


def nbg(**kw) -> dict:
    meta = {"grade": False, "solution": False, "locked": False, "schema_version": 3}
    meta.update(kw)
    return {"nbgrader": meta}


def doc_of(*cells: Cell, **metadata) -> NotebookDocument:
    return NotebookDocument(list(cells), {"kernelspec": {"name": "python3", "display_name": "Python 3",
                                                         "language": "python"}, **metadata})


# ----------------------------------------------------------------------------- checksums

CHECKSUM_CASES = [
    (Cell("code", "assert softmax(X).sum(1).allclose(torch.ones(2))",
          metadata=nbg(grade=True, grade_id="softmax_sums_to_one", points=2)),
     "a4ebc929084e582fe614da95d1d89046"),
    (Cell("code", "def softmax(X):\n    # YOUR CODE HERE\n    raise NotImplementedError()",
          metadata=nbg(solution=True, grade_id="softmax")),
     "cef79200656d4b9199409321ab10fab7"),
    (Cell("markdown", "YOUR ANSWER HERE",
          metadata=nbg(grade=True, solution=True, grade_id="why_stable", points=1.5)),
     "029a28a25f8a80d39ee075146d0605c5"),
    (Cell("code", "import torch", metadata=nbg(locked=True, grade_id="imports")),
     "1bb7083e7b26cc7873c5b56de5f17d2a"),
    (Cell("markdown", "说明：广播机制 🙂", metadata=nbg(locked=True, grade_id="intro-zh")),
     "669f881272a8750088703978273689aa"),
    (Cell("markdown", "Describe the loss.",
          metadata=nbg(task=True, grade_id="task1", points=3)),
     "cb2fb704556f1155852e79f848493a6f"),
    (Cell("code", "", metadata=nbg(grade=True, grade_id="empty", points=0)),
     "0bf65ffece1ed1639503ab1c5362f4d2"),
    (Cell("code", "x = 1\n", metadata=nbg(grade=True, locked=True, grade_id="t2", points=10)),
     "79cfa2c1d538b7c7f619e6ec775b707e"),
]


@pytest.mark.parametrize("cell,expected", CHECKSUM_CASES,
                         ids=[c.metadata["nbgrader"]["grade_id"] for c, _ in CHECKSUM_CASES])
def test_checksum_equals_nbgrader(cell, expected):
    assert compute_checksum(cell) == expected


def test_checksum_covers_source_type_points_and_id():
    base = Cell("code", "assert True", metadata=nbg(grade=True, grade_id="t", points=2))
    reference = compute_checksum(base)
    variants = [("source", "assert  True"), ("cell_type", "markdown")]
    for attr, value in variants:
        other = copy.deepcopy(base)
        setattr(other, attr, value)
        assert compute_checksum(other) != reference, attr
    for key, value in (("points", 3), ("grade_id", "u"), ("grade", False)):
        other = copy.deepcopy(base)
        other.metadata["nbgrader"][key] = value
        assert compute_checksum(other) != reference, key
    same_points = copy.deepcopy(base)
    same_points.metadata["nbgrader"]["points"] = 2.0  # hashed as str(float(points))
    assert compute_checksum(same_points) == reference


# ----------------------------------------------------------------------------- classification

def test_cell_kinds_follow_nbgraders_toolbar():
    kinds = {
        CellKind.AUTOGRADED_ANSWER: Cell("code", "", metadata=nbg(solution=True, grade_id="a")),
        CellKind.AUTOGRADED_TEST: Cell("code", "", metadata=nbg(grade=True, grade_id="t", points=1)),
        CellKind.MANUAL_ANSWER: Cell("markdown", "", metadata=nbg(grade=True, solution=True,
                                                                  grade_id="m", points=1)),
        CellKind.TASK: Cell("markdown", "", metadata=nbg(task=True, locked=True, grade_id="k")),
        CellKind.LOCKED: Cell("code", "", metadata=nbg(locked=True, grade_id="l")),
        CellKind.PLAIN: Cell("code", ""),
    }
    for kind, cell in kinds.items():
        assert cell_kind(cell) is kind
    # nbgrader's rule, not the flag: grade cells are locked, solution cells never
    assert is_locked(Cell("code", "", metadata=nbg(grade=True, grade_id="t", points=1)))
    assert not is_locked(Cell("code", "", metadata=nbg(solution=True, locked=True, grade_id="s")))
    listed = graded_cells(doc_of(*kinds.values()))
    assert [g.kind for g in listed] == list(kinds)[:-1]
    assert [g.points for g in listed] == [0.0, 1.0, 1.0, 0.0, 0.0]


@pytest.mark.parametrize("meta,cell_type,needle", [
    ({"grade": True, "solution": False, "locked": False, "grade_id": "t"}, "code", "schema"),
    (nbg(grade=True, grade_id="t")["nbgrader"], "code", "no points"),
    (nbg(grade=True, grade_id="bad id", points=1)["nbgrader"], "code", "grade_id"),
    (nbg(grade=True, grade_id="t", points=-1)["nbgrader"], "code", "points"),
    (nbg(solution=True)["nbgrader"], "code", "without a grade_id"),
    (nbg(grade=True, grade_id="t", points=1)["nbgrader"], "markdown", "not a solution cell"),
    (nbg(task=True, grade_id="k")["nbgrader"], "code", "task cells have to be markdown"),
    ({**nbg(locked=True, grade_id="l")["nbgrader"], "colour": "red"}, "code", "unknown"),
    ({**nbg(locked=True, grade_id="l")["nbgrader"], "grade": "yes"}, "code", "true or false"),
])
def test_bad_metadata_is_a_keyed_error(meta, cell_type, needle):
    with pytest.raises(NotebookError) as info:
        check_metadata(doc_of(Cell(cell_type, "x", metadata={"nbgrader": meta})), "lab.ipynb")
    assert info.value.key == "bad_nbgrader"
    assert needle in str(info.value) and "lab.ipynb: cell 1" in str(info.value)


def test_duplicate_grade_ids_are_refused():
    cells = [Cell("code", "", metadata=nbg(solution=True, grade_id="same")),
             Cell("code", "", metadata=nbg(grade=True, grade_id="same", points=1))]
    with pytest.raises(NotebookError, match="duplicate grade_id 'same'"):
        check_metadata(doc_of(*cells))


# ----------------------------------------------------------------------------- clearing solutions

def test_clear_solution_keeps_indent_and_surroundings():
    cell = Cell("code", "def f(x):\n    '''Doc.'''\n    ### BEGIN SOLUTION\n    return x\n"
                        "    ### END SOLUTION\nprint(f)", metadata=nbg(solution=True, grade_id="f"))
    clear_solution(cell)
    assert cell.source == ("def f(x):\n    '''Doc.'''\n    # YOUR CODE HERE\n"
                           "    raise NotImplementedError()\nprint(f)")


def test_clear_solution_without_markers_replaces_the_cell():
    code = Cell("code", "x = 42", metadata=nbg(solution=True, grade_id="x"))
    text = Cell("markdown", "Because.", metadata=nbg(solution=True, grade=True, grade_id="y",
                                                     points=1))
    clear_solution(code)
    clear_solution(text)
    assert (code.source, text.source) == (CODE_STUB, TEXT_STUB)
    plain = Cell("code", "y = 1")
    clear_solution(plain)
    assert plain.source == "y = 1"


@pytest.mark.parametrize("source,metadata,needle", [
    ("### BEGIN SOLUTION\nx = 1\n### END SOLUTION", {}, "outside a solution cell"),
    ("### BEGIN SOLUTION\nx = 1", nbg(solution=True, grade_id="s"), "without"),
    ("### BEGIN SOLUTION\n### BEGIN SOLUTION\n### END SOLUTION", nbg(solution=True, grade_id="s"),
     "nested"),
])
def test_broken_solution_regions(source, metadata, needle):
    with pytest.raises(ValueError, match=needle):
        clear_solution(Cell("code", source, metadata=metadata))


# ----------------------------------------------------------------------------- release

def rich_source() -> NotebookDocument:
    """Every kind of nbgrader cell; the notebook ``nbgrader generate_assignment`` was run on."""
    test = Cell("code", "assert area(1) > 3, 'area(1) is π'\n### BEGIN HIDDEN TESTS\n"
                        "assert abs(area(2) - 4 * math.pi) < 1e-9\n### END HIDDEN TESTS",
                metadata={"scrolled": True, **nbg(grade=True, grade_id="test_area", points=2)},
                outputs=[{"output_type": "stream", "name": "stdout", "text": "hi\n"}],
                execution_count=7, id="test-area")
    return doc_of(
        Cell("markdown", "# 圆的面积 Circle area", id="title"),
        Cell("code", "import math", metadata=nbg(locked=True, grade_id="given"), id="given"),
        Cell("code", 'def area(r):\n    """Circle area."""\n    ### BEGIN SOLUTION\n'
                     "    return math.pi * r ** 2\n    ### END SOLUTION",
             metadata=nbg(solution=True, grade_id="area"), id="area"),
        Cell("code", "x = 42", metadata=nbg(solution=True, grade_id="whole"), id="whole"),
        test,
        Cell("markdown", "Explain.\n### BEGIN SOLUTION\nBecause π r².\n### END SOLUTION",
             metadata=nbg(solution=True, grade=True, grade_id="explain", points=1.5), id="explain"),
        Cell("markdown", "Describe it.\n=== BEGIN MARK SCHEME ===\nFull marks for π.\n"
                         "=== END MARK SCHEME ===",
             metadata=nbg(task=True, locked=True, grade_id="task1", points=3), id="task1"),
        Cell("markdown", "The answer.",
             metadata=nbg(solution=True, grade=True, grade_id="free", points=1), id="free"),
        celltoolbar="Create Assignment")


#: nbgrader 0.9.6's ``generate_assignment`` output for rich_source(): source, lock flags, checksum.
NBGRADER_RELEASE = [
    ("# 圆的面积 Circle area", {}, None),
    ("import math", {"deletable": False, "editable": False}, "fe11ec64150f12b788b154367b927a10"),
    ('def area(r):\n    """Circle area."""\n    # YOUR CODE HERE\n    raise NotImplementedError()',
     {"deletable": False}, "54ad344c04842c813b4bc0d1ebf66fb0"),
    ("# YOUR CODE HERE\nraise NotImplementedError()", {"deletable": False},
     "66d80fb5d825479aeccbb7a775b8d311"),
    ("assert area(1) > 3, 'area(1) is π'", {"deletable": False, "editable": False},
     "6b0d08af3b29146f42592bfa06dfcc7b"),
    ("Explain.\nYOUR ANSWER HERE", {"deletable": False}, "d8bb2156358731d86d8eff42e22c606c"),
    ("Describe it.", {"deletable": False, "editable": False}, "2118af2a1b9b42d0330fd3173e3afc5b"),
    ("YOUR ANSWER HERE", {"deletable": False}, "3b64183d5359ce4608f045fc636ca4ce"),
]
#: The gradebook ("master") copy nbgrader keeps: hidden tests and mark scheme still in.
NBGRADER_MASTER_CHECKSUMS = {"test_area": "d5e2f61dbcb774b290e1624739b0713d",
                             "task1": "5c93a8d939c5429039238b5e1edfd907"}


def test_release_matches_nbgrader_generate_assignment():
    source = rich_source()
    before = copy.deepcopy([(c.source, c.metadata) for c in source.cells])
    released = release(source)
    assert [(c.source, c.metadata) for c in source.cells] == before  # the source is untouched
    assert "celltoolbar" not in released.metadata
    assert len(released.cells) == len(NBGRADER_RELEASE)
    for cell, (text, flags, checksum) in zip(released.cells, NBGRADER_RELEASE):
        assert cell.source == text
        meta = cell.metadata.get("nbgrader")
        assert {k: v for k, v in cell.metadata.items() if k != "nbgrader"} == flags
        assert (meta or {}).get("checksum") == checksum
        if meta:
            assert meta["cell_type"] == cell.cell_type
        assert not cell.outputs and cell.execution_count is None
    check_metadata(released)


def test_release_with_hidden_tests_is_nbgraders_master_copy():
    master = release(rich_source(), hidden_tests=True)
    by_id = {c.metadata["nbgrader"]["grade_id"]: c for c in master.cells if "nbgrader" in c.metadata}
    assert "BEGIN HIDDEN TESTS" in by_id["test_area"].source
    for grade_id, checksum in NBGRADER_MASTER_CHECKSUMS.items():
        assert by_id[grade_id].metadata["nbgrader"]["checksum"] == checksum
    assert "raise NotImplementedError()" in by_id["area"].source  # solutions still cleared


def test_release_refuses_notebooks_it_cannot_release():
    with pytest.raises(NotebookError) as info:
        release(doc_of(Cell("code", "x = 1"), Cell("markdown", "hi")), name="plain.ipynb")
    assert info.value.key == "no_nbgrader_cells" and "plain.ipynb" in str(info.value)
    stray = doc_of(Cell("code", "### BEGIN SOLUTION\nx = 1\n### END SOLUTION"),
                   Cell("code", "", metadata=nbg(grade=True, grade_id="t", points=1)))
    with pytest.raises(NotebookError, match="cell 1: a solution region outside") as info:
        release(stray)
    assert info.value.key == "bad_nbgrader"
    hidden = doc_of(Cell("code", "### BEGIN HIDDEN TESTS\nx\n### END HIDDEN TESTS",
                         metadata=nbg(locked=True, grade_id="l")))
    with pytest.raises(NotebookError, match="hidden tests outside"):
        release(hidden)
    r_lang = doc_of(Cell("code", "", metadata=nbg(grade=True, grade_id="t", points=1)))
    r_lang.metadata["kernelspec"]["language"] = "R"
    with pytest.raises(NotebookError, match="Python notebooks only"):
        release(r_lang)


def test_changed_cells_are_detected_by_checksum():
    released = release(rich_source())
    test = released.cells[4]
    assert not is_changed(test)
    test.source = "# " + test.source  # commented out
    assert is_changed(test)
    answer = released.cells[2]
    answer.source = "def area(r):\n    return 3"
    assert not is_changed(answer)  # answers are meant to change
    retyped = copy.deepcopy(released.cells[1])
    retyped.cell_type = "markdown"
    assert is_changed(retyped)
