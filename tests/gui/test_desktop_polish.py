"""Desktop polish: every control explains itself, main actions have shortcuts, themes switch."""

from PySide6.QtGui import QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QSlider,
    QWidget,
)

from gui import i18n
from gui.main_window import MainWindow

CONTROLS = (QAbstractButton, QComboBox, QAbstractSpinBox, QSlider, QLineEdit)


def _window(qtbot) -> MainWindow:
    i18n.set_language("en")
    window = MainWindow()
    window._skip_close_prompt = True
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    return window


def _explained(control: QWidget) -> bool:
    """A control explains itself by its tooltip, or (a slider inside a labelled slider) its parent's."""
    if control.toolTip():
        return True
    parent = control.parentWidget()
    return isinstance(control, QSlider) and parent is not None and bool(parent.toolTip())


def test_every_visible_control_has_a_tooltip(qtbot):
    window = _window(qtbot)
    missing = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        tab = window.tabs.currentWidget()
        for control in tab.findChildren(QWidget):
            if not isinstance(control, CONTROLS) or not control.isVisibleTo(window):
                continue
            if control.objectName() == "qt_spinbox_lineedit" or type(control).__name__ == "SliderLabel":
                continue  # parts of a spin box / labelled slider, explained by their owner
            if not _explained(control):
                missing.append(f"{tab.objectName()}/{control.objectName() or type(control).__name__}")
    assert not missing


def _shortcuts(tab: QWidget) -> set[str]:
    keys = {b.shortcut().toString() for b in tab.findChildren(QAbstractButton)}
    keys |= {s.key().toString() for s in tab.findChildren(QShortcut)}
    return keys - {""}


def test_main_actions_have_shortcuts(qtbot):
    window = _window(qtbot)
    expected = {
        "tensorTab": {"Ctrl+Enter", "Ctrl+Shift+R"},  # run the cell, restart the kernel
        "preprocessTab": {"Ctrl+Z", "Ctrl+Y"},   # undo / redo
        "perceptronTab": {"S", "R"},             # step / run
        "lossTab": {"A"},                        # animate gradient descent
    }
    for lang in ("en", "zh", "en"):  # setting texts must not drop the keys
        window.set_language(lang)
        for name, keys in expected.items():
            assert keys <= _shortcuts(window.tab(name)), (lang, name)
    assert len(_shortcuts(window.tab("trainingTab"))) >= 2  # start, stop, pause
    assert len(_shortcuts(window.tab("classifierTab"))) >= 2  # open, paste


def test_dark_and_light_themes_switch_the_palette(qtbot):
    window = _window(qtbot)
    window.set_theme("dark")
    dark = QApplication.palette().color(QPalette.ColorRole.Window).lightness()
    window.set_theme("light")
    light = QApplication.palette().color(QPalette.ColorRole.Window).lightness()
    window.set_theme("system")
    assert dark < 100 < light
