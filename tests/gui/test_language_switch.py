"""Switching the language at run time changes every visible English string in every tab."""

import re

from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QWidget

from gui import i18n
from gui.main_window import MainWindow

# Words that stay the same in Chinese (names, code, units).
KEEP = re.compile(r"^(DiveLab|Fashion-MNIST|PyTorch|pandas|NumPy|torch|CPU|CUDA|MPS|MLP|ReLU|"
                  r"sigmoid|tanh|softmax|Huber|L1|L2|dot|mv|mm|cat|id|NA|NaN|CSV|xlsx)$")


def _english_texts(window: MainWindow) -> dict[tuple[str, int], str]:
    """Visible widget texts that read as English prose, keyed by widget identity."""
    texts = {}
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        for widget in window.tabs.currentWidget().findChildren(QWidget):
            if not widget.isVisibleTo(window):
                continue
            if isinstance(widget, QLabel | QAbstractButton):
                text = widget.text()
            elif isinstance(widget, QGroupBox):
                text = widget.title()
            else:
                continue
            plain = re.sub(r"<[^>]+>|&\w+;", " ", text)
            words = [w for w in re.findall(r"[A-Za-z][a-z]{2,}", plain) if not KEEP.match(w)]
            if len(words) >= 1 and not re.search(r"[\u4e00-\u9fff]", plain):
                texts[(widget.objectName() or type(widget).__name__, id(widget))] = text
    return texts


def test_every_visible_english_text_changes_in_chinese(qtbot):
    i18n.set_language("en")
    window = MainWindow()
    window._skip_close_prompt = True
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    english = _english_texts(window)
    assert len(english) > 80
    try:
        window.set_language("zh")
        still_english = {}
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
        for widget in window.findChildren(QWidget):
            key = (widget.objectName() or type(widget).__name__, id(widget))
            if key not in english:
                continue
            now = widget.title() if isinstance(widget, QGroupBox) else widget.text()
            if now == english[key]:
                still_english[key[0]] = now
        assert not still_english
    finally:
        window.set_language("en")
