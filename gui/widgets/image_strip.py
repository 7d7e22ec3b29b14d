"""A row (or grid) of small grayscale images with captions, like the course's ``show_images``.

Used for ``predict_ch3`` (test images with the true label over the predicted one) and anywhere a
few 28×28 images need to be shown enlarged with crisp pixels.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget


class ImageStrip(QWidget):
    """Paints grayscale images (uint8 [N, H, W]) scaled up without smoothing, captions above.

    ``set_images(images, captions, highlight)``: each caption may have several lines; the image
    gets a red caption where ``highlight[i]`` is True (e.g. a wrong prediction). ``columns`` = 0
    puts all images in one row; otherwise they wrap after that many.
    """

    def __init__(self, parent: QWidget | None = None, columns: int = 0, scale: int = 3) -> None:
        super().__init__(parent)
        self.setObjectName("imageStrip")
        self._images: list[QImage] = []
        self._captions: list[str] = []
        self._highlight: list[bool] = []
        self.columns = columns
        self.scale = scale
        self.placeholder = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    # ----------------------------------------------------------------- data
    def set_images(self, images: np.ndarray, captions: list[str] | None = None,
                   highlight: list[bool] | None = None) -> None:
        images = np.asarray(images)
        if images.ndim == 2:
            images = images[None]
        if images.dtype != np.uint8:  # floats in [0, 1] (ToTensor semantics)
            images = np.clip(np.asarray(images, np.float32) * 255.0, 0, 255).astype(np.uint8)
        self._images = [self._to_qimage(img) for img in images]
        self._captions = list(captions or [""] * len(self._images))
        self._highlight = list(highlight or [False] * len(self._images))
        self.updateGeometry()
        self.update()

    def set_placeholder(self, text: str) -> None:
        """Shown (greyed) while there are no images."""
        self.placeholder = text
        self.update()

    def clear(self) -> None:
        self.set_images(np.zeros((0, 28, 28), np.uint8))

    def count(self) -> int:
        return len(self._images)

    def captions(self) -> list[str]:
        return list(self._captions)

    @staticmethod
    def _to_qimage(img: np.ndarray) -> QImage:
        img = np.ascontiguousarray(img)
        h, w = img.shape
        return QImage(img.data, w, h, w, QImage.Format.Format_Grayscale8).copy()

    # ----------------------------------------------------------------- geometry
    def _caption_lines(self) -> int:
        return max([c.count("\n") + 1 for c in self._captions if c] or [0])

    def _cell(self) -> QSize:
        side = 28 * self.scale
        if self._images:
            side = max(self._images[0].width(), self._images[0].height()) * self.scale
        text_h = self.fontMetrics().height() * self._caption_lines()
        width = max(side, self.fontMetrics().averageCharWidth() * 10)
        return QSize(width + 8, side + text_h + 8)

    def _layout(self) -> tuple[int, int]:
        n = len(self._images)
        if n == 0:
            return 0, 0
        cols = self.columns or n
        if self.columns == 0:  # one row, wrapping only when the widget is too narrow
            cols = max(1, min(n, self.width() // max(1, self._cell().width())))
        rows = (n + cols - 1) // cols
        return cols, rows

    def sizeHint(self) -> QSize:  # noqa: N802
        cell = self._cell()
        n = max(1, len(self._images))
        cols = self.columns or n
        rows = (n + cols - 1) // cols
        return QSize(cell.width() * min(cols, n), cell.height() * rows)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        cell = self._cell()
        cols, rows = self._layout()
        return QSize(cell.width(), cell.height() * max(1, rows))

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        cell = self._cell()
        n = len(self._images)
        if n == 0:
            return cell.height()
        cols = self.columns or max(1, min(n, width // max(1, cell.width())))
        return cell.height() * ((n + cols - 1) // cols)

    # ----------------------------------------------------------------- painting
    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        palette = self.palette()
        if not self._images:
            if self.placeholder:
                painter.setPen(palette.color(QPalette.ColorGroup.Disabled,
                                             QPalette.ColorRole.WindowText))
                flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
                painter.drawText(self.rect(), flags, self.placeholder)
            return
        cell = self._cell()
        cols, _ = self._layout()
        lines = self._caption_lines()
        text_h = self.fontMetrics().height() * lines
        font = QFont(self.font())
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        for i, image in enumerate(self._images):
            row, col = divmod(i, cols)
            x0, y0 = col * cell.width() + 4, row * cell.height() + 4
            side_w, side_h = image.width() * self.scale, image.height() * self.scale
            caption = self._captions[i] if i < len(self._captions) else ""
            wrong = i < len(self._highlight) and self._highlight[i]
            painter.setFont(font)
            text_color = palette.color(QPalette.ColorRole.WindowText)
            painter.setPen(QColor("#d62728") if wrong else text_color)
            text_rect = QRect(x0 - 2, y0, cell.width() - 4, text_h)
            align = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom
            painter.drawText(text_rect, align, caption)
            ix = x0 + (cell.width() - 8 - side_w) // 2
            target = QRect(ix, y0 + text_h + 2, side_w, side_h)
            painter.drawImage(target, image)
            if wrong:
                painter.setPen(QColor("#d62728"))
                painter.drawRect(target.adjusted(-1, -1, 0, 0))
