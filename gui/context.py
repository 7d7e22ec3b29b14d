"""What the tabs share, and the only way they reach each other or the window.

Every tab gets the window's :class:`LabContext` (tests and scripts that build a tab alone get a
context of its own). A tab announces something by calling a method here or emitting a signal;
the window and the other tabs listen. No tab looks another one up, and none asks the window
what it can do.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from engine.training_jobs import RegressionTable


class LabContext(QObject):
    """Signals between tabs, and requests a tab may make of the window."""

    #: The folder Fashion-MNIST is read from changed (File ▸ Choose data folder).
    datasetFolderChanged = Signal(str)
    #: A model checkpoint was written (path): the classifier lists it.
    modelSaved = Signal(str)
    #: A tab asks the window to bring another tab to the front (its objectName).
    showTabRequested = Signal(str)
    #: A short message for the window's status bar (text, milliseconds).
    statusMessage = Signal(str, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._regression_receiver: Callable[[RegressionTable], Any] | None = None

    def show_tab(self, object_name: str) -> None:
        self.showTabRequested.emit(object_name)

    def show_status(self, text: str, ms: int = 5000) -> None:
        self.statusMessage.emit(text, ms)

    # ----------------------------------------------------------------- regression hand-off
    def set_regression_receiver(self, receive: Callable[[RegressionTable], Any] | None) -> None:
        """Who takes a :class:`RegressionTable` (the window routes it to the Training tab)."""
        self._regression_receiver = receive

    def can_send_regression_table(self) -> bool:
        return self._regression_receiver is not None

    def send_regression_table(self, table: RegressionTable) -> None:
        """Hand ``table`` to Training; raises ``ValueError`` (message for the user) when the
        receiver cannot use it, and ``LookupError`` when no one takes tables."""
        if self._regression_receiver is None:
            raise LookupError("no tab takes regression tables")
        self._regression_receiver(table)
