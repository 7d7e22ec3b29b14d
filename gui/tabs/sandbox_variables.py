"""The sandbox's variables panel: one row per variable the kernel keeps between runs.

Rows come from the kernel as plain dicts (``engine.tensor_inspect.variable_row``); the panel
shows them and remembers which one the student selected across runs.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QSignalBlocker
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

#: The row keys shown, in column order.
VARIABLE_COLUMNS = ("name", "type", "shape", "dtype", "device", "value")


class VariablesTable(QTableWidget):
    """Name, type, shape, dtype, device and value of each variable; the full value is the
    tooltip of every cell of its row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, len(VARIABLE_COLUMNS), parent)
        self.setObjectName("variablesTable")
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Type"), self.tr("Shape"), self.tr("dtype"),
             self.tr("Device"), self.tr("Value")])
        self.setToolTip(self.tr("Variables kept between runs; select a tensor to draw it, "
                                "double-click for its graph"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        """Show ``rows``; the selected variable stays selected (signals stay quiet)."""
        selected = self.selected_name()
        self.setUpdatesEnabled(False)
        with QSignalBlocker(self):
            self.setRowCount(len(rows))
            for r, row in enumerate(rows):
                for c, key in enumerate(VARIABLE_COLUMNS):
                    item = QTableWidgetItem(str(row.get(key, "")))
                    item.setToolTip(row.get("preview") or str(row.get(key, "")))
                    self.setItem(r, c, item)
                if row.get("name") == selected:
                    self.selectRow(r)
        self.setUpdatesEnabled(True)

    def selected_name(self) -> str | None:
        rows = self.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.item(rows[0].row(), 0)
        return item.text() if item else None
