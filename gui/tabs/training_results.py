"""The result of the selected run: learned w and b for linear regression, or predict_ch3's row of
test images with true and predicted labels for classification."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QStackedWidget, QVBoxLayout, QWidget

from gui import i18n
from gui.i18n import tr_format
from gui.training_session import Run
from gui.widgets.image_strip import ImageStrip
from gui.widgets.regression_result import RegressionResult


class TrainingResults(QWidget):
    """Title plus a stack: placeholder, regression table and fit, prediction strip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
        # The learned-w-and-b table beside its scatter needs ≈390 px: scrolled when the window is
        # narrow rather than widening the whole tab past a 1024 px screen.
        self.result_scroll = QScrollArea(objectName="resultScroll")
        self.result_scroll.setWidget(self.result_stack)
        self.result_scroll.setWidgetResizable(True)
        self.result_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.result_title.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.result_title)
        layout.addWidget(self.result_scroll, 1)

    def retranslate_ui(self) -> None:
        self.result_placeholder.setText(
            self.tr("Results of the selected run appear here when it has finished: the learned "
                    "w and b for linear regression, test images with their predicted labels for "
                    "classification."))
        self.prediction_strip.set_placeholder(self.tr("No predictions"))

    def show_run(self, run: Run | None, label: str = "") -> None:
        """Show ``run``'s result (``label``: its name as the legend writes it)."""
        if run is None or run.live or run.status == "failed" or not run.epochs:
            self.result_title.setText(self.tr("Result"))
            self.result_stack.setCurrentIndex(0)
            return
        name = label or run.name
        self.result_title.setText(tr_format(self.tr("Result of %1"), name))
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
            self.result_title.setText(
                tr_format(self.tr("Result of %1: true label over predicted label"), name))
            self.result_stack.setCurrentIndex(2)
        else:
            self.result_stack.setCurrentIndex(0)


def _class_names() -> tuple[str, ...]:
    from engine.fashion_classes import class_names

    return class_names(i18n.current_language())
