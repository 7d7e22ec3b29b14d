"""Shared checks that a tab fits a 1024 × 700 window with nothing cut."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel


def at_desktop_size(qtbot, tab) -> None:
    """A common desktop font (larger than the offscreen default), the tab's share of 1024 × 700."""
    font = tab.font()
    font.setPointSize(11)
    tab.setFont(font)
    tab.retranslate_ui()


def assert_fits_1024_by_700(qtbot, tab, plots) -> None:
    """Minimum size within the window, the guide's title whole, every plot title inside its
    plot, every one-line label as wide as it asks."""
    tab.resize(1012, 640)
    qtbot.wait(50)
    assert tab.minimumSizeHint().width() <= 1000
    assert tab.minimumSizeHint().height() <= 640
    toggle = tab.guide.toggle_button()
    assert toggle.width() >= toggle.sizeHint().width()
    for plot in plots:  # formulas: all of the title shows
        title = plot.getPlotItem().titleLabel.item
        rect = title.mapRectToScene(title.boundingRect())
        assert rect.width() <= plot.width(), plot.objectName()
        assert plot.sceneRect().contains(rect), plot.objectName()
        assert plot.getPlotItem().width() <= plot.width() + 1, plot.objectName()
    for label in tab.findChildren(QLabel):
        if label.isVisibleTo(tab) and not label.wordWrap() and label.text():
            assert label.width() >= label.minimumSizeHint().width(), label.objectName()
