"""The tensor sandbox tab, driven like a student: presets, Run, output, inspectors, isolation."""

from __future__ import annotations

import sys
import time

import numpy as np
import pytest
from PySide6.QtCore import QElapsedTimer, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QSpinBox, QTreeWidget

from engine.kernel import DEFAULT_TIME_LIMIT
from engine.presets import PRESET_BY_KEY, PRESETS, SECTIONS
from engine.tensor_inspect import summarize
from gui import i18n
from gui.tabs.tensor_tab import TensorTab
from gui.widgets.broadcast_view import BroadcastView
from gui.widgets.tensor_view import TensorView


def _wait(condition, timeout_ms: int = 60000) -> None:
    timer = QElapsedTimer()
    timer.start()
    while not condition():
        if timer.elapsed() > timeout_ms:
            raise TimeoutError("condition not met")
        QApplication.processEvents()
        time.sleep(0.005)


@pytest.fixture(scope="module")
def tab(qapp, tmp_path_factory):
    i18n.set_language("en")
    with pytest.MonkeyPatch.context() as patch:  # its own autosave, never the user's
        patch.setenv("DIVELAB_HOME", str(tmp_path_factory.mktemp("sandbox_home")))
        widget = TensorTab()
    widget.retranslate_ui()
    widget.resize(1280, 760)
    widget.show()  # first show prewarms the kernel
    _wait(lambda: widget._kernel_state == "idle", 120000)
    yield widget
    widget.shutdown()
    widget.deleteLater()


def run(tab: TensorTab, qtbot, code: str, timeout_ms: int = 60000) -> None:
    tab.editor.setPlainText(code)
    qtbot.mouseClick(tab.findChild(QPushButton, "runButton"), Qt.MouseButton.LeftButton)
    _wait(lambda: tab._run_id is None, timeout_ms)
    QApplication.processEvents()


def test_named_controls_exist(tab):
    for name in ("presetTree", "codeEditor", "runButton", "interruptButton", "restartButton",
                 "variablesTable", "outputView", "timeLimitSpin", "tensorView", "broadcastView",
                 "autogradView", "kernelStatus", "presetSummary", "lessonGuide"):
        assert tab.findChild(object, name) is not None, name
    assert tab.objectName() == "tensorTab"
    assert tab.findChild(QSpinBox, "timeLimitSpin").value() == int(DEFAULT_TIME_LIMIT)


def test_presets_tree_groups_sections_and_loads_code(tab, qtbot):
    tree = tab.findChild(QTreeWidget, "presetTree")
    assert tree.topLevelItemCount() == len(SECTIONS) + 1  # "My code" on top, hidden while empty
    assert tree.topLevelItem(0).isHidden()
    assert sum(tree.topLevelItem(i).childCount() for i in range(1, len(SECTIONS) + 1)) == len(PRESETS)
    item = tree.topLevelItem(2).child(0)
    rect = tree.visualItemRect(item)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    key = item.data(0, Qt.ItemDataRole.UserRole)
    assert tab.editor.toPlainText() == PRESET_BY_KEY[key].code
    assert PRESET_BY_KEY[key].summary_en in tab.findChild(QLabel, "presetSummary").text()


def test_language_switch_retitles_presets(tab):
    tree = tab.findChild(QTreeWidget, "presetTree")
    i18n.set_language("zh")
    try:
        tab.retranslate_ui()
        assert [tree.topLevelItem(i).text(0) for i in range(1, 5)] == [
            "数据操作", "线性代数", "矩阵计算", "自动求导"]
    finally:
        i18n.set_language("en")
        tab.retranslate_ui()
    assert tree.topLevelItem(1).text(0) == "Data manipulation"


def test_preset_code_follows_the_ui_language_until_edited(tab):
    preset = PRESET_BY_KEY["nd_examples"]
    tab.load_preset("nd_examples")
    assert tab.editor.toPlainText() == preset.code_in("en")
    assert "# 0-D scalar" in tab.editor.toPlainText()
    i18n.set_language("zh")
    try:
        tab.retranslate_ui()
        assert tab.editor.toPlainText() == preset.code_in("zh")
        assert "# 0-D 标量" in tab.editor.toPlainText()
        assert not tab.files.sync().modified
        tab.editor.appendPlainText("print(1)")  # edited: a language switch leaves it alone
        edited = tab.editor.toPlainText()
        i18n.set_language("en")
        tab.retranslate_ui()
        assert tab.editor.toPlainText() == edited
    finally:
        i18n.set_language("en")
        tab.retranslate_ui()
        tab.load_preset("nd_examples")


def test_run_shows_stdout_value_and_variables(tab, qtbot):
    tab.load_preset("arange_reshape")
    qtbot.keyClick(tab.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    _wait(lambda: tab._run_id is None)
    QApplication.processEvents()
    texts = "\n".join(tab.output.texts())
    assert "shape: torch.Size([12])" in texts
    views = [v for v in tab.output.findChildren(TensorView) if v.isVisibleTo(tab.output)]
    assert views, "the last value is drawn as a tensor"
    view = views[-1]
    assert view.badges["shape"].text() == "shape (3, 4)"
    assert view.badges["dtype"].text() == "int64"
    assert view.model.rowCount() == 3 and view.model.columnCount() == 4
    assert view.model.data(view.model.index(2, 3)) == "11"
    assert view.model.data(view.model.index(2, 3), Qt.ItemDataRole.BackgroundRole) is not None
    table = tab.variables_table
    rows = {table.item(r, 0).text(): [table.item(r, c).text() for c in range(5)]
            for r in range(table.rowCount())}
    assert rows["X"] == ["X", "Tensor", "(3, 4)", "int64", "cpu"]
    assert tab.status_label.text().startswith("Kernel ready · ")
    assert tab.status_label.text().endswith(" ms")


def test_variables_show_a_dataframe_shape_and_plain_values(tab, qtbot):
    run(tab, qtbot, "import pandas as pd\n"
                    "data = pd.DataFrame({'NumRooms': [3.0, 2.0, 4.0], 'Price': [1, 2, 3]})\n"
                    "n = 42\nlr = 0.03\nflag = True\n")
    _wait(lambda: tab.variables_table.rowCount() >= 4)
    table = tab.variables_table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    rows = {table.item(r, 0).text(): {h: table.item(r, c).text() for c, h in enumerate(headers)}
            for r in range(table.rowCount())}
    assert rows["data"]["Type"] == "DataFrame" and rows["data"]["Shape"] == "(3, 2)"
    assert rows["n"]["Value"] == "42" and rows["lr"]["Value"] == "0.03"
    assert rows["flag"]["Value"] == "True"


def test_error_is_short_and_points_at_line(tab, qtbot):
    run(tab, qtbot, "a = torch.ones(3, 2)\nb = torch.ones(3)\nc = a + b\n")
    errors = [w for w in tab.output.blocks if w.objectName() == "outputError"]
    assert len(errors) == 1
    text = errors[0].text()
    assert "Line 3" in text and "RuntimeError" in text and "c = a + b" in text
    assert "Traceback" not in text
    assert tab.editor.error_line() == 3
    assert any("Broadcasting tab now compares a and b" in t for t in tab.output.texts())


def test_broadcast_hint_and_view_show_the_same_shapes(tab, qtbot):
    run(tab, qtbot, "a = torch.ones(4, 1)\nb = torch.ones(5)\n")
    tab.broadcast_view.set_shapes("3, 1", "1, 2")  # the student looked at something else
    run(tab, qtbot, "a = torch.ones(3, 2)\nb = torch.ones(3)\nc = a + b\n")
    view = tab.broadcast_view
    _wait(lambda: view.result is not None and view.result.shape_a == (3, 2))
    assert view.result.shape_b == (3,) and not view.result.ok
    assert (view.combo_a.currentText(), view.combo_b.currentText()) == ("a", "b")
    assert "a and b" in tab.output.texts()[-1]
    run(tab, qtbot, "x = torch.ones(3, 2)\nx + torch.ones(3)\n")
    assert "type both shapes" in tab.output.texts()[-1]


def test_plot_preset_draws_pyqtgraph_curves(tab, qtbot):
    tab.load_preset("sin_derivative")
    run(tab, qtbot, tab.editor.toPlainText())
    plots = list(tab.output.figures.values())
    assert len(plots) == 1
    curves = plots[0].getPlotItem().listDataItems()
    assert len(curves) == 2
    assert curves[0].getData()[0].shape == (200,)


def test_nd_tensor_is_sliced_with_spin_boxes(tab, qtbot):
    run(tab, qtbot, "X = torch.arange(24).reshape(2, 3, 4)\nX")
    view = tab.output.findChildren(TensorView)[-1]
    assert len(view.spins) == 1 and view.spins[0].maximum() == 1
    assert view.model.data(view.model.index(0, 0)) == "0"
    view.spins[0].setValue(1)
    assert view.model.data(view.model.index(0, 0)) == "12"
    run(tab, qtbot, "torch.zeros(3, 2, 4, 5, 3)")
    view = tab.output.findChildren(TensorView)[-1]
    assert [s.objectName() for s in view.spins] == ["sliceSpin0", "sliceSpin1", "sliceSpin2"]
    assert (view.model.rowCount(), view.model.columnCount()) == (5, 3)


def test_big_tensor_renders_without_copying(qtbot):
    view = TensorView()
    qtbot.addWidget(view)
    data = np.random.default_rng(0).standard_normal((1000, 1000)).astype(np.float32)
    started = time.perf_counter()
    view.set_summary(summarize(data, name="big"))
    view.resize(600, 400)
    view.show()
    QApplication.processEvents()
    view.table.scrollToBottom()
    QApplication.processEvents()
    elapsed = time.perf_counter() - started
    assert view.model.rowCount() == 1000 and view.model.columnCount() == 1000
    assert view.model.data(view.model.index(999, 999)) == f"{data[999, 999]:.4g}"
    assert view.badges["shape"].text() == "shape (1000, 1000)"
    assert elapsed < 5  # generous: only visible cells are formatted


def test_variable_selection_shows_tensor_inspector(tab, qtbot):
    run(tab, qtbot, "M = torch.arange(6.0).reshape(2, 3)\nv = 1")
    table = tab.variables_table
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "M")
    table.selectRow(row)
    _wait(lambda: (tab.tensor_view.summary() or {}).get("name") == "M", 20000)
    assert tab.tensor_view.badges["name"].text() == "M"
    assert tab.tensor_view.model.data(tab.tensor_view.model.index(1, 2)) == "5."


def test_broadcast_view_valid_and_invalid(qtbot):
    view = BroadcastView()
    qtbot.addWidget(view)
    view.set_shapes("3, 1", "1, 2")
    verdict = view.findChild(QLabel, "broadcastResult")
    assert "(3, 2)" in verdict.text() and "✓" in verdict.text()
    cells = [w.text() for w in view.grid_host.findChildren(QLabel)]
    assert "1 → 3" in cells and "1 → 2" in cells
    view.set_shapes("2, 1, 4", "3, 1")
    assert "(2, 3, 4)" in verdict.text()
    assert "· → 2" in [w.text() for w in view.grid_host.findChildren(QLabel)]
    view.set_shapes("3, 2", "3")
    assert view.result is not None and not view.result.ok
    assert "axis -1" in verdict.text() and "2 and 3" in verdict.text()
    view.set_shapes("a, b", "3")
    assert view.result is None and "shape" in verdict.text()


def test_broadcast_view_uses_variable_shapes(tab, qtbot):
    run(tab, qtbot, "a = torch.ones(4, 1)\nb = torch.ones(5)")
    tab.broadcast_view.set_shapes("a", "b")
    assert tab.broadcast_view.result.result_shape == (4, 5)


def test_autograd_view_graph_of_2xtx(tab, qtbot):
    tab.inspector.setCurrentWidget(tab.autograd_view)
    run(tab, qtbot, "x = torch.arange(4.0, requires_grad=True)\ny = 2 * torch.dot(x, x)")
    tab.autograd_view.combo.setEditText("y")
    tab.autograd_view.request()
    _wait(lambda: "DotBackward0" in tab.autograd_view.node_labels(), 20000)
    graph = tab.autograd_view.graph()
    labels = tab.autograd_view.node_labels()
    assert {"y", "MulBackward0", "DotBackward0", "x"} <= set(labels)
    leaf = next(n for n in graph["nodes"] if n["kind"] == "leaf")
    assert leaf["shape"] == [4] and leaf["requires_grad"] and leaf["grad"] is None
    assert len(tab.autograd_view.scene.items()) > 4
    run(tab, qtbot, "y.backward()")
    _wait(lambda: next(n for n in tab.autograd_view.graph()["nodes"]
                       if n["kind"] == "leaf")["grad"] is not None, 20000)
    leaf = next(n for n in tab.autograd_view.graph()["nodes"] if n["kind"] == "leaf")
    assert "12." in leaf["grad"]["repr"]
    assert ".grad" in tab.autograd_view.info.text()


def test_time_limit_is_adjustable(tab):
    spin = tab.findChild(QSpinBox, "timeLimitSpin")
    spin.setValue(12)
    assert tab.kernel.time_limit == 12.0
    spin.setValue(30)


def test_interrupt_runaway_loop_then_run_again(tab, qtbot):
    tab.editor.setPlainText("n = 0\nwhile True:\n    n += 1\n")
    tab.run_button.click()
    interrupt = tab.findChild(QPushButton, "interruptButton")
    _wait(lambda: tab._kernel_state == "busy", 20000)
    assert interrupt.isEnabled() and not tab.run_button.isEnabled()
    QApplication.processEvents()
    time.sleep(0.3)
    qtbot.mouseClick(interrupt, Qt.MouseButton.LeftButton)
    _wait(lambda: tab._run_id is None, 20000)
    assert any("interrupted" in t for t in tab.output.texts())
    run(tab, qtbot, "print(n > 0)")
    assert tab.output.texts()[-1] == "True"


@pytest.mark.skipif(sys.platform == "win32", reason="os._exit exit code checked on POSIX")
def test_crash_restarts_kernel_and_next_cell_runs(tab, qtbot):
    pid = tab.kernel.client.pid
    run(tab, qtbot, "import os\nos._exit(1)")
    assert any("restarting by itself" in t for t in tab.output.texts())
    assert tab.variables_table.rowCount() == 0
    run(tab, qtbot, "print('back')\n40 + 2")
    assert "back" in tab.output.texts()
    assert tab.kernel.client.pid != pid
    assert tab.isVisible()


def test_restart_button_clears_variables(tab, qtbot):
    run(tab, qtbot, "keep = 1")
    assert tab.variables_table.rowCount() == 1
    qtbot.mouseClick(tab.findChild(QPushButton, "restartButton"), Qt.MouseButton.LeftButton)
    _wait(lambda: tab._kernel_state == "idle" and tab.kernel.client.info.get("pid") ==
          tab.kernel.client.pid, 60000)
    run(tab, qtbot, "'keep' in dir()")
    assert any("False" in t for t in tab.output.texts())


def test_gui_process_never_imports_torch():
    """Prewarm, run a tensor cell and draw its graph: torch loads only in the kernel process."""
    import subprocess
    from pathlib import Path

    script = (
        "import sys, time\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from gui.tabs.tensor_tab import TensorTab\n"
        "tab = TensorTab(); tab.retranslate_ui(); tab.show()\n"
        "t = time.time()\n"
        "while tab._kernel_state != 'idle' and time.time() - t < 90:\n"
        "    app.processEvents(); time.sleep(0.01)\n"
        "tab.editor.setPlainText('x = torch.ones(3, requires_grad=True)\\ny = (x * 2).sum()\\ny')\n"
        "tab.run_code()\n"
        "while tab._run_id is not None and time.time() - t < 90:\n"
        "    app.processEvents(); time.sleep(0.01)\n"
        "ok = tab.output.findChildren(__import__('gui.widgets.tensor_view', fromlist=['x'])"
        ".TensorView) != []\n"
        "tab.shutdown()\n"
        "print('TORCH' if 'torch' in sys.modules else 'CLEAN', 'DRAWN' if ok else 'MISSING')\n"
    )
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, "-c", script], cwd=root, capture_output=True,
                          text=True, timeout=180, env={**__import__("os").environ,
                                                       "QT_QPA_PLATFORM": "offscreen"})
    assert done.stdout.split() == ["CLEAN", "DRAWN"], done.stderr[-2000:]


def test_export_writes_the_code(tab, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    target = tmp_path / "cell.py"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    tab.load_preset("dot")
    tab.export()
    assert target.read_text(encoding="utf-8") == PRESET_BY_KEY["dot"].code
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a: warnings.append(a)))
    (tmp_path / "a_file").write_text("")
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(tmp_path / "a_file" / "x.py"), "")))
    tab.export()
    assert warnings and "Could not write" in warnings[0][2]


def test_code_editor_highlights_and_indents(qtbot):
    from PySide6.QtGui import QColor

    from gui.widgets.code_editor import CodeEditor

    editor = CodeEditor()
    qtbot.addWidget(editor)
    editor.setPlainText("for i in range(3):  # loop\n    s = 'x#y'\n")
    editor.highlighter.rehighlight()
    block = editor.document().firstBlock()
    formats = {(r.start, r.length): r.format.foreground().color()
               for r in block.layout().formats()}
    keyword = editor.highlighter.formats["keyword"].foreground().color()
    comment = editor.highlighter.formats["comment"].foreground().color()
    assert formats[(0, 3)] == keyword  # "for"
    assert any(color == comment and start == 20 for (start, _n), color in formats.items())
    second = block.next()
    string = editor.highlighter.formats["string"].foreground().color()
    assert all(c != comment for c in
               [r.format.foreground().color() for r in second.layout().formats()])
    assert any(c == string for c in [r.format.foreground().color()
                                     for r in second.layout().formats()])
    editor.setPlainText("if True:")
    cursor = editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    editor.setTextCursor(cursor)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert editor.toPlainText() == "if True:\n    "
    fired = []
    editor.runRequested.connect(lambda: fired.append(1))
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert fired == [1]
    editor.mark_error_line(1)
    assert editor.error_line() == 1
    assert isinstance(keyword, QColor)


def test_long_print_loop_is_shown_whole(tab, qtbot):
    run(tab, qtbot, "for i in range(20000):\n    print(i)")
    streams = [b for b in tab.output.blocks if b.objectName() == "outputStream"]
    assert len(streams) == 1, "consecutive writes join one block"
    text = streams[0].toPlainText().splitlines()
    assert text[0] == "0" and text[-1] == "19999" and len(text) == 20000
    assert streams[0].height() < 400, "a long output scrolls inside its block"


# ---------------------------------------------------------------------- rich output, for real
def test_matplotlib_inline_plot_shows_a_figure(tab, qtbot):
    from gui.widgets.rich_output import FigureBlock

    run(tab, qtbot, "%matplotlib inline\nimport matplotlib.pyplot as plt\n"
                    "plt.plot([1, 2, 3], [1, 4, 9]);")
    figures = [b for b in tab.output.blocks if isinstance(b, FigureBlock)]
    assert len(figures) == 1 and len(tab.output.blocks) == 1  # ';' hides the Line2D list
    assert figures[0].has_image() and figures[0].mime == "image/png"
    # Retina PNG: twice the pixels of its logical size.
    assert figures[0].image.width() == pytest.approx(2 * figures[0].logical.width(), abs=2)


def test_display_and_clear_output_wait_leave_one_output(tab, qtbot):
    run(tab, qtbot, "from IPython.display import display, clear_output\n"
                    "for i in range(20):\n"
                    "    display(f'step {i}')\n"
                    "    clear_output(wait=True)\n")
    _wait(lambda: tab.output.updatesEnabled(), 5000)
    assert tab.output.texts() == ["'step 19'"]


def test_d2l_animator_redraws_one_figure_in_place(tab, qtbot):
    from gui.widgets.rich_output import FigureBlock

    run(tab, qtbot, "from d2l import torch as d2l\n"
                    "animator = d2l.Animator(xlabel='epoch', xlim=[1, 4], legend=['loss', 'acc'])\n"
                    "for epoch in range(4):\n"
                    "    animator.add(epoch + 1, (1 / (epoch + 1), epoch / 4))\n", 120000)
    assert [type(b) for b in tab.output.blocks] == [FigureBlock]
    figure = tab.output.blocks[0]
    assert figure.mime == "image/svg+xml"
    _wait(figure.has_image, 5000)


def test_semicolon_hides_the_value(tab, qtbot):
    run(tab, qtbot, "1 + 1;")
    assert tab.output.blocks == []
    run(tab, qtbot, "1 + 1")
    assert tab.output.texts()[-1].endswith(": 2") and tab.output.texts()[-1].startswith("Out[")


def test_dataframe_shows_as_an_html_table(tab, qtbot):
    from PySide6.QtGui import QTextTable

    from gui.widgets.rich_output import RichTextBlock

    run(tab, qtbot, "import pandas as pd\npd.DataFrame({'a': [1, 2], 'b': [3.5, 4.25]})")
    block = tab.output.blocks[-1]
    assert isinstance(block, RichTextBlock)
    tables = [f for f in block.document().rootFrame().childFrames() if isinstance(f, QTextTable)]
    assert tables and (tables[0].rows(), tables[0].columns()) == (3, 3)


def test_error_traceback_lines_are_in_the_tooltip(tab, qtbot):
    run(tab, qtbot, "def f():\n    return 1 / 0\nf()")
    error = next(b for b in tab.output.blocks if b.objectName() == "outputError")
    assert "Line 2" in error.text() and "ZeroDivisionError" in error.text()
    assert "f()" in error.toolTip() and "Traceback" in error.toolTip()


def test_tab_completion_asks_the_kernel(tab, qtbot):
    run(tab, qtbot, "learning_rate_for_tests = 0.1")
    tab.editor.setPlainText("x = torch.arang")
    tab.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(tab.editor, Qt.Key.Key_Tab)
    _wait(lambda: tab.editor.toPlainText() == "x = torch.arange", 10000)
    tab.editor.setPlainText("learning_rate_for")
    tab.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(tab.editor, Qt.Key.Key_Tab)
    _wait(lambda: tab.editor.toPlainText() == "learning_rate_for_tests", 10000)


def test_completion_never_waits_for_a_busy_kernel(tab, qtbot):
    tab.editor.setPlainText("import time\ntime.sleep(3)\n")
    tab.run_code()
    _wait(lambda: tab._kernel_state == "busy", 20000)
    tab.editor.setPlainText("sleep_seconds = 3\nslee")
    tab.editor.moveCursor(QTextCursor.MoveOperation.End)
    started = time.perf_counter()
    qtbot.keyClick(tab.editor, Qt.Key.Key_Tab)
    assert time.perf_counter() - started < 0.2
    assert tab.editor.toPlainText().endswith("sleep_seconds")  # from the editor's own words
    _wait(lambda: tab._run_id is None, 20000)


def test_error_note_is_shown_in_the_ui_language(qtbot):
    """Fed by hand: the course note under an error follows the UI language."""
    widget = TensorTab()
    qtbot.addWidget(widget)
    widget._run_id = 7
    note = {"title": {"en": "pandas 2 changed mean()", "zh": "pandas 2 改变了 mean()"},
            "text": {"en": "Pass numeric_only=True.", "zh": "请传入 numeric_only=True。"}}
    i18n.set_language("zh")
    try:
        widget.retranslate_ui()
        widget._dispatch({"type": "error", "id": 7, "ename": "TypeError", "evalue": "bad",
                          "message": "TypeError: bad", "lineno": 1, "line": "x.mean()",
                          "traceback": "", "traceback_lines": [], "note": note,
                          "memory": False})
    finally:
        i18n.set_language("en")
    texts = widget.output.texts()
    assert "第 1 行" in texts[0]
    assert "pandas 2 改变了 mean()" in texts[1] and "numeric_only" in texts[1]
    assert widget.editor.error_line() == 1
    widget._dispatch({"type": "display", "id": 7, "data": {"text/plain": "shown"},
                      "metadata": {}, "display_id": "d", "update": False})
    widget._dispatch({"type": "display", "id": 7, "data": {"text/plain": "updated"},
                      "metadata": {}, "display_id": "d", "update": True})
    widget._dispatch({"type": "display", "id": 8, "data": {"text/plain": "another cell"},
                      "metadata": {}, "display_id": None, "update": False})
    assert widget.output.texts()[-1] == "updated"
    widget._dispatch({"type": "clear_output", "id": 7, "wait": False})
    assert [t for t in widget.output.texts() if "updated" in t] == []
    widget._run_id = None
    widget.shutdown()


def test_background_imports_wait_while_a_cell_runs(tab, qtbot, monkeypatch):
    """The window's preload (torch …) must not hold the interpreter lock when output arrives."""
    import gui.tabs.tensor_tab as tensor_tab_module

    noted = []
    monkeypatch.setattr(tensor_tab_module, "note_activity",
                        lambda: noted.append(time.perf_counter()))
    run(tab, qtbot, "import time\ntime.sleep(1.2)\n")
    assert len(noted) >= 4, "the run keeps saying it is busy, not only at its start"
    assert max(b - a for a, b in zip(noted, noted[1:], strict=False)) < 0.5
    assert not tab._hold_imports.isActive()
    count = len(noted)
    qtbot.wait(500)
    assert len(noted) == count, "an idle tab lets the preload go on"


def test_keyboard_reaches_the_inspector_from_the_editor(tab, qtbot):
    from PySide6.QtWidgets import QTabBar

    tab.inspector.setCurrentIndex(0)
    tab.window().activateWindow()
    tab.editor.setFocus()
    qtbot.waitUntil(tab.editor.hasFocus)
    qtbot.keyClick(tab.editor, Qt.Key.Key_Escape)
    assert not tab.editor.hasFocus()
    inspector_bar = tab.inspector.findChild(QTabBar)
    for _ in range(12):
        if QApplication.focusWidget() is inspector_bar:
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is inspector_bar, QApplication.focusWidget()
    qtbot.keyClick(inspector_bar, Qt.Key.Key_Right)
    assert tab.inspector.currentWidget() is tab.tensor_view
    tab.inspector.setCurrentIndex(0)
