"""Plot pieces the losses tab's columns share: a themed plot, a legend outside the data, a
place for a plot that is made later (staged build)."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtWidgets import QVBoxLayout, QWidget

from gui import theme
from gui.widgets.point_canvas import set_fitting_title

LEGEND_SIZE = "8pt"


def make_plot(name: str) -> pg.PlotWidget:
    """A fixed plot (no pan, zoom or menu: the controls drive it) in the theme's colours."""
    background, _ = theme.plot_colors()
    w = pg.PlotWidget(background=background, enableMenu=False)  # no menu made to hide
    w.setObjectName(name)
    w.showGrid(x=True, y=True, alpha=0.2)
    w.setMenuEnabled(False)
    w.setMouseEnabled(x=False, y=False)
    return w


def title(plot: pg.PlotWidget, text: str) -> None:
    set_fitting_title(plot, text)


class _Sample(pg.ItemSample):
    """A shorter line sample than pyqtgraph's, so legends take little room."""

    def boundingRect(self):  # noqa: N802, ANN201 (Qt naming)
        return pg.QtCore.QRectF(0, 0, 14, 14)

    def paint(self, p, *args) -> None:  # noqa: ANN001
        pen = self.item.opts.get("pen") if hasattr(self.item, "opts") else None
        if pen is not None:
            p.setPen(pg.mkPen(pen))
            p.drawLine(0, 7, 14, 7)


def legend_outside(plot: pg.PlotWidget, columns: int) -> pg.LegendItem:
    """A legend in a cell of its own under the x axis, so it never covers a curve."""
    item = plot.getPlotItem()
    legend = pg.LegendItem(colCount=columns, labelTextColor=theme.plot_colors()[1],
                           labelTextSize=LEGEND_SIZE, verSpacing=-6, sampleType=_Sample)
    item.layout.addItem(legend, 4, 1)
    item.legend = legend    # what apply_plot_theme recolours
    return legend


def rename_legend(legend: pg.LegendItem, entries: list[tuple[object, str]]) -> None:
    """Entries in this order with these (translated) names."""
    for item, _ in entries:
        legend.removeItem(item)
    for item, text in entries:
        legend.addItem(item, text)


def plot_slot(layout: QVBoxLayout, stretch: int) -> QVBoxLayout:
    """A place for a plot that comes later: the layout keeps its share meanwhile."""
    holder = QWidget()
    inner = QVBoxLayout(holder)
    inner.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(holder, stretch)
    return inner
