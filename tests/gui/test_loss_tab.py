"""Losses tab: the plotted curves are engine.losses', the descent animates, the learning-rate
and batch-size sliders change what the plots and labels say."""


import numpy as np
import pyqtgraph as pg
import pytest
from layout_checks import assert_fits_1024_by_700, at_desktop_size
from PySide6.QtGui import QColor

from engine import losses
from gui import theme
from gui.tabs.loss_lesson import LossDescent
from gui.tabs.loss_tab import ANIM_STEPS, LossTab


@pytest.fixture
def tab(qtbot):
    w = LossTab()
    w.retranslate_ui()
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    qtbot.waitUntil(lambda: w._loss_drawn, timeout=5000)
    yield w
    w.shutdown()


def test_controls_and_plots_have_object_names(tab):
    for name in ("lossCombo", "deltaSlider", "gdAnimateButton", "gdLossLrSpin", "gdStartSpin",
                 "lossPlot", "racePlot", "lrSlider", "lrStepsSpin", "gd1dPlot", "gd2dPlot",
                 "lr1dStatusLabel", "lr2dStatusLabel", "batchSizeSlider", "sgdLrSpin",
                 "sgdPathPlot", "sgdLossPlot", "examplesLabel", "gdLossStatusLabel"):
        assert tab.findChild(object, name) is not None, name


@pytest.mark.parametrize("name", ["l2", "l1", "huber"])
def test_plotted_curves_are_the_loss_its_derivative_and_likelihood(tab, name):
    tab.descent_view.loss_combo.setCurrentIndex(tab.descent_view.loss_combo.findData(name))
    tab.descent_view.delta_slider.setValue(1.5)
    delta = 1.5
    r, loss = tab.loss_curve.getData()
    assert r[0] == pytest.approx(-3) and r[-1] == pytest.approx(3)
    np.testing.assert_allclose(loss, losses.loss(name, r, delta))
    _, d = tab.descent_view.grad_curve.getData()
    ok = np.isfinite(d)
    np.testing.assert_allclose(d[ok], losses.grad(name, r[ok], delta))
    _, like = tab.descent_view.like_curve.getData()
    np.testing.assert_allclose(like, np.exp(-losses.loss(name, r, delta)))
    assert tab.descent_view.delta_slider.isEnabled() == (name == "huber")
    items = tab.loss_plot.getPlotItem().items
    view = tab.descent_view
    for curve in (tab.loss_curve, view.grad_curve, view.like_curve, view.loss_point):
        assert curve in items


def test_delta_changes_huber(tab):
    tab.descent_view.loss_combo.setCurrentIndex(tab.descent_view.loss_combo.findData("huber"))
    tab.descent_view.delta_slider.setValue(0.5)
    small = tab.loss_curve.getData()[1].copy()
    tab.descent_view.delta_slider.setValue(2.5)
    assert not np.allclose(small, tab.loss_curve.getData()[1])


def test_animation_moves_the_point_toward_the_optimum(tab, qtbot):
    tab.descent_view.loss_combo.setCurrentIndex(tab.descent_view.loss_combo.findData("l2"))
    tab.animate_button.click()
    assert tab.animate_button.isChecked()
    start = abs(tab.animation_position())
    assert start == pytest.approx(2.8)
    qtbot.waitUntil(lambda: tab.descent_view.descent.step >= 5, timeout=5000)
    assert abs(tab.animation_position()) < start
    x, y = tab.descent_view.loss_point.getData()
    assert y[0] == pytest.approx(losses.l2(x[0]))
    qtbot.waitUntil(lambda: not tab.animate_button.isChecked(), timeout=15000)
    assert tab.descent_view.descent.step == ANIM_STEPS
    assert abs(tab.animation_position()) < 0.01       # L2 arrives (slowly at the end)
    # The race shows all three losses; L1 never settles, L2 and Huber do.
    assert "L1: never settles" in tab.descent_view.gd_status.text()
    for curve in tab.descent_view.race_curves.values():
        assert len(curve.getData()[0]) == ANIM_STEPS + 1


def test_l1_moves_with_constant_steps(tab):
    tab.descent_view.loss_combo.setCurrentIndex(tab.descent_view.loss_combo.findData("l1"))
    path = tab.descent_view.descent.path
    np.testing.assert_allclose(np.abs(np.diff(path[:8])), tab.descent_view.gd_lr_spin.value())


@pytest.mark.parametrize("lr, words1, words2", [
    (0.05, "crawls", "crawls"),
    (0.3, "converges", "converges"),
    (0.8, "converges", "oscillates"),
    (1.5, "oscillates", "diverges"),
    (2.3, "diverges", "diverges"),
])
def test_learning_rate_slider_says_what_happens(tab, lr, words1, words2):
    tab.rate_view.lr_slider.setValue(lr)
    assert words1 in tab.rate_view.lr1d_status.text()
    assert words2 in tab.rate_view.lr2d_status.text()
    xs, _ = tab.rate_view.gd1d_path.getData()
    assert len(xs) == tab.rate_view.steps_spin.value() + 1 or words1 == "diverges"
    px, py = tab.rate_view.gd2d_path.getData()
    assert np.all(np.isfinite(px)) and np.all(np.isfinite(py))


def test_batch_size_slider_changes_noise_and_cost(tab):
    tab.minibatch_view.batch_slider.setValue(1)
    small_path = tab.minibatch_view.sgd_path.getData()
    assert "150 steps × batch 1 = 150 examples" in tab.minibatch_view.examples_label.text()
    tab.minibatch_view.batch_slider.setValue(100)
    assert "150 steps × batch 100 = 15,000 examples" in tab.minibatch_view.examples_label.text()
    large_path = tab.minibatch_view.sgd_path.getData()
    # A batch of 1 takes a rougher path: more total length for the same number of steps.
    def length(p):
        return float(np.sum(np.hypot(np.diff(p[0]), np.diff(p[1]))))
    assert length(small_path) > length(large_path)
    assert isinstance(tab.minibatch_view.sgd_surface, pg.ImageItem)
    assert tab.minibatch_view.sgd_surface in tab.sgd_plot.getPlotItem().items


def test_screenshot_scene(tab):
    from tools.screenshots import loss_scene

    loss_scene(tab)
    assert tab.loss_name() == "huber"
    assert len(tab.descent_view.loss_point.getData()[0]) == 1


def _scene_rect(item):
    return item.mapRectToScene(item.boundingRect())


def test_legends_sit_outside_the_plot_area(tab):
    from tools.screenshots import loss_scene

    loss_scene(tab)
    descent, minibatch = tab.descent_view, tab.minibatch_view
    for plot, legend in ((tab.loss_plot, descent.loss_legend), (tab.race_plot, descent.race_legend),
                         (tab.sgd_loss_plot, minibatch.sgd_loss_legend)):
        view = plot.getPlotItem().getViewBox()
        assert legend.isVisible() and legend.items, plot.objectName()
        assert not _scene_rect(legend).intersects(_scene_rect(view)), plot.objectName()
        # …and inside the widget, where it can be read.
        assert plot.sceneRect().contains(_scene_rect(legend)), plot.objectName()


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_tab_fits_a_1024_by_700_window_with_titles_whole(tab, qtbot, lang, ui_language):
    ui_language(lang)
    at_desktop_size(qtbot, tab)
    assert_fits_1024_by_700(qtbot, tab, tab.plots())


def test_plots_follow_a_live_theme_switch(tab):
    try:
        theme.apply_theme("dark")
        for plot in tab.plots():
            item = plot.getPlotItem()
            assert QColor(item.titleLabel.opts["color"]).lightness() > 150, plot.objectName()
            assert item.getAxis("left").textPen().color().lightness() > 150
        for legend in (tab.descent_view.loss_legend, tab.descent_view.race_legend,
                       tab.minibatch_view.sgd_loss_legend):
            assert QColor(legend.opts["labelTextColor"]).lightness() > 150
        theme.apply_theme("light")
        assert QColor(tab.loss_plot.getPlotItem().titleLabel.opts["color"]).lightness() < 100
    finally:
        theme.apply_theme("light")


def test_descent_lesson_without_a_display():
    descent = LossDescent(name="l1", lr=0.3, start=2.8)
    descent.compute()
    descent.step = 0
    assert descent.position() == pytest.approx(2.8)
    while descent.advance():
        pass
    assert descent.step == ANIM_STEPS
    assert descent.settle_steps()["l1"] is None      # L1's constant pull never settles
    assert descent.settle_steps()["l2"] is not None
