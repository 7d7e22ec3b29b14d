"""Notebook-style output of a cell: text streams, a short error, the value, plots, notices."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from gui import theme
from gui.widgets.tensor_view import TensorView

#: Most characters one text block shows (the kernel already caps a cell at 1 M characters).
MAX_BLOCK_CHARS = 200_000
PLOT_COLORS = ("#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b")


class OutputView(QScrollArea):
    """A scrolling column of output blocks; ``clear`` starts the output of a new cell."""

    lineActivated = Signal(int)  # noqa: N815 (Qt naming) - an error's line was clicked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outputView")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.container = QWidget(self)
        self.container.setObjectName("outputContainer")
        self.column = QVBoxLayout(self.container)
        self.column.setContentsMargins(6, 6, 6, 6)
        self.column.setSpacing(6)
        self.column.addStretch(1)
        self.setWidget(self.container)
        self._last_stream: tuple[str, QLabel] | None = None
        self._stream_text: dict[int, str] = {}
        self.figures: dict[int, Any] = {}
        self.blocks: list[QWidget] = []
        self._mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)

    # ------------------------------------------------------------------ blocks
    def clear(self) -> None:
        for block in self.blocks:
            self.column.removeWidget(block)
            block.deleteLater()
        self.blocks.clear()
        self.figures.clear()
        self._last_stream = None
        self._stream_text.clear()

    def _add(self, widget: QWidget) -> QWidget:
        self.column.insertWidget(self.column.count() - 1, widget)
        self.blocks.append(widget)
        if not isinstance(widget, QLabel) or widget.objectName() != "outputStream":
            self._last_stream = None
        QTimer.singleShot(0, self._scroll_to_end)
        return widget

    def _scroll_to_end(self) -> None:
        bar = self.verticalScrollBar()
        bar.setValue(bar.maximum())

    def add_stream(self, name: str, text: str) -> None:
        """Append stdout/stderr text, joining consecutive writes of the same stream."""
        if self._last_stream is not None and self._last_stream[0] == name:
            label = self._last_stream[1]
        else:
            label = QLabel(self.container)
            label.setObjectName("outputStream" if name == "stdout" else "outputStderr")
            label.setFont(self._mono)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            if name != "stdout":
                label.setStyleSheet("color: #c0392b;")
            self._add(label)
            self._last_stream = (name, label)
        key = id(label)
        joined = self._stream_text.get(key, "") + text
        if len(joined) > MAX_BLOCK_CHARS:
            joined = joined[:MAX_BLOCK_CHARS] + "\n[…]"
        self._stream_text[key] = joined
        label.setText(joined.rstrip("\n"))

    def add_error(self, message: str, lineno: int | None, line: str, details: str,
                  line_word: str) -> QLabel:
        """A short red message: 'Line 3: IndexError: …' and the code of that line."""
        label = QLabel(self.container)
        label.setObjectName("outputError")
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        where = f"<a href='line:{lineno}'>{html.escape(line_word)}</a>: " if lineno else ""
        code = (f"<br><code style='white-space:pre'>{html.escape(line)}</code>" if line else "")
        background = "#4a1f1f" if theme.is_dark() else "#fdecea"
        label.setStyleSheet(f"QLabel {{ background: {background}; border-left: 4px solid #d03030;"
                            " padding: 6px; }")
        label.setText(f"<b style='color:#d03030'>{where}{html.escape(message)}</b>{code}")
        label.setToolTip(details)
        label.linkActivated.connect(self._on_link)
        self._add(label)
        return label

    def _on_link(self, link: str) -> None:
        if link.startswith("line:"):
            try:
                self.lineActivated.emit(int(link.split(":", 1)[1]))
            except ValueError:
                pass

    def add_notice(self, text: str, warning: bool = False) -> QLabel:
        label = QLabel(text, self.container)
        label.setObjectName("outputNotice")
        label.setWordWrap(True)
        color = "#b26a00" if warning else "gray"
        label.setStyleSheet(f"color: {color}; font-style: italic;")
        return self._add(label)

    def add_value(self, summary: dict[str, Any], prefix: str = "Out:") -> QWidget:
        """The last expression's value: a tensor visual for tensors, its repr otherwise."""
        kind = summary.get("kind")
        if kind == "sequence":
            frame = QWidget(self.container)
            frame.setObjectName("outputSequence")
            inner = QVBoxLayout(frame)
            inner.setContentsMargins(0, 0, 0, 0)
            head = QLabel(f"{prefix} {summary.get('type', '')} · {len(summary['items'])}", frame)
            head.setStyleSheet("color: gray")
            inner.addWidget(head)
            for i, item in enumerate(summary["items"]):
                inner.addWidget(self._value_widget(item, f"[{i}]", frame))
            return self._add(frame)
        return self._add(self._value_widget(summary, prefix, self.container))

    def _value_widget(self, summary: dict[str, Any], prefix: str, parent: QWidget) -> QWidget:
        if summary.get("kind") in ("tensor", "ndarray"):
            frame = QWidget(parent)
            frame.setObjectName("outputTensor")
            inner = QVBoxLayout(frame)
            inner.setContentsMargins(0, 0, 0, 0)
            inner.setSpacing(2)
            if summary.get("numel", 0) <= 24 and summary.get("repr"):
                text = QLabel(f"{prefix} {summary['repr']}", frame)
                text.setFont(self._mono)
                text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                inner.addWidget(text)
            view = TensorView(frame, compact=True)
            view.set_summary(summary)
            inner.addWidget(view)
            return frame
        label = QLabel(f"{prefix} {summary.get('repr', '')}", parent)
        label.setObjectName("outputRepr")
        label.setFont(self._mono)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def add_plot(self, message: dict[str, Any]) -> Any:
        """Add a series (or open a figure) from a kernel ``plot`` message."""
        import pyqtgraph as pg

        index = int(message.get("figure", 0))
        widget = self.figures.get(index)
        if widget is None:
            background, foreground = theme.plot_colors()
            widget = pg.PlotWidget(self.container, background=background)
            widget.setObjectName("outputPlot")
            widget.setMinimumHeight(260)
            widget.setMaximumHeight(320)
            widget.showGrid(x=True, y=True, alpha=0.25)
            widget.addLegend(offset=(10, 10))
            widget.getPlotItem().setClipToView(True)
            self.figures[index] = widget
            self._add(widget)
        item = widget.getPlotItem()
        if message.get("title"):
            item.setTitle(message["title"])
        if message.get("xlabel"):
            item.setLabel("bottom", message["xlabel"])
        if message.get("ylabel"):
            item.setLabel("left", message["ylabel"])
        series = message.get("series")
        if series is not None:
            color = PLOT_COLORS[len(item.listDataItems()) % len(PLOT_COLORS)]
            style = series.get("style", "line")
            name = series.get("label")
            if style == "scatter":
                item.plot(series["x"], series["y"], pen=None, symbol="o", symbolSize=8,
                          symbolBrush=color, symbolPen=None, name=name)
            else:
                pen = pg.mkPen(color, width=2,
                               style=Qt.PenStyle.DashLine if style == "dashed" else
                               Qt.PenStyle.SolidLine)
                curve = item.plot(series["x"], series["y"], pen=pen, name=name)
                curve.setDownsampling(auto=True, method="peak")
        return widget

    def texts(self) -> list[str]:
        """Plain text of the text blocks, in order (what a user reads)."""
        out = []
        for block in self.blocks:
            if isinstance(block, QLabel):
                out.append(block.text())
        return out
