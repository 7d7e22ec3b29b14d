"""Tab in the code editor: indents where indenting makes sense, completes names elsewhere."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from gui.widgets.code_editor import CodeEditor, py_index, qt_position


@pytest.fixture
def editor(qtbot):
    widget = CodeEditor()
    qtbot.addWidget(widget)
    widget.resize(500, 300)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _put(editor: CodeEditor, text: str, at: int | None = None) -> None:
    editor.setPlainText(text)
    cursor = editor.textCursor()
    cursor.setPosition(len(text) if at is None else at)
    editor.setTextCursor(cursor)


def _requests(editor: CodeEditor) -> list[tuple[str, int]]:
    seen: list[tuple[str, int]] = []
    editor.completionRequested.connect(lambda code, pos: seen.append((code, pos)))
    return seen


def test_tab_indents_at_line_start_and_after_spaces(editor, qtbot):
    asked = _requests(editor)
    _put(editor, "")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert editor.toPlainText() == "    "
    _put(editor, "x = 1 ")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert editor.toPlainText() == "x = 1     "
    assert asked == []


def test_shift_tab_dedents_and_tab_indents_a_selection(editor, qtbot):
    _put(editor, "    a = 1")
    qtbot.keyClick(editor, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert editor.toPlainText() == "a = 1"
    editor.setPlainText("a\nb\nc")
    cursor = editor.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(3, QTextCursor.MoveMode.KeepAnchor)  # "a\nb"
    editor.setTextCursor(cursor)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert editor.toPlainText() == "    a\n    b\nc"
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert editor.toPlainText() == "a\nb\nc"


def test_tab_after_a_name_asks_and_one_match_is_inserted(editor, qtbot):
    asked = _requests(editor)
    _put(editor, "x = torch.ara")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert asked == [("x = torch.ara", 13)]
    assert editor.completion_pending()
    assert editor.show_completions(["torch.arange"], 4, 13)
    assert editor.toPlainText() == "x = torch.arange"
    assert editor.textCursor().position() == len("x = torch.arange")
    assert not editor.completer.popup().isVisible()


def test_several_matches_open_a_popup_that_filters_and_closes(editor, qtbot):
    asked = _requests(editor)
    _put(editor, "torch.ze")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert len(asked) == 1
    editor.show_completions(["zeros", "zeros_like", "zero_"], 6, 8)
    popup = editor.completer.popup()
    assert popup.isVisible()
    assert editor.completer.completionCount() == 3
    qtbot.keyClicks(editor, "ros")  # typing narrows the list
    assert editor.toPlainText() == "torch.zeros"
    assert editor.completer.completionCount() == 2 and popup.isVisible()
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert not popup.isVisible()
    assert editor.toPlainText() == "torch.zeros"
    # Again, and accept the second entry with Return.
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    editor.show_completions(["zeros", "zeros_like"], 6, 11)
    assert popup.isVisible()
    popup.setCurrentIndex(editor.completer.completionModel().index(1, 0))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert editor.toPlainText() == "torch.zeros_like"
    assert not popup.isVisible()
    # Typing something that is not part of a name closes the popup.
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    editor.show_completions(["zeros_like", "zeros_like2"], 6, 16)
    qtbot.keyClicks(editor, "(")
    assert not popup.isVisible()


def test_a_late_or_stale_answer_is_dropped(editor, qtbot):
    _requests(editor)
    _put(editor, "pri")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    qtbot.keyClicks(editor, "n")  # the student typed on
    assert not editor.show_completions(["print"], 0, 3)
    assert editor.toPlainText() == "prin"


def test_no_answer_within_a_second_falls_back_to_local_words(editor, qtbot):
    editor._completion_timer.setInterval(50)
    editor.extra_words = ["learning_rate"]
    _put(editor, "learning_rate = 0.1\nbatch_size = 256\nlea")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)  # nobody answers
    qtbot.waitUntil(lambda: editor.toPlainText().endswith("learning_rate"), timeout=2000)
    assert not editor.completion_pending()
    _put(editor, "x.lea")  # attributes need the live object: nothing local to offer
    editor.complete_locally()
    assert editor.toPlainText() == "x.lea"


def test_local_completion_offers_python_names(editor, qtbot):
    _put(editor, "isinst")
    editor.complete_locally()
    assert editor.toPlainText() == "isinstance"


def test_positions_count_code_points_not_utf16_units():
    text = "s = '😀'\nx.ab"
    qt_end = len(text.encode("utf-16-le")) // 2
    assert py_index(text, qt_end) == len(text)
    assert qt_position(text, len(text)) == qt_end
    assert py_index("abc", 2) == 2


def test_completion_after_an_emoji_lands_in_the_right_place(editor, qtbot):
    asked = _requests(editor)
    _put(editor, "s = '😀'; torch.ar")
    editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    code, pos = asked[-1]
    assert code[:pos].endswith("torch.ar") and pos == len(code)
    editor.show_completions(["torch.arange"], pos - len("torch.ar"), pos)
    assert editor.toPlainText() == "s = '😀'; torch.arange"


def test_popup_shows_short_labels_and_inserts_the_whole_match(editor, qtbot):
    _requests(editor)
    _put(editor, "x = torch.ze")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    editor.show_completions([".zero_", ".zeros", ".zeros_like"], 9, 12)  # IPython's style
    model = editor.completer.completionModel()
    assert [model.index(i, 0).data() for i in range(model.rowCount())] == [
        "zero_", "zeros", "zeros_like"]
    editor.completer.popup().setCurrentIndex(model.index(1, 0))
    qtbot.keyClick(editor, Qt.Key.Key_Tab)  # Tab accepts, like Return
    assert editor.toPlainText() == "x = torch.zeros"
