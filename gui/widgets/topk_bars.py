"""Horizontal probability bars for the top-k classes of one prediction."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget


class TopKBars(QWidget):
    """Paints one bar per class, longest first; the top-1 bar is highlighted.

    ``set_bars([(label, probability), ...])`` with probabilities in [0, 1].
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("topkBars")
        self._bars: list[tuple[str, float]] = []
        self.placeholder = ""
        self.setMinimumSize(220, 140)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(320, 200)

    def set_bars(self, bars: Sequence[tuple[str, float]]) -> None:
        self._bars = [(str(label), float(p)) for label, p in bars]
        self.setAccessibleDescription("; ".join(f"{lab} {p:.1%}" for lab, p in self._bars))
        self.update()

    def bars(self) -> list[tuple[str, float]]:
        return list(self._bars)

    def clear(self) -> None:
        self.set_bars([])

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_color = palette.windowText().color()
        if not self._bars:
            painter.setPen(palette.placeholderText().color())
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self.placeholder)
            return
        metrics = painter.fontMetrics()
        label_w = max(metrics.horizontalAdvance(lab) for lab, _ in self._bars) + 10
        value_w = metrics.horizontalAdvance("100.0%") + 8
        n = len(self._bars)
        row_h = min(34.0, self.height() / max(n, 1))
        bar_h = max(8.0, row_h * 0.62)
        bar_area = max(10.0, self.width() - label_w - value_w - 4)
        highlight = palette.highlight().color()
        muted = QColor(highlight)
        muted.setAlpha(110)
        track = QColor(text_color)
        track.setAlpha(28)
        for i, (label, p) in enumerate(self._bars):
            y = i * row_h + (row_h - bar_h) / 2
            painter.setPen(text_color)
            painter.drawText(QRectF(0, i * row_h, label_w - 6, row_h),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(track)
            painter.drawRoundedRect(QRectF(label_w, y, bar_area, bar_h), 3, 3)
            painter.setBrush(highlight if i == 0 else muted)
            painter.drawRoundedRect(QRectF(label_w, y, max(2.0, bar_area * p), bar_h), 3, 3)
            painter.setPen(text_color)
            painter.drawText(QRectF(label_w + bar_area + 4, i * row_h, value_w, row_h),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             f"{p:.1%}")
