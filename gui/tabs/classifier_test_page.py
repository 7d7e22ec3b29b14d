"""The classifier's Test set page: the model on all 10,000 Fashion-MNIST test images.

The page runs the evaluation in its own :class:`gui.tasks.TaskSlot`, once per model and data
folder, and only while it is shown. The browser inside (a grid, the confusion matrix and the
per-class table) is made on first use, its plot on first show: neither costs the first second.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from engine import torch_jobs
from gui.settings import dataset_folder
from gui.tabs.classifier_jobs import class_names
from gui.tasks import TaskSlot
from gui.widgets.test_set_browser import TestSetBrowser


class TestSetPage(QWidget):
    """Hosts the :class:`TestSetBrowser` and feeds it the current model's predictions."""

    #: A test image to open step by step (its index in the test set).
    imageActivated = Signal(int)  # noqa: N815
    #: The evaluation started or ended.
    busyChanged = Signal()  # noqa: N815

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        QVBoxLayout(self).setContentsMargins(0, 0, 0, 0)
        self.classifier = None
        self._state = "stale"          # stale | loading | done, for this model and folder
        self._browser: TestSetBrowser | None = None
        self._slot = TaskSlot(self, done=self._on_results, error=self._on_failed,
                              finished=self.busyChanged.emit)

    @property
    def browser(self) -> TestSetBrowser:
        """The browser (made on first use)."""
        if self._browser is None:
            browser = self._browser = TestSetBrowser(self)
            self.layout().addWidget(browser)
            browser.imageActivated.connect(self.imageActivated)
            if self.classifier is not None:
                browser.set_class_names(class_names())
        return self._browser

    def retranslate_ui(self) -> None:
        if self._browser is not None:
            self._browser.retranslate_ui()
            if self.classifier is not None:  # class names are known once a model has loaded
                self._browser.set_class_names(class_names())

    def is_busy(self) -> bool:
        return self._slot.is_running()

    # ----------------------------------------------------------------- what changed
    def set_classifier(self, classifier) -> None:
        """A new model: earlier results are stale, a run for the previous one never reports."""
        self._slot.cancel()
        self.classifier = classifier
        self._state = "stale"
        if classifier is not None and self._browser is not None:
            self._browser.set_class_names(class_names())
        if self.isVisible():
            self.browser.set_loading()
        self.evaluate_if_shown()

    def dataset_changed(self) -> None:
        """Another data folder: evaluate again (a run on the previous folder never reports)."""
        self._slot.cancel()
        self._state = "stale"
        self.evaluate_if_shown()

    def show_error(self, message: str) -> None:
        """The model cannot be used: say so instead of results."""
        self._slot.cancel()
        self.browser.set_error(message)

    def showEvent(self, event) -> None:  # noqa: N802, ANN001
        super().showEvent(event)
        self.evaluate_if_shown()

    # ----------------------------------------------------------------- the run
    def evaluate_if_shown(self) -> None:
        if not self.isVisible() or self.classifier is None or self._state != "stale":
            return
        self._state = "loading"
        self.browser.set_loading()
        self._slot.start(torch_jobs.test_set, self.classifier, dataset_folder(),
                         in_torch_process=True)
        self.busyChanged.emit()

    def _on_results(self, payload) -> None:
        self._state = "done"
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

    def _on_failed(self, exc: BaseException) -> None:
        self._state = "done"
        self.browser.set_error(" ".join(str(exc).split()) or type(exc).__name__)

    def shutdown(self) -> None:
        self._slot.cancel()
