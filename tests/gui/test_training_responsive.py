"""The training tab from a student's side: it fits a small screen, appears in slices, is usable
once built, and says how long a run made them wait."""

from __future__ import annotations

import time

import pytest
from PySide6.QtWidgets import QApplication
from training_helpers import RUN_TIMEOUT, click, set_combo

from gui import i18n
from gui.tabs.training_tab import TrainingTab


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_tab_fits_a_1024_by_700_window(qtbot, language):
    i18n.set_language(language)
    try:
        tab = TrainingTab()
        qtbot.addWidget(tab)
        tab.retranslate_ui()
        tab.resize(1000, 640)
        tab.show()
        QApplication.processEvents()
        assert tab.minimumSizeHint().width() <= 1000
        assert tab.width() <= 1000
        # the left column is not squeezed: every control keeps its own minimum width
        assert tab.controls.width() >= tab.controls.minimumSizeHint().width() - 1
    finally:
        i18n.set_language("en")


def test_a_staged_build_appears_in_slices_and_is_usable_once_built(qtbot):
    i18n.set_language("en")
    tab = TrainingTab(staged=True)
    qtbot.addWidget(tab)
    tab.retranslate_ui()  # as the window does right after construction
    tab.resize(1100, 700)
    tab.show()
    assert not tab.is_built()
    assert not hasattr(tab, "plots")  # nothing heavy was made in the constructor
    qtbot.waitUntil(lambda: hasattr(tab, "start_button"), timeout=5000)
    assert tab.start_button.text() == "Start"  # the controls come translated
    assert not tab.start_button.isEnabled()  # … but wait for the plots they draw into
    qtbot.waitUntil(tab.is_built, timeout=10000)
    assert tab.start_button.isEnabled()
    assert tab.plots.acc_plot.getPlotItem().titleLabel.text.startswith("Accuracy")
    set_combo(tab.task_combo, "linreg")
    tab.epochs_spin.setValue(1)
    spare = tab.plots._spare
    assert spare is not None  # the first run's loss plot is made before Start
    click(qtbot, tab.start_button)
    assert tab.loss_plot is spare
    qtbot.waitUntil(lambda: not tab.running, timeout=RUN_TIMEOUT)
    assert next(iter(tab.runs.values())).status == "completed"
    tab.shutdown()


def test_the_status_line_reports_the_time_from_click_to_done(qtbot, training_tab, monkeypatch,
                                                             torch_inline):
    """Loading data and model is part of the wait, not only the trainer's own clock."""
    from engine import training_jobs

    make = training_jobs.make_trainer

    def slow_to_load(setup):
        time.sleep(0.6)
        return make(setup)

    monkeypatch.setattr(training_jobs, "make_trainer", slow_to_load)
    tab = training_tab
    set_combo(tab.task_combo, "linreg")
    tab.epochs_spin.setValue(1)
    started = time.perf_counter()
    click(qtbot, tab.start_button)
    qtbot.waitUntil(lambda: not tab.running, timeout=RUN_TIMEOUT)
    wall = time.perf_counter() - started
    run = next(iter(tab.runs.values()))
    assert run.status == "completed"
    assert 0.6 <= run.waited <= wall
    assert run.last_elapsed < run.waited
    assert tab.status_label.text() == f"Finished #1 in {run.waited:.1f} s."


def test_the_data_of_the_task_on_show_is_loaded_before_start(qtbot, monkeypatch, torch_inline):
    """The tab has the torch process load the task's data in the background; picking another
    task loads that one's."""
    from engine import torch_jobs

    asked = []
    monkeypatch.setattr(torch_jobs, "prepare_data",
                        lambda task, data_dir, device: asked.append(task))
    i18n.set_language("en")
    tab = TrainingTab()
    qtbot.addWidget(tab)
    set_combo(tab.task_combo, "softmax")
    qtbot.waitUntil(lambda: "softmax" in asked, timeout=10000)
    set_combo(tab.task_combo, "mlp")
    qtbot.waitUntil(lambda: "mlp" in asked, timeout=10000)
    tab.shutdown()


def test_the_readme_example_runs_the_learning_rate_experiment_without_saving(qtbot,
                                                                             training_tab):
    from gui.settings import settings

    tab = training_tab
    tab.show_experiment_example()
    assert tab.is_busy()
    assert tab.task_combo.currentData() == "linreg"
    qtbot.waitUntil(lambda: not tab.is_busy(), timeout=RUN_TIMEOUT)
    tab.finish_experiment_example()
    assert sorted(r.config["lr"] for r in tab.runs.values()) == [0.01, 0.1, 1.0]
    assert tab.runs[tab.runs_list.current_run_id()].config["lr"] == 0.1
    assert tab.experiment_verdict(tab.session.view)
    assert settings().value("training/task") != "linreg"  # the student's values stay
