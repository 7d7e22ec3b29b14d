"""What the training tab's GUI tests share; the tab is tests/conftest.py's ``training_tab``."""

from __future__ import annotations

from PySide6.QtCore import Qt

RUN_TIMEOUT = 120_000


def set_combo(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
