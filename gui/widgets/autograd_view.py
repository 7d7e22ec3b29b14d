"""The computation graph behind a tensor: grad_fn nodes, leaves with shapes and, after backward,
their ``.grad``. Drawn top to bottom the way values flow in the forward pass (leaves → result).

The graph itself comes from the kernel (``engine.tensor_inspect.autograd_graph``); this widget
only lays it out, so torch never loads in the GUI process.
"""

from __future__ import annotations

import html
import math
from typing import Any

from PySide6.QtCore import QEvent, QPointF, QRectF, Signal
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import (
    QComboBox,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsTextItem,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from gui import theme
from gui.i18n import tr_format

COLUMN_GAP = 70
ROW_GAP = 18


class AutogradView(QWidget):
    """A tensor chooser and the drawn graph. Emits ``graphRequested(name)`` to ask the kernel."""

    graphRequested = Signal(str)  # noqa: N815 (Qt naming)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("autogradView")
        self._graph: dict[str, Any] | None = None
        self._message = ""
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.tensor_label = QLabel(self)
        self.combo = QComboBox(self)
        self.combo.setObjectName("autogradTensorCombo")
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.setMinimumContentsLength(8)
        self.tensor_label.setBuddy(self.combo)
        row.addWidget(self.tensor_label)
        row.addWidget(self.combo, 1)
        layout.addLayout(row)
        self.scene = QGraphicsScene(self)
        self.view = QGraphicsView(self.scene, self)
        self.view.setObjectName("autogradGraph")
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        layout.addWidget(self.view, 1)
        self.info = QLabel(self)
        self.info.setObjectName("autogradInfo")
        self.info.setWordWrap(True)
        layout.addWidget(self.info)
        self.combo.activated.connect(lambda _i: self.request())
        self.combo.lineEdit().returnPressed.connect(self.request)
        self.retranslate_ui()

    # ------------------------------------------------------------------ public
    def current_name(self) -> str:
        return self.combo.currentText().strip()

    def request(self) -> None:
        name = self.current_name()
        if name:
            self.graphRequested.emit(name)

    def set_candidates(self, names: list[str], prefer: str | None = None) -> None:
        """Offer tensor variables; keep the current choice, else pick ``prefer``."""
        current = self.current_name()
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItems(names)
        choice = current if current else (prefer or (names[-1] if names else ""))
        self.combo.setEditText(choice)
        self.combo.blockSignals(False)

    def set_graph(self, graph: dict[str, Any] | None, message: str = "") -> None:
        """Draw ``graph`` (from the kernel) or show ``message`` when there is none."""
        self._graph = graph
        self._message = message
        self._draw()

    def graph(self) -> dict[str, Any] | None:
        return self._graph

    def node_labels(self) -> list[str]:
        """Labels of the drawn nodes (ops by grad_fn name, leaves by variable name)."""
        return [n["label"] for n in (self._graph or {}).get("nodes", [])]

    def retranslate_ui(self) -> None:
        self.tensor_label.setText(self.tr("&Tensor:"))
        self.combo.setToolTip(self.tr("A tensor variable (or expression) whose graph to draw"))
        self.combo.setAccessibleName(self.tr("Tensor whose autograd graph is drawn"))
        self.view.setToolTip(self.tr("Computation graph: leaves at the top, the tensor at the "
                                     "bottom; drag to pan"))
        self._draw()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.PaletteChange,
                            QEvent.Type.ApplicationPaletteChange):
            self.retranslate_ui()  # texts and theme colours
        super().changeEvent(event)

    # ------------------------------------------------------------------ drawing
    def _draw(self) -> None:
        self.scene.clear()
        graph = self._graph
        if not graph:
            self.info.setText(self._message or self.tr(
                "Pick a tensor to see the operations (grad_fn) that produced it. Leaves that "
                "require grad are green; after backward() they show .grad."))
            return
        nodes = {n["id"]: n for n in graph["nodes"]}
        depth = {graph["root"]: 0}
        producers: dict[str, list[str]] = {}
        for src, dst in graph["edges"]:
            producers.setdefault(dst, []).append(src)
        for _ in range(len(nodes)):  # longest path from the root (a DAG, small)
            changed = False
            for src, dst in graph["edges"]:
                if dst in depth and depth.get(src, -1) < depth[dst] + 1:
                    depth[src] = depth[dst] + 1
                    changed = True
            if not changed:
                break
        max_depth = max(depth.values(), default=0)
        columns: dict[int, list[str]] = {}
        for node_id in nodes:
            columns.setdefault(depth.get(node_id, max_depth), []).append(node_id)
        items: dict[str, QRectF] = {}
        y = 0.0
        dark = theme.is_dark()
        for level in range(max_depth, -1, -1):
            built = []
            for node_id in columns.get(level, []):
                rect, text_item, path_item = self._node(nodes[node_id], dark)
                built.append((node_id, rect, text_item, path_item))
            height = max((r.height() for _n, r, _t, _p in built), default=0.0)
            total = sum(r.width() for _n, r, _t, _p in built) + ROW_GAP * max(len(built) - 1, 0)
            x = -total / 2
            for node_id, rect, text_item, path_item in built:
                placed = QRectF(x, y + (height - rect.height()) / 2, rect.width(), rect.height())
                path_item.setPos(placed.topLeft())
                text_item.setPos(placed.topLeft() + QPointF(6, 4))
                items[node_id] = placed
                x += rect.width() + ROW_GAP
            y += height + COLUMN_GAP
        pen = QPen(QColor("#9aa0a6" if dark else "#6b7280"), 1.4)
        for src, dst in graph["edges"]:
            if src in items and dst in items:
                self._arrow(items[src], items[dst], pen)
        self.scene.setSceneRect(self.scene.itemsBoundingRect().adjusted(-10, -10, 10, 10))
        self._fit()
        ops = sum(1 for n in nodes.values() if n["kind"] == "op")
        leaves = [n for n in nodes.values() if n["kind"] == "leaf"]
        text = tr_format(self.tr("%1 operations, %2 leaves"), ops, len(leaves))
        if any(n.get("grad") for n in leaves):
            text += " · " + self.tr("leaves show .grad after backward()")
        elif leaves:
            text += " · " + self.tr("call backward() to fill the leaves' .grad")
        if graph.get("truncated"):
            text += " · " + self.tr("graph cut at 200 nodes")
        self.info.setText(text)

    def _node(self, node: dict[str, Any], dark: bool
              ) -> tuple[QRectF, QGraphicsTextItem, QGraphicsPathItem]:
        kind = node["kind"]
        lines = [f"<b>{html.escape(str(node['label']))}</b>"]
        if kind in ("leaf", "root"):
            shape = tuple(node.get("shape", []))
            lines.append(tr_format(self.tr("shape %1"), html.escape(str(shape))))
            if kind == "root" and node.get("grad_fn"):
                lines.append(f"grad_fn = {html.escape(node['grad_fn'])}")
            if node.get("requires_grad") and (kind == "leaf" or node.get("is_leaf")):
                lines.append("requires_grad ✓")
            grad = node.get("grad")
            if grad:
                text = grad["repr"]
                if len(text) > 60:
                    text = text[:59] + "…"
                lines.append(".grad = " + html.escape(text))
        if kind == "leaf":
            lines.append(f"<span style='color:gray'>{html.escape(node.get('op', ''))}</span>")
        palette = {
            "root": ("#dbeafe", "#2563eb", "#1e3a5f", "#7fb0ff"),
            "op": ("#f3e8ff", "#7c3aed", "#3b2a55", "#b08cff"),
            "leaf": ("#dcfce7", "#16a34a", "#1f4d33", "#6fdc95"),
            "const": ("#f1f1f1", "#9ca3af", "#3a3a3a", "#888888"),
        }
        if kind == "leaf" and not node.get("requires_grad"):
            kind = "const"
        fill, border, fill_dark, border_dark = palette.get(kind, palette["op"])
        text_item = QGraphicsTextItem()
        text_item.setFont(self.font())
        text_item.setDefaultTextColor(QColor("#f0f0f0" if dark else "#1a1a1a"))
        text_item.setHtml("<br>".join(lines))
        text_item.setZValue(2)
        size = text_item.boundingRect()
        rect = QRectF(0, 0, size.width() + 12, size.height() + 8)
        path = QPainterPath()
        path.addRoundedRect(rect, 8, 8)
        path_item = QGraphicsPathItem(path)
        path_item.setBrush(QBrush(QColor(fill_dark if dark else fill)))
        path_item.setPen(QPen(QColor(border_dark if dark else border),
                              2.2 if node.get("requires_grad") else 1.2))
        path_item.setZValue(1)
        path_item.setToolTip(html.unescape("\n".join(lines).replace("<b>", "")
                                           .replace("</b>", "")))
        self.scene.addItem(path_item)
        self.scene.addItem(text_item)
        return rect, text_item, path_item

    def _arrow(self, src: QRectF, dst: QRectF, pen: QPen) -> None:
        start = QPointF(src.center().x(), src.bottom())
        end = QPointF(dst.center().x(), dst.top())
        path = QPainterPath(start)
        mid = (start.y() + end.y()) / 2
        path.cubicTo(QPointF(start.x(), mid), QPointF(end.x(), mid), end)
        item = self.scene.addPath(path, pen)
        item.setZValue(0)
        before = path.pointAtPercent(0.97)
        angle = math.atan2(end.y() - before.y(), end.x() - before.x())
        head = QPolygonF([end,
                          end - QPointF(math.cos(angle - 0.4) * 9, math.sin(angle - 0.4) * 9),
                          end - QPointF(math.cos(angle + 0.4) * 9, math.sin(angle + 0.4) * 9)])
        arrow = self.scene.addPolygon(head, pen, QBrush(pen.color()))
        arrow.setZValue(0)

    def _fit(self) -> None:
        rect = self.scene.sceneRect()
        view = self.view.viewport().rect()
        self.view.resetTransform()
        if rect.width() > view.width() or rect.height() > view.height():
            # Shrink to fit, but never below 60 %: past that, scroll (drag) instead.
            scale = max(0.6, min(view.width() / rect.width(), view.height() / rect.height()))
            self.view.scale(scale, scale)
        self.view.centerOn(rect.center())

    def resizeEvent(self, event) -> None:  # noqa: N802, ANN001
        super().resizeEvent(event)
        if self._graph:
            self._fit()

    def showEvent(self, event) -> None:  # noqa: N802, ANN001
        super().showEvent(event)
        if self._graph:
            self._fit()  # drawn while hidden: the viewport size was not known then
