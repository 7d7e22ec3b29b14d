"""A read-mostly Qt table model straight over a pandas DataFrame.

No QStandardItems: the model keeps one numpy array and one missing-mask per column and formats
only the cells the view asks for, so a 1,000,000 × 10 table is ready in a fraction of a second
and scrolls smoothly. Sorting is a row permutation (the DataFrame is never reordered); edits are
type-checked and handed to the owner as a request (``cellEdited``), because in this app every
change to the table is a step of the preprocessing pipeline.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

import numpy as np
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from gui import theme
from gui.i18n import tr_format
from gui.tasks import TaskSlot

if TYPE_CHECKING:
    import pandas as pd

Index = QModelIndex | QPersistentModelIndex
#: Views of tables with at least this many rows are sorted on a worker thread.
ASYNC_SORT_ROWS = 200_000


def format_value(value: Any) -> str:
    """How a cell reads: floats like pandas prints them (3.0, 0.4716), NaN as NaN."""
    if value is None or _is_na(value):
        return "<NA>"
    if isinstance(value, (float, np.floating)):
        if math.isnan(value):
            return "NaN"
        if float(value).is_integer() and abs(value) < 1e15:
            return f"{value:.1f}"
        return f"{value:.6g}"
    if isinstance(value, (bool, np.bool_)):
        return "True" if value else "False"
    return str(value)


class DataFrameModel(QAbstractTableModel):
    """Shows a DataFrame; emits ``cellEdited(row_label, column, value)`` for accepted edits."""

    cellEdited = Signal(object, object, object)  # noqa: N815 (Qt naming)
    editRejected = Signal(str)  # noqa: N815
    sortingChanged = Signal(bool)  # noqa: N815 - True while a big sort runs on a worker

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._frame: pd.DataFrame | None = None
        self._shape: tuple[int, int] = (0, 0)
        self._columns: list[Any] = []
        self._values: list[np.ndarray] = []
        self._missing: list[np.ndarray] = []
        self._missing_counts: list[int] = []
        self._dtypes: list[Any] = []
        self._numeric: list[bool] = []
        self._labels: np.ndarray = np.empty(0, dtype=object)
        self._order: np.ndarray | None = None
        self._targets: set = set()
        self._sort: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)
        self._sorting = False
        self._sort_slot = TaskSlot(self, done=self._set_order,
                                   finished=lambda: self._set_sorting(False))
        self._italic = QFont()
        self._italic.setItalic(True)

    # ------------------------------------------------------------------ content
    def frame(self) -> pd.DataFrame | None:
        return self._frame

    def set_frame(self, frame: pd.DataFrame, targets=()) -> None:
        """Show ``frame`` (kept by reference, never modified); ``targets`` get a (y) mark."""
        from engine.tabular import is_numeric  # pandas loads with the first table, not before

        same_shape = frame.shape == self._shape and list(frame.columns) == self._columns
        if not same_shape:
            self.beginResetModel()
        self._frame = frame
        self._shape = frame.shape
        self._columns = list(frame.columns)
        self._values, self._missing, self._missing_counts = [], [], []
        self._dtypes, self._numeric = [], []
        for j in range(frame.shape[1]):
            series = frame.iloc[:, j]
            mask = series.isna().to_numpy()
            self._values.append(series.to_numpy())
            self._missing.append(mask)
            self._missing_counts.append(int(mask.sum()))
            self._dtypes.append(series.dtype)
            self._numeric.append(is_numeric(series))
        self._labels = frame.index.to_numpy()
        self._targets = set(targets)
        column, order = self._sort
        if same_shape:
            if frame.shape[0] and frame.shape[1]:
                self.dataChanged.emit(self.index(0, 0),
                                      self.index(frame.shape[0] - 1, frame.shape[1] - 1))
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(frame.shape[1] - 1, 0))
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, max(frame.shape[0] - 1, 0))
        else:
            self._order = None
            self.endResetModel()
        # Keep the view sorted the way the user asked, on the new values.
        self.sort(column if column < frame.shape[1] else -1, order)

    def missing_count(self, column: int) -> int:
        return self._missing_counts[column]

    def column_name(self, column: int) -> Any:
        return self._columns[column]

    def position(self, row: int) -> int:
        """Row position in the DataFrame of the view's ``row`` (after sorting)."""
        return int(self._order[row]) if self._order is not None else row

    def row_label(self, row: int) -> Any:
        label = self._labels[self.position(row)]
        return label.item() if hasattr(label, "item") else label

    def value(self, row: int, column: int) -> Any:
        return self._values[column][self.position(row)]

    def is_missing(self, row: int, column: int) -> bool:
        return bool(self._missing[column][self.position(row)])

    # ------------------------------------------------------------------ Qt model API
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self._shape[0]

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self._shape[1]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            position = self.position(row)
            if self._missing[column][position]:
                return "" if role == Qt.ItemDataRole.EditRole else "NaN"
            return format_value(self._values[column][position])
        if role == Qt.ItemDataRole.BackgroundRole:
            if self._missing[column][self.position(row)]:
                return QBrush(QColor(120, 45, 45) if theme.is_dark() else QColor(255, 214, 214))
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if self._missing[column][self.position(row)]:
                return QBrush(QColor(255, 170, 170) if theme.is_dark() else QColor(170, 0, 0))
            return None
        if role == Qt.ItemDataRole.FontRole:
            return self._italic if self._missing[column][self.position(row)] else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if self._numeric[column]:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < self._shape[0]:
                return str(self.row_label(section))
            return None
        if not 0 <= section < len(self._columns):
            return None
        name = str(self._columns[section])
        if role == Qt.ItemDataRole.DisplayRole:
            mark = " (y)" if self._columns[section] in self._targets else ""
            missing = self._missing_counts[section]
            detail = (tr_format(self.tr("%1 · %2 missing"), self._dtypes[section], missing)
                      if missing else str(self._dtypes[section]))
            return f"{name}{mark}\n{detail}"
        if role == Qt.ItemDataRole.ToolTipRole:
            text = tr_format(self.tr("Column %1: type %2, %3 missing of %4 values"), name,
                             self._dtypes[section], self._missing_counts[section],
                             self._shape[0])
            if self._columns[section] in self._targets:
                text += "\n" + self.tr("Target column (outputs, y)")
            return text
        if role == Qt.ItemDataRole.ForegroundRole and self._missing_counts[section]:
            return QBrush(QColor(255, 150, 150) if theme.is_dark() else QColor(170, 0, 0))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsEditable)

    def setData(self, index: Index, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Type-check the text against the column; accepted values go out as ``cellEdited``."""
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        from engine.tabular import CellValueError, parse_cell

        column = index.column()
        try:
            parsed = parse_cell(str(value), self._dtypes[column])
        except CellValueError as exc:
            self.editRejected.emit(self._reason_text(exc, str(value), column))
            return False
        old = self.value(index.row(), column)
        if _same(old, parsed):
            return False
        self.cellEdited.emit(self.row_label(index.row()), self._columns[column], parsed)
        return True

    def _reason_text(self, exc: Exception, text: str, column: int) -> str:
        name = str(self._columns[column])
        messages = {
            "not_number": self.tr("“%1” is not a number, and %2 is a number column."),
            "not_integer": self.tr("“%1” is not a whole number, and %2 is an integer column: "
                                   "change its type to float64 first."),
            "int_missing": self.tr("%2 is an integer column and cannot hold a missing value: "
                                   "change its type to float64 first."),
            "not_bool": self.tr("“%1” is not True or False, and %2 is a true/false column."),
        }
        message = messages.get(getattr(exc, "reason", ""), str(exc))
        return tr_format(message, text, name)

    # ------------------------------------------------------------------ sorting
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the *view* (missing values last); the DataFrame keeps its order.

        Big tables are sorted on a worker; the rows reorder when it is done. A newer sort (or a
        new table) replaces a running one, whose result is then never applied.
        """
        self._sort = (column, order)
        self._sort_slot.cancel()
        self._set_sorting(False)
        if self._frame is None or not 0 <= column < len(self._columns):
            self._set_order(None)
            return
        if self._shape[0] < ASYNC_SORT_ROWS:
            self._set_order(sort_order(self._frame, column, order))
            return
        self._set_sorting(True)
        self._sort_slot.start(sort_order, self._frame, column, order)

    def _set_sorting(self, sorting: bool) -> None:
        if sorting != self._sorting:
            self._sorting = sorting
            self.sortingChanged.emit(sorting)

    def is_sorting(self) -> bool:
        return self._sorting

    def _set_order(self, order: np.ndarray | None) -> None:
        self.layoutAboutToBeChanged.emit()
        self._order = order
        self.layoutChanged.emit()


def sort_order(frame: pd.DataFrame, column: int, order: Qt.SortOrder) -> np.ndarray:
    """Row positions of ``frame`` sorted by ``column`` (stable, missing last)."""
    series = frame.iloc[:, column].reset_index(drop=True)
    ascending = order == Qt.SortOrder.AscendingOrder
    try:
        ordered = series.sort_values(ascending=ascending, na_position="last", kind="stable")
    except TypeError:  # mixed types in an object column: compare as text
        ordered = series.astype(str).where(series.notna()).sort_values(
            ascending=ascending, na_position="last", kind="stable")
    return ordered.index.to_numpy()


def _is_na(value: Any) -> bool:
    """``value is pd.NA`` without importing pandas here."""
    return type(value).__name__ == "NAType"


def _same(old: Any, new: Any) -> bool:
    old_missing = old is None or _is_na(old) or (isinstance(old, float) and math.isnan(old))
    new_missing = new is None or _is_na(new) or (isinstance(new, float) and math.isnan(new))
    if old_missing or new_missing:
        return old_missing and new_missing
    try:
        return bool(old == new)
    except (TypeError, ValueError):
        return False
