"""The perceptron lesson's view: step/run controls, the decision line, mistakes per epoch and
the convergence theorem, rendered from a :class:`~gui.tabs.perceptron_lesson.PerceptronLesson`.

One perceptron step takes microseconds, so a QTimer on the GUI thread runs it, drawing once per
tick. Only the theorem's margin of many points in 3-D feature space (tens of milliseconds) goes
to a worker, through a :class:`gui.tasks.TaskSlot`.
"""

from __future__ import annotations

import html
import logging
import math

import pyqtgraph as pg
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from engine import perceptron as P
from gui import theme
from gui.i18n import tr_format
from gui.tabs.base import set_text_keep_shortcut
from gui.tabs.perceptron_lesson import LIMIT, PerceptronLesson, format_bound, w_display
from gui.tasks import TaskSlot
from gui.widgets.point_canvas import (
    PointCanvas,
    apply_plot_theme,
    region_lookup_table,
    set_fitting_title,
)

log = logging.getLogger(__name__)

GRID = 100         # decision-region resolution (GRID × GRID cells)
TICK_MS = 33       # run timer (~30 redraws/s)
MISTAKE_COLOR = "#d62728"
CORRECT_COLOR = "#2ca02c"


class PerceptronLessonView(QSplitter):
    """Plots of the perceptron lesson (a column); :attr:`controls` and :attr:`theorem_group`
    are placed by the tab (in its side panel)."""

    def __init__(self, lesson: PerceptronLesson, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.setObjectName("perceptronColumn")
        self.lesson = lesson
        self._speed_carry = 0.0
        self._margin_error = False
        self._shown_points = None
        self._build_controls()
        self._build_theorem()
        self._boundary_slot = _slot(self)
        self._mistakes_slot = _slot(self)
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 1)
        self.setSizes([540, 230])
        self.run_timer = QTimer(self)
        self.run_timer.setObjectName("perceptronRunTimer")
        self.run_timer.setInterval(TICK_MS)
        self.run_timer.timeout.connect(self._run_tick)
        self.margin_task = TaskSlot(self, done=self._margin_ready, error=self._margin_failed)
        self.boundary_plot: PointCanvas | None = None

    # ------------------------------------------------------------------ construction
    def _build_controls(self) -> None:
        self.controls = QGroupBox(objectName="perceptronGroup")
        pv = QVBoxLayout(self.controls)
        row = QHBoxLayout()
        self.step_button = QPushButton(objectName="stepButton")
        self.step_button.setShortcut(QKeySequence("S"))
        self.run_button = QPushButton(objectName="runButton")
        self.run_button.setCheckable(True)
        self.run_button.setShortcut(QKeySequence("R"))
        self.reset_button = QPushButton(objectName="resetButton")
        self.reset_button.setShortcut(QKeySequence("Ctrl+R"))
        for button in (self.step_button, self.run_button, self.reset_button):
            row.addWidget(button)
        pv.addLayout(row)
        srow = QHBoxLayout()
        self.speed_caption = QLabel()
        self.speed_slider = QSlider(Qt.Orientation.Horizontal, objectName="speedSlider")
        self.speed_slider.setRange(0, 30)   # 10^(v/10): 1 … 1000 samples per second
        self.speed_slider.setValue(10)
        self.speed_label = QLabel(objectName="speedLabel")
        self.speed_label.setMinimumWidth(56)
        srow.addWidget(self.speed_caption)
        srow.addWidget(self.speed_slider, 1)
        srow.addWidget(self.speed_label)
        pv.addLayout(srow)
        self.feature_check = QCheckBox(objectName="featureCheck")
        pv.addWidget(self.feature_check)
        self.update_count_label = QLabel(objectName="updateCountLabel")
        self.epoch_label = QLabel(objectName="epochLabel")
        self.step_label = QLabel(objectName="stepLabel")
        self.status_label = QLabel(objectName="perceptronStatusLabel")
        for label in (self.update_count_label, self.epoch_label, self.step_label,
                      self.status_label):
            label.setWordWrap(True)
            pv.addWidget(label)
        for label in (self.step_label, self.status_label):
            label.setTextFormat(Qt.TextFormat.RichText)

    def _build_theorem(self) -> None:
        self.theorem_group = QGroupBox(objectName="theoremGroup")
        tv = QFormLayout(self.theorem_group)
        self.radius_label = QLabel(objectName="radiusLabel")
        self.rho_label = QLabel(objectName="rhoLabel")
        self.bound_label = QLabel(objectName="boundLabel")
        self.theorem_updates_label = QLabel(objectName="theoremUpdatesLabel")
        self.xor_label = QLabel(objectName="xorExplanationLabel")
        self.xor_label.setTextFormat(Qt.TextFormat.RichText)
        for w in (self.radius_label, self.rho_label, self.bound_label, self.theorem_updates_label,
                  self.xor_label):
            w.setWordWrap(True)
            tv.addRow(w)

    def make_boundary_plot(self) -> PointCanvas:
        self.boundary_plot = PointCanvas(None, LIMIT)
        self.boundary_plot.setObjectName("boundaryPlot")
        self.region_image = pg.ImageItem(axisOrder="row-major")
        self.region_image.setObjectName("perceptronRegion")
        self.region_image.setLookupTable(region_lookup_table())
        self.region_image.setLevels((0, 1))
        self.region_image.setZValue(-10)
        self.region_image.setOpacity(0.35)
        self.boundary_plot.addItem(self.region_image)
        self.decision_curve = pg.PlotCurveItem(pen=pg.mkPen(MISTAKE_COLOR, width=2.5),
                                               connect="finite")
        self.decision_curve.setZValue(5)
        self.boundary_plot.addItem(self.decision_curve)
        self.w_old_curve = pg.PlotCurveItem(pen=pg.mkPen("#888888", width=1.5,
                                                         style=Qt.PenStyle.DashLine))
        self.w_curve = pg.PlotCurveItem(pen=pg.mkPen(CORRECT_COLOR, width=2.5))
        self.w_arrow = pg.ArrowItem(headLen=14, tipAngle=30, pen=None, brush=CORRECT_COLOR)
        for item in (self.w_old_curve, self.w_curve, self.w_arrow):
            item.setZValue(6)
            self.boundary_plot.addItem(item)
        self.current_marker = pg.ScatterPlotItem(size=22, symbol="o", brush=None,
                                                 pen=pg.mkPen(CORRECT_COLOR, width=3))
        self.current_marker.setZValue(12)
        self.boundary_plot.addItem(self.current_marker)
        self.w_text = pg.TextItem(anchor=(0, 1), color=CORRECT_COLOR)
        self.w_text.setZValue(13)
        self.boundary_plot.addItem(self.w_text)
        self._boundary_slot.addWidget(self.boundary_plot)
        self.boundary_plot_texts()
        return self.boundary_plot

    def make_mistakes_plot(self) -> None:
        background, _ = theme.plot_colors()
        self.mistakes_plot = pg.PlotWidget(background=background)
        self.mistakes_plot.setObjectName("mistakesPlot")
        self.mistakes_plot.setMouseEnabled(x=False, y=False)
        self.mistakes_plot.showGrid(y=True, alpha=0.2)
        self.mistakes_curve = pg.PlotDataItem(stepMode="center", fillLevel=0,
                                              brush=pg.mkBrush("#d6272880"),
                                              pen=pg.mkPen(MISTAKE_COLOR, width=1.5))
        self.mistakes_plot.addItem(self.mistakes_curve)
        self.mistakes_plot.setMinimumHeight(120)
        self._mistakes_slot.addWidget(self.mistakes_plot)
        self.mistakes_plot_texts()

    def connect_controls(self) -> None:
        self.step_button.clicked.connect(self.step_once)
        self.run_button.toggled.connect(self._on_run_toggled)
        self.reset_button.clicked.connect(self.reset_perceptron)
        self.speed_slider.valueChanged.connect(lambda _: self._update_speed_label())
        self.feature_check.toggled.connect(self._on_feature_toggled)

    # ------------------------------------------------------------------ texts
    def retranslate_ui(self) -> None:
        tips = {
            self.step_button: self.tr("Look at one sample; update w and b if it is "
                                      "misclassified (S)"),
            self.run_button: self.tr("Keep stepping at the chosen speed (R)"),
            self.reset_button: self.tr("Back to w = 0, b = 0 (Ctrl+R)"),
            self.speed_slider: self.tr("Samples per second while running"),
            self.feature_check: self.tr("Train the perceptron on (x₁, x₂, x₁x₂) instead of "
                                        "(x₁, x₂)"),
        }
        for widget, tip in tips.items():
            widget.setToolTip(tip)
            widget.setAccessibleName(tip)
        self.controls.setTitle(self.tr("Perceptron"))
        set_text_keep_shortcut(self.step_button, self.tr("Step"))
        set_text_keep_shortcut(self.reset_button, self.tr("Reset"))
        self.speed_caption.setText(self.tr("Speed"))
        self.feature_check.setText(self.tr("Add the feature x₁x₂"))
        self.theorem_group.setTitle(self.tr("Convergence theorem"))
        if self.boundary_plot is not None:
            self.boundary_plot_texts()
        if hasattr(self, "mistakes_plot"):
            self.mistakes_plot_texts()
        self.refresh_texts()

    def boundary_plot_texts(self) -> None:
        self.boundary_plot.setAccessibleName(self.tr("Perceptron decision line and points"))
        self.boundary_plot.set_title(self.tr("Perceptron: decision line ⟨w, x⟩ + b = 0 and w"))

    def mistakes_plot_texts(self) -> None:
        self.mistakes_plot.setAccessibleName(self.tr("Mistakes per epoch"))
        set_fitting_title(self.mistakes_plot, self.tr("Mistakes per epoch"))
        self.mistakes_plot.setLabel("bottom", self.tr("epoch"))
        self.mistakes_plot.setLabel("left", self.tr("mistakes"))

    def follow_theme(self) -> None:
        """Plots re-read the theme's colours (a live light/dark switch)."""
        if self.boundary_plot is not None:
            self.boundary_plot.follow_theme()
        if hasattr(self, "mistakes_plot"):
            apply_plot_theme(self.mistakes_plot)

    def refresh_texts(self) -> None:
        self._update_speed_label()
        set_text_keep_shortcut(self.run_button, self.tr("Pause") if self.run_button.isChecked()
                               else self.tr("Run"))
        p = self.lesson.perceptron
        self.update_count_label.setText(tr_format(self.tr("Updates: %1"), p.updates))
        epoch, mistakes = self.lesson.shown_epoch()
        self.epoch_label.setText(tr_format(self.tr("Epoch %1 · mistakes in this epoch: %2"),
                                           epoch, mistakes))
        self.step_label.setText(self._step_text())
        self.status_label.setText(self._status_text())
        self._refresh_theorem()

    def _step_text(self) -> str:
        s = self.lesson.last_step
        if s is None:
            return html.escape(self.tr("w = 0, b = 0. Press Step to look at the first sample."))
        x = ", ".join(f"{v:.2f}" for v in s.x)
        head = tr_format(self.tr("Sample #%1: x = (%2), y = %3, y·(⟨w, x⟩ + b) = %4"),
                         s.index + 1, x, "+1" if s.label > 0 else "−1", f"{s.score:.2f}")
        if s.mistake:
            w = ", ".join(f"{v:.2f}" for v in s.w)
            tail = tr_format(self.tr("≤ 0: a mistake, so w ← w + y·x = (%1), b ← b + y = %2"),
                             w, f"{s.b:.2f}")
            color = MISTAKE_COLOR
        else:
            tail = self.tr("> 0: correct, no update")
            color = CORRECT_COLOR
        return f"{html.escape(head)}<br><span style='color:{color}'>{html.escape(tail)}</span>"

    def _status_text(self) -> str:
        p = self.lesson.perceptron
        if p.status == "empty":
            return html.escape(self.tr("No points yet: click on a plot to add some."))
        if p.status == "converged":
            text, color = tr_format(self.tr(
                "Converged: a whole epoch without mistakes after %1 updates."),
                p.updates), CORRECT_COLOR
        elif p.status == "cycling":
            a, b = p.cycle_epochs or (0, 0)
            text, color = tr_format(self.tr(
                "Cycling: w and b at the start of epoch %1 are the same as at the start of "
                "epoch %2, so the same epochs will repeat for ever. It never finishes."),
                b + 1, a + 1), MISTAKE_COLOR
        elif p.status == "epoch_limit":
            text, color = tr_format(self.tr(
                "Gave up after %1 epochs, each with mistakes: no line fits these points."),
                p.epoch), MISTAKE_COLOR
        elif self.run_button.isChecked():
            return html.escape(self.tr("Running…"))
        else:
            return ""
        return f"<b style='color:{color}'>{html.escape(text)}</b>"

    def _refresh_theorem(self) -> None:
        lesson, p, m = self.lesson, self.lesson.perceptron, self.lesson.margin
        space = self.tr(" (in the space of (x₁, x₂, x₁x₂))") if lesson.featured else ""
        self.radius_label.setText(tr_format(self.tr("Radius r = max ‖x‖ = %1"),
                                            f"{lesson.radius():.3f}") + space)
        explanation = lesson.explanation()
        self.xor_label.setVisible(explanation is not None)
        self.xor_label.setText(self._no_line_text(explanation) if explanation else "")
        if not len(lesson.data):
            for w in (self.rho_label, self.bound_label, self.theorem_updates_label):
                w.setText("")
            return
        updates = tr_format(self.tr("Actual updates: %1"), p.updates)
        if m is None:
            self.rho_label.setText(self.tr("Margin ρ: could not be computed") if self._margin_error
                                   else self.tr("Margin ρ: computing…"))
            self.bound_label.setText("")
            self.theorem_updates_label.setText(updates)
        elif m.separable:
            bound = format_bound(lesson.bound())
            self.rho_label.setText(tr_format(
                self.tr("Margin ρ = %1 (best separator with ‖w‖² + b² = 1)"), f"{m.rho:.4f}"))
            self.bound_label.setText(tr_format(self.tr("Bound (r² + 1)/ρ² = %1 updates"), bound))
            self.theorem_updates_label.setText(
                tr_format(self.tr("Actual updates: %1 ≤ %2"), p.updates, bound))
        else:
            self.rho_label.setText(self.tr("Margin ρ: none — no line separates these points"))
            self.bound_label.setText(self.tr("Bound: the theorem promises nothing here"))
            self.theorem_updates_label.setText(updates)

    def _no_line_text(self, explanation: str) -> str:
        """Rich text: every translated sentence is escaped, since the proof's
        inequalities hold ``<`` and ``>``."""
        if explanation == "xor":
            why = self.tr(
                "Why no line separates XOR: the +1 points (−1, 1) and (1, −1) need "
                "−w₁ + w₂ + b > 0 and w₁ − w₂ + b > 0, which add up to b > 0; the −1 points "
                "(−1, −1) and (1, 1) need −w₁ − w₂ + b < 0 and w₁ + w₂ + b < 0, which add up "
                "to b < 0. Both cannot hold.")
        else:
            why = self.tr("Whatever line you draw, some point lies on the wrong side.")
        way_out = self.tr(
            "Two ways out: add the feature x₁x₂ (then a plane separates them), or use a "
            "multilayer perceptron whose hidden units each draw a line.")
        return f"{html.escape(why)}<br><i>{html.escape(way_out)}</i>"

    # ------------------------------------------------------------------ points and margin
    def points_changed(self) -> None:
        """New points or features: fresh perceptron and theorem numbers."""
        self.stop_run()
        self._margin_error = False
        lesson = self.lesson
        if lesson.margin_needs_worker():
            lesson.restart(None)
            self.compute_margin_in_background()
        else:
            self.margin_task.cancel()
            lesson.restart(lesson.compute_margin())
        self.redraw()

    def compute_margin_in_background(self) -> None:
        self.lesson.margin = None
        self.lesson.perceptron.max_epochs = self.lesson.epoch_limit()
        features, labels = self.lesson.features().copy(), self.lesson.data.y.copy()
        self.margin_task.start(P.max_margin, features, labels)
        self.refresh_texts()

    def _margin_ready(self, margin: P.Margin) -> None:
        self.lesson.margin_ready(margin)
        self.refresh_texts()

    def _margin_failed(self, exc: BaseException) -> None:
        log.error("margin computation failed", exc_info=exc)
        self._margin_error = True
        self.refresh_texts()

    def _on_feature_toggled(self, featured: bool) -> None:
        self.lesson.featured = featured
        self.points_changed()

    # ------------------------------------------------------------------ training
    def step_once(self) -> P.PerceptronStep | None:
        """One sample; returns what happened (None when training has finished)."""
        s = self.lesson.step()
        self.redraw()
        return s

    def run_steps(self, n: int) -> None:
        """``n`` samples without drawing in between (for scripts and screenshots)."""
        self.lesson.run(n)
        self.redraw()

    def reset_perceptron(self) -> None:
        self.stop_run()
        self.lesson.reset()
        self.redraw()

    def steps_per_second(self) -> float:
        return 10 ** (self.speed_slider.value() / 10)

    def _update_speed_label(self) -> None:
        self.speed_label.setText(tr_format(self.tr("%1 /s"), f"{self.steps_per_second():.0f}"))

    def _on_run_toggled(self, running: bool) -> None:
        if running and self.lesson.perceptron.finished:
            self.lesson.reset()
        if running:
            self._speed_carry = 0.0
            self.run_timer.start()
        else:
            self.run_timer.stop()
        self.refresh_texts()

    def stop_run(self) -> None:
        self.run_timer.stop()
        if self.run_button.isChecked():
            self.run_button.blockSignals(True)
            self.run_button.setChecked(False)
            self.run_button.blockSignals(False)

    def _run_tick(self) -> None:
        if not self.lesson.perceptron.finished:
            self._speed_carry += self.steps_per_second() * TICK_MS / 1000
            n = int(self._speed_carry)
            self._speed_carry -= n
            if n:
                self.run_steps(n)
        if self.lesson.perceptron.finished:
            self.stop_run()
            self.refresh_texts()

    # ------------------------------------------------------------------ drawing
    def redraw(self) -> None:
        if self.boundary_plot is None:
            return
        lesson = self.lesson
        if self._shown_points is not lesson.data:   # a new set (edits replace the set)
            self.boundary_plot.set_points(lesson.data.X, lesson.data.y)
            self._shown_points = lesson.data
        path = lesson.boundary()
        if path is None:
            self.decision_curve.setData([], [])
            self.region_image.clear()
        else:
            self.decision_curve.setData(*path, connect="finite")
            self.region_image.setImage(lesson.region(GRID), levels=(0.0, 1.0))
            self.region_image.setRect(-LIMIT, -LIMIT, 2 * LIMIT, 2 * LIMIT)
        self._draw_w()
        s = lesson.last_step
        if s is None:
            self.current_marker.setData([], [])
            self.w_old_curve.setData([], [])
        else:
            pt = lesson.data.X[s.index] if s.index < len(lesson.data) else s.x[:2]
            color = MISTAKE_COLOR if s.mistake else CORRECT_COLOR
            self.current_marker.setData([pt[0]], [pt[1]], pen=pg.mkPen(color, width=3))
            if s.mistake and not lesson.featured:
                ox, oy = w_display(s.w_before)
                self.w_old_curve.setData([0, ox], [0, oy])
            else:
                self.w_old_curve.setData([], [])
        if hasattr(self, "mistakes_curve"):
            heights = lesson.mistake_counts()
            if len(heights):
                edges = [i + 0.5 for i in range(len(heights) + 1)]
                self.mistakes_curve.setData(edges, heights)
            else:
                self.mistakes_curve.setData([], [])
        self.refresh_texts()

    def _draw_w(self) -> None:
        w = self.lesson.perceptron.w
        if self.lesson.featured or not w[:2].any():
            self.w_curve.setData([], [])
            self.w_arrow.setVisible(False)
            self.w_text.setVisible(False)
            return
        x, y = w_display(w)
        self.w_curve.setData([0, x], [0, y])
        # ArrowItem angle 0 points left; rotate to point along w (screen y is flipped by the view).
        self.w_arrow.setStyle(angle=180 - math.degrees(math.atan2(y, x)))
        self.w_arrow.setPos(x, y)
        self.w_arrow.setVisible(True)
        self.w_text.setText("w")
        self.w_text.setPos(x, y)
        self.w_text.setVisible(True)

    def shutdown(self) -> None:
        self.run_timer.stop()
        self.margin_task.cancel()


def _slot(splitter: QSplitter) -> QVBoxLayout:
    """A place in ``splitter`` for a plot that comes later (the splitter keeps its share)."""
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    splitter.addWidget(holder)
    return layout
