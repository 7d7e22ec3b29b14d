"""The list of training runs: colour, name, status, final metrics and every hyperparameter.

The hyperparameters a student compares (η, batch size, epochs) have their own columns; the rest
is spelled out in full in a wrapped last column, so nothing hides behind an ellipsis.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QIcon, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

RUN_ID_ROLE = Qt.ItemDataRole.UserRole + 1
#: Column of each value.
RUN, STATUS, LOSS, ACC, LR, BATCH, EPOCHS, DETAILS = range(8)


def color_icon(color: str, size: int = 12) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


class WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped text: QTreeView sizes rows without the column's width."""

    def sizeHint(self, option, index) -> QSize:  # noqa: N802
        base = super().sizeHint(option, index)
        width = max(40, self.parent().columnWidth(index.column()) - 8)
        text = str(index.data() or "")
        rect = option.fontMetrics.boundingRect(QRect(0, 0, width, 100_000),
                                               int(Qt.TextFlag.TextWordWrap), text)
        return QSize(base.width(), max(base.height(), rect.height() + 6))


class RunsList(QTreeWidget):
    """One row per run. The check box shows/hides its curves; Delete removes the selected runs.

    Signals carry run ids; the owner keeps the runs and calls ``update_run`` as they progress.
    """

    visibilityChanged = Signal(int, bool)  # noqa: N815
    deleteRequested = Signal(list)  # noqa: N815
    currentRunChanged = Signal(int)  # noqa: N815  (-1: none)

    COLUMNS = 8

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("runsList")
        self.setColumnCount(self.COLUMNS)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(False)
        self.setWordWrap(True)
        self.setItemDelegateForColumn(DETAILS, WrappingDelegate(self))
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        header = self.header()
        header.setStretchLastSection(True)
        header.setMinimumSectionSize(28)
        for column in range(DETAILS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (LOSS, ACC, LR, BATCH, EPOCHS):
            self.headerItem().setTextAlignment(column, Qt.AlignmentFlag.AlignRight)
        # Wrapped rows get their height again when the details column changes width.
        self._relayout = QTimer(self, singleShot=True, interval=0)
        self._relayout.timeout.connect(self.doItemsLayout)
        header.sectionResized.connect(lambda *_: self._relayout.start())
        self._items: dict[int, QTreeWidgetItem] = {}
        self.itemChanged.connect(self._on_item_changed)
        self.currentItemChanged.connect(self._on_current)
        self._delete_shortcut = QShortcut(QKeySequence.StandardKey.Delete, self)
        self._delete_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self._delete_shortcut.activated.connect(self.request_delete_selected)

    def set_headers(self, labels: list[str], tips: list[str] | None = None) -> None:
        self.setHeaderLabels(labels)
        for column, tip in enumerate(tips or []):
            self.headerItem().setToolTip(column, tip)

    def add_run(self, run_id: int, name: str, color: str) -> None:
        item = QTreeWidgetItem()
        item.setData(0, RUN_ID_ROLE, run_id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(RUN, Qt.CheckState.Checked)
        item.setIcon(RUN, color_icon(color))
        item.setText(RUN, name)
        for column in (LOSS, ACC, LR, BATCH, EPOCHS):
            item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.blockSignals(True)
        self.addTopLevelItem(item)
        self.blockSignals(False)
        self._items[run_id] = item
        self.setCurrentItem(item)

    def set_params(self, run_id: int, lr: str, batch: str, epochs: str, details: str,
                   label: str = "") -> None:
        """The run's hyperparameters; ``label`` (its legend name) becomes the name's tooltip."""
        item = self._items.get(run_id)
        if item is None:
            return
        self.blockSignals(True)
        for column, text in ((LR, lr), (BATCH, batch), (EPOCHS, epochs), (DETAILS, details)):
            item.setText(column, text)
            item.setToolTip(column, details if column == DETAILS else text)
        if label:
            item.setToolTip(RUN, label)
        self.blockSignals(False)

    def update_run(self, run_id: int, loss: str | None = None, accuracy: str | None = None,
                   status: str | None = None, tooltip: str | None = None,
                   alert: bool = False) -> None:
        item = self._items.get(run_id)
        if item is None:
            return
        self.blockSignals(True)
        if loss is not None:
            item.setText(LOSS, loss)
            item.setToolTip(LOSS, loss)
        if accuracy is not None:
            item.setText(ACC, accuracy)
            item.setToolTip(ACC, accuracy)
        if status is not None:
            item.setText(STATUS, status)
            item.setToolTip(STATUS, tooltip or status)
            item.setForeground(STATUS, QBrush(QColor("#d62728")) if alert else QBrush())
        self.blockSignals(False)

    def remove_run(self, run_id: int) -> None:
        item = self._items.pop(run_id, None)
        if item is not None:
            self.takeTopLevelItem(self.indexOfTopLevelItem(item))

    def set_row_shown(self, run_id: int, shown: bool) -> None:
        """Rows outside the current view are hidden (an experiment shows only its own runs)."""
        item = self._items.get(run_id)
        if item is not None:
            item.setHidden(not shown)

    def run_ids(self) -> list[int]:
        return [self.topLevelItem(i).data(0, RUN_ID_ROLE) for i in range(self.topLevelItemCount())]

    def shown_run_ids(self) -> list[int]:
        return [i for i in self.run_ids() if not self._items[i].isHidden()]

    def selected_run_ids(self) -> list[int]:
        return [item.data(0, RUN_ID_ROLE) for item in self.selectedItems() if not item.isHidden()]

    def current_run_id(self) -> int:
        item = self.currentItem()
        return -1 if item is None or item.isHidden() else int(item.data(0, RUN_ID_ROLE))

    def item(self, run_id: int) -> QTreeWidgetItem | None:
        return self._items.get(run_id)

    def is_checked(self, run_id: int) -> bool:
        item = self._items.get(run_id)
        return item is not None and item.checkState(RUN) == Qt.CheckState.Checked

    def set_checked(self, run_id: int, checked: bool) -> None:
        item = self._items.get(run_id)
        if item is not None:
            item.setCheckState(RUN, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def request_delete_selected(self) -> None:
        ids = self.selected_run_ids()
        if ids:
            self.deleteRequested.emit(ids)

    def _on_item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if column == RUN:
            self.visibilityChanged.emit(int(item.data(0, RUN_ID_ROLE)),
                                        item.checkState(RUN) == Qt.CheckState.Checked)

    def _on_current(self, current: QTreeWidgetItem | None, _previous) -> None:
        self.currentRunChanged.emit(-1 if current is None else int(current.data(0, RUN_ID_ROLE)))
