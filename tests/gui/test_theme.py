"""A live theme switch recolours plots that already exist: titles, axes, legends, text."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from gui import theme
from gui.widgets.confusion_view import ConfusionView
from gui.widgets.metric_plots import MetricPlots

TEXTS = dict(smoothing="Smoothing", log_scale="Log scale", loss_title="Loss", acc_title="Accuracy",
             epoch="epoch", loss="loss", accuracy="accuracy", smoothing_tip="", log_tip="")


@pytest.fixture
def plots(qtbot):
    theme.apply_theme("light")
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    metrics = MetricPlots(window)
    metrics.set_texts(**TEXTS)
    metrics.acc_plot.plot([0, 1, 2], [0.1, 0.5, 0.7], name="train acc")
    confusion = ConfusionView(window)
    confusion.set_axis_titles("true class", "predicted")
    confusion.set_matrix(np.array([[3, 1], [0, 4]]), ["a", "b"])
    marker = pg.TextItem("note", color=theme.LIGHT_PLOT_COLORS[1])
    confusion.addItem(marker)
    layout.addWidget(metrics)
    layout.addWidget(confusion)
    window.show()
    yield metrics.acc_plot.getPlotItem(), confusion.getPlotItem(), marker
    theme.apply_theme("light")


def _colours(item: pg.PlotItem) -> set[str]:
    """Every foreground colour of a plot: title, axis lines, tick text, axis labels, legend."""
    found = {QColor(item.titleLabel.opts["color"] or "#000001").name()}
    for name in ("left", "bottom"):
        axis = item.getAxis(name)
        found |= {axis.pen().color().name(), axis.textPen().color().name(),
                  QColor(axis.labelStyle.get("color", "#000001")).name()}
    if item.legend is not None:
        found.add(QColor(item.legend.labelTextColor()).name())
        for _sample, label in item.legend.items:
            found.add(QColor(label.opts["color"]).name())
    return found


def test_dark_theme_recolours_existing_plots(plots):
    accuracy, confusion, marker = plots
    light_fg, dark_fg = (QColor(c[1]).name() for c in (theme.LIGHT_PLOT_COLORS,
                                                        theme.DARK_PLOT_COLORS))
    changes = []
    theme.theme_signals().changed.connect(changes.append)

    theme.apply_theme("dark")
    assert _colours(accuracy) == {dark_fg}
    assert _colours(confusion) == {dark_fg}
    assert dark_fg in accuracy.titleLabel.item.toHtml()
    assert accuracy.legend.items and all(dark_fg in label.item.toHtml()
                                         for _sample, label in accuracy.legend.items)
    assert marker.color.name() == dark_fg
    legend_fill = accuracy.legend.brush().color()
    assert legend_fill.lightness() < 100 and legend_fill.alpha() == 215
    assert changes == [True]

    theme.apply_theme("light")
    assert _colours(accuracy) == {light_fg}
    assert _colours(confusion) == {light_fg}
    assert accuracy.legend.brush().color().lightness() > 200
    assert changes == [True, False]


def test_output_blocks_follow_a_theme_switch(qtbot):
    from gui.widgets.cell_output import CellOutput
    from gui.widgets.output_view import OutputView
    from gui.widgets.rich_output import RichTextBlock

    theme.apply_theme("light")
    view = OutputView()
    qtbot.addWidget(view)
    cells = CellOutput(view, view)
    cells.handle({"type": "error", "id": 1, "ename": "ValueError", "evalue": "bad",
                  "message": "ValueError: bad", "lineno": 2, "line": "x = f()"})
    cells.handle({"type": "display", "id": 1, "metadata": {},
                  "data": {"text/html": "<table><tr><th>a</th></tr><tr><td>1</td></tr></table>"}})
    error = view.findChild(QLabel, "outputError")
    table = view.findChild(RichTextBlock)
    assert "#fdecea" in error.styleSheet() and "#f0f0f0" in table.document().defaultStyleSheet()
    try:
        theme.apply_theme("dark")
        assert "#4a1f1f" in error.styleSheet()
        assert "#3a3a3a" in table.document().defaultStyleSheet()
        assert "a" in table.plain_text() and "1" in table.plain_text()
    finally:
        theme.apply_theme("light")
    assert "#fdecea" in error.styleSheet()


def test_notebook_markdown_is_readable_after_switching_back_to_light(qtbot):
    """The rendered markdown kept the dark theme's light text on a light page."""
    from gui.widgets.notebook_blocks import MarkdownView

    theme.apply_theme("light")
    page = QWidget()
    page.setAutoFillBackground(True)
    qtbot.addWidget(page)
    view = MarkdownView(page)
    QVBoxLayout(page).addWidget(view)
    view.set_markdown("# Plotting\n\nThe function and its tangent line.")
    page.resize(500, 200)
    page.show()
    try:
        theme.apply_theme("dark")
        qtbot.wait(20)
        theme.apply_theme("light")
        qtbot.wait(20)
        image = page.grab().toImage()
        lightness = [QColor(image.pixel(x, y)).lightness()
                     for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)]
        assert max(lightness) > 200  # a light page
        assert min(lightness) < 100, "the text is as light as the page"
    finally:
        theme.apply_theme("light")


def test_widgets_with_a_style_sheet_take_the_new_palette(qtbot):
    """A widget with its own style sheet kept the old theme's text colour after a switch."""
    from PySide6.QtGui import QPalette

    theme.apply_theme("light")
    label = QLabel("scalar  ndim=0")
    label.setStyleSheet("QLabel { font-family: monospace; }")
    qtbot.addWidget(label)
    label.show()
    try:
        theme.apply_theme("dark")
        assert label.palette().color(QPalette.ColorRole.WindowText).lightness() > 150
        theme.apply_theme("light")
        assert label.palette().color(QPalette.ColorRole.WindowText).lightness() < 100
    finally:
        theme.apply_theme("light")
