"""What the tabs share, and the only way they reach each other or the window.

Every tab gets the window's :class:`LabContext` (tests and scripts that build a tab alone get a
context of its own). A tab announces something by calling a method here or emitting a signal;
the window and the other tabs listen. No tab looks another one up, and none asks the window
what it can do.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
from PySide6.QtCore import QCoreApplication, QObject, Signal

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
        """Hand ``table`` to Training, checked first; raises ``ValueError`` (message for the
        user) when it is not a usable table, and ``LookupError`` when no one takes tables."""
        if self._regression_receiver is None:
            raise LookupError("no tab takes regression tables")
        self._regression_receiver(checked_regression_table(
            table.features, table.target, table.name, table.feature_names))


def checked_regression_table(features: Any, target: Any, name: str,
                             feature_names: Any = ()) -> RegressionTable:
    """float32 features [n, d] and target [n] with a name for every column; ``ValueError``
    with a readable message (the Training tab's words) when they do not form a usable table.

    Checked here, before the Training tab exists: the sender learns at once, and the tab can
    be built without freezing the window."""
    translate = QCoreApplication.translate
    x = np.asarray(features, dtype=np.float32)
    y = np.asarray(target, dtype=np.float32).reshape(-1)
    if x.ndim == 1:
        x = x[:, None]
    if x.ndim != 2 or x.shape[0] != y.shape[0]:
        raise ValueError(translate(
            "TrainingTab", "The features must be a table with one row per target value."))
    if x.shape[0] < 2 or x.shape[1] < 1:
        raise ValueError(translate(
            "TrainingTab", "The table needs at least two rows and one feature column."))
    if not (np.isfinite(x).all() and np.isfinite(y).all()):
        raise ValueError(translate(
            "TrainingTab", "The table has missing or infinite values; fill or drop them first."))
    names = [str(n) for n in feature_names][: x.shape[1]]
    names += [f"x{i + 1}" for i in range(len(names), x.shape[1])]
    return RegressionTable(features=x.copy(), target=y.copy(), name=str(name),
                           feature_names=tuple(names))
