"""Broadcasting (广播机制) made visible: two shapes aligned right, stretched axes, the result.

Works on shapes alone (``engine.tensor_inspect.broadcast``), so no kernel round trip is needed;
the operand boxes accept a shape such as ``3, 1`` or the name of a tensor in the variables panel.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from engine.tensor_inspect import BroadcastResult, broadcast, parse_shape
from gui import theme
from gui.i18n import tr_format


class BroadcastView(QWidget):
    """Two editable operand boxes and a grid: rows A, B, result; one column per aligned axis."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("broadcastView")
        self._shapes: dict[str, tuple[int, ...]] = {}
        self.result: BroadcastResult | None = None
        self.error_text = ""
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.combo_a = self._operand("broadcastShapeA", "3, 1")
        self.combo_b = self._operand("broadcastShapeB", "1, 2")
        self.label_a = QLabel(self)
        self.label_b = QLabel(self)
        form.addRow(self.label_a, self.combo_a)
        form.addRow(self.label_b, self.combo_b)
        layout.addLayout(form)
        self.rule = QLabel(self)
        self.rule.setObjectName("broadcastRule")
        self.rule.setWordWrap(True)
        layout.addWidget(self.rule)
        self.grid_host = QWidget(self)
        self.grid_host.setObjectName("broadcastDiagram")
        self.grid = QGridLayout(self.grid_host)
        self.grid.setSpacing(4)
        layout.addWidget(self.grid_host)
        self.verdict = QLabel(self)
        self.verdict.setObjectName("broadcastResult")
        self.verdict.setWordWrap(True)
        self.verdict.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.verdict)
        self.legend = QLabel(self)
        self.legend.setObjectName("broadcastLegend")
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.legend)
        layout.addStretch(1)
        self.combo_a.currentTextChanged.connect(self.update_view)
        self.combo_b.currentTextChanged.connect(self.update_view)
        self.retranslate_ui()

    def _operand(self, name: str, default: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.setEditText(default)
        return combo

    # ------------------------------------------------------------------ public
    def set_shapes(self, a: str, b: str) -> None:
        """Type two operands (shapes or variable names) and redraw."""
        self.combo_a.setEditText(a)
        self.combo_b.setEditText(b)
        self.update_view()

    def set_variables(self, shapes: dict[str, tuple[int, ...]]) -> None:
        """Offer the kernel's tensors as operands (name → shape)."""
        self._shapes = dict(shapes)
        for combo in (self.combo_a, self.combo_b):
            text = combo.currentText()
            combo.blockSignals(True)
            combo.clear()
            combo.addItems(sorted(shapes))
            combo.setEditText(text)
            combo.blockSignals(False)
        self.update_view()

    def retranslate_ui(self) -> None:
        self.label_a.setText(self.tr("A:"))
        self.label_b.setText(self.tr("B:"))
        for combo in (self.combo_a, self.combo_b):
            combo.setToolTip(self.tr("A shape such as 3, 1 or the name of a tensor variable"))
            combo.setAccessibleName(self.tr("Operand shape"))
        self.rule.setText(self.tr(
            "Shapes are aligned on the right. On each axis the sizes must be equal, or one of "
            "them 1 (a missing axis counts as 1); that one is copied along the axis."))
        self.legend.setText(tr_format(self.tr(
            "<span style='background:%1'>&nbsp;1 → n&nbsp;</span> stretched &nbsp; "
            "<span style='background:%2'>&nbsp;· → n&nbsp;</span> missing axis added &nbsp; "
            "<span style='background:%3'>&nbsp;n ≠ m&nbsp;</span> breaks the rule"),
            self._colors()["stretch"], self._colors()["missing"], self._colors()["conflict"]))
        self.update_view()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.PaletteChange,
                            QEvent.Type.ApplicationPaletteChange):
            self.retranslate_ui()  # texts and theme colours
        super().changeEvent(event)

    # ------------------------------------------------------------------ drawing
    def _colors(self) -> dict[str, str]:
        if theme.is_dark():
            return {"same": "#3a3a3a", "stretch": "#7a5a10", "missing": "#5a4a30",
                    "conflict": "#8a2020", "result": "#1f4d33"}
        return {"same": "#eeeeee", "stretch": "#ffd27a", "missing": "#ffe9c0",
                "conflict": "#ff9a9a", "result": "#c8f0d2"}

    def _resolve(self, text: str) -> tuple[int, ...]:
        name = text.strip()
        if name in self._shapes:
            return self._shapes[name]
        return parse_shape(text)

    def update_view(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()
                item.widget().deleteLater()
        self.result = None
        try:
            a = self._resolve(self.combo_a.currentText())
            b = self._resolve(self.combo_b.currentText())
        except ValueError:
            self.error_text = self.tr("Type a shape such as 3, 1 or the name of a tensor.")
            self.verdict.setText(f"<span style='color:#c03030'>{self.error_text}</span>")
            return
        if len(a) > 8 or len(b) > 8:
            self.error_text = self.tr("At most 8 axes.")
            self.verdict.setText(f"<span style='color:#c03030'>{self.error_text}</span>")
            return
        self.error_text = ""
        result = broadcast(a, b)
        self.result = result
        colors = self._colors()
        ndim = len(result.axes)
        header = QLabel(self.tr("axis"), self.grid_host)
        header.setStyleSheet("color: gray")
        self.grid.addWidget(header, 0, 0)
        for col, rule in enumerate(result.axes):
            axis = QLabel(str(rule.axis), self.grid_host)
            axis.setAlignment(Qt.AlignmentFlag.AlignCenter)
            axis.setStyleSheet("color: gray")
            self.grid.addWidget(axis, 0, col + 1)
        rows = (("A", "a", lambda r: r.a), ("B", "b", lambda r: r.b))
        for row, (title, who, size_of) in enumerate(rows, start=1):
            self.grid.addWidget(QLabel(f"<b>{title}</b> {tuple(a if who == 'a' else b)}",
                                       self.grid_host), row, 0)
            for col, rule in enumerate(result.axes):
                size = size_of(rule)
                if not rule.ok:
                    text, color = str(size), colors["conflict"]
                elif rule.stretched == who and size is None:
                    text, color = f"· → {rule.result}", colors["missing"]
                elif rule.stretched == who and size != rule.result:
                    text, color = f"1 → {rule.result}", colors["stretch"]
                elif size is None:
                    text, color = "·", colors["missing"]
                else:
                    text, color = str(size), colors["same"]
                self.grid.addWidget(self._cell(text, color), row, col + 1)
        self.grid.addWidget(QLabel(f"<b>{self.tr('result')}</b>", self.grid_host), 3, 0)
        for col, rule in enumerate(result.axes):
            text = str(rule.result) if rule.ok else "✗"
            color = colors["result"] if rule.ok else colors["conflict"]
            self.grid.addWidget(self._cell(text, color), 3, col + 1)
        self.grid.setColumnStretch(ndim + 1, 1)
        if result.ok:
            shape = result.result_shape or ()
            text = tr_format(self.tr("A + B has shape %1"), tuple(shape))
            stretched = [str(r.axis) for r in result.axes if r.stretched and r.a != r.b]
            if stretched:
                text += " · " + tr_format(self.tr("stretched axes: %1"), ", ".join(stretched))
            self.verdict.setText(f"<span style='color:#2a8a3a'><b>✓</b></span> {text}")
        else:
            bad = result.failing_axes[0]
            self.verdict.setText(
                "<span style='color:#c03030'><b>✗</b> "
                + tr_format(self.tr("Cannot broadcast: on axis %1 the sizes are %2 and %3, and "
                                    "neither is 1."), bad.axis, bad.a, bad.b)
                + "</span>")

    def _cell(self, text: str, color: str) -> QLabel:
        label = QLabel(text, self.grid_host)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setMinimumWidth(54)
        fg = "#f0f0f0" if theme.is_dark() else "#202020"
        label.setStyleSheet(f"QLabel {{ background: {color}; color: {fg}; border-radius: 4px;"
                            " padding: 4px 6px; font-family: monospace; }")
        return label
