"""The classifier's model picker: the list of checkpoints, loading one, training the defaults.

Listing, loading and training each run in their own :class:`gui.tasks.TaskSlot`; the picker
says which classifier is ready through ``classifierChanged`` (None while none is).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from engine import torch_jobs
from engine.paths import documents_dir
from gui.i18n import tr_format
from gui.settings import Setting, dataset_folder
from gui.tabs.classifier_jobs import job_list_models, job_load_model
from gui.tabs.classifier_model import ModelChoice
from gui.tasks import TaskSlot

#: The model the student chose last (its checkpoint path).
CHOSEN_MODEL = Setting("classifier/model", "")


def _one_line(exc: BaseException, limit: int = 300) -> str:
    return " ".join(str(exc).split())[:limit] or type(exc).__name__


class ModelPicker(QWidget):
    """Model combo, "Open checkpoint…", "Train default model" and the model's status line."""

    #: The classifier to use (engine.classify.Classifier), or None while loading / unusable.
    classifierChanged = Signal(object)  # noqa: N815
    #: The chosen model cannot be used: the message (already in the UI language).
    modelFailed = Signal(str)  # noqa: N815
    #: A job started or ended (the tab shows "working…" and tests wait on it).
    busyChanged = Signal()  # noqa: N815

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice = ModelChoice(preferred=CHOSEN_MODEL.get())
        self.classifier = None
        self._loading = False
        self.model_label = QLabel(self)
        self.model_combo = QComboBox(self, objectName="modelCombo")
        self.model_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.model_combo.setMinimumContentsLength(16)
        self.model_combo.setMinimumWidth(200)
        self.model_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.open_model_button = QPushButton(self, objectName="openModelButton")
        self.train_button = QPushButton(self, objectName="trainDefaultButton")
        self.train_mlp_button = QPushButton(self, objectName="trainMlpButton")
        self.train_progress = QProgressBar(self, objectName="trainProgress")
        self.train_progress.setRange(0, 100)
        self.train_progress.setVisible(False)
        self.train_progress.setMaximumWidth(220)
        self.model_status = QLabel(self, objectName="modelStatus")
        self.model_status.setWordWrap(True)
        self.model_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout()
        row.addWidget(self.model_label)
        row.addWidget(self.model_combo, 1)
        row.addWidget(self.open_model_button)
        row.addWidget(self.train_button)
        row.addWidget(self.train_mlp_button)
        row.addWidget(self.train_progress)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.model_status)

        self._list_slot = TaskSlot(self, done=self._on_models_listed, error=self._on_list_failed,
                                   finished=self.busyChanged.emit)
        self._load_slot = TaskSlot(self, done=self.use_classifier, error=self._on_model_failed,
                                   finished=self.busyChanged.emit)
        self._train_slot = TaskSlot(self, partial=self._on_train_progress,
                                    done=self._on_trained, error=self._on_train_failed,
                                    finished=self._on_train_finished)
        self.model_combo.currentIndexChanged.connect(self._on_model_chosen)
        self.open_model_button.clicked.connect(self.open_model_dialog)
        self.train_button.clicked.connect(lambda: self.train_default("softmax"))
        self.train_mlp_button.clicked.connect(lambda: self.train_default("mlp"))

    # ----------------------------------------------------------------- texts
    def retranslate_ui(self) -> None:
        self.model_label.setText(self.tr("Model:"))
        self.model_combo.setToolTip(self.tr(
            "Checkpoints saved from the Training tab, with their test accuracy"))
        self.model_combo.setAccessibleName(self.tr("Model"))
        self.open_model_button.setText(self.tr("Open checkpoint…"))
        self.open_model_button.setToolTip(self.tr("Use a .pt checkpoint from another folder"))
        self.train_button.setText(self.tr("Train default model"))
        self.train_button.setToolTip(self.tr(
            "Train softmax regression on Fashion-MNIST (a few seconds) and keep it"))
        self.train_mlp_button.setText(self.tr("Train MLP (better accuracy)"))
        self.train_mlp_button.setToolTip(self.tr(
            "Train a multilayer perceptron with one hidden layer of 256 units (next chapter); "
            "a few minutes on a CPU"))
        self.train_progress.setFormat(self.tr("Training… %p%"))
        for button in (self.open_model_button, self.train_button, self.train_mlp_button):
            button.setAccessibleName(button.text().replace("…", ""))
        self._fill_combo_texts()
        self.show_status()

    def _fill_combo_texts(self) -> None:
        for i, info in enumerate(self.choice.models[:self.model_combo.count()]):
            self.model_combo.setItemText(i, self._model_text(info))
            self.model_combo.setItemData(i, str(info.path), Qt.ItemDataRole.ToolTipRole)

    def _model_text(self, info) -> str:
        name = info.name
        if info.default_kind == "softmax":
            name = self.tr("Default: softmax regression")
        elif info.default_kind == "mlp":
            name = self.tr("Default: MLP 784-256-10")
        if info.error:
            return tr_format(self.tr("%1 — unusable"), name)
        if info.test_acc is None:
            return tr_format(self.tr("%1 — test accuracy unknown"), name)
        return tr_format(self.tr("%1 — test accuracy %2"), name, f"{info.test_acc:.1%}")

    def show_status(self) -> None:
        choice, style = self.choice, ""
        if choice.training is not None:
            text = self.tr("Training the default model on Fashion-MNIST… "
                           "(the rest of the tab works meanwhile)")
        elif choice.load_error:
            text = tr_format(self.tr("This model cannot be used: %1"), choice.load_error)
            style = "color: #d03030"
        elif self._loading:
            text = self.tr("Loading the model…")
        elif self.classifier is not None:
            kind = {"softmax": self.tr("softmax regression"),
                    "mlp": self.tr("multilayer perceptron")}.get(self.classifier.arch,
                                                                 self.classifier.arch)
            acc = self.classifier.test_acc
            text = tr_format(self.tr("%1 · recorded test accuracy %2"), kind,
                             "—" if acc is None else f"{acc:.1%}")
        elif choice.train_error:
            text = tr_format(self.tr(
                "No model yet: the default model could not be trained (%1)."), choice.train_error)
            style = "color: #d03030"
        elif not choice.models:
            text = self.tr("Looking for models…")
        else:
            text = ""
        self.model_status.setText(text)
        self.model_status.setStyleSheet(style)

    # ----------------------------------------------------------------- the list
    def is_busy(self) -> bool:
        return any(slot.is_running() for slot in (self._list_slot, self._load_slot,
                                                  self._train_slot))

    def refresh(self) -> None:
        """List the checkpoints again (the Training tab may have saved new ones)."""
        self._list_slot.start(job_list_models, list(self.choice.extra))
        self.busyChanged.emit()

    def _on_list_failed(self, exc: BaseException) -> None:
        self.choice.load_error = _one_line(exc)
        self.show_status()

    def _on_models_listed(self, result) -> None:
        infos, have_softmax, have_mlp = result
        choice = self.choice
        choice.have_default = {"softmax": have_softmax, "mlp": have_mlp}
        choice.models = infos
        index = choice.index_to_choose(self.current_model_path())
        self.model_combo.blockSignals(True)
        self.model_combo.clear()
        for info in infos:
            self.model_combo.addItem("", str(info.path))
        self.model_combo.setCurrentIndex(index)
        self.model_combo.blockSignals(False)
        self._fill_combo_texts()
        self._show_train_buttons()
        loaded = self.classifier is not None and str(self.classifier.path) == \
            self.current_model_path()
        if not loaded and index >= 0:
            self._on_model_chosen(index)
        else:
            self.show_status()
        if choice.should_train_softmax():
            self.train_default("softmax")

    def current_model_path(self) -> str | None:
        data = self.model_combo.currentData()
        return str(data) if data else None

    def _on_model_chosen(self, index: int) -> None:
        path = self.model_combo.itemData(index)
        if not path:
            return
        self._set_classifier(None)
        self.choice.load_error = None
        self._loading = True
        self.show_status()
        self._load_slot.start(job_load_model, str(path))
        self.busyChanged.emit()

    def use_classifier(self, classifier) -> None:
        """Use this loaded classifier (what loading the chosen model ends with)."""
        self._loading = False
        self.choice.load_error = None
        CHOSEN_MODEL.set(str(classifier.path))
        self._set_classifier(classifier)
        self.show_status()

    def _on_model_failed(self, exc: BaseException) -> None:
        self._loading = False
        self.choice.load_error = _one_line(exc, 1000)
        self._set_classifier(None)
        self.show_status()
        self.modelFailed.emit(tr_format(self.tr("This model cannot be used: %1"),
                                        self.choice.load_error))

    def _set_classifier(self, classifier) -> None:
        if classifier is self.classifier:
            return
        self.classifier = classifier
        self.classifierChanged.emit(classifier)

    def open_model_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a checkpoint"), str(documents_dir()),
            self.tr("PyTorch checkpoints (*.pt *.pth);;All files (*)"))
        if path:
            self.add_model(path)

    def add_model(self, path: str) -> None:
        """Add a checkpoint from anywhere to the list and select it (errors show in the UI)."""
        path = str(Path(path))
        if path not in self.choice.extra:
            self.choice.extra.append(path)
        self.choice.preferred = path
        self.model_combo.blockSignals(True)
        self.model_combo.setCurrentIndex(-1)
        self.model_combo.blockSignals(False)
        self.refresh()

    # ----------------------------------------------------------------- default models
    def _show_train_buttons(self) -> None:
        idle = self.choice.training is None
        self.train_button.setVisible(idle and not self.choice.have_default.get("softmax", True))
        self.train_mlp_button.setVisible(idle and not self.choice.have_default.get("mlp", True))

    def train_default(self, kind: str = "softmax") -> None:
        """Train a default model in the background and cache it in the user's data folder."""
        if self.choice.training is not None:
            return
        self.choice.training = kind
        self.choice.train_error = None
        self._show_train_buttons()
        self.train_progress.setValue(0)
        self.train_progress.setVisible(True)
        self.show_status()
        self._train_slot.start(torch_jobs.train_default_model, kind, dataset_folder(),
                               in_torch_process=True)
        self.busyChanged.emit()

    def _on_train_progress(self, fraction: float) -> None:
        self.train_progress.setValue(int(round(100 * fraction)))

    def _on_trained(self, path) -> None:
        if self.choice.training == "mlp" or not self.current_model_path():
            self.choice.preferred = str(path)

    def _on_train_failed(self, exc: BaseException) -> None:
        self.choice.train_error = _one_line(exc)

    def _on_train_finished(self) -> None:
        self.choice.training = None
        self.train_progress.setVisible(False)
        self._show_train_buttons()
        self.show_status()
        self.refresh()

    def on_dataset_folder_changed(self) -> None:
        """A new data folder may hold Fashion-MNIST: try training the default model again."""
        self.choice.train_error = None
        if self.choice.should_train_softmax():
            self.train_default("softmax")

    def shutdown(self) -> None:
        for slot in (self._list_slot, self._load_slot, self._train_slot):
            slot.cancel()
