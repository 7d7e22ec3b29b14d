"""The Preprocessing tab's table: a header click chooses that column, sorting is on the
header's context menu, and the selection reads back as the columns or rows a student chose.

The lesson says "click a cell or a header" to choose the columns an operation acts on, so a
header click must select, never reorder: sorting only changes the view (the file keeps its
order) and is offered on a right-click instead.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QWidget

from gui.widgets.dataframe_model import DataFrameModel

ROW_HEIGHT = 22


class PreprocessTableView(QTableView):
    """A QTableView over a :class:`DataFrameModel` with column choice and view-only sorting."""

    def __init__(self, model: DataFrameModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tableView")
        self.setModel(model)
        self._model = model
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.setWordWrap(False)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        vertical = self.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(ROW_HEIGHT)
        header = self.horizontalHeader()
        header.setDefaultSectionSize(120)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Sorting stays off: with it on, a header click would sort instead of selecting.
        self.setSortingEnabled(False)
        header.setSectionsClickable(True)
        header.setHighlightSections(True)
        header.setSortIndicatorShown(False)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        self.sort_menu = QMenu(self)
        self.sort_menu.setObjectName("headerSortMenu")
        self.sort_ascending_action = self.sort_menu.addAction("")
        self.sort_ascending_action.setObjectName("sortAscendingAction")
        self.sort_descending_action = self.sort_menu.addAction("")
        self.sort_descending_action.setObjectName("sortDescendingAction")
        self.sort_menu.addSeparator()
        self.file_order_action = self.sort_menu.addAction("")
        self.file_order_action.setObjectName("fileOrderAction")
        self._menu_column = -1
        self.sort_ascending_action.triggered.connect(
            lambda: self.sort_view(self._menu_column, Qt.SortOrder.AscendingOrder))
        self.sort_descending_action.triggered.connect(
            lambda: self.sort_view(self._menu_column, Qt.SortOrder.DescendingOrder))
        self.file_order_action.triggered.connect(lambda: self.sort_view(-1))

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Data table"))
        tip = self.tr("Missing values are red. Click a header to choose that column; "
                      "right-click a header to sort the view (the file keeps its order). "
                      "Double-click a cell to edit it.")
        self.setToolTip(tip)
        self.horizontalHeader().setToolTip(tip)
        self.sort_ascending_action.setText(self.tr("Sort ascending"))
        self.sort_descending_action.setText(self.tr("Sort descending"))
        self.file_order_action.setText(self.tr("Back to the file's order"))

    # ----------------------------------------------------------------- sorting
    def _header_menu(self, point: QPoint) -> None:
        self._menu_column = self.horizontalHeader().logicalIndexAt(point)
        if self._menu_column < 0:
            return
        self.file_order_action.setEnabled(self.horizontalHeader().isSortIndicatorShown())
        self.sort_menu.popup(self.horizontalHeader().mapToGlobal(point))

    def sort_view(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows shown by ``column`` (-1: the file's order); the table is unchanged."""
        header = self.horizontalHeader()
        header.setSortIndicatorShown(column >= 0)
        header.setSortIndicator(column, order)
        self._model.sort(column, order)

    # ----------------------------------------------------------------- the selection
    def selected_columns(self) -> list:
        """Columns touched by the selection (read from ranges: cheap even for 10⁶ rows)."""
        model = self._model
        columns: set[int] = set()
        n_rows, n_cols = model.rowCount(), model.columnCount()
        for rng in self.selectionModel().selection():
            whole_rows = rng.left() == 0 and rng.right() == n_cols - 1 and n_cols > 1
            if whole_rows and rng.bottom() - rng.top() + 1 < n_rows:
                continue  # a row selection (for deleting rows), not a column choice
            columns.update(range(rng.left(), rng.right() + 1))
        return [model.column_name(c) for c in sorted(columns)]

    def selected_whole_columns(self) -> list:
        """Columns selected from top to bottom (header clicks), in table order."""
        n_rows = self._model.rowCount()
        columns: set[int] = set()
        for rng in self.selectionModel().selection():
            if rng.top() == 0 and rng.bottom() == n_rows - 1:
                columns.update(range(rng.left(), rng.right() + 1))
        return [self._model.column_name(c) for c in sorted(columns)]

    def selected_row_labels(self) -> list:
        rows: set[int] = set()
        for rng in self.selectionModel().selection():
            rows.update(range(rng.top(), rng.bottom() + 1))
        return [self._model.row_label(r) for r in sorted(rows)]

    def current_column(self) -> Any | None:
        current = self.currentIndex()
        return self._model.column_name(current.column()) if current.isValid() else None

    def select_columns(self, columns: list) -> None:
        """Select whole columns by name (scripts and tests use it)."""
        selection_model = self.selectionModel()
        selection_model.clearSelection()
        names = [self._model.column_name(c) for c in range(self._model.columnCount())]
        for column in columns:
            selection_model.select(
                self._model.index(0, names.index(column)),
                QItemSelectionModel.SelectionFlag.Select
                | QItemSelectionModel.SelectionFlag.Columns)

    def select_rows(self, rows: list[int]) -> None:
        selection_model = self.selectionModel()
        selection_model.clearSelection()
        for row in rows:
            selection_model.select(
                self._model.index(row, 0),
                QItemSelectionModel.SelectionFlag.Select
                | QItemSelectionModel.SelectionFlag.Rows)

    def reset_view(self) -> None:
        """A newly opened table: the file's order, from the top."""
        self.sort_view(-1)
        self.scrollToTop()
