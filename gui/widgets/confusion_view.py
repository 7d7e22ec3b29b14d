"""Confusion matrix heatmap (rows: true class, columns: predicted); clicking a cell selects it."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor

from gui import theme


class ConfusionView(pg.PlotWidget):
    """pyqtgraph ImageItem (``imageAxisOrder='row-major'``) with the counts written in the cells.

    Colours follow the row-normalised counts so that every class's mistakes show, whatever its
    size. ``cellClicked(true_class, predicted_class)`` fires on a click inside the matrix.
    """

    cellClicked = Signal(int, int)  # noqa: N815 (Qt naming)

    def __init__(self, parent=None) -> None:
        background, _ = theme.plot_colors()
        super().__init__(parent, background=background, enableMenu=False)
        self.setObjectName("confusionView")
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setOpts(axisOrder="row-major")
        self.image.setLookupTable(pg.colormap.get("viridis").getLookupTable(nPts=256))
        self.addItem(self.image)
        plot = self.getPlotItem()
        plot.setMouseEnabled(False, False)
        plot.hideButtons()
        plot.setMenuEnabled(False)
        plot.invertY(True)
        plot.setAspectLocked(True)
        self.matrix = np.zeros((0, 0), dtype=np.int64)
        self.counts = _CountsItem()
        self.addItem(self.counts)
        self._selection = pg.QtWidgets.QGraphicsRectItem(0, 0, 1, 1)
        self._selection.setPen(pg.mkPen("#ff3030", width=3))
        self._selection.setBrush(pg.mkBrush(None))
        self._selection.setVisible(False)
        self.addItem(self._selection)
        self.scene().sigMouseClicked.connect(self._on_click)

    def set_axis_titles(self, true_title: str, predicted_title: str) -> None:
        plot = self.getPlotItem()
        plot.setLabel("left", true_title)
        plot.setLabel("bottom", predicted_title)

    def set_matrix(self, matrix: np.ndarray, class_names: Sequence[str]) -> None:
        """``matrix`` int [n, n] of counts [true, predicted]."""
        matrix = np.asarray(matrix, dtype=np.int64)
        self.matrix = matrix
        n = matrix.shape[0]
        totals = matrix.sum(axis=1, keepdims=True)
        share = np.divide(matrix, totals, out=np.zeros(matrix.shape), where=totals > 0)
        # sqrt: small confusions stay visible next to the bright diagonal.
        self.image.setImage(np.sqrt(share), levels=(0.0, 1.0))
        self.image.setRect(0, 0, n, n)
        self.counts.set_counts(matrix, share > 0.45)
        # Names on the left; numbers below (ten names side by side would overlap).
        plot = self.getPlotItem()
        plot.getAxis("left").setTicks([[(i + 0.5, f"{name} {i}")
                                        for i, name in enumerate(class_names)]])
        plot.getAxis("bottom").setTicks([[(i + 0.5, str(i)) for i in range(n)]])
        plot.getAxis("bottom").setStyle(tickTextOffset=2)
        plot.setXRange(0, n, padding=0.01)
        plot.setYRange(0, n, padding=0.01)

    def select_cell(self, true_class: int | None, predicted: int | None) -> None:
        if true_class is None or predicted is None:
            self._selection.setVisible(False)
            return
        self._selection.setRect(predicted, true_class, 1, 1)
        self._selection.setVisible(True)

    def cell_center(self, true_class: int, predicted: int) -> QPoint:
        """Widget coordinates of a cell's centre (tests click there)."""
        view = self.getPlotItem().vb
        scene_point = view.mapViewToScene(QPointF(predicted + 0.5, true_class + 0.5))
        return self.mapFromScene(scene_point)

    def _on_click(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self.matrix.size == 0:
            return
        view = self.getPlotItem().vb
        point = view.mapSceneToView(event.scenePos())
        n = self.matrix.shape[0]
        col, row = int(np.floor(point.x())), int(np.floor(point.y()))
        if 0 <= row < n and 0 <= col < n:
            self.select_cell(row, col)
            self.cellClicked.emit(row, col)


class _CountsItem(pg.GraphicsObject):
    """All the cell counts in one item, drawn in screen pixels (unscaled, upright text)."""

    def __init__(self) -> None:
        super().__init__()
        self._cells: list[tuple[float, float, str, bool]] = []
        self._n = 0

    def set_counts(self, matrix: np.ndarray, bright: np.ndarray) -> None:
        self.prepareGeometryChange()
        self._n = matrix.shape[0]
        self._cells = [(p + 0.5, t + 0.5, str(int(matrix[t, p])), bool(bright[t, p]))
                       for t in range(self._n) for p in range(self._n) if matrix[t, p]]
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802
        return QRectF(0, 0, self._n, self._n)

    def paint(self, painter, *_args) -> None:
        transform = painter.transform()
        painter.resetTransform()
        dark, light = QColor(0, 0, 0), QColor(255, 255, 255)
        for x, y, text, bright in self._cells:
            centre = transform.map(QPointF(x, y))
            painter.setPen(dark if bright else light)
            painter.drawText(QRectF(centre.x() - 40, centre.y() - 12, 80, 24),
                             Qt.AlignmentFlag.AlignCenter, text)
        painter.setTransform(transform)
