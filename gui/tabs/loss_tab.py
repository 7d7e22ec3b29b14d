"""Losses and learning rates: L2/L1/Huber with derivative and likelihood, gradient descent on
them, the learning rate on 1-D and 2-D quadratics, and minibatch noise against batch size.

The numbers and the course rules live in :mod:`gui.tabs.loss_lesson` (Qt-free; computed by
:mod:`engine.losses` and :mod:`engine.optim_demos` in well under a millisecond), so the plots
follow the sliders directly; this module renders them. Built staged (see
:class:`gui.tabs.base.LabTab`), the controls appear first and the six plots one per event-loop
turn; the loss curves are drawn the first time the tab is shown.
"""

from __future__ import annotations

import html

import numpy as np
import numpy.random  # noqa: F401 - the data below needs it; load it with this module, not later
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from superqt import QLabeledDoubleSlider, QLabeledSlider

from engine import losses
from gui import theme
from gui.context import LabContext
from gui.i18n import tr_format
from gui.tabs.base import LabTab, set_text_keep_shortcut
from gui.tabs.loss_lesson import (
    ANIM_STEPS,
    QUAD_2D,
    QUAD_A,
    R_MAX,
    R_MIN,
    LearningRate,
    LossDescent,
    Minibatch,
    ratio_text,
)
from gui.widgets.lesson_guide import LessonGuide
from gui.widgets.point_canvas import apply_plot_theme, set_fitting_title

__all__ = ["ANIM_STEPS", "LossTab"]

LOSS_COLORS = {"l2": "#1f77b4", "l1": "#ff7f0e", "huber": "#2ca02c"}
REGIME_COLORS = {"crawl": "#b8860b", "good": "#2ca02c", "oscillate": "#ff7f0e",
                 "diverge": "#d62728"}
ANIM_MS = 120              # one gradient step per tick: slow enough to watch
LEGEND_SIZE = "9pt"


def _plot(name: str) -> pg.PlotWidget:
    background, _ = theme.plot_colors()
    w = pg.PlotWidget(background=background)
    w.setObjectName(name)
    w.showGrid(x=True, y=True, alpha=0.2)
    w.setMenuEnabled(False)
    return w


class _Sample(pg.ItemSample):
    """A shorter line sample than pyqtgraph's, so legends take little room."""

    def boundingRect(self):  # noqa: N802, ANN201 (Qt naming)
        return pg.QtCore.QRectF(0, 0, 14, 14)

    def paint(self, p, *args) -> None:  # noqa: ANN001
        pen = self.item.opts.get("pen") if hasattr(self.item, "opts") else None
        if pen is not None:
            p.setPen(pg.mkPen(pen))
            p.drawLine(0, 7, 14, 7)


def _title(plot: pg.PlotWidget, text: str) -> None:
    set_fitting_title(plot, text)


def _legend_outside(plot: pg.PlotWidget, columns: int) -> pg.LegendItem:
    """A legend in a cell of its own under the x axis, so it never covers a curve."""
    item = plot.getPlotItem()
    legend = pg.LegendItem(colCount=columns, labelTextColor=theme.plot_colors()[1],
                           labelTextSize=LEGEND_SIZE, verSpacing=-6, sampleType=_Sample)
    item.layout.addItem(legend, 4, 1)
    item.legend = legend    # what apply_plot_theme recolours
    return legend


class LossTab(LabTab):
    OBJECT_NAME = "lossTab"
    STAGED = True

    def __init__(self, parent: QWidget | None = None, staged: bool = False,
                 context: LabContext | None = None) -> None:
        super().__init__(parent, context)
        self._loss_drawn = False
        self.descent = LossDescent()
        self.rate = LearningRate()
        self.batches = Minibatch()
        self.problem = self.batches.problem

        grid = QGridLayout(self)
        grid.setContentsMargins(6, 6, 6, 6)
        grid.addWidget(self._build_loss_column(), 0, 0)
        grid.addWidget(self._build_lr_column(), 0, 1)
        grid.addWidget(self._build_sgd_column(), 0, 2)
        self.guide = LessonGuide(self, expanded=True)
        grid.addWidget(self.guide, 1, 0, 1, 3)
        grid.setRowStretch(0, 1)
        for c in range(3):
            grid.setColumnStretch(c, 1)

        self.anim_timer = QTimer(self)
        self.anim_timer.setObjectName("lossAnimationTimer")
        self.anim_timer.setInterval(ANIM_MS)
        self.anim_timer.timeout.connect(self._anim_tick)
        self.animate_button.setEnabled(False)  # until there is a curve to descend
        self.build_rest(self._build_plots(), staged)

    def _build_plots(self):  # noqa: ANN202 - a generator of construction steps
        """The plots, one per step: each is a few milliseconds to make and to paint.

        The numbers and the status texts come first, so that the labels have their final
        height before any plot is laid out (a label growing later would resize, and so
        repaint, every plot of its column).
        """
        self._compute_race()
        self.descent.step = ANIM_STEPS
        self._compute_lr()
        yield
        self._compute_sgd()
        self._refresh_texts()
        yield
        steps = ((self._make_loss_plot, self._loss_plot_texts, None),
                 (self._make_race_plot, self._race_plot_texts, None),
                 (self._make_gd1d_plot, self._gd1d_plot_texts, self._draw_gd1d),
                 (self._make_gd2d_plot, self._gd2d_plot_texts, self._draw_gd2d),
                 (self._make_sgd_plot, self._sgd_plot_texts, self._draw_sgd_path),
                 (self._make_sgd_loss_plot, self._sgd_loss_plot_texts, self._draw_sgd_loss))
        for make, texts, draw in steps:
            make()
            texts()
            if draw is not None:
                draw()
            yield
        self._connect()
        if self.isVisible():
            self.update_loss_plot()

    def rest_built(self) -> None:
        self.animate_button.setEnabled(True)
        self._refresh_texts()

    def _slot(self, layout: QVBoxLayout, stretch: int) -> QVBoxLayout:
        """A place for a plot that comes later: the layout keeps its share meanwhile."""
        holder = QWidget()
        inner = QVBoxLayout(holder)
        inner.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(holder, stretch)
        return inner

    def _connect(self) -> None:
        self.loss_combo.currentIndexChanged.connect(lambda _: self.update_loss_plot())
        self.delta_slider.valueChanged.connect(lambda _: self.update_loss_plot())
        self.gd_lr_spin.valueChanged.connect(lambda _: self.update_loss_plot())
        self.gd_start_spin.valueChanged.connect(lambda _: self.update_loss_plot())
        self.animate_button.toggled.connect(self._on_animate)
        self.lr_slider.valueChanged.connect(lambda _: self.update_lr_plots())
        self.steps_spin.valueChanged.connect(lambda _: self.update_lr_plots())
        self.batch_slider.valueChanged.connect(lambda _: self.update_sgd_plots())
        self.sgd_lr_spin.valueChanged.connect(lambda _: self.update_sgd_plots())

    # ================================================================== construction
    def _build_loss_column(self) -> QWidget:
        box = QGroupBox(objectName="lossGroup")
        self.loss_group = box
        v = QVBoxLayout(box)
        g = QGridLayout()
        self.loss_combo = QComboBox(objectName="lossCombo")
        for name in losses.LOSS_NAMES:
            self.loss_combo.addItem(name, name)
        self.delta_slider = QLabeledDoubleSlider(Qt.Orientation.Horizontal)
        self.delta_slider.setObjectName("deltaSlider")
        self.delta_slider.setRange(0.1, 3.0)
        self.delta_slider.setSingleStep(0.1)
        self.delta_slider.setDecimals(2)
        self.delta_slider.setValue(1.0)
        self.gd_lr_spin = QDoubleSpinBox(objectName="gdLossLrSpin")
        self.gd_lr_spin.setRange(0.01, 2.0)
        self.gd_lr_spin.setSingleStep(0.05)
        self.gd_lr_spin.setValue(0.3)
        self.gd_start_spin = QDoubleSpinBox(objectName="gdStartSpin")
        self.gd_start_spin.setRange(R_MIN, R_MAX)
        self.gd_start_spin.setSingleStep(0.1)
        self.gd_start_spin.setValue(2.8)
        self.animate_button = QPushButton(objectName="gdAnimateButton")
        self.animate_button.setCheckable(True)
        self.animate_button.setShortcut(QKeySequence("A"))
        self.loss_caption, self.delta_caption = QLabel(), QLabel()
        self.gd_lr_caption, self.gd_start_caption = QLabel(), QLabel()
        # δ gets a row of its own: beside the loss chooser its slider had no room left.
        g.addWidget(self.loss_caption, 0, 0)
        g.addWidget(self.loss_combo, 0, 1, 1, 3)
        g.addWidget(self.delta_caption, 1, 0)
        g.addWidget(self.delta_slider, 1, 1, 1, 3)
        g.addWidget(self.gd_start_caption, 2, 0)
        g.addWidget(self.gd_start_spin, 2, 1)
        g.addWidget(self.gd_lr_caption, 2, 2)
        g.addWidget(self.gd_lr_spin, 2, 3)
        g.addWidget(self.animate_button, 3, 0, 1, 4)
        g.setColumnStretch(1, 1)
        g.setColumnStretch(3, 1)
        v.addLayout(g)
        self._loss_slot = self._slot(v, 3)
        self._race_slot = self._slot(v, 3)
        self.gd_status = QLabel(objectName="gdLossStatusLabel")
        self.gd_status.setWordWrap(True)
        v.addWidget(self.gd_status)
        return box

    def _make_loss_plot(self) -> None:
        self.loss_plot = _plot("lossPlot")
        self.loss_plot.setMouseEnabled(x=False, y=False)
        self.loss_plot.setXRange(R_MIN, R_MAX, padding=0.02)
        self.loss_plot.setYRange(-1.2, 3.0, padding=0.02)
        self.loss_legend = _legend_outside(self.loss_plot, 2)
        self.loss_plot.setMinimumHeight(170)
        self.loss_curve = self.loss_plot.plot(pen=pg.mkPen("#1f77b4", width=2.5))
        self.grad_curve = self.loss_plot.plot(pen=pg.mkPen("#ff7f0e", width=2))
        self.like_curve = self.loss_plot.plot(pen=pg.mkPen("#2ca02c", width=2))
        self.loss_point = pg.ScatterPlotItem(size=13, brush=pg.mkBrush("#d62728"),
                                             pen=pg.mkPen("k", width=1))
        self.loss_point.setZValue(10)
        self.loss_plot.addItem(self.loss_point)
        self.step_arrow = pg.PlotCurveItem(pen=pg.mkPen("#d62728", width=2))
        self.step_head = pg.ArrowItem(headLen=10, tipAngle=40, pen=None, brush="#d62728")
        self.step_head.setVisible(False)
        self.loss_plot.addItem(self.step_arrow)
        self.loss_plot.addItem(self.step_head)
        self._loss_slot.addWidget(self.loss_plot)

    def _make_race_plot(self) -> None:
        self.race_plot = _plot("racePlot")
        self.race_plot.setMouseEnabled(x=False, y=False)
        self.race_legend = _legend_outside(self.race_plot, 3)
        self.race_plot.setMinimumHeight(150)
        self.race_curves = {name: self.race_plot.plot(pen=pg.mkPen(LOSS_COLORS[name], width=2))
                            for name in losses.LOSS_NAMES}
        self.race_marker = pg.ScatterPlotItem(size=9, brush=pg.mkBrush("#d62728"))
        self.race_plot.addItem(self.race_marker)
        self._race_slot.addWidget(self.race_plot)

    def _build_lr_column(self) -> QWidget:
        box = QGroupBox(objectName="learningRateGroup")
        self.lr_group = box
        v = QVBoxLayout(box)
        g = QGridLayout()
        self.lr_slider = QLabeledDoubleSlider(Qt.Orientation.Horizontal)
        self.lr_slider.setObjectName("lrSlider")
        self.lr_slider.setRange(0.01, 2.5)
        self.lr_slider.setSingleStep(0.01)
        self.lr_slider.setDecimals(2)
        self.lr_slider.setValue(0.3)
        self.steps_spin = QSpinBox(objectName="lrStepsSpin")
        self.steps_spin.setRange(1, 200)
        self.steps_spin.setValue(20)
        self.lr_caption, self.steps_caption = QLabel(), QLabel()
        g.addWidget(self.lr_caption, 0, 0)
        g.addWidget(self.lr_slider, 0, 1)
        g.addWidget(self.steps_caption, 1, 0)
        g.addWidget(self.steps_spin, 1, 1)
        g.setColumnStretch(1, 1)
        v.addLayout(g)
        self._gd1d_slot = self._slot(v, 1)
        self.lr1d_status = QLabel(objectName="lr1dStatusLabel")
        self.lr1d_status.setWordWrap(True)
        v.addWidget(self.lr1d_status)
        self._gd2d_slot = self._slot(v, 1)
        self.lr2d_status = QLabel(objectName="lr2dStatusLabel")
        self.lr2d_status.setWordWrap(True)
        v.addWidget(self.lr2d_status)
        return box

    def _make_gd1d_plot(self) -> None:
        self.gd1d_plot = _plot("gd1dPlot")
        self.gd1d_plot.setMouseEnabled(x=False, y=False)
        xs = np.linspace(-3.2, 3.2, 200)
        self.gd1d_plot.plot(xs, 0.5 * QUAD_A * xs ** 2, pen=pg.mkPen("#888888", width=2))
        self.gd1d_path = self.gd1d_plot.plot(pen=pg.mkPen("#d62728", width=1.5),
                                             symbol="o", symbolSize=6,
                                             symbolBrush="#d62728")
        self.gd1d_plot.setXRange(-3.2, 3.2, padding=0)
        self.gd1d_plot.setYRange(-0.2, 5.2, padding=0)
        self._gd1d_slot.addWidget(self.gd1d_plot)

    def _make_gd2d_plot(self) -> None:
        self.gd2d_plot = _plot("gd2dPlot")
        self.gd2d_plot.setMouseEnabled(x=False, y=False)
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
        self.gd2d_path = self.gd2d_plot.plot(pen=pg.mkPen("#d62728", width=1.5), symbol="o",
                                             symbolSize=5, symbolBrush="#d62728")
        self.gd2d_plot.setRange(xRange=(-3, 3), yRange=(-3, 3), padding=0)
        self._gd2d_slot.addWidget(self.gd2d_plot)

    def _build_sgd_column(self) -> QWidget:
        box = QGroupBox(objectName="minibatchGroup")
        self.sgd_group = box
        v = QVBoxLayout(box)
        g = QGridLayout()
        self.batch_slider = QLabeledSlider(Qt.Orientation.Horizontal)
        self.batch_slider.setObjectName("batchSizeSlider")
        self.batch_slider.setRange(1, self.problem.n)
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
        self._sgd_slot = self._slot(v, 1)
        self._sgd_loss_slot = self._slot(v, 1)
        self.examples_label = QLabel(objectName="examplesLabel")
        self.examples_label.setWordWrap(True)
        v.addWidget(self.examples_label)
        return box

    def _make_sgd_plot(self) -> None:
        self.sgd_plot = _plot("sgdPathPlot")
        self.sgd_plot.setMouseEnabled(x=False, y=False)
        self.sgd_plot.setAspectLocked(True)
        w1 = np.linspace(-3, 5, 121)
        w2 = np.linspace(-6, 3, 121)
        W1, W2 = np.meshgrid(w1, w2)
        surface = np.log10(self.problem.loss_grid(W1, W2))
        self.sgd_surface = pg.ImageItem(axisOrder="row-major")
        self.sgd_surface.setObjectName("sgdLossSurface")
        self.sgd_surface.setImage(surface, levels=(float(surface.min()), float(surface.max())))
        self.sgd_surface.setColorMap(pg.colormap.get("viridis"))
        self.sgd_surface.setRect(-3, -6, 8, 9)
        self.sgd_surface.setOpacity(0.55)
        self.sgd_plot.addItem(self.sgd_surface)
        self.sgd_full_path = self.sgd_plot.plot(pen=pg.mkPen("#ffffff", width=2,
                                                             style=Qt.PenStyle.DashLine))
        self.sgd_path = self.sgd_plot.plot(pen=pg.mkPen("#d62728", width=1.5))
        self.sgd_truth = pg.ScatterPlotItem([self.problem.true_w[0]], [self.problem.true_w[1]],
                                            symbol="star", size=16, brush=pg.mkBrush("#ffdd00"))
        self.sgd_plot.addItem(self.sgd_truth)
        self.sgd_plot.setRange(xRange=(-3, 5), yRange=(-6, 3), padding=0)
        self._sgd_slot.addWidget(self.sgd_plot)

    def _make_sgd_loss_plot(self) -> None:
        self.sgd_loss_plot = _plot("sgdLossPlot")
        self.sgd_loss_plot.setLogMode(x=True, y=True)
        self.sgd_loss_legend = _legend_outside(self.sgd_loss_plot, 1)
        self.sgd_loss_curve = self.sgd_loss_plot.plot(pen=pg.mkPen("#d62728", width=1.5))
        self.sgd_full_curve = self.sgd_loss_plot.plot(pen=pg.mkPen("#555555", width=1.5,
                                                                   style=Qt.PenStyle.DashLine))
        self._sgd_loss_slot.addWidget(self.sgd_loss_plot)

    # ================================================================== texts
    def retranslate_ui(self) -> None:
        names = {"l2": self.tr("L2 loss r²/2"), "l1": self.tr("L1 loss |r|"),
                 "huber": self.tr("Huber's robust loss")}
        for i in range(self.loss_combo.count()):
            self.loss_combo.setItemText(i, names[self.loss_combo.itemData(i)])
        self.loss_group.setTitle(self.tr("Loss functions"))
        self.lr_group.setTitle(self.tr("Learning rate"))
        self.sgd_group.setTitle(self.tr("Minibatch noise"))
        self.loss_caption.setText(self.tr("Loss"))
        self.delta_caption.setText(self.tr("Huber δ"))
        self.gd_start_caption.setText(self.tr("Start ŷ − y"))
        self.gd_lr_caption.setText(self.tr("Learning rate"))
        self.lr_caption.setText(self.tr("Learning rate η"))
        self.steps_caption.setText(self.tr("Steps"))
        self.batch_caption.setText(self.tr("Batch size"))
        self.sgd_lr_caption.setText(self.tr("Learning rate"))
        tips = {
            self.loss_combo: self.tr("Which loss to plot and descend"),
            self.delta_slider: self.tr("Where Huber's loss switches from quadratic to linear"),
            self.gd_start_spin: self.tr("Residual the animation starts from"),
            self.gd_lr_spin: self.tr("Step size of the gradient descent animation"),
            self.animate_button: self.tr("Run gradient descent on this loss (A)"),
            self.lr_slider: self.tr("Learning rate for both quadratics"),
            self.steps_spin: self.tr("Number of gradient steps shown"),
            self.batch_slider: self.tr("Examples per minibatch"),
            self.sgd_lr_spin: self.tr("Learning rate of minibatch SGD"),
        }
        for widget, tip in tips.items():
            widget.setToolTip(tip)
            widget.setAccessibleName(tip)
        self.guide.set_content(self.tr("Lesson: losses and the learning rate"), self._guide_html())
        if self.is_built():
            self._retranslate_plots()
        self._refresh_texts()

    def _retranslate_plots(self) -> None:
        for texts in (self._loss_plot_texts, self._race_plot_texts, self._gd1d_plot_texts,
                      self._gd2d_plot_texts, self._sgd_plot_texts, self._sgd_loss_plot_texts):
            texts()

    # Each plot's texts, set as it is made (a staged build) and on every language switch.
    def _loss_plot_texts(self) -> None:
        self.loss_plot.setAccessibleName(self.tr("Loss, derivative and likelihood"))
        _title(self.loss_plot, self.tr("Loss, derivative, likelihood e^(−loss)"))
        self.loss_plot.setLabel("bottom", self.tr("residual ŷ − y"))
        self._rename_legend(self.loss_legend, [
            (self.loss_curve, self.tr("loss")), (self.grad_curve, self.tr("derivative")),
            (self.like_curve, self.tr("likelihood e^(−loss)"))])

    def _race_plot_texts(self) -> None:
        _title(self.race_plot, self.tr("Gradient descent: |ŷ − y| after each step"))
        self.race_plot.setLabel("bottom", self.tr("step"))
        self._rename_legend(self.race_legend, [
            (self.race_curves["l2"], "L2"), (self.race_curves["l1"], "L1"),
            (self.race_curves["huber"], "Huber")])

    def _gd1d_plot_texts(self) -> None:
        _title(self.gd1d_plot, self.tr("f(x) = x²/2"))
        self.gd1d_plot.setLabel("bottom", "x")

    def _gd2d_plot_texts(self) -> None:
        _title(self.gd2d_plot, self.tr("f(x) = xᵀAx/2, curvatures 0.5 and 2"))

    def _sgd_plot_texts(self) -> None:
        _title(self.sgd_plot, self.tr("Linear regression: path of (w₁, w₂)"))
        self.sgd_plot.setLabel("bottom", "w₁")
        self.sgd_plot.setLabel("left", "w₂")

    def _sgd_loss_plot_texts(self) -> None:
        _title(self.sgd_loss_plot, self.tr("Loss against examples processed"))
        self.sgd_loss_plot.setLabel("bottom", self.tr("examples processed (log scale)"))
        self._rename_legend(self.sgd_loss_legend, [
            (self.sgd_loss_curve, self.tr("minibatch SGD")),
            (self.sgd_full_curve, self.tr("full batch (200 per step)"))])

    def _guide_html(self) -> str:
        concept = self.tr(
            "A loss measures how far the prediction ŷ is from the truth y. Its derivative "
            "decides each update: L2's shrinks near the optimum, so steps slow down; L1's is ±1 "
            "everywhere, a constant pull that overshoots near 0; Huber is L1 far away and L2 "
            "close. Minimising a loss is maximum likelihood for the noise density e^(−loss). "
            "The learning rate scales every step: too small crawls, too large oscillates or "
            "diverges. A minibatch gradient is a noisy estimate: small batches wander, large "
            "ones cost more per step.")
        formula = ("l(y, y′) = ½(y − y′)² &nbsp;·&nbsp; |y − y′| &nbsp;·&nbsp; Huber; "
                   "&nbsp; <b>w</b> ← <b>w</b> − η·(1/|B|)·Σ<sub>i∈B</sub>∂l<sub>i</sub>/∂<b>w</b>")
        tries = [
            self.tr("Animate L2, then L1 from the same start: which one arrives, which hops?"),
            self.tr("Make δ small or large: Huber turns into L1 or into L2."),
            self.tr("Slide η past 1 and past 2 for x²/2; the 2-D bowl breaks earlier — why?"),
            self.tr("Batch size 1 against 200: compare the paths and the examples processed."),
        ]
        items = "".join(f"<li>{t}</li>" for t in tries)
        section = self.tr("Course: softmax 回归 — 损失函数; 基础优化算法 — 学习率, 批量大小")
        return (f"<p>{concept}</p><p align='center' style='font-family:serif'>{formula}</p>"
                f"<ul>{items}</ul><p style='color:gray'>{section}</p>")

    @staticmethod
    def _rename_legend(legend: pg.LegendItem, entries: list[tuple[object, str]]) -> None:
        for item, _ in entries:
            legend.removeItem(item)
        for item, text in entries:
            legend.addItem(item, text)

    # ================================================================== loss explorer
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt naming)
        super().showEvent(event)
        if not self._loss_drawn and self.is_built():
            # After the window is up: engine.losses may import torch for its type checks.
            QTimer.singleShot(0, self.update_loss_plot)

    def loss_name(self) -> str:
        return str(self.loss_combo.currentData())

    def update_loss_plot(self) -> None:
        """Redraw the loss, its derivative and likelihood; restart the descent from the start."""
        self._loss_drawn = True
        self.delta_slider.setEnabled(self.loss_name() == "huber")
        self._compute_race()
        r, loss, d, like = self.descent.curves()
        self.loss_curve.setData(r, loss)
        self.grad_curve.setData(r, d, connect="finite")
        self.like_curve.setData(r, like)
        for n, curve in self.race_curves.items():
            curve.setPen(pg.mkPen(LOSS_COLORS[n], width=3.5 if n == self.descent.name else 1.2))
        self.race_plot.setXRange(0, ANIM_STEPS, padding=0.02)
        top = max(float(np.abs(p).max()) for p in self.descent.paths.values())
        self.race_plot.setYRange(0, min(top, 5.0) * 1.05, padding=0)
        self.descent.step = 0 if self.animate_button.isChecked() else ANIM_STEPS
        self._draw_anim()

    def _compute_race(self) -> None:
        """Gradient descent on each loss from the chosen start (numpy, well under 1 ms)."""
        d = self.descent
        d.name, d.delta = self.loss_name(), float(self.delta_slider.value())
        d.lr, d.start = self.gd_lr_spin.value(), self.gd_start_spin.value()
        d.compute()

    def _on_animate(self, on: bool) -> None:
        if on:
            if not self._loss_drawn:
                self.update_loss_plot()
            self.descent.step = 0
            self._draw_anim()
            self.anim_timer.start()
        else:
            self.anim_timer.stop()
        self._refresh_texts()

    def _anim_tick(self) -> None:
        if not self.descent.advance():
            self.animate_button.setChecked(False)
        self._draw_anim()

    def animation_position(self) -> float:
        """The current ŷ − y of the moving point."""
        return self.descent.position()

    def _draw_anim(self) -> None:
        d = self.descent
        if not d.paths:
            return
        k = min(d.step, len(d.path) - 1)
        r = float(np.clip(d.path[k], R_MIN, R_MAX))
        self.loss_point.setData([r], [float(losses.loss(d.name, np.array(r), d.delta))])
        if k + 1 < len(d.path):
            nxt = float(np.clip(d.path[k + 1], R_MIN, R_MAX))
            self.step_arrow.setData([r, nxt], [-0.9, -0.9])
            # ArrowItem angle 0 points left (−x); 180 points right.
            self.step_head.setStyle(angle=0 if nxt < r else 180)
            self.step_head.setPos(nxt, -0.9)
            self.step_head.setVisible(abs(nxt - r) > 1e-9)
        else:
            self.step_arrow.setData([], [])
            self.step_head.setVisible(False)
        for n, curve in self.race_curves.items():
            path = d.paths[n]
            upto = min(k, len(path) - 1) + 1
            curve.setData(np.arange(upto), np.abs(path[:upto]))
        self.race_marker.setData([k], [abs(d.path[k])])
        self._refresh_gd_status()

    def _refresh_gd_status(self) -> None:
        d = self.descent
        if not d.paths:
            return
        k = min(d.step, len(d.path) - 1)
        g = d.gradient()
        text = tr_format(self.tr("Step %1: ŷ − y = %2, loss′ = %3, next step −η·loss′ = %4"),
                         k, f"{d.position():+.3f}", f"{g:+.3f}", f"{-d.lr * g:+.3f}")
        reach = d.settle_steps()
        parts = []
        for n, label in (("l2", "L2"), ("l1", "L1"), ("huber", "Huber")):
            parts.append(f"{label}: " + (self.tr("never settles") if reach[n] is None else
                                         tr_format(self.tr("%1 steps"), reach[n])))
        within = tr_format(self.tr("Within 0.05 of the optimum and staying: %1"),
                           " · ".join(parts))
        self.gd_status.setText(html.escape(text) + "<br>" + html.escape(within))

    # ================================================================== learning rate
    def update_lr_plots(self) -> None:
        self._compute_lr()
        self._draw_gd1d()
        self._draw_gd2d()
        self._refresh_lr_texts()

    def _compute_lr(self) -> None:
        self.rate.lr, self.rate.steps = float(self.lr_slider.value()), self.steps_spin.value()
        self.rate.compute()

    def _draw_gd1d(self) -> None:
        shown = np.clip(self.rate.path_1d, -1e3, 1e3)
        self.gd1d_path.setData(shown, 0.5 * QUAD_A * shown ** 2)

    def _draw_gd2d(self) -> None:
        path = self.rate.path_2d
        self.gd2d_path.setData(np.clip(path[:, 0], -1e3, 1e3), np.clip(path[:, 1], -1e3, 1e3))

    def regime_1d(self) -> str:
        return self.rate.regime_1d()

    def regime_2d(self) -> str:
        return self.rate.regime_2d()

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

    def _refresh_lr_texts(self) -> None:
        rate = self.rate
        self.lr1d_status.setText(self._regime_html(rate.regime_1d(), tr_format(
            self.tr("η·f″ = %1; after %2 steps the distance is %3 of the start"),
            f"{rate.lr * QUAD_A:.2f}", len(rate.path_1d) - 1, ratio_text(rate.distance_1d()))))
        self.lr2d_status.setText(self._regime_html(rate.regime_2d(), tr_format(
            self.tr("η × largest curvature = %1 (must stay below 2); distance now %2 of the start"),
            f"{rate.lr * QUAD_2D.a2:.2f}", ratio_text(rate.distance_2d()))))

    # ================================================================== minibatch noise
    def update_sgd_plots(self) -> None:
        self._compute_sgd()
        self._draw_sgd_path()
        self._draw_sgd_loss()
        self._refresh_sgd_texts()

    def _compute_sgd(self) -> None:
        self.batches.batch = int(self.batch_slider.value())
        self.batches.lr = float(self.sgd_lr_spin.value())
        self.batches.compute()

    def _draw_sgd_path(self) -> None:
        run, full = self.batches.run, self.batches.full
        self.sgd_path.setData(np.clip(run.path[:, 0], -50, 50), np.clip(run.path[:, 1], -50, 50))
        self.sgd_full_path.setData(full.path[:, 0], full.path[:, 1])

    def _draw_sgd_loss(self) -> None:
        run, full = self.batches.run, self.batches.full
        # Log axes: start at the first step (0 examples has no logarithm).
        self.sgd_loss_curve.setData(run.examples[1:], np.maximum(run.loss[1:], 1e-6))
        self.sgd_full_curve.setData(full.examples[1:], np.maximum(full.loss[1:], 1e-6))

    def _refresh_sgd_texts(self) -> None:
        run = self.batches.run
        if run is None:
            return
        self.examples_label.setText(tr_format(
            self.tr("%1 steps × batch %2 = %3 examples processed. Gradient noise ≈ %4; "
                    "final loss %5; w still wanders ±%6 over the last 50 steps."),
            len(run.loss) - 1, run.batch_size, f"{int(run.examples[-1]):,}",
            f"{self.batches.noise:.2f}", f"{run.loss[-1]:.3f}", f"{self.batches.wobble():.3f}"))

    # ================================================================== common
    def _refresh_texts(self) -> None:
        set_text_keep_shortcut(self.animate_button, self.tr("Stop") if self.animate_button.isChecked()
                               else self.tr("Gradient descent on this loss"))
        self._refresh_gd_status()
        self._refresh_lr_texts()
        self._refresh_sgd_texts()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt naming)
        """A live light/dark switch: titles, axes and legends re-read the theme's colours."""
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange) \
                and self.is_built() and hasattr(self, "sgd_loss_plot"):
            for plot in self.plots():
                apply_plot_theme(plot)
        super().changeEvent(event)

    def plots(self) -> list[pg.PlotWidget]:
        return [self.loss_plot, self.race_plot, self.gd1d_plot, self.gd2d_plot, self.sgd_plot,
                self.sgd_loss_plot]

    def shutdown(self) -> None:
        self.anim_timer.stop()

    def prepare_screenshot(self) -> None:
        """Draw the loss curves now and leave the descent part-way, so the point shows."""
        self.loss_combo.setCurrentIndex(self.loss_combo.findData("huber"))
        self.update_loss_plot()
        self.descent.step = 6
        self._draw_anim()
        self.lr_slider.setValue(0.8)   # ½x² converges, the steeper 2-D bowl zigzags
