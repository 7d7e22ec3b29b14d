"""Classifier tester: your own pictures through a Fashion-MNIST model, step by step, and the
test set with its confusion matrix.

Everything slow (torch, checkpoints, decoding, the test set, training the default model) runs
on workers; the GUI thread only shows results. torch is imported on a worker first.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

import numpy as np
from PySide6.QtCore import QMimeData, QSize, Qt
from PySide6.QtGui import QIcon, QImage, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from engine.paths import atomic_write_text, documents_dir
from gui.context import LabContext
from gui.settings import dataset_folder, settings
from gui.tabs.base import LabTab
from gui.tabs.classifier_jobs import (
    THUMB,
    Entry,
    class_names,
    job_detail,
    job_list_models,
    job_load_model,
    job_preprocess,
    job_reclassify,
    job_test_set,
    paths_from_text,
    png_bytes,
    reported,
    sample_files,
)
from gui.widgets.array_image import to_pixmap
from gui.widgets.lesson_guide import LessonGuide, guide_html
from gui.widgets.preprocess_steps import InputView, PreprocessSteps
from gui.widgets.test_set_browser import TestSetBrowser
from gui.widgets.topk_bars import TopKBars
from gui.worker import start_job

log = logging.getLogger(__name__)

TOP_K = 5
IMAGE_SUFFIXES = ("*.png *.jpg *.jpeg *.bmp *.gif *.webp *.tif *.tiff *.ppm *.pgm *.pbm "
                  "*.tga *.ico *.jfif *.avif")


# --------------------------------------------------------------------------- the tab
class ClassifierTab(LabTab):
    """Drop pictures, see the 28×28 input and the top-k; browse the test set."""

    OBJECT_NAME = "classifierTab"
    STAGED = True

    def __init__(self, parent: QWidget | None = None, staged: bool = False,
                 context: LabContext | None = None) -> None:
        super().__init__(parent, context)
        self.setAcceptDrops(True)
        self._entries: dict[str, Entry] = {}
        self._items: dict[str, QListWidgetItem] = {}
        self._classifier = None
        self._model_error: str | None = None
        self._models: list = []
        self._have_default = {"softmax": True, "mlp": True}
        self._generation = 0
        self._batch_workers: dict = {}
        self._paste_count = 0
        self._pending_jobs = 0
        self._train_worker = None
        self._training_kind: str | None = None
        self._train_error: str | None = None
        self._stopping = False
        self._test_state: str = "stale"          # stale | loading | done
        self.context.datasetFolderChanged.connect(self._on_dataset_folder_changed)
        self.context.modelSaved.connect(lambda _path: self.refresh_models())
        self._detail_key: str | None = None
        self._detail_result = None
        self._preferred_model = str(settings().value("classifier/model", "") or "")
        self._extra_models: list[str] = []
        self._build()
        self._connect()
        self.build_rest(self._build_later(), staged)

    def _build_later(self):  # noqa: ANN202 - a generator of construction steps
        """The test-set page's confusion matrix (a plot) comes one turn after the rest."""
        yield
        self.browser.confusion_view  # noqa: B018 - made now

    # ----------------------------------------------------------------- construction
    def _build(self) -> None:
        self.model_label = QLabel(self)
        self.model_combo = QComboBox(self, objectName="modelCombo")
        self.model_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.model_combo.setMinimumContentsLength(24)
        self.model_combo.setMinimumWidth(280)
        self.open_model_button = QPushButton(self, objectName="openModelButton")
        self.train_button = QPushButton(self, objectName="trainDefaultButton")
        self.train_mlp_button = QPushButton(self, objectName="trainMlpButton")
        self.train_progress = QProgressBar(self, objectName="trainProgress")
        self.train_progress.setRange(0, 100)
        self.train_progress.setVisible(False)
        self.train_progress.setMaximumWidth(260)
        self.model_status = QLabel(self, objectName="modelStatus")
        self.model_status.setWordWrap(True)
        self.model_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        model_row = QHBoxLayout()
        model_row.addWidget(self.model_label)
        model_row.addWidget(self.model_combo, 1)
        model_row.addWidget(self.open_model_button)
        model_row.addWidget(self.train_button)
        model_row.addWidget(self.train_mlp_button)
        model_row.addWidget(self.train_progress)

        # --- your pictures page
        self.open_button = QPushButton(self, objectName="openImagesButton")
        self.open_folder_button = QPushButton(self, objectName="openFolderButton")
        self.paste_button = QPushButton(self, objectName="pasteButton")
        self.clear_button = QPushButton(self, objectName="clearResultsButton")
        buttons = QHBoxLayout()
        for button in (self.open_button, self.open_folder_button, self.paste_button,
                       self.clear_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.drop_hint = QLabel(self, objectName="dropHint")
        self.drop_hint.setWordWrap(True)
        self.results_view = QListWidget(self, objectName="resultsView")
        self.results_view.setIconSize(QSize(THUMB, THUMB))
        self.results_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results_view.setUniformItemSizes(True)
        self.results_view.setAlternatingRowColors(True)
        self.results_status = QLabel(self, objectName="resultsStatus")
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.drop_hint)
        left_layout.addWidget(self.results_view, 1)
        left_layout.addWidget(self.results_status)

        self.steps_box = QGroupBox(self)
        self.steps_view = PreprocessSteps(self, side=100)
        self.invert_check = QCheckBox(self, objectName="invertCheck")
        self.invert_check.setChecked(True)
        self.crop_check = QCheckBox(self, objectName="cropCheck")
        self.crop_check.setChecked(True)
        self.detail_label = QLabel(self, objectName="selectedImageInfo")
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        toggles = QHBoxLayout()
        toggles.addWidget(self.invert_check)
        toggles.addWidget(self.crop_check)
        toggles.addStretch(1)
        steps_layout = QVBoxLayout(self.steps_box)
        steps_layout.addWidget(self.steps_view)
        steps_layout.addLayout(toggles)
        steps_layout.addWidget(self.detail_label)

        self.input_box = QGroupBox(self)
        self.input_view = InputView(self)
        QVBoxLayout(self.input_box).addWidget(self.input_view)
        self.topk_box = QGroupBox(self)
        self.topk_bars = TopKBars(self)
        QVBoxLayout(self.topk_box).addWidget(self.topk_bars)
        lower = QHBoxLayout()
        lower.addWidget(self.input_box, 2)
        lower.addWidget(self.topk_box, 3)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.steps_box)
        right_layout.addLayout(lower, 1)

        pictures = QSplitter(Qt.Orientation.Horizontal, self)
        pictures.setObjectName("picturesSplitter")
        pictures.addWidget(left)
        pictures.addWidget(right)
        pictures.setStretchFactor(0, 2)
        pictures.setStretchFactor(1, 5)
        pictures.setSizes([260, 700])

        self.browser = TestSetBrowser(self)
        self.pages = QTabWidget(self, objectName="classifierPages")
        self.pages.addTab(pictures, "")
        self.pages.addTab(self.browser, "")

        self.guide = LessonGuide(self, expanded=True)
        self.guide.setMinimumWidth(200)
        self.guide.setMaximumWidth(340)

        main = QWidget(self)
        main_layout = QVBoxLayout(main)
        main_layout.setContentsMargins(0, 0, 0, 0)
        main_layout.addLayout(model_row)
        main_layout.addWidget(self.model_status)
        main_layout.addWidget(self.pages, 1)
        outer = QSplitter(Qt.Orientation.Horizontal, self)
        outer.addWidget(main)
        outer.addWidget(self.guide)
        outer.setStretchFactor(0, 1)
        outer.setSizes([960, 300])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(outer)

    def _connect(self) -> None:
        self.model_combo.currentIndexChanged.connect(self._on_model_chosen)
        self.open_model_button.clicked.connect(self.open_model_dialog)
        self.train_button.clicked.connect(lambda: self.train_default("softmax"))
        self.train_mlp_button.clicked.connect(lambda: self.train_default("mlp"))
        self.open_button.clicked.connect(self.open_dialog)
        self.open_folder_button.clicked.connect(self.open_folder_dialog)
        self.paste_button.clicked.connect(self.paste)
        self.clear_button.clicked.connect(self.clear_results)
        self.results_view.currentItemChanged.connect(lambda cur, _prev: self._show_selected())
        self.invert_check.toggled.connect(lambda _on: self._rerun_preprocessing())
        self.crop_check.toggled.connect(lambda _on: self._rerun_preprocessing())
        self.pages.currentChanged.connect(lambda _i: self._maybe_evaluate_test_set())
        self.browser.imageActivated.connect(self.open_test_image)
        self.open_shortcut = QShortcut(QKeySequence.StandardKey.Open, self)
        self.open_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.open_shortcut.activated.connect(self.open_dialog)
        self.paste_shortcut = QShortcut(QKeySequence.StandardKey.Paste, self)
        self.paste_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.paste_shortcut.activated.connect(self.paste)
        self.delete_shortcut = QShortcut(QKeySequence.StandardKey.Delete, self.results_view)
        self.delete_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_shortcut.activated.connect(self._remove_selected)

    # ----------------------------------------------------------------- texts
    def tab_title(self) -> str:
        return self.tr("Classifier")

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
        self.open_button.setText(self.tr("Open pictures…"))
        self.open_button.setToolTip(self.tr("Choose picture files (Ctrl+O)"))
        self.open_folder_button.setText(self.tr("Open folder…"))
        self.open_folder_button.setToolTip(self.tr("Classify every picture in a folder and its "
                                                   "subfolders"))
        self.paste_button.setText(self.tr("Paste"))
        self.paste_button.setToolTip(self.tr("Paste a picture or copied files (Ctrl+V)"))
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Remove every picture from the list"))
        for button in (self.open_button, self.open_folder_button, self.paste_button,
                       self.clear_button, self.open_model_button, self.train_button,
                       self.train_mlp_button):
            button.setAccessibleName(button.text().replace("…", ""))
        self.drop_hint.setText(self.tr("Drop pictures or folders anywhere on this page."))
        self.results_view.setAccessibleName(self.tr("Results"))
        self.results_view.setToolTip(self.tr("Each picture with the model's top answer; "
                                             "select one to see its preprocessing"))
        self.steps_box.setTitle(self.tr("Preprocessing, step by step"))
        self.steps_view.set_captions([
            self.tr("1 original"), self.tr("2 grayscale"),
            self.tr("3 background removed, inverted"), self.tr("4 cropped, padded to square"),
            self.tr("5 28×28 model input")])
        self.invert_check.setText(self.tr("Invert light backgrounds"))
        self.invert_check.setToolTip(self.tr(
            "Fashion-MNIST garments are light on black. A photo is usually dark on white: "
            "detect the background from the border and invert when it is light."))
        self.crop_check.setText(self.tr("Crop to the object"))
        self.crop_check.setToolTip(self.tr(
            "Cut the picture to the object's bounding box and pad it to a square, "
            "as the dataset's garments fill their frame"))
        self.input_box.setTitle(self.tr("What the model sees (28×28)"))
        self.input_view.placeholder = self.tr("Select a picture")
        self.input_view.setAccessibleName(self.tr("28×28 model input"))
        self.topk_box.setTitle(self.tr("Top-%1 probabilities (softmax)").replace("%1", str(TOP_K)))
        self.topk_bars.placeholder = self.tr("No prediction yet")
        self.topk_bars.setAccessibleName(self.tr("Top-k probabilities"))
        self.pages.setTabText(0, self.tr("Your pictures"))
        self.pages.setTabText(1, self.tr("Test set"))
        self.browser.retranslate_ui()
        self.guide.set_content(self.tr("Lesson: classifying images"),
                               guide_html(
            self.tr("A classifier turns a 28×28 picture (784 pixel values) into one score per "
                    "class; softmax turns the scores into probabilities and the largest one is "
                    "the prediction. The model only knows pictures like the training set: light "
                    "garments on black, filling the frame. Your own photo has to be made to "
                    "look like that first."),
            "ŷ = softmax(<b>W</b><b>x</b> + <b>b</b>),&nbsp; softmax(<b>o</b>)<sub>j</sub> = "
            "exp(o<sub>j</sub>) / Σ<sub>k</sub> exp(o<sub>k</sub>)",
            [self.tr("Drop a photo of a shoe or a T-shirt, then untick “Invert light "
                     "backgrounds”: what happens to the prediction, and why?"),
             self.tr("Untick “Crop to the object” with a small garment in a big picture."),
             self.tr("In the Test set page, find the two classes the model confuses most "
                     "(click the cell). Would you have told them apart?"),
             self.tr("Compare the softmax model with the MLP: which classes improve?"),
             self.tr("Show only misclassified images of one class: are the labels always "
                     "right?")],
            self.tr("Course: softmax regression · image classification dataset · "
                    "predict_ch3")))
        self._refresh_texts()

    def _refresh_texts(self) -> None:
        """Texts that depend on state (and on the class names of the current language)."""
        self._fill_model_combo_texts()
        self._show_model_status()
        have_torch = "engine.data" in sys.modules
        if have_torch:
            names = class_names()
            self.browser.set_class_names(names)
            for row in range(self.results_view.count()):
                self._update_item(self.results_view.item(row))
            self._show_detail()
        self._update_results_status()

    # ----------------------------------------------------------------- models
    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self.refresh_models()

    def refresh_models(self) -> None:
        """List the checkpoints again (the Training tab may have saved new ones)."""
        self._pending_jobs += 1
        start_job(job_list_models, connect={"returned": self._on_models_listed,
                                             "errored": self._on_job_error,
                                             "finished": self._job_done})

    def _on_models_listed(self, result) -> None:
        infos, have_softmax, have_mlp = result
        self._have_default = {"softmax": have_softmax, "mlp": have_mlp}
        known = {str(info.path) for info in infos}
        if self._extra_models:
            from engine.classify import describe_model

            infos = infos + [describe_model(p) for p in self._extra_models if p not in known]
        self._models = infos
        current = self.current_model_path() or self._preferred_model
        self.model_combo.blockSignals(True)
        self.model_combo.clear()
        for info in infos:
            self.model_combo.addItem("", str(info.path))
        index = self.model_combo.findData(current) if current else -1
        if index < 0:
            index = 0 if infos else -1
        self.model_combo.setCurrentIndex(index)
        self.model_combo.blockSignals(False)
        self._fill_model_combo_texts()
        self.train_button.setVisible(not have_softmax and self._training_kind is None)
        self.train_mlp_button.setVisible(not have_mlp and self._training_kind is None)
        loaded = self._classifier is not None and str(self._classifier.path) == \
            self.current_model_path()
        if not loaded and index >= 0:
            self._on_model_chosen(index)
        elif index < 0:
            self._show_model_status()
        if not have_softmax and self._training_kind is None and self._train_error is None:
            self.train_default("softmax")

    def _fill_model_combo_texts(self) -> None:
        for i, info in enumerate(self._models[:self.model_combo.count()]):
            self.model_combo.setItemText(i, self._model_text(info))
            self.model_combo.setItemData(i, str(info.path), Qt.ItemDataRole.ToolTipRole)

    def _model_text(self, info) -> str:
        name = info.name
        if info.default_kind == "softmax":
            name = self.tr("Default: softmax regression")
        elif info.default_kind == "mlp":
            name = self.tr("Default: MLP 784-256-10")
        if info.error:
            return self.tr("%1 — unusable").replace("%1", name)
        if info.test_acc is None:
            return self.tr("%1 — test accuracy unknown").replace("%1", name)
        return self.tr("%1 — test accuracy %2").replace("%1", name).replace(
            "%2", f"{info.test_acc:.1%}")

    def current_model_path(self) -> str | None:
        data = self.model_combo.currentData()
        return str(data) if data else None

    def _on_model_chosen(self, index: int) -> None:
        path = self.model_combo.itemData(index)
        if not path:
            return
        self._classifier = None
        self._model_error = None
        self._show_model_status(loading=True)
        self._pending_jobs += 1
        start_job(job_load_model, str(path),
                  connect={"returned": self._on_model_loaded,
                           "errored": lambda exc, p=str(path): self._on_model_failed(p, exc),
                           "finished": self._job_done})

    def _on_model_loaded(self, classifier) -> None:
        if str(classifier.path) != self.current_model_path():
            return  # the user picked another one meanwhile
        self._classifier = classifier
        self._model_error = None
        settings().setValue("classifier/model", str(classifier.path))
        self._show_model_status()
        self._test_state = "stale"
        self.browser.set_loading() if self.pages.currentIndex() == 1 else None
        self._reclassify_all()
        self._maybe_evaluate_test_set()
        self._refresh_texts()

    def _on_model_failed(self, path: str, exc: BaseException) -> None:
        if path != self.current_model_path():
            return
        self._classifier = None
        self._model_error = " ".join(str(exc).split()) or type(exc).__name__
        self._show_model_status()
        self._clear_predictions()
        self.browser.set_error(self.tr("This model cannot be used: %1").replace(
            "%1", self._model_error))

    def _show_model_status(self, loading: bool = False) -> None:
        if self._training_kind is not None:
            text = self.tr("Training the default model on Fashion-MNIST… "
                           "(the rest of the tab works meanwhile)")
            style = ""
        elif self._model_error:
            text = self.tr("This model cannot be used: %1").replace("%1", self._model_error)
            style = "color: #d03030"
        elif loading:
            text, style = self.tr("Loading the model…"), ""
        elif self._classifier is not None:
            kind = {"softmax": self.tr("softmax regression"),
                    "mlp": self.tr("multilayer perceptron")}.get(self._classifier.arch,
                                                                 self._classifier.arch)
            acc = self._classifier.test_acc
            text = self.tr("%1 · recorded test accuracy %2").replace("%1", kind).replace(
                "%2", "—" if acc is None else f"{acc:.1%}")
            style = ""
        elif self._train_error:
            text = self.tr("No model yet: the default model could not be trained (%1).").replace(
                "%1", self._train_error)
            style = "color: #d03030"
        elif not self._models:
            text, style = self.tr("Looking for models…"), ""
        else:
            text, style = "", ""
        self.model_status.setText(text)
        self.model_status.setStyleSheet(style)

    def open_model_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a checkpoint"), str(documents_dir()),
            self.tr("PyTorch checkpoints (*.pt *.pth);;All files (*)"))
        if path:
            self.add_model(path)

    def add_model(self, path: str) -> None:
        """Add a checkpoint from anywhere to the list and select it (errors show in the UI)."""
        path = str(Path(path))
        if path not in self._extra_models:
            self._extra_models.append(path)
        self._preferred_model = path
        self.model_combo.blockSignals(True)
        self.model_combo.setCurrentIndex(-1)
        self.model_combo.blockSignals(False)
        self.refresh_models()

    def train_default(self, kind: str = "softmax") -> None:
        """Train a default model in the background and cache it in the user's data folder."""
        if self._training_kind is not None:
            return
        from engine.classify import train_default_model

        self._training_kind = kind
        self._train_error = None
        self._stopping = False
        self.train_button.setVisible(False)
        self.train_mlp_button.setVisible(False)
        self.train_progress.setValue(0)
        self.train_progress.setVisible(True)
        self._show_model_status()
        self._train_worker = start_job(
            reported(train_default_model), kind, dataset_folder(), None, lambda: self._stopping,
            connect={"yielded": self._on_train_progress, "returned": self._on_trained,
                     "errored": self._on_train_failed, "finished": self._on_train_finished})

    def _on_train_progress(self, fraction: float) -> None:
        self.train_progress.setValue(int(round(100 * fraction)))

    def _on_trained(self, path) -> None:
        self._preferred_model = str(path) if self._training_kind == "mlp" or \
            not self.current_model_path() else self._preferred_model

    def _on_train_failed(self, exc: BaseException) -> None:
        self._train_error = " ".join(str(exc).split())[:300] or type(exc).__name__

    def _on_train_finished(self) -> None:
        self._training_kind = None
        self._train_worker = None
        self.train_progress.setVisible(False)
        if self._stopping:
            return
        self.train_button.setVisible(not self._have_default.get("softmax", True))
        self.train_mlp_button.setVisible(not self._have_default.get("mlp", True))
        self._show_model_status()
        self.refresh_models()

    def _on_dataset_folder_changed(self, _folder: str) -> None:
        self._test_state = "stale"
        self._train_error = None
        self._maybe_evaluate_test_set()
        if not self._have_default.get("softmax", True):
            self.train_default("softmax")

    # ----------------------------------------------------------------- input
    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if self._usable_mime(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        self.dragEnterEvent(event)

    def dropEvent(self, event) -> None:  # noqa: N802
        if self.add_mime(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    @staticmethod
    def _usable_mime(mime: QMimeData) -> bool:
        return mime.hasUrls() or mime.hasImage() or (
            mime.hasText() and bool(paths_from_text(mime.text())))

    def add_mime(self, mime: QMimeData) -> bool:
        """Files, folders (URLs or paths as text) or picture data; True when something came."""
        paths = [url.toLocalFile() for url in mime.urls() if url.isLocalFile()] \
            if mime.hasUrls() else []
        if not paths and mime.hasText():
            paths = paths_from_text(mime.text())
        if paths:
            self.add_paths(paths)
            return True
        if mime.hasImage():
            image = mime.imageData()
            if isinstance(image, QImage) and not image.isNull():
                self.add_image_data(png_bytes(image))
                return True
        if mime.hasUrls() and mime.urls():
            self._set_results_message(self.tr("Only files on this computer can be classified."))
        return False

    def paste(self) -> None:
        """Paste picture data or copied files from the clipboard."""
        mime = QApplication.clipboard().mimeData()
        if mime is None or not self.add_mime(mime):
            self._set_results_message(self.tr("The clipboard holds no picture and no files."))

    def open_dialog(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Open pictures"), str(settings().value("classifier/lastDir", "")
                                                or documents_dir()),
            self.tr("Pictures (%1);;All files (*)").replace("%1", IMAGE_SUFFIXES))
        if files:
            settings().setValue("classifier/lastDir", str(Path(files[0]).parent))
            self.add_paths(files)

    def open_folder_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Open a folder of pictures"),
            str(settings().value("classifier/lastDir", "") or documents_dir()))
        if folder:
            settings().setValue("classifier/lastDir", folder)
            self.add_paths([folder])

    def add_paths(self, paths: list[str]) -> None:
        """Preprocess and classify files (folders walked recursively) on a worker."""
        self._start_preprocess([(str(p), str(p), None) for p in paths])

    def add_image_data(self, data: bytes, name: str | None = None) -> None:
        self._paste_count += 1
        key = f"clipboard:{self._paste_count}"
        label = name or self.tr("Pasted picture %1").replace("%1", str(self._paste_count))
        self._start_preprocess([(key, label, data)])

    def _start_preprocess(self, sources: list[tuple[str, str, bytes | None]],
                          select_first: bool = True) -> None:
        self._select_after = select_first and self.results_view.currentItem() is None
        self._pending_jobs += 1
        self._update_results_status()
        worker = start_job(job_preprocess, self._generation, sources, self._invert_option(),
                           self.crop_check.isChecked(), self._classifier,
                           connect={"yielded": self._on_entries,
                                    "errored": self._on_job_error,
                                    "finished": self._job_done})
        self._batch_workers[worker] = self._generation
        worker.finished.connect(lambda w=worker: self._batch_workers.pop(w, None))

    def _new_generation(self) -> None:
        """Results of earlier batches are no longer wanted: stop those batches."""
        self._generation += 1
        for worker in list(self._batch_workers):
            try:
                worker.quit()
            except RuntimeError:  # already deleted
                self._batch_workers.pop(worker, None)

    def _invert_option(self):
        return None if self.invert_check.isChecked() else False

    def _on_entries(self, payload) -> None:
        generation, entries = payload
        if generation != self._generation:
            return
        for entry in entries:
            self._entries[entry.key] = entry
            item = self._items.get(entry.key)
            if item is None:
                item = QListWidgetItem(self.results_view)
                item.setData(Qt.ItemDataRole.UserRole, entry.key)
                self._items[entry.key] = item
            if entry.thumb is not None:
                item.setIcon(QIcon(to_pixmap(entry.thumb, THUMB)))
            self._update_item(item)
        if getattr(self, "_select_after", False) and entries and \
                self.results_view.currentItem() is None:
            self._select_after = False
            self.results_view.setCurrentRow(self.results_view.count() - len(entries))
        elif self._detail_key in {e.key for e in entries}:
            self._show_selected()
        self._update_results_status()

    def _update_item(self, item: QListWidgetItem) -> None:
        entry = self._entries.get(item.data(Qt.ItemDataRole.UserRole))
        if entry is None:
            return
        name = entry.name if entry.data is not None else os.path.basename(entry.name) or entry.name
        if entry.error:
            line = self.tr("⚠ %1").replace("%1", self.error_text(entry.error))
            item.setForeground(Qt.GlobalColor.red)
        elif entry.probs is not None:
            top = int(np.argmax(entry.probs))
            line = f"{class_names()[top]}  {entry.probs[top]:.1%}"
            item.setData(Qt.ItemDataRole.ForegroundRole, None)
        else:
            line = self.tr("waiting for the model…")
        item.setText(f"{name}\n{line}")
        item.setToolTip(f"{entry.name}\n{line}")

    def _update_results_status(self) -> None:
        n = len(self._entries)
        errors = sum(1 for e in self._entries.values() if e.error)
        text = self.tr("%1 pictures, %2 unreadable").replace("%1", str(n)).replace(
            "%2", str(errors)) if n else ""
        if self._pending_jobs and n:
            text += " · " + self.tr("working…")
        self.results_status.setText(text)

    def _set_results_message(self, text: str) -> None:
        self.results_status.setText(text)

    def clear_results(self) -> None:
        self._new_generation()
        self._entries.clear()
        self._items.clear()
        self.results_view.clear()
        self._detail_key = None
        self._detail_result = None
        self._show_detail()
        self._update_results_status()

    def _remove_selected(self) -> None:
        item = self.results_view.currentItem()
        if item is None:
            return
        self._entries.pop(item.data(Qt.ItemDataRole.UserRole), None)
        self._items.pop(item.data(Qt.ItemDataRole.UserRole), None)
        self.results_view.takeItem(self.results_view.row(item))
        self._update_results_status()

    def _rerun_preprocessing(self) -> None:
        """Invert/crop toggled: preprocess every picture again with the new options."""
        if not self._entries:
            return
        self._new_generation()
        sources = [(e.key, e.name, e.data) for e in self._entries.values()]
        self._start_preprocess(sources, select_first=False)
        self._show_selected()

    def _reclassify_all(self) -> None:
        keys = [k for k, e in self._entries.items() if e.input is not None]
        if self._classifier is None or not keys:
            self._show_selected()
            return
        self._pending_jobs += 1
        start_job(job_reclassify, self._generation, [self._entries[k].input for k in keys],
                  self._classifier,
                  connect={"returned": lambda r, ks=keys: self._on_reclassified(ks, r),
                           "errored": self._on_job_error, "finished": self._job_done})
        self._show_selected()

    def _on_reclassified(self, keys: list[str], result) -> None:
        generation, probs = result
        if generation != self._generation:
            return
        for key, p in zip(keys, probs):
            if key in self._entries:
                self._entries[key].probs = p
        for row in range(self.results_view.count()):
            self._update_item(self.results_view.item(row))

    def _clear_predictions(self) -> None:
        for entry in self._entries.values():
            entry.probs = None
        for row in range(self.results_view.count()):
            self._update_item(self.results_view.item(row))
        self.topk_bars.clear()

    def error_text(self, message: str) -> str:
        """engine.images' one-line errors in the UI language (the engine speaks English)."""
        exact = {
            "the file is empty (0 bytes)": self.tr("the file is empty (0 bytes)"),
            "the data is empty (0 bytes)": self.tr("the data is empty (0 bytes)"),
            "not a picture (or a format Pillow cannot read)":
                self.tr("not a picture (or a format Pillow cannot read)"),
            "the file is truncated (incomplete download?)":
                self.tr("the file is truncated (incomplete download?)"),
            "file not found": self.tr("file not found"),
            "this is a folder, not a picture": self.tr("this is a folder, not a picture"),
            "permission denied": self.tr("permission denied"),
            "no object found: the picture is one flat colour":
                self.tr("no object found: the picture is one flat colour"),
        }
        if message in exact:
            return exact[message]
        for prefix, text in (("refused: ", self.tr("refused: %1")),
                             ("cannot decode the picture: ",
                              self.tr("cannot decode the picture: %1"))):
            if message.startswith(prefix):
                return text.replace("%1", message[len(prefix):])
        return message

    # ----------------------------------------------------------------- selected picture
    def _show_selected(self) -> None:
        item = self.results_view.currentItem()
        if item is None:
            self._detail_key = None
            self._detail_result = None
            self._show_detail()
            return
        key = item.data(Qt.ItemDataRole.UserRole)
        entry = self._entries.get(key)
        if entry is None:
            return
        self._detail_key = key
        self._pending_jobs += 1
        start_job(job_detail, key, entry.data, self._invert_option(),
                  self.crop_check.isChecked(), self._classifier,
                  connect={"returned": self._on_detail, "errored": self._on_job_error,
                           "finished": self._job_done})

    def _on_detail(self, payload) -> None:
        key, result = payload
        if key != self._detail_key:
            return
        self._detail_result = result
        self._show_detail()

    def _show_detail(self) -> None:
        result = self._detail_result
        if result is None:
            self.steps_view.clear()
            self.input_view.set_input(None)
            self.topk_bars.clear()
            self.detail_label.setText(self.tr("Select a picture in the list to see its steps.")
                                      if self._entries else "")
            self.detail_label.setStyleSheet("")
            return
        entry = self._entries.get(result.path)
        name = entry.name if entry is not None else result.path
        if result.error:
            self.steps_view.clear()
            self.input_view.set_input(None)
            self.topk_bars.clear()
            self.detail_label.setText(self.tr("%1: %2").replace("%1", name).replace(
                "%2", self.error_text(result.error)))
            self.detail_label.setStyleSheet("color: #d03030")
            return
        pre = result.pre
        self.steps_view.set_steps(pre.steps())
        self.input_view.set_input(pre.input)
        width, height = pre.source_size
        facts = [self.tr("%1 × %2 pixels").replace("%1", str(width)).replace("%2", str(height)),
                 self.tr("background %1 (from the border)").replace(
                     "%1", f"{pre.background:.0f}")]
        if self.invert_check.isChecked():
            facts.append(self.tr("inverted") if pre.inverted else
                         self.tr("not inverted (dark background already)"))
        else:
            facts.append(self.tr("inversion off"))
        short = name if entry is not None and entry.data is not None else os.path.basename(name)
        self.detail_label.setText(f"{short or name} — " + ", ".join(facts))
        self.detail_label.setToolTip(name)
        self.detail_label.setStyleSheet("")
        if result.probs is not None and self._classifier is not None:
            names = class_names()
            order = np.argsort(-result.probs)[:TOP_K]
            self.topk_bars.set_bars([(names[i], float(result.probs[i])) for i in order])
        else:
            self.topk_bars.clear()

    # ----------------------------------------------------------------- test set
    def _maybe_evaluate_test_set(self) -> None:
        if self.pages.currentIndex() != 1 or self._classifier is None:
            return
        if self._test_state != "stale":
            return
        self._test_state = "loading"
        self.browser.set_loading()
        classifier = self._classifier
        self._pending_jobs += 1
        start_job(job_test_set, classifier, dataset_folder(),
                  connect={"returned": lambda r, c=classifier: self._on_test_set(c, r),
                           "errored": self._on_test_set_failed, "finished": self._job_done})

    def _on_test_set(self, classifier, payload) -> None:
        if classifier is not self._classifier:
            return
        self._test_state = "done"
        status, value = payload
        if status == "missing":
            self.browser.set_missing(value)
        elif status == "error":
            self.browser.set_error(value)
        else:
            images, result = value
            self.browser.set_class_names(class_names())
            self.browser.set_results(images, result.labels, result.preds, result.probs,
                                     result.confusion)

    def open_test_image(self, index: int) -> None:
        """A test image (double-clicked in the grid) goes through the same steps as a photo."""
        from PIL import Image

        images = self.browser.model.images
        if not 0 <= index < len(images):
            return
        import io

        buf = io.BytesIO()
        Image.fromarray(np.asarray(images[index])).save(buf, "PNG")
        true = int(self.browser.labels[index])
        self.add_image_data(buf.getvalue(), self.tr("Test image #%1 (%2)").replace(
            "%1", str(index)).replace("%2", class_names()[true]))
        self.pages.setCurrentIndex(0)

    def _on_test_set_failed(self, exc: BaseException) -> None:
        self._test_state = "done"
        self.browser.set_error(" ".join(str(exc).split()) or type(exc).__name__)

    # ----------------------------------------------------------------- misc
    def _on_job_error(self, exc: BaseException) -> None:
        log.error("classifier job failed: %r", exc)
        self._set_results_message(self.tr("Something went wrong: %1").replace(
            "%1", " ".join(str(exc).split())[:200]))

    def _job_done(self) -> None:
        self._pending_jobs = max(0, self._pending_jobs - 1)
        self._update_results_status()

    def is_busy(self) -> bool:
        """True while any job of this tab runs (tests wait on it)."""
        return self._pending_jobs > 0 or self._training_kind is not None

    def results(self) -> list[Entry]:
        """The pictures in list order."""
        keys = [self.results_view.item(r).data(Qt.ItemDataRole.UserRole)
                for r in range(self.results_view.count())]
        return [self._entries[k] for k in keys if k in self._entries]

    def export(self) -> None:
        """Save the results list as CSV (file, label, probability or error)."""
        if not self._entries:
            self._set_results_message(self.tr("Nothing to export yet: add some pictures."))
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export results"), str(documents_dir() / "classified.csv"),
            self.tr("CSV files (*.csv)"))
        if path:
            self.write_csv(path)

    def write_csv(self, path: str) -> None:
        import csv
        import io

        from engine.data import CLASS_NAMES_EN

        buf = io.StringIO()
        writer = csv.writer(buf)
        writer.writerow(["path", "label", "class_index", "probability", "error"])
        for entry in self.results():
            if entry.probs is not None:
                top = int(np.argmax(entry.probs))
                writer.writerow([entry.key, CLASS_NAMES_EN[top], top,
                                 f"{entry.probs[top]:.6f}", ""])
            else:
                writer.writerow([entry.key, "", "", "", entry.error or ""])
        try:
            atomic_write_text(path, buf.getvalue())
        except OSError as exc:
            self._set_results_message(self.tr("Could not save: %1").replace(
                "%1", exc.strerror or str(exc)))
            return
        self._set_results_message(self.tr("Saved %1").replace("%1", path))

    def shutdown(self) -> None:
        self._stopping = True
        self._new_generation()
        if self._train_worker is not None:
            try:
                self._train_worker.quit()
            except RuntimeError:
                pass

    def prepare_screenshot(self) -> None:
        """Classify the bundled samples synchronously so the picture shows steps and top-k."""
        from engine.classify import Classifier, default_model_path, preprocess_one
        from engine.images import thumbnail

        try:
            if self._classifier is None:
                path = default_model_path("softmax")
                if path is None:
                    return
                self._classifier = Classifier.load(path)
                self._model_error = None
            self._generation += 1
            entries = []
            for sample in sample_files():
                result = preprocess_one(str(sample), keep_steps=True)
                entry = Entry(str(sample), str(sample), error=result.error)
                if result.pre is not None:
                    entry.input = result.pre.input
                    entry.thumb = thumbnail(result.pre.original, THUMB)
                    entry.probs = self._classifier.probabilities(entry.input[None])[0]
                entries.append(entry)
            self.clear_results()
            self._on_entries((self._generation, entries))
            if entries:
                # The photo of a sneaker shows every step best (inversion, crop).
                names = [Path(e.key).name for e in entries]
                row = names.index("sneaker_photo.jpg") if "sneaker_photo.jpg" in names else 0
                self.results_view.setCurrentRow(row)
                key = self.results_view.item(row).data(Qt.ItemDataRole.UserRole)
                self._detail_key = key
                self._on_detail(job_detail(key, None, self._invert_option(),
                                            self.crop_check.isChecked(), self._classifier))
            self._show_model_status()
        except Exception:  # a screenshot must never fail on this
            log.exception("preparing the classifier screenshot failed")
