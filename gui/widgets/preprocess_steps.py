"""The five preprocessing steps of one picture side by side, and the 28×28 input enlarged."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QWidget

from gui.widgets.array_image import to_pixmap, to_qimage

STEP_COUNT = 5


class PreprocessSteps(QWidget):
    """Five thumbnails with captions: original, grayscale, inverted, square, 28×28.

    The owning tab supplies translated captions (``set_captions``) and the pictures
    (``set_steps``, uint8 arrays as returned by ``engine.images.Preprocessed.steps()``).
    """

    def __init__(self, parent: QWidget | None = None, side: int = 120) -> None:
        super().__init__(parent)
        self.setObjectName("preprocessSteps")
        self.side = side
        self.images: list[QLabel] = []
        self.captions: list[QLabel] = []
        self._steps: list[np.ndarray] = []
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(8)
        for i in range(STEP_COUNT):
            image = QLabel(self)
            image.setObjectName(f"preprocessStep{i + 1}")
            image.setFixedSize(side, side)
            image.setAlignment(Qt.AlignmentFlag.AlignCenter)
            image.setFrameShape(QFrame.Shape.StyledPanel)
            caption = QLabel(self)
            caption.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            caption.setWordWrap(True)
            caption.setFixedWidth(side + 6)
            layout.addWidget(image, 0, i, Qt.AlignmentFlag.AlignHCenter)
            layout.addWidget(caption, 1, i, Qt.AlignmentFlag.AlignHCenter)
            self.images.append(image)
            self.captions.append(caption)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def set_captions(self, captions: Sequence[str]) -> None:
        for label, text in zip(self.captions, captions):
            label.setText(text)
            label.setToolTip(text)

    def set_steps(self, steps: Sequence[np.ndarray]) -> None:
        self._steps = list(steps)
        for i, label in enumerate(self.images):
            if i < len(steps):
                # The last step is the 28×28 input: keep its pixels crisp.
                label.setPixmap(to_pixmap(steps[i], self.side - 4, crisp=i == STEP_COUNT - 1
                                          or max(steps[i].shape[:2]) < self.side))
            else:
                label.clear()

    def clear(self) -> None:
        self._steps = []
        for label in self.images:
            label.clear()

    def steps(self) -> list[np.ndarray]:
        return list(self._steps)


class InputView(QWidget):
    """The 28×28 model input, enlarged with square pixels and a faint pixel grid."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inputView")
        self._image: QImage | None = None
        self._array: np.ndarray | None = None
        self.placeholder = ""
        self.setMinimumSize(168, 168)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(224, 224)

    def set_input(self, x: np.ndarray | None) -> None:
        """``x``: float [28, 28] in [0, 1] or uint8; None clears."""
        if x is None:
            self._image = self._array = None
        else:
            arr = np.asarray(x)
            if arr.dtype != np.uint8:
                arr = np.clip(arr * 255.0 + 0.5, 0, 255).astype(np.uint8)
            self._array = arr
            self._image = to_qimage(arr)
        self.update()

    def input_array(self) -> np.ndarray | None:
        return self._array

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        side = min(self.width(), self.height())
        rect = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        if self._image is None:
            painter.setPen(self.palette().placeholderText().color())
            painter.drawRect(rect.adjusted(0, 0, -1, -1))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self.placeholder)
            return
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        painter.drawImage(rect, self._image)
        h, w = self._array.shape
        if side / w >= 5:
            painter.setPen(QPen(QColor(90, 90, 90, 90), 0))
            for i in range(1, w):
                x = rect.left() + i * side / w
                painter.drawLine(int(x), int(rect.top()), int(x), int(rect.bottom()))
            for j in range(1, h):
                y = rect.top() + j * side / h
                painter.drawLine(int(rect.left()), int(y), int(rect.right()), int(y))
