"""The losses tab's second and third columns: the learning rate on two quadratics, and
minibatch noise in linear regression, rendered from :class:`~gui.tabs.loss_lesson.LearningRate`
and :class:`~gui.tabs.loss_lesson.Minibatch`."""

from __future__ import annotations

import html

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from superqt import QLabeledDoubleSlider, QLabeledSlider

from gui.i18n import tr_format
from gui.tabs.loss_lesson import QUAD_2D, QUAD_A, LearningRate, Minibatch, ratio_text
from gui.tabs.loss_plots import legend_outside, plot_slot, rename_legend, title
from gui.widgets.point_canvas import apply_plot_theme

REGIME_COLORS = {"crawl": "#b8860b", "good": "#2ca02c", "oscillate": "#ff7f0e",
                 "diverge": "#d62728"}
PATH_COLOR = "#d62728"


class LearningRateView(QGroupBox):
    """One learning rate, two bowls: ½x² and a 2-D one whose steep direction breaks first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="learningRateGroup")
        self.rate = LearningRate()
        v = QVBoxLayout(self)
        g = QGridLayout()
        self.lr_slider = QLabeledDoubleSlider(Qt.Orientation.Horizontal)
        self.lr_slider.setObjectName("lrSlider")
        self.lr_slider.setRange(0.01, 2.5)
        self.lr_slider.setSingleStep(0.01)
        self.lr_slider.setDecimals(2)
        self.lr_slider.setValue(self.rate.lr)
        self.steps_spin = QSpinBox(objectName="lrStepsSpin")
        self.steps_spin.setRange(1, 200)
        self.steps_spin.setValue(self.rate.steps)
        self.lr_caption, self.steps_caption = QLabel(), QLabel()
        g.addWidget(self.lr_caption, 0, 0)
        g.addWidget(self.lr_slider, 0, 1)
        g.addWidget(self.steps_caption, 1, 0)
        g.addWidget(self.steps_spin, 1, 1)
        g.setColumnStretch(1, 1)
        v.addLayout(g)
        self._gd1d_slot = plot_slot(v, 1)
        self.lr1d_status = QLabel(objectName="lr1dStatusLabel")
        self.lr1d_status.setWordWrap(True)
        v.addWidget(self.lr1d_status)
        self._gd2d_slot = plot_slot(v, 1)
        self.lr2d_status = QLabel(objectName="lr2dStatusLabel")
        self.lr2d_status.setWordWrap(True)
        v.addWidget(self.lr2d_status)

    def make_gd1d_plot(self, plot: pg.PlotWidget) -> None:
        self.gd1d_plot = plot
        xs = np.linspace(-3.2, 3.2, 200)
        self.gd1d_plot.plot(xs, 0.5 * QUAD_A * xs ** 2, pen=pg.mkPen("#888888", width=2))
        self.gd1d_path = self.gd1d_plot.plot(pen=pg.mkPen(PATH_COLOR, width=1.5), symbol="o",
                                             symbolSize=6, symbolBrush=PATH_COLOR)
        self.gd1d_plot.setXRange(-3.2, 3.2, padding=0)
        self.gd1d_plot.setYRange(-0.2, 5.2, padding=0)
        self._gd1d_slot.addWidget(self.gd1d_plot)
        self.gd1d_plot_texts()
        self.draw_gd1d()

    def make_gd2d_plot(self, plot: pg.PlotWidget) -> None:
        self.gd2d_plot = plot
        self.gd2d_plot.setAspectLocked(True)
        cx: list[float] = []
        cy: list[float] = []
        for level in (0.05, 0.25, 0.6, 1.2, 2.0, 3.0, 4.5):
            ring = QUAD_2D.contour(level)
            cx += [*ring[:, 0], np.nan]
            cy += [*ring[:, 1], np.nan]
        self.contours_2d = pg.PlotCurveItem(np.array(cx), np.array(cy), connect="finite",
                                            pen=pg.mkPen("#9a9a9a", width=1))
        self.gd2d_plot.addItem(self.contours_2d)
        self.gd2d_path = self.gd2d_plot.plot(pen=pg.mkPen(PATH_COLOR, width=1.5), symbol="o",
                                             symbolSize=5, symbolBrush=PATH_COLOR)
        self.gd2d_plot.setRange(xRange=(-3, 3), yRange=(-3, 3), padding=0)
        self._gd2d_slot.addWidget(self.gd2d_plot)
        self.gd2d_plot_texts()
        self.draw_gd2d()

    def plots(self) -> list[pg.PlotWidget]:
        return [p for p in (getattr(self, "gd1d_plot", None), getattr(self, "gd2d_plot", None))
                if p is not None]

    def connect_controls(self) -> None:
        self.lr_slider.valueChanged.connect(lambda _: self.update_plots())
        self.steps_spin.valueChanged.connect(lambda _: self.update_plots())

    # ------------------------------------------------------------------ texts
    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Learning rate"))
        self.lr_caption.setText(self.tr("Learning rate η"))
        self.steps_caption.setText(self.tr("Steps"))
        for widget, tip in {
            self.lr_slider: self.tr("Learning rate for both quadratics"),
            self.steps_spin: self.tr("Number of gradient steps shown"),
        }.items():
            widget.setToolTip(tip)
            widget.setAccessibleName(tip)
        if hasattr(self, "gd1d_plot"):
            self.gd1d_plot_texts()
        if hasattr(self, "gd2d_plot"):
            self.gd2d_plot_texts()
        self.refresh_texts()

    def gd1d_plot_texts(self) -> None:
        title(self.gd1d_plot, self.tr("f(x) = x²/2"))
        self.gd1d_plot.setLabel("bottom", "x")

    def gd2d_plot_texts(self) -> None:
        title(self.gd2d_plot, self.tr("f(x) = xᵀAx/2, curvatures 0.5 and 2"))

    def follow_theme(self) -> None:
        for plot in self.plots():
            apply_plot_theme(plot)

    def _regime_text(self, regime: str) -> str:
        return {
            "crawl": self.tr("too small: it crawls"),
            "good": self.tr("good: it converges steadily"),
            "oscillate": self.tr("large: it overshoots and oscillates"),
            "diverge": self.tr("too large: it diverges"),
        }[regime]

    def _regime_html(self, regime: str, detail: str) -> str:
        return (f"<b style='color:{REGIME_COLORS[regime]}'>"
                f"{html.escape(self._regime_text(regime))}</b> — {html.escape(detail)}")

    def refresh_texts(self) -> None:
        rate = self.rate
        self.lr1d_status.setText(self._regime_html(rate.regime_1d(), tr_format(
            self.tr("η·f″ = %1; after %2 steps the distance is %3 of the start"),
            f"{rate.lr * QUAD_A:.2f}", len(rate.path_1d) - 1, ratio_text(rate.distance_1d()))))
        self.lr2d_status.setText(self._regime_html(rate.regime_2d(), tr_format(
            self.tr("η × largest curvature = %1 (must stay below 2); distance now %2 of the start"),
            f"{rate.lr * QUAD_2D.a2:.2f}", ratio_text(rate.distance_2d()))))

    # ------------------------------------------------------------------ numbers and drawing
    def compute(self) -> None:
        self.rate.lr, self.rate.steps = float(self.lr_slider.value()), self.steps_spin.value()
        self.rate.compute()

    def update_plots(self) -> None:
        self.compute()
        self.draw_gd1d()
        self.draw_gd2d()
        self.refresh_texts()

    def draw_gd1d(self) -> None:
        shown = np.clip(self.rate.path_1d, -1e3, 1e3)
        self.gd1d_path.setData(shown, 0.5 * QUAD_A * shown ** 2)

    def draw_gd2d(self) -> None:
        path = self.rate.path_2d
        self.gd2d_path.setData(np.clip(path[:, 0], -1e3, 1e3), np.clip(path[:, 1], -1e3, 1e3))


class MinibatchView(QGroupBox):
    """Minibatch SGD against the full batch: a noisier path, fewer examples per step."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="minibatchGroup")
        self.batches = Minibatch()
        v = QVBoxLayout(self)
        g = QGridLayout()
        self.batch_slider = QLabeledSlider(Qt.Orientation.Horizontal)
        self.batch_slider.setObjectName("batchSizeSlider")
        self.batch_slider.setRange(1, self.batches.problem.n)
        self.batch_slider.setValue(self.batches.batch)
        self.sgd_lr_spin = QDoubleSpinBox(objectName="sgdLrSpin")
        self.sgd_lr_spin.setRange(0.001, 1.0)
        self.sgd_lr_spin.setDecimals(3)
        self.sgd_lr_spin.setSingleStep(0.01)
        self.sgd_lr_spin.setValue(self.batches.lr)
        self.batch_caption, self.sgd_lr_caption = QLabel(), QLabel()
        g.addWidget(self.batch_caption, 0, 0)
        g.addWidget(self.batch_slider, 0, 1)
        g.addWidget(self.sgd_lr_caption, 1, 0)
        g.addWidget(self.sgd_lr_spin, 1, 1)
        g.setColumnStretch(1, 1)
        v.addLayout(g)
        self._sgd_slot = plot_slot(v, 1)
        self._sgd_loss_slot = plot_slot(v, 1)
        self.examples_label = QLabel(objectName="examplesLabel")
        self.examples_label.setWordWrap(True)
        v.addWidget(self.examples_label)

    def make_sgd_plot(self, plot: pg.PlotWidget) -> None:
        problem = self.batches.problem
        self.sgd_plot = plot
        self.sgd_plot.setAspectLocked(True)
        W1, W2 = np.meshgrid(np.linspace(-3, 5, 121), np.linspace(-6, 3, 121))
        surface = np.log10(problem.loss_grid(W1, W2))
        self.sgd_surface = pg.ImageItem(axisOrder="row-major")
        self.sgd_surface.setObjectName("sgdLossSurface")
        self.sgd_surface.setImage(surface, levels=(float(surface.min()), float(surface.max())))
        self.sgd_surface.setColorMap(pg.colormap.get("viridis"))
        self.sgd_surface.setRect(-3, -6, 8, 9)
        self.sgd_surface.setOpacity(0.55)
        self.sgd_plot.addItem(self.sgd_surface)
        self.sgd_full_path = self.sgd_plot.plot(pen=pg.mkPen("#ffffff", width=2,
                                                             style=Qt.PenStyle.DashLine))
        self.sgd_path = self.sgd_plot.plot(pen=pg.mkPen(PATH_COLOR, width=1.5))
        self.sgd_truth = pg.ScatterPlotItem([problem.true_w[0]], [problem.true_w[1]],
                                            symbol="star", size=16, brush=pg.mkBrush("#ffdd00"))
        self.sgd_plot.addItem(self.sgd_truth)
        self.sgd_plot.setRange(xRange=(-3, 5), yRange=(-6, 3), padding=0)
        self._sgd_slot.addWidget(self.sgd_plot)
        self.sgd_plot_texts()
        self.draw_path()

    def make_sgd_loss_plot(self, plot: pg.PlotWidget) -> None:
        self.sgd_loss_plot = plot
        self.sgd_loss_plot.setMouseEnabled(x=True, y=True)   # zoom into the noisy tail
        self.sgd_loss_plot.setLogMode(x=True, y=True)
        self.sgd_loss_legend = legend_outside(self.sgd_loss_plot, 1)
        self.sgd_loss_curve = self.sgd_loss_plot.plot(pen=pg.mkPen(PATH_COLOR, width=1.5))
        self.sgd_full_curve = self.sgd_loss_plot.plot(pen=pg.mkPen("#555555", width=1.5,
                                                                   style=Qt.PenStyle.DashLine))
        self._sgd_loss_slot.addWidget(self.sgd_loss_plot)
        self.sgd_loss_plot_texts()
        self.draw_loss()

    def plots(self) -> list[pg.PlotWidget]:
        return [p for p in (getattr(self, "sgd_plot", None), getattr(self, "sgd_loss_plot", None))
                if p is not None]

    def connect_controls(self) -> None:
        self.batch_slider.valueChanged.connect(lambda _: self.update_plots())
        self.sgd_lr_spin.valueChanged.connect(lambda _: self.update_plots())

    # ------------------------------------------------------------------ texts
    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Minibatch noise"))
        self.batch_caption.setText(self.tr("Batch size"))
        self.sgd_lr_caption.setText(self.tr("Learning rate"))
        for widget, tip in {
            self.batch_slider: self.tr("Examples per minibatch"),
            self.sgd_lr_spin: self.tr("Learning rate of minibatch SGD"),
        }.items():
            widget.setToolTip(tip)
            widget.setAccessibleName(tip)
        if hasattr(self, "sgd_plot"):
            self.sgd_plot_texts()
        if hasattr(self, "sgd_loss_plot"):
            self.sgd_loss_plot_texts()
        self.refresh_texts()

    def sgd_plot_texts(self) -> None:
        title(self.sgd_plot, self.tr("Linear regression: path of (w₁, w₂)"))
        self.sgd_plot.setLabel("bottom", "w₁")
        self.sgd_plot.setLabel("left", "w₂")

    def sgd_loss_plot_texts(self) -> None:
        title(self.sgd_loss_plot, self.tr("Loss against examples processed"))
        self.sgd_loss_plot.setLabel("bottom", self.tr("examples processed (log scale)"))
        rename_legend(self.sgd_loss_legend, [
            (self.sgd_loss_curve, self.tr("minibatch SGD")),
            (self.sgd_full_curve, self.tr("full batch (200 per step)"))])

    def follow_theme(self) -> None:
        for plot in self.plots():
            apply_plot_theme(plot)

    def refresh_texts(self) -> None:
        run = self.batches.run
        if run is None:
            return
        self.examples_label.setText(tr_format(
            self.tr("%1 steps × batch %2 = %3 examples processed. Gradient noise ≈ %4; "
                    "final loss %5; w still wanders ±%6 over the last 50 steps."),
            len(run.loss) - 1, run.batch_size, f"{int(run.examples[-1]):,}",
            f"{self.batches.noise:.2f}", f"{run.loss[-1]:.3f}", f"{self.batches.wobble():.3f}"))

    # ------------------------------------------------------------------ numbers and drawing
    def compute(self) -> None:
        self.batches.batch = int(self.batch_slider.value())
        self.batches.lr = float(self.sgd_lr_spin.value())
        self.batches.compute()

    def update_plots(self) -> None:
        self.compute()
        self.draw_path()
        self.draw_loss()
        self.refresh_texts()

    def draw_path(self) -> None:
        run, full = self.batches.run, self.batches.full
        self.sgd_path.setData(np.clip(run.path[:, 0], -50, 50), np.clip(run.path[:, 1], -50, 50))
        self.sgd_full_path.setData(full.path[:, 0], full.path[:, 1])

    def draw_loss(self) -> None:
        run, full = self.batches.run, self.batches.full
        # Log axes: start at the first step (0 examples has no logarithm).
        self.sgd_loss_curve.setData(run.examples[1:], np.maximum(run.loss[1:], 1e-6))
        self.sgd_full_curve.setData(full.examples[1:], np.maximum(full.loss[1:], 1e-6))
