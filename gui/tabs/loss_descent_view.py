"""The losses tab's first column: L2, L1 and Huber with their derivative and likelihood, and
gradient descent on them from one residual (animated), rendered from a
:class:`~gui.tabs.loss_lesson.LossDescent`."""

from __future__ import annotations

import html

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from superqt import QLabeledDoubleSlider

from engine import losses
from gui.i18n import tr_format
from gui.tabs.base import set_text_keep_shortcut
from gui.tabs.loss_lesson import ANIM_STEPS, R_MAX, R_MIN, LossDescent
from gui.tabs.loss_plots import legend_outside, plot_slot, rename_legend, title
from gui.widgets.point_canvas import apply_plot_theme

LOSS_COLORS = {"l2": "#1f77b4", "l1": "#ff7f0e", "huber": "#2ca02c"}
ANIM_MS = 120              # one gradient step per tick: slow enough to watch
POINT_COLOR = "#d62728"


class LossDescentView(QGroupBox):
    """Choose a loss, see it, and watch gradient descent on it against the other two."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="lossGroup")
        self.descent = LossDescent()
        self.drawn = False      # the loss curves are drawn the first time the tab shows
        v = QVBoxLayout(self)
        v.addLayout(self._build_controls())
        self._loss_slot = plot_slot(v, 3)
        self._race_slot = plot_slot(v, 3)
        self.gd_status = QLabel(objectName="gdLossStatusLabel")
        self.gd_status.setWordWrap(True)
        v.addWidget(self.gd_status)
        self.anim_timer = QTimer(self)
        self.anim_timer.setObjectName("lossAnimationTimer")
        self.anim_timer.setInterval(ANIM_MS)
        self.anim_timer.timeout.connect(self._anim_tick)
        self.animate_button.setEnabled(False)  # until there is a curve to descend

    def _build_controls(self) -> QGridLayout:
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
        return g

    def make_loss_plot(self, plot: pg.PlotWidget) -> None:
        self.loss_plot = plot
        self.loss_plot.setXRange(R_MIN, R_MAX, padding=0.02)
        self.loss_plot.setYRange(-1.2, 3.0, padding=0.02)
        self.loss_legend = legend_outside(self.loss_plot, 2)
        self.loss_plot.setMinimumHeight(170)
        self.loss_curve = self.loss_plot.plot(pen=pg.mkPen("#1f77b4", width=2.5))
        self.grad_curve = self.loss_plot.plot(pen=pg.mkPen("#ff7f0e", width=2))
        self.like_curve = self.loss_plot.plot(pen=pg.mkPen("#2ca02c", width=2))
        self.loss_point = pg.ScatterPlotItem(size=13, brush=pg.mkBrush(POINT_COLOR),
                                             pen=pg.mkPen("k", width=1))
        self.loss_point.setZValue(10)
        self.loss_plot.addItem(self.loss_point)
        self.step_arrow = pg.PlotCurveItem(pen=pg.mkPen(POINT_COLOR, width=2))
        self.step_head = pg.ArrowItem(headLen=10, tipAngle=40, pen=None, brush=POINT_COLOR)
        self.step_head.setVisible(False)
        self.loss_plot.addItem(self.step_arrow)
        self.loss_plot.addItem(self.step_head)
        self._loss_slot.addWidget(self.loss_plot)
        self.loss_plot_texts()

    def make_race_plot(self, plot: pg.PlotWidget) -> None:
        self.race_plot = plot
        self.race_legend = legend_outside(self.race_plot, 3)
        self.race_plot.setMinimumHeight(150)
        self.race_curves = {name: self.race_plot.plot(pen=pg.mkPen(LOSS_COLORS[name], width=2))
                            for name in losses.LOSS_NAMES}
        self.race_marker = pg.ScatterPlotItem(size=9, brush=pg.mkBrush(POINT_COLOR))
        self.race_plot.addItem(self.race_marker)
        self._race_slot.addWidget(self.race_plot)
        self.race_plot_texts()

    def plots(self) -> list[pg.PlotWidget]:
        return [p for p in (getattr(self, "loss_plot", None), getattr(self, "race_plot", None))
                if p is not None]

    def connect_controls(self) -> None:
        self.loss_combo.currentIndexChanged.connect(lambda _: self.update_loss_plot())
        self.delta_slider.valueChanged.connect(lambda _: self.update_loss_plot())
        self.gd_lr_spin.valueChanged.connect(lambda _: self.update_loss_plot())
        self.gd_start_spin.valueChanged.connect(lambda _: self.update_loss_plot())
        self.animate_button.toggled.connect(self._on_animate)

    # ------------------------------------------------------------------ texts
    def retranslate_ui(self) -> None:
        names = {"l2": self.tr("L2 loss r²/2"), "l1": self.tr("L1 loss |r|"),
                 "huber": self.tr("Huber's robust loss")}
        for i in range(self.loss_combo.count()):
            self.loss_combo.setItemText(i, names[self.loss_combo.itemData(i)])
        self.setTitle(self.tr("Loss functions"))
        self.loss_caption.setText(self.tr("Loss"))
        self.delta_caption.setText(self.tr("Huber δ"))
        self.gd_start_caption.setText(self.tr("Start ŷ − y"))
        self.gd_lr_caption.setText(self.tr("Learning rate"))
        tips = {
            self.loss_combo: self.tr("Which loss to plot and descend"),
            self.delta_slider: self.tr("Where Huber's loss switches from quadratic to linear"),
            self.gd_start_spin: self.tr("Residual the animation starts from"),
            self.gd_lr_spin: self.tr("Step size of the gradient descent animation"),
            self.animate_button: self.tr("Run gradient descent on this loss (A)"),
        }
        for widget, tip in tips.items():
            widget.setToolTip(tip)
            widget.setAccessibleName(tip)
        if hasattr(self, "loss_plot"):
            self.loss_plot_texts()
        if hasattr(self, "race_plot"):
            self.race_plot_texts()
        self.refresh_texts()

    # Each plot's texts, set as it is made (a staged build) and on every language switch.
    def loss_plot_texts(self) -> None:
        self.loss_plot.setAccessibleName(self.tr("Loss, derivative and likelihood"))
        title(self.loss_plot, self.tr("Loss, derivative, likelihood e^(−loss)"))
        self.loss_plot.setLabel("bottom", self.tr("residual ŷ − y"))
        rename_legend(self.loss_legend, [
            (self.loss_curve, self.tr("loss")), (self.grad_curve, self.tr("derivative")),
            (self.like_curve, self.tr("likelihood e^(−loss)"))])

    def race_plot_texts(self) -> None:
        title(self.race_plot, self.tr("Gradient descent: |ŷ − y| after each step"))
        self.race_plot.setLabel("bottom", self.tr("step"))
        rename_legend(self.race_legend, [
            (self.race_curves["l2"], "L2"), (self.race_curves["l1"], "L1"),
            (self.race_curves["huber"], "Huber")])

    def follow_theme(self) -> None:
        for plot in self.plots():
            apply_plot_theme(plot)

    def refresh_texts(self) -> None:
        set_text_keep_shortcut(self.animate_button, self.tr("Stop")
                               if self.animate_button.isChecked()
                               else self.tr("Gradient descent on this loss"))
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

    # ------------------------------------------------------------------ the descent
    def loss_name(self) -> str:
        return str(self.loss_combo.currentData())

    def compute(self) -> None:
        """Gradient descent on each loss from the chosen start (numpy, well under 1 ms)."""
        d = self.descent
        d.name, d.delta = self.loss_name(), float(self.delta_slider.value())
        d.lr, d.start = self.gd_lr_spin.value(), self.gd_start_spin.value()
        d.compute()

    def update_loss_plot(self) -> None:
        """Redraw the loss, its derivative and likelihood; restart the descent from the start."""
        self.drawn = True
        self.delta_slider.setEnabled(self.loss_name() == "huber")
        self.compute()
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
        self.draw_animation()

    def _on_animate(self, on: bool) -> None:
        if on:
            if not self.drawn:
                self.update_loss_plot()
            self.descent.step = 0
            self.draw_animation()
            self.anim_timer.start()
        else:
            self.anim_timer.stop()
        self.refresh_texts()

    def _anim_tick(self) -> None:
        if not self.descent.advance():
            self.animate_button.setChecked(False)
        self.draw_animation()

    def draw_animation(self) -> None:
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
        self.refresh_texts()

    def shutdown(self) -> None:
        self.anim_timer.stop()
