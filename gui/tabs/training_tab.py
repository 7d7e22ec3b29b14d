"""Training dashboard: hyperparameters, live loss/accuracy curves, runs to compare, results.

A run is an engine ``Trainer`` on a worker thread (see :mod:`gui.training_runner`). Its progress
arrives in chunks, goes into numpy buffers and is drawn by a ~30 Hz timer, so the GUI stays
responsive and the run is barely slower than the headless CLI. Every run is kept, overlaid and
listed with its hyperparameters, so a student can change the learning rate and compare.
"""

from __future__ import annotations

import csv
import io
import logging
import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gui import i18n
from gui import worker as jobs
from gui.settings import dataset_folder, settings
from gui.tabs.base import LabTab
from gui.training_runner import (
    Chunk,
    RegressionTable,
    RunSetup,
    TrainingRunner,
    save_checkpoint_job,
)
from gui.widgets.image_strip import ImageStrip
from gui.widgets.lesson_guide import LessonGuide, guide_html
from gui.widgets.metric_plots import RUN_COLORS, MetricPlots, RunCurves
from gui.widgets.regression_result import RegressionResult
from gui.widgets.runs_list import RunsList

log = logging.getLogger(__name__)

TASKS = ("linreg", "softmax", "mlp")
IMPLS = ("scratch", "concise")
LOSSES = ("l2", "l1", "huber")
#: The course's hyperparameters for each task (3.2 / 3.6 / 4.2).
TASK_DEFAULTS: dict[str, dict[str, Any]] = {
    "linreg": {"lr": 0.03, "batch_size": 10, "epochs": 3},
    "softmax": {"lr": 0.1, "batch_size": 256, "epochs": 10},
    "mlp": {"lr": 0.1, "batch_size": 256, "epochs": 10},
}
REDRAW_MS = 33
SETTINGS_PREFIX = "training"


@dataclass
class Run:
    """One training run as the dashboard keeps it."""

    id: int
    name: str
    color: str
    config: dict[str, Any]
    curves: RunCurves
    data_name: str = ""
    table: RegressionTable | None = None
    status: str = "queued"  # queued | running | completed | stopped | diverged | failed
    message: str = ""
    epochs: list = field(default_factory=list)  # EpochResult
    steps: int = 0
    last_progress: float = 0.0
    last_elapsed: float = 0.0
    trainer: Any = None
    regression: Any = None  # RegressionView
    predictions: Any = None  # Predictions
    started: float = 0.0
    step_args: tuple = ("", "", "", "", "")  # for the status line: epoch, epochs, batch, …


def params_text(config: dict[str, Any]) -> str:
    """Language-neutral one-line summary of a run's hyperparameters."""
    parts = [f"{config['task']}/{config['impl']}"]
    if config["task"] == "linreg":
        loss = config["loss"]
        parts.append(f"huber(δ={config['huber_delta']:g})" if loss == "huber" else loss)
    if config["task"] == "mlp":
        parts.append(f"hidden={config['hidden']}")
    parts += [f"lr={config['lr']:g}", f"B={config['batch_size']}", f"E={config['epochs']}",
              f"seed={config['seed']}", f"σ={config['init_sigma']:g}"]
    if config.get("device", "auto") != "auto":
        parts.append(config["device"])
    return ", ".join(parts)


class TrainingTab(LabTab):
    """The training dashboard (objectName ``trainingTab``)."""

    OBJECT_NAME = "trainingTab"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runs: dict[int, Run] = {}
        self._next_id = 1
        self._runner: TrainingRunner | None = None
        self._active: Run | None = None
        self._queue: list[tuple[dict[str, Any], RegressionTable | None]] = []
        self._table: RegressionTable | None = None
        self._closing = False
        self._restoring = False
        self._status_key: tuple[str, tuple] = ("ready", ())
        self._build_ui()
        self._restore_settings()
        self._connect()
        self._update_controls()
        self._redraw_timer = QTimer(self)
        self._redraw_timer.setInterval(REDRAW_MS)
        self._redraw_timer.timeout.connect(self._redraw)
        # Devices need torch: ask on a worker once the window is up, never during construction.
        jobs.after_startup(self._probe_devices)

    # ================================================================== construction
    def _build_ui(self) -> None:
        # ---- hyperparameters
        self.task_combo = QComboBox(objectName="taskCombo")
        for task in TASKS:
            self.task_combo.addItem(task, task)
        self.impl_combo = QComboBox(objectName="implCombo")
        for impl in IMPLS:
            self.impl_combo.addItem(impl, impl)
        self.loss_combo = QComboBox(objectName="lossCombo")
        for loss in LOSSES:
            self.loss_combo.addItem(loss, loss)
        self.huber_spin = _double_spin("huberDeltaSpin", 0.01, 100.0, 1.0, 2, 0.1)
        self.lr_spin = _double_spin("lrSpin", 0.0001, 100.0, 0.1, 4, 0.01)
        self.lr_spin.setStepType(QDoubleSpinBox.StepType.AdaptiveDecimalStepType)
        self.batch_spin = _int_spin("batchSpin", 1, 60000, 256)
        self.epochs_spin = _int_spin("epochsSpin", 1, 1000, 10)
        self.seed_spin = _int_spin("seedSpin", 0, 2**31 - 1, 0)
        self.sigma_spin = _double_spin("initSigmaSpin", 0.0001, 10.0, 0.01, 4, 0.01)
        self.sigma_spin.setStepType(QDoubleSpinBox.StepType.AdaptiveDecimalStepType)
        self.hidden_spin = _int_spin("hiddenSpin", 1, 4096, 256)
        self.device_combo = QComboBox(objectName="deviceCombo")
        self.device_combo.addItem("auto", "auto")
        self.device_combo.addItem("cpu", "cpu")

        self.params_box = QGroupBox(objectName="paramsBox")
        form = QFormLayout(self.params_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form_labels: dict[str, QLabel] = {}
        loss_row = QWidget()
        loss_layout = QHBoxLayout(loss_row)
        loss_layout.setContentsMargins(0, 0, 0, 0)
        self.huber_label = QLabel("δ")
        loss_layout.addWidget(self.loss_combo, 1)
        loss_layout.addWidget(self.huber_label)
        loss_layout.addWidget(self.huber_spin)
        for key, widget in (("task", self.task_combo), ("impl", self.impl_combo),
                            ("loss", loss_row), ("lr", self.lr_spin), ("batch", self.batch_spin),
                            ("epochs", self.epochs_spin), ("seed", self.seed_spin),
                            ("sigma", self.sigma_spin), ("hidden", self.hidden_spin),
                            ("device", self.device_combo)):
            label = QLabel()
            label.setBuddy(widget if key != "loss" else self.loss_combo)
            self.form_labels[key] = label
            form.addRow(label, widget)
        self._form = form

        # ---- data in use
        self.data_label = QLabel(objectName="dataLabel")
        self.data_label.setWordWrap(True)
        self.synthetic_button = QPushButton(objectName="syntheticButton")

        # ---- run controls
        self.start_button = QPushButton(objectName="startButton")
        self.start_button.setDefault(True)
        self.pause_button = QPushButton(objectName="pauseButton")
        self.stop_button = QPushButton(objectName="stopButton")
        self.progress_bar = QProgressBar(objectName="progressBar")
        self.progress_bar.setRange(0, 1000)
        self.progress_bar.setValue(0)
        self.status_label = QLabel(objectName="statusLabel")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label.setMinimumHeight(36)
        self.status_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        style = self.style()
        self.start_button.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_MediaPlay))
        self.stop_button.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_MediaStop))
        buttons = QHBoxLayout()
        for b in (self.start_button, self.pause_button, self.stop_button):
            buttons.addWidget(b)

        # ---- course experiments
        self.experiments_box = QGroupBox(objectName="experimentsBox")
        self.lr_experiment_button = QPushButton(objectName="lrExperimentButton")
        self.batch_experiment_button = QPushButton(objectName="batchExperimentButton")
        self.impl_experiment_button = QPushButton(objectName="implExperimentButton")
        self.queue_label = QLabel(objectName="queueLabel")
        grid = QGridLayout(self.experiments_box)
        grid.addWidget(self.lr_experiment_button, 0, 0, 1, 2)
        grid.addWidget(self.batch_experiment_button, 1, 0)
        grid.addWidget(self.impl_experiment_button, 1, 1)
        grid.addWidget(self.queue_label, 2, 0, 1, 2)

        self.guide = LessonGuide(self, expanded=True)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(4, 4, 4, 4)
        left_layout.addWidget(self.params_box)
        data_row = QVBoxLayout()
        data_row.addWidget(self.data_label)
        data_row.addWidget(self.synthetic_button)
        left_layout.addLayout(data_row)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.progress_bar)
        left_layout.addWidget(self.status_label)
        left_layout.addWidget(self.experiments_box)
        left_layout.addWidget(self.guide, 1)
        scroll = QScrollArea(self)
        scroll.setObjectName("trainingControls")
        scroll.setWidget(left)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(330)
        scroll.setMaximumWidth(380)

        # ---- plots
        self.plots = MetricPlots(self)
        self.loss_plot = self.plots.loss_plot
        self.acc_plot = self.plots.acc_plot

        # ---- runs
        self.runs_list = RunsList(self)
        self.delete_button = QPushButton(objectName="deleteRunButton")
        self.clear_button = QPushButton(objectName="clearRunsButton")
        self.save_model_button = QPushButton(objectName="saveModelButton")
        self.export_button = QToolButton(objectName="exportButton")
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.export_menu = QMenu(self.export_button)
        self.export_csv_action = self.export_menu.addAction("")
        self.export_csv_action.setObjectName("exportCsvAction")
        self.export_png_action = self.export_menu.addAction("")
        self.export_png_action.setObjectName("exportPngAction")
        self.export_svg_action = self.export_menu.addAction("")
        self.export_svg_action.setObjectName("exportSvgAction")
        self.export_pt_action = self.export_menu.addAction("")
        self.export_pt_action.setObjectName("exportCheckpointAction")
        self.export_button.setMenu(self.export_menu)
        runs_buttons = QHBoxLayout()
        for b in (self.delete_button, self.clear_button):
            runs_buttons.addWidget(b)
        runs_buttons.addStretch(1)
        runs_buttons.addWidget(self.save_model_button)
        runs_buttons.addWidget(self.export_button)
        self.runs_title = QLabel()
        self.runs_title.setStyleSheet("font-weight: bold")
        runs_panel = QWidget()
        runs_layout = QVBoxLayout(runs_panel)
        runs_layout.setContentsMargins(0, 0, 0, 0)
        runs_layout.addWidget(self.runs_title)
        runs_layout.addWidget(self.runs_list, 1)
        runs_layout.addLayout(runs_buttons)

        # ---- results of the selected run
        self.result_title = QLabel(objectName="resultTitle")
        self.result_title.setStyleSheet("font-weight: bold")
        self.result_stack = QStackedWidget(objectName="resultStack")
        self.result_placeholder = QLabel()
        self.result_placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.result_placeholder.setWordWrap(True)
        self.regression_result = RegressionResult(self)
        self.prediction_strip = ImageStrip(self, columns=6, scale=2)
        self.prediction_strip.setObjectName("predictionStrip")
        strip_scroll = QScrollArea()
        strip_scroll.setWidget(self.prediction_strip)
        strip_scroll.setWidgetResizable(True)
        strip_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.result_stack.addWidget(self.result_placeholder)
        self.result_stack.addWidget(self.regression_result)
        self.result_stack.addWidget(strip_scroll)
        result_panel = QWidget()
        result_layout = QVBoxLayout(result_panel)
        result_layout.setContentsMargins(0, 0, 0, 0)
        result_layout.addWidget(self.result_title)
        result_layout.addWidget(self.result_stack, 1)

        bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.setObjectName("trainingBottomSplitter")
        bottom.addWidget(runs_panel)
        bottom.addWidget(result_panel)
        bottom.setStretchFactor(0, 1)
        bottom.setStretchFactor(1, 1)
        right = QSplitter(Qt.Orientation.Vertical)
        right.setObjectName("trainingSplitter")
        right.addWidget(self.plots)
        right.addWidget(bottom)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 2)
        right.setSizes([420, 300])

        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(scroll)
        layout.addWidget(right, 1)

        # ---- keyboard shortcuts for the main actions
        self._shortcuts = []
        for keys, slot in (("Ctrl+Return", self.start_run), ("Ctrl+Enter", self.start_run),
                           ("Ctrl+P", self.toggle_pause), ("Ctrl+.", self.stop_run)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
            self._shortcuts.append(shortcut)

    def _connect(self) -> None:
        self.task_combo.currentIndexChanged.connect(self._on_task_changed)
        for widget in (self.impl_combo, self.loss_combo, self.device_combo):
            widget.currentIndexChanged.connect(self._on_param_changed)
        for spin in (self.huber_spin, self.lr_spin, self.batch_spin, self.epochs_spin,
                     self.seed_spin, self.sigma_spin, self.hidden_spin):
            spin.valueChanged.connect(self._on_param_changed)
        self.start_button.clicked.connect(self.start_run)
        self.pause_button.clicked.connect(self.toggle_pause)
        self.stop_button.clicked.connect(self.stop_run)
        self.synthetic_button.clicked.connect(self.use_synthetic_data)
        self.lr_experiment_button.clicked.connect(lambda: self.run_experiment("lr"))
        self.batch_experiment_button.clicked.connect(lambda: self.run_experiment("batch"))
        self.impl_experiment_button.clicked.connect(lambda: self.run_experiment("impl"))
        self.runs_list.visibilityChanged.connect(self.plots.set_run_visible)
        self.runs_list.visibilityChanged.connect(self._update_acc_hint)
        self.runs_list.deleteRequested.connect(self.delete_runs)
        self.runs_list.currentRunChanged.connect(lambda _: self._show_result())
        self.runs_list.itemSelectionChanged.connect(self._update_controls)
        self.delete_button.clicked.connect(self.runs_list.request_delete_selected)
        self.clear_button.clicked.connect(lambda: self.delete_runs(list(self.runs)))
        self.save_model_button.clicked.connect(lambda: self.save_model())
        self.export_csv_action.triggered.connect(lambda: self._export_dialog("csv"))
        self.export_png_action.triggered.connect(lambda: self._export_dialog("png"))
        self.export_svg_action.triggered.connect(lambda: self._export_dialog("svg"))
        self.export_pt_action.triggered.connect(lambda: self._export_dialog("pt"))
        self.plots.smoothing_slider.valueChanged.connect(self._save_view_settings)
        self.plots.log_check.toggled.connect(self._save_view_settings)

    # ================================================================== texts
    def retranslate_ui(self) -> None:
        task_names = {"linreg": self.tr("Linear regression"),
                      "softmax": self.tr("Softmax regression"),
                      "mlp": self.tr("Multilayer perceptron")}
        for i in range(self.task_combo.count()):
            self.task_combo.setItemText(i, task_names[self.task_combo.itemData(i)])
        impl_names = {"scratch": self.tr("From scratch"), "concise": self.tr("Concise (nn.Module)")}
        for i in range(self.impl_combo.count()):
            self.impl_combo.setItemText(i, impl_names[self.impl_combo.itemData(i)])
        loss_names = {"l2": self.tr("L2 (squared loss)"), "l1": self.tr("L1 (absolute loss)"),
                      "huber": self.tr("Huber")}
        for i in range(self.loss_combo.count()):
            self.loss_combo.setItemText(i, loss_names[self.loss_combo.itemData(i)])
        self._retranslate_devices()
        labels = {"task": self.tr("&Task:"), "impl": self.tr("&Implementation:"),
                  "loss": self.tr("L&oss:"), "lr": self.tr("&Learning rate η:"),
                  "batch": self.tr("&Batch size:"), "epochs": self.tr("&Epochs:"),
                  "seed": self.tr("&Seed:"), "sigma": self.tr("Init &σ:"),
                  "hidden": self.tr("&Hidden units:"), "device": self.tr("&Device:")}
        for key, text in labels.items():
            self.form_labels[key].setText(text)
        tips = {
            self.task_combo: self.tr("What to train: linear regression on y = Xw + b + ε, or "
                                     "softmax regression on Fashion-MNIST"),
            self.impl_combo: self.tr("From scratch: hand-written model, loss and minibatch SGD; "
                                     "concise: nn.Linear, nn loss and torch.optim.SGD"),
            self.loss_combo: self.tr("Loss for linear regression"),
            self.huber_spin: self.tr("Huber δ: quadratic within ±δ, linear beyond"),
            self.lr_spin: self.tr("Learning rate η: step size of minibatch SGD "
                                  "(too large and the loss becomes NaN)"),
            self.batch_spin: self.tr("Batch size: examples per minibatch"),
            self.epochs_spin: self.tr("Epochs: passes over the training data"),
            self.seed_spin: self.tr("Random seed: same seed, same data order and initial weights"),
            self.sigma_spin: self.tr("Standard deviation of the initial weights, N(0, σ²)"),
            self.hidden_spin: self.tr("Hidden units of the multilayer perceptron"),
            self.device_combo: self.tr("Where to compute: automatic picks the GPU when there "
                                       "is one"),
        }
        for widget, tip in tips.items():
            widget.setToolTip(tip)
            widget.setAccessibleName(tip.split(":")[0])
        self.huber_spin.setAccessibleName(self.tr("Huber delta"))
        self.params_box.setTitle(self.tr("Hyperparameters"))
        self.synthetic_button.setText(self.tr("Use synthetic data instead"))
        self.synthetic_button.setToolTip(self.tr("Go back to the course's synthetic data "
                                                 "y = Xw + b + ε"))
        self.start_button.setText(self.tr("Start"))
        self.start_button.setToolTip(self.tr("Start a run with these hyperparameters (Ctrl+Enter)"))
        self.stop_button.setText(self.tr("Stop"))
        self.stop_button.setToolTip(self.tr("Stop the run after the current batch (Ctrl+.)"))
        self._update_pause_text()
        self.pause_button.setToolTip(self.tr("Pause or resume the run (Ctrl+P)"))
        for button in (self.start_button, self.pause_button, self.stop_button):
            button.setAccessibleName(button.text())
        self.progress_bar.setAccessibleName(self.tr("Progress"))
        self.experiments_box.setTitle(self.tr("Course experiments (one click)"))
        self.lr_experiment_button.setText(self.tr("Learning rate 0.01 / 0.1 / 1"))
        self.lr_experiment_button.setToolTip(
            self.tr("Three runs one after another, identical except for the learning rate"))
        self.batch_experiment_button.setText(self.tr("Batch size 1 vs 256"))
        self.batch_experiment_button.setToolTip(
            self.tr("Two runs: minibatches of one example and of 256 examples"))
        self.impl_experiment_button.setText(self.tr("Scratch vs concise"))
        self.impl_experiment_button.setToolTip(
            self.tr("Both implementations on the same seed: the curves should coincide"))
        self.plots.set_texts(
            smoothing=self.tr("Smoothing:"), log_scale=self.tr("Log scale"),
            loss_title=self.tr("Loss (faint: per batch · bold: smoothed · dots: epoch mean)"),
            acc_title=self.tr("Accuracy (solid: test · dashed: train)"),
            epoch=self.tr("epoch"), loss=self.tr("loss"), accuracy=self.tr("accuracy"),
            smoothing_tip=self.tr("Exponential moving average of the batch losses, debiased "
                                  "as in TensorBoard"),
            log_tip=self.tr("Logarithmic loss axis"),
            acc_hint=self.tr("Accuracy is measured for classification (softmax regression, "
                             "multilayer perceptron). Linear regression has only a loss."))
        self.runs_title.setText(self.tr("Runs"))
        self.runs_list.set_headers([self.tr("Run"), self.tr("Final metrics"), self.tr("Status"),
                                    self.tr("Hyperparameters")])
        self.runs_list.setToolTip(self.tr("Tick to show a run's curves; Delete removes it"))
        self.runs_list.setAccessibleName(self.tr("Runs"))
        self.delete_button.setText(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Delete the selected runs (Del)"))
        self.clear_button.setText(self.tr("Clear all"))
        self.clear_button.setToolTip(self.tr("Delete every finished run"))
        self.save_model_button.setText(self.tr("Save model"))
        self.save_model_button.setToolTip(
            self.tr("Save the selected run's model to the models folder; the classifier tab "
                    "lists it"))
        self.export_button.setText(self.tr("Export"))
        self.export_button.setToolTip(self.tr("Export metrics, plots or the model (Ctrl+E)"))
        self.export_csv_action.setText(self.tr("Metrics as CSV…"))
        self.export_png_action.setText(self.tr("Plots as PNG…"))
        self.export_svg_action.setText(self.tr("Plots as SVG…"))
        self.export_pt_action.setText(self.tr("Model checkpoint (.pt)…"))
        self.result_placeholder.setText(
            self.tr("Results of the selected run appear here when it has finished: the learned "
                    "w and b for linear regression, test images with their predicted labels for "
                    "classification."))
        self.prediction_strip.set_placeholder(self.tr("No predictions"))
        for run in self.runs.values():
            self._update_run_row(run)
        self._update_data_label()
        self._update_queue_label()
        self._update_guide()
        self._show_status()
        self._show_result()

    def _retranslate_devices(self) -> None:
        for i in range(self.device_combo.count()):
            data = self.device_combo.itemData(i)
            if data == "auto":
                self.device_combo.setItemText(i, self.tr("Automatic"))
            elif data == "cpu":
                self.device_combo.setItemText(i, "CPU")
            else:
                self.device_combo.setItemText(i, str(data).upper().replace("CUDA", "CUDA GPU"))

    def _update_guide(self) -> None:
        task = self.task_combo.currentData()
        if task == "linreg":
            html = guide_html(
                self.tr("Linear regression learns w and b by <b>minibatch stochastic gradient "
                        "descent</b>: take a random minibatch, compute the gradient of its mean "
                        "loss, step against it. The two key hyperparameters are the "
                        "<b>learning rate</b> and the <b>batch size</b>."),
                "<b>w</b> ← <b>w</b> − (η/|ℬ|) Σ<sub><i>i</i>∈ℬ</sub> ∂<sub><b>w</b></sub> "
                "<i>l</i><sup>(<i>i</i>)</sup>(<b>w</b>, <i>b</i>)",
                [self.tr("Learning rate 0.01 / 0.1 / 1: too small crawls, too large jumps around "
                         "or becomes NaN."),
                 self.tr("Batch size 1 vs 256: noisy steps versus smooth but fewer steps."),
                 self.tr("Compare the learned w and b with the true ones, w = [2, −3.4], b = 4.2."),
                 self.tr("Switch the loss to L1 or Huber; prepare a table in Preprocessing and "
                         "train on it.")],
                self.tr("Course: 3.1–3.3 Linear regression, from scratch and concise"))
        else:
            html = guide_html(
                self.tr("Softmax regression maps an image to 10 class scores; softmax turns "
                        "them into probabilities and <b>cross-entropy</b> punishes a low "
                        "probability for the true class. Training is the same minibatch SGD loop."),
                "<b>ŷ</b> = softmax(<b>W</b><b>x</b> + <b>b</b>),&nbsp; "
                "<i>l</i>(<b>y</b>, <b>ŷ</b>) = −log <i>ŷ</i><sub><i>y</i></sub>",
                [self.tr("Watch train and test accuracy: do they drift apart?"),
                 self.tr("Learning rate 0.01 / 0.1 / 1 on Fashion-MNIST."),
                 self.tr("Scratch vs concise on the same seed give the same curves."),
                 self.tr("Save the model and test it on your own pictures in the Classifier tab.")],
                self.tr("Course: 3.4–3.7 Softmax regression, image classification data set"))
        self.guide.set_content(self.tr("Lesson guide"), html)

    # ================================================================== settings
    def _restore_settings(self) -> None:
        store = settings()
        self._restoring = True
        try:
            _select_data(self.task_combo, store.value(f"{SETTINGS_PREFIX}/task", "softmax"))
            _select_data(self.impl_combo, store.value(f"{SETTINGS_PREFIX}/impl", "concise"))
            _select_data(self.loss_combo, store.value(f"{SETTINGS_PREFIX}/loss", "l2"))
            self.huber_spin.setValue(_float(store.value(f"{SETTINGS_PREFIX}/huber_delta"), 1.0))
            self.seed_spin.setValue(_int(store.value(f"{SETTINGS_PREFIX}/seed"), 0))
            self.sigma_spin.setValue(_float(store.value(f"{SETTINGS_PREFIX}/init_sigma"), 0.01))
            self.hidden_spin.setValue(_int(store.value(f"{SETTINGS_PREFIX}/hidden"), 256))
            device = str(store.value(f"{SETTINGS_PREFIX}/device", "auto"))
            if self.device_combo.findData(device) < 0:
                self.device_combo.addItem(device, device)
            _select_data(self.device_combo, device)
            self._load_task_values(self.task_combo.currentData())
            self.plots.smoothing_slider.setValue(
                _int(store.value(f"{SETTINGS_PREFIX}/smoothing"), 60))
            self.plots.set_log_scale(str(store.value(f"{SETTINGS_PREFIX}/log_scale", "false"))
                                     .lower() in ("true", "1"))
        finally:
            self._restoring = False

    def _load_task_values(self, task: str) -> None:
        store = settings()
        defaults = TASK_DEFAULTS.get(task, TASK_DEFAULTS["softmax"])
        self.lr_spin.setValue(_float(store.value(f"{SETTINGS_PREFIX}/{task}/lr"), defaults["lr"]))
        self.batch_spin.setValue(_int(store.value(f"{SETTINGS_PREFIX}/{task}/batch_size"),
                                      defaults["batch_size"]))
        self.epochs_spin.setValue(_int(store.value(f"{SETTINGS_PREFIX}/{task}/epochs"),
                                       defaults["epochs"]))

    def save_settings(self) -> None:
        """Keep the hyperparameters (per task for lr, batch size and epochs)."""
        store = settings()
        task = self.task_combo.currentData()
        p = SETTINGS_PREFIX
        store.setValue(f"{p}/task", task)
        store.setValue(f"{p}/impl", self.impl_combo.currentData())
        store.setValue(f"{p}/loss", self.loss_combo.currentData())
        store.setValue(f"{p}/huber_delta", self.huber_spin.value())
        store.setValue(f"{p}/seed", self.seed_spin.value())
        store.setValue(f"{p}/init_sigma", self.sigma_spin.value())
        store.setValue(f"{p}/hidden", self.hidden_spin.value())
        store.setValue(f"{p}/device", self.device_combo.currentData())
        store.setValue(f"{p}/{task}/lr", self.lr_spin.value())
        store.setValue(f"{p}/{task}/batch_size", self.batch_spin.value())
        store.setValue(f"{p}/{task}/epochs", self.epochs_spin.value())

    def _save_view_settings(self, *_args) -> None:
        store = settings()
        store.setValue(f"{SETTINGS_PREFIX}/smoothing", self.plots.smoothing_slider.value())
        store.setValue(f"{SETTINGS_PREFIX}/log_scale", self.plots.log_check.isChecked())

    def _on_param_changed(self, *_args) -> None:
        if not self._restoring:
            self.save_settings()
        self._update_controls()

    def _on_task_changed(self, *_args) -> None:
        if not self._restoring:
            self._restoring = True
            try:
                self._load_task_values(self.task_combo.currentData())
            finally:
                self._restoring = False
            self.save_settings()
        self._update_controls()
        self._update_data_label()
        self._update_guide()

    # ================================================================== devices
    def _probe_devices(self) -> None:
        if not self._closing:
            jobs.start_job(_available_devices, connect={"returned": self._on_devices})

    def _on_devices(self, names: list[str]) -> None:
        if self._closing:
            return
        current = self.device_combo.currentData()
        self._restoring = True
        try:
            self.device_combo.clear()
            for name in names:
                self.device_combo.addItem(name, name)
            if self.device_combo.findData(current) < 0:
                current = "auto"
            _select_data(self.device_combo, current)
        finally:
            self._restoring = False
        self._retranslate_devices()

    # ================================================================== state
    def current_config(self) -> dict[str, Any]:
        """The engine TrainConfig fields as the controls set them."""
        task = self.task_combo.currentData()
        impl = self.impl_combo.currentData()
        return {
            "task": task, "impl": impl, "loss": self.loss_combo.currentData(),
            "huber_delta": round(self.huber_spin.value(), 6), "lr": round(self.lr_spin.value(), 6),
            "batch_size": self.batch_spin.value(), "epochs": self.epochs_spin.value(),
            "seed": self.seed_spin.value(), "device": self.device_combo.currentData() or "auto",
            "init_sigma": round(self.sigma_spin.value(), 6), "hidden": self.hidden_spin.value(),
            "data_dir": dataset_folder(),
        }

    @property
    def running(self) -> bool:
        return self._runner is not None

    def _update_controls(self) -> None:
        task = self.task_combo.currentData()
        running = self.running
        linreg = task == "linreg"
        self.loss_combo.setEnabled(linreg)
        self.huber_spin.setEnabled(linreg and self.loss_combo.currentData() == "huber")
        self.huber_label.setEnabled(self.huber_spin.isEnabled())
        self.hidden_spin.setEnabled(task == "mlp")
        self.impl_experiment_button.setEnabled(not running)
        self.start_button.setEnabled(not running)
        self.lr_experiment_button.setEnabled(not running)
        self.batch_experiment_button.setEnabled(not running)
        self.pause_button.setEnabled(running)
        self.stop_button.setEnabled(running)
        self.synthetic_button.setVisible(self._table is not None and linreg)
        selected = self._selected_run()
        finished = [r for r in self.runs.values() if r.status not in ("queued", "running")]
        self.clear_button.setEnabled(bool(finished))
        self.delete_button.setEnabled(bool(self.runs_list.selected_run_ids()))
        self.save_model_button.setEnabled(
            selected is not None and selected.trainer is not None
            and selected.status in ("completed", "stopped") and selected.config["task"] != "linreg")
        self._update_pause_text()

    def _update_pause_text(self) -> None:
        paused = self._runner is not None and self._runner.paused
        self.pause_button.setText(self.tr("Resume") if paused else self.tr("Pause"))
        icon = QStyle.StandardPixmap.SP_MediaPlay if paused else QStyle.StandardPixmap.SP_MediaPause
        self.pause_button.setIcon(self.style().standardIcon(icon))

    def _update_data_label(self) -> None:
        task = self.task_combo.currentData()
        if task != "linreg":
            self.data_label.setText(self.tr("Data: Fashion-MNIST, 60 000 training and 10 000 test "
                                            "images"))
        elif self._table is None:
            self.data_label.setText(self.tr("Data: synthetic, y = Xw + b + ε with w = [2, −3.4], "
                                            "b = 4.2, 1000 examples"))
        else:
            t = self._table
            self.data_label.setText(
                self.tr("Data: your table “%1”, %2 rows × %3 features")
                .replace("%1", t.name).replace("%2", str(len(t.target)))
                .replace("%3", str(t.features.shape[1])))
        self.synthetic_button.setVisible(self._table is not None and task == "linreg")

    def _update_queue_label(self) -> None:
        n = len(self._queue)
        text = self.tr("%1 more run(s) queued").replace("%1", str(n)) if n else ""
        self.queue_label.setText(text)

    def _set_status(self, key: str, *args) -> None:
        self._status_key = (key, args)
        self._show_status()

    def _show_status(self) -> None:
        key, args = self._status_key
        texts = {
            "ready": self.tr("Ready. Set the hyperparameters and press Start."),
            "loading": self.tr("Preparing run %1: loading data and model…"),
            "running": self.tr("Epoch %1/%2 · batch %3/%4 · loss %5"),
            "epoch": self.tr("Epoch %1/%2 · train loss %3"),
            "epoch_acc": self.tr("Epoch %1/%2 · train loss %3 · train acc %4 · test acc %5"),
            "paused": self.tr("Paused. Press Resume to continue."),
            "stopping": self.tr("Stopping after the current batch…"),
            "completed": self.tr("Finished %1 in %2 s."),
            "stopped": self.tr("Stopped %1 after %2 epoch(s)."),
            "diverged": self.tr("The loss became NaN or infinite: the learning rate is probably "
                                "too large. The curves so far are kept. (%1)"),
            "failed": self.tr("The run could not start: %1"),
            "saved": self.tr("Saved %1"),
            "save_failed": self.tr("Could not save: %1"),
            "data": self.tr("Using your table “%1” for linear regression. Press Start to train on "
                            "it."),
            "synthetic": self.tr("Back to the synthetic data."),
        }
        text = texts.get(key, "")
        for i, arg in enumerate(args, start=1):
            text = text.replace(f"%{i}", str(arg))
        self.status_label.setText(text)
        tone = {"diverged": "#d62728", "failed": "#d62728", "save_failed": "#d62728"}.get(key)
        self.status_label.setStyleSheet(f"color: {tone}" if tone else "")

    # ================================================================== runs
    def start_run(self, config: dict[str, Any] | None = None,
                  table: RegressionTable | None | bool = True) -> int | None:
        """Start a run (from the controls unless ``config`` is given); returns its id.

        ``table`` True means "the table in use, if the task is linreg". Returns None when a run
        is already going (the Start button is disabled then).
        """
        if self._closing or self.running:
            return None
        config = dict(config or self.current_config())
        if table is True:
            table = self._table if config["task"] == "linreg" else None
        run_id = self._next_id
        self._next_id += 1
        color = RUN_COLORS[(run_id - 1) % len(RUN_COLORS)]
        name = f"#{run_id}"
        run = Run(id=run_id, name=name, color=color, config=config,
                  curves=self.plots.add_run(run_id, color), table=table or None,
                  data_name=table.name if table else "")
        run.status = "running"
        run.started = time.perf_counter()
        self.runs[run_id] = run
        self.runs_list.add_run(run_id, name, color, params_text(config)
                               + (f" · {table.name}" if table else ""))
        self._update_run_row(run)
        self._active = run
        runner = TrainingRunner(RunSetup(config=config, table=table or None), self)
        runner.chunk.connect(lambda chunk, r=run: self._on_chunk(r, chunk))
        runner.done.connect(lambda r=run, rn=runner: self._on_done(r, rn))
        self._runner = runner
        self.progress_bar.setValue(0)
        self.progress_bar.setFormat("%p%")
        self._fit_epoch_span()
        self._set_status("loading", name)
        self._update_controls()
        self._redraw_timer.start()
        runner.start()
        return run_id

    def stop_run(self) -> None:
        """Stop the current run within one batch and drop the queued ones."""
        self._queue.clear()
        self._update_queue_label()
        if self._runner is not None:
            self._runner.stop()
            self._set_status("stopping")

    def toggle_pause(self) -> None:
        runner = self._runner
        if runner is None:
            return
        if runner.paused:
            runner.resume()
            if self._active is not None and self._active.epochs:
                self._show_epoch_status(self._active, self._active.epochs[-1])
            else:
                self._set_status("running", *self._last_step_args())
        else:
            runner.pause()
            self._set_status("paused")
        self._update_pause_text()

    def run_experiment(self, kind: str) -> list[dict[str, Any]]:
        """Queue one of the course's comparisons (``'lr'``, ``'batch'`` or ``'impl'``)."""
        base = self.current_config()
        if kind == "lr":
            configs = [dict(base, lr=lr) for lr in (0.01, 0.1, 1.0)]
        elif kind == "batch":
            configs = [dict(base, batch_size=b) for b in (1, 256)]
        elif kind == "impl":
            configs = [dict(base, impl=i) for i in ("scratch", "concise")]
        else:
            raise ValueError(f"unknown experiment {kind!r}")
        table = self._table if base["task"] == "linreg" else None
        self._queue.extend((c, table) for c in configs)
        self._update_queue_label()
        if not self.running:
            self._start_next()
        return configs

    def _start_next(self) -> None:
        if self._queue and not self.running and not self._closing:
            config, table = self._queue.pop(0)
            self._update_queue_label()
            self.start_run(config, table=table)

    def _last_step_args(self) -> tuple:
        run = self._active
        if run is None:
            return ("", "", "", "", "")
        return run.step_args

    def _on_chunk(self, run: Run, chunk: Chunk) -> None:
        if self._closing:
            return
        if chunk.trainer is not None:
            run.trainer = chunk.trainer
        if chunk.regression is not None:
            run.regression = chunk.regression
        if chunk.steps:
            steps = chunk.steps
            run.curves.add_batches([s.progress for s in steps], [s.loss for s in steps])
            run.steps += len(steps)
            last = steps[-1]
            run.last_progress, run.last_elapsed = last.progress, last.elapsed
            run.step_args = (last.epoch, run.config["epochs"], last.batch, last.batches,
                              _fmt_num(last.loss))
            self._update_progress(run)
            if not (self._runner and self._runner.paused) and not run.epochs:
                self._set_status("running", *run.step_args)
        for result in chunk.epochs:
            run.epochs.append(result)
            run.curves.add_epoch(float(result.epoch), result.train_loss, result.train_acc,
                                 result.test_acc)
            run.last_progress = max(run.last_progress, float(result.epoch))
            run.last_elapsed = result.elapsed
            self._update_progress(run)
            if not (self._runner and self._runner.paused):
                self._show_epoch_status(run, result)
            self._update_run_row(run)
        if chunk.predictions is not None:
            run.predictions = chunk.predictions
        if chunk.error is not None:
            run.status, run.message = "failed", chunk.error
            self._set_status("failed", chunk.error)
            self._update_run_row(run)
        if chunk.end is not None:
            self._on_end(run, chunk.end)

    def _show_epoch_status(self, run: Run, result) -> None:
        epochs = run.config["epochs"]
        if result.test_acc is not None:
            self._set_status("epoch_acc", result.epoch, epochs, _fmt_num(result.train_loss),
                             _fmt_acc(result.train_acc), _fmt_acc(result.test_acc))
        else:
            self._set_status("epoch", result.epoch, epochs, _fmt_num(result.train_loss))

    def _update_progress(self, run: Run) -> None:
        epochs = max(1, run.config["epochs"])
        fraction = min(1.0, run.last_progress / epochs)
        self.progress_bar.setValue(int(round(fraction * 1000)))
        if fraction > 0 and run.last_elapsed > 0:
            eta = run.last_elapsed * (1 - fraction) / fraction
            self.progress_bar.setFormat(self.tr("%p% · ETA %1").replace("%1", _fmt_seconds(eta)))

    def _on_end(self, run: Run, end) -> None:
        run.status, run.message = end.status, end.message
        if end.status == "completed":
            self.progress_bar.setValue(1000)
            self.progress_bar.setFormat("%p%")
            self._set_status("completed", run.name, f"{run.last_elapsed:.1f}")
        elif end.status == "diverged":
            self.progress_bar.setFormat("%p%")
            self._set_status("diverged", end.message)
        elif end.status == "stopped":
            self.progress_bar.setFormat("%p%")
            self._set_status("stopped", run.name, end.epochs_done)
        else:
            self.progress_bar.setFormat("%p%")
            self._set_status("failed", end.message)
        self._update_run_row(run)

    def _on_done(self, run: Run, runner: TrainingRunner) -> None:
        """The worker has ended (after its last chunk)."""
        if runner is self._runner:
            self._runner = None
            self._active = None
        runner.deleteLater()
        if self._closing:
            return
        if run.status == "running":  # ended without a RunEnd (aborted)
            run.status = "stopped"
            self._update_run_row(run)
        self._redraw(force=True)  # the last points, whatever the redraw budget says
        if run.status in ("failed", "stopped"):  # the rest of an experiment makes no sense
            self._queue.clear()
        self._update_queue_label()
        self._update_controls()
        if self.runs_list.current_run_id() == run.id:
            self._show_result()
        if self._queue:
            self._start_next()
        else:
            self._redraw_timer.stop()

    def _update_run_row(self, run: Run) -> None:
        statuses = {"queued": self.tr("queued"), "running": self.tr("running"),
                    "completed": self.tr("done"), "stopped": self.tr("stopped"),
                    "diverged": self.tr("diverged (NaN)"), "failed": self.tr("failed")}
        metrics = ""
        if run.epochs:
            last = run.epochs[-1]
            metrics = self.tr("loss %1").replace("%1", _fmt_num(last.train_loss))
            if last.test_acc is not None:
                metrics += " · " + self.tr("test acc %1").replace("%1", _fmt_acc(last.test_acc))
            metrics += " · " + f"{last.elapsed:.1f} s"
        self.runs_list.update_run(run.id, metrics=metrics, status=statuses.get(run.status, ""),
                                  tooltip=run.message or None)
        if run.id == self.runs_list.current_run_id():
            self._update_controls()

    def delete_runs(self, run_ids: list[int]) -> None:
        """Remove runs from the list and the plots (the running one is kept)."""
        for run_id in run_ids:
            run = self.runs.get(run_id)
            if run is None or run is self._active:
                continue
            self.runs.pop(run_id)
            self.plots.remove_run(run_id)
            self.runs_list.remove_run(run_id)
        self._fit_epoch_span()
        self._show_result()
        self._update_controls()

    def _redraw(self, force: bool = False) -> None:
        self.plots.redraw(force)

    def _fit_epoch_span(self) -> None:
        epochs = [r.config["epochs"] for r in self.runs.values()]
        self.plots.set_epoch_span(max(epochs) if epochs else None)
        self._update_acc_hint()

    def _update_acc_hint(self, *_args) -> None:
        classifying = any(r.config["task"] != "linreg" and self.runs_list.is_checked(r.id)
                          for r in self.runs.values())
        self.plots.acc_hint.setVisible(not classifying)

    def _selected_run(self) -> Run | None:
        return self.runs.get(self.runs_list.current_run_id())

    # ================================================================== results
    def _show_result(self) -> None:
        run = self._selected_run()
        self._update_controls()
        if run is None or run.status in ("queued", "running", "failed") or not run.epochs:
            self.result_title.setText(self.tr("Result"))
            self.result_stack.setCurrentIndex(0)
            return
        self.result_title.setText(self.tr("Result of %1").replace("%1", run.name))
        if run.config["task"] == "linreg":
            last = run.epochs[-1]
            if last.w is None:
                self.result_stack.setCurrentIndex(0)
                return
            self.regression_result.show_result(run.regression, last.w, last.b, last.w_error,
                                               last.b_error)
            self.result_stack.setCurrentIndex(1)
        elif run.predictions is not None:
            p = run.predictions
            names = _class_names()
            captions = [f"{names[t]}\n{names[q]}" for t, q in zip(p.true, p.predicted, strict=True)]
            self.prediction_strip.set_images(p.images, captions,
                                             [t != q for t, q in zip(p.true, p.predicted,
                                                                     strict=True)])
            self.prediction_strip.setToolTip(self.tr("Top: true label · bottom: predicted label "
                                                     "(red: wrong), as the course's predict_ch3"))
            self.result_title.setText(self.tr("Result of %1: true label over predicted label")
                                      .replace("%1", run.name))
            self.result_stack.setCurrentIndex(2)
        else:
            self.result_stack.setCurrentIndex(0)

    # ================================================================== regression data
    def use_regression_data(self, features: np.ndarray, target: np.ndarray, name: str,
                            feature_names: list[str]) -> None:
        """Train linear regression on a user's table (called by the preprocessing tab).

        Switches the task to linear regression and shows which data is in use. Raises
        ValueError with a readable message when the arrays do not form a usable table.
        """
        x = np.asarray(features, dtype=np.float32)
        y = np.asarray(target, dtype=np.float32).reshape(-1)
        if x.ndim == 1:
            x = x[:, None]
        if x.ndim != 2 or x.shape[0] != y.shape[0]:
            raise ValueError(self.tr("The features must be a table with one row per target value."))
        if x.shape[0] < 2 or x.shape[1] < 1:
            raise ValueError(self.tr("The table needs at least two rows and one feature column."))
        if not (np.isfinite(x).all() and np.isfinite(y).all()):
            raise ValueError(self.tr("The table has missing or infinite values; fill or drop them "
                                     "first."))
        names = [str(n) for n in feature_names][: x.shape[1]]
        names += [f"x{i + 1}" for i in range(len(names), x.shape[1])]
        self._table = RegressionTable(features=x.copy(), target=y.copy(), name=str(name),
                                      feature_names=names)
        _select_data(self.task_combo, "linreg")
        self._update_data_label()
        self._update_controls()
        self._set_status("data", name)

    def use_synthetic_data(self) -> None:
        """Go back to the course's synthetic regression data."""
        self._table = None
        self._update_data_label()
        self._update_controls()
        self._set_status("synthetic")

    @property
    def regression_table(self) -> RegressionTable | None:
        return self._table

    # ================================================================== export
    def export(self) -> None:
        """File ▸ Export: metrics (CSV), plots (PNG/SVG) or the selected model (.pt)."""
        self._export_dialog(None)

    def _export_dialog(self, kind: str | None) -> None:
        filters = {"csv": self.tr("Metrics (*.csv)"), "png": self.tr("Plots as PNG image (*.png)"),
                   "svg": self.tr("Plots as SVG drawing (*.svg)"),
                   "pt": self.tr("Model checkpoint (*.pt)")}
        order = [kind] if kind else list(filters)
        from engine.paths import documents_dir, user_data_dir

        default_dir = user_data_dir() / "models" if kind == "pt" else documents_dir()
        suggested = {"csv": "training-metrics.csv", "png": "training-curves.png",
                     "svg": "training-curves.svg", "pt": self._default_model_name() + ".pt"}
        first = order[0]
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export"), str(Path(default_dir) / suggested[first]),
            ";;".join(filters[k] for k in order))
        if not path:
            return
        ext = Path(path).suffix.lower().lstrip(".")
        if ext not in filters:
            ext = next((k for k, v in filters.items() if v == chosen), first)
            path = str(Path(path).with_suffix("." + ext))
        try:
            if ext == "csv":
                written = [self.export_metrics_csv(path)]
            elif ext in ("png", "svg"):
                written = self.export_plots(path)
            else:
                self.save_model(path)
                return
        except (OSError, ValueError) as exc:
            self._set_status("save_failed", exc)
            QMessageBox.warning(self, self.tr("Export"), str(exc))
            return
        self._set_status("saved", ", ".join(str(p) for p in written))

    def metrics_rows(self) -> list[dict[str, Any]]:
        """Every run's metrics in long format: one row per epoch, then one per reported batch."""
        rows = []
        for run in self.runs.values():
            base = {"run": run.name, **{k: v for k, v in run.config.items() if k != "data_dir"},
                    "data": run.data_name or ("synthetic" if run.config["task"] == "linreg"
                                              else "fashion-mnist"),
                    "status": run.status}
            for e in run.epochs:
                rows.append({**base, "record": "epoch", "epoch": e.epoch, "progress": e.epoch,
                             "loss": e.train_loss, "train_acc": e.train_acc,
                             "test_acc": e.test_acc, "seconds": e.seconds})
            xs, losses = run.curves.batch_x.view(), run.curves.batch_loss.view()
            for x, loss in zip(xs.tolist(), losses.tolist(), strict=True):
                rows.append({**base, "record": "batch", "epoch": int(np.ceil(x)) or 1,
                             "progress": round(x, 6), "loss": loss, "train_acc": None,
                             "test_acc": None, "seconds": None})
        return rows

    def export_metrics_csv(self, path: str | Path) -> Path:
        """Write all runs' metrics to ``path`` (atomically); returns the path."""
        from engine.paths import atomic_write_text

        rows = self.metrics_rows()
        if not rows:
            raise ValueError(self.tr("There are no runs to export yet."))
        columns = list(rows[0])
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: "" if v is None else v for k, v in row.items()})
        atomic_write_text(path, buffer.getvalue())
        return Path(path)

    def export_plots(self, path: str | Path) -> list[Path]:
        """Write the loss and accuracy plots as PNG or SVG (by suffix): ``<stem>-loss.<ext>`` and
        ``<stem>-accuracy.<ext>``."""
        import pyqtgraph.exporters as exporters
        from PySide6.QtCore import QBuffer, QIODevice
        from PySide6.QtGui import QPainter
        from PySide6.QtSvg import QSvgGenerator

        from engine.paths import atomic_write_bytes

        path = Path(path)
        ext = path.suffix.lower()
        if ext not in (".png", ".svg"):
            raise ValueError(self.tr("Plots can be saved as .png or .svg."))
        self.plots.redraw(force=True)
        written = []
        for plot, part in ((self.loss_plot, "loss"), (self.acc_plot, "accuracy")):
            target = path.with_name(f"{path.stem}-{part}{ext}")
            buffer = QBuffer()
            buffer.open(QIODevice.OpenModeFlag.WriteOnly)
            if ext == ".svg":
                # pyqtgraph's SVGExporter cannot parse Qt 6.12's path data; Qt's own SVG
                # generator renders the same scene as vectors.
                generator = QSvgGenerator()
                generator.setOutputDevice(buffer)
                generator.setSize(plot.size())
                generator.setViewBox(plot.rect())
                generator.setTitle(f"DiveLab {part}")
                painter = QPainter(generator)
                plot.render(painter)
                painter.end()
            else:
                exporter = exporters.ImageExporter(plot.getPlotItem())
                exporter.parameters()["width"] = max(800, int(plot.width() * 2))
                exporter.export(toBytes=True).save(buffer, "PNG")
            atomic_write_bytes(target, bytes(buffer.data()))
            written.append(target)
        return written

    def _default_model_name(self) -> str:
        run = self._selected_run()
        if run is None:
            return "model"
        config = run.config
        acc = run.epochs[-1].test_acc if run.epochs else None
        stem = f"{config['task']}-{config['impl']}-lr{config['lr']:g}-b{config['batch_size']}"
        if acc is not None:
            stem += f"-acc{acc:.3f}"
        return re.sub(r"[^A-Za-z0-9._-]+", "_", stem)

    def save_model(self, path: str | Path | None = None) -> Path | None:
        """Save the selected run's model as a checkpoint, by default into the models folder that
        the classifier tab lists (``user_data_dir()/models``). Saving runs on a worker."""
        run = self._selected_run()
        if run is None or run.trainer is None or run.status not in ("completed", "stopped"):
            self._set_status("save_failed", self.tr("select a finished run first"))
            return None
        if path is None:
            from engine.paths import user_data_dir

            folder = user_data_dir() / "models"
            folder.mkdir(parents=True, exist_ok=True)
            stem = self._default_model_name()
            path = folder / f"{stem}.pt"
            n = 2
            while path.exists():
                path = folder / f"{stem}-{n}.pt"
                n += 1
        path = Path(path)
        name = f"{run.name} {params_text(run.config)}"
        jobs.start_job(save_checkpoint_job, run.trainer, str(path), name,
                       connect={"returned": self._on_model_saved,
                                "errored": lambda exc: self._set_status("save_failed", exc)})
        return path

    def _on_model_saved(self, path: str) -> None:
        self._set_status("saved", path)
        find_tab = getattr(self.window(), "tab", None)  # the classifier tab lists it at once
        try:
            classifier = find_tab("classifierTab") if callable(find_tab) else None
        except KeyError:
            classifier = None
        if classifier is not None and callable(getattr(classifier, "refresh_models", None)):
            classifier.refresh_models()

    # ================================================================== lifecycle
    def shutdown(self) -> None:
        """Stop the run and drop the queue; the window then waits for the worker threads."""
        self._closing = True
        self._queue.clear()
        self._redraw_timer.stop()
        if self._runner is not None:
            self._runner.abort()

    def has_unsaved_changes(self) -> bool:
        return False

    def prepare_screenshot(self) -> None:
        """For the README: a learning-rate comparison on linear regression.

        The controls show that experiment's values, but nothing is written to the settings.
        """
        if self.runs or self.running:
            return
        from PySide6.QtCore import QElapsedTimer
        from PySide6.QtWidgets import QApplication

        self._restoring = True  # show the values without saving them
        try:
            _select_data(self.task_combo, "linreg")
            _select_data(self.impl_combo, "concise")
            _select_data(self.loss_combo, "l2")
            self.batch_spin.setValue(10)
            self.epochs_spin.setValue(3)
            self.seed_spin.setValue(0)
            self.lr_spin.setValue(0.03)
            base = self.current_config()
            # Three learning rates that all converge (1.0 would explode: a lesson, not a picture).
            self._queue.extend((dict(base, lr=lr), None) for lr in (0.003, 0.01, 0.03))
            self._start_next()
        finally:
            self._restoring = False
        timer = QElapsedTimer()
        timer.start()
        while (self.running or self._queue) and timer.elapsed() < 60_000:
            QApplication.processEvents()
            time.sleep(0.005)
        self._redraw(force=True)


# ====================================================================== helpers
def _available_devices() -> list[str]:
    from engine.device import available_devices

    return available_devices()


def _class_names() -> tuple[str, ...]:
    from engine.data import CLASS_NAMES_EN, CLASS_NAMES_ZH

    return CLASS_NAMES_ZH if i18n.current_language() == "zh" else CLASS_NAMES_EN


def _double_spin(name: str, lo: float, hi: float, value: float, decimals: int,
                 step: float) -> QDoubleSpinBox:
    spin = QDoubleSpinBox(objectName=name)
    spin.setDecimals(decimals)
    spin.setRange(lo, hi)
    spin.setSingleStep(step)
    spin.setValue(value)
    spin.setKeyboardTracking(False)
    spin.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return spin


def _int_spin(name: str, lo: int, hi: int, value: int) -> QSpinBox:
    spin = QSpinBox(objectName=name)
    spin.setRange(lo, hi)
    spin.setValue(value)
    spin.setKeyboardTracking(False)
    spin.setGroupSeparatorShown(False)
    return spin


def _select_data(combo: QComboBox, data: Any) -> None:
    index = combo.findData(data)
    if index >= 0:
        combo.setCurrentIndex(index)


def _float(value: Any, default: float) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        return default


def _int(value: Any, default: int) -> int:
    try:
        return int(float(value))
    except (TypeError, ValueError):
        return default


def _fmt_num(value: float) -> str:
    """Four decimals, or scientific notation for a diverging loss (1.2e+25) or a tiny one."""
    if value != value or abs(value) >= 1e4 or (value != 0 and abs(value) < 1e-3):
        return f"{value:.3e}"
    return f"{value:.4f}"


def _fmt_acc(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"


def _fmt_seconds(seconds: float) -> str:
    seconds = max(0, int(round(seconds)))
    if seconds < 60:
        return f"{seconds} s"
    minutes, seconds = divmod(seconds, 60)
    return f"{minutes}:{seconds:02d}"
