"""The multilayer-perceptron lesson's view: its settings, live training and decision regions,
rendered from an :class:`~gui.tabs.perceptron_lesson.MlpLesson` on the shared points.

One update (a few gradient steps plus a 100×100 decision-region evaluation) takes well under a
millisecond, so a QTimer runs training on the GUI thread, one heatmap update per tick. Training
stops on its own once every point is right and the loss is small; Train goes on from there.
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

from engine import mlp2d
from gui.i18n import tr_format
from gui.tabs.base import set_text_keep_shortcut
from gui.tabs.perceptron_lesson import LIMIT, MlpLesson, MlpSettings, PerceptronLesson, lines_path
from gui.widgets.point_canvas import PointCanvas, region_lookup_table

log = logging.getLogger(__name__)

GRID = 100                 # decision-region resolution (GRID × GRID cells)
MLP_TICK_MS = 16           # up to ~60 heatmap updates/s
MLP_STEPS_PER_TICK = 5


class MlpLessonView(QWidget):
    """The MLP's controls above its decision-region plot."""

    def __init__(self, points: PerceptronLesson, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mlpLesson")
        self.points = points            # the shared data lives in the perceptron lesson
        self.lesson = MlpLesson()
        self.stopped_because: str | None = None  # why live training last stopped on its own
        self._build_controls()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.group)
        self._plot_slot = QVBoxLayout()
        layout.addLayout(self._plot_slot, 1)
        self.mlp_timer = QTimer(self)
        self.mlp_timer.setObjectName("mlpTimer")
        self.mlp_timer.setInterval(MLP_TICK_MS)
        self.mlp_timer.timeout.connect(self.mlp_tick)
        self.mlp_plot: PointCanvas | None = None

    @property
    def mlp(self) -> mlp2d.MLP2D | None:
        return self.lesson.mlp

    def _build_controls(self) -> None:
        self.group = QGroupBox(objectName="mlpGroup")
        mg = QGridLayout(self.group)
        mg.setContentsMargins(6, 4, 6, 4)
        self.hidden_spin = QSpinBox(objectName="hiddenSpin")
        self.hidden_spin.setRange(2, mlp2d.MAX_HIDDEN)
        self.hidden_spin.setValue(8)
        self.activation_combo = QComboBox(objectName="activationCombo")
        for name in mlp2d.ACTIVATIONS:
            self.activation_combo.addItem(name, name)
        self.activation_combo.setCurrentIndex(mlp2d.ACTIVATIONS.index("tanh"))
        self.lr_spin = QDoubleSpinBox(objectName="mlpLrSpin")
        self.lr_spin.setDecimals(3)
        self.lr_spin.setRange(0.001, 5.0)
        self.lr_spin.setSingleStep(0.05)
        self.lr_spin.setValue(0.3)
        self.hidden_caption, self.activation_caption, self.lr_caption = QLabel(), QLabel(), QLabel()
        self.mlp_train_button = QPushButton(objectName="mlpTrainButton")
        self.mlp_train_button.setCheckable(True)
        self.mlp_train_button.setShortcut(QKeySequence("T"))
        self.mlp_reset_button = QPushButton(objectName="mlpResetButton")
        self.hidden_lines_check = QCheckBox(objectName="showHiddenLinesCheck")
        self.mlp_feature_check = QCheckBox(objectName="mlpFeatureCheck")
        self.mlp_status = QLabel(objectName="mlpStatusLabel")
        self.mlp_status.setWordWrap(True)
        self.mlp_status.setTextFormat(Qt.TextFormat.RichText)
        # Two pairs per row, so the box stays narrow enough for a 1024-pixel window.
        mg.addWidget(self.hidden_caption, 0, 0)
        mg.addWidget(self.hidden_spin, 0, 1)
        mg.addWidget(self.activation_caption, 0, 2)
        mg.addWidget(self.activation_combo, 0, 3)
        mg.addWidget(self.lr_caption, 1, 0)
        mg.addWidget(self.lr_spin, 1, 1)
        mg.addWidget(self.mlp_train_button, 1, 2)
        mg.addWidget(self.mlp_reset_button, 1, 3)
        mg.addWidget(self.hidden_lines_check, 2, 0, 1, 2)
        mg.addWidget(self.mlp_feature_check, 2, 2, 1, 2)
        mg.addWidget(self.mlp_status, 3, 0, 1, 4)

    def make_plot(self) -> PointCanvas:
        self.mlp_plot = PointCanvas(None, LIMIT)
        self.mlp_plot.setObjectName("mlpPlot")
        self.heatmap = pg.ImageItem(axisOrder="row-major")
        self.heatmap.setObjectName("mlpHeatmap")
        self.heatmap.setLookupTable(region_lookup_table())
        self.heatmap.setLevels((0, 1))
        self.heatmap.setZValue(-10)
        self.mlp_plot.addItem(self.heatmap)
        self.hidden_curve = pg.PlotCurveItem(pen=pg.mkPen("#555555", width=1,
                                                          style=Qt.PenStyle.DashLine),
                                             connect="finite")
        self.hidden_curve.setZValue(4)
        self.mlp_plot.addItem(self.hidden_curve)
        self._plot_slot.addWidget(self.mlp_plot)
        self.plot_texts()
        return self.mlp_plot

    def connect_controls(self) -> None:
        self.hidden_spin.valueChanged.connect(lambda _: self.reset_mlp())
        self.activation_combo.currentIndexChanged.connect(lambda _: self.reset_mlp())
        self.mlp_feature_check.toggled.connect(lambda _: self.reset_mlp())
        self.lr_spin.valueChanged.connect(self._on_lr_changed)
        self.mlp_train_button.toggled.connect(self._on_train_toggled)
        self.mlp_reset_button.clicked.connect(self.reset_mlp)
        self.hidden_lines_check.toggled.connect(lambda _: self.redraw())

    # ------------------------------------------------------------------ texts
    def retranslate_ui(self) -> None:
        acts = {"relu": "ReLU", "sigmoid": "sigmoid", "tanh": "tanh"}
        for i in range(self.activation_combo.count()):
            self.activation_combo.setItemText(i, acts[self.activation_combo.itemData(i)])
        tips = {
            self.hidden_spin: self.tr("Number of hidden units"),
            self.activation_combo: self.tr("Activation function of the hidden layer"),
            self.lr_spin: self.tr("Learning rate of gradient descent"),
            self.mlp_train_button: self.tr("Train the multilayer perceptron live (T)"),
            self.mlp_reset_button: self.tr("New random weights"),
            self.hidden_lines_check: self.tr("Draw the line where each hidden unit's input is 0"),
            self.mlp_feature_check: self.tr("Give the MLP the extra input x₁x₂ too"),
        }
        for widget, tip in tips.items():
            widget.setToolTip(tip)
            widget.setAccessibleName(tip)
        self.group.setTitle(self.tr("Beyond the perceptron: multilayer perceptron"))
        self.hidden_caption.setText(self.tr("Hidden units"))
        self.activation_caption.setText(self.tr("Activation"))
        self.lr_caption.setText(self.tr("Learning rate"))
        self.mlp_reset_button.setText(self.tr("New weights"))
        self.hidden_lines_check.setText(self.tr("Show the hidden units' lines"))
        self.mlp_feature_check.setText(self.tr("MLP also gets x₁x₂"))
        if self.mlp_plot is not None:
            self.plot_texts()
        self.refresh_texts()

    def plot_texts(self) -> None:
        self.mlp_plot.setAccessibleName(self.tr("Multilayer perceptron decision regions"))
        self.mlp_plot.set_title(self.tr("Multilayer perceptron: P(y = +1)"))

    def refresh_texts(self) -> None:
        set_text_keep_shortcut(self.mlp_train_button, self.tr("Pause")
                               if self.mlp_train_button.isChecked() else self.tr("Train"))
        data = self.points.data
        if self.lesson.mlp is None:
            return
        if not len(data):
            self.mlp_status.setText(html.escape(self.tr("No points to train on.")))
            return
        loss = self.lesson.loss
        text = html.escape(tr_format(self.tr("Step %1 · loss %2 · accuracy %3%"),
                                     self.lesson.mlp.steps,
                                     f"{loss:.4f}" if math.isfinite(loss) else "—",
                                     f"{100 * self.lesson.accuracy(data):.0f}"))
        if not math.isfinite(loss):
            note = self.tr("(diverged: lower the learning rate and press New weights)")
        elif self.stopped_because == "solved":
            note = self.tr("Done: every point is classified right and the loss is small, "
                           "so training paused. Press Train to go on.")
        elif self.stopped_because == "step_limit":
            note = self.tr("Paused after the most steps a live run takes. Press Train to go on.")
        else:
            note = ""
        if note:
            color = "#2ca02c" if self.stopped_because == "solved" else "#d62728"
            text += f"<br><span style='color:{color}'>{html.escape(note)}</span>"
        self.mlp_status.setText(text)

    # ------------------------------------------------------------------ training
    def settings(self) -> MlpSettings:
        return MlpSettings(self.hidden_spin.value(), str(self.activation_combo.currentData()),
                           self.lr_spin.value(), self.mlp_feature_check.isChecked())

    def reset_mlp(self) -> None:
        """New random weights with the current architecture."""
        try:
            self.lesson.reset(self.settings(), self.points.data)
        except ValueError as exc:  # the controls' ranges make this unreachable; keep the old net
            log.warning("MLP settings rejected: %s", exc)
            return
        self.stopped_because = None
        self.redraw()

    def points_changed(self, reset: bool) -> None:
        """The shared points changed: new weights when asked, else the net keeps learning."""
        if self.mlp_plot is not None:
            self.mlp_plot.set_points(self.points.data.X, self.points.data.y)
        if reset or self.lesson.mlp is None:
            self.reset_mlp()
            return
        self.lesson.refresh_loss(self.points.data)
        self.stopped_because = None
        self.redraw()

    def _on_lr_changed(self, value: float) -> None:
        if self.lesson.mlp is not None:
            self.lesson.mlp.lr = float(value)

    def _on_train_toggled(self, running: bool) -> None:
        if running:
            self.stopped_because = None   # the user asked to go on
            self.mlp_timer.start()
        else:
            self.mlp_timer.stop()
        self.refresh_texts()

    def pause(self) -> None:
        if self.mlp_train_button.isChecked():
            self.mlp_train_button.setChecked(False)

    def mlp_tick(self) -> None:
        """A few gradient steps and one heatmap update (the ≥ 30/s path)."""
        if self.lesson.mlp is None:
            return
        data = self.points.data
        was_done = self.lesson.outcome(data) == "solved"
        self.lesson.train(data, MLP_STEPS_PER_TICK)
        outcome = self.lesson.outcome(data)
        # Solved: stop once on arriving there; a user who presses Train again goes on.
        if outcome in ("diverged", "step_limit") or (outcome == "solved" and not was_done):
            self.stopped_because = outcome
            self.mlp_train_button.setChecked(False)
        self.redraw()

    def train_mlp(self, steps: int) -> None:
        """Train ``steps`` gradient steps at once (for scripts and screenshots)."""
        self.lesson.train(self.points.data, steps)
        self.redraw()

    def redraw(self) -> None:
        """The decision regions (each tick); the points are drawn when they change."""
        mlp = self.lesson.mlp
        if mlp is None or self.mlp_plot is None:
            return
        self.heatmap.setImage(mlp.grid(GRID, LIMIT), levels=(0.0, 1.0))
        self.heatmap.setRect(-LIMIT, -LIMIT, 2 * LIMIT, 2 * LIMIT)
        if self.hidden_lines_check.isChecked():
            xs, ys = lines_path(mlp.hidden_lines(), LIMIT)
            self.hidden_curve.setData(xs, ys, connect="finite")
        else:
            self.hidden_curve.setData([], [])
        self.refresh_texts()

    def shutdown(self) -> None:
        self.mlp_timer.stop()
