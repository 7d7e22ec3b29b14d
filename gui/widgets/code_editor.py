"""A small Python code editor: syntax highlighting, line numbers, auto-indent, error line mark."""

from __future__ import annotations

import keyword
import re

from PySide6.QtCore import QEvent, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

from gui import theme

_BUILTINS = ("print len range abs sum min max float int str list tuple dict set bool type id "
             "isinstance enumerate zip map sorted round dir help").split()
_TORCH = ("torch np plot figure").split()


def _fmt(color: str, bold: bool = False, italic: bool = False) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setForeground(QColor(color))
    if bold:
        fmt.setFontWeight(QFont.Weight.Bold)
    fmt.setFontItalic(italic)
    return fmt


def _palette(dark: bool) -> dict[str, QTextCharFormat]:
    if dark:
        colors = {"keyword": "#c586c0", "builtin": "#4ec9b0", "lib": "#9cdcfe", "string": "#ce9178",
                  "comment": "#6a9955", "number": "#b5cea8", "defname": "#dcdcaa",
                  "decorator": "#d7ba7d", "self": "#569cd6"}
    else:
        colors = {"keyword": "#7928a1", "builtin": "#00707a", "lib": "#005cc5", "string": "#a31515",
                  "comment": "#3f7f3f", "number": "#098658", "defname": "#795e26",
                  "decorator": "#8a6d00", "self": "#0000c0"}
    out = {name: _fmt(color) for name, color in colors.items()}
    out["keyword"] = _fmt(colors["keyword"], bold=True)
    out["comment"] = _fmt(colors["comment"], italic=True)
    return out


class PythonHighlighter(QSyntaxHighlighter):
    """Keywords, builtins, torch names, numbers, strings (incl. triple-quoted), comments."""

    _TRIPLE = {1: '"""', 2: "'''"}

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.formats = _palette(theme.is_dark())
        kw = r"\b(?:" + "|".join(keyword.kwlist + ["match", "case"]) + r")\b"
        self.rules: list[tuple[re.Pattern[str], str, int]] = [
            (re.compile(kw), "keyword", 0),
            (re.compile(r"\b(?:" + "|".join(_BUILTINS) + r")\b(?=\s*\()"), "builtin", 0),
            (re.compile(r"\b(?:" + "|".join(_TORCH) + r")\b"), "lib", 0),
            (re.compile(r"\bself\b"), "self", 0),
            (re.compile(r"\b(?:0[xob][0-9a-fA-F_]+|\d[\d_]*\.?\d*(?:[eE][+-]?\d+)?j?)\b"),
             "number", 0),
            (re.compile(r"\b(?:def|class)\s+(\w+)"), "defname", 1),
            (re.compile(r"^\s*@[\w.]+"), "decorator", 0),
        ]
        # Strings and comments are scanned by hand so '#' inside a string is not a comment.
        self._string_re = re.compile(r"""[rRbBfFuU]{0,2}("(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*')""")

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt naming)
        for pattern, name, group in self.rules:
            for match in pattern.finditer(text):
                start, end = match.span(group)
                self.setFormat(start, end - start, self.formats[name])
        self.setCurrentBlockState(0)
        start = 0
        state = self.previousBlockState()
        if state in self._TRIPLE:
            quote = self._TRIPLE[state]
            end = text.find(quote)
            if end < 0:
                self.setFormat(0, len(text), self.formats["string"])
                self.setCurrentBlockState(state)
                return
            self.setFormat(0, end + 3, self.formats["string"])
            start = end + 3
        i = start
        while i < len(text):
            ch = text[i]
            if ch == "#":
                self.setFormat(i, len(text) - i, self.formats["comment"])
                return
            if ch in "\"'":
                quote3 = text[i:i + 3]
                if quote3 in ('"""', "'''"):
                    end = text.find(quote3, i + 3)
                    if end < 0:
                        self.setFormat(i, len(text) - i, self.formats["string"])
                        self.setCurrentBlockState(1 if quote3 == '"""' else 2)
                        return
                    self.setFormat(i, end + 3 - i, self.formats["string"])
                    i = end + 3
                    continue
                match = self._string_re.match(text, i)
                end = match.end() if match else len(text)
                self.setFormat(i, end - i, self.formats["string"])
                i = end
                continue
            i += 1


class _LineNumbers(QWidget):
    def __init__(self, editor: CodeEditor) -> None:
        super().__init__(editor)
        self.editor = editor

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(self.editor.line_number_width(), 0)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        self.editor.paint_line_numbers(event)


class CodeEditor(QPlainTextEdit):
    """QPlainTextEdit for cells: monospace, 4-space indents, line numbers, Ctrl+Enter to run."""

    runRequested = Signal()  # noqa: N815 (Qt naming)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("codeEditor")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(max(font.pointSize(), 10))
        self.setFont(font)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.setTabStopDistance(self.fontMetrics().horizontalAdvance(" ") * 4)
        self.highlighter = PythonHighlighter(self.document())
        self._numbers = _LineNumbers(self)
        self._error_line: int | None = None
        self.blockCountChanged.connect(self._update_margin)
        self.updateRequest.connect(self._on_update_request)
        self.cursorPositionChanged.connect(self._update_selections)
        self._update_margin()
        self._update_selections()

    # ------------------------------------------------------------------ line numbers
    def line_number_width(self) -> int:
        digits = max(2, len(str(self.blockCount())))
        return 10 + self.fontMetrics().horizontalAdvance("9") * digits

    def _update_margin(self, _count: int = 0) -> None:
        self.setViewportMargins(self.line_number_width(), 0, 0, 0)

    def _on_update_request(self, rect: QRect, dy: int) -> None:
        if dy:
            self._numbers.scroll(0, dy)
        else:
            self._numbers.update(0, rect.y(), self._numbers.width(), rect.height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        r = self.contentsRect()
        self._numbers.setGeometry(QRect(r.left(), r.top(), self.line_number_width(), r.height()))

    def paint_line_numbers(self, event: QPaintEvent) -> None:
        painter = QPainter(self._numbers)
        palette = self.palette()
        painter.fillRect(event.rect(), palette.alternateBase())
        block = self.firstVisibleBlock()
        number = block.blockNumber()
        top = round(self.blockBoundingGeometry(block).translated(self.contentOffset()).top())
        bottom = top + round(self.blockBoundingRect(block).height())
        height = self.fontMetrics().height()
        while block.isValid() and top <= event.rect().bottom():
            if block.isVisible() and bottom >= event.rect().top():
                is_error = self._error_line == number + 1
                painter.setPen(QColor("#d03030") if is_error else palette.placeholderText().color())
                painter.drawText(0, top, self._numbers.width() - 5, height,
                                 Qt.AlignmentFlag.AlignRight, str(number + 1))
            block = block.next()
            top = bottom
            bottom = top + round(self.blockBoundingRect(block).height())
            number += 1

    # ------------------------------------------------------------------ error mark
    def mark_error_line(self, lineno: int | None) -> None:
        """Tint line ``lineno`` (1-based) red, or clear the mark with None."""
        self._error_line = lineno
        self._update_selections()
        self._numbers.update()

    def error_line(self) -> int | None:
        return self._error_line

    def _update_selections(self) -> None:
        selections = []
        current = QTextEdit.ExtraSelection()
        current.format.setBackground(QColor(255, 255, 255, 18) if theme.is_dark()
                                     else QColor(0, 0, 0, 12))
        current.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
        current.cursor = self.textCursor()
        current.cursor.clearSelection()
        selections.append(current)
        if self._error_line is not None:
            block = self.document().findBlockByNumber(self._error_line - 1)
            if block.isValid():
                error = QTextEdit.ExtraSelection()
                error.format.setBackground(QColor(220, 50, 50, 60))
                error.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
                error.cursor = QTextCursor(block)
                selections.append(error)
        self.setExtraSelections(selections)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self.highlighter.formats = _palette(theme.is_dark())
            self.highlighter.rehighlight()
            self._update_selections()
        super().changeEvent(event)

    # ------------------------------------------------------------------ keys
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key, mods = event.key(), event.modifiers()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and mods & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        ):
            self.runRequested.emit()
            return
        if key == Qt.Key.Key_Tab and not mods:
            self.textCursor().insertText("    ")
            return
        if key == Qt.Key.Key_Backtab:
            self._dedent()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            line = self.textCursor().block().text()[: self.textCursor().positionInBlock()]
            indent = line[: len(line) - len(line.lstrip())]
            if line.rstrip().endswith(":"):
                indent += "    "
            super().keyPressEvent(event)
            self.textCursor().insertText(indent)
            return
        if key == Qt.Key.Key_Backspace and not self.textCursor().hasSelection():
            cursor = self.textCursor()
            before = cursor.block().text()[: cursor.positionInBlock()]
            if before and not before.strip() and len(before) % 4 == 0:
                for _ in range(4):
                    cursor.deletePreviousChar()
                return
        super().keyPressEvent(event)
        if self._error_line is not None and event.text():
            self.mark_error_line(None)

    def _dedent(self) -> None:
        cursor = self.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock)
        text = cursor.block().text()
        remove = len(text) - len(text.lstrip(" "))
        for _ in range(min(4, remove)):
            cursor.deleteChar()
