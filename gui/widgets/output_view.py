"""Notebook-style output of a cell: text streams, a short error, values, figures, notices.

Rich output arrives as Jupyter mime bundles (``add_bundle``); ``update_display`` and
``clear(wait=True)`` follow IPython's display protocol, so an animated figure (d2l's
``Animator``: display, then ``clear_output(wait=True)``) redraws in place.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontDatabase, QTextCursor
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from gui import theme
from gui.i18n import tr_format
from gui.widgets.rich_output import (
    IMAGE_MIMES,
    SUMMARY_MIME,
    FigureBlock,
    RichTextBlock,
    pick_mime,
)
from gui.widgets.tensor_view import TensorView

#: Most characters one text block shows (the kernel already caps a cell at 1 M characters).
MAX_BLOCK_CHARS = 200_000
#: Plain text up to this size is a label; longer text scrolls inside a capped block.
SHORT_TEXT_CHARS, SHORT_TEXT_LINES = 4000, 30
PLOT_COLORS = ("#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b")


@dataclass(frozen=True)
class OutPrompt:
    """The "Out[n]:" before a result, kept as data (not as translated text) so that output
    already on screen follows a language switch."""

    count: int | None = None


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
        self._last_stream: tuple[str, StreamBlock] | None = None
        self.figures: dict[int, Any] = {}
        self.blocks: list[QWidget] = []
        self._mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self._displays: dict[str, list[QWidget]] = {}
        self._clear_pending = False
        self._keep_notices = False
        #: Blocks of a wait-clear that are still on screen until their replacement is in.
        self._recycle: list[QWidget] = []
        #: Follow new output to the bottom (as blocks settle their height) until the student
        #: scrolls up to read something.
        self._follow = True
        #: Widgets whose text starts with an output prompt: (widget, prompt, text after it).
        self._prompted: list[tuple[QWidget, OutPrompt, str]] = []
        theme.theme_signals().changed.connect(self._follow_theme)
        bar = self.verticalScrollBar()
        bar.rangeChanged.connect(self._on_range_changed)
        bar.actionTriggered.connect(self._on_user_scroll)

    # ------------------------------------------------------------------ blocks
    def clear(self, wait: bool = False, keep_notices: bool = False) -> None:
        """Remove the outputs; ``wait=True`` defers that until the next output arrives.

        A deferred clear swaps old for new while updates are off, so an animation never shows
        an empty frame. ``keep_notices`` keeps the app's own notices (they are not outputs).
        """
        if wait:
            self._clear_pending = True
            self._keep_notices = keep_notices
            return
        self._clear_pending = False
        self._follow = True
        kept = [b for b in self.blocks if keep_notices and _is_notice(b)]
        self._drop([b for b in self.blocks if b not in kept] + self._recycle)
        self._recycle = []
        self.blocks = kept
        self._reset_state()
        if not self.updatesEnabled():
            self.setUpdatesEnabled(True)

    def _reset_state(self) -> None:
        self._prompted = [entry for entry in self._prompted if shiboken6.isValid(entry[0])]
        self.figures.clear()
        self._displays.clear()
        self._last_stream = None

    def _drop(self, blocks: list[QWidget]) -> None:
        for block in blocks:
            self.column.removeWidget(block)
            block.hide()
            block.deleteLater()

    @property
    def clear_pending(self) -> bool:
        return self._clear_pending

    def _take_pending_clear(self) -> None:
        """An output arrived after clear(wait=True): clear now, in the same frame."""
        if not self._clear_pending:
            return
        self._clear_pending = False
        if not self._recycle:
            self.setUpdatesEnabled(False)
            QTimer.singleShot(0, self._finish_swap)
        kept = [b for b in self.blocks if self._keep_notices and _is_notice(b)]
        self._recycle.extend(b for b in self.blocks if b not in kept)
        self.blocks = kept
        self._reset_state()

    def _finish_swap(self) -> None:
        self._drop(self._recycle)
        self._recycle = []
        self.setUpdatesEnabled(True)

    def _reuse_figure(self) -> FigureBlock | None:
        for block in self._recycle:
            if isinstance(block, FigureBlock):
                self._recycle.remove(block)
                return block
        return None

    def _add(self, widget: QWidget) -> QWidget:
        index = self.column.indexOf(widget)
        if index < 0:
            self.column.insertWidget(self.column.count() - 1, widget)
        elif index != self.column.count() - 2:  # a recycled block moves behind the new ones
            self.column.removeWidget(widget)
            self.column.insertWidget(self.column.count() - 1, widget)
        self.blocks.append(widget)
        if not isinstance(widget, StreamBlock):
            self._last_stream = None
        QTimer.singleShot(0, self._scroll_to_end)
        return widget

    def _scroll_to_end(self) -> None:
        if self._follow:
            bar = self.verticalScrollBar()
            bar.setValue(bar.maximum())

    def _on_range_changed(self, _minimum: int, maximum: int) -> None:
        if self._follow:
            self.verticalScrollBar().setValue(maximum)

    def _on_user_scroll(self, _action: int) -> None:
        QTimer.singleShot(0, self._update_follow)

    def _update_follow(self) -> None:
        bar = self.verticalScrollBar()
        self._follow = bar.value() >= bar.maximum() - 8

    def add_stream(self, name: str, text: str) -> None:
        """Append stdout/stderr text, joining consecutive writes of the same stream."""
        self._take_pending_clear()
        if self._last_stream is not None and self._last_stream[0] == name:
            block = self._last_stream[1]
        else:
            block = StreamBlock(name, self._mono, self.container)
            self._add(block)
            self._last_stream = (name, block)
        block.append_text(text)
        QTimer.singleShot(0, self._scroll_to_end)

    def add_error(self, message: str, lineno: int | None, line: str, details: str,
                  line_word: str) -> QLabel:
        """A short red message: 'Line 3: IndexError: …' and the code of that line."""
        self._take_pending_clear()
        label = QLabel(self.container)
        label.setObjectName("outputError")
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        where = f"<a href='line:{lineno}'>{html.escape(line_word)}</a>: " if lineno else ""
        code = (f"<br><code style='white-space:pre'>{html.escape(line)}</code>" if line else "")
        label.setStyleSheet(_error_style(theme.is_dark()))
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

    # ------------------------------------------------------------------ prompts
    def prompt_text(self, prompt: OutPrompt | str | None) -> str:
        """The prompt as shown now: "Out[3]:" / "输出[3]：" (a plain string shows as given)."""
        if isinstance(prompt, OutPrompt):
            if isinstance(prompt.count, int) and prompt.count > 0:
                return tr_format(self.tr("Out[%1]:"), prompt.count)
            return self.tr("Out:")
        return prompt or ""

    def _prompted_label(self, prompt: OutPrompt | str | None, body: str,
                        parent: QWidget) -> QLabel:
        label = QLabel(_prefixed(self.prompt_text(prompt), body), parent)
        self._remember_prompt(label, prompt, body)
        return label

    def _remember_prompt(self, widget: QWidget, prompt: OutPrompt | str | None,
                         body: str) -> None:
        if isinstance(prompt, OutPrompt):
            self._prompted.append((widget, prompt, body))

    def _relabel_prompts(self) -> None:
        """Re-render the prompts on screen in the current language (the output stays)."""
        alive = []
        for widget, prompt, body in self._prompted:
            if not shiboken6.isValid(widget):
                continue
            alive.append((widget, prompt, body))
            text = self.prompt_text(prompt)
            if isinstance(widget, StreamBlock):
                widget.replace_text(f"{text}\n{body}")
            elif isinstance(widget, QLabel):
                widget.setText(_prefixed(text, body))
        self._prompted = alive

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._relabel_prompts()
        super().changeEvent(event)

    def _follow_theme(self, dark: bool) -> None:
        """Colours chosen when a block was made (error card, table lines) follow a switch."""
        for label in self.container.findChildren(QLabel, "outputError"):
            label.setStyleSheet(_error_style(dark))
        for block in self.container.findChildren(RichTextBlock):
            block.set_dark(dark)

    def add_value(self, summary: dict[str, Any],
                  prefix: OutPrompt | str | None = OutPrompt()) -> QWidget:  # noqa: B008
        """The last expression's value: a tensor visual for tensors, its repr otherwise."""
        self._take_pending_clear()
        return self._add(self._summary_widget(summary, prefix))

    def _summary_widget(self, summary: dict[str, Any], prefix: OutPrompt | str | None) -> QWidget:
        if summary.get("kind") == "sequence":
            frame = QWidget(self.container)
            frame.setObjectName("outputSequence")
            inner = QVBoxLayout(frame)
            inner.setContentsMargins(0, 0, 0, 0)
            head = self._prompted_label(
                prefix, f"{summary.get('type', '')} · {len(summary['items'])}", frame)
            head.setStyleSheet("color: gray")
            inner.addWidget(head)
            for i, item in enumerate(summary["items"]):
                inner.addWidget(self._value_widget(item, f"[{i}]", frame))
            return frame
        return self._value_widget(summary, prefix, self.container)

    # ------------------------------------------------------------------ mime bundles
    def add_bundle(self, data: dict[str, Any], metadata: dict[str, Any] | None = None,
                   display_id: str | None = None,
                   prompt: OutPrompt | str | None = None) -> QWidget | None:
        """Show a mime bundle in its richest form; None when it holds nothing showable."""
        self._take_pending_clear()
        block: QWidget | None = None
        if pick_mime(data) in IMAGE_MIMES:
            block = self._reuse_figure()
            if block is not None and not block.set_bundle(data, metadata):
                self._recycle.append(block)
                block = None
        if block is None:
            block = self._bundle_widget(data, metadata, prompt)
        if block is None:
            return None
        block.setProperty("prompt", prompt)
        self._add(block)
        if display_id:
            self._displays.setdefault(display_id, []).append(block)
        return block

    def update_display(self, display_id: str, data: dict[str, Any],
                       metadata: dict[str, Any] | None = None) -> bool:
        """Replace, in place, every output shown with ``display_id``; False if there is none."""
        blocks = self._displays.get(display_id)
        if not blocks:
            return False
        for i, old in enumerate(list(blocks)):
            if isinstance(old, FigureBlock) and pick_mime(data) in IMAGE_MIMES and \
                    old.set_bundle(data, metadata):
                continue
            new = self._bundle_widget(data, metadata, old.property("prompt"))
            if new is None:
                continue
            new.setProperty("prompt", old.property("prompt"))
            index = self.column.indexOf(old)
            was_enabled = self.updatesEnabled()
            self.setUpdatesEnabled(False)
            self.column.insertWidget(index, new)
            self._drop([old])
            self.setUpdatesEnabled(was_enabled)
            self.blocks[self.blocks.index(old)] = new
            blocks[i] = new
        return True

    def _bundle_widget(self, data: dict[str, Any], metadata: dict[str, Any] | None,
                       prompt: OutPrompt | str | None) -> QWidget | None:
        mime = pick_mime(data)
        if mime is None:
            return None
        if mime == SUMMARY_MIME:
            return self._summary_widget(data[mime], prompt)
        if mime in IMAGE_MIMES:
            figure = FigureBlock(self.container)
            if figure.set_bundle(data, metadata):
                return figure
            figure.deleteLater()
            rest = {k: v for k, v in data.items() if k not in IMAGE_MIMES}
            return self._bundle_widget(rest, metadata, prompt) if rest else None
        text = _text(data[mime])
        if mime in ("text/html", "text/markdown"):
            block = RichTextBlock(self.container, dark=theme.is_dark())
            block.set_content(mime, text)
            return block
        return self._text_widget(text, prompt)

    def _text_widget(self, text: str, prompt: OutPrompt | str | None) -> QWidget:
        text = text.rstrip("\n")
        if len(text) <= SHORT_TEXT_CHARS and text.count("\n") < SHORT_TEXT_LINES:
            label = self._prompted_label(prompt, text, self.container)
            label.setObjectName("outputRepr")
            label.setFont(self._mono)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            return label
        block = StreamBlock("stdout", self._mono, self.container)
        block.setObjectName("outputText")
        shown = self.prompt_text(prompt)
        block.append_text(f"{shown}\n{text}" if shown else text)
        self._remember_prompt(block, prompt, text)
        return block

    def _value_widget(self, summary: dict[str, Any], prefix: OutPrompt | str | None,
                      parent: QWidget) -> QWidget:
        if summary.get("kind") in ("tensor", "ndarray"):
            frame = QWidget(parent)
            frame.setObjectName("outputTensor")
            inner = QVBoxLayout(frame)
            inner.setContentsMargins(0, 0, 0, 0)
            inner.setSpacing(2)
            if summary.get("numel", 0) <= 24 and summary.get("repr"):
                text = self._prompted_label(prefix, summary["repr"], frame)
                text.setFont(self._mono)
                text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                inner.addWidget(text)
            view = TensorView(frame, compact=True)
            view.set_summary(summary)
            inner.addWidget(view)
            return frame
        label = self._prompted_label(prefix, summary.get("repr", ""), parent)
        label.setObjectName("outputRepr")
        label.setFont(self._mono)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def add_plot(self, message: dict[str, Any]) -> Any:
        """Add a series (or open a figure) from a kernel ``plot`` message."""
        import pyqtgraph as pg

        self._take_pending_clear()
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
            if isinstance(block, StreamBlock):
                out.append(block.toPlainText().rstrip("\n"))
            elif isinstance(block, QLabel):
                out.append(block.text())
            elif isinstance(block, RichTextBlock):
                out.append(block.plain_text())
        return out


def _error_style(dark: bool) -> str:
    background = "#4a1f1f" if dark else "#fdecea"
    return f"QLabel {{ background: {background}; border-left: 4px solid #d03030; padding: 6px; }}"


def _prefixed(prefix: str | None, text: str) -> str:
    return f"{prefix} {text}" if prefix else text


def _is_notice(block: QWidget) -> bool:
    return block.objectName() == "outputNotice"


def _text(payload: Any) -> str:
    """nbformat allows multi-line strings as lists of lines."""
    return "".join(payload) if isinstance(payload, list) else str(payload)


class StreamBlock(QPlainTextEdit):
    """stdout or stderr of a cell. A QPlainTextEdit appends in place, so a print loop of
    thousands of lines stays cheap; it grows with its text up to a cap, then scrolls."""

    MAX_LINES_SHOWN = 18

    def __init__(self, name: str, font: QFont, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outputStream" if name == "stdout" else "outputStderr")
        self.setReadOnly(True)
        self.setFont(font)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setMaximumBlockCount(50_000)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.viewport().setAutoFillBackground(False)
        if name != "stdout":
            self.setStyleSheet("QPlainTextEdit { color: #c0392b; background: transparent; }")
        else:
            self.setStyleSheet("QPlainTextEdit { background: transparent; }")
        self._chars = 0
        self._fit()

    def append_text(self, text: str) -> None:
        if self._chars >= MAX_BLOCK_CHARS:
            return
        if self._chars + len(text) > MAX_BLOCK_CHARS:
            text = text[: MAX_BLOCK_CHARS - self._chars] + "\n[…]"
        self._chars += len(text)
        cursor = self.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertText(text)
        self._fit()

    def replace_text(self, text: str) -> None:
        self.setPlainText("")
        self._chars = 0
        self.append_text(text)

    def _fit(self) -> None:
        lines = self.document().blockCount()
        if self.toPlainText().endswith("\n"):
            lines -= 1
        # Wrapped lines count too: estimate them from the longest visible width.
        width = max(self.viewport().width(), 200)
        per_line = max(1, width // max(1, self.fontMetrics().horizontalAdvance("m")))
        if lines <= self.MAX_LINES_SHOWN:
            block = self.document().firstBlock()
            wrapped = 0
            while block.isValid():
                wrapped += max(1, -(-len(block.text()) // per_line))
                block = block.next()
            lines = wrapped - (1 if self.toPlainText().endswith("\n") else 0)
        shown = min(max(lines, 1), self.MAX_LINES_SHOWN)
        self.setVerticalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAsNeeded if lines > self.MAX_LINES_SHOWN
            else Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        margins = self.contentsMargins()
        # Half a line of slack: the font's line spacing and the text layout differ slightly.
        height = ((shown + 0.5) * self.fontMetrics().lineSpacing()
                  + 2 * self.document().documentMargin() + margins.top() + margins.bottom())
        self.setFixedHeight(int(height))
        bar = self.verticalScrollBar()
        bar.setValue(bar.maximum() if lines > self.MAX_LINES_SHOWN else 0)

    def resizeEvent(self, event) -> None:  # noqa: N802, ANN001
        super().resizeEvent(event)
        self._fit()
