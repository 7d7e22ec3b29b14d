"""The keyboard leaves the code editor: Tab indents, Esc and Ctrl+Tab move on."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QVBoxLayout, QWidget

from gui.widgets.code_editor import CodeEditor


def _panel(qtbot) -> tuple[QWidget, QLineEdit, CodeEditor, QPushButton]:
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    before, editor, after = QLineEdit(window), CodeEditor(window), QPushButton("Next", window)
    for widget in (before, editor, after):
        layout.addWidget(widget)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    return window, before, editor, after


def test_tab_indents_and_escape_moves_to_the_next_control(qtbot):
    _window, _before, editor, after = _panel(qtbot)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert editor.toPlainText() == "    " and editor.hasFocus()
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is after
    assert editor.toPlainText() == "    "


def test_ctrl_tab_and_ctrl_shift_tab_leave_the_editor(qtbot):
    _window, before, editor, after = _panel(qtbot)
    qtbot.keyClick(editor, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is after
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    qtbot.keyClick(editor, Qt.Key.Key_Backtab,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is before
    assert editor.toPlainText() == ""
