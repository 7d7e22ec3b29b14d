"""Browse the Fashion-MNIST test set with a model's predictions (the course's ``predict_ch3``).

A grid of test images labelled true → predicted (wrong ones in red), filters by class and to
misclassified only, the confusion matrix (a click on a cell shows the images in it) and the
accuracy of every class.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from PySide6.QtCore import QAbstractListModel, QEvent, QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui.i18n import tr_format
from gui.widgets.array_image import to_pixmap
from gui.widgets.confusion_view import ConfusionView

THUMB = 56
WRONG = QColor(220, 40, 40)


class TestImageModel(QAbstractListModel):
    """The filtered test images; pixmaps are made on demand (only visible ones are asked)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.images: np.ndarray = np.zeros((0, 28, 28), np.uint8)
        self.labels = np.zeros(0, np.int64)
        self.preds = np.zeros(0, np.int64)
        self.probs = np.zeros((0, 10), np.float32)
        self.rows = np.zeros(0, np.int64)
        self.names: list[str] = [str(i) for i in range(10)]
        self._pixmaps: dict[int, QPixmap] = {}

    def set_data(self, images, labels, preds, probs) -> None:
        self.beginResetModel()
        self.images, self.labels, self.preds, self.probs = images, labels, preds, probs
        self.rows = np.arange(len(labels))
        self._pixmaps.clear()
        self.endResetModel()

    def set_rows(self, rows: np.ndarray) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def set_names(self, names: Sequence[str]) -> None:
        self.names = list(names)
        if len(self.rows):
            self.dataChanged.emit(self.index(0), self.index(len(self.rows) - 1))

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        i = int(self.rows[index.row()])
        true, pred = int(self.labels[i]), int(self.preds[i])
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{self.names[true]}\n{self.names[pred]}"
        if role == Qt.ItemDataRole.DecorationRole:
            pixmap = self._pixmaps.get(i)
            if pixmap is None:
                if len(self._pixmaps) > 4000:
                    self._pixmaps.clear()
                pixmap = self._pixmaps[i] = to_pixmap(self.images[i], THUMB, crisp=True)
            return pixmap
        if role == Qt.ItemDataRole.ForegroundRole and true != pred:
            return QBrush(WRONG)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"#{i}: {self.names[true]} → {self.names[pred]} ({self.probs[i, pred]:.1%})"
        if role == Qt.ItemDataRole.UserRole:
            return i
        return None


class _CellDelegate(QStyledItemDelegate):
    """Every cell the same size, wide enough for the longest class name (with uniform item
    sizes the view would otherwise size every cell from the first one and cut longer names)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.size = QSize(THUMB, THUMB)

    def sizeHint(self, option, index) -> QSize:  # noqa: N802, ANN001
        return self.size


class TestSetBrowser(QWidget):
    """Test-set grid + confusion matrix + per-class accuracy; the tab feeds it predictions."""

    imageActivated = Signal(int)  # noqa: N815 - index into the test set

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("testSetBrowser")
        self.names: list[str] = [str(i) for i in range(10)]
        self.labels = np.zeros(0, np.int64)
        self.preds = np.zeros(0, np.int64)
        self.confusion = np.zeros((10, 10), np.int64)
        self.class_filter: int | None = None
        self.pred_filter: int | None = None
        self._missing_detail = ""
        self._state = "empty"        # 'empty' | 'loading' | 'missing' | 'ready' | 'error'
        self._error = ""

        self.class_combo = QComboBox(self, objectName="classFilter")
        self.class_combo.addItem("", None)
        for i in range(10):
            self.class_combo.addItem(str(i), i)
        self.wrong_check = QCheckBox(self, objectName="misclassifiedCheck")
        self.clear_button = QPushButton(self, objectName="clearFilterButton")
        self.summary = QLabel(self, objectName="testSetSummary")
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        header = QHBoxLayout()
        self.class_label = QLabel(self)
        header.addWidget(self.class_label)
        header.addWidget(self.class_combo)
        header.addWidget(self.wrong_check)
        header.addWidget(self.clear_button)
        header.addSpacing(12)
        header.addWidget(self.summary, 1)

        self.model = TestImageModel(self)
        self.grid = QListView(self, objectName="testGrid")
        self.grid.setModel(self.model)
        self.grid.setViewMode(QListView.ViewMode.IconMode)
        self.grid.setResizeMode(QListView.ResizeMode.Adjust)
        self.grid.setMovement(QListView.Movement.Static)
        self.grid.setUniformItemSizes(True)
        self.grid.setLayoutMode(QListView.LayoutMode.Batched)
        self.grid.setBatchSize(400)
        self.grid.setIconSize(QSize(THUMB, THUMB))
        self.grid.setWordWrap(False)  # two lines, true class over prediction, each whole
        self._cells = _CellDelegate(self.grid)
        self.grid.setItemDelegate(self._cells)
        self._fit_grid()
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.activated.connect(lambda idx: self.imageActivated.emit(int(idx.data(
            Qt.ItemDataRole.UserRole))))

        # The matrix plot is made when the page is first shown (a plot costs a frame to make,
        # and this page starts hidden); its place in the layout is kept meanwhile.
        self._confusion_view: ConfusionView | None = None
        self._confusion_slot = QWidget(self)
        self._confusion_slot.setMinimumSize(300, 280)
        QVBoxLayout(self._confusion_slot).setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(10, 3, self, objectName="perClassTable")
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.cellDoubleClicked.connect(
            lambda row, _c: self.class_combo.setCurrentIndex(row + 1))
        right = QSplitter(Qt.Orientation.Vertical, self)
        right.addWidget(self._confusion_slot)
        right.addWidget(self.table)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 2)
        right.setSizes([400, 260])
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.grid)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([560, 420])

        content = QWidget(self)
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addLayout(header)
        content_layout.addWidget(split, 1)
        self.message = QLabel(self, objectName="testSetMessage")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.message)
        self.stack.addWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self.class_combo.currentIndexChanged.connect(self._on_class_combo)
        self.wrong_check.toggled.connect(lambda _on: self._apply_filter())
        self.clear_button.clicked.connect(self.clear_filters)
        self.retranslate_ui()

    # ----------------------------------------------------------------- texts
    def retranslate_ui(self) -> None:
        self.class_label.setText(self.tr("True class:"))
        self.class_combo.setItemText(0, self.tr("All classes"))
        self.class_combo.setToolTip(self.tr("Show only the test images of one class"))
        self.class_combo.setAccessibleName(self.tr("True class filter"))
        self.wrong_check.setText(self.tr("Misclassified only"))
        self.wrong_check.setToolTip(self.tr("Show only the images the model gets wrong"))
        self.clear_button.setText(self.tr("Show all"))
        self.clear_button.setToolTip(self.tr("Clear every filter"))
        if self._confusion_view is not None:
            self._confusion_texts()
        self.grid.setToolTip(self.tr("Each image: true label (top), prediction (bottom); "
                                     "wrong predictions in red. Double-click an image to see "
                                     "it step by step."))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Class"), self.tr("Accuracy"), self.tr("Most confused with")])
        self._show_state()

    @property
    def confusion_view(self) -> ConfusionView:
        if self._confusion_view is None:
            view = ConfusionView(self._confusion_slot)
            view.cellClicked.connect(self.show_cell)
            self._confusion_slot.layout().addWidget(view)
            self._confusion_view = view
            self._confusion_texts()
            if self._state == "ready":
                view.set_matrix(self.confusion, self.names)
        return self._confusion_view

    def _confusion_texts(self) -> None:
        self.confusion_view.set_axis_titles(self.tr("true class"), self.tr("predicted class"))
        self.confusion_view.setToolTip(self.tr("Rows: true class · columns: predicted class.\n"
                                               "Click a cell to see its images."))

    def showEvent(self, event) -> None:  # noqa: N802, ANN001
        super().showEvent(event)
        self.confusion_view  # noqa: B018 - made on first show

    def _fit_grid(self) -> None:
        """Cells as wide as the longest class name, so "Ankle boot" over "T-shirt/top" both
        show in full (a cut label would hide the prediction)."""
        metrics = self.grid.fontMetrics()
        widest = max(metrics.horizontalAdvance(name) for name in self.names)
        width = max(THUMB, widest) + 10
        height = THUMB + 2 * metrics.lineSpacing() + 10
        self._cells.size = QSize(width, height)
        self.grid.setGridSize(QSize(width + 6, height + 6))

    def changeEvent(self, event) -> None:  # noqa: N802, ANN001
        if event.type() == QEvent.Type.FontChange:
            self._fit_grid()
        super().changeEvent(event)

    def set_class_names(self, names: Sequence[str]) -> None:
        self.names = list(names)
        self._fit_grid()
        for i, name in enumerate(self.names):
            self.class_combo.setItemText(i + 1, name)
        self.model.set_names(self.names)
        if self._state == "ready":
            self.confusion_view.set_matrix(self.confusion, self.names)
            self._fill_table()
            self._update_summary()

    # ----------------------------------------------------------------- states
    def set_loading(self) -> None:
        self._state = "loading"
        self._show_state()

    def set_missing(self, detail: str) -> None:
        """Fashion-MNIST was not found: ``detail`` says where it looked and how to get it."""
        self._state, self._missing_detail = "missing", detail
        self._show_state()

    def set_error(self, text: str) -> None:
        self._state, self._error = "error", text
        self._show_state()

    def state(self) -> str:
        return self._state

    def _show_state(self) -> None:
        if self._state == "ready":
            self.stack.setCurrentIndex(1)
            self._update_summary()
            return
        self.stack.setCurrentIndex(0)
        if self._state == "loading":
            text = self.tr("Classifying the 10,000 test images…")
        elif self._state == "missing":
            text = (self.tr("The Fashion-MNIST test set was not found, so this view is empty; "
                            "your own pictures still work.") + "\n\n" + self._missing_detail)
        elif self._state == "error":
            text = self._error
        else:
            text = self.tr("Choose a model to see how it does on the test set.")
        self.message.setText(text)

    # ----------------------------------------------------------------- data
    def set_results(self, images: np.ndarray, labels: np.ndarray, preds: np.ndarray,
                    probs: np.ndarray, confusion: np.ndarray) -> None:
        self.labels, self.preds, self.confusion = labels, preds, confusion
        self.model.set_data(images, labels, preds, probs)
        self.model.set_names(self.names)
        self.confusion_view.set_matrix(confusion, self.names)
        self._state = "ready"
        self._fill_table()
        self._apply_filter()
        self._show_state()

    def _fill_table(self) -> None:
        totals = self.confusion.sum(axis=1)
        for i in range(10):
            acc = self.confusion[i, i] / totals[i] if totals[i] else 0.0
            row = self.confusion[i].copy()
            row[i] = -1
            worst = int(np.argmax(row))
            items = [QTableWidgetItem(self.names[i]), QTableWidgetItem(f"{acc:.1%}"),
                     QTableWidgetItem(f"{self.names[worst]} ({self.confusion[i, worst]})"
                                      if self.confusion[i, worst] > 0 else "—")]
            items[1].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            items[1].setData(Qt.ItemDataRole.UserRole, float(acc))
            for col, item in enumerate(items):
                self.table.setItem(i, col, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    # ----------------------------------------------------------------- filters
    def _on_class_combo(self, _index: int) -> None:
        self.class_filter = self.class_combo.currentData()
        self.pred_filter = None
        self.confusion_view.select_cell(None, None)
        self._apply_filter()

    def show_cell(self, true_class: int, predicted: int) -> None:
        """Show the test images of one confusion-matrix cell."""
        self.class_combo.blockSignals(True)
        self.class_combo.setCurrentIndex(true_class + 1)
        self.class_combo.blockSignals(False)
        self.class_filter, self.pred_filter = true_class, predicted
        self.wrong_check.blockSignals(True)
        self.wrong_check.setChecked(False)
        self.wrong_check.blockSignals(False)
        self.confusion_view.select_cell(true_class, predicted)
        self._apply_filter()

    def clear_filters(self) -> None:
        self.pred_filter = None
        self.wrong_check.setChecked(False)
        self.class_combo.setCurrentIndex(0)
        self.confusion_view.select_cell(None, None)
        self._apply_filter()

    def _apply_filter(self) -> None:
        mask = np.ones(len(self.labels), dtype=bool)
        if self.class_filter is not None:
            mask &= self.labels == self.class_filter
        if self.pred_filter is not None:
            mask &= self.preds == self.pred_filter
        if self.wrong_check.isChecked():
            mask &= self.labels != self.preds
        self.model.set_rows(np.flatnonzero(mask))
        self._update_summary()

    def shown_indices(self) -> np.ndarray:
        """Test-set indices currently in the grid, in order."""
        return self.model.rows.copy()

    def _update_summary(self) -> None:
        if self._state != "ready":
            self.summary.clear()
            return
        acc = float((self.labels == self.preds).mean()) if len(self.labels) else 0.0
        text = tr_format(self.tr("Test accuracy %1 · showing %2 of %3 images"), f"{acc:.1%}",
                         len(self.model.rows), len(self.labels))
        if self.pred_filter is not None and self.class_filter is not None:
            text += " · " + tr_format(self.tr("true %1, predicted %2"),
                                      self.names[self.class_filter], self.names[self.pred_filter])
        self.summary.setText(text)
