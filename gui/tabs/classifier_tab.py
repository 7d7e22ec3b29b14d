"""Classifier tester: your own pictures through a Fashion-MNIST model, step by step, and the
test set with its confusion matrix.

The tab hosts the parts and runs the pictures' background work: the model picker
(``classifier_models_panel``), the picture list (``classifier_results``), the detail of one
picture (``classifier_detail``) and the Test set page (``classifier_test_page``), over the
Qt-free state in ``classifier_model``. Everything slow (torch, checkpoints, decoding, the test
set, training the default model) runs in :class:`gui.tasks.TaskSlot` jobs; the GUI thread only
shows results.
"""

from __future__ import annotations

import io
import logging

import numpy as np
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from engine.paths import atomic_write_text, documents_dir
from gui.context import LabContext
from gui.i18n import tr_format
from gui.tabs.base import LabTab
from gui.tabs.classifier_detail import PictureDetail
from gui.tabs.classifier_jobs import job_detail, job_preprocess, job_reclassify
from gui.tabs.classifier_model import Entry, PictureResults, Source
from gui.tabs.classifier_models_panel import ModelPicker
from gui.tabs.classifier_results import PictureList, usable_mime
from gui.tabs.classifier_test_page import TestSetPage
from gui.tasks import TaskSlot
from gui.widgets.lesson_guide import LessonGuide, guide_html
from gui.widgets.test_set_browser import TestSetBrowser

log = logging.getLogger(__name__)

#: Widgets of the parts that tests, scripts and the self-test reach through the tab.
_PART_WIDGETS = {
    "picker": ("model_label", "model_combo", "open_model_button", "train_button",
               "train_mlp_button", "train_progress", "model_status"),
    "picture_list": ("open_button", "open_folder_button", "paste_button", "clear_button",
                     "drop_hint", "results_view", "results_status"),
    "detail": ("steps_box", "steps_view", "invert_check", "crop_check", "detail_label",
               "input_box", "input_view", "topk_box", "topk_bars"),
}


class ClassifierTab(LabTab):
    """Drop pictures, see the 28×28 input and the top-k; browse the test set."""

    OBJECT_NAME = "classifierTab"
    STAGED = True

    def __init__(self, parent: QWidget | None = None, staged: bool = False,
                 context: LabContext | None = None) -> None:
        super().__init__(parent, context)
        self.setAcceptDrops(True)
        self.pictures = PictureResults()
        self._batches: list[TaskSlot] = []
        self._detail_result = None
        self._build()
        for part, names in _PART_WIDGETS.items():  # tab.model_combo, tab.results_view, …
            for name in names:
                setattr(self, name, getattr(getattr(self, part), name))
        self._connect()
        self.build_rest(self._build_later(), staged)

    def _build_later(self):  # noqa: ANN202 - a generator of construction steps
        """The Test set page's browser comes one turn after the rest. Its confusion matrix (a
        plot: tens of milliseconds on the GUI thread while torch loads beside it) waits until
        the page is first shown."""
        yield
        self.test_page.browser  # noqa: B018 - made now

    def finish_building(self) -> None:
        """Everything now, the confusion matrix included (scripts and tests ask for this)."""
        super().finish_building()
        self.test_page.browser.confusion_view  # noqa: B018 - made now

    @property
    def browser(self) -> TestSetBrowser:
        """The Test set page's browser (made on first use)."""
        return self.test_page.browser

    # ----------------------------------------------------------------- construction
    def _build(self) -> None:
        self.picker = ModelPicker(self)
        self.picture_list = PictureList(self.pictures, self)
        self.detail = PictureDetail(self)
        pictures = QSplitter(Qt.Orientation.Horizontal, self)
        pictures.setObjectName("picturesSplitter")
        pictures.addWidget(self.picture_list)
        pictures.addWidget(self.detail)
        pictures.setStretchFactor(0, 2)
        pictures.setStretchFactor(1, 5)
        pictures.setSizes([260, 700])

        self.test_page = TestSetPage(self)
        self.pages = QTabWidget(self, objectName="classifierPages")
        self.pages.addTab(pictures, "")
        self.pages.addTab(self.test_page, "")

        self.guide = LessonGuide(self, expanded=True)
        self.guide.setMinimumWidth(160)
        self.guide.setMaximumWidth(340)

        main = QWidget(self)
        main_layout = QVBoxLayout(main)
        main_layout.setContentsMargins(0, 0, 0, 0)
        main_layout.addWidget(self.picker)
        main_layout.addWidget(self.pages, 1)
        # The guide shrinks to its size hint (Maximum); a splitter would cap the whole tab's
        # height at it, so it sits at the top of a column that takes the full height.
        guide_column = QWidget(self)
        guide_layout = QVBoxLayout(guide_column)
        guide_layout.setContentsMargins(0, 0, 0, 0)
        guide_layout.addWidget(self.guide)
        guide_layout.addStretch(1)
        outer = QSplitter(Qt.Orientation.Horizontal, self)
        outer.addWidget(main)
        outer.addWidget(guide_column)
        outer.setStretchFactor(0, 1)
        outer.setSizes([980, 260])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(outer)

        self._detail_slot = TaskSlot(self, done=self._on_detail, error=self._on_job_error,
                                     finished=self._update_status)
        self._reclassify_slot = TaskSlot(self, done=self._on_reclassified,
                                         error=self._on_job_error, finished=self._update_status)

    def _connect(self) -> None:
        self.context.datasetFolderChanged.connect(self._on_dataset_folder_changed)
        self.context.modelSaved.connect(lambda _path: self.refresh_models())
        self.picker.classifierChanged.connect(self._on_classifier_changed)
        self.picker.modelFailed.connect(self._on_model_failed)
        self.picker.busyChanged.connect(self._update_status)
        self.picture_list.pathsChosen.connect(self.add_paths)
        self.picture_list.pictureDataChosen.connect(self.add_image_data)
        self.picture_list.clear_button.clicked.connect(self.clear_results)
        self.picture_list.selectionChanged.connect(lambda _key: self._show_selected())
        self.picture_list.removeRequested.connect(self._remove)
        self.detail.invert_check.toggled.connect(lambda _on: self._rerun_preprocessing())
        self.detail.crop_check.toggled.connect(lambda _on: self._rerun_preprocessing())
        self.test_page.imageActivated.connect(self.open_test_image)
        self.test_page.busyChanged.connect(self._update_status)
        self.open_shortcut = QShortcut(QKeySequence.StandardKey.Open, self)
        self.open_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.open_shortcut.activated.connect(self.open_dialog)
        self.paste_shortcut = QShortcut(QKeySequence.StandardKey.Paste, self)
        self.paste_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.paste_shortcut.activated.connect(self.paste)

    # ----------------------------------------------------------------- texts
    def tab_title(self) -> str:
        return self.tr("Classifier")

    def retranslate_ui(self) -> None:
        self.picker.retranslate_ui()
        self.picture_list.retranslate_ui()
        self.detail.retranslate_ui()
        self.pages.setTabText(0, self.tr("Your pictures"))
        self.pages.setTabText(1, self.tr("Test set"))
        self.test_page.retranslate_ui()
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
        self._render_detail()
        self._update_status()

    # ----------------------------------------------------------------- models
    @property
    def classifier(self):
        """The loaded engine.classify.Classifier, or None."""
        return self.pictures.classifier

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if self.guide.isExpanded():  # open to the text's height at the width it now has
            self.guide.expand(animate=False)
        self.refresh_models()

    def refresh_models(self) -> None:
        """List the checkpoints again (the Training tab may have saved new ones)."""
        self.picker.refresh()

    def current_model_path(self) -> str | None:
        return self.picker.current_model_path()

    def add_model(self, path: str) -> None:
        """Add a checkpoint from anywhere to the list and select it (errors show in the UI)."""
        self.picker.add_model(path)

    def open_model_dialog(self) -> None:
        self.picker.open_model_dialog()

    def train_default(self, kind: str = "softmax") -> None:
        self.picker.train_default(kind)

    def _on_classifier_changed(self, classifier) -> None:
        self.pictures.classifier = classifier
        if classifier is None:
            return  # another is loading: the answers stay until it has loaded
        self.test_page.set_classifier(classifier)
        self._reclassify_all()
        self.picture_list.refresh_all()

    def _on_model_failed(self, message: str) -> None:
        self.pictures.clear_probabilities()
        self.picture_list.refresh_all()
        self.detail.topk_bars.clear()
        self.test_page.show_error(message)

    def _on_dataset_folder_changed(self, _folder: str) -> None:
        self.test_page.dataset_changed()
        self.picker.on_dataset_folder_changed()

    # ----------------------------------------------------------------- input
    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if usable_mime(event.mimeData()):
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

    def add_mime(self, mime: QMimeData) -> bool:
        """Files, folders (URLs or paths as text) or picture data; True when something came."""
        return self.picture_list.add_mime(mime)

    def paste(self) -> None:
        """Paste picture data or copied files from the clipboard."""
        self.picture_list.paste()

    def open_dialog(self) -> None:
        self.picture_list.open_dialog()

    def open_folder_dialog(self) -> None:
        self.picture_list.open_folder_dialog()

    def add_paths(self, paths: list[str]) -> None:
        """Preprocess and classify files (folders walked recursively) on a worker."""
        self._start_batch([Source(str(p), str(p)) for p in paths], select="if_none")

    def add_image_data(self, data: bytes) -> None:
        """A pasted or dropped picture without a file."""
        self._start_batch([self.pictures.pasted(data)], select="if_none")

    def open_test_image(self, index: int) -> None:
        """A test image (double-clicked in the grid) goes through the same steps as a photo,
        and becomes the selected picture."""
        images = self.browser.model.images
        if not 0 <= index < len(images):
            return
        from PIL import Image  # loaded with the test set, on its worker

        buf = io.BytesIO()
        Image.fromarray(np.asarray(images[index])).save(buf, "PNG")
        source = self.pictures.test_image(buf.getvalue(), index, int(self.browser.labels[index]))
        self._start_batch([source], select="always")
        self.pages.setCurrentIndex(0)

    # ----------------------------------------------------------------- batches of pictures
    def _start_batch(self, sources: list[Source], select: str = "") -> None:
        """One slot per batch, so a second drop runs beside the first (as fast as before);
        ``select``: "if_none" selects the first new picture when none is selected, "always"
        selects it in any case."""
        want = {"pending": select}
        slot = TaskSlot(self, partial=lambda chunk: self._on_entries(chunk, want),
                        error=self._on_job_error)
        slot.finished = lambda: self._batch_ended(slot)
        self._batches.append(slot)
        slot.start(job_preprocess, sources, self.pictures.invert_option(), self.pictures.crop,
                   self.classifier)
        self._update_status()

    def _cancel_batches(self) -> None:
        """Results of earlier batches are no longer wanted (cleared, or options changed)."""
        for slot in self._batches:
            slot.cancel()
            slot.deleteLater()
        self._batches.clear()

    def _batch_ended(self, slot: TaskSlot) -> None:
        if slot in self._batches:
            self._batches.remove(slot)
            slot.deleteLater()
        if self.pictures.needs_answers() and not self._reclassify_slot.is_running():
            self._reclassify_all()  # the model changed while the batch ran
        self._update_status()

    def _on_entries(self, chunk, want: dict) -> None:
        entries, classifier = chunk
        if classifier is not self.classifier:
            for entry in entries:
                entry.probs = None
                if entry.fresh is not None:
                    entry.fresh.probs = None
        new = self.pictures.add(entries)
        self.picture_list.show_entries(entries)
        select, want["pending"] = want["pending"], ""
        if new and (select == "always" or (select == "if_none"
                                           and self.picture_list.current_key() is None)):
            self.picture_list.select(new[0].key)
        elif self.pictures.selected in {e.key for e in entries}:
            self._show_selected()
        for entry in entries:  # the steps of the others are not kept (memory)
            entry.fresh = None
        self._update_status()

    def _rerun_preprocessing(self) -> None:
        """Invert/crop toggled: preprocess every picture again with the new options."""
        self.pictures.invert = self.detail.invert_check.isChecked()
        self.pictures.crop = self.detail.crop_check.isChecked()
        if not self.pictures.entries:
            return
        self._cancel_batches()
        self._start_batch(self.pictures.sources())
        self._show_selected()

    def _reclassify_all(self) -> None:
        keys = self.pictures.classifiable()
        if self.classifier is None or not keys:
            self._render_detail()
            return
        self._reclassify_slot.start(job_reclassify, keys,
                                    [self.pictures.entries[k].input for k in keys],
                                    self.classifier)
        self._update_status()

    def _on_reclassified(self, result) -> None:
        keys, probs, classifier = result
        if classifier is not self.classifier:
            return
        self.pictures.set_probabilities(keys, probs)
        self.picture_list.refresh_all()
        shown = self._detail_result
        entry = self.pictures.entries.get(shown.path) if shown is not None else None
        if entry is not None and shown.pre is not None:
            shown.probs = entry.probs  # the same 28×28 input: only the answer is new
            self._render_detail()

    def clear_results(self) -> None:
        self._cancel_batches()
        self._reclassify_slot.cancel()
        self._detail_slot.cancel()
        self.pictures.clear()
        self.picture_list.clear()
        self._detail_result = None
        self._render_detail()
        self._update_status()

    def _remove(self, key: str) -> None:
        self.pictures.remove(key)
        self.picture_list.remove(key)
        self._update_status()

    # ----------------------------------------------------------------- selected picture
    def _show_selected(self) -> None:
        key = self.picture_list.current_key()
        entry = self.pictures.entries.get(key) if key else None
        if entry is None:
            self.pictures.selected = None
            self._detail_slot.cancel()
            self._detail_result = None
            self._render_detail()
            return
        self.pictures.selected = key
        if entry.fresh is not None:  # just preprocessed with the current options
            self._detail_slot.cancel()
            self._on_detail((key, entry.fresh))
            return
        self._detail_slot.start(job_detail, key, entry.data, self.pictures.invert_option(),
                                self.pictures.crop, self.classifier)
        self._update_status()

    def _on_detail(self, payload) -> None:
        key, result = payload
        if key != self.pictures.selected:
            return
        self._detail_result = result
        self._render_detail()

    def _render_detail(self) -> None:
        """The selected picture's steps, named in the current language."""
        result = self._detail_result
        entry = self.pictures.entries.get(result.path) if result is not None else None
        if entry is None:
            self.detail.show_result(None, have_pictures=bool(self.pictures.entries))
            return
        problem = self.picture_list.error_text(Entry(entry.key, entry.name, error=result.error,
                                                     problem=result.problem))
        self.detail.show_result(result, self.picture_list.display_name(entry),
                                self.picture_list.full_name(entry), problem)
        if self.classifier is None:
            self.detail.topk_bars.clear()

    # ----------------------------------------------------------------- misc
    def _on_job_error(self, exc: BaseException) -> None:
        log.error("classifier job failed: %r", exc)
        self.picture_list.show_message(tr_format(self.tr("Something went wrong: %1"),
                                                 " ".join(str(exc).split())[:200]))

    def is_busy(self) -> bool:
        """True while any job of this tab runs (tests wait on it)."""
        return bool(self._batches) or self.picker.is_busy() or self.test_page.is_busy() or any(
            slot.is_running() for slot in (self._detail_slot, self._reclassify_slot))

    def _update_status(self) -> None:
        self.picture_list.show_status(self.is_busy())

    def results(self) -> list[Entry]:
        """The pictures in list order."""
        entries = self.pictures.entries
        return [entries[k] for k in self.picture_list.keys() if k in entries]

    def export(self) -> None:
        """Save the results list as CSV (file, label, probability or error)."""
        if not self.pictures.entries:
            self.picture_list.show_message(self.tr("Nothing to export yet: add some pictures."))
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export results"), str(documents_dir() / "classified.csv"),
            self.tr("CSV files (*.csv)"))
        if path:
            self.write_csv(path)

    def write_csv(self, path: str) -> None:
        from engine.fashion_classes import CLASS_NAMES_EN

        text = self.pictures.csv_text(self.picture_list.keys(), CLASS_NAMES_EN)
        try:
            atomic_write_text(path, text)
        except OSError as exc:
            self.picture_list.show_message(tr_format(self.tr("Could not save: %1"),
                                                     exc.strerror or str(exc)))
            return
        self.picture_list.show_message(tr_format(self.tr("Saved %1"), path))

    def shutdown(self) -> None:
        self._cancel_batches()
        for slot in (self._detail_slot, self._reclassify_slot):
            slot.cancel()
        self.test_page.shutdown()
        self.picker.shutdown()
