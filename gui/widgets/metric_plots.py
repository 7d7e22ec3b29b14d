"""Live training curves: growing numpy buffers, TensorBoard-style smoothing, overlaid runs.

Points arrive in chunks from the worker and are appended to buffers; nothing is drawn then.
``MetricPlots.redraw()`` (called by the owner's ~30 Hz timer) pushes the buffers of changed runs
into their existing curve items with ``setData`` — never one plot item per point.
"""

from __future__ import annotations

import time

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QGraphicsItem,
    QHBoxLayout,
    QLabel,
    QSlider,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from gui import theme

#: Colours for successive runs (Tableau 10, readable on light and dark backgrounds).
#: Live redraws wait this many times the last repaint's duration (≈10 % of the time drawing).
REDRAW_BUDGET = 10.0
#: … but never longer than this (one slow paint, e.g. the first with a CJK font, must not
#: freeze the curves).
MAX_REDRAW_DELAY = 0.2
RUN_COLORS = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2",
              "#7f7f7f", "#bcbd22", "#17becf")


class GrowingBuffer:
    """A float64 array that doubles its capacity as values are appended (amortised O(1))."""

    def __init__(self, capacity: int = 256) -> None:
        self._data = np.empty(capacity, dtype=np.float64)
        self.n = 0

    def extend(self, values) -> None:
        values = np.asarray(values, dtype=np.float64).reshape(-1)
        need = self.n + len(values)
        if need > len(self._data):
            grown = np.empty(max(need, 2 * len(self._data)), dtype=np.float64)
            grown[: self.n] = self._data[: self.n]
            self._data = grown
        self._data[self.n : need] = values
        self.n = need

    def append(self, value: float) -> None:
        self.extend((value,))

    def view(self) -> np.ndarray:
        """The filled part (a view: copy it if you keep it past the next append)."""
        return self._data[: self.n]

    def __len__(self) -> int:
        return self.n


def ema_smooth(values: np.ndarray, weight: float, state: tuple[float, int] = (0.0, 0)
               ) -> tuple[np.ndarray, tuple[float, int]]:
    """Debiased exponential moving average, as TensorBoard's smoothing slider computes it.

    Starts from zero and divides by ``1 - weight**k`` so the first points are not pulled toward
    zero. ``state`` = (running average, count) lets new points be smoothed incrementally.
    Non-finite values pass through unsmoothed and do not disturb the average.
    """
    last, count = state
    out = np.empty(len(values), dtype=np.float64)
    if weight <= 0:
        out[:] = values
        return out, state
    one_minus = 1.0 - weight
    for i, v in enumerate(np.asarray(values, dtype=np.float64).tolist()):
        if v != v or v in (float("inf"), float("-inf")):
            out[i] = v
            continue
        last = last * weight + one_minus * v
        count += 1
        out[i] = last / (1.0 - weight**count)
    return out, (last, count)


class RunCurves:
    """The buffers and curve items of one run in both plots."""

    def __init__(self, color: str) -> None:
        self.color = color
        self.batch_x = GrowingBuffer(1024)
        self.batch_loss = GrowingBuffer(1024)
        self.smooth = GrowingBuffer(1024)
        self._smooth_state: tuple[float, int] = (0.0, 0)
        self._smooth_weight = -1.0
        self.epoch_x = GrowingBuffer(16)
        self.epoch_loss = GrowingBuffer(16)
        self.train_acc = GrowingBuffer(16)
        self.test_acc = GrowingBuffer(16)
        self.items: list[pg.PlotDataItem] = []
        self.dirty_batches = True  # the loss curves need new data
        self.dirty_epochs = True  # the per-epoch points (loss and accuracy) need new data
        self.visible = True

    def add_batches(self, xs, losses) -> None:
        losses = np.asarray(losses, dtype=np.float64)
        finite = np.isfinite(losses)  # a diverging run ends in nan/inf; keep the curve drawable
        self.batch_x.extend(np.asarray(xs, dtype=np.float64)[finite])
        self.batch_loss.extend(losses[finite])
        self.dirty_batches = True

    def add_epoch(self, x: float, loss: float, train_acc: float | None,
                  test_acc: float | None) -> None:
        self.epoch_x.append(x)
        self.epoch_loss.append(loss if np.isfinite(loss) else np.nan)
        self.train_acc.append(np.nan if train_acc is None else train_acc)
        self.test_acc.append(np.nan if test_acc is None else test_acc)
        self.dirty_epochs = True

    def smoothed(self, weight: float) -> np.ndarray:
        """Smoothed batch losses; only new points are processed unless the weight changed."""
        if weight != self._smooth_weight:
            self.smooth = GrowingBuffer(max(1024, len(self.batch_loss)))
            self._smooth_state = (0.0, 0)
            self._smooth_weight = weight
        done = len(self.smooth)
        if done < len(self.batch_loss):
            out, self._smooth_state = ema_smooth(self.batch_loss.view()[done:], weight,
                                                 self._smooth_state)
            self.smooth.extend(out)
        return self.smooth.view()


def _pen(color: str, width: float = 1.0, alpha: int = 255, style=Qt.PenStyle.SolidLine):
    c = QColor(color)
    c.setAlpha(alpha)
    return pg.mkPen(c, width=width, style=style)


class LivePlotWidget(pg.PlotWidget):
    """A PlotWidget that remembers how long its last repaint took (for the redraw budget)."""

    paint_seconds = 0.0

    def paintEvent(self, event) -> None:  # noqa: N802
        t0 = time.perf_counter()
        super().paintEvent(event)
        self.paint_seconds = time.perf_counter() - t0


def make_plot(object_name: str) -> LivePlotWidget:
    """A PlotWidget prepared for long live curves (clip to view, peak downsampling)."""
    background, _ = theme.plot_colors()
    plot = LivePlotWidget(background=background)
    plot.setObjectName(object_name)
    item = plot.getPlotItem()
    item.setClipToView(True)
    item.setDownsampling(auto=True, mode="peak")
    item.showGrid(x=True, y=True, alpha=0.2)
    # Axes (ticks, labels, grid) are the costliest part of a repaint; cached as pixmaps they are
    # redrawn only when their range changes, not on every new batch of points.
    for name in ("left", "bottom"):
        item.getAxis(name).setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
    plot.setMinimumHeight(160)
    return plot


class MetricPlots(QWidget):
    """Loss plot, accuracy plot, smoothing slider and log-scale toggle for many runs."""

    smoothingChanged = Signal(float)  # noqa: N815

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("metricPlots")
        self.loss_plot = make_plot("lossPlot")
        self.acc_plot = make_plot("accPlot")
        self.acc_plot.setYRange(0, 1)
        self.acc_plot.getPlotItem().setLimits(yMin=-0.05, yMax=1.05)
        self.runs: dict[int, RunCurves] = {}
        self._next_redraw = 0.0

        self.smoothing_label = QLabel(self)
        self.smoothing_slider = QSlider(Qt.Orientation.Horizontal, self)
        self.smoothing_slider.setObjectName("smoothingSlider")
        self.smoothing_slider.setRange(0, 99)
        self.smoothing_slider.setValue(60)
        self.smoothing_slider.setMaximumWidth(220)
        self.smoothing_value = QLabel(self)
        self.smoothing_value.setMinimumWidth(32)
        self.log_check = QCheckBox(self)
        self.log_check.setObjectName("logScaleCheck")

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.smoothing_label)
        bar.addWidget(self.smoothing_slider)
        bar.addWidget(self.smoothing_value)
        bar.addSpacing(12)
        bar.addWidget(self.log_check)
        bar.addStretch(1)
        # A hint lies over the accuracy plot while no shown run has an accuracy.
        self.acc_hint = QLabel()
        self.acc_hint.setObjectName("accHint")
        self.acc_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.acc_hint.setWordWrap(True)
        self.acc_hint.setMargin(40)
        self.acc_hint.setStyleSheet("color: gray")
        self.acc_hint.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        acc_box = QWidget()
        acc_stack = QStackedLayout(acc_box)
        acc_stack.setStackingMode(QStackedLayout.StackingMode.StackAll)
        acc_stack.addWidget(self.acc_plot)
        acc_stack.addWidget(self.acc_hint)
        acc_stack.setCurrentWidget(self.acc_hint)  # raised above the plot
        plots = QHBoxLayout()
        plots.setContentsMargins(0, 0, 0, 0)
        plots.addWidget(self.loss_plot, 3)
        plots.addWidget(acc_box, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addLayout(plots, 1)

        self.smoothing_slider.valueChanged.connect(self._on_smoothing)
        self.log_check.toggled.connect(self.set_log_scale)
        self._on_smoothing(self.smoothing_slider.value())

    # ----------------------------------------------------------------- texts
    def set_texts(self, *, smoothing: str, log_scale: str, loss_title: str, acc_title: str,
                  epoch: str, loss: str, accuracy: str, smoothing_tip: str, log_tip: str,
                  acc_hint: str = "") -> None:
        """Texts come translated from the owning tab (one translation context)."""
        self.smoothing_label.setText(smoothing)
        self.smoothing_slider.setToolTip(smoothing_tip)
        self.smoothing_slider.setAccessibleName(smoothing)
        self.log_check.setText(log_scale)
        self.log_check.setToolTip(log_tip)
        self.loss_plot.setTitle(loss_title)
        self.acc_plot.setTitle(acc_title)
        self.acc_hint.setText(acc_hint)
        for plot, ylabel in ((self.loss_plot, loss), (self.acc_plot, accuracy)):
            plot.setLabel("bottom", epoch)
            plot.setLabel("left", ylabel)
            plot.setAccessibleName(ylabel)

    # ----------------------------------------------------------------- runs
    @property
    def smoothing(self) -> float:
        return self.smoothing_slider.value() / 100.0

    def add_run(self, run_id: int, color: str) -> RunCurves:
        curves = RunCurves(color)
        lp, ap = self.loss_plot, self.acc_plot
        raw = lp.plot(pen=_pen(color, 1, 60))
        smooth = lp.plot(pen=_pen(color, 2))
        epoch = lp.plot(pen=_pen(color, 1.5, 220, Qt.PenStyle.DashLine), symbol="o", symbolSize=6,
                        symbolBrush=color, symbolPen=None)
        train = ap.plot(pen=_pen(color, 1.5, 220, Qt.PenStyle.DashLine), symbol="t", symbolSize=7,
                        symbolBrush=color, symbolPen=None)
        test = ap.plot(pen=_pen(color, 2.5), symbol="o", symbolSize=7, symbolBrush=color,
                       symbolPen=None)
        for item in (raw, smooth, epoch, train, test):
            item.setClipToView(True)
        raw.setDownsampling(auto=True, method="peak")
        smooth.setDownsampling(auto=True, method="peak")
        curves.items = [raw, smooth, epoch, train, test]
        self.runs[run_id] = curves
        return curves

    def remove_run(self, run_id: int) -> None:
        curves = self.runs.pop(run_id, None)
        if curves is None:
            return
        for item in curves.items[:3]:
            self.loss_plot.removeItem(item)
        for item in curves.items[3:]:
            self.acc_plot.removeItem(item)

    def set_run_visible(self, run_id: int, visible: bool) -> None:
        curves = self.runs.get(run_id)
        if curves is not None:
            curves.visible = visible
            for item in curves.items:
                item.setVisible(visible)

    def set_epoch_span(self, epochs: float | None) -> None:
        """Fix the x axis to [0, epochs] (a run fills it from left to right, and the axes need
        no redrawing while it does); None lets the plots fit their data again."""
        for plot in (self.loss_plot, self.acc_plot):
            if epochs is None:
                plot.enableAutoRange(axis="x")
            else:
                plot.setXRange(0, max(1.0, float(epochs)), padding=0.02)

    def redraw(self, force: bool = False) -> None:
        """Push changed buffers into their curves (called by the owner's ~30 Hz timer).

        Drawing holds the interpreter lock that the training thread needs between its torch
        calls, so live redraws keep to a budget: after a repaint that took *t* ms the next one
        waits at least ``REDRAW_BUDGET × t`` ms (≈10 % of the time for drawing), at most
        ``MAX_REDRAW_DELAY`` s.
        """
        now = time.perf_counter()
        if not force and now < self._next_redraw:
            return
        weight = self.smoothing
        drew = False
        for curves in self.runs.values():
            raw, smooth, epoch, train, test = curves.items
            if curves.dirty_batches or force:
                curves.dirty_batches = False
                bx = curves.batch_x.view()
                raw.setData(bx, curves.batch_loss.view())
                smooth.setData(bx, curves.smoothed(weight))
                drew = True
            if curves.dirty_epochs or force:
                curves.dirty_epochs = False
                ex = curves.epoch_x.view()
                epoch.setData(ex, curves.epoch_loss.view(), connect="finite")
                for item, values in ((train, curves.train_acc.view()),
                                     (test, curves.test_acc.view())):
                    if np.isfinite(values).any():  # regression runs have no accuracy
                        item.setData(ex, values, connect="finite")
                drew = True
        if drew:
            cost = self.loss_plot.paint_seconds + self.acc_plot.paint_seconds
            self._next_redraw = now + min(MAX_REDRAW_DELAY, REDRAW_BUDGET * cost)

    def _on_smoothing(self, value: int) -> None:
        self.smoothing_value.setText(f"{value / 100:.2f}")
        self.redraw(force=True)
        self.smoothingChanged.emit(value / 100)

    def set_log_scale(self, on: bool) -> None:
        if self.log_check.isChecked() != on:
            self.log_check.setChecked(on)
            return
        self.loss_plot.setLogMode(y=on)

    def clear(self) -> None:
        for run_id in list(self.runs):
            self.remove_run(run_id)
