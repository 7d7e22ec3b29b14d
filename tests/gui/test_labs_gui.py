"""Classroom labs in the Notebooks tab: open from Help ▸ Labs, locked cells, Validate, Submit."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from engine.labs import find_lab
from engine.nbgrader_format import CellKind, cell_kind
from engine.notebook import NotebookDocument
from gui import i18n
from gui.settings import set_lab_folder
from gui.tabs.lab_controller import LabController
from gui.tabs.notebook_tab import NotebookTab
from gui.widgets.lab_model import grade_id
from gui.widgets.lab_picker import LabPickerDialog

CHECK_TIMEOUT = 180_000
LAB = "02_linear_algebra"  # the quickest lab to run


@pytest.fixture
def lab_dir(tmp_path) -> Path:
    set_lab_folder(str(tmp_path / "lab"))
    return tmp_path / "lab"


@pytest.fixture
def tab(qtbot, lab_dir):
    i18n.set_language("en")
    widget = NotebookTab()
    widget.autosave_enabled = False
    widget.retranslate_ui()
    widget.resize(1200, 800)
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    widget.shutdown()


def open_lab(tab: NotebookTab, monkeypatch, lang: str = "en") -> None:
    lab = find_lab(LAB)
    monkeypatch.setattr(LabPickerDialog, "pick", classmethod(lambda cls, labs, ui, parent: lab))
    if lang == "en":
        assert tab.open_labs()
    else:
        assert tab.lab.open_lab(lab, lang)


def widget_of(tab: NotebookTab, gid: str):
    return next(w for w in tab.view.cells if grade_id(w.cell) == gid)


def run_check(qtbot, tab: NotebookTab, start) -> None:
    with qtbot.waitSignal(tab.lab.finished, timeout=CHECK_TIMEOUT) as blocker:
        assert start()
    assert tab.lab.panel.state == "done", tab.message.text()
    assert blocker.args == [True]


def reference_solutions(lang: str = "en") -> dict[str, str]:
    """The lab's answers, from its source notebook (the teacher's version)."""
    source = NotebookDocument.load(find_lab(LAB).source_path(lang))
    return {grade_id(c): c.source for c in source.cells
            if cell_kind(c) is CellKind.AUTOGRADED_ANSWER}


def panel_texts(tab: NotebookTab) -> list[str]:
    panel = tab.lab.panel
    return [panel.list.item(i).text() for i in range(panel.list.count())]


# ----------------------------------------------------------------------------- opening
def test_help_labs_installs_and_opens_the_students_copy(qtbot, monkeypatch, lab_dir):
    from gui.main_window import MainWindow

    i18n.set_language("en")
    lab = find_lab(LAB)
    offered = []

    def pick(cls, labs, ui, parent):
        offered.extend(item.title(ui) for item in labs)
        return lab

    monkeypatch.setattr(LabPickerDialog, "pick", classmethod(pick))
    window = MainWindow()
    qtbot.addWidget(window)
    try:
        window.findChild(type(window.about_action), "labsAction").trigger()
        qtbot.waitUntil(lambda: window.findChild(NotebookTab) is not None
                        and window.findChild(NotebookTab).doc is not None, timeout=30_000)
        tab = window.findChild(NotebookTab)
        copy = lab_dir / "notebooks" / "02_linear_algebra.en.ipynb"
        assert tab.doc.path == copy and copy.is_file()
        assert "Lab 2: Linear algebra" in offered and len(offered) >= 7
        assert window.tabs.currentWidget() is tab
        # the student's work is never overwritten: opening again opens the same file
        copy.write_text(copy.read_text(encoding="utf-8").replace(
            "# YOUR CODE HERE", "# MY WORK", 1), encoding="utf-8")
        tab.close_notebook()
        assert tab.open_labs()
        assert "# MY WORK" in "".join(c.source for c in tab.doc.cells)
    finally:
        window.findChild(NotebookTab).shutdown()
        window.close()


def test_start_page_button_and_locked_cells(qtbot, tab, monkeypatch):
    lab = find_lab(LAB)
    monkeypatch.setattr(LabPickerDialog, "pick", classmethod(lambda cls, labs, ui, parent: lab))
    assert tab.validate_action.isVisible() is False
    qtbot.mouseClick(tab.start_page.labs_button, Qt.MouseButton.LeftButton)
    assert tab.doc is not None and tab.lab.active
    assert tab.toolbar.widgetForAction(tab.validate_action).objectName() == "validateButton"
    assert tab.validate_action.isVisible() and tab.submit_action.isVisible()

    test = widget_of(tab, "test_sums")
    answer = widget_of(tab, "sums")
    setup = widget_of(tab, "setup")
    assert test.editor.isReadOnly() and setup.editor.isReadOnly()
    assert not answer.editor.isReadOnly()
    assert test.role_badge.text() == "Test · 2 points"
    assert answer.role_badge.text() == "✎ Your answer"
    assert setup.role_badge.text() == "Read-only"

    # typing, indenting, deleting, moving and retyping a test cell change nothing
    before = test.cell.source
    test.editor.setFocus()
    qtbot.keyClicks(test.editor, "x = 1")
    for key in (Qt.Key.Key_Tab, Qt.Key.Key_Return, Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
        qtbot.keyClick(test.editor, key)
    assert test.cell.source == before and test.editor.toPlainText() == before
    index = tab.view.index_of(test)
    tab.view.select(index)
    assert not tab.delete_action.isEnabled() and not tab.up_action.isEnabled()
    assert not tab.type_combo.isEnabled()
    count = len(tab.doc.cells)
    tab.delete_cell()
    tab.move_cell(-1)
    tab.set_cell_type("markdown")
    assert len(tab.doc.cells) == count and tab.view.cells[index] is test
    assert test.cell.cell_type == "code"

    # the answer cell takes typing
    tab.view.select(tab.view.index_of(answer))
    answer.editor.setFocus()
    qtbot.keyClicks(answer.editor, "# mine")
    assert "# mine" in answer.cell.source
    assert not tab.delete_action.isEnabled()  # an answer keeps its grade id: no delete

    # an ordinary notebook shows no Validate
    tab.doc.dirty = False
    tab.new_notebook()
    assert not tab.validate_action.isVisible()


# ----------------------------------------------------------------------------- validate
def test_validate_untouched_copy_scores_zero_then_full_marks(qtbot, tab, monkeypatch):
    open_lab(tab, monkeypatch)
    run_check(qtbot, tab, tab.lab.validate)
    panel = tab.lab.panel
    assert panel.isVisible()
    assert panel.score.text() == "Score: 0 / 10"
    texts = panel_texts(tab)
    assert len(texts) == 4 and all(t.startswith("✗") for t in texts)
    assert any("NotImplementedError" in t for t in texts)
    assert "sums" in panel.todo.text()
    assert "Lab 2: Linear algebra" in panel.source.text()
    assert not any(p.name.startswith(".divelab-check") for p in tab.doc.path.parent.iterdir())

    # clicking a result shows that test cell
    tab.view.select(0)
    item = panel.list.item(1)
    panel.list.itemClicked.emit(item)
    assert grade_id(tab.view.cells[tab.view.current].cell) == "test_products"

    # the reference answers, typed into the unsaved document: full marks, file untouched
    on_disk = tab.doc.path.read_text(encoding="utf-8")
    for gid, source in reference_solutions().items():
        widget = widget_of(tab, gid)
        widget.editor.setPlainText(source)
    assert tab.doc.dirty
    # tamper a test through the document: the release's copy is what runs
    test = widget_of(tab, "test_norms_stable").cell
    test.source = "assert False, 'tampered'"
    run_check(qtbot, tab, tab.validate)
    assert panel.score.text() == "Score: 10 / 10"
    assert all(t.startswith("✓") for t in panel_texts(tab))
    assert tab.lab.outcome.score == 10 and tab.lab.outcome.with_release
    assert tab.doc.path.read_text(encoding="utf-8") == on_disk
    assert not panel.todo.isVisible()


def test_validate_errors_show_a_message_and_change_nothing(qtbot, tab, monkeypatch):
    from engine.notebook import NotebookError
    from gui.widgets import lab_model

    open_lab(tab, monkeypatch)

    def broken(*args, **kwargs):
        raise NotebookError("kernel_failed", "the kernel did not start")

    monkeypatch.setattr(lab_model, "check_snapshot", broken)
    source = tab.doc.path.read_text(encoding="utf-8")
    with qtbot.waitSignal(tab.lab.finished, timeout=30_000) as blocker:
        tab.validate()
    assert blocker.args == [False]
    assert "kernel did not start" in tab.message.text()
    assert not tab.lab.panel.isVisible() and not tab.lab.busy
    assert tab.validate_action.isEnabled()
    assert tab.doc.path.read_text(encoding="utf-8") == source


# ----------------------------------------------------------------------------- submit
def test_submit_writes_notebook_and_report(qtbot, tab, monkeypatch, tmp_path):
    open_lab(tab, monkeypatch, lang="zh")
    answers = reference_solutions("zh")
    widget_of(tab, "sums").editor.setPlainText(answers["sums"])
    asked = []

    def ask(self, default):
        asked.append(default)
        return str(tmp_path / "handin" / "my_lab")

    (tmp_path / "handin").mkdir()
    monkeypatch.setattr(LabController, "ask_submission_path", ask)
    run_check(qtbot, tab, tab.submit)
    notebook = tmp_path / "handin" / "my_lab.ipynb"
    html = tmp_path / "handin" / "my_lab.html"
    assert asked and asked[0].parent.name == "submissions"
    assert asked[0].name == "02_linear_algebra.zh.ipynb"
    assert notebook.is_file() and html.is_file()
    assert str(notebook) in tab.message.text() and str(html) in tab.message.text()
    handed = NotebookDocument.load(notebook)
    kinds = [cell_kind(c) for c in handed.cells]
    assert kinds.count(CellKind.AUTOGRADED_TEST) == 4
    assert answers["sums"] in "".join(c.source for c in handed.cells)
    page = html.read_text(encoding="utf-8")
    assert "Lab report" in page and re.search(r"2\s*/\s*10", page)
    assert tab.lab.outcome.score == 2
    # the working notebook is neither moved nor saved by handing in a copy
    assert tab.doc.path.name == "02_linear_algebra.zh.ipynb" and tab.doc.dirty

    # cancelling the dialog writes nothing
    monkeypatch.setattr(LabController, "ask_submission_path", lambda self, default: "")
    assert not tab.submit()
    QApplication.processEvents()


def test_leaving_a_running_check_stops_it_between_cells(qtbot, tab, monkeypatch):
    """Opening another notebook mid-check cancels the check: no results reach the new one."""
    open_lab(tab, monkeypatch)
    progress = []
    tab.lab.progress.connect(lambda done, total: progress.append((done, total)))
    assert tab.lab.validate()
    assert tab.lab.busy
    qtbot.waitUntil(lambda: bool(progress), timeout=CHECK_TIMEOUT)  # the first cell ran
    finished = []
    tab.lab.finished.connect(finished.append)
    tab.new_notebook()
    assert not tab.lab.busy and tab.lab.outcome is None
    assert progress[-1][0] < progress[-1][1]  # it was stopped part-way
    qtbot.wait(3000)  # whatever the stopped check still does reaches nobody
    assert finished == [] and tab.lab.outcome is None and not tab.lab.panel.isVisible()
