"""The perceptron lesson: train it one sample at a time, its convergence bound, XOR, and an MLP.

All the computing is :mod:`engine.perceptron` and :mod:`engine.mlp2d` (numpy): one perceptron
step takes microseconds and one MLP update (a few gradient steps plus a 100×100 decision-region
evaluation) well under a millisecond, so both run from QTimers on the GUI thread, drawing once
per tick. The points live here; the two canvases only report clicks. Built staged (see
:class:`gui.tabs.base.LabTab`): the controls first, then one plot per event-loop turn.
"""

from __future__ import annotations

import logging
import math
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QHideEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSlider,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from engine import mlp2d, toy2d
from engine import perceptron as P
from engine.paths import documents_dir
from gui import theme
from gui import worker as jobs
from gui.context import LabContext
from gui.tabs.base import LabTab, set_text_keep_shortcut
from gui.widgets.lesson_guide import LessonGuide, guide_html
from gui.widgets.point_canvas import PointCanvas, line_segment, lines_path

log = logging.getLogger(__name__)

LIMIT = toy2d.LIMIT
GRID = 100                 # decision-region resolution (GRID × GRID cells)
TICK_MS = 33               # perceptron run timer (~30 redraws/s)
MLP_TICK_MS = 16           # MLP timer (up to ~60 heatmap updates/s)
MLP_STEPS_PER_TICK = 5
MLP_MAX_STEPS = 50_000
NONSEPARABLE_EPOCHS = 100  # epoch limit when no line separates the data (noisy coordinates)
NOISE_DEFAULTS = {"separable": 0.0, "xor_noisy": 0.35, "circles": 0.1}
SYNC_MARGIN_POINTS = 40   # in 3-D feature space the margin of more points is found on a worker
PENDING_EPOCHS = 10_000   # epoch limit while that computation runs
REMOVE_RADIUS = 0.5        # Ctrl-click removes the nearest point only if it is this close


def _region_lut() -> np.ndarray:
    """Colour table for P(+1) from 0 (class −1, orange) through white to 1 (class +1, blue)."""
    neg = np.array([255, 127, 14], dtype=float)
    pos = np.array([31, 119, 180], dtype=float)
    white = np.array([255, 255, 255], dtype=float)
    t = np.linspace(0, 1, 256)[:, None]
    lut = np.where(t < 0.5, neg + (white - neg) * (t / 0.5),
                   white + (pos - white) * ((t - 0.5) / 0.5))
    alpha = np.full((256, 1), 150.0)
    return np.hstack([lut, alpha]).astype(np.ubyte)


class PerceptronTab(LabTab):
    OBJECT_NAME = "perceptronTab"
    STAGED = True

    def __init__(self, parent: QWidget | None = None, staged: bool = False,
                 context: LabContext | None = None) -> None:
        super().__init__(parent, context)
        self.data = toy2d.separable(50, 0.3, 0.0, seed=5)
        self._seed = 5
        self.perceptron: P.Perceptron | None = None
        self.margin: P.Margin | None = None
        self.last_step: P.PerceptronStep | None = None
        self.mlp: mlp2d.MLP2D | None = None
        self._mlp_loss = math.nan
        self._message: tuple[str, str] | None = None  # (kind, text) shown under the data box
        self._speed_carry = 0.0
        self._mlp_seed = -1
        self._margin_generation = 0
        self._generated = True

        self._build_controls()
        self._build_frame()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.controls_scroll)
        layout.addWidget(self.right, 1)

        self.run_timer = QTimer(self)
        self.run_timer.setObjectName("perceptronRunTimer")
        self.run_timer.setInterval(TICK_MS)
        self.run_timer.timeout.connect(self._run_tick)
        self.mlp_timer = QTimer(self)
        self.mlp_timer.setObjectName("mlpTimer")
        self.mlp_timer.setInterval(MLP_TICK_MS)
        self.mlp_timer.timeout.connect(self.mlp_tick)
        for box in (self.controls_scroll, self.mlp_group):
            box.setEnabled(False)  # until the plots they act on exist
        self._staged = staged
        self.build_rest(self._build_plots(), staged)

    def _build_plots(self):  # noqa: ANN202 - a generator of construction steps
        """The three plots, one per step, then the data drawn on them.

        Built staged, the theorem's margin (an iterative solve, tens of milliseconds) is left to
        a worker once the tab is up, so it does not compete with the build.
        """
        for make, texts in ((self._make_boundary_plot, self._boundary_plot_texts),
                            (self._make_mlp_plot, self._mlp_plot_texts),
                            (self._make_mistakes_plot, self._mistakes_plot_texts)):
            make()
            texts()
            yield
        if not self._staged:
            self._compute_margin(self._features())
        self._connect()
        self._data_changed(reset_mlp=True, margin_known=True)

    def rest_built(self) -> None:
        for box in (self.controls_scroll, self.mlp_group):
            box.setEnabled(True)
        if self.margin is None:
            self._compute_margin(self._features(), background=True)
        self._refresh_texts()

    # ================================================================== construction
    def _build_controls(self) -> None:
        panel = QWidget()
        col = QVBoxLayout(panel)
        col.setContentsMargins(0, 0, 4, 0)

        # ---- data
        self.data_group = QGroupBox(panel, objectName="dataGroup")
        form = QFormLayout(self.data_group)
        self.dataset_combo = QComboBox(objectName="datasetCombo")
        for kind in toy2d.DATASET_KINDS:
            self.dataset_combo.addItem(kind, kind)
        self.points_spin = QSpinBox(objectName="pointsSpin")
        self.points_spin.setRange(4, 300)
        self.points_spin.setValue(50)
        self.margin_spin = QDoubleSpinBox(objectName="marginSpin")
        self.margin_spin.setRange(0.0, 2.0)
        self.margin_spin.setSingleStep(0.1)
        self.margin_spin.setValue(0.3)
        self.noise_spin = QDoubleSpinBox(objectName="noiseSpin")
        self.noise_spin.setRange(0.0, 1.0)
        self.noise_spin.setSingleStep(0.05)
        self.noise_spin.setValue(0.0)
        self.points_label, self.margin_label, self.noise_label = QLabel(), QLabel(), QLabel()
        self.dataset_label = QLabel()
        form.addRow(self.dataset_label, self.dataset_combo)
        form.addRow(self.points_label, self.points_spin)
        form.addRow(self.margin_label, self.margin_spin)
        form.addRow(self.noise_label, self.noise_spin)
        buttons = QGridLayout()
        self.regenerate_button = QPushButton(objectName="regenerateButton")
        self.clear_button = QPushButton(objectName="clearButton")
        self.save_button = QPushButton(objectName="saveCsvButton")
        self.load_button = QPushButton(objectName="loadCsvButton")
        buttons.addWidget(self.regenerate_button, 0, 0)
        buttons.addWidget(self.clear_button, 0, 1)
        buttons.addWidget(self.save_button, 1, 0)
        buttons.addWidget(self.load_button, 1, 1)
        form.addRow(buttons)
        self.point_count_label = QLabel(objectName="pointCountLabel")
        self.click_hint = QLabel(objectName="clickHintLabel")
        self.click_hint.setWordWrap(True)
        self.click_hint.setStyleSheet("color: gray")
        self.data_message = QLabel(objectName="dataMessageLabel")
        self.data_message.setWordWrap(True)
        self.data_message.setVisible(False)
        form.addRow(self.point_count_label)
        form.addRow(self.click_hint)
        form.addRow(self.data_message)
        col.addWidget(self.data_group)

        # ---- perceptron
        self.perc_group = QGroupBox(panel, objectName="perceptronGroup")
        pv = QVBoxLayout(self.perc_group)
        row = QHBoxLayout()
        self.step_button = QPushButton(objectName="stepButton")
        self.step_button.setShortcut(QKeySequence("S"))
        self.run_button = QPushButton(objectName="runButton")
        self.run_button.setCheckable(True)
        self.run_button.setShortcut(QKeySequence("R"))
        self.reset_button = QPushButton(objectName="resetButton")
        self.reset_button.setShortcut(QKeySequence("Ctrl+R"))
        row.addWidget(self.step_button)
        row.addWidget(self.run_button)
        row.addWidget(self.reset_button)
        pv.addLayout(row)
        srow = QHBoxLayout()
        self.speed_caption = QLabel()
        self.speed_slider = QSlider(Qt.Orientation.Horizontal, objectName="speedSlider")
        self.speed_slider.setRange(0, 30)   # 10^(v/10): 1 … 1000 samples per second
        self.speed_slider.setValue(10)
        self.speed_label = QLabel(objectName="speedLabel")
        self.speed_label.setMinimumWidth(70)
        srow.addWidget(self.speed_caption)
        srow.addWidget(self.speed_slider, 1)
        srow.addWidget(self.speed_label)
        pv.addLayout(srow)
        self.feature_check = QCheckBox(objectName="featureCheck")
        pv.addWidget(self.feature_check)
        self.update_count_label = QLabel(objectName="updateCountLabel")
        self.epoch_label = QLabel(objectName="epochLabel")
        self.step_label = QLabel(objectName="stepLabel")
        self.step_label.setWordWrap(True)
        self.step_label.setTextFormat(Qt.TextFormat.RichText)
        self.status_label = QLabel(objectName="perceptronStatusLabel")
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.RichText)
        for w in (self.update_count_label, self.epoch_label, self.step_label, self.status_label):
            pv.addWidget(w)
        col.addWidget(self.perc_group)

        # ---- theorem
        self.theorem_group = QGroupBox(objectName="theoremGroup")
        tv = QFormLayout(self.theorem_group)
        self.radius_label = QLabel(objectName="radiusLabel")
        self.rho_label = QLabel(objectName="rhoLabel")
        self.bound_label = QLabel(objectName="boundLabel")
        self.theorem_updates_label = QLabel(objectName="theoremUpdatesLabel")
        self.xor_label = QLabel(objectName="xorExplanationLabel")
        self.xor_label.setWordWrap(True)
        self.xor_label.setTextFormat(Qt.TextFormat.RichText)
        for w in (self.radius_label, self.rho_label, self.bound_label, self.theorem_updates_label,
                  self.xor_label):
            w.setWordWrap(True)
            tv.addRow(w)

        # ---- MLP (sits above its own plot)
        self.mlp_group = QGroupBox(objectName="mlpGroup")
        mg = QGridLayout(self.mlp_group)
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
        mg.addWidget(self.hidden_caption, 0, 0)
        mg.addWidget(self.hidden_spin, 0, 1)
        mg.addWidget(self.activation_caption, 0, 2)
        mg.addWidget(self.activation_combo, 0, 3)
        mg.addWidget(self.lr_caption, 0, 4)
        mg.addWidget(self.lr_spin, 0, 5)
        mg.addWidget(self.mlp_train_button, 1, 0, 1, 2)
        mg.addWidget(self.mlp_reset_button, 1, 2, 1, 2)
        mg.addWidget(self.hidden_lines_check, 1, 4, 1, 2)
        mg.addWidget(self.mlp_feature_check, 2, 0, 1, 3)
        mg.addWidget(self.mlp_status, 2, 3, 1, 3)
        col.addStretch(1)

        self.controls_scroll = QScrollArea(self, objectName="perceptronControls")
        self.controls_scroll.setWidget(panel)
        self.controls_scroll.setWidgetResizable(True)
        self.controls_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.controls_scroll.setMinimumWidth(320)
        self.controls_scroll.setMaximumWidth(380)

    def _build_frame(self) -> None:
        """Everything right of the controls, with empty places for the plots (made later)."""
        self.right = QSplitter(Qt.Orientation.Horizontal, self)
        self.right.setObjectName("perceptronSplitter")
        left_col = QSplitter(Qt.Orientation.Vertical)
        left_col.setObjectName("perceptronColumn")
        right_col = QSplitter(Qt.Orientation.Vertical)
        right_col.setObjectName("mlpColumn")
        self._boundary_slot = _slot(left_col)

        mlp_box = QWidget()
        mv = QVBoxLayout(mlp_box)
        mv.setContentsMargins(0, 0, 0, 0)
        mv.addWidget(self.mlp_group)
        self._mlp_slot = QVBoxLayout()
        mv.addLayout(self._mlp_slot, 1)
        right_col.addWidget(mlp_box)

        # ---- under the perceptron: mistakes per epoch + the theorem; under the MLP: the guide
        bottom = QWidget()
        bl = QHBoxLayout(bottom)
        bl.setContentsMargins(0, 0, 0, 0)
        self._mistakes_slot = QVBoxLayout()
        bl.addLayout(self._mistakes_slot, 1)
        self.theorem_scroll = QScrollArea(objectName="theoremScroll")
        self.theorem_scroll.setWidget(self.theorem_group)
        self.theorem_scroll.setWidgetResizable(True)
        self.theorem_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.theorem_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        bl.addWidget(self.theorem_scroll, 1)
        left_col.addWidget(bottom)
        self.guide = LessonGuide(None, expanded=True)
        right_col.addWidget(self.guide)
        for col in (left_col, right_col):
            col.setStretchFactor(0, 3)
            col.setStretchFactor(1, 1)
            col.setSizes([540, 230])
        self.right.addWidget(left_col)
        self.right.addWidget(right_col)

    def _make_boundary_plot(self) -> None:
        self.boundary_plot = PointCanvas(None, LIMIT)
        self.boundary_plot.setObjectName("boundaryPlot")
        self.region_image = pg.ImageItem(axisOrder="row-major")
        self.region_image.setObjectName("perceptronRegion")
        self.region_image.setLookupTable(_region_lut())
        self.region_image.setLevels((0, 1))
        self.region_image.setZValue(-10)
        self.region_image.setOpacity(0.35)
        self.boundary_plot.addItem(self.region_image)
        self.decision_curve = pg.PlotCurveItem(pen=pg.mkPen("#d62728", width=2.5),
                                               connect="finite")
        self.decision_curve.setZValue(5)
        self.boundary_plot.addItem(self.decision_curve)
        self.w_old_curve = pg.PlotCurveItem(pen=pg.mkPen("#888888", width=1.5,
                                                         style=Qt.PenStyle.DashLine))
        self.w_curve = pg.PlotCurveItem(pen=pg.mkPen("#2ca02c", width=2.5))
        self.w_arrow = pg.ArrowItem(headLen=14, tipAngle=30, pen=None, brush="#2ca02c")
        for item in (self.w_old_curve, self.w_curve, self.w_arrow):
            item.setZValue(6)
            self.boundary_plot.addItem(item)
        self.current_marker = pg.ScatterPlotItem(size=22, symbol="o", brush=None,
                                                 pen=pg.mkPen("#2ca02c", width=3))
        self.current_marker.setZValue(12)
        self.boundary_plot.addItem(self.current_marker)
        self.w_text = pg.TextItem(anchor=(0, 1), color="#2ca02c")
        self.w_text.setZValue(13)
        self.boundary_plot.addItem(self.w_text)
        self._boundary_slot.addWidget(self.boundary_plot)

    def _make_mlp_plot(self) -> None:
        self.mlp_plot = PointCanvas(None, LIMIT)
        self.mlp_plot.setObjectName("mlpPlot")
        self.heatmap = pg.ImageItem(axisOrder="row-major")
        self.heatmap.setObjectName("mlpHeatmap")
        self.heatmap.setLookupTable(_region_lut())
        self.heatmap.setLevels((0, 1))
        self.heatmap.setZValue(-10)
        self.mlp_plot.addItem(self.heatmap)
        self.hidden_curve = pg.PlotCurveItem(pen=pg.mkPen("#555555", width=1,
                                                          style=Qt.PenStyle.DashLine),
                                             connect="finite")
        self.hidden_curve.setZValue(4)
        self.mlp_plot.addItem(self.hidden_curve)
        self._mlp_slot.addWidget(self.mlp_plot)

    def _make_mistakes_plot(self) -> None:
        background, _ = theme.plot_colors()
        self.mistakes_plot = pg.PlotWidget(background=background)
        self.mistakes_plot.setObjectName("mistakesPlot")
        self.mistakes_plot.setMouseEnabled(x=False, y=False)
        self.mistakes_plot.showGrid(y=True, alpha=0.2)
        self.mistakes_curve = pg.PlotDataItem(stepMode="center", fillLevel=0,
                                              brush=pg.mkBrush("#d6272880"),
                                              pen=pg.mkPen("#d62728", width=1.5))
        self.mistakes_plot.addItem(self.mistakes_curve)
        self.mistakes_plot.setMinimumHeight(120)
        self._mistakes_slot.addWidget(self.mistakes_plot)

    def _connect(self) -> None:
        self.dataset_combo.currentIndexChanged.connect(lambda _: self._on_kind_changed())
        self.regenerate_button.clicked.connect(lambda: self.regenerate(new_seed=True))
        self.clear_button.clicked.connect(self.clear_points)
        self.save_button.clicked.connect(self._ask_save)
        self.load_button.clicked.connect(self._ask_load)
        self.margin_spin.valueChanged.connect(lambda _: self._regenerate_if_generated())
        self.noise_spin.valueChanged.connect(lambda _: self._regenerate_if_generated())
        self.points_spin.valueChanged.connect(lambda _: self._regenerate_if_generated())
        for canvas in (self.boundary_plot, self.mlp_plot):
            canvas.pointAdded.connect(self.add_point)
            canvas.removeRequested.connect(self.remove_point_near)
        self.step_button.clicked.connect(self.step_once)
        self.run_button.toggled.connect(self._on_run_toggled)
        self.reset_button.clicked.connect(self.reset_perceptron)
        self.speed_slider.valueChanged.connect(lambda _: self._update_speed_label())
        self.feature_check.toggled.connect(lambda _: self._data_changed(reset_mlp=False))
        self.hidden_spin.valueChanged.connect(lambda _: self.reset_mlp())
        self.activation_combo.currentIndexChanged.connect(lambda _: self.reset_mlp())
        self.mlp_feature_check.toggled.connect(lambda _: self.reset_mlp())
        self.lr_spin.valueChanged.connect(self._on_lr_changed)
        self.mlp_train_button.toggled.connect(self._on_mlp_toggled)
        self.mlp_reset_button.clicked.connect(self.reset_mlp)
        self.hidden_lines_check.toggled.connect(lambda _: self.redraw_mlp())

    # ================================================================== texts
    def retranslate_ui(self) -> None:
        names = {
            "separable": self.tr("Linearly separable"),
            "xor_corners": self.tr("XOR: four corners"),
            "xor_noisy": self.tr("XOR: noisy clusters"),
            "circles": self.tr("Circles"),
        }
        for i in range(self.dataset_combo.count()):
            self.dataset_combo.setItemText(i, names[self.dataset_combo.itemData(i)])
        acts = {"relu": "ReLU", "sigmoid": "sigmoid", "tanh": "tanh"}
        for i in range(self.activation_combo.count()):
            self.activation_combo.setItemText(i, acts[self.activation_combo.itemData(i)])
        self.data_group.setTitle(self.tr("Data"))
        self.dataset_label.setText(self.tr("Data set"))
        self.points_label.setText(self.tr("Points"))
        self.margin_label.setText(self.tr("Margin"))
        self.noise_label.setText(self.tr("Noise"))
        self.regenerate_button.setText(self.tr("Regenerate"))
        self.clear_button.setText(self.tr("Clear"))
        self.save_button.setText(self.tr("Save CSV…"))
        self.load_button.setText(self.tr("Load CSV…"))
        self.click_hint.setText(self.tr(
            "On either plot: left-click adds class +1, right-click or Shift-click adds −1, "
            "Ctrl-click removes the nearest point."))
        tips = {
            self.dataset_combo: self.tr("Which points to train on"),
            self.points_spin: self.tr("Number of points when generating"),
            self.margin_spin: self.tr("Gap left around the separating line (separable data)"),
            self.noise_spin: self.tr("Gaussian jitter added to the points"),
            self.regenerate_button: self.tr("Draw a new random set of this kind"),
            self.clear_button: self.tr("Remove every point, then click to add your own"),
            self.save_button: self.tr("Save the points as x1,x2,label rows"),
            self.load_button: self.tr("Load points from a CSV of x1,x2,label (labels ±1 or 0/1)"),
            self.step_button: self.tr("Look at one sample; update w and b if it is "
                                      "misclassified (S)"),
            self.run_button: self.tr("Keep stepping at the chosen speed (R)"),
            self.reset_button: self.tr("Back to w = 0, b = 0 (Ctrl+R)"),
            self.speed_slider: self.tr("Samples per second while running"),
            self.feature_check: self.tr("Train the perceptron on (x₁, x₂, x₁x₂) instead of "
                                        "(x₁, x₂)"),
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
        if self.is_built():
            self._boundary_plot_texts()
            self._mlp_plot_texts()
            self._mistakes_plot_texts()

        self.perc_group.setTitle(self.tr("Perceptron"))
        set_text_keep_shortcut(self.step_button, self.tr("Step"))
        set_text_keep_shortcut(self.reset_button, self.tr("Reset"))
        self.speed_caption.setText(self.tr("Speed"))
        self.feature_check.setText(self.tr("Add the feature x₁x₂"))
        self.theorem_group.setTitle(self.tr("Convergence theorem"))
        self.mlp_group.setTitle(self.tr("Beyond the perceptron: multilayer perceptron"))
        self.hidden_caption.setText(self.tr("Hidden units"))
        self.activation_caption.setText(self.tr("Activation"))
        self.lr_caption.setText(self.tr("Learning rate"))
        self.mlp_reset_button.setText(self.tr("New weights"))
        self.hidden_lines_check.setText(self.tr("Show the hidden units' lines"))
        self.mlp_feature_check.setText(self.tr("MLP also gets x₁x₂"))


        self.guide.set_content(self.tr("Lesson: the perceptron"), guide_html(
            self.tr("A perceptron outputs o = sign(⟨w, x⟩ + b): a line splits the plane into "
                    "class +1 and class −1. Training looks at one sample at a time and, when it "
                    "is misclassified, moves w and b towards it. That is stochastic gradient "
                    "descent with batch size 1 on the loss max(0, −y⟨w, x⟩). If some line "
                    "separates the data with margin ρ, it stops after at most (r² + 1)/ρ² "
                    "updates; XOR has no such line, so it never stops."),
            "if <i>y</i><sub>i</sub>[⟨<b>w</b>, <b>x</b><sub>i</sub>⟩ + <i>b</i>] ≤ 0: "
            "<b>w</b> ← <b>w</b> + <i>y</i><sub>i</sub><b>x</b><sub>i</sub>, "
            "<i>b</i> ← <i>b</i> + <i>y</i><sub>i</sub>",
            [self.tr("Step through a separable set and watch each update turn the line."),
             self.tr("Shrink the margin: the bound (r² + 1)/ρ² grows, and so do the updates."),
             self.tr("Pick XOR: the perceptron cycles for ever. Tick x₁x₂ and it succeeds."),
             self.tr("Train the MLP on XOR and show the hidden units' lines: each is a "
                     "perceptron, and the output layer combines them.")],
            self.tr("Course: 感知机 — training, convergence theorem, the XOR problem, "
                    "multilayer perceptron")))
        self._refresh_texts()

    # Each plot's texts, set as it is made (a staged build) and on every language switch.
    def _boundary_plot_texts(self) -> None:
        self.boundary_plot.setAccessibleName(self.tr("Perceptron decision line and points"))
        self.boundary_plot.getPlotItem().setTitle(
            self.tr("Perceptron: decision line ⟨w, x⟩ + b = 0 and w"))

    def _mlp_plot_texts(self) -> None:
        self.mlp_plot.setAccessibleName(self.tr("Multilayer perceptron decision regions"))
        self.mlp_plot.getPlotItem().setTitle(self.tr("Multilayer perceptron: P(y = +1)"))

    def _mistakes_plot_texts(self) -> None:
        self.mistakes_plot.setAccessibleName(self.tr("Mistakes per epoch"))
        self.mistakes_plot.getPlotItem().setTitle(self.tr("Mistakes per epoch"))
        self.mistakes_plot.setLabel("bottom", self.tr("epoch"))
        self.mistakes_plot.setLabel("left", self.tr("mistakes"))

    # ================================================================== data
    def _kind(self) -> str:
        return str(self.dataset_combo.currentData())

    def _on_kind_changed(self) -> None:
        """A new kind of data: its usual noise level, then fresh points."""
        self.noise_spin.blockSignals(True)
        self.noise_spin.setValue(NOISE_DEFAULTS.get(self._kind(), 0.0))
        self.noise_spin.blockSignals(False)
        self.regenerate(new_seed=False)

    def regenerate(self, new_seed: bool = True) -> None:
        """Draw the chosen kind of data set again (a new random seed unless told otherwise)."""
        if new_seed:
            self._seed += 1
        kind = self._kind()
        self.margin_spin.setEnabled(kind == "separable")
        self.points_spin.setEnabled(kind != "xor_corners")
        self.noise_spin.setEnabled(kind != "xor_corners")
        try:
            self.data = toy2d.make(kind, self.points_spin.value(), self.margin_spin.value(),
                                   self.noise_spin.value(), seed=self._seed)
        except ValueError as exc:
            self._show_message("error", str(exc))
            return
        self._generated = True
        self._show_message(None, "")
        self._data_changed(reset_mlp=kind in ("xor_corners",) or len(self.data) < 8)

    def _regenerate_if_generated(self) -> None:
        if getattr(self, "_generated", False):
            self.regenerate(new_seed=False)

    def clear_points(self) -> None:
        self.data = toy2d.empty()
        self._generated = False
        self._data_changed(reset_mlp=False)

    def add_point(self, x: float, y: float, label: int) -> None:
        """Add a point of class ``label`` (±1) at data coordinates (x, y)."""
        self.data = self.data.add(x, y, label)
        self._generated = False
        self._data_changed(reset_mlp=False)

    def remove_point_near(self, x: float, y: float) -> None:
        before = len(self.data)
        self.data = self.data.remove_nearest(x, y, REMOVE_RADIUS)
        if len(self.data) != before:
            self._generated = False
            self._data_changed(reset_mlp=False)

    def set_data(self, data: toy2d.Toy2D) -> None:
        self.data = data.copy()
        self._generated = False
        self._data_changed(reset_mlp=False)

    def save_csv(self, path: str | Path) -> bool:
        try:
            toy2d.save_csv(self.data, path)
        except OSError as exc:
            self._show_message("error", self.tr("Could not save: %1").replace("%1", str(exc)))
            return False
        self._show_message("info", self.tr("Saved %1 points to %2")
                           .replace("%1", str(len(self.data))).replace("%2", Path(path).name))
        return True

    def load_csv(self, path: str | Path) -> bool:
        """Load points; on a bad file say why and keep the current points."""
        try:
            data = toy2d.load_csv(path)
        except (OSError, ValueError) as exc:
            self._show_message("error", self.tr("Could not load %1: %2")
                               .replace("%1", Path(path).name).replace("%2", str(exc)))
            return False
        self.set_data(data)
        self._show_message("info", self.tr("Loaded %1 points from %2")
                           .replace("%1", str(len(data))).replace("%2", Path(path).name))
        return True

    def export(self) -> None:
        self._ask_save()

    def _ask_save(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save points"),
                                              str(documents_dir() / "points.csv"),
                                              self.tr("CSV files (*.csv)"))
        if path:
            self.save_csv(path)

    def _ask_load(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Load points"), str(documents_dir()),
                                              self.tr("CSV files (*.csv);;All files (*)"))
        if path:
            self.load_csv(path)

    def _show_message(self, kind: str | None, text: str) -> None:
        self._message = (kind, text) if kind else None
        self.data_message.setVisible(bool(kind))
        self.data_message.setText(text)
        color = "#d62728" if kind == "error" else "#2ca02c"
        self.data_message.setStyleSheet(f"color: {color}")

    def _features(self) -> np.ndarray:
        return toy2d.xor_feature(self.data.X) if self.feature_check.isChecked() else self.data.X

    def _data_changed(self, reset_mlp: bool, margin_known: bool = False) -> None:
        """New points or features: fresh perceptron and theorem numbers; the MLP keeps learning."""
        self._stop_run()
        F = self._features()
        if not margin_known:
            self._compute_margin(F)
        self.perceptron = P.Perceptron(F, self.data.y, max_epochs=self._epoch_limit())
        self.last_step = None
        for canvas in (self.boundary_plot, self.mlp_plot):
            canvas.set_points(self.data.X, self.data.y)
        if reset_mlp or self.mlp is None:
            self.reset_mlp()
        else:
            self._mlp_loss = self.mlp.loss(self.data.X, self.data.y) if len(self.data) else math.nan
            self.redraw_mlp()
        self.redraw_perceptron()

    def _compute_margin(self, F: np.ndarray, background: bool = False) -> None:
        """ρ of the best separator: at once in 2-D (fast, exact), on a worker for many 3-D ones
        (or when asked to)."""
        self._margin_generation += 1
        if not background and (F.shape[1] == 2 or len(F) <= SYNC_MARGIN_POINTS):
            self.margin = P.max_margin(F, self.data.y)
            return
        self.margin = None
        generation = self._margin_generation
        jobs.start_job(P.max_margin, F.copy(), self.data.y.copy(),
                       connect={"returned": lambda m: self._margin_ready(generation, m)})

    def _margin_ready(self, generation: int, margin: P.Margin) -> None:
        if generation != self._margin_generation:
            return  # the points changed meanwhile
        self.margin = margin
        if self.perceptron is not None:
            self.perceptron.max_epochs = self._epoch_limit()
        self._refresh_texts()

    def margin_pending(self) -> bool:
        return self.margin is None

    def _epoch_limit(self) -> int:
        """Separable: enough epochs for the bound (every epoch but the last has an update)."""
        if self.margin is None:
            return PENDING_EPOCHS
        if self.margin.separable:
            bound = P.convergence_bound(P.radius(self._features()), self.margin.rho)
            return int(min(max(bound + 2, 10), 10_000_000))
        return NONSEPARABLE_EPOCHS

    # ================================================================== perceptron
    def step_once(self) -> P.PerceptronStep | None:
        """One sample; returns what happened (None when training has finished)."""
        if self.perceptron is None:
            return None
        s = self.perceptron.step()
        if s is not None:
            self.last_step = s
        self.redraw_perceptron()
        return s

    def run_steps(self, n: int) -> None:
        """``n`` samples without drawing in between (for scripts and screenshots)."""
        if self.perceptron is None:
            return
        for _ in range(n):
            s = self.perceptron.step()
            if s is None:
                break
            self.last_step = s
        self.redraw_perceptron()

    def reset_perceptron(self) -> None:
        self._stop_run()
        if self.perceptron is not None:
            self.perceptron.reset()
        self.last_step = None
        self.redraw_perceptron()

    def steps_per_second(self) -> float:
        return 10 ** (self.speed_slider.value() / 10)

    def _update_speed_label(self) -> None:
        self.speed_label.setText(self.tr("%1 /s").replace("%1", f"{self.steps_per_second():.0f}"))

    def _on_run_toggled(self, running: bool) -> None:
        if running and self.perceptron is not None and self.perceptron.finished:
            self.perceptron.reset()
        if running:
            self._speed_carry = 0.0
            self.run_timer.start()
        else:
            self.run_timer.stop()
        self._refresh_texts()

    def _stop_run(self) -> None:
        self.run_timer.stop()
        if self.run_button.isChecked():
            self.run_button.blockSignals(True)
            self.run_button.setChecked(False)
            self.run_button.blockSignals(False)

    def _run_tick(self) -> None:
        if self.perceptron is None or self.perceptron.finished:
            self._stop_run()
            self._refresh_texts()
            return
        self._speed_carry += self.steps_per_second() * TICK_MS / 1000
        n = int(self._speed_carry)
        self._speed_carry -= n
        if n:
            self.run_steps(n)
        if self.perceptron.finished:
            self._stop_run()
            self._refresh_texts()

    def redraw_perceptron(self) -> None:
        p = self.perceptron
        if p is None:
            return
        featured = self.feature_check.isChecked()
        w, b = p.w, p.b
        if not w.any() and b == 0:
            self.decision_curve.setData([], [])
            self.region_image.clear()
        else:
            if featured:
                xs, ys = _feature_boundary(w, b, LIMIT)
            else:
                xs, ys = line_segment(float(w[0]), float(w[1]), b, LIMIT)
            self.decision_curve.setData(xs, ys, connect="finite")
            axis = mlp2d.grid_axis(GRID, LIMIT)
            gx, gy = np.meshgrid(axis, axis)
            score = w[0] * gx + w[1] * gy + b + (w[2] * gx * gy if featured else 0.0)
            self.region_image.setImage(np.where(score > 0, 1.0, 0.0), levels=(0.0, 1.0))
            _place(self.region_image)
        self._draw_w(w, featured)
        s = self.last_step
        if s is None:
            self.current_marker.setData([], [])
            self.w_old_curve.setData([], [])
        else:
            pt = self.data.X[s.index] if s.index < len(self.data) else s.x[:2]
            color = "#d62728" if s.mistake else "#2ca02c"
            self.current_marker.setData([pt[0]], [pt[1]], pen=pg.mkPen(color, width=3))
            if s.mistake and not featured:
                ox, oy = _w_display(s.w_before)
                self.w_old_curve.setData([0, ox], [0, oy])
            else:
                self.w_old_curve.setData([], [])
        if p.mistakes_per_epoch or p.epoch_mistakes:
            counts = list(p.mistakes_per_epoch)
            if not p.finished and p.position > 0:
                counts.append(p.epoch_mistakes)
            heights = np.array(counts, dtype=float)
            edges = np.arange(len(heights) + 1, dtype=float) + 0.5
            self.mistakes_curve.setData(edges, heights)
        else:
            self.mistakes_curve.setData([], [])
        self._refresh_texts()

    def _draw_w(self, w: np.ndarray, featured: bool) -> None:
        if featured or not w[:2].any():
            for item in (self.w_curve,):
                item.setData([], [])
            self.w_arrow.setVisible(False)
            self.w_text.setVisible(False)
            return
        x, y = _w_display(w)
        self.w_curve.setData([0, x], [0, y])
        # ArrowItem angle 0 points left; rotate to point along w (screen y is flipped by the view).
        self.w_arrow.setStyle(angle=180 - math.degrees(math.atan2(y, x)))
        self.w_arrow.setPos(x, y)
        self.w_arrow.setVisible(True)
        self.w_text.setText("w")
        self.w_text.setPos(x, y)
        self.w_text.setVisible(True)

    # ================================================================== MLP
    def reset_mlp(self) -> None:
        """New random weights with the current architecture."""
        try:
            self._mlp_seed += 1
            self.mlp = mlp2d.MLP2D(self.hidden_spin.value(),
                                   str(self.activation_combo.currentData()), self.lr_spin.value(),
                                   seed=self._mlp_seed,
                                   xor_feature=self.mlp_feature_check.isChecked())
        except ValueError as exc:  # the controls' ranges make this unreachable; keep the old net
            log.warning("MLP settings rejected: %s", exc)
            return
        self._mlp_loss = self.mlp.loss(self.data.X, self.data.y) if len(self.data) else math.nan
        self.redraw_mlp()

    def _on_lr_changed(self, value: float) -> None:
        if self.mlp is not None:
            self.mlp.lr = float(value)

    def _on_mlp_toggled(self, running: bool) -> None:
        if running:
            self.mlp_timer.start()
        else:
            self.mlp_timer.stop()
        self._refresh_texts()

    def mlp_tick(self) -> None:
        """A few gradient steps and one heatmap update (the ≥ 30/s path)."""
        if self.mlp is None:
            return
        if len(self.data):
            for _ in range(MLP_STEPS_PER_TICK):
                self._mlp_loss = self.mlp.train_step(self.data.X, self.data.y)
            if not math.isfinite(self._mlp_loss):
                self.mlp_train_button.setChecked(False)
            elif self.mlp.steps >= MLP_MAX_STEPS:
                self.mlp_train_button.setChecked(False)
        self.redraw_mlp()

    def train_mlp(self, steps: int) -> None:
        """Train ``steps`` gradient steps at once (for scripts and screenshots)."""
        if self.mlp is None or not len(self.data):
            return
        for _ in range(steps):
            self._mlp_loss = self.mlp.train_step(self.data.X, self.data.y)
        self.redraw_mlp()

    def redraw_mlp(self) -> None:
        if self.mlp is None:
            return
        self.heatmap.setImage(self.mlp.grid(GRID, LIMIT), levels=(0.0, 1.0))
        _place(self.heatmap)
        if self.hidden_lines_check.isChecked():
            xs, ys = lines_path(self.mlp.hidden_lines(), LIMIT)
            self.hidden_curve.setData(xs, ys, connect="finite")
        else:
            self.hidden_curve.setData([], [])
        self._refresh_mlp_text()

    # ================================================================== status texts
    def _refresh_texts(self) -> None:
        if not hasattr(self, "status_label"):
            return
        self._update_speed_label()
        pos, neg = self.data.counts()
        self.point_count_label.setText(self.tr("Points: %1 of class +1, %2 of class −1")
                                       .replace("%1", str(pos)).replace("%2", str(neg)))
        set_text_keep_shortcut(self.run_button, self.tr("Pause") if self.run_button.isChecked()
                               else self.tr("Run"))
        set_text_keep_shortcut(self.mlp_train_button, self.tr("Pause")
                               if self.mlp_train_button.isChecked() else self.tr("Train"))
        p = self.perceptron
        if p is None:
            return
        self.update_count_label.setText(self.tr("Updates: %1").replace("%1", str(p.updates)))
        shown = p.mistakes_per_epoch[-1] if p.finished and p.mistakes_per_epoch \
            else p.epoch_mistakes
        self.epoch_label.setText(self.tr("Epoch %1 · mistakes in this epoch: %2")
                                 .replace("%1", str(p.epoch + (0 if p.finished else 1)))
                                 .replace("%2", str(shown)))
        self.step_label.setText(self._step_text())
        self.status_label.setText(self._status_text())
        self._refresh_theorem()
        self._refresh_mlp_text()

    def _step_text(self) -> str:
        s = self.last_step
        if s is None:
            return self.tr("w = 0, b = 0. Press Step to look at the first sample.")
        x = ", ".join(f"{v:.2f}" for v in s.x)
        head = (self.tr("Sample #%1: x = (%2), y = %3, y·(⟨w, x⟩ + b) = %4")
                .replace("%1", str(s.index + 1)).replace("%2", x)
                .replace("%3", "+1" if s.label > 0 else "−1").replace("%4", f"{s.score:.2f}"))
        w = ", ".join(f"{v:.2f}" for v in s.w)
        if s.mistake:
            tail = (self.tr("≤ 0: a mistake, so w ← w + y·x = (%1), b ← b + y = %2")
                    .replace("%1", w).replace("%2", f"{s.b:.2f}"))
            return f"{head}<br><span style='color:#d62728'>{tail}</span>"
        tail = self.tr("> 0: correct, no update")
        return f"{head}<br><span style='color:#2ca02c'>{tail}</span>"

    def _status_text(self) -> str:
        p = self.perceptron
        assert p is not None
        if p.status == "empty":
            return self.tr("No points yet: click on a plot to add some.")
        if p.status == "converged":
            return "<b style='color:#2ca02c'>" + self.tr(
                "Converged: a whole epoch without mistakes after %1 updates.").replace(
                "%1", str(p.updates)) + "</b>"
        if p.status == "cycling":
            a, b = p.cycle_epochs or (0, 0)
            return "<b style='color:#d62728'>" + self.tr(
                "Cycling: w and b at the start of epoch %1 are the same as at the start of "
                "epoch %2, so the same epochs will repeat for ever. It never finishes.").replace(
                "%1", str(b + 1)).replace("%2", str(a + 1)) + "</b>"
        if p.status == "epoch_limit":
            return "<b style='color:#d62728'>" + self.tr(
                "Gave up after %1 epochs, each with mistakes: no line fits these points.").replace(
                "%1", str(p.epoch)) + "</b>"
        if self.run_button.isChecked():
            return self.tr("Running…")
        return ""

    def _refresh_theorem(self) -> None:
        p = self.perceptron
        m = self.margin
        if p is None:
            return
        featured = self.feature_check.isChecked()
        space = self.tr(" (in the space of (x₁, x₂, x₁x₂))") if featured else ""
        r = P.radius(p.X)
        self.radius_label.setText(self.tr("Radius r = max ‖x‖ = %1").replace("%1", f"{r:.3f}")
                                  + space)
        if not len(self.data):
            for w in (self.rho_label, self.bound_label, self.theorem_updates_label):
                w.setText("")
            self.xor_label.setText("")
            return
        if m is None:
            self.rho_label.setText(self.tr("Margin ρ: computing…"))
            self.bound_label.setText("")
            self.theorem_updates_label.setText(self.tr("Actual updates: %1")
                                               .replace("%1", str(p.updates)))
            self.xor_label.setVisible(False)
            return
        if m.separable:
            bound = P.convergence_bound(r, m.rho)
            self.rho_label.setText(self.tr("Margin ρ = %1 (best separator with ‖w‖² + b² = 1)")
                                   .replace("%1", f"{m.rho:.4f}"))
            self.bound_label.setText(self.tr("Bound (r² + 1)/ρ² = %1 updates")
                                     .replace("%1", _fmt_bound(bound)))
            self.theorem_updates_label.setText(
                self.tr("Actual updates: %1 ≤ %2").replace("%1", str(p.updates))
                .replace("%2", _fmt_bound(bound)))
            self.xor_label.setText("")
            self.xor_label.setVisible(False)
        else:
            self.rho_label.setText(self.tr("Margin ρ: none — no line separates these points"))
            self.bound_label.setText(self.tr("Bound: the theorem promises nothing here"))
            self.theorem_updates_label.setText(self.tr("Actual updates: %1")
                                               .replace("%1", str(p.updates)))
            self.xor_label.setVisible(True)
            self.xor_label.setText(self._no_line_text())

    def _no_line_text(self) -> str:
        if self._kind() in ("xor_corners", "xor_noisy") or self.data.counts() == (2, 2):
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
        return f"{why}<br><i>{way_out}</i>"

    def _refresh_mlp_text(self) -> None:
        if self.mlp is None or not hasattr(self, "mlp_status"):
            return
        if not len(self.data):
            self.mlp_status.setText(self.tr("No points to train on."))
            return
        acc = self.mlp.accuracy(self.data.X, self.data.y)
        text = (self.tr("Step %1 · loss %2 · accuracy %3%")
                .replace("%1", str(self.mlp.steps))
                .replace("%2", f"{self._mlp_loss:.4f}" if math.isfinite(self._mlp_loss) else "—")
                .replace("%3", f"{100 * acc:.0f}"))
        if not math.isfinite(self._mlp_loss):
            text += " " + self.tr("(diverged: lower the learning rate and press New weights)")
        self.mlp_status.setText(text)

    # ================================================================== lifecycle
    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt naming)
        """Another tab came to the front: pause both animations (nothing to watch)."""
        self._stop_run()
        if self.mlp_train_button.isChecked():
            self.mlp_train_button.setChecked(False)
        self._refresh_texts()
        super().hideEvent(event)

    def shutdown(self) -> None:
        self.run_timer.stop()
        self.mlp_timer.stop()

    def prepare_screenshot(self) -> None:
        """Show a finished perceptron run and a trained MLP (nothing else changes)."""
        self.run_steps(10 * max(len(self.data), 1))
        self.hidden_lines_check.setChecked(True)
        self.train_mlp(400)


def _slot(splitter: QSplitter) -> QVBoxLayout:
    """A place in ``splitter`` for a plot that comes later (the splitter keeps its share)."""
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    splitter.addWidget(holder)
    return layout


def _place(image: pg.ImageItem) -> None:
    """Stretch an image over the canvas square; only valid once it holds data (its size counts)."""
    image.setRect(-LIMIT, -LIMIT, 2 * LIMIT, 2 * LIMIT)


def _w_display(w: np.ndarray) -> tuple[float, float]:
    """w drawn from the origin, shortened to fit the canvas (its direction is what matters)."""
    x, y = float(w[0]), float(w[1])
    norm = math.hypot(x, y)
    if norm > LIMIT * 0.8:
        x, y = x / norm * LIMIT * 0.8, y / norm * LIMIT * 0.8
    return x, y


def _feature_boundary(w: np.ndarray, b: float, limit: float) -> tuple[np.ndarray, np.ndarray]:
    """w₁x₁ + w₂x₂ + w₃x₁x₂ + b = 0 (a hyperbola, or a pair of lines) as one NaN-broken path.

    Solved for x₂ over x₁ and for x₁ over x₂ and both pieces drawn, so steep branches and the
    degenerate cross (e.g. x₁x₂ = 0) are complete.
    """
    t = np.linspace(-limit, limit, 801)
    with np.errstate(divide="ignore", invalid="ignore"):
        denom_y = w[1] + w[2] * t
        x2 = -(w[0] * t + b) / denom_y
        denom_x = w[0] + w[2] * t
        x1 = -(w[1] * t + b) / denom_x
    x2[(np.abs(denom_y) < 1e-9) | ~(np.abs(x2) <= limit)] = np.nan
    x1[(np.abs(denom_x) < 1e-9) | ~(np.abs(x1) <= limit)] = np.nan
    xs = np.concatenate([t, [np.nan], x1])
    ys = np.concatenate([x2, [np.nan], t])
    return xs, ys


def _fmt_bound(bound: float) -> str:
    if not math.isfinite(bound):
        return "∞"
    return f"{bound:,.1f}" if bound < 1e6 else f"{bound:.3g}"
