"""Draws a tensor summary from the kernel: badges, a heatmap table, spin boxes to slice N-d data.

The table is a QAbstractTableModel over the numpy array itself: Qt asks only for the visible
cells, so a 1000×1000 matrix scrolls smoothly and nothing is copied into a million items.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui import theme
from gui.i18n import tr_format

_Index = QModelIndex | QPersistentModelIndex


def _lerp_lut(anchors: list[tuple[int, int, int]]) -> list[QColor]:
    stops = np.linspace(0, 1, len(anchors))
    xs = np.linspace(0, 1, 256)
    channels = [np.interp(xs, stops, [a[c] for a in anchors]) for c in range(3)]
    return [QColor(int(r), int(g), int(b)) for r, g, b in zip(*channels, strict=True)]


# Sequential (values of one sign) and diverging (negative ↔ positive) colour maps.
_SEQUENTIAL = _lerp_lut([(247, 251, 255), (198, 219, 239), (107, 174, 214), (33, 113, 181),
                         (8, 48, 107)])
_DIVERGING = _lerp_lut([(33, 102, 172), (146, 197, 222), (247, 247, 247), (244, 165, 130),
                        (178, 24, 43)])


def _text_on(color: QColor) -> QColor:
    luminance = 0.299 * color.red() + 0.587 * color.green() + 0.114 * color.blue()
    return QColor(20, 20, 20) if luminance > 140 else QColor(250, 250, 250)


_SEQ_TEXT = [_text_on(c) for c in _SEQUENTIAL]
_DIV_TEXT = [_text_on(c) for c in _DIVERGING]


def format_value(value: Any) -> str:
    """Short text for one cell: integers as they are, floats with 4 significant digits."""
    if isinstance(value, np.bool_ | bool):
        return "True" if value else "False"
    if isinstance(value, np.integer | int):
        return str(int(value))
    if isinstance(value, np.floating | float):
        v = float(value)
        if v == 0:
            return "0."
        if np.isfinite(v) and v == int(v) and abs(v) < 1e6:
            return f"{int(v)}."
        return f"{v:.4g}"
    return str(value)


class ArrayTableModel(QAbstractTableModel):
    """A 2-D numpy array as a table; cell colours come from a precomputed uint8 level array."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._array = np.zeros((0, 0))
        self._levels: np.ndarray | None = None
        self._lut = _SEQUENTIAL
        self._text = _SEQ_TEXT
        self.heatmap = True
        self.row_offset = 0

    def set_array(self, array: np.ndarray, vmin: float | None, vmax: float | None) -> None:
        """Show ``array`` (0-D, 1-D as one row, or 2-D), coloured between vmin and vmax."""
        self.beginResetModel()
        a = np.asarray(array)
        if a.ndim == 0:
            a = a.reshape(1, 1)
        elif a.ndim == 1:
            a = a.reshape(1, -1)
        self._array = a
        self._levels = None
        numeric = np.issubdtype(a.dtype, np.number) or a.dtype == bool
        if numeric and a.size and vmin is not None and vmax is not None:
            diverging = vmin < 0 < vmax
            self._lut, self._text = (_DIVERGING, _DIV_TEXT) if diverging else (_SEQUENTIAL,
                                                                              _SEQ_TEXT)
            lo, hi = (-max(-vmin, vmax), max(-vmin, vmax)) if diverging else (vmin, vmax)
            values = a.astype(np.float64)
            span = hi - lo
            norm = (values - lo) / span if span > 0 else np.full(values.shape, 0.5)
            norm = np.nan_to_num(norm, nan=0.5, posinf=1.0, neginf=0.0)
            self._levels = np.clip(norm * 255, 0, 255).astype(np.uint8)
        self.endResetModel()

    def array(self) -> np.ndarray:
        return self._array

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else int(self._array.shape[0])

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else int(self._array.shape[1])

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r, c = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return format_value(self._array[r, c])
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"[{r}, {c}] = {self._array[r, c]!r}"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if self._levels is not None and self.heatmap:
            if role == Qt.ItemDataRole.BackgroundRole:
                return self._lut[self._levels[r, c]]
            if role == Qt.ItemDataRole.ForegroundRole:
                return self._text[self._levels[r, c]]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return str(section)
        return None


class TensorView(QWidget):
    """Badges (shape, dtype, device, requires_grad, grad_fn, id) over a heatmap table.

    ``set_summary`` takes the dict made by ``engine.tensor_inspect.summarize``. Tensors with more
    than two axes get one spin box per leading axis to pick the 2-D slice shown.
    """

    def __init__(self, parent: QWidget | None = None, compact: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("tensorView")
        self.compact = compact
        self._summary: dict[str, Any] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        self.badge_row = QHBoxLayout()
        self.badge_row.setSpacing(4)
        self.badges: dict[str, QLabel] = {}
        for key in ("name", "shape", "dtype", "device", "requires_grad", "grad_fn", "id"):
            label = QLabel(self)
            label.setObjectName(f"tensorBadge{key.title().replace('_', '')}")
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.badges[key] = label
            self.badge_row.addWidget(label)
        self.badge_row.addStretch(1)
        layout.addLayout(self.badge_row)
        self.slice_row = QHBoxLayout()
        self.slice_row.setSpacing(4)
        self.slice_label = QLabel(self)
        self.slice_label.setObjectName("tensorSliceLabel")
        self.slice_row.addWidget(self.slice_label)
        self.slice_row.addStretch(1)
        layout.addLayout(self.slice_row)
        self.spins: list[QSpinBox] = []
        self.note = QLabel(self)
        self.note.setObjectName("tensorNote")
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.model = ArrayTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("tensorTable")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setWordWrap(False)
        for header in (self.table.horizontalHeader(), self.table.verticalHeader()):
            header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
            header.setMinimumSectionSize(20)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.table.horizontalHeader().setDefaultSectionSize(
            self.fontMetrics().horizontalAdvance("-0.0000e+00") + 4)
        layout.addWidget(self.table, 1)
        self._style_badges()
        self.retranslate_ui()

    # ------------------------------------------------------------------ public
    def set_summary(self, summary: dict[str, Any] | None) -> None:
        """Show a tensor/ndarray summary; None clears the view."""
        self._summary = summary
        self._build_spins()
        self._refresh_badges()
        self._refresh_table()

    def summary(self) -> dict[str, Any] | None:
        return self._summary

    def current_slice(self) -> tuple[int, ...]:
        return tuple(spin.value() for spin in self.spins)

    def set_slice(self, *indices: int) -> None:
        for spin, value in zip(self.spins, indices, strict=False):
            spin.setValue(value)

    def retranslate_ui(self) -> None:
        self.slice_label.setText(self.tr("Slice:"))
        self.table.setToolTip(self.tr("Values of the tensor; colour shows the value (heatmap)"))
        for i, spin in enumerate(self.spins):
            spin.setPrefix(tr_format(self.tr("axis %1 = "), i))
            spin.setToolTip(tr_format(
                self.tr("Index along axis %1; the table shows the last two axes"), i))
            spin.setAccessibleName(tr_format(self.tr("Index along axis %1"), i))
        self._refresh_badges()
        self._show_notes()  # what is on screen stays; only its labels change language

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._style_badges()
        super().changeEvent(event)

    # ------------------------------------------------------------------ internals
    def _style_badges(self) -> None:
        dark = theme.is_dark()
        base = "border-radius: 7px; padding: 1px 7px;"
        styles = {
            "name": ("#e9e0ff", "#3b2a6b") if not dark else ("#4a3d7a", "#f0eaff"),
            "shape": ("#dbeafe", "#1e3a8a") if not dark else ("#1e3a5f", "#cfe3ff"),
            "dtype": ("#dcfce7", "#14532d") if not dark else ("#1f4d33", "#d5f5e0"),
            "device": ("#fef3c7", "#78350f") if not dark else ("#5a4513", "#fff0c8"),
            "requires_grad": ("#fee2e2", "#7f1d1d") if not dark else ("#6b2525", "#ffe0e0"),
            "grad_fn": ("#ffe4e6", "#881337") if not dark else ("#6b2a3a", "#ffe0e8"),
            "id": ("#eeeeee", "#404040") if not dark else ("#444444", "#dddddd"),
        }
        for key, label in self.badges.items():
            bg, fg = styles[key]
            label.setStyleSheet(f"QLabel {{ background: {bg}; color: {fg}; {base} }}")

    def _build_spins(self) -> None:
        shape = list(self._summary.get("data").shape) if self._has_data() else []
        leading = shape[:-2] if len(shape) > 2 else []
        old = self.current_slice()
        if len(leading) != len(self.spins):
            for spin in self.spins:
                self.slice_row.removeWidget(spin)
                spin.deleteLater()
            self.spins = []
            for axis in range(len(leading)):
                spin = QSpinBox(self)
                spin.setObjectName(f"sliceSpin{axis}")
                spin.valueChanged.connect(self._refresh_table)
                self.slice_row.insertWidget(1 + axis, spin)
                self.spins.append(spin)
        for axis, n in enumerate(leading):
            spin = self.spins[axis]
            spin.blockSignals(True)
            spin.setRange(0, max(0, n - 1))
            spin.setValue(min(old[axis], n - 1) if axis < len(old) else 0)
            spin.blockSignals(False)
        visible = bool(leading)
        self.slice_label.setVisible(visible)
        if self.spins:
            self.retranslate_ui()

    def _has_data(self) -> bool:
        return bool(self._summary) and isinstance(self._summary.get("data"), np.ndarray)

    def _refresh_badges(self) -> None:
        s = self._summary
        for label in self.badges.values():
            label.setVisible(False)
        if not s:
            return

        def show(key: str, text: str, tip: str) -> None:
            label = self.badges[key]
            label.setText(text)
            label.setToolTip(tip)
            label.setVisible(True)

        if s.get("name"):
            show("name", s["name"], self.tr("Variable name"))
        shape = "(" + ", ".join(str(n) for n in s.get("shape", [])) + (
            ",)" if len(s.get("shape", [])) == 1 else ")")
        show("shape", tr_format(self.tr("shape %1"), shape),
             tr_format(self.tr("%1 axes, %2 elements"), len(s.get("shape", [])),
                       s.get("numel", "")))
        show("dtype", str(s.get("dtype", "")), self.tr("Element type (dtype)"))
        show("device", str(s.get("device", "")), self.tr("Device the data lives on"))
        if s.get("kind") == "tensor":
            show("requires_grad",
                 self.tr("requires_grad") if s.get("requires_grad") else self.tr("no grad"),
                 self.tr("Whether autograd records operations on this tensor"))
            if s.get("grad_fn"):
                show("grad_fn", "grad_fn: " + s["grad_fn"],
                     self.tr("The operation that produced this tensor in the autograd graph"))
        if s.get("id") is not None:
            show("id", f"id {s['id']}", self.tr("id(): changes when Python binds a new object"))

    def _refresh_table(self) -> None:
        s = self._summary
        if not self._has_data():
            self.model.set_array(np.zeros((0, 0)), None, None)
            self.note.setText(s.get("data_error", "") if s else "")
            self.note.setVisible(bool(s and s.get("data_error")))
            self._fit_height()
            return
        data: np.ndarray = s["data"]
        view = data[self.current_slice()] if data.ndim > 2 else data
        stats = s.get("stats") or {}
        self.model.set_array(view, stats.get("min"), stats.get("max"))
        self._show_notes()
        self._fit_height()

    def _show_notes(self) -> None:
        """The line under the table: statistics, the slice shown, a cropped tensor."""
        s = self._summary
        if not self._has_data():
            return
        data: np.ndarray = s["data"]
        stats = s.get("stats") or {}
        notes = []
        if stats:
            notes.append(tr_format(self.tr("min %1 · max %2 · mean %3"),
                                   format_value(stats["min"]), format_value(stats["max"]),
                                   f"{stats['mean']:.4g}"))
        if data.ndim > 2:
            index = ", ".join(str(i) for i in self.current_slice())
            notes.append(tr_format(self.tr("showing X[%1, :, :]"), index))
        if s.get("cropped"):
            notes.append(tr_format(self.tr("large tensor: the first %1 shown"),
                                   " × ".join(str(n) for n in data.shape)))
        self.note.setText("   ".join(notes))
        self.note.setVisible(bool(notes))

    def _fit_height(self) -> None:
        if not self.compact:
            return
        rows = self.model.rowCount()
        row_h = self.table.verticalHeader().defaultSectionSize()
        visible = min(max(rows, 1), 10)
        height = visible * row_h + self.table.horizontalHeader().height() + 6
        if self.model.columnCount() * self.table.horizontalHeader().defaultSectionSize() > \
                max(self.table.viewport().width(), 400):
            height += self.table.horizontalScrollBar().sizeHint().height()
        self.table.setFixedHeight(height)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
