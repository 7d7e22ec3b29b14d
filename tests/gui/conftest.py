"""Fixtures shared by the GUI tests."""

from __future__ import annotations

import pytest


@pytest.fixture
def training_tab(qtbot):
    """The training tab on screen in English; its runs are stopped afterwards."""
    from gui import i18n
    from gui import worker as jobs
    from gui.tabs.training_tab import TrainingTab

    i18n.set_language("en")
    widget = TrainingTab()
    widget.retranslate_ui()
    widget.resize(1280, 760)
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    widget.shutdown()
    jobs.stop_all()
