"""Common base for the main window's tabs: retranslation hook, lesson guide, clean shutdown."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget


class LabTab(QWidget):
    """A tab of the main window.

    Subclasses build their widgets in ``__init__``, set every user-visible text in
    ``retranslate_ui`` (called once at the end of construction by the main window and again on
    every language switch), and stop their background jobs in ``shutdown``.
    """

    #: objectName of the tab, e.g. "trainingTab"; set by subclasses.
    OBJECT_NAME = ""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if self.OBJECT_NAME:
            self.setObjectName(self.OBJECT_NAME)

    def tab_title(self) -> str:  # pragma: no cover - overridden
        return self.OBJECT_NAME

    def retranslate_ui(self) -> None:
        """Set every visible text from ``self.tr(...)``."""

    def shutdown(self) -> None:
        """Stop running jobs; called when the window closes. Must not block for long."""

    def has_unsaved_changes(self) -> bool:
        """True to make the window ask before closing."""
        return False

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def set_text_keep_shortcut(button, text: str) -> None:
    """QAbstractButton.setText() resets the shortcut to the text's mnemonic; keep the one set."""
    shortcut = button.shortcut()
    button.setText(text)
    if not shortcut.isEmpty():
        button.setShortcut(shortcut)
