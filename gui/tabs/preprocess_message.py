"""The Preprocessing tab's message line: what just happened, or why it could not.

Its height is reserved whether or not a message shows, so nothing below it moves when a
message appears or clears; a message too long for the room is in the tooltip in full.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QWidget

from gui import theme

#: The line always keeps room for this many lines of text.
MESSAGE_LINES = 2

_COLORS = {  # kind: (light theme, dark theme)
    "error": ("#b00020", "#ff8a80"),
    "warning": ("#8a4b00", "#ffcc80"),
    "info": ("#1b5e20", "#a5d6a7"),
}


class MessageLine(QLabel):
    """Shows one message of a kind (error, warning, info) in its colour, or nothing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageLabel")
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._kind = ""
        self._reserve_height()

    def _reserve_height(self) -> None:
        self.setFixedHeight(self.fontMetrics().lineSpacing() * MESSAGE_LINES + 6)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.FontChange:
            self._reserve_height()
        super().changeEvent(event)

    def show_message(self, kind: str, text: str) -> None:
        """``kind`` is error/warning/info; ``text`` is already translated."""
        self._kind = kind
        light, dark = _COLORS.get(kind, _COLORS["info"])
        self.setStyleSheet(f"QLabel {{ color: {dark if theme.is_dark() else light}; "
                           "padding: 2px; }")
        self.setText(text)
        self.setToolTip(text)

    def clear_message(self) -> None:
        self._kind = ""
        self.clear()
        self.setToolTip("")

    def message(self) -> str:
        """The text shown (empty when there is no message)."""
        return self.text() if self._kind else ""
