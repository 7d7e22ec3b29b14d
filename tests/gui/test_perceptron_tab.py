"""Perceptron tab: clicks edit points, stepping and running train, the theorem panel, XOR, MLP."""

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pyqtgraph as pg
import pytest
from layout_checks import assert_fits_1024_by_700, at_desktop_size
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from engine import toy2d
from gui import theme
from gui.tabs.perceptron_lesson import MLP_SOLVED_LOSS, MlpLesson, MlpSettings, PerceptronLesson
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


def rendered(label):
    """The text a rich-text label shows (markup and entities resolved)."""
    doc = QTextDocument()
    doc.setHtml(label.text())
    return doc.toPlainText()


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
    tab.points_panel.clear_button.click()
    assert len(tab.data) == 0
    click(tab.boundary_plot, 1.0, 1.5)
    click(tab.boundary_plot, -1.0, -0.5, button=Qt.MouseButton.RightButton)
    click(tab.boundary_plot, 2.0, -2.0, mods=Qt.KeyboardModifier.ShiftModifier)
    assert len(tab.data) == 3
    np.testing.assert_allclose(tab.data.X[0], [1.0, 1.5], atol=0.05)
    assert tab.data.y.tolist() == [1.0, -1.0, -1.0]
    assert "1 of class +1, 2 of class −1" in tab.points_panel.point_count_label.text()
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
    view = tab.perceptron_view
    for item in (tab.boundary_plot.pos_points, tab.boundary_plot.neg_points, view.decision_curve,
                 view.w_curve, view.w_arrow, view.current_marker, view.region_image):
        assert item in items
    assert isinstance(tab.perceptron_view.region_image, pg.ImageItem)
    mlp_items = tab.mlp_plot.getPlotItem().items
    for item in (tab.mlp_view.heatmap, tab.mlp_view.hidden_curve, tab.mlp_plot.pos_points,
                 tab.mlp_plot.neg_points):
        assert item in mlp_items
    assert tab.perceptron_view.mistakes_curve in tab.perceptron_view.mistakes_plot.getPlotItem().items
    # One scatter item per class, however many points: no plot item per point.
    n_items = len(items)
    tab.points_panel.regenerate_button.click()
    assert len(tab.boundary_plot.getPlotItem().items) == n_items


def test_step_updates_labels_and_highlights_the_sample(tab):
    tab.set_data(toy2d.Toy2D(np.array([[1.0, 2.0], [-1.0, -1.0]]), np.array([1.0, -1.0])))
    tab.step_button.click()
    # w = 0 misclassifies the first sample
    assert tab.perceptron_view.update_count_label.text() == "Updates: 1"
    assert "mistake" in tab.perceptron_view.step_label.text()
    xs, ys = tab.perceptron_view.current_marker.getData()
    assert (xs[0], ys[0]) == (1.0, 2.0)
    cx, cy = tab.perceptron_view.decision_curve.getData()
    assert len(cx) == 2 and np.all(np.isfinite(cx))   # the decision line is drawn
    wx, wy = tab.perceptron_view.w_curve.getData()
    assert wx[-1] > 0 and wy[-1] > 0                   # w = (1, 2) points up-right
    tab.step_button.click()
    assert "correct" in tab.perceptron_view.step_label.text()
    tab.step_button.click()
    tab.step_button.click()
    assert "Converged" in tab.perceptron_view.status_label.text()
    assert "Actual updates: 1 ≤" in tab.perceptron_view.theorem_updates_label.text()
    heights = tab.perceptron_view.mistakes_curve.getData()[1]
    assert list(heights) == [1.0, 0.0]


def test_run_converges_on_separable_data_within_the_bound(tab, qtbot):
    tab.points_panel.dataset_combo.setCurrentIndex(tab.points_panel.dataset_combo.findData("separable"))
    tab.perceptron_view.speed_slider.setValue(30)  # 1000 samples/s
    tab.perceptron_view.run_button.click()
    assert tab.perceptron_view.run_button.isChecked() and tab.perceptron_view.run_button.text() == "Pause"
    qtbot.waitUntil(lambda: tab.perceptron.finished, timeout=10000)
    assert not tab.perceptron_view.run_button.isChecked() and tab.perceptron_view.run_button.text() == "Run"
    assert tab.perceptron.status == "converged"
    bound = float(tab.perceptron_view.bound_label.text().split("=")[1].split()[0].replace(",", ""))
    assert tab.perceptron.updates <= bound
    assert tab.perceptron_view.rho_label.text().startswith("Margin ρ = ")


def test_xor_cycles_and_is_explained(tab):
    tab.points_panel.dataset_combo.setCurrentIndex(tab.points_panel.dataset_combo.findData("xor_corners"))
    assert len(tab.data) == 4
    tab.run_steps(100)
    assert tab.perceptron.status == "cycling"
    assert "Cycling" in tab.perceptron_view.status_label.text()
    assert "no line separates" in tab.perceptron_view.rho_label.text()
    assert tab.perceptron_view.xor_label.isVisible()
    assert "b > 0" in rendered(tab.perceptron_view.xor_label)
    # The x₁x₂ feature is the way out: now it converges.
    tab.perceptron_view.feature_check.setChecked(True)
    tab.run_steps(100)
    assert tab.perceptron.status == "converged" and tab.perceptron.accuracy() == 1.0
    assert "x₁x₂" in tab.perceptron_view.radius_label.text()
    cx, cy = tab.perceptron_view.decision_curve.getData()
    assert np.isfinite(cy).sum() > 10   # the boundary is now a curve (a hyperbola)


def test_mlp_solves_xor_and_updates_the_heatmap(tab, qtbot):
    tab.points_panel.dataset_combo.setCurrentIndex(
        tab.points_panel.dataset_combo.findData("xor_noisy"))
    mlp_view = tab.mlp_view
    assert isinstance(mlp_view.heatmap, pg.ImageItem)
    assert mlp_view.heatmap in tab.mlp_plot.getPlotItem().items
    before = mlp_view.heatmap.image.copy()
    tab.mlp_train_button.click()
    # Until it has learnt XOR (it then pauses by itself) or for 400 steps at most.
    qtbot.waitUntil(lambda: mlp_view.mlp.steps >= 400 or not tab.mlp_train_button.isChecked(),
                    timeout=20000)
    if tab.mlp_train_button.isChecked():
        tab.mlp_train_button.click()
    assert not mlp_view.mlp_timer.isActive()
    assert mlp_view.mlp.accuracy(tab.data.X, tab.data.y) >= 0.95
    assert mlp_view.heatmap.image.shape == (100, 100)
    assert not np.allclose(before, mlp_view.heatmap.image)
    assert "accuracy" in mlp_view.mlp_status.text()
    tab.train_mlp(max(0, 400 - mlp_view.mlp.steps))
    mlp_view.hidden_lines_check.setChecked(True)
    xs, _ = mlp_view.hidden_curve.getData()
    assert np.isfinite(xs).sum() == 2 * tab.hidden_spin.value()  # one segment per hidden unit


def test_mlp_pauses_by_itself_once_every_point_is_right(tab, qtbot):
    tab.points_panel.dataset_combo.setCurrentIndex(
        tab.points_panel.dataset_combo.findData("xor_corners"))
    mlp_view = tab.mlp_view
    tab.mlp_train_button.click()
    assert tab.mlp_train_button.text() == "Pause"
    # It stops on its own (no click), with everything classified right and a small loss.
    qtbot.waitUntil(lambda: not tab.mlp_train_button.isChecked(), timeout=30000)
    assert not mlp_view.mlp_timer.isActive()
    assert mlp_view.mlp.accuracy(tab.data.X, tab.data.y) == 1.0
    assert mlp_view.lesson.loss < 0.05
    assert tab.mlp_train_button.text() == "Train"
    assert "Done: every point is classified right" in rendered(mlp_view.mlp_status)
    assert "100%" in rendered(mlp_view.mlp_status)
    # The user may go on: it keeps training past the point where it paused.
    steps = mlp_view.mlp.steps
    tab.mlp_train_button.click()
    qtbot.waitUntil(lambda: mlp_view.mlp.steps >= steps + 50, timeout=20000)
    assert tab.mlp_train_button.isChecked() and "Done" not in rendered(mlp_view.mlp_status)
    tab.mlp_train_button.click()


def test_mlp_lesson_stop_rule_without_a_display():
    lesson, data = MlpLesson(), toy2d.xor_corners()
    lesson.reset(MlpSettings(hidden=8, activation="tanh", lr=0.3), data)
    assert lesson.outcome(data) is None
    while lesson.outcome(data) is None and lesson.mlp.steps < 20000:
        lesson.train(data, 5)
    assert lesson.outcome(data) == "solved"
    assert lesson.accuracy(data) == 1.0 and lesson.loss < MLP_SOLVED_LOSS
    lesson.loss = float("nan")
    assert lesson.outcome(data) == "diverged"


def test_mlp_architecture_controls_rebuild_the_net(tab):
    tab.hidden_spin.setValue(3)
    tab.mlp_view.activation_combo.setCurrentIndex(tab.mlp_view.activation_combo.findData("relu"))
    assert tab.mlp_view.mlp.hidden == 3 and tab.mlp_view.mlp.activation == "relu"
    tab.mlp_view.lr_spin.setValue(0.05)
    assert tab.mlp_view.mlp.lr == pytest.approx(0.05)
    tab.mlp_view.mlp_feature_check.setChecked(True)
    assert tab.mlp_view.mlp.in_dim == 3


def test_csv_save_load_and_bad_file(tab, tmp_path):
    path = tmp_path / "pts.csv"
    assert tab.save_csv(path)
    original = tab.data.copy()
    tab.points_panel.clear_points()
    assert tab.load_csv(path)
    np.testing.assert_allclose(tab.data.X, original.X)
    bad = tmp_path / "bad.csv"
    bad.write_text("x1,x2,label\n1,2,7\n")
    assert not tab.load_csv(bad)
    assert tab.points_panel.data_message.isVisible() and "not ±1" in tab.points_panel.data_message.text()
    np.testing.assert_allclose(tab.data.X, original.X)   # nothing changed
    # A name with "<" in it is shown whole, not read as the start of a tag.
    odd = tmp_path / "x<y.csv"
    odd.write_text("x1,x2,label\n1,2,7\n")
    assert not tab.load_csv(odd)
    message = tab.points_panel.data_message
    assert message.textFormat() == Qt.TextFormat.PlainText and "x<y.csv" in message.text()


def test_regenerate_and_reset(tab):
    first = tab.data.X.copy()
    tab.points_panel.regenerate_button.click()
    assert not np.array_equal(first, tab.data.X)
    tab.run_steps(20)
    tab.perceptron_view.reset_button.click()
    assert tab.perceptron.updates == 0 and tab.perceptron_view.update_count_label.text() == "Updates: 0"


def test_screenshot_scene_draws_boundary_and_heatmap(tab):
    from tools.screenshots import perceptron_scene

    perceptron_scene(tab)
    assert tab.perceptron.updates > 0
    assert tab.mlp_view.mlp.steps > 0 and tab.mlp_view.heatmap.image is not None


def test_feature_margin_of_many_points_arrives_from_a_worker(tab, qtbot):
    tab.points_panel.dataset_combo.setCurrentIndex(tab.points_panel.dataset_combo.findData("xor_noisy"))
    tab.points_panel.noise_spin.setValue(0.15)
    tab.points_panel.points_spin.setValue(120)
    tab.perceptron_view.feature_check.setChecked(True)
    assert tab.margin_pending() and "computing" in tab.perceptron_view.rho_label.text()
    qtbot.waitUntil(lambda: not tab.margin_pending(), timeout=30000)
    assert tab.lesson.margin.separable  # tight clusters: x₁x₂ has the sign of −y
    assert tab.perceptron_view.rho_label.text().startswith("Margin ρ = ")
    tab.run_steps(20000)
    assert tab.perceptron.status == "converged"
    assert tab.perceptron.updates <= float(
        tab.perceptron_view.bound_label.text().split("=")[1].split()[0].replace(",", ""))


def test_hiding_the_tab_pauses_the_animations(tab, qtbot):
    tab.perceptron_view.run_button.click()
    tab.mlp_train_button.click()
    assert tab.perceptron_view.run_timer.isActive() and tab.mlp_view.mlp_timer.isActive()
    tab.hide()
    assert not tab.perceptron_view.run_timer.isActive() and not tab.mlp_view.mlp_timer.isActive()
    assert not tab.perceptron_view.run_button.isChecked() and not tab.mlp_train_button.isChecked()


def test_kind_change_sets_its_noise(tab):
    tab.points_panel.dataset_combo.setCurrentIndex(tab.points_panel.dataset_combo.findData("xor_noisy"))
    assert tab.points_panel.noise_spin.value() == pytest.approx(0.35)
    tab.points_panel.dataset_combo.setCurrentIndex(tab.points_panel.dataset_combo.findData("separable"))
    assert tab.points_panel.noise_spin.value() == 0.0


@pytest.fixture
def chinese(ui_language):
    """The UI in Chinese; the shipped Chinese texts of this tab."""
    ui_language("zh")
    path = Path(__file__).resolve().parents[2] / "resources/i18n/zh_CN/perceptron.json"
    return json.loads(path.read_text(encoding="utf-8"))


XOR_KEY = ("−w₁ − w₂ + b < 0 and w₁ + w₂ + b < 0, which add up to b < 0. Both cannot hold.")


def test_the_whole_xor_proof_is_shown(tab):
    tab.points_panel.dataset_combo.setCurrentIndex(
        tab.points_panel.dataset_combo.findData("xor_corners"))
    shown = rendered(tab.perceptron_view.xor_label)
    assert XOR_KEY in shown
    assert shown.startswith("Why no line separates XOR")


def test_the_whole_xor_proof_is_shown_in_chinese(tab, chinese):
    tab.points_panel.dataset_combo.setCurrentIndex(
        tab.points_panel.dataset_combo.findData("xor_corners"))
    tab.retranslate_ui()
    english = next(s for s in chinese["PerceptronLessonView"]
                   if s.startswith("Why no line separates XOR"))
    assert rendered(tab.perceptron_view.xor_label).startswith(
        chinese["PerceptronLessonView"][english])


def test_lesson_explains_xor_only_when_no_line_fits():
    lesson = PerceptronLesson()
    lesson.restart(lesson.compute_margin())
    assert lesson.explanation() is None            # separable: the theorem applies
    lesson.generate("xor_corners", 4, 0.0, 0.0, new_seed=False)
    lesson.restart(None)
    assert lesson.explanation() is None            # ρ not known yet
    lesson.margin_ready(lesson.compute_margin())
    assert lesson.explanation() == "xor"
    lesson.generate("circles", 60, 0.0, 0.1, new_seed=False)
    lesson.restart(lesson.compute_margin())
    assert lesson.explanation() == "no_line"
    lesson.featured = True
    lesson.generate("xor_corners", 4, 0.0, 0.0, new_seed=False)
    lesson.restart(lesson.compute_margin())
    assert lesson.explanation() is None            # x₁x₂ separates XOR


def _long_texts(tab):
    """The states with the longest status texts: a run in progress, XOR, a diverged MLP."""
    tab.points_panel.dataset_combo.setCurrentIndex(
        tab.points_panel.dataset_combo.findData("xor_corners"))
    tab.run_steps(100)
    tab.mlp_view.lr_spin.setValue(5.0)
    tab.train_mlp(300)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_tab_fits_a_1024_by_700_window(tab, qtbot, lang, ui_language):
    ui_language(lang)
    at_desktop_size(qtbot, tab)
    _long_texts(tab)
    assert_fits_1024_by_700(qtbot, tab, (tab.boundary_plot, tab.mlp_plot,
                                         tab.perceptron_view.mistakes_plot))


def test_plots_follow_a_live_theme_switch(tab):
    try:
        theme.apply_theme("dark")
        QApplication.processEvents()   # what the user sees once the event loop has run
        for plot in (tab.boundary_plot, tab.mlp_plot, tab.perceptron_view.mistakes_plot):
            title = plot.getPlotItem().titleLabel
            assert QColor(title.opts["color"]).lightness() > 150, plot.objectName()
            axis = plot.getPlotItem().getAxis("bottom")
            assert axis.textPen().color().lightness() > 150
        # The guide's fold arrow is drawn in the text colour too: light now.
        image = tab.guide.toggle_button().icon().pixmap(16, 16).toImage()
        lightest = max(image.pixelColor(x, y).lightness() for x in range(image.width())
                       for y in range(image.height()) if image.pixelColor(x, y).alpha() > 128)
        assert lightest > 150
        theme.apply_theme("light")
        title = tab.boundary_plot.getPlotItem().titleLabel
        assert QColor(title.opts["color"]).lightness() < 100
    finally:
        theme.apply_theme("light")


def test_a_late_margin_never_overwrites_newer_points(tab, qtbot):
    panel = tab.points_panel
    panel.dataset_combo.setCurrentIndex(panel.dataset_combo.findData("xor_noisy"))
    panel.points_spin.setValue(120)
    tab.perceptron_view.feature_check.setChecked(True)
    assert tab.margin_pending()
    tab.perceptron_view.feature_check.setChecked(False)   # back to 2-D: found at once
    current = tab.lesson.margin
    assert current is not None and not current.separable
    tab.perceptron_view.margin_task.wait(30000)
    qtbot.wait(50)                                         # let any late answer arrive
    assert tab.lesson.margin is current
    assert "no line separates" in tab.perceptron_view.rho_label.text()


def test_lesson_models_need_no_qt():
    code = ("import sys, gui.tabs.perceptron_lesson, gui.tabs.loss_lesson; "
            "sys.exit(any(m.startswith(('PySide6', 'pyqtgraph')) for m in sys.modules))")
    root = Path(__file__).resolve().parents[2]
    assert subprocess.run([sys.executable, "-c", code], cwd=root).returncode == 0
