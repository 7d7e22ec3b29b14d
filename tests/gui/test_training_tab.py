"""The training dashboard, driven through its real widgets: runs, stop, pause, results, export."""

from __future__ import annotations

import csv

import numpy as np
import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QFileDialog
from training_helpers import RUN_TIMEOUT, click, set_combo

from gui import i18n
from gui.widgets.metric_plots import ema_smooth
from gui.widgets.runs_list import STATUS


@pytest.fixture
def tab(training_tab):
    return training_tab


def linreg(tab, *, epochs=2, batch=100, lr=0.03, impl="concise") -> None:
    set_combo(tab.task_combo, "linreg")
    set_combo(tab.impl_combo, impl)
    set_combo(tab.loss_combo, "l2")
    tab.epochs_spin.setValue(epochs)
    tab.batch_spin.setValue(batch)
    tab.lr_spin.setValue(lr)


def wait_idle(qtbot, tab) -> None:
    qtbot.waitUntil(lambda: not tab.running, timeout=RUN_TIMEOUT)
    QApplication.processEvents()


def only_run(tab):
    assert len(tab.runs) == 1
    return next(iter(tab.runs.values()))


def test_short_run_started_with_the_button_finishes_with_all_points(qtbot, tab):
    linreg(tab, epochs=2, batch=100, lr=0.3)  # 1000 examples → 10 batches per epoch
    click(qtbot, tab.start_button)
    assert not tab.start_button.isEnabled()
    assert tab.stop_button.isEnabled() and tab.pause_button.isEnabled()
    wait_idle(qtbot, tab)
    assert tab.start_button.isEnabled() and not tab.stop_button.isEnabled()
    run = only_run(tab)
    assert run.status == "completed"
    raw, smooth, epoch, _train, _test = tab.plots.runs[run.id].items
    tab._redraw()
    assert len(raw.xData) == 20 and len(smooth.xData) == 20
    assert list(epoch.xData) == [1.0, 2.0]
    assert raw.xData[0] == pytest.approx(0.1) and raw.xData[-1] == pytest.approx(2.0)
    assert tab.progress_bar.value() == tab.progress_bar.maximum()
    assert "Finished" in tab.status_label.text()
    # The result: true vs learned w and b with errors (course 3.2).
    assert tab.result_stack.currentWidget() is tab.regression_result
    table = tab.regression_result.table
    assert table.rowCount() == 3
    assert float(table.item(0, 1).text()) == pytest.approx(2.0)
    assert float(table.item(0, 2).text()) == pytest.approx(2.0, abs=0.1)
    assert float(table.item(2, 2).text()) == pytest.approx(4.2, abs=0.2)
    assert "done" in tab.runs_list.item(run.id).text(STATUS)
    assert tab.plots.acc_hint.isVisible()  # regression: no accuracy, and the plot says why


def test_stop_mid_run_keeps_the_curves(qtbot, tab):
    linreg(tab, epochs=200, batch=1, lr=0.01)
    click(qtbot, tab.start_button)
    run = only_run(tab)
    qtbot.waitUntil(lambda: run.steps > 0, timeout=RUN_TIMEOUT)
    raw, smooth = tab.plots.runs[run.id].items[:2]
    # live batch curves are drawn fast (no antialiasing); smooth once the run has ended
    assert not raw.opts["antialias"] and not smooth.opts["antialias"]
    click(qtbot, tab.stop_button)
    wait_idle(qtbot, tab)
    assert run.status == "stopped"
    assert raw.opts["antialias"] and smooth.opts["antialias"]
    assert smooth.curve.opts["antialias"]
    assert len(run.epochs) < 200
    assert len(run.metrics.batch_x) > 0
    assert "Stopped" in tab.status_label.text()
    assert "stopped at" in tab.runs_list.item(run.id).text(STATUS)
    assert "Stopped at" in tab.progress_bar.format()
    assert tab.start_button.isEnabled()


def test_a_crashed_torch_process_fails_the_run_with_its_reason_and_the_next_run_works(
        qtbot, tab):
    """The run's process dies mid-run (out of memory, a driver crash): the run says so, its
    curves stay, and Start works again with a fresh process."""
    import os
    import signal

    from engine.torch_process import shared

    linreg(tab, epochs=300, batch=1, lr=0.01)
    click(qtbot, tab.start_button)
    run = only_run(tab)
    qtbot.waitUntil(lambda: run.steps > 0, timeout=RUN_TIMEOUT)
    os.kill(shared().pid, signal.SIGKILL)
    wait_idle(qtbot, tab)
    assert run.status == "failed"
    assert "ended unexpectedly" in run.message and "Start again" in run.message
    assert len(run.metrics.batch_x) > 0  # what it drew is kept
    assert tab.start_button.isEnabled()
    linreg(tab, epochs=1, batch=100, lr=0.3)
    click(qtbot, tab.start_button)
    wait_idle(qtbot, tab)
    assert [r.status for r in tab.runs.values()] == ["failed", "completed"]


def test_pause_and_resume(qtbot, tab):
    linreg(tab, epochs=200, batch=1, lr=0.01)
    click(qtbot, tab.start_button)
    run = only_run(tab)
    qtbot.waitUntil(lambda: run.steps > 0, timeout=RUN_TIMEOUT)
    click(qtbot, tab.pause_button)
    assert tab.pause_button.text() == "Resume"
    assert "Paused" in tab.status_label.text()
    qtbot.wait(400)  # a chunk already on its way may still arrive
    paused_at = run.steps
    qtbot.wait(600)
    assert run.steps == paused_at
    # Everything says paused, also after the chunks that were on their way.
    assert run.status == "paused" and "Paused" in tab.status_label.text()
    assert "paused at" in tab.runs_list.item(run.id).text(STATUS)
    assert "Paused at" in tab.progress_bar.format()
    click(qtbot, tab.pause_button)
    assert tab.pause_button.text() == "Pause"
    assert run.status == "running" and "running" in tab.runs_list.item(run.id).text(STATUS)
    qtbot.waitUntil(lambda: run.steps > paused_at, timeout=RUN_TIMEOUT)
    click(qtbot, tab.stop_button)
    wait_idle(qtbot, tab)
    assert run.status == "stopped"


def test_out_of_range_values_are_refused(qtbot, tab):
    for spin, text, lowest in ((tab.lr_spin, "-1", 0.0001), (tab.batch_spin, "0", 1),
                               (tab.epochs_spin, "-5", 1), (tab.sigma_spin, "-0.5", 0.0001)):
        spin.setFocus()
        spin.selectAll()
        qtbot.keyClicks(spin, text)
        qtbot.keyClick(spin, Qt.Key.Key_Return)
        spin.clearFocus()
        assert spin.value() >= lowest, spin.objectName()  # '-' is refused, 0 is fixed up
        assert "-" not in spin.text()
    tab.batch_spin.setValue(10**9)
    assert tab.batch_spin.value() == tab.batch_spin.maximum()
    tab.lr_spin.setValue(0)
    assert tab.lr_spin.value() == pytest.approx(0.0001)
    config = tab.current_config()
    assert config["lr"] > 0 and config["batch_size"] >= 1 and config["epochs"] >= 1


def test_nan_loss_shows_its_reason_and_keeps_the_curves(qtbot, tab):
    linreg(tab, epochs=5, batch=10, lr=100.0)
    click(qtbot, tab.start_button)
    wait_idle(qtbot, tab)
    run = only_run(tab)
    assert run.status == "diverged"
    status = tab.status_label.text()
    assert "#1 diverged at epoch 1" in status and "η = 100" in status
    assert status.count("learning rate") == 1 and status.count("too large") == 1  # said once
    assert run.id in tab.plots.runs  # the curves stay
    row = tab.runs_list.item(run.id).text(STATUS)
    assert row.startswith("diverged at ")
    # The bar shows where the run stopped, and says so.
    assert 0 < tab.progress_bar.value() < tab.progress_bar.maximum()
    assert tab.progress_bar.format().startswith("Diverged at")
    assert row.endswith(f"{round(100 * run.fraction_done())} %")


def test_use_regression_data_trains_on_the_given_table(qtbot, tab):
    rng = np.random.default_rng(1)
    x = rng.normal(size=(400, 3)).astype(np.float32)
    y = (x @ np.array([1.5, -2.0, 0.5], np.float32) + 3.0).astype(np.float32)
    set_combo(tab.task_combo, "softmax")
    tab.use_regression_data(x, y, "houses.csv", ["rooms", "age", "area"])
    assert tab.task_combo.currentData() == "linreg"
    assert "houses.csv" in tab.data_label.text() and "400" in tab.data_label.text()
    assert tab.synthetic_button.isVisible()
    tab.epochs_spin.setValue(5)
    tab.batch_spin.setValue(10)
    tab.lr_spin.setValue(0.03)
    click(qtbot, tab.start_button)
    wait_idle(qtbot, tab)
    run = only_run(tab)
    assert run.status == "completed" and run.data_name == "houses.csv"
    learned = run.epochs[-1]
    assert learned.w == pytest.approx([1.5, -2.0, 0.5], abs=0.05)
    assert learned.b == pytest.approx(3.0, abs=0.05)
    table = tab.regression_result.table
    assert table.rowCount() == 4 and "rooms" in table.item(0, 0).text()
    assert table.item(0, 1).text() == "—"  # no true parameters for a user's table
    assert [tab.regression_result.feature_combo.itemText(i) for i in range(3)] == \
        ["rooms", "age", "area"]
    click(qtbot, tab.synthetic_button)
    assert tab.regression_table is None and "synthetic" in tab.data_label.text()
    assert not tab.synthetic_button.isVisible()


def test_use_regression_data_refuses_a_bad_table(tab):
    with pytest.raises(ValueError):
        tab.use_regression_data(np.zeros((5, 2), np.float32), np.zeros(4, np.float32), "t", [])
    with pytest.raises(ValueError):
        tab.use_regression_data(np.array([[1.0], [np.nan]], np.float32),
                                np.zeros(2, np.float32), "t", ["a"])
    assert tab.regression_table is None


def test_experiment_queues_runs_and_runs_can_be_hidden_and_deleted(qtbot, tab):
    linreg(tab, epochs=1, batch=50)
    configs = tab.run_experiment("lr")
    assert [c["lr"] for c in configs] == [0.01, 0.1, 1.0]
    assert "2" in tab.queue_label.text()
    qtbot.waitUntil(lambda: len(tab.runs) == 3 and not tab.running, timeout=RUN_TIMEOUT)
    assert [r.config["lr"] for r in tab.runs.values()] == [0.01, 0.1, 1.0]
    # At the course's values (B = 10, 3 epochs) η = 1 diverges on the synthetic data.
    assert [r.status for r in tab.runs.values()] == ["completed", "completed", "diverged"]
    assert tab.runs_list.topLevelItemCount() == 3
    first = next(iter(tab.runs))
    tab.runs_list.set_checked(first, False)
    assert not any(item.isVisible() for item in tab.plots.runs[first].items)
    tab.runs_list.setCurrentItem(tab.runs_list.topLevelItem(0))
    tab.runs_list.topLevelItem(0).setSelected(True)
    click(qtbot, tab.delete_button)
    assert first not in tab.runs and tab.runs_list.topLevelItemCount() == 2
    assert first not in tab.plots.runs
    loss_items = tab.loss_plot.getPlotItem().listDataItems()
    assert len(loss_items) == 2 * 4  # raw, smoothed, epoch curve and divergence mark per run


def test_scratch_vs_concise_on_the_same_seed_agree(qtbot, tab):
    linreg(tab, epochs=2, batch=10)
    tab.run_experiment("impl")
    qtbot.waitUntil(lambda: len(tab.runs) == 2 and not tab.running, timeout=RUN_TIMEOUT)
    scratch, concise = tab.runs.values()
    assert (scratch.config["impl"], concise.config["impl"]) == ("scratch", "concise")
    assert scratch.config["seed"] == concise.config["seed"]
    assert scratch.epochs[-1].w == pytest.approx(concise.epochs[-1].w, abs=0.02)
    assert scratch.epochs[-1].w == pytest.approx([2.0, -3.4], abs=0.02)
    assert tab.experiment_banner.verdict.startswith("Scratch and concise agree")


def test_export_metrics_and_plots(qtbot, tab, tmp_path, monkeypatch):
    linreg(tab, epochs=2, batch=100)
    click(qtbot, tab.start_button)
    wait_idle(qtbot, tab)
    target = tmp_path / "metrics.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    tab.export()  # File ▸ Export
    rows = list(csv.DictReader(target.open(encoding="utf-8")))
    assert sum(r["record"] == "epoch" for r in rows) == 2
    assert sum(r["record"] == "batch" for r in rows) == 20
    assert rows[0]["lr"] == "0.03" and rows[0]["task"] == "linreg"
    assert rows[0]["run"] == "#1" and rows[0]["label"] == "#1 lr=0.03 B=100 concise"
    for ext in ("png", "svg"):
        written = tab.export_plots(tmp_path / f"curves.{ext}")
        # A regression run has no accuracy: only its loss plot is written.
        assert [p.name for p in written] == [f"curves-loss.{ext}"]
        assert all(p.stat().st_size > 500 for p in written)
    assert b"<svg" in (tmp_path / "curves-loss.svg").read_bytes()[:500]


def test_softmax_run_shows_predictions_and_saves_a_checkpoint(qtbot, tab, fashion_dir,
                                                              monkeypatch):
    monkeypatch.setenv("D2L_DATA", str(fashion_dir))
    set_combo(tab.task_combo, "softmax")
    set_combo(tab.impl_combo, "concise")
    tab.epochs_spin.setValue(1)
    tab.batch_spin.setValue(256)
    tab.lr_spin.setValue(0.1)
    click(qtbot, tab.start_button)
    wait_idle(qtbot, tab)
    run = only_run(tab)
    assert run.status == "completed", run.message
    assert run.epochs[-1].test_acc > 0.7
    tab._redraw()
    _raw, _smooth, _epoch, train, test = tab.plots.runs[run.id].items
    assert len(test.xData) == 1 and len(train.xData) == 1
    assert not tab.plots.acc_hint.isVisible()
    assert tab.result_stack.currentIndex() == 2
    strip = tab.prediction_strip
    assert strip.count() == 12
    assert strip.captions()[0].split("\n")[0] == "Ankle boot"  # first test image's true label
    assert tab.save_model_button.isEnabled()
    click(qtbot, tab.save_model_button)
    from engine.paths import user_data_dir

    models = user_data_dir() / "models"
    qtbot.waitUntil(lambda: any(models.glob("*.pt")), timeout=RUN_TIMEOUT)
    qtbot.waitUntil(lambda: "Saved" in tab.status_label.text(), timeout=RUN_TIMEOUT)
    from engine.checkpoint import load_checkpoint

    ckpt = load_checkpoint(next(models.glob("*.pt")))
    assert ckpt.arch == "softmax"
    assert ckpt.meta["test_acc"] == pytest.approx(run.epochs[-1].test_acc)
    i18n.set_language("zh")
    tab._show_result()
    assert strip.captions()[0].split("\n")[0] == "短靴"
    i18n.set_language("en")


def test_closing_the_window_during_a_run_stops_cleanly(qtbot, qtlog):
    from gui.main_window import MainWindow

    window = MainWindow()
    window._skip_close_prompt = True
    qtbot.addWidget(window)
    window.show()
    tab = window.show_tab("trainingTab")
    linreg(tab, epochs=500, batch=1, lr=0.01)
    click(qtbot, tab.start_button)
    run = only_run(tab)
    qtbot.waitUntil(lambda: run.steps > 0, timeout=RUN_TIMEOUT)
    assert window.close()  # shuts the tab down and waits for the worker threads
    assert QThreadPool.globalInstance().activeThreadCount() == 0
    assert run.status in ("running", "stopped")
    assert not tab.running or tab._closing
    messages = [rec.message for rec in qtlog.records]
    assert not any("QThread" in m for m in messages), messages


def test_hyperparameters_persist_across_a_restart(qtbot):
    from gui.main_window import MainWindow

    window = MainWindow()
    window._skip_close_prompt = True
    qtbot.addWidget(window)
    tab = window.tab("trainingTab")
    linreg(tab, epochs=7, batch=32, lr=0.05, impl="scratch")
    set_combo(tab.loss_combo, "huber")
    tab.huber_spin.setValue(0.5)
    tab.seed_spin.setValue(42)
    tab.sigma_spin.setValue(0.02)
    tab.plots.smoothing_slider.setValue(80)
    tab.plots.log_check.setChecked(True)
    window.close()

    again = MainWindow()
    again._skip_close_prompt = True
    qtbot.addWidget(again)
    tab = again.tab("trainingTab")
    assert tab.task_combo.currentData() == "linreg"
    assert tab.impl_combo.currentData() == "scratch"
    assert tab.loss_combo.currentData() == "huber"
    assert tab.huber_spin.value() == pytest.approx(0.5)
    assert (tab.epochs_spin.value(), tab.batch_spin.value()) == (7, 32)
    assert tab.lr_spin.value() == pytest.approx(0.05)
    assert tab.seed_spin.value() == 42 and tab.sigma_spin.value() == pytest.approx(0.02)
    assert tab.plots.smoothing_slider.value() == 80 and tab.plots.log_check.isChecked()
    # Each task keeps its own learning rate, batch size and epochs.
    set_combo(tab.task_combo, "softmax")
    assert (tab.lr_spin.value(), tab.batch_spin.value(), tab.epochs_spin.value()) == (0.1, 256, 10)
    again.close()


def test_language_switch_changes_the_visible_texts(qtbot):
    from gui.main_window import MainWindow

    i18n.set_language("en")
    window = MainWindow()
    window._skip_close_prompt = True
    qtbot.addWidget(window)
    tab = window.tab("trainingTab")
    english = (tab.start_button.text(), tab.params_box.title(), tab.task_combo.itemText(0),
               tab.status_label.text())
    assert english[:2] == ("Start", "Hyperparameters")
    window.set_language("zh")
    chinese = (tab.start_button.text(), tab.params_box.title(), tab.task_combo.itemText(0),
               tab.status_label.text())
    assert chinese == ("开始", "超参数", "线性回归", "就绪。设置超参数后按“开始”。")
    window.set_language("en")
    assert (tab.start_button.text(), tab.params_box.title()) == english[:2]
    window.close()


def test_debiased_ema_matches_tensorboard():
    values = np.array([4.0, 2.0, 3.0, 1.0, 5.0])
    smoothed, state = ema_smooth(values, 0.6)
    expected, last = [], 0.0
    for k, v in enumerate(values, start=1):
        last = 0.6 * last + 0.4 * v
        expected.append(last / (1 - 0.6**k))
    assert smoothed == pytest.approx(expected)
    assert smoothed[0] == 4.0  # debiased: no pull toward zero at the start
    head, st = ema_smooth(values[:2], 0.6)
    tail, _ = ema_smooth(values[2:], 0.6, st)
    assert np.concatenate([head, tail]) == pytest.approx(expected)
    assert ema_smooth(values, 0.0)[0] == pytest.approx(values)


def test_the_progress_bar_follows_a_language_switch(training_tab, ui_language):
    """"Diverged at 54%" stayed English after switching to Chinese."""
    controls = training_tab.controls
    controls.show_progress(0.54, "diverged")
    assert controls.progress_bar.format() == "Diverged at %p%"
    ui_language("zh")
    assert controls.progress_bar.format() == "发散于 %p%"
    ui_language("en")
    assert controls.progress_bar.format() == "Diverged at %p%"
