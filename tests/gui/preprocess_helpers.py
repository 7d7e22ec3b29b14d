"""The Preprocessing tab's test fixtures and clicks, shared by its test files."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from gui.tabs.preprocess_tab import PreprocessTab


@pytest.fixture
def tab(qtbot):
    widget = PreprocessTab()
    qtbot.addWidget(widget)
    widget.retranslate_ui()
    widget.resize(1200, 800)
    widget.show()
    yield widget
    widget.shutdown()


@pytest.fixture
def house_tab(tab, tmp_path):
    tab.open_example_in(tmp_path)
    assert tab.pipeline is not None
    return tab


def click(qtbot, tab, name: str) -> None:
    button = tab.findChild(QPushButton, name)
    assert button is not None, name
    assert button.isEnabled(), name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
