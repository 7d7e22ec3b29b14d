"""The Notebooks tab: open, run (as Jupyter does), edit, save, autosave, bad files, drops."""

from __future__ import annotations

import json
from pathlib import Path

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from gui import i18n
from gui.main_window import MainWindow
from gui.tabs.notebook_tab import NotebookTab
from gui.widgets.notebook_cells import CodeCellWidget, MarkdownCellWidget
from gui.widgets.rich_output import FigureBlock

RUN_TIMEOUT = 180_000


def write_notebook(path: Path, cells: list) -> Path:
    nb = new_notebook(cells=cells)
    nbformat.validate(nb)
    path.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, str(path))
    return path


def course_notebook(path: Path) -> Path:
    """The course's idioms, one animated figure, and a cell that fails before the last one."""
    return write_notebook(path, [
        new_markdown_cell("# Softmax *regression*\n\nSome **text** and $o = Wx + b$."),
        new_code_cell("%matplotlib inline\nimport torch\nfrom d2l import torch as d2l"),
        new_code_cell("x = torch.arange(0, 3, 0.5)\nprint('points:', len(x))\n"
                      "d2l.plot(x, [x ** 2], 'x', 'f(x)')"),
        new_code_cell("animator = d2l.Animator(xlabel='epoch', xlim=[1, 3], legend=['a'])\n"
                      "for epoch in range(1, 4):\n    animator.add(epoch, (epoch * 0.1,))"),
        new_code_cell("x.sum()"),
        new_code_cell("undefined_name + 1"),
        new_code_cell("print('never runs')"),
    ])


@pytest.fixture
def tab(qtbot):
    i18n.set_language("en")
    widget = NotebookTab()
    widget.retranslate_ui()
    widget.resize(1100, 800)
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    widget.shutdown()
    i18n.set_language("en")


def wait_idle(qtbot, tab: NotebookTab) -> None:
    qtbot.waitUntil(lambda: not tab.session.busy, timeout=RUN_TIMEOUT)
    qtbot.wait(50)


def code_widgets(tab: NotebookTab) -> list[CodeCellWidget]:
    return [w for w in tab.view.cells if isinstance(w, CodeCellWidget)]


def figures(widget: CodeCellWidget) -> list[FigureBlock]:
    return [] if widget.output is None else [b for b in widget.output.blocks
                                             if isinstance(b, FigureBlock)]


def texts(widget: CodeCellWidget) -> str:
    return "\n".join(widget.output.texts()) if widget.output is not None else ""


# ----------------------------------------------------------------------------- running
def test_run_all_stops_at_the_failing_cell_and_save_keeps_what_is_shown(qtbot, tab, tmp_path):
    path = course_notebook(tmp_path / "nb" / "softmax.ipynb")
    assert tab.open_path(path)
    assert tab.stack.currentIndex() == 1 and len(tab.view.cells) == 7
    assert isinstance(tab.view.cells[0], MarkdownCellWidget)
    assert "Softmax" in tab.view.cells[0].view.toPlainText()

    tab.run_all()
    cells = code_widgets(tab)
    assert all(w.prompt.text() == "[*]:" for w in cells)  # queued at once, as in Jupyter
    wait_idle(qtbot, tab)

    imports, plot, animation, value, failing, after = cells
    assert [w.cell.execution_count for w in cells] == [1, 2, 3, 4, 5, None]
    assert plot.prompt.text() == "[2]:" and after.prompt.text() == "[ ]:"
    assert "points: 6" in texts(plot) and len(figures(plot)) == 1
    assert figures(plot)[0].has_image() or figures(plot)[0].svg
    # The animated figure was redrawn in place: one figure, one output in the document.
    assert len(figures(animation)) == 1
    assert [o["output_type"] for o in animation.cell.outputs] == ["display_data"]
    assert "Out[4]:" in texts(value) and "tensor(" in texts(value)
    error = failing.output.findChild(QLabel, "outputError")
    assert error is not None and "NameError" in error.text()
    assert failing.editor.error_line() == 1
    assert after.output is None or not after.output.blocks
    assert not after.cell.outputs
    assert tab.has_unsaved_changes() and tab.name_label.text().endswith("*")

    assert tab.save()
    assert not tab.has_unsaved_changes() and not tab.name_label.text().endswith("*")
    saved = nbformat.read(str(path), as_version=4)
    nbformat.validate(saved)
    code = [c for c in saved.cells if c.cell_type == "code"]
    assert [c.execution_count for c in code] == [1, 2, 3, 4, 5, None]
    kinds = [o.output_type for o in code[1].outputs]
    assert kinds == ["stream", "display_data"]
    assert {"image/svg+xml", "image/png"} & set(code[1].outputs[1].data)
    assert code[3].outputs[0].output_type == "execute_result"
    assert code[4].outputs[0].output_type == "error" and code[4].outputs[0].ename == "NameError"
    assert "application/vnd.divelab.summary+json" not in json.dumps(saved)

    # Reopened, the outputs are there before anything runs.
    again = NotebookTab()
    qtbot.addWidget(again)
    again.retranslate_ui()
    again.show()
    assert again.open_path(path)
    reopened = code_widgets(again)
    assert [w.prompt.text() for w in reopened][:2] == ["[1]:", "[2]:"]
    assert len(figures(reopened[1])) == 1 and "points: 6" in texts(reopened[1])
    assert reopened[4].output.findChild(QLabel, "outputError") is not None
    assert not again.has_unsaved_changes()
    again.shutdown()


def test_run_to_here_shift_enter_and_interrupt(qtbot, tab, tmp_path):
    path = write_notebook(tmp_path / "steps.ipynb", [
        new_code_cell("a = 1"), new_code_cell("b = a + 1\nb"), new_code_cell("c = b * 10\nc"),
        new_code_cell("import time\ntime.sleep(60)"), new_code_cell("print('after')"),
    ])
    tab.open_path(path)
    tab.view.select(1)
    tab.run_to_here()
    wait_idle(qtbot, tab)
    cells = code_widgets(tab)
    assert [w.cell.execution_count for w in cells] == [1, 2, None, None, None]
    assert "Out[2]: 2" in texts(cells[1])

    # Shift+Enter in the third cell's editor runs it and selects the next cell.
    tab.view.select(2, edit=True)
    qtbot.keyClick(cells[2].editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert tab.view.current == 3
    wait_idle(qtbot, tab)
    assert "Out[3]: 20" in texts(cells[2])

    # A long cell, one waiting behind it: Interrupt stops the first and cancels the second.
    tab.view.select(3)
    tab.run_to_here()
    tab.session.run([cells[4].cell])
    assert cells[4].prompt.text() == "[*]:"
    qtbot.waitUntil(lambda: tab.session.kernel_state == "busy", timeout=RUN_TIMEOUT)
    assert tab.interrupt_action.isEnabled()
    tab.interrupt()
    wait_idle(qtbot, tab)
    assert "Interrupted" in texts(cells[3]) or "KeyboardInterrupt" in texts(cells[3])
    assert cells[4].prompt.text() == "[ ]:" and not cells[4].cell.outputs


def test_kernel_runs_in_the_notebook_folder(qtbot, tab, tmp_path):
    path = write_notebook(tmp_path / "lab" / "notebooks" / "data.ipynb", [new_code_cell(
        "import os\nos.makedirs(os.path.join('..', 'data'), exist_ok=True)\n"
        "with open('../data/x.csv', 'w') as f:\n    f.write('a,b\\n1,2\\n')\nos.getcwd()")])
    tab.open_path(path)
    tab.run_all()
    wait_idle(qtbot, tab)
    assert (tmp_path / "lab" / "data" / "x.csv").read_text() == "a,b\n1,2\n"
    assert str(path.parent) in texts(code_widgets(tab)[0])
    assert str(path.parent) in tab.kernel_label.toolTip()


def test_error_note_in_the_ui_language_and_queue_states(qtbot, tab, tmp_path):
    """A fake kernel: the run queue, the prompts and the course note, without a process."""
    path = write_notebook(tmp_path / "fake.ipynb", [new_code_cell("ok()"),
                                                    new_code_cell("fails()"),
                                                    new_code_cell("waits()")])
    tab.open_path(path)
    sent: list[str] = []
    tab.session.runner._execute = lambda code: sent.append(code) or len(sent)
    i18n.set_language("zh")
    tab.run_all()
    cells = code_widgets(tab)
    assert sent == ["ok()"] and [w.prompt.text() for w in cells] == ["[*]:"] * 3
    feed = tab.session._dispatch
    feed({"type": "stream", "id": 1, "name": "stdout", "text": "hello\n"})
    feed({"type": "done", "id": 1, "status": "ok", "execution_count": 1})
    assert sent == ["ok()", "fails()"] and cells[0].prompt.text() == "[1]:"
    note = {"en": "d2l 0.17 needs an older pandas", "zh": "d2l 0.17 需要旧版 pandas"}
    feed({"type": "error", "id": 2, "ename": "TypeError", "evalue": "bad", "lineno": 1,
          "message": "TypeError: bad", "line": "fails()", "traceback": "", "note": note})
    feed({"type": "done", "id": 2, "status": "error", "execution_count": 2})
    assert sent == ["ok()", "fails()"]  # the third cell never went to the kernel
    assert cells[2].prompt.text() == "[ ]:" and not tab.session.busy
    assert "需要旧版 pandas" in texts(cells[1])
    stored = cells[1].cell.outputs
    assert stored[0]["output_type"] == "error" and "需要旧版 pandas" in stored[1]["text"]
    assert "hello" in texts(cells[0]) and cells[0].cell.outputs[0]["text"] == "hello\n"


# ----------------------------------------------------------------------------- editing
def test_insert_move_delete_and_change_type(qtbot, tab):
    assert tab.new_notebook()
    assert len(tab.doc.cells) == 1 and tab.name == "Untitled.ipynb"
    tab.view.cells[0].editor.setPlainText("first = 1")
    assert tab.doc.cells[0].source == "first = 1" and tab.has_unsaved_changes()
    tab.insert_cell(1, "markdown")
    tab.view.cells[1].editor.setPlainText("# Title")
    tab.insert_cell(0)  # above the markdown cell
    assert [c.cell_type for c in tab.doc.cells] == ["code", "code", "markdown"]
    assert tab.view.current == 1
    tab.move_cell(-1)
    assert tab.doc.cells[0].source == "" and tab.doc.cells[1].source == "first = 1"
    tab.view.select(2)
    tab.run_cell()  # a markdown cell renders
    assert not tab.view.cells[2].editing and "Title" in tab.view.cells[2].view.toPlainText()
    tab.set_cell_type("code")
    assert tab.doc.cells[2].cell_type == "code" and isinstance(tab.view.cells[2], CodeCellWidget)
    assert tab.view.cells[2].editor.toPlainText() == "# Title"
    tab.view.select(0)
    tab.delete_cell()
    assert [c.source for c in tab.doc.cells] == ["first = 1", "# Title"]
    assert [w.cell for w in tab.view.cells] == tab.doc.cells
    # Double-click on a rendered markdown cell edits it.
    tab.insert_cell(1, "markdown", edit=False)
    md = tab.view.cells[1]
    md.show_rendered()
    qtbot.mouseDClick(md.view.viewport(), Qt.MouseButton.LeftButton)
    assert md.editing


def long_notebook(tmp_path: Path, sections: int = 80) -> Path:
    cells = []
    for i in range(sections):
        cells.append(new_markdown_cell(f"## Section {i}\n\nText with *emphasis* and `code`."))
        cells.append(new_code_cell(f"x{i} = torch.arange({i})\nx{i}.sum()"))
    return write_notebook(tmp_path / "long.ipynb", cells)


def test_a_long_notebook_opens_in_slices(qtbot, tab, tmp_path):
    """The cells on screen come at once; the rest are made over the next turns, in order."""
    assert tab.open_path(long_notebook(tmp_path))
    assert not tab.view.is_built()  # 160 cells are far more than one slice
    assert tab.view.current == 0 and tab.up_action.isEnabled() is False
    assert tab.down_action.isEnabled()  # counted from the document, not the widgets made
    qtbot.waitUntil(tab.view.is_built, timeout=10000)
    assert [w.cell for w in tab.view.cells] == tab.doc.cells
    assert len(tab.view.cells) == 160
    # A short cell shows all its lines: no scrollbar of its own.
    editor = tab.view.cells[1].editor
    assert editor.verticalScrollBar().maximum() == 0


def test_cells_are_all_there_whenever_asked(qtbot, tab, tmp_path):
    """Running, editing or moving before the slices are done finds every cell in place."""
    assert tab.open_path(long_notebook(tmp_path))
    assert not tab.view.is_built()
    tab.view.select(150)  # keyboard or a test going far down: the rest are made first
    assert tab.view.is_built() and tab.view.current == 150
    assert tab.open_path(long_notebook(tmp_path / "again"))
    assert not tab.view.is_built()
    tab.view.select(0)
    tab.add_code_action.trigger()  # inserts below the selected cell, as Jupyter's B
    qtbot.waitUntil(tab.view.is_built, timeout=10000)
    assert [w.cell for w in tab.view.cells] == tab.doc.cells
    assert len(tab.doc.cells) == 161 and tab.doc.cells[1].source == ""


# ----------------------------------------------------------------------------- files
def test_bad_files_show_a_message_and_change_nothing(qtbot, tab, tmp_path):
    good = write_notebook(tmp_path / "good.ipynb", [new_code_cell("1 + 1")])
    tab.open_path(good)
    doc = tab.doc
    (tmp_path / "broken.ipynb").write_text("{ not json", encoding="utf-8")
    (tmp_path / "other.ipynb").write_text(json.dumps({"hello": 1}), encoding="utf-8")
    (tmp_path / "folder.ipynb").mkdir()
    for name in ("missing.ipynb", "broken.ipynb", "other.ipynb", "folder.ipynb"):
        tab.message.dismiss()
        assert not tab.open_path(tmp_path / name)
        assert tab.doc is doc and tab.name == "good.ipynb"
        assert tab.message.isVisible() and name in tab.message.label.text()
    i18n.set_language("zh")
    assert not tab.open_path(tmp_path / "broken.ipynb")
    assert "不是有效的 JSON" in tab.message.label.text()
    # Saving into a folder that does not exist: a message, the notebook stays unsaved.
    tab.view.cells[0].editor.setPlainText("2 + 2")
    assert not tab.save_as(tmp_path / "no" / "such" / "dir" / "x.ipynb")
    assert "无法保存" in tab.message.label.text() and tab.has_unsaved_changes()


def test_autosave_restores_unsaved_work_after_a_crash(qtbot, tab, tmp_path):
    path = write_notebook(tmp_path / "work.ipynb", [new_code_cell("original = 1")])
    tab.open_path(path)
    tab.view.cells[0].editor.setPlainText("edited = 2")
    qtbot.waitUntil(lambda: tab.autosave.exists(), timeout=10_000)  # a few seconds after typing
    # The app dies here: nothing saved; the next start brings the work back.
    window = MainWindow()
    window._skip_close_prompt = True
    qtbot.addWidget(window)
    window.show()
    restarted = window.tab("notebookTab")
    assert "work.ipynb" in window.statusBar().currentMessage()
    assert window.tabs.tabText(window.tabs.indexOf(restarted)).endswith("*")
    window.show_tab("notebookTab")
    assert restarted.doc is not None and restarted.doc.path == path
    assert restarted.doc.cells[0].source == "edited = 2" and restarted.has_unsaved_changes()
    assert restarted.view.cells[0].editor.toPlainText() == "edited = 2"
    assert restarted.message.isVisible() and "work.ipynb" in restarted.message.label.text()
    assert path.read_text().count("original = 1") == 1  # the file itself is untouched
    button = restarted.message.findChild(QPushButton, "discardRestoredButton")
    assert button is not None
    button.click()
    assert restarted.doc.cells[0].source == "original = 1" and not restarted.has_unsaved_changes()
    assert not restarted.autosave.exists()


def test_save_as_untitled_and_window_title_marker(qtbot, tmp_path):
    i18n.set_language("en")
    window = MainWindow()
    window._skip_close_prompt = True
    qtbot.addWidget(window)
    window.show()
    nb = window.show_tab("notebookTab")
    assert window.save_action.isEnabled()
    window.new_notebook_action.trigger()
    nb.view.cells[0].editor.setPlainText("y = 3")
    assert window.tabs.tabText(window.tabs.indexOf(nb)).endswith("*")
    assert window.windowTitle().startswith("Untitled.ipynb") and window.isWindowModified()
    target = tmp_path / "mine"
    assert nb.save_as(target)
    saved = target.with_suffix(".ipynb")
    nbformat.validate(nbformat.read(str(saved), as_version=4))
    assert not window.isWindowModified() and window.windowTitle().startswith("mine.ipynb")
    assert not window.tabs.tabText(window.tabs.indexOf(nb)).endswith("*")
    assert str(saved) in nb.recent_paths()
    # Ctrl+S from inside a cell saves to the same file.
    nb.view.cells[0].editor.setPlainText("y = 4")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    nb.view.cells[0].editor.setFocus()
    qtbot.keyClick(nb.view.cells[0].editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not nb.has_unsaved_changes() and "y = 4" in saved.read_text()
    window.show_tab("lossTab")
    assert not window.save_action.isEnabled() and not window.save_as_action.isEnabled()
    # A tab with its own Ctrl+S / Ctrl+O keeps them; the File menu's keys step back there.
    window.show_tab("preprocessTab")
    assert window.save_action.isEnabled() and window.save_action.shortcut().isEmpty()
    assert window.open_notebook_action.shortcut().isEmpty()
    window.show_tab("notebookTab")
    assert window.save_action.shortcut().toString() == "Ctrl+S"


def test_closing_with_unsaved_notebook_asks(qtbot, tmp_path):
    i18n.set_language("en")
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    nb = window.show_tab("notebookTab")
    nb.new_notebook()
    nb.view.cells[0].editor.setPlainText("z = 1")
    answers = ["cancel"]
    nb.files.ask_save_changes = lambda: answers.pop(0)
    window.show_tab("tensorTab")
    assert not window.close()
    assert window.isVisible() and window.tabs.currentWidget() is nb and nb.has_unsaved_changes()
    nb.autosave_now()
    answers.append("discard")
    assert window.close()
    assert not nb.autosave.exists()


def test_dropping_a_notebook_opens_it(qtbot, tmp_path):
    path = write_notebook(tmp_path / "dropped.ipynb", [new_code_cell("dropped = True")])
    i18n.set_language("en")
    window = MainWindow()
    window._skip_close_prompt = True
    qtbot.addWidget(window)
    window.show()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(QPointF(20, 20).toPoint(), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, drop)
    nb = window.tab("notebookTab")
    assert window.tabs.currentWidget() is nb and nb.name == "dropped.ipynb"
    # Onto a cell's editor, a notebook opens too (instead of its path being typed in).
    other = write_notebook(tmp_path / "second.ipynb", [new_code_cell("second = True")])
    mime2 = QMimeData()
    mime2.setUrls([QUrl.fromLocalFile(str(other))])
    viewport = nb.view.cells[0].editor.viewport()
    enter = QDragEnterEvent(QPointF(5, 5).toPoint(), Qt.DropAction.CopyAction, mime2,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(viewport, QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime2,
                                                Qt.MouseButton.LeftButton,
                                                Qt.KeyboardModifier.NoModifier))
    assert nb.name == "second.ipynb" and nb.doc.cells[0].source == "second = True"
