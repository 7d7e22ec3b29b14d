"""The training tab's left column: hyperparameters, data in use, run buttons, status, experiments.

It owns the controls' values (restored from and saved to the settings, per task for learning
rate, batch size and epochs), the reset to the course's values, and the texts of the status
line. What a run does with the values is the tab's business.
"""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from engine.course_defaults import (
    DEFAULT_TASK,
    IMPLS,
    LOSSES,
    SHARED_DEFAULTS,
    TASKS,
    course_values,
    task_defaults,
)
from gui.i18n import tr_format
from gui.settings import Setting, dataset_folder
from gui.training_experiments import experiment_base
from gui.training_session import (
    Run,
    fmt_acc,
    fmt_loss,
    fmt_percent,
)
from gui.widgets.lesson_guide import LessonGuide, guide_html

SETTINGS_PREFIX = "training"
SMOOTHING = Setting(f"{SETTINGS_PREFIX}/smoothing", 60)
LOG_SCALE = Setting(f"{SETTINGS_PREFIX}/log_scale", False)
#: Tone of the status line for messages about something that went wrong.
ERROR_COLOR = "#d62728"


class TrainingControls(QWidget):
    """Hyperparameter form, data line, Start/Pause/Stop, progress, status, course experiments."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.restoring = False
        self._status_key: tuple[str, tuple] = ("ready", ())
        self._progress: tuple[float, str, float | None] | None = None  # the bar's last state
        self._build()

    # ================================================================== construction
    def _build(self) -> None:
        self.task_combo = QComboBox(objectName="taskCombo")
        for task in TASKS:
            self.task_combo.addItem(task, task)
        self.impl_combo = QComboBox(objectName="implCombo")
        for impl in IMPLS:
            self.impl_combo.addItem(impl, impl)
        self.loss_combo = QComboBox(objectName="lossCombo")
        for loss in LOSSES:
            self.loss_combo.addItem(loss, loss)
        start = course_values(DEFAULT_TASK)
        self.huber_spin = _double_spin("huberDeltaSpin", 0.01, 100.0, start["huber_delta"], 2, 0.1)
        self.lr_spin = _double_spin("lrSpin", 0.0001, 100.0, start["lr"], 4, 0.01)
        self.lr_spin.setStepType(QDoubleSpinBox.StepType.AdaptiveDecimalStepType)
        self.batch_spin = _int_spin("batchSpin", 1, 60000, start["batch_size"])
        self.epochs_spin = _int_spin("epochsSpin", 1, 1000, start["epochs"])
        self.seed_spin = _int_spin("seedSpin", 0, 2**31 - 1, start["seed"])
        self.sigma_spin = _double_spin("initSigmaSpin", 0.0001, 10.0, start["init_sigma"], 4, 0.01)
        self.sigma_spin.setStepType(QDoubleSpinBox.StepType.AdaptiveDecimalStepType)
        self.hidden_spin = _int_spin("hiddenSpin", 1, 4096, start["hidden"])
        self.device_combo = QComboBox(objectName="deviceCombo")
        self.device_combo.addItem("auto", "auto")
        self.device_combo.addItem("cpu", "cpu")
        self.reset_button = QPushButton(objectName="resetDefaultsButton")

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
        form.addRow(self.reset_button)

        self.data_label = QLabel(objectName="dataLabel")
        self.data_label.setWordWrap(True)
        self.synthetic_button = QPushButton(objectName="syntheticButton")

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

        self.experiments_box = QGroupBox(objectName="experimentsBox")
        self.lr_experiment_button = QPushButton(objectName="lrExperimentButton")
        self.batch_experiment_button = QPushButton(objectName="batchExperimentButton")
        self.impl_experiment_button = QPushButton(objectName="implExperimentButton")
        self.experiment_values_label = QLabel(objectName="experimentValuesLabel")
        self.experiment_values_label.setWordWrap(True)
        self.experiment_values_label.setStyleSheet("color: gray")
        self.queue_label = QLabel(objectName="queueLabel")
        grid = QGridLayout(self.experiments_box)
        grid.addWidget(self.lr_experiment_button, 0, 0, 1, 2)
        grid.addWidget(self.batch_experiment_button, 1, 0)
        grid.addWidget(self.impl_experiment_button, 1, 1)
        grid.addWidget(self.experiment_values_label, 2, 0, 1, 2)
        grid.addWidget(self.queue_label, 3, 0, 1, 2)

        self.guide = LessonGuide(self, expanded=True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.params_box)
        data_row = QVBoxLayout()
        data_row.addWidget(self.data_label)
        data_row.addWidget(self.synthetic_button)
        layout.addLayout(data_row)
        layout.addLayout(buttons)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.status_label)
        layout.addWidget(self.experiments_box)
        layout.addWidget(self.guide, 1)
        self.reset_button.clicked.connect(self.reset_to_course_values)

    # ================================================================== texts
    def retranslate_ui(self) -> None:
        if self._progress is not None:
            self.show_progress(*self._progress)
        task_names = self.task_names()
        for i in range(self.task_combo.count()):
            self.task_combo.setItemText(i, task_names[self.task_combo.itemData(i)])
        impl_names = {"scratch": self.tr("From scratch"), "concise": self.tr("Concise (nn.Module)")}
        for i in range(self.impl_combo.count()):
            self.impl_combo.setItemText(i, impl_names[self.impl_combo.itemData(i)])
        loss_names = {"l2": self.tr("L2 (squared loss)"), "l1": self.tr("L1 (absolute loss)"),
                      "huber": self.tr("Huber")}
        for i in range(self.loss_combo.count()):
            self.loss_combo.setItemText(i, loss_names[self.loss_combo.itemData(i)])
        self.retranslate_devices()
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
        self.reset_button.setText(self.tr("Reset to course defaults"))
        self.synthetic_button.setText(self.tr("Use synthetic data instead"))
        self.synthetic_button.setToolTip(self.tr("Go back to the course's synthetic data "
                                                 "y = Xw + b + ε"))
        self.start_button.setText(self.tr("Start"))
        self.start_button.setToolTip(self.tr("Start a run with these hyperparameters (Ctrl+Enter)"))
        self.stop_button.setText(self.tr("Stop"))
        self.stop_button.setToolTip(self.tr("Stop the run after the current batch (Ctrl+.)"))
        self.set_paused(False)
        self.pause_button.setToolTip(self.tr("Pause or resume the run (Ctrl+P)"))
        for button in (self.start_button, self.pause_button, self.stop_button):
            button.setAccessibleName(button.text())
        self.progress_bar.setAccessibleName(self.tr("Progress"))
        self.experiments_box.setTitle(self.tr("Course experiments (one click)"))
        self.lr_experiment_button.setText(self.tr("Learning rate 0.01 / 0.1 / 1"))
        self.batch_experiment_button.setText(self.tr("Batch size 1 vs 256"))
        self.impl_experiment_button.setText(self.tr("Scratch vs concise"))
        self.update_task_texts()
        self.show_status()

    def task_names(self) -> dict[str, str]:
        return {"linreg": self.tr("Linear regression"), "softmax": self.tr("Softmax regression"),
                "mlp": self.tr("Multilayer perceptron")}

    def impl_words(self) -> dict[str, str]:
        """Short words for a run's name and the runs list."""
        return {"scratch": self.tr("scratch"), "concise": self.tr("concise"),
                "linreg": self.tr("linear"), "softmax": "softmax", "mlp": "MLP"}

    def epochs_text(self, epochs: int) -> str:
        return self.tr("1 epoch") if epochs == 1 else tr_format(self.tr("%1 epochs"), epochs)

    def values_text(self, config: dict[str, Any], skip: tuple[str, ...] = ()) -> str:
        """The course values an experiment holds fixed, as the button's tooltip states them."""
        words = self.impl_words()
        parts = []
        if "lr" not in skip:
            parts.append(f"η = {config['lr']:g}")
        if "batch_size" not in skip:
            parts.append(f"B = {config['batch_size']}")
        parts.append(self.epochs_text(int(config["epochs"])))
        if "impl" not in skip:
            parts.append(words[config["impl"]])
        if config["task"] == "mlp":
            parts.append(tr_format(self.tr("%1 hidden units"), str(config["hidden"])))
        parts += [f"σ = {config['init_sigma']:g}", tr_format(self.tr("seed %1"), config["seed"])]
        return self.tr(", ").join(parts)

    def update_task_texts(self) -> None:
        """Experiment tooltips and the reset button's tooltip name the current task's values."""
        task = self.task_combo.currentData()
        name = self.task_names()[task]
        data = (self.tr("the course's synthetic data") if task == "linreg"
                else "Fashion-MNIST")
        for button, kind, text in (
                (self.lr_experiment_button, "lr",
                 self.tr("%1, three runs identical except for the learning rate η = 0.01, 0.1 "
                         "and 1, at the course's values: %2, on %3")),
                (self.batch_experiment_button, "batch",
                 self.tr("%1, two runs with minibatches of 1 and of 256 examples, at the "
                         "course's values: %2, on %3")),
                (self.impl_experiment_button, "impl",
                 self.tr("%1 written from scratch and with nn.Module, at the course's values: "
                         "%2, on %3; both should learn the same model"))):
            key = {"lr": "lr", "batch": "batch_size", "impl": "impl"}[kind]
            values = self.values_text(experiment_base(kind, task), skip=(key,))
            button.setToolTip(tr_format(text, name, values, data))
        defaults = task_defaults(task)
        self.experiment_values_label.setText(
            tr_format(self.tr("Experiments run at the course's values for %1 (η = %2, B = %3, %4), "
                              "whatever is typed above, and show only their own runs."),
                      name, f"{defaults['lr']:g}", defaults["batch_size"],
                      self.epochs_text(defaults["epochs"])))
        self.reset_button.setToolTip(
            tr_format(self.tr("The course's values for %1: %2; loss L2, Huber δ = 1, 256 hidden "
                              "units"), name, self.values_text(course_values(task), skip=("impl",))))
        self.update_guide()

    def retranslate_devices(self) -> None:
        for i in range(self.device_combo.count()):
            data = self.device_combo.itemData(i)
            if data == "auto":
                self.device_combo.setItemText(i, self.tr("Automatic"))
            elif data == "cpu":
                self.device_combo.setItemText(i, "CPU")
            else:
                self.device_combo.setItemText(i, str(data).upper().replace("CUDA", "CUDA GPU"))

    def update_guide(self) -> None:
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

    def update_data_label(self, table) -> None:
        task = self.task_combo.currentData()
        if task != "linreg":
            self.data_label.setText(self.tr("Data: Fashion-MNIST, 60 000 training and 10 000 test "
                                            "images"))
        elif table is None:
            self.data_label.setText(self.tr("Data: synthetic, y = Xw + b + ε with w = [2, −3.4], "
                                            "b = 4.2, 1000 examples"))
        else:
            self.data_label.setText(
                tr_format(self.tr("Data: your table “%1”, %2 rows × %3 features"), table.name,
                          len(table.target), table.features.shape[1]))
        self.synthetic_button.setVisible(table is not None and task == "linreg")

    def update_queue_label(self, queued: int) -> None:
        self.queue_label.setText(tr_format(self.tr("%1 more run(s) queued"), str(queued))
                                 if queued else "")

    # ================================================================== status line
    def set_status(self, key: str, *args) -> None:
        self._status_key = (key, args)
        self.show_status()

    def status_key(self) -> str:
        return self._status_key[0]

    def show_status(self) -> None:
        key, args = self._status_key
        self.status_label.setText(self.status_text(key, *args))
        tone = ERROR_COLOR if key in ("diverged", "diverged_epoch", "failed",
                                      "save_failed") else None
        sheet = f"color: {tone}" if tone else ""
        if self.status_label.styleSheet() != sheet:  # restyling re-polishes: not 30 times a second
            self.status_label.setStyleSheet(sheet)

    def status_text(self, key: str, *args) -> str:
        """A status line in the current language (``args`` fill %1, %2, …)."""
        texts = {
            "ready": self.tr("Ready. Set the hyperparameters and press Start."),
            "loading": self.tr("Preparing run %1: loading data and model…"),
            "running": self.tr("Epoch %1/%2 · batch %3/%4 · loss %5"),
            "epoch": self.tr("Epoch %1/%2 · train loss %3"),
            "epoch_acc": self.tr("Epoch %1/%2 · train loss %3 · train acc %4 · test acc %5"),
            "paused": self.tr("Paused %1 at %2. Press Resume to continue."),
            "stopping": self.tr("Stopping after the current batch…"),
            "completed": self.tr("Finished %1 in %2 s."),
            "stopped": self.tr("Stopped %1 after %2 epoch(s)."),
            "diverged": self.tr("%1 diverged at epoch %2, batch %3: the loss became %4. The "
                                "learning rate η = %5 is probably too large; try a smaller one. "
                                "The curves so far are kept."),
            "diverged_epoch": self.tr("%1 diverged in epoch %2: the loss became %3. The learning "
                                      "rate η = %4 is probably too large; try a smaller one. "
                                      "The curves so far are kept."),
            "failed": self.tr("The run could not start: %1"),
            "saved": self.tr("Saved %1"),
            "save_failed": self.tr("Could not save: %1"),
            "data": self.tr("Using your table “%1” for linear regression. Press Start to train on "
                            "it."),
            "synthetic": self.tr("Back to the synthetic data."),
            "defaults": self.tr("Hyperparameters reset to the course's values for %1."),
        }
        args = tuple(self.loss_word(a) if a in ("nan", "inf", "-inf") else a for a in args)
        return tr_format(texts.get(key, ""), *args)

    def loss_word(self, value: str) -> str:
        return self.tr("NaN (not a number)") if value == "nan" else self.tr("infinite")

    def show_run(self, run: Run) -> None:
        """Status line and progress bar for ``run`` in the state it is in now."""
        fraction, status = run.fraction_done(), run.status
        if status == "completed":
            self.show_progress(1.0, status)
            # the time the student waited, click to done (data and model loading included)
            self.set_status("completed", run.name, f"{run.waited or run.last_elapsed:.1f}")
            return
        eta = None
        if status == "running" and fraction > 0 and run.last_elapsed > 0:
            eta = run.last_elapsed * (1 - fraction) / fraction
        self.show_progress(fraction, status, eta)
        if status == "running":
            if run.epochs:
                result = run.epochs[-1]
                if result.test_acc is not None:
                    self.set_status("epoch_acc", result.epoch, run.config["epochs"],
                                    fmt_loss(result.train_loss), fmt_acc(result.train_acc),
                                    fmt_acc(result.test_acc))
                else:
                    self.set_status("epoch", result.epoch, run.config["epochs"],
                                    fmt_loss(result.train_loss))
            elif run.steps:
                epoch, epochs, batch, batches, loss = run.step_args
                self.set_status("running", epoch, epochs, batch, batches, fmt_loss(loss))
            else:
                self.set_status("loading", run.name)
        elif status == "paused":
            self.set_status("paused", run.name, fmt_percent(fraction))
        elif status == "stopping":
            self.set_status("stopping")
        elif status == "stopped":
            self.set_status("stopped", run.name, len(run.epochs))
        elif status == "diverged":
            self.set_status(*self.divergence_status(run))
        elif status == "failed":
            self.set_status("failed", run.message)

    def divergence_status(self, run: Run) -> tuple:
        """The status key and arguments for a diverged run: where, the loss, η (advice once)."""
        d = run.divergence
        lr = f"{run.config['lr']:g}"
        if d is not None and d.batch is not None:
            return ("diverged", run.name, d.epoch, d.batch, d.value, lr)
        epoch = d.epoch if d is not None else max(1, math.ceil(run.last_progress))
        return ("diverged_epoch", run.name, epoch, d.value if d is not None else "nan", lr)

    def show_progress(self, fraction: float, state: str, eta: float | None = None) -> None:
        """The bar for the active (or last) run: where it is, and in what state."""
        self._progress = (fraction, state, eta)  # shown again in another language
        self.progress_bar.setValue(int(round(min(1.0, max(0.0, fraction)) * 1000)))
        formats = {"paused": self.tr("Paused at %p%"), "stopping": self.tr("Stopping at %p%"),
                   "diverged": self.tr("Diverged at %p%"),
                   "stopped": self.tr("Stopped at %p%"), "failed": self.tr("Failed")}
        if state in formats:
            text = formats[state]
        elif state == "running" and eta is not None:
            text = tr_format(self.tr("%p% · ETA %1"), _fmt_seconds(eta))
        else:
            text = "%p%"
        self.progress_bar.setFormat(text)

    def set_paused(self, paused: bool) -> None:
        self.pause_button.setText(self.tr("Resume") if paused else self.tr("Pause"))
        icon = QStyle.StandardPixmap.SP_MediaPlay if paused else QStyle.StandardPixmap.SP_MediaPause
        self.pause_button.setIcon(self.style().standardIcon(icon))

    def update_enabled(self, running: bool, table) -> None:
        task = self.task_combo.currentData()
        linreg = task == "linreg"
        self.loss_combo.setEnabled(linreg)
        self.huber_spin.setEnabled(linreg and self.loss_combo.currentData() == "huber")
        self.huber_label.setEnabled(self.huber_spin.isEnabled())
        self.hidden_spin.setEnabled(task == "mlp")
        for button in (self.start_button, self.lr_experiment_button,
                       self.batch_experiment_button, self.impl_experiment_button):
            button.setEnabled(not running)
        self.pause_button.setEnabled(running)
        self.stop_button.setEnabled(running)
        self.synthetic_button.setVisible(table is not None and linreg)

    # ================================================================== values
    def current_config(self) -> dict[str, Any]:
        """The engine TrainConfig fields as the controls set them."""
        return {
            "task": self.task_combo.currentData(), "impl": self.impl_combo.currentData(),
            "loss": self.loss_combo.currentData(),
            "huber_delta": round(self.huber_spin.value(), 6), "lr": round(self.lr_spin.value(), 6),
            "batch_size": self.batch_spin.value(), "epochs": self.epochs_spin.value(),
            "seed": self.seed_spin.value(), "device": self.device_combo.currentData() or "auto",
            "init_sigma": round(self.sigma_spin.value(), 6), "hidden": self.hidden_spin.value(),
            "data_dir": dataset_folder(),
        }

    def reset_to_course_values(self) -> None:
        """The course's hyperparameters for the current task (implementation and device stay)."""
        task = self.task_combo.currentData()
        self.restoring = True
        try:
            select_data(self.loss_combo, SHARED_DEFAULTS["loss"])
            self.huber_spin.setValue(SHARED_DEFAULTS["huber_delta"])
            self.seed_spin.setValue(SHARED_DEFAULTS["seed"])
            self.sigma_spin.setValue(SHARED_DEFAULTS["init_sigma"])
            self.hidden_spin.setValue(SHARED_DEFAULTS["hidden"])
            defaults = task_defaults(task)
            self.lr_spin.setValue(defaults["lr"])
            self.batch_spin.setValue(defaults["batch_size"])
            self.epochs_spin.setValue(defaults["epochs"])
        finally:
            self.restoring = False
        self.save_settings()
        self.set_status("defaults", self.task_names()[task])

    def _stored(self) -> list[tuple[QWidget, Setting]]:
        """Each control and where its value is kept (lr, batch size and epochs: per task)."""
        d, p = SHARED_DEFAULTS, SETTINGS_PREFIX
        return [
            (self.task_combo, Setting(f"{p}/task", DEFAULT_TASK)),
            (self.impl_combo, Setting(f"{p}/impl", d["impl"])),
            (self.loss_combo, Setting(f"{p}/loss", d["loss"])),
            (self.huber_spin, Setting(f"{p}/huber_delta", float(d["huber_delta"]))),
            (self.seed_spin, Setting(f"{p}/seed", int(d["seed"]))),
            (self.sigma_spin, Setting(f"{p}/init_sigma", float(d["init_sigma"]))),
            (self.hidden_spin, Setting(f"{p}/hidden", int(d["hidden"]))),
            (self.device_combo, Setting(f"{p}/device", "auto")),
        ]

    def _stored_for_task(self, task: str) -> list[tuple[QWidget, Setting]]:
        p, course = f"{SETTINGS_PREFIX}/{task}", task_defaults(task)
        return [(self.lr_spin, Setting(f"{p}/lr", float(course["lr"]))),
                (self.batch_spin, Setting(f"{p}/batch_size", int(course["batch_size"]))),
                (self.epochs_spin, Setting(f"{p}/epochs", int(course["epochs"])))]

    def restore_settings(self) -> None:
        """The hyperparameters as the user left them (the course's values the first time)."""
        self.restoring = True
        try:
            for widget, setting in self._stored():
                value = setting.get()
                if widget is self.device_combo and widget.findData(value) < 0:
                    widget.addItem(value, value)  # a device this machine may not show yet
                _show_value(widget, value)
            self.load_task_values(self.task_combo.currentData())
        finally:
            self.restoring = False

    def restore_view_settings(self, smoothing_slider, set_log_scale) -> None:
        """Smoothing and log scale of the plots, once they exist."""
        smoothing_slider.setValue(SMOOTHING.get())
        set_log_scale(LOG_SCALE.get())

    def load_task_values(self, task: str) -> None:
        for widget, setting in self._stored_for_task(task):
            _show_value(widget, setting.get())

    def save_settings(self) -> None:
        """Keep the hyperparameters (per task for lr, batch size and epochs)."""
        for widget, setting in (*self._stored(), *self._stored_for_task(self.task_combo.currentData())):
            setting.set(widget.currentData() if isinstance(widget, QComboBox) else widget.value())

    def save_view_settings(self, smoothing: int, log_scale: bool) -> None:
        SMOOTHING.set(smoothing)
        LOG_SCALE.set(log_scale)

    def set_devices(self, names: list[str]) -> None:
        current = self.device_combo.currentData()
        self.restoring = True
        try:
            self.device_combo.clear()
            for name in names:
                self.device_combo.addItem(name, name)
            if self.device_combo.findData(current) < 0:
                current = "auto"
            select_data(self.device_combo, current)
        finally:
            self.restoring = False
        self.retranslate_devices()

    def show_values(self, config: dict[str, Any]) -> None:
        """Put ``config``'s values into the controls without saving them (screenshots)."""
        self.restoring = True
        try:
            select_data(self.task_combo, config["task"])
            select_data(self.impl_combo, config["impl"])
            select_data(self.loss_combo, config["loss"])
            self.batch_spin.setValue(config["batch_size"])
            self.epochs_spin.setValue(config["epochs"])
            self.seed_spin.setValue(config["seed"])
            self.lr_spin.setValue(config["lr"])
        finally:
            self.restoring = False


# ====================================================================== helpers
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


def select_data(combo: QComboBox, data: Any) -> None:
    index = combo.findData(data)
    if index >= 0:
        combo.setCurrentIndex(index)


def _show_value(widget: QWidget, value: Any) -> None:
    if isinstance(widget, QComboBox):
        select_data(widget, value)
    else:
        widget.setValue(value)


def _fmt_seconds(seconds: float) -> str:
    seconds = max(0, int(round(seconds)))
    if seconds < 60:
        return f"{seconds} s"
    minutes, seconds = divmod(seconds, 60)
    return f"{minutes}:{seconds:02d}"
