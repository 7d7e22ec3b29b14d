"""After a linear-regression run: true vs learned w and b with their errors, and a fitted line.

The course (3.2) ends its from-scratch implementation by comparing the learned parameters with the
true ones; this panel shows that table, plus a scatter of one feature against the label with the
model's line through it (other features held at their mean).
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui import theme

#: Narrower than this, the parameter table goes above the plot instead of beside it.
STACK_BELOW = 560


class RegressionResult(QWidget):
    """Parameter table + feature/label scatter with the fitted line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("regressionResult")
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("paramTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumWidth(260)
        self.feature_label = QLabel(self)
        self.feature_combo = QComboBox(self)
        self.feature_combo.setObjectName("featureCombo")
        # The plot is made when there is a result to show or the panel is first shown: it costs
        # a frame to make, and the training tab is built while the student waits.
        self._plot: pg.PlotWidget | None = None
        self._plot_slot = QVBoxLayout()
        self.note = QLabel(self)
        self.note.setWordWrap(True)

        left = QVBoxLayout()
        left.addWidget(self.table, 1)
        left.addWidget(self.note)
        pick = QHBoxLayout()
        pick.addWidget(self.feature_label)
        pick.addWidget(self.feature_combo, 1)
        right = QVBoxLayout()
        right.addLayout(pick)
        right.addLayout(self._plot_slot, 1)
        self._layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addLayout(left, 2)
        self._layout.addLayout(right, 3)

        self._view = None
        self._w: list[float] = []
        self._b = 0.0
        self._w_err: list[float] | None = None
        self._b_err: float | None = None
        self.feature_combo.currentIndexChanged.connect(lambda _: self._draw())
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [self.tr("Parameter"), self.tr("True"), self.tr("Learned"), self.tr("Error")])
        self.table.setToolTip(self.tr("Error = true − learned (course 3.2)"))
        self.feature_label.setText(self.tr("Feature:"))
        self.feature_combo.setToolTip(self.tr("Which feature to plot against the label"))
        self.feature_combo.setAccessibleName(self.tr("Feature"))
        if self._plot is not None:
            self._plot_texts()
        self._update_note()
        self._draw()

    @property
    def plot(self) -> pg.PlotWidget:
        if self._plot is None:
            background, _ = theme.plot_colors()
            plot = pg.PlotWidget(background=background)
            plot.setObjectName("fitPlot")
            plot.showGrid(x=True, y=True, alpha=0.2)
            plot.getPlotItem().getAxis("left").enableAutoSIPrefix(False)
            self.scatter = pg.ScatterPlotItem(size=4, pen=None,
                                              brush=pg.mkBrush(31, 119, 180, 110))
            self.line = pg.PlotDataItem(pen=pg.mkPen("#d62728", width=2.5))
            plot.addItem(self.scatter)
            plot.addItem(self.line)
            self._plot_slot.addWidget(plot)
            self._plot = plot
            self._plot_texts()
        return self._plot

    def _plot_texts(self) -> None:
        self.plot.setLabel("left", self.tr("label y"))
        self.plot.setTitle(self.tr("Data and fitted line"))
        self.plot.setToolTip(self.tr("The line is the model's prediction as this feature varies "
                                     "and the other features stay at their mean"))

    def showEvent(self, event) -> None:  # noqa: N802, ANN001
        super().showEvent(event)
        self.plot  # noqa: B018 - made on first show

    def resizeEvent(self, event) -> None:  # noqa: N802
        """Side by side when there is room; in a narrow panel the table goes above the plot."""
        super().resizeEvent(event)
        self._fit_layout()

    def _fit_layout(self) -> None:
        narrow = self.width() < STACK_BELOW
        direction = QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight
        if self._layout.direction() != direction:
            self._layout.setDirection(direction)
            self._layout.setStretch(0, 0 if narrow else 2)
        if narrow:  # just tall enough for its rows
            rows = sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
            self.table.setMaximumHeight(rows + self.table.horizontalHeader().height()
                                        + 2 * self.table.frameWidth() + 2)
        else:
            self.table.setMaximumHeight(16_777_215)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def show_result(self, view, w: list[float], b: float, w_error: list[float] | None,
                    b_error: float | None) -> None:
        """``view`` is a gui.training_runner.RegressionView (data sample, names, true values)."""
        self._view = view
        self._w, self._b = list(w), float(b)
        self._w_err, self._b_err = w_error, b_error
        names = (list(view.feature_names) if view is not None
                 else [f"x{i + 1}" for i in range(len(w))])
        current = self.feature_combo.currentIndex()
        self.feature_combo.blockSignals(True)
        self.feature_combo.clear()
        self.feature_combo.addItems(names)
        self.feature_combo.setCurrentIndex(current if 0 <= current < len(names) else 0)
        self.feature_combo.blockSignals(False)
        true_w = view.true_w if view is not None else None
        true_b = view.true_b if view is not None else None
        rows = [(f"w[{i + 1}] · {names[i]}" if i < len(names) else f"w[{i + 1}]",
                 None if true_w is None else true_w[i], w[i],
                 None if w_error is None else w_error[i]) for i in range(len(w))]
        rows.append(("b", true_b, b, b_error))
        self.table.setRowCount(len(rows))
        for r, (name, true, learned, err) in enumerate(rows):
            for c, value in enumerate((name, true, learned, err)):
                if isinstance(value, str):
                    text = value
                else:
                    text = "—" if value is None else _fmt(value)
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self._update_note()
        self._fit_layout()
        self._draw()

    def clear(self) -> None:
        self._view = None
        self.table.setRowCount(0)
        if self._plot is not None:
            self.scatter.clear()
            self.line.setData([], [])
        self._update_note()

    def _update_note(self) -> None:
        if self._view is not None and self._view.true_w is None:
            self.note.setText(self.tr("Your own table has no true parameters to compare with."))
        else:
            self.note.setText("")

    def _draw(self) -> None:
        view = self._view
        if view is None or not len(self._w):
            return
        j = max(0, self.feature_combo.currentIndex())
        if j >= view.x.shape[1]:
            return
        x = view.x[:, j]
        self.plot  # noqa: B018 - made now if not yet
        self.scatter.setData(x, view.y)
        # Partial dependence: the other features held at their mean.
        offset = self._b + sum(self._w[k] * float(view.feature_means[k])
                               for k in range(len(self._w)) if k != j)
        lo, hi = (float(np.min(x)), float(np.max(x))) if len(x) else (0.0, 1.0)
        self.line.setData([lo, hi], [offset + self._w[j] * lo, offset + self._w[j] * hi])
        # The axes fit the data: a diverged model's line leaves the picture instead of
        # flattening the data into a row of dots.
        y = view.y
        if len(y):
            y_lo, y_hi = float(np.min(y)), float(np.max(y))
            pad = 0.05 * (y_hi - y_lo or 1.0)
            self.plot.setRange(xRange=(lo, hi), yRange=(y_lo - pad, y_hi + pad), padding=0.02)
        self.plot.setLabel("bottom", view.feature_names[j] if j < len(view.feature_names) else "")


def _fmt(value: float) -> str:
    if value != value or abs(value) >= 1e4:
        return f"{value:.3e}"
    return f"{value:.4f}"
