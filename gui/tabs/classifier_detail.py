"""One picture in detail: the five preprocessing steps, the 28×28 input and the top-k bars."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from gui.i18n import tr_format
from gui.tabs.classifier_jobs import class_names
from gui.tabs.classifier_model import TOP_K, top_k
from gui.widgets.preprocess_steps import InputView, PreprocessSteps
from gui.widgets.topk_bars import TopKBars


class PictureDetail(QWidget):
    """Renders one ``engine.classify.FileResult``; the invert/crop boxes are the options."""

    STEP_SIDE = 90

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.steps_box = QGroupBox(self)
        self.steps_view = PreprocessSteps(self, side=self.STEP_SIDE)
        # The five steps need ~560 px; in a narrow window they scroll instead of widening it.
        self.steps_scroll = QScrollArea(self)
        self.steps_scroll.setWidget(self.steps_view)
        self.steps_scroll.setWidgetResizable(True)
        self.steps_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.steps_scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.steps_scroll.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
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
        steps_layout.addWidget(self.steps_scroll)
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
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.steps_box)
        layout.addLayout(lower, 1)
        self._result = None
        self._name = ""
        self._full_name = ""
        self._have_pictures = False

    def _fit_steps_height(self) -> None:
        bar = self.steps_scroll.horizontalScrollBar().sizeHint().height()
        self.steps_scroll.setFixedHeight(self.steps_view.sizeHint().height() + bar)

    def retranslate_ui(self) -> None:
        self.steps_box.setTitle(self.tr("Preprocessing, step by step"))
        self.steps_view.set_captions([
            self.tr("1 original"), self.tr("2 grayscale"),
            self.tr("3 background removed, inverted"), self.tr("4 cropped, padded to square"),
            self.tr("5 28×28 model input")])
        self._fit_steps_height()
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
        self.topk_box.setTitle(tr_format(self.tr("Top-%1 probabilities (softmax)"), TOP_K))
        self.topk_bars.placeholder = self.tr("No prediction yet")
        self.topk_bars.setAccessibleName(self.tr("Top-k probabilities"))

    # ----------------------------------------------------------------- rendering
    def result(self):
        return self._result

    def show_result(self, result, name: str = "", full_name: str = "",
                    error_text: str = "", have_pictures: bool = False) -> None:
        """Show ``result`` (None: nothing selected) for the picture called ``name``."""
        self._result, self._name, self._full_name = result, name, full_name or name
        self._error_text, self._have_pictures = error_text, have_pictures
        self.render()

    def render(self, classifier_ready: bool = True) -> None:
        result = self._result
        if result is None or result.error:
            self.steps_view.clear()
            self.input_view.set_input(None)
            self.topk_bars.clear()
            if result is None:
                self.detail_label.setText(self.tr("Select a picture in the list to see its "
                                                  "steps.") if self._have_pictures else "")
                self.detail_label.setStyleSheet("")
            else:
                self.detail_label.setText(tr_format(self.tr("%1: %2"), self._name,
                                                    self._error_text or result.error))
                self.detail_label.setStyleSheet("color: #d03030")
            return
        pre = result.pre
        self.steps_view.set_steps(pre.steps())
        self.input_view.set_input(pre.input)
        width, height = pre.source_size
        facts = [tr_format(self.tr("%1 × %2 pixels"), width, height),
                 tr_format(self.tr("background %1 (from the border)"), f"{pre.background:.0f}")]
        if self.invert_check.isChecked():
            facts.append(self.tr("inverted") if pre.inverted else
                         self.tr("not inverted (dark background already)"))
        else:
            facts.append(self.tr("inversion off"))
        self.detail_label.setText(f"{self._name} — " + ", ".join(facts))
        self.detail_label.setToolTip(self._full_name)
        self.detail_label.setStyleSheet("")
        if result.probs is not None and classifier_ready:
            names = class_names()
            self.topk_bars.set_bars([(names[i], p) for i, p in top_k(result.probs)])
        else:
            self.topk_bars.clear()
