"""Perceptron tab: clicks edit points, stepping and running train, the theorem panel, XOR, MLP."""

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from engine import toy2d
from gui.tabs.perceptron_tab import PerceptronTab


@pytest.fixture
def tab(qtbot):
    w = PerceptronTab()
    w.retranslate_ui()
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.shutdown()


def click(canvas, x, y, button=Qt.MouseButton.LeftButton, mods=Qt.KeyboardModifier.NoModifier):
    QTest.mouseClick(canvas.viewport(), button, mods, canvas.data_to_widget(x, y))


def test_controls_have_object_names(tab):
    for name in ("datasetCombo", "stepButton", "runButton", "resetButton", "speedSlider",
                 "boundaryPlot", "updateCountLabel", "epochLabel", "mistakesPlot", "radiusLabel",
                 "rhoLabel", "boundLabel", "theoremUpdatesLabel", "mlpPlot", "hiddenSpin",
                 "activationCombo", "mlpLrSpin", "mlpTrainButton", "featureCheck",
                 "showHiddenLinesCheck", "regenerateButton", "clearButton", "saveCsvButton",
                 "loadCsvButton", "marginSpin", "noiseSpin"):
        assert tab.findChild(object, name) is not None, name


def test_clicks_add_and_remove_points(tab):
    tab.clear_button.click()
    assert len(tab.data) == 0
    click(tab.boundary_plot, 1.0, 1.5)
    click(tab.boundary_plot, -1.0, -0.5, button=Qt.MouseButton.RightButton)
    click(tab.boundary_plot, 2.0, -2.0, mods=Qt.KeyboardModifier.ShiftModifier)
    assert len(tab.data) == 3
    np.testing.assert_allclose(tab.data.X[0], [1.0, 1.5], atol=0.05)
    assert tab.data.y.tolist() == [1.0, -1.0, -1.0]
    assert "1 of class +1, 2 of class −1" in tab.point_count_label.text()
    # The scatter items show them.
    assert len(tab.boundary_plot.pos_points.data) == 1
    assert len(tab.boundary_plot.neg_points.data) == 2
    # Ctrl-click near the first point removes it; far from every point removes nothing.
    click(tab.boundary_plot, 1.1, 1.4, mods=Qt.KeyboardModifier.ControlModifier)
    assert len(tab.data) == 2 and tab.data.y.tolist() == [-1.0, -1.0]
    click(tab.boundary_plot, -2.5, 2.5, mods=Qt.KeyboardModifier.ControlModifier)
    assert len(tab.data) == 2
    # The MLP's plot takes clicks too.
    click(tab.mlp_plot, 0.0, 0.0)
    assert len(tab.data) == 3


def test_plots_hold_their_items(tab):
    items = tab.boundary_plot.getPlotItem().items
    for item in (tab.boundary_plot.pos_points, tab.boundary_plot.neg_points, tab.decision_curve,
                 tab.w_curve, tab.w_arrow, tab.current_marker, tab.region_image):
        assert item in items
    assert isinstance(tab.region_image, pg.ImageItem)
    mlp_items = tab.mlp_plot.getPlotItem().items
    for item in (tab.heatmap, tab.hidden_curve, tab.mlp_plot.pos_points, tab.mlp_plot.neg_points):
        assert item in mlp_items
    assert tab.mistakes_curve in tab.mistakes_plot.getPlotItem().items
    # One scatter item per class, however many points: no plot item per point.
    n_items = len(items)
    tab.regenerate_button.click()
    assert len(tab.boundary_plot.getPlotItem().items) == n_items


def test_step_updates_labels_and_highlights_the_sample(tab):
    tab.set_data(toy2d.Toy2D(np.array([[1.0, 2.0], [-1.0, -1.0]]), np.array([1.0, -1.0])))
    tab.step_button.click()
    assert tab.update_count_label.text() == "Updates: 1"  # w = 0 misclassifies the first sample
    assert "mistake" in tab.step_label.text()
    xs, ys = tab.current_marker.getData()
    assert (xs[0], ys[0]) == (1.0, 2.0)
    cx, cy = tab.decision_curve.getData()
    assert len(cx) == 2 and np.all(np.isfinite(cx))   # the decision line is drawn
    wx, wy = tab.w_curve.getData()
    assert wx[-1] > 0 and wy[-1] > 0                   # w = (1, 2) points up-right
    tab.step_button.click()
    assert "correct" in tab.step_label.text()
    tab.step_button.click()
    tab.step_button.click()
    assert "Converged" in tab.status_label.text()
    assert "Actual updates: 1 ≤" in tab.theorem_updates_label.text()
    heights = tab.mistakes_curve.getData()[1]
    assert list(heights) == [1.0, 0.0]


def test_run_converges_on_separable_data_within_the_bound(tab, qtbot):
    tab.dataset_combo.setCurrentIndex(tab.dataset_combo.findData("separable"))
    tab.speed_slider.setValue(30)  # 1000 samples/s
    tab.run_button.click()
    assert tab.run_button.isChecked() and tab.run_button.text() == "Pause"
    qtbot.waitUntil(lambda: tab.perceptron.finished, timeout=10000)
    assert not tab.run_button.isChecked() and tab.run_button.text() == "Run"
    assert tab.perceptron.status == "converged"
    bound = float(tab.bound_label.text().split("=")[1].split()[0].replace(",", ""))
    assert tab.perceptron.updates <= bound
    assert tab.rho_label.text().startswith("Margin ρ = ")


def test_xor_cycles_and_is_explained(tab):
    tab.dataset_combo.setCurrentIndex(tab.dataset_combo.findData("xor_corners"))
    assert len(tab.data) == 4
    tab.run_steps(100)
    assert tab.perceptron.status == "cycling"
    assert "Cycling" in tab.status_label.text()
    assert "no line separates" in tab.rho_label.text()
    assert tab.xor_label.isVisible() and "b > 0" in tab.xor_label.text()
    # The x₁x₂ feature is the way out: now it converges.
    tab.feature_check.setChecked(True)
    tab.run_steps(100)
    assert tab.perceptron.status == "converged" and tab.perceptron.accuracy() == 1.0
    assert "x₁x₂" in tab.radius_label.text()
    cx, cy = tab.decision_curve.getData()
    assert np.isfinite(cy).sum() > 10   # the boundary is now a curve (a hyperbola)


def test_mlp_solves_xor_and_updates_the_heatmap(tab, qtbot):
    tab.dataset_combo.setCurrentIndex(tab.dataset_combo.findData("xor_noisy"))
    assert isinstance(tab.heatmap, pg.ImageItem)
    assert tab.heatmap in tab.mlp_plot.getPlotItem().items
    before = tab.heatmap.image.copy()
    tab.mlp_train_button.click()
    qtbot.waitUntil(lambda: tab.mlp.steps >= 400, timeout=20000)
    tab.mlp_train_button.click()
    assert not tab.mlp_timer.isActive()
    assert tab.heatmap.image.shape == (100, 100)
    assert not np.allclose(before, tab.heatmap.image)
    assert tab.mlp.accuracy(tab.data.X, tab.data.y) >= 0.95
    assert "accuracy" in tab.mlp_status.text()
    tab.hidden_lines_check.setChecked(True)
    xs, _ = tab.hidden_curve.getData()
    assert np.isfinite(xs).sum() == 2 * tab.hidden_spin.value()  # one segment per hidden unit


def test_mlp_architecture_controls_rebuild_the_net(tab):
    tab.hidden_spin.setValue(3)
    tab.activation_combo.setCurrentIndex(tab.activation_combo.findData("relu"))
    assert tab.mlp.hidden == 3 and tab.mlp.activation == "relu"
    tab.lr_spin.setValue(0.05)
    assert tab.mlp.lr == pytest.approx(0.05)
    tab.mlp_feature_check.setChecked(True)
    assert tab.mlp.in_dim == 3


def test_csv_save_load_and_bad_file(tab, tmp_path):
    path = tmp_path / "pts.csv"
    assert tab.save_csv(path)
    original = tab.data.copy()
    tab.clear_points()
    assert tab.load_csv(path)
    np.testing.assert_allclose(tab.data.X, original.X)
    bad = tmp_path / "bad.csv"
    bad.write_text("x1,x2,label\n1,2,7\n")
    assert not tab.load_csv(bad)
    assert tab.data_message.isVisible() and "not ±1" in tab.data_message.text()
    np.testing.assert_allclose(tab.data.X, original.X)   # nothing changed


def test_regenerate_and_reset(tab):
    first = tab.data.X.copy()
    tab.regenerate_button.click()
    assert not np.array_equal(first, tab.data.X)
    tab.run_steps(20)
    tab.reset_button.click()
    assert tab.perceptron.updates == 0 and tab.update_count_label.text() == "Updates: 0"


def test_screenshot_preparation_draws_boundary_and_heatmap(tab):
    tab.prepare_screenshot()
    assert tab.perceptron.updates > 0
    assert tab.mlp.steps > 0 and tab.heatmap.image is not None


def test_feature_margin_of_many_points_arrives_from_a_worker(tab, qtbot):
    tab.dataset_combo.setCurrentIndex(tab.dataset_combo.findData("xor_noisy"))
    tab.noise_spin.setValue(0.15)
    tab.points_spin.setValue(120)
    tab.feature_check.setChecked(True)
    assert tab.margin_pending() and "computing" in tab.rho_label.text()
    qtbot.waitUntil(lambda: not tab.margin_pending(), timeout=30000)
    assert tab.margin.separable  # tight clusters: x₁x₂ has the sign of −y
    assert tab.rho_label.text().startswith("Margin ρ = ")
    tab.run_steps(20000)
    assert tab.perceptron.status == "converged"
    assert tab.perceptron.updates <= float(
        tab.bound_label.text().split("=")[1].split()[0].replace(",", ""))


def test_hiding_the_tab_pauses_the_animations(tab, qtbot):
    tab.run_button.click()
    tab.mlp_train_button.click()
    assert tab.run_timer.isActive() and tab.mlp_timer.isActive()
    tab.hide()
    assert not tab.run_timer.isActive() and not tab.mlp_timer.isActive()
    assert not tab.run_button.isChecked() and not tab.mlp_train_button.isChecked()


def test_kind_change_sets_its_noise(tab):
    tab.dataset_combo.setCurrentIndex(tab.dataset_combo.findData("xor_noisy"))
    assert tab.noise_spin.value() == pytest.approx(0.35)
    tab.dataset_combo.setCurrentIndex(tab.dataset_combo.findData("separable"))
    assert tab.noise_spin.value() == 0.0
