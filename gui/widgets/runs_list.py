"""The list of training runs: colour, name, hyperparameters, final metrics, shown/hidden."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QIcon, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

RUN_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def color_icon(color: str, size: int = 12) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


class RunsList(QTreeWidget):
    """One row per run: name, final metrics, status, hyperparameters.

    The check box shows/hides its curves; Delete removes the selected runs.

    Signals carry run ids; the owner keeps the runs and calls ``update_run`` as they progress.
    """

    visibilityChanged = Signal(int, bool)  # noqa: N815
    deleteRequested = Signal(list)  # noqa: N815
    currentRunChanged = Signal(int)  # noqa: N815  (-1: none)

    COLUMNS = 4

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("runsList")
        self.setColumnCount(self.COLUMNS)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        header = self.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self._items: dict[int, QTreeWidgetItem] = {}
        self.itemChanged.connect(self._on_item_changed)
        self.currentItemChanged.connect(self._on_current)
        self._delete_shortcut = QShortcut(QKeySequence.StandardKey.Delete, self)
        self._delete_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self._delete_shortcut.activated.connect(self.request_delete_selected)

    def set_headers(self, labels: list[str]) -> None:
        self.setHeaderLabels(labels)

    def add_run(self, run_id: int, name: str, color: str, params: str) -> None:
        item = QTreeWidgetItem()
        item.setData(0, RUN_ID_ROLE, run_id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(0, Qt.CheckState.Checked)
        item.setIcon(0, color_icon(color))
        item.setText(0, name)
        item.setText(3, params)
        item.setToolTip(3, params)
        self.blockSignals(True)
        self.addTopLevelItem(item)
        self.blockSignals(False)
        self._items[run_id] = item
        self.setCurrentItem(item)

    def update_run(self, run_id: int, metrics: str | None = None, status: str | None = None,
                   tooltip: str | None = None) -> None:
        item = self._items.get(run_id)
        if item is None:
            return
        self.blockSignals(True)
        if metrics is not None:
            item.setText(1, metrics)
            item.setToolTip(1, metrics)
        if status is not None:
            item.setText(2, status)
            item.setToolTip(2, tooltip or status)
        self.blockSignals(False)

    def set_params_text(self, run_id: int, params: str) -> None:
        item = self._items.get(run_id)
        if item is not None:
            item.setText(3, params)
            item.setToolTip(3, params)

    def remove_run(self, run_id: int) -> None:
        item = self._items.pop(run_id, None)
        if item is not None:
            self.takeTopLevelItem(self.indexOfTopLevelItem(item))

    def run_ids(self) -> list[int]:
        return [self.topLevelItem(i).data(0, RUN_ID_ROLE) for i in range(self.topLevelItemCount())]

    def selected_run_ids(self) -> list[int]:
        return [item.data(0, RUN_ID_ROLE) for item in self.selectedItems()]

    def current_run_id(self) -> int:
        item = self.currentItem()
        return -1 if item is None else int(item.data(0, RUN_ID_ROLE))

    def is_checked(self, run_id: int) -> bool:
        item = self._items.get(run_id)
        return item is not None and item.checkState(0) == Qt.CheckState.Checked

    def set_checked(self, run_id: int, checked: bool) -> None:
        item = self._items.get(run_id)
        if item is not None:
            item.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def request_delete_selected(self) -> None:
        ids = self.selected_run_ids()
        if ids:
            self.deleteRequested.emit(ids)

    def _on_item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if column == 0:
            self.visibilityChanged.emit(int(item.data(0, RUN_ID_ROLE)),
                                        item.checkState(0) == Qt.CheckState.Checked)

    def _on_current(self, current: QTreeWidgetItem | None, _previous) -> None:
        self.currentRunChanged.emit(-1 if current is None else int(current.data(0, RUN_ID_ROLE)))
