"""Light and dark themes (Fusion palette), following the system unless the user picks one."""

from __future__ import annotations

import sys

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

THEMES = ("system", "light", "dark")
_dark = False


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
    _restyle_plots()
    return _dark


def plot_colors() -> tuple[str, str]:
    """(background, foreground) for pyqtgraph plots in the current theme."""
    return ("#1e1e1e", "#d0d0d0") if _dark else ("w", "#303030")


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
        for kind in (pg.PlotWidget, pg.GraphicsLayoutWidget):
            if isinstance(top, kind):
                top.setBackground(background)
            for widget in top.findChildren(kind):
                widget.setBackground(background)


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
