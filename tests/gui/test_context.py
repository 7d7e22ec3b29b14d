"""Tabs reach each other through the window's LabContext, never by looking each other up."""

from __future__ import annotations

import numpy as np


def test_tabs_share_the_window_context(qtbot):
    from gui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window._skip_close_prompt = True
    for name in ("preprocessTab", "trainingTab", "classifierTab"):
        assert window.tab(name).context is window.context


def test_context_routes_a_table_to_training_and_shows_it(qtbot):
    from gui.context import RegressionTable
    from gui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window._skip_close_prompt = True
    x = np.arange(12, dtype=np.float32).reshape(6, 2)
    y = x.sum(1)
    window.context.send_regression_table(RegressionTable(x, y, "two", ("a", "b")))
    window.context.show_tab("trainingTab")
    assert window.tabs.currentWidget() is window.tab("trainingTab")
    training = window.tab("trainingTab")
    assert training.task_combo.currentData() == "linreg"
    assert "two" in training.data_label.text() and "6" in training.data_label.text()


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
