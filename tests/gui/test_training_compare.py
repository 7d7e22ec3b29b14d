"""Comparing runs in the training tab, through its real widgets: legends, one axis per kind of
loss, course experiments at the course's values, axes that follow the visible runs, exports."""

from __future__ import annotations

import csv
import math

import numpy as np
import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication
from training_helpers import RUN_TIMEOUT, click, set_combo

from gui.training_session import TASK_DEFAULTS
from gui.widgets.runs_list import BATCH, DETAILS, EPOCHS, LR, STATUS


@pytest.fixture
def tab(training_tab):
    return training_tab


def run_linreg(qtbot, tab, *, lr=0.03, batch=100, epochs=1, impl="concise") -> int:
    set_combo(tab.task_combo, "linreg")
    set_combo(tab.impl_combo, impl)
    set_combo(tab.loss_combo, "l2")
    tab.lr_spin.setValue(lr)
    tab.batch_spin.setValue(batch)
    tab.epochs_spin.setValue(epochs)
    click(qtbot, tab.start_button)
    run_id = max(tab.runs)
    wait_idle(qtbot, tab)
    return run_id


def wait_idle(qtbot, tab) -> None:
    qtbot.waitUntil(lambda: not tab.running and not tab._queue, timeout=RUN_TIMEOUT)
    QApplication.processEvents()
    tab._redraw(force=True)


def legend(tab, plot=None) -> list[str]:
    return tab.plots.legend_entries(plot or tab.loss_plot)


def y_range(tab) -> tuple[float, float]:
    """The loss axis's visible range (log10 units in log mode)."""
    return tuple(tab.loss_plot.getViewBox().viewRange()[1])


def test_a_legend_entry_per_visible_run_named_by_what_differs(qtbot, tab):
    first = run_linreg(qtbot, tab, lr=0.03)
    assert legend(tab) == ["#1 lr=0.03 B=100 concise"]  # alone: its main hyperparameters
    second = run_linreg(qtbot, tab, lr=0.1)
    assert legend(tab) == ["#1 lr=0.03", "#2 lr=0.1"]  # together: what sets them apart
    assert tab.runs[first].color != tab.runs[second].color
    tab.runs_list.set_checked(first, False)
    assert legend(tab) == ["#2 lr=0.1"]
    tab.runs_list.set_checked(first, True)
    assert legend(tab) == ["#1 lr=0.03", "#2 lr=0.1"]
    # The runs table shows the hyperparameters in full, the compared ones in their own columns.
    row = tab.runs_list.item(second)
    assert (row.text(LR), row.text(BATCH), row.text(EPOCHS)) == ("0.1", "100", "1")
    assert row.text(DETAILS) == "linear, concise, L2, seed 0, σ = 0.01"
    assert row.toolTip(0) == "#2 lr=0.1"


def test_colours_do_not_repeat_among_runs(qtbot, tab):
    for lr in (0.01, 0.02, 0.03, 0.04, 0.05, 0.06, 0.07, 0.08, 0.09, 0.1, 0.2):
        run_linreg(qtbot, tab, lr=lr, batch=500)
    colors = [QColor(r.color).name() for r in tab.runs.values()]
    assert len(set(colors)) == 11  # run #11 is no longer #1's blue
    assert len(legend(tab)) == 11


def test_linear_and_softmax_runs_never_share_an_axis(qtbot, tab, fashion_dir, monkeypatch):
    monkeypatch.setenv("D2L_DATA", str(fashion_dir))
    linear = run_linreg(qtbot, tab)
    set_combo(tab.task_combo, "softmax")
    tab.epochs_spin.setValue(1)
    tab.lr_spin.setValue(0.1)
    click(qtbot, tab.start_button)
    softmax = max(tab.runs)
    wait_idle(qtbot, tab)
    assert tab.runs[softmax].status == "completed", tab.runs[softmax].message
    boxes = {run_id: curves.items[1].getViewBox() for run_id, curves in tab.plots.runs.items()}
    assert boxes[linear] is not boxes[softmax]
    for curves in tab.plots.runs.values():  # all three loss curves of a run on its own axis
        assert {item.getViewBox() for item in curves.items[:3]} == {curves.items[1].getViewBox()}
    # A selector names each group; each plot's legend lists only its own runs.
    tabs = tab.plots.group_tabs
    assert tabs.isVisible() and tabs.count() == 2
    assert [tabs.tabText(i).rsplit(" (", 1)[0] for i in range(2)] == \
        ["Squared loss (L2) · synthetic data", "Cross-entropy loss · Fashion-MNIST"]
    assert legend(tab) == [f"#{softmax} lr=0.1 B=256 concise"]
    tab.runs_list.setCurrentItem(tab.runs_list.item(linear))
    assert tab.loss_plot is tab.plots.group_plots[tab.runs[linear].group.key]
    assert legend(tab) == [f"#{linear} lr=0.03 B=100 concise"]
    assert "Squared loss" in tab.loss_plot.getPlotItem().titleLabel.text
    tabs.setCurrentIndex(1)
    assert legend(tab) == [f"#{softmax} lr=0.1 B=256 concise"]
    assert legend(tab, tab.acc_plot) == [f"#{softmax} lr=0.1 B=256 concise"]


def test_experiments_use_the_course_values_whatever_was_typed(qtbot, tab):
    own = run_linreg(qtbot, tab, lr=0.05)
    # Values typed for another try, which an experiment must not pick up.
    set_combo(tab.impl_combo, "scratch")
    set_combo(tab.loss_combo, "huber")
    tab.lr_spin.setValue(100)
    tab.batch_spin.setValue(1)
    tab.epochs_spin.setValue(50)
    tab.seed_spin.setValue(7)
    tab.sigma_spin.setValue(0.5)
    tip = tab.lr_experiment_button.toolTip()
    assert "B = 10" in tip and "3 epochs" in tip and "σ = 0.01" in tip and "seed 0" in tip
    click(qtbot, tab.lr_experiment_button)
    wait_idle(qtbot, tab)
    runs = [r for r in tab.runs.values() if r.id != own]
    assert [r.config["lr"] for r in runs] == [0.01, 0.1, 1.0]
    for run in runs:
        c = run.config
        assert (c["batch_size"], c["epochs"], c["seed"], c["init_sigma"], c["impl"], c["loss"]) \
            == (10, 3, 0, 0.01, "concise", "l2")
        assert run.table is None  # the course's synthetic data
    # The typed values stay in the controls.
    assert tab.lr_spin.value() == 100 and tab.batch_spin.value() == 1
    # Only the experiment's runs are shown while one looks at it, with the verdict.
    assert tab.experiment_banner.isVisible()
    assert sorted(tab.runs_list.shown_run_ids()) == [r.id for r in runs]
    assert not any(item.isVisible() for item in tab.plots.runs[own].items)
    assert legend(tab) == [f"#{runs[0].id} lr=0.01", f"#{runs[1].id} lr=0.1",
                           f"#{runs[2].id} lr=1 (off the scale)"]
    text = tab.experiment_label.text()
    assert "B = 10, 3 epochs, concise, σ = 0.01, seed 0" in text
    slow, fast = text_loss(runs[0]), text_loss(runs[1])
    assert tab.experiment_banner.verdict == (
        f"η = 1 diverged; η = 0.01 crawls (loss {slow}); η = 0.1 converges fastest (loss {fast}).")
    # … and the way back to all runs.
    click(qtbot, tab.show_all_button)
    assert not tab.experiment_banner.isVisible()
    assert len(tab.runs_list.shown_run_ids()) == 4
    assert all(item.isVisible() for item in tab.plots.runs[own].items)
    tab.view_combo.setCurrentIndex(1)
    tab.view_combo.activated.emit(1)
    assert tab.experiment_banner.isVisible() and len(tab.runs_list.shown_run_ids()) == 3

    # Softmax's batch-size comparison: the course's η = 0.1 however large the typed one.
    set_combo(tab.task_combo, "softmax")
    tab.lr_spin.setValue(100)
    configs = tab.run_experiment("batch")
    assert [(c["batch_size"], c["lr"], c["epochs"]) for c in configs] == [(1, 0.1, 1), (256, 0.1, 1)]
    tab.stop_run()
    wait_idle(qtbot, tab)
    assert tab.experiment_banner.verdict == "Stopped before every run finished: no verdict."


def text_loss(run) -> str:
    from gui.training_session import fmt_loss

    return fmt_loss(run.metrics.final_loss())


def test_hiding_a_diverged_run_rescales_the_log_axis(qtbot, tab):
    tab.plots.log_check.setChecked(True)
    normal = run_linreg(qtbot, tab, lr=0.03, batch=10, epochs=2)
    alone = y_range(tab)
    diverged = run_linreg(qtbot, tab, lr=100, batch=10, epochs=2)
    assert tab.runs[diverged].status == "diverged"
    assert tab.runs[diverged].metrics.max_loss() > 1e20
    highest = tab.runs[normal].metrics.max_loss()
    lowest = float(np.min(tab.runs[normal].metrics.batch_loss.view()))
    with_diverged = y_range(tab)
    # The diverged run is drawn along the top, a little above the others, not 1e20 high …
    assert math.log10(highest) < with_diverged[1] < math.log10(highest) + 1
    # … and the other run's smallest losses stay in view (no 1e-31 at the bottom).
    assert math.log10(lowest) - 1 < with_diverged[0] <= math.log10(lowest)
    assert "x1e" not in tab.loss_plot.getPlotItem().getAxis("left").labelString()
    marker = tab.plots.runs[diverged].marker
    assert marker.isVisible() and len(marker.xData) == 1  # where it diverged
    assert marker.xData[0] == pytest.approx(tab.runs[diverged].fraction_done() * 2, abs=0.01)
    assert legend(tab)[1].endswith("(off the scale)")
    # Unticking the diverged run: the axis fits the run still shown.
    tab.runs_list.set_checked(diverged, False)
    hidden = y_range(tab)
    assert hidden[1] < with_diverged[1]
    assert hidden == pytest.approx(alone, abs=0.05)
    assert not marker.isVisible()
    assert len(legend(tab)) == 1
    tab.runs_list.set_checked(diverged, True)
    assert y_range(tab) == pytest.approx(with_diverged, abs=0.05)


def test_exported_png_shows_title_axes_and_legend(qtbot, tab, tmp_path):
    first = run_linreg(qtbot, tab, lr=0.03)
    second = run_linreg(qtbot, tab, lr=0.1)
    written = tab.export_plots(tmp_path / "curves.png")
    assert [p.name for p in written] == ["curves-loss.png"]
    image = QImage(str(written[0]))
    plot = tab.loss_plot
    scale = image.width() / plot.width()
    assert image.width() >= 800 and scale == pytest.approx(image.height() / plot.height(), 0.01)
    # The legend is in the picture: each run's colour sample and dark text in its box.
    box = plot.getPlotItem().legend
    rect = plot.mapFromScene(box.sceneBoundingRect()).boundingRect()
    crop = image.copy(int(rect.x() * scale), int(rect.y() * scale), int(rect.width() * scale),
                      int(rect.height() * scale))
    colors = _colors(crop)
    for run_id in (first, second):
        assert _near(colors, QColor(tab.runs[run_id].color)), run_id
    assert any(max(c) < 90 for c in colors)  # the legend's text
    item = plot.getPlotItem()
    assert item.titleLabel.text.startswith("Squared loss (L2) · synthetic data")
    assert item.getAxis("bottom").labelText == "epoch" and item.getAxis("left").labelText == "loss"
    svg = tab.export_plots(tmp_path / "curves.svg")[0].read_text(encoding="utf-8")
    assert all(label in svg for label in legend(tab))
    # The CSV names the runs as the legend does.
    tab.export_metrics_csv(tmp_path / "m.csv")
    rows = list(csv.DictReader((tmp_path / "m.csv").open(encoding="utf-8")))
    assert sorted({r["label"] for r in rows}) == legend(tab)


def _colors(image: QImage) -> set[tuple[int, int, int]]:
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    return {QColor(image.pixel(x, y)).getRgb()[:3]
            for x in range(0, image.width(), 1) for y in range(0, image.height(), 1)}


def _near(colors: set[tuple[int, int, int]], color: QColor, tolerance: int = 40) -> bool:
    target = color.getRgb()[:3]
    return any(sum(abs(a - b) for a, b in zip(c, target, strict=True)) < tolerance for c in colors)


def test_reset_to_course_defaults(qtbot, tab):
    set_combo(tab.task_combo, "softmax")
    set_combo(tab.impl_combo, "scratch")
    tab.lr_spin.setValue(100)
    tab.batch_spin.setValue(3)
    tab.epochs_spin.setValue(40)
    tab.seed_spin.setValue(9)
    tab.sigma_spin.setValue(1.5)
    click(qtbot, tab.findChild(type(tab.start_button), "resetDefaultsButton"))
    defaults = TASK_DEFAULTS["softmax"]
    assert (tab.lr_spin.value(), tab.batch_spin.value(), tab.epochs_spin.value()) == \
        (defaults["lr"], defaults["batch_size"], defaults["epochs"])
    assert tab.seed_spin.value() == 0 and tab.sigma_spin.value() == pytest.approx(0.01)
    assert tab.impl_combo.currentData() == "scratch"  # the implementation is a choice, kept
    assert "course's values for Softmax regression" in tab.status_label.text()
    from gui.settings import settings

    assert float(settings().value("training/softmax/lr")) == pytest.approx(0.1)


def test_a_stopped_run_says_so_everywhere(qtbot, tab):
    set_combo(tab.task_combo, "linreg")
    tab.epochs_spin.setValue(300)
    tab.batch_spin.setValue(1)
    tab.lr_spin.setValue(0.01)
    click(qtbot, tab.start_button)
    run = tab.runs[max(tab.runs)]
    qtbot.waitUntil(lambda: run.steps > 0, timeout=RUN_TIMEOUT)
    click(qtbot, tab.pause_button)
    click(qtbot, tab.stop_button)
    if run.status == "stopping":  # until the worker has stopped, within one batch
        assert tab.runs_list.item(run.id).text(STATUS) == "stopping…"
        assert tab.status_label.text() == "Stopping after the current batch…"
    wait_idle(qtbot, tab)
    assert run.status == "stopped"
    assert tab.runs_list.item(run.id).text(STATUS).startswith("stopped at ")
    assert tab.progress_bar.format().startswith("Stopped at")
    assert tab.status_label.text().startswith(f"Stopped {run.name}")
