"""A square pyqtgraph plot of ±1-labelled 2-D points that you edit with the mouse.

Left-click adds a +1 point, right-click or Shift-click a −1 point, Ctrl-click removes the nearest
point. The canvas only *reports* edits (signals with data coordinates); the owner keeps the data
and calls :meth:`PointCanvas.set_points`. Two scatter items hold all points, however many.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Qt, Signal
from PySide6.QtWidgets import QWidget

from gui import theme

POS_COLOR = "#1f77b4"   # class +1
NEG_COLOR = "#ff7f0e"   # class −1
TITLE_SIZES = (10.0, 9.0, 8.0, 7.0)   # title point sizes, largest first, tried until one fits


class PointCanvas(pg.PlotWidget):
    """Fixed view of [−limit, limit]², no pan/zoom (clicks edit points instead)."""

    pointAdded = Signal(float, float, int)       # noqa: N815 (Qt naming) x, y, label ±1
    removeRequested = Signal(float, float)       # noqa: N815 x, y near which to remove

    def __init__(self, parent: QWidget | None = None, limit: float = 3.0,
                 editable: bool = True) -> None:
        background, _ = theme.plot_colors()
        super().__init__(parent, background=background, enableMenu=False)
        self.limit = limit
        self.editable = editable
        item = self.getPlotItem()
        item.setAspectLocked(True)
        item.setMouseEnabled(x=False, y=False)
        item.setMenuEnabled(False)
        item.hideButtons()
        item.showGrid(x=True, y=True, alpha=0.15)
        item.setRange(xRange=(-limit, limit), yRange=(-limit, limit), padding=0.02)
        item.setLabel("bottom", "x₁")
        item.setLabel("left", "x₂")
        self.pos_points = pg.ScatterPlotItem(size=9, symbol="o", pen=pg.mkPen("#0b3d66", width=1),
                                             brush=pg.mkBrush(POS_COLOR))
        self.neg_points = pg.ScatterPlotItem(size=9, symbol="s", pen=pg.mkPen("#7a3a00", width=1),
                                             brush=pg.mkBrush(NEG_COLOR))
        self.pos_points.setZValue(10)
        self.neg_points.setZValue(10)
        self.addItem(self.pos_points)
        self.addItem(self.neg_points)
        self.scene().sigMouseClicked.connect(self._on_click)

    # ------------------------------------------------------------------ data
    def set_points(self, X: np.ndarray, y: np.ndarray) -> None:
        X = np.asarray(X, dtype=np.float64).reshape(-1, 2)
        y = np.asarray(y).reshape(-1)
        pos, neg = X[y > 0], X[y < 0]
        self.pos_points.setData(pos[:, 0], pos[:, 1])
        self.neg_points.setData(neg[:, 0], neg[:, 1])

    # ------------------------------------------------------------------ coordinates
    def view_box(self) -> pg.ViewBox:
        return self.getPlotItem().getViewBox()

    def data_to_widget(self, x: float, y: float) -> QPoint:
        """Widget (viewport) pixel of data point (x, y): where a click lands on it."""
        scene = self.view_box().mapViewToScene(QPointF(x, y))
        return self.mapFromScene(scene)

    def _on_click(self, event) -> None:  # pyqtgraph MouseClickEvent
        if not self.editable or event.isAccepted():
            return
        vb = self.view_box()
        scene_pos = event.scenePos()
        if not vb.sceneBoundingRect().contains(scene_pos):
            return
        p = vb.mapSceneToView(scene_pos)
        x, y = float(p.x()), float(p.y())
        if abs(x) > self.limit or abs(y) > self.limit:
            return
        mods = event.modifiers()
        button = event.button()
        if mods & Qt.KeyboardModifier.ControlModifier:
            self.removeRequested.emit(x, y)
        elif button == Qt.MouseButton.RightButton or mods & Qt.KeyboardModifier.ShiftModifier:
            self.pointAdded.emit(x, y, -1)
        elif button == Qt.MouseButton.LeftButton:
            self.pointAdded.emit(x, y, 1)
        else:
            return
        event.accept()


    # ------------------------------------------------------------------ theme
    def set_title(self, text: str) -> None:
        """Title in the theme's foreground, shrunk to fit (see :func:`set_fitting_title`)."""
        set_fitting_title(self, text)

    def follow_theme(self) -> None:
        apply_plot_theme(self)


class _TitleFitter(QObject):
    """Re-fits a plot's title whenever the plot is resized."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt naming)
        if event.type() == QEvent.Type.Resize:
            _fit_title(watched)
        return False


def set_fitting_title(plot: pg.PlotWidget, text: str) -> None:
    """Give ``plot`` the title ``text`` in the theme's foreground, at the largest size from
    :data:`TITLE_SIZES` that fits its width (pyqtgraph would otherwise widen the plot item
    past the widget and cut both the title and the plot)."""
    plot.setProperty("fittingTitle", text)
    if plot.findChild(_TitleFitter) is None:
        plot.installEventFilter(_TitleFitter(plot))
    _fit_title(plot)


def _fit_title(plot: pg.PlotWidget) -> None:
    text = plot.property("fittingTitle")
    if not text:
        return
    item = plot.getPlotItem()
    label = item.titleLabel
    # The title is centred over the view box's column: the left axis takes the rest.
    axis = item.getAxis("left")
    # (and the plot layout's margins and spacing, about 20 pixels; the viewport is not yet
    # resized when the resize event arrives)
    room = plot.width() - 2 * plot.frameWidth() - (axis.width() if axis.isVisible() else 0) - 24
    color = theme.plot_colors()[1]
    label.item.setTextWidth(-1)
    for points in TITLE_SIZES:   # measured as rendered (rich text), largest size that fits
        item.setTitle(text, color=color, size=f"{points:g}pt")
        if label.item.boundingRect().width() <= room:
            return
    # Not even the smallest fits on one line: wrap it (two lines of it fit the title row).
    label.item.setTextWidth(max(room, 40))
    label.updateMin()
    label.resizeEvent(None)


def apply_plot_theme(plot: pg.PlotWidget) -> None:
    """Give a plot the current theme's background and foreground: title, axes, tick labels and
    legend text (pyqtgraph fixes those colours when they are set, so a live switch needs this).
    """
    background, foreground = theme.plot_colors()
    plot.setBackground(background)
    item = plot.getPlotItem()
    title = item.titleLabel
    if plot.property("fittingTitle"):
        _fit_title(plot)
    elif title.text:
        title.setText(title.text, color=foreground)
    for name in ("left", "bottom", "top", "right"):
        axis = item.getAxis(name)
        axis.setPen(foreground)
        axis.setTextPen(foreground)
    legend = item.legend
    if legend is not None:
        legend.setLabelTextColor(foreground)


def region_lookup_table() -> np.ndarray:
    """Colours for P(+1) from 0 (class −1, orange) through white to 1 (class +1, blue)."""
    cmap = pg.ColorMap([0.0, 0.5, 1.0], [NEG_COLOR, "#ffffff", POS_COLOR])
    lut = cmap.getLookupTable(0.0, 1.0, 256, alpha=True)
    lut[:, 3] = 150
    return lut
