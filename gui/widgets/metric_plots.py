"""Live training curves: one loss plot per group of comparable runs, an accuracy plot, legends.

Points arrive in chunks from the worker and are appended to a run's :class:`RunMetrics`; nothing
is drawn then. ``MetricPlots.redraw()`` (called by the owner's ~30 Hz timer) pushes the buffers
of changed runs into their existing curve items with ``setData`` — never one plot item per point.

Runs share a loss axis only when their losses are the same quantity on the same data (a group);
a selector switches between groups. Each axis follows its visible runs; a run that leaves the
scale (diverges) is drawn clipped along the top with a cross where it left, so the other runs'
curves keep their shape.
"""

from __future__ import annotations

import re
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
    QStackedWidget,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from gui import theme
from gui.run_metrics import (  # noqa: F401  (GrowingBuffer, ema_smooth: re-exported)
    GrowingBuffer,
    RunMetrics,
    clip_for_display,
    display_scale,
    ema_smooth,
)

#: Live redraws wait this many times the last repaint's duration (≈10 % of the time drawing).
REDRAW_BUDGET = 10.0
#: … but never longer than this (one slow paint, e.g. the first with a CJK font, must not
#: freeze the curves).
MAX_REDRAW_DELAY = 0.2
#: Legends with more entries than this use two columns.
LEGEND_ROWS = 8


class RunCurves:
    """The curve items of one run: raw, smoothed and per-epoch loss in its group's plot, train and
    test accuracy in the accuracy plot, and a cross where the run left the scale."""

    def __init__(self, metrics: RunMetrics, color: str, group: str, epochs: int,
                 classifies: bool) -> None:
        self.metrics = metrics
        self.color = color
        self.group = group
        self.epochs = epochs
        self.classifies = classifies
        self.items: list[pg.PlotDataItem] = []
        self.marker: pg.PlotDataItem | None = None
        self.label = ""
        self.visible = True
        self.drawn = (-1, -1, None)  # (batch version, epoch version, cap) last drawn

    @property
    def batch_x(self) -> GrowingBuffer:
        return self.metrics.batch_x

    @property
    def batch_loss(self) -> GrowingBuffer:
        return self.metrics.batch_loss


def _pen(color: str, width: float = 1.0, alpha: int = 255, style=Qt.PenStyle.SolidLine):
    c = QColor(color)
    c.setAlpha(alpha)
    return pg.mkPen(c, width=width, style=style)


def _has_point(item: pg.PlotDataItem) -> bool:
    return item.xData is not None and len(item.xData) > 0


class LivePlotWidget(pg.PlotWidget):
    """A PlotWidget that remembers how long its last repaint took (for the redraw budget)."""

    paint_seconds = 0.0

    def paintEvent(self, event) -> None:  # noqa: N802
        t0 = time.perf_counter()
        super().paintEvent(event)
        self.paint_seconds = time.perf_counter() - t0


def make_plot(object_name: str) -> LivePlotWidget:
    """A PlotWidget prepared for long live curves (clip to view, peak downsampling, legend)."""
    background, foreground = theme.plot_colors()
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
    # A loss of 1e27 must never turn the axis label into "loss (x1e+27)".
    item.getAxis("left").enableAutoSIPrefix(False)
    fill = QColor(background if background != "w" else "#ffffff")
    fill.setAlpha(215)
    item.addLegend(offset=(-8, 8), brush=pg.mkBrush(fill),
                   pen=_pen(foreground, 1, 90), labelTextColor=foreground)
    plot.setMinimumHeight(160)
    return plot


class MetricPlots(QWidget):
    """Loss plots (one per group of comparable runs), accuracy plot, smoothing and log scale."""

    smoothingChanged = Signal(float)  # noqa: N815
    groupChanged = Signal(str)  # noqa: N815  (the group now shown; '' for none)

    def __init__(self, parent: QWidget | None = None, build: bool = True) -> None:
        """``build`` False leaves the plots to :meth:`build_steps` (a staged construction)."""
        super().__init__(parent)
        self.setObjectName("metricPlots")
        self.acc_plot: LivePlotWidget | None = None
        self._empty_plot: LivePlotWidget | None = None
        #: A loss plot made ahead of time, so starting a run need not make one (≈20–40 ms).
        self._spare: LivePlotWidget | None = None
        self.group_plots: dict[str, LivePlotWidget] = {}
        self._group_order: list[str] = []  # groups offered by the selector, in its order
        self.runs: dict[int, RunCurves] = {}
        self._caps: dict[str, float | None] = {}
        self._outliers: set[int] = set()  # runs drawn clipped (they left their group's scale)
        self._next_redraw = 0.0
        self._texts: dict[str, str] = {}

        self.group_label = QLabel(self)
        self.group_tabs = QTabBar(self)
        self.group_tabs.setObjectName("lossGroupTabs")
        self.group_tabs.setExpanding(False)
        self.group_tabs.setDrawBase(False)
        self.smoothing_label = QLabel(self)
        self.smoothing_slider = QSlider(Qt.Orientation.Horizontal, self)
        self.smoothing_slider.setObjectName("smoothingSlider")
        self.smoothing_slider.setRange(0, 99)
        self.smoothing_slider.setValue(60)
        self.smoothing_slider.setMaximumWidth(160)
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
        bar.addSpacing(12)
        bar.addWidget(self.group_label)
        bar.addWidget(self.group_tabs)
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
        self._acc_stack = QStackedLayout(acc_box)
        self._acc_stack.setStackingMode(QStackedLayout.StackingMode.StackAll)
        self._acc_stack.addWidget(self.acc_hint)
        self.loss_stack = QStackedWidget(self)
        self.loss_stack.setObjectName("lossPlots")
        plots = QHBoxLayout()
        plots.setContentsMargins(0, 0, 0, 0)
        plots.addWidget(self.loss_stack, 3)
        plots.addWidget(acc_box, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addLayout(plots, 1)

        self.smoothing_slider.valueChanged.connect(self._on_smoothing)
        self.log_check.toggled.connect(self.set_log_scale)
        self.group_tabs.currentChanged.connect(self._on_group_tab)
        self._on_smoothing(self.smoothing_slider.value())
        self._update_group_tabs()
        if build:
            for _ in self.build_steps():
                pass

    def build_steps(self):
        """Make the plots one per step (each takes a frame or so): accuracy, loss, a spare."""
        self.acc_plot = make_plot("accPlot")
        self.acc_plot.setYRange(0, 1)
        self.acc_plot.getPlotItem().setLimits(yMin=-0.05, yMax=1.05)
        self.acc_plot.getPlotItem().legend.setOffset((-8, -8))  # bottom right: curves rise
        self._acc_stack.insertWidget(0, self.acc_plot)
        self._acc_stack.setCurrentWidget(self.acc_hint)  # raised above the plot
        yield
        self._empty_plot = make_plot("lossPlot")
        self._empty_plot.setLogMode(y=self.log_check.isChecked())
        self.loss_stack.addWidget(self._empty_plot)
        self._apply_plot_texts()
        yield
        self.make_spare()

    def is_built(self) -> bool:
        return self._empty_plot is not None

    def make_spare(self) -> None:
        """Make the next group's loss plot now (when nothing runs), not when a run starts."""
        if self._spare is None:
            self._spare = make_plot("lossPlot:spare")
            self.loss_stack.addWidget(self._spare)

    # ----------------------------------------------------------------- texts
    def set_texts(self, *, smoothing: str, log_scale: str, loss_title: str, acc_title: str,
                  epoch: str, loss: str, accuracy: str, smoothing_tip: str, log_tip: str,
                  acc_hint: str = "", group: str = "", group_tip: str = "",
                  offscale: str = "off the scale") -> None:
        """Texts come translated from the owning tab (one translation context)."""
        self._texts = {"loss_title": loss_title, "epoch": epoch, "loss": loss,
                       "offscale": offscale, "acc_title": acc_title, "accuracy": accuracy}
        self.smoothing_label.setText(smoothing)
        self.smoothing_slider.setToolTip(smoothing_tip)
        self.smoothing_slider.setAccessibleName(smoothing)
        self.log_check.setText(log_scale)
        self.log_check.setToolTip(log_tip)
        self.group_label.setText(group)
        self.group_tabs.setToolTip(group_tip)
        self.group_tabs.setAccessibleName(group.rstrip(":："))
        self.acc_hint.setText(acc_hint)
        self._apply_plot_texts()

    def _apply_plot_texts(self) -> None:
        """The plots' titles, axis labels and legends (once they are built)."""
        texts = self._texts
        if not self.is_built() or "accuracy" not in texts:
            return
        self.acc_plot.setTitle(texts["acc_title"])
        self._label_plot(self._empty_plot, texts["loss_title"])
        self.acc_plot.setLabel("bottom", texts["epoch"])
        self.acc_plot.setLabel("left", texts["accuracy"])
        self.acc_plot.setAccessibleName(texts["accuracy"])
        self._rebuild_legends()

    def _label_plot(self, plot: LivePlotWidget, title: str) -> None:
        plot.setTitle(title)
        plot.setLabel("bottom", self._texts.get("epoch", "epoch"))
        plot.setLabel("left", self._texts.get("loss", "loss"))
        plot.setAccessibleName(" ".join(re.sub(r"<[^>]+>", " ", title).split()))

    def set_group_title(self, key: str, title: str, tab_text: str) -> None:
        """The title of a group's loss plot (names the loss and data) and its selector text."""
        plot = self.group_plots.get(key)
        if plot is not None:
            self._label_plot(plot, title)
            plot.setProperty("tabText", tab_text)
        self._update_group_tabs()

    # ----------------------------------------------------------------- groups
    @property
    def loss_plot(self) -> LivePlotWidget:
        """The loss plot in front (the placeholder while there are no runs)."""
        return self.loss_stack.currentWidget()

    def current_group(self) -> str:
        plot = self.loss_stack.currentWidget()
        return next((k for k, p in self.group_plots.items() if p is plot), "")

    def _plot_for(self, key: str) -> LivePlotWidget:
        plot = self.group_plots.get(key)
        if plot is None:
            if self._spare is not None:
                plot, self._spare = self._spare, None
                plot.setObjectName(f"lossPlot:{key}")
            else:
                plot = make_plot(f"lossPlot:{key}")
                self.loss_stack.addWidget(plot)
            plot.setLogMode(y=self.log_check.isChecked())
            self._label_plot(plot, self._texts.get("loss_title", ""))
            self.group_plots[key] = plot
        return plot

    def set_groups(self, keys: list[str]) -> None:
        """The groups the selector offers (those of the runs in view), in this order."""
        self._group_order = [k for k in keys if k in self.group_plots]
        current = self.current_group()
        if current not in self._group_order:
            self.show_group(self._group_order[0] if self._group_order else "")
        self._update_group_tabs()

    def show_group(self, key: str) -> None:
        plot = self.group_plots.get(key, self._empty_plot)
        if self.loss_stack.currentWidget() is not plot:
            self.loss_stack.setCurrentWidget(plot)
            self.groupChanged.emit(key if plot is not self._empty_plot else "")
        self._update_group_tabs()

    def groups_shown(self) -> list[str]:
        return list(self._group_order)

    def _update_group_tabs(self) -> None:
        tabs = self.group_tabs
        tabs.blockSignals(True)
        while tabs.count():
            tabs.removeTab(0)
        for key in self._group_order:
            plot = self.group_plots[key]
            index = tabs.addTab(str(plot.property("tabText") or key))
            tabs.setTabData(index, key)
            tabs.setTabToolTip(index, plot.getPlotItem().titleLabel.text)
        current = self.current_group()
        if current in self._group_order:
            tabs.setCurrentIndex(self._group_order.index(current))
        tabs.blockSignals(False)
        several = len(self._group_order) > 1
        tabs.setVisible(several)
        self.group_label.setVisible(several)

    def _on_group_tab(self, index: int) -> None:
        if 0 <= index < len(self._group_order):
            self.show_group(self._group_order[index])

    # ----------------------------------------------------------------- runs
    @property
    def smoothing(self) -> float:
        return self.smoothing_slider.value() / 100.0

    def add_run(self, run_id: int, metrics: RunMetrics, color: str, group: str, epochs: int,
                classifies: bool) -> RunCurves:
        curves = RunCurves(metrics, color, group, epochs, classifies)
        lp, ap = self._plot_for(group), self.acc_plot
        # The batch curves are drawn without antialiasing while the run is live: smoothing a
        # 2 px line of hundreds of points made each repaint ≈6× slower (8 → 1.3 ms a plot,
        # measured); finish_run() smooths them once the run has ended.
        raw = pg.PlotDataItem(pen=_pen(color, 1, 60), antialias=False)
        smooth = pg.PlotDataItem(pen=_pen(color, 2), antialias=False)
        epoch = pg.PlotDataItem(pen=_pen(color, 1.5, 220, Qt.PenStyle.DashLine), symbol="o",
                                symbolSize=6, symbolBrush=color, symbolPen=None)
        train = pg.PlotDataItem(pen=_pen(color, 1.5, 220, Qt.PenStyle.DashLine), symbol="t",
                                symbolSize=7, symbolBrush=color, symbolPen=None)
        test = pg.PlotDataItem(pen=_pen(color, 2.5), symbol="o", symbolSize=7, symbolBrush=color,
                               symbolPen=None)
        marker = pg.PlotDataItem(pen=None, symbol="x", symbolSize=16, symbolBrush=color,
                                 symbolPen=_pen(color, 1.5))
        for item in (raw, smooth, epoch, marker):
            lp.addItem(item)
        for item in (train, test):
            ap.addItem(item)
        for item in (raw, smooth, epoch, train, test, marker):
            item.setClipToView(True)
        raw.setDownsampling(auto=True, method="peak")
        smooth.setDownsampling(auto=True, method="peak")
        marker.setVisible(False)
        curves.items = [raw, smooth, epoch, train, test]
        curves.marker = marker
        self.runs[run_id] = curves
        self._fit_spans()
        return curves

    def finish_run(self, run_id: int) -> None:
        """The run has ended: its batch curves are drawn antialiased from now on."""
        curves = self.runs.get(run_id)
        if curves is None:
            return
        for item in curves.items[:2]:
            item.opts["antialias"] = True
            item.updateItems(styleUpdate=True)

    def remove_run(self, run_id: int) -> None:
        curves = self.runs.pop(run_id, None)
        if curves is None:
            return
        plot = self.group_plots.get(curves.group)
        for item in [*curves.items[:3], curves.marker]:
            plot.removeItem(item)
        for item in curves.items[3:]:
            self.acc_plot.removeItem(item)
        if not any(c.group == curves.group for c in self.runs.values()):
            self.group_plots.pop(curves.group)
            self._group_order = [k for k in self._group_order if k != curves.group]
            self.loss_stack.removeWidget(plot)
            plot.deleteLater()
            self.show_group(self._group_order[0] if self._group_order else "")
        self._refresh_after_change()

    def set_run_visible(self, run_id: int, visible: bool) -> None:
        """Show or hide a run; its group's axis and the legends follow the visible runs."""
        curves = self.runs.get(run_id)
        if curves is None or curves.visible == visible:
            return
        curves.visible = visible
        for item in curves.items:
            item.setVisible(visible)
        curves.marker.setVisible(visible and _has_point(curves.marker))
        curves.drawn = (-1, -1, None)  # the group's cap may change with who is visible
        self._refresh_after_change()

    def set_visibility(self, visible: dict[int, bool]) -> None:
        """Several runs at once (switching the view), one refresh."""
        changed = False
        for run_id, on in visible.items():
            curves = self.runs.get(run_id)
            if curves is not None and curves.visible != on:
                curves.visible = on
                for item in curves.items:
                    item.setVisible(on)
                curves.marker.setVisible(on and _has_point(curves.marker))
                changed = True
        if changed:
            for curves in self.runs.values():
                curves.drawn = (-1, -1, None)
            self._refresh_after_change()

    def set_labels(self, labels: dict[int, str]) -> None:
        """The runs' names in the legends."""
        for run_id, curves in self.runs.items():
            curves.label = labels.get(run_id, curves.label)
        self._rebuild_legends()

    def visible_runs(self, group: str | None = None) -> list[int]:
        return [i for i, c in self.runs.items()
                if c.visible and (group is None or c.group == group)]

    def legend_entries(self, plot: LivePlotWidget) -> list[str]:
        """The legend's texts in a plot (what a reader of the picture sees)."""
        legend = plot.getPlotItem().legend
        return [label.text for _sample, label in legend.items]

    def _refresh_after_change(self) -> None:
        self._rebuild_legends()
        self._fit_spans()
        self.redraw(force=True)
        for plot in self.group_plots.values():
            self._follow_data(plot)

    def _rebuild_legends(self) -> None:
        offscale = self._texts.get("offscale", "off the scale")
        for key, plot in self.group_plots.items():
            shown = [(i, c) for i, c in self.runs.items() if c.group == key and c.visible]
            self._fill_legend(plot, [(c.items[1], f"{c.label} ({offscale})" if i in self._outliers
                                      else c.label) for i, c in shown])
        classifying = [c for c in self.runs.values() if c.classifies and c.visible]
        self._fill_legend(self.acc_plot, [(c.items[4], c.label) for c in classifying])

    @staticmethod
    def _fill_legend(plot: LivePlotWidget, entries: list) -> None:
        legend = plot.getPlotItem().legend
        legend.clear()
        legend.setColumnCount(2 if len(entries) > LEGEND_ROWS else 1)
        for item, label in entries:
            legend.addItem(item, label)
        legend.setVisible(bool(entries))

    def _fit_spans(self) -> None:
        """Fix each x axis to [0, epochs] of its visible runs (a run fills it from left to right
        and the axes need no redrawing while it does)."""
        for key, plot in self.group_plots.items():
            epochs = [c.epochs for c in self.runs.values() if c.group == key and c.visible]
            epochs = epochs or [c.epochs for c in self.runs.values() if c.group == key]
            plot.setXRange(0, max(1.0, float(max(epochs))), padding=0.02)
        epochs = [c.epochs for c in self.runs.values() if c.classifies and c.visible]
        if epochs:
            self.acc_plot.setXRange(0, max(1.0, float(max(epochs))), padding=0.02)
        else:
            self.acc_plot.enableAutoRange(axis="x")

    @staticmethod
    def _follow_data(plot: LivePlotWidget) -> None:
        """Refit the y axis to the visible items (unless the user has zoomed by hand)."""
        box = plot.getViewBox()
        if box.state["autoRange"][1]:
            box.updateAutoRange()

    # ----------------------------------------------------------------- drawing
    def cap(self, group: str) -> float | None:
        """Losses above this are drawn clipped in ``group``'s plot."""
        return self._caps.get(group)

    def _update_caps(self) -> None:
        """Each group's clipping height, from its visible runs (hiding a run rescales)."""
        before, self._outliers = self._outliers, set()
        for key in self.group_plots:
            shown = [(i, c) for i, c in self.runs.items() if c.group == key and c.visible]
            cap, outliers = display_scale([(c.metrics.first_loss(), c.metrics.high_loss(),
                                            c.metrics.max_loss()) for _i, c in shown])
            self._caps[key] = cap
            self._outliers |= {shown[k][0] for k in outliers}
        if self._outliers != before:
            self._rebuild_legends()

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
        self._update_caps()
        weight = self.smoothing
        drew = False
        for run_id, curves in self.runs.items():
            m = curves.metrics
            cap = self._caps.get(curves.group)
            batch_v, epoch_v, drawn_cap = curves.drawn
            if not force and (batch_v, epoch_v, drawn_cap) == (m.batch_version, m.epoch_version,
                                                               cap):
                continue
            raw, smooth, epoch, train, test = curves.items
            if force or batch_v != m.batch_version or drawn_cap != cap:
                bx = m.batch_x.view()
                raw.setData(bx, clip_for_display(m.batch_loss.view(), cap))
                smooth.setData(bx, clip_for_display(m.smoothed(weight), cap))
                self._place_marker(curves, cap, run_id in self._outliers)
            if force or epoch_v != m.epoch_version or drawn_cap != cap:
                ex = m.epoch_x.view()
                epoch.setData(ex, clip_for_display(m.epoch_loss.view(), cap), connect="finite")
                for item, values in ((train, m.train_acc.view()), (test, m.test_acc.view())):
                    if np.isfinite(values).any():  # regression runs have no accuracy
                        item.setData(ex, values, connect="finite")
            curves.drawn = (m.batch_version, m.epoch_version, cap)
            drew = True
        if drew:
            cost = self.acc_plot.paint_seconds + sum(p.paint_seconds
                                                     for p in self.group_plots.values())
            self._next_redraw = now + min(MAX_REDRAW_DELAY, REDRAW_BUDGET * cost)

    @staticmethod
    def _place_marker(curves: RunCurves, cap: float | None, outlier: bool) -> None:
        """A cross where the run diverged, or where an outlier first left the scale."""
        m = curves.metrics
        point = None
        if m.diverged_at is not None:
            x, y = m.diverged_at
            if not np.isfinite(y):
                y = cap if cap is not None else m.max_loss()
            point = (x, y)
        elif outlier and cap is not None and len(m.batch_loss):
            over = np.flatnonzero(m.batch_loss.view() > cap)
            if len(over):
                point = (float(m.batch_x.view()[over[0]]), cap)
        if point is None:
            curves.marker.setData([], [])
            curves.marker.setVisible(False)
            return
        x, y = point
        if cap is not None:
            y = min(y, cap)
        curves.marker.setData([x], [y])
        curves.marker.setVisible(curves.visible)

    def _on_smoothing(self, value: int) -> None:
        self.smoothing_value.setText(f"{value / 100:.2f}")
        self.redraw(force=True)
        self.smoothingChanged.emit(value / 100)

    def set_log_scale(self, on: bool) -> None:
        if self.log_check.isChecked() != on:
            self.log_check.setChecked(on)
            return
        for plot in [self._empty_plot, *self.group_plots.values()]:
            if plot is not None:
                plot.setLogMode(y=on)  # (turns autorange back on for both axes)
        self._fit_spans()

    def export_targets(self) -> list[tuple[str, LivePlotWidget]]:
        """(group key, plot) for every group offered, then ('accuracy', plot) when a visible
        run has an accuracy: what an export writes."""
        targets = [(key, self.group_plots[key]) for key in self._group_order
                   if self.visible_runs(key)]
        if any(c.classifies and c.visible for c in self.runs.values()):
            targets.append(("accuracy", self.acc_plot))
        return targets

    def clear(self) -> None:
        for run_id in list(self.runs):
            self.remove_run(run_id)
