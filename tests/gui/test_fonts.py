"""Fonts: code stays fixed-pitch and Chinese never renders as boxes."""

from __future__ import annotations

from PySide6.QtGui import QFontInfo

from gui.fonts import font_covers_chinese, install_cjk_font
from gui.widgets.code_editor import CodeEditor


def test_code_editor_stays_fixed_pitch_after_the_cjk_font_is_installed(qtbot):
    families = install_cjk_font()
    assert families and font_covers_chinese(families[0])
    editor = CodeEditor()
    qtbot.addWidget(editor)
    info = QFontInfo(editor.font())
    assert info.fixedPitch(), f"code is shown in {info.family()}, a proportional font"
    assert info.family() != families[0]
