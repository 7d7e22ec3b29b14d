"""Tabs reach each other through the window's LabContext, never by looking each other up."""

from __future__ import annotations

import numpy as np
import pytest


def test_tabs_share_the_window_context(qtbot):
    from gui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window._skip_close_prompt = True
    for name in ("preprocessTab", "trainingTab", "classifierTab"):
        assert window.tab(name).context is window.context


def test_context_routes_a_table_to_training_and_shows_it(qtbot):
    """Checked at once; the Training tab is then built without freezing and takes it."""
    from gui.context import RegressionTable
    from gui.main_window import MainWindow, PendingTab

    window = MainWindow()
    qtbot.addWidget(window)
    window._skip_close_prompt = True
    window.show()
    qtbot.waitUntil(lambda: window._painted, timeout=10000)  # a window the student sees
    x = np.arange(12, dtype=np.float32).reshape(6, 2)
    y = x.sum(1)
    with pytest.raises(ValueError, match="missing or infinite"):
        window.context.send_regression_table(RegressionTable(x, y * np.nan, "bad", ("a", "b")))
    window.context.send_regression_table(RegressionTable(x, y, "two", ("a", "b")))
    pending = window._tab_widgets["trainingTab"]
    assert isinstance(pending, PendingTab) or not pending.is_built()  # not built in the click
    qtbot.waitUntil(lambda: not isinstance(window.tabs.currentWidget(), PendingTab)
                    and window.tabs.currentWidget().objectName() == "trainingTab", timeout=30000)
    training = window.tab("trainingTab")
    assert window.tabs.currentWidget() is training
    assert training.task_combo.currentData() == "linreg"
    assert "two" in training.data_label.text() and "6" in training.data_label.text()
    assert training.regression_table.feature_names == ("a", "b")


def test_a_saved_model_is_listed_by_the_classifier(qtbot, monkeypatch):
    from gui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window._skip_close_prompt = True
    classifier = window.show_tab("classifierTab")
    calls = []
    monkeypatch.setattr(classifier, "refresh_models", lambda: calls.append(1))
    window.context.modelSaved.emit("/tmp/x.pt")
    assert calls == [1]
