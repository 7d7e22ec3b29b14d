"""Light and dark themes (Fusion palette), following the system unless the user picks one."""

from __future__ import annotations

import sys

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

THEMES = ("system", "light", "dark")
#: (background, foreground) of pyqtgraph plots, light and dark.
LIGHT_PLOT_COLORS = ("w", "#303030")
DARK_PLOT_COLORS = ("#1e1e1e", "#d0d0d0")
_dark = False


class ThemeSignals(QObject):
    """``changed(dark)`` fires after a theme was applied: widgets that paint their own colours
    (highlighters, diagrams, plots) redraw with the new ones."""

    changed = Signal(bool)


_signals: ThemeSignals | None = None


def theme_signals() -> ThemeSignals:
    """The one object whose ``changed`` signal reports theme switches."""
    global _signals
    if _signals is None or not shiboken6.isValid(_signals):
        _signals = ThemeSignals(QApplication.instance())
    return _signals


def system_prefers_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def is_dark() -> bool:
    return _dark


def apply_theme(mode: str) -> bool:
    """Apply 'system', 'light' or 'dark'; returns True when the result is dark."""
    global _dark
    app = QApplication.instance()
    _dark = mode == "dark" or (mode == "system" and system_prefers_dark())
    app.setStyle("Fusion")
    app.setPalette(_dark_palette() if _dark else app.style().standardPalette())
    _repolish_style_sheets()
    _restyle_plots()
    theme_signals().changed.emit(_dark)
    return _dark


def _repolish_style_sheets() -> None:
    """Widgets with a style sheet of their own keep the palette they were polished with, so a
    live switch left their text in the old theme's colour: polish them again."""
    for top in QApplication.topLevelWidgets():
        if not shiboken6.isValid(top):
            continue
        for widget in [top, *top.findChildren(QWidget)]:
            sheet = widget.styleSheet()
            if sheet:
                widget.setStyleSheet(sheet)


def plot_colors() -> tuple[str, str]:
    """(background, foreground) for pyqtgraph plots in the current theme."""
    return DARK_PLOT_COLORS if _dark else LIGHT_PLOT_COLORS


def configure_plots() -> None:
    """Give pyqtgraph the theme's colours, if it is loaded (it is imported lazily: start-up)."""
    if "pyqtgraph" in sys.modules:
        _restyle_plots()


def _restyle_plots() -> None:
    pg = sys.modules.get("pyqtgraph")
    if pg is None:  # nothing drawn yet; configure_plots() runs when a tab loads it
        return
    background, foreground = plot_colors()
    pg.setConfigOptions(background=background, foreground=foreground, antialias=True)
    # Walk live windows only: QApplication.allWidgets() also hands out widgets that are being
    # destroyed (a closed window's children), and wrapping one of those crashes the process.
    for top in QApplication.topLevelWidgets():
        if not shiboken6.isValid(top):
            continue
        views = top.findChildren(pg.GraphicsView)
        if isinstance(top, pg.GraphicsView):
            views.append(top)
        for view in views:
            view.setBackground(background)
            for item in view.scene().items():
                _restyle_item(pg, item, background, foreground)


def _is_theme_colour(color) -> bool:  # noqa: ANN001 - anything pyqtgraph accepts as a colour
    """True for no colour or one of the themes' foregrounds: colours a plot chose itself (a
    red warning, a class colour) are left alone."""
    import pyqtgraph as pg

    if color is None:
        return True
    name = pg.mkColor(color).name()
    return name in {QColor(LIGHT_PLOT_COLORS[1]).name(), QColor(DARK_PLOT_COLORS[1]).name()}


def _restyle_item(pg, item, background: str, foreground: str) -> None:  # noqa: ANN001
    """Titles, axes, legends and text in the theme's foreground (pyqtgraph bakes the colour
    in when an item is made, so a live switch has to visit them)."""
    if isinstance(item, pg.AxisItem):
        item.setPen(foreground)
        item.setTextPen(foreground)
    elif isinstance(item, pg.LegendItem):
        item.setLabelTextColor(foreground)
        if item.brush().style() != Qt.BrushStyle.NoBrush:
            fill = QColor("#ffffff" if background == "w" else background)
            fill.setAlpha(item.brush().color().alpha())
            item.setBrush(fill)
        if item.pen().style() != Qt.PenStyle.NoPen:
            edge = QColor(foreground)
            edge.setAlpha(item.pen().color().alpha())
            item.setPen(edge)
    elif isinstance(item, pg.LabelItem):  # plot titles, legend entries, layout labels
        if _is_theme_colour(item.opts.get("color")):
            item.setAttr("color", foreground)
            item.setText(item.text)
    elif isinstance(item, pg.TextItem):
        if _is_theme_colour(item.color):
            item.setColor(foreground)


def _dark_palette() -> QPalette:
    palette = QPalette()
    base, window, text = QColor(35, 35, 35), QColor(48, 48, 48), QColor(220, 220, 220)
    for role, color in {
        QPalette.ColorRole.Window: window,
        QPalette.ColorRole.WindowText: text,
        QPalette.ColorRole.Base: base,
        QPalette.ColorRole.AlternateBase: window,
        QPalette.ColorRole.ToolTipBase: window,
        QPalette.ColorRole.ToolTipText: text,
        QPalette.ColorRole.Text: text,
        QPalette.ColorRole.Button: window,
        QPalette.ColorRole.ButtonText: text,
        QPalette.ColorRole.BrightText: QColor(255, 80, 80),
        QPalette.ColorRole.Link: QColor(90, 160, 255),
        QPalette.ColorRole.Highlight: QColor(42, 130, 218),
        QPalette.ColorRole.HighlightedText: QColor(255, 255, 255),
        QPalette.ColorRole.PlaceholderText: QColor(140, 140, 140),
    }.items():
        palette.setColor(role, color)
    roles = (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText, QPalette.ColorRole.WindowText)
    for role in roles:
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(120, 120, 120))
    return palette
