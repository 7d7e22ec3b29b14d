"""A small Python code editor: syntax highlighting, line numbers, auto-indent, error line mark,
and Tab completion answered by the kernel (or, while it is busy, by the words in the editor).
"""

from __future__ import annotations

import builtins
import keyword
import re

from PySide6.QtCore import QEvent, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QStandardItem,
    QStandardItemModel,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import QCompleter, QPlainTextEdit, QTextEdit, QWidget

from gui import theme

_BUILTINS = ("print len range abs sum min max float int str list tuple dict set bool type id "
             "isinstance enumerate zip map sorted round dir help").split()
_TORCH = ("torch np plot figure").split()
_WORD = re.compile(r"[^\W\d]\w*")
_WORD_BEFORE = re.compile(r"[^\W\d]\w*$")
#: Words offered when the kernel cannot answer: Python's own names.
_PYTHON_WORDS = frozenset(keyword.kwlist) | {n for n in dir(builtins) if not n.startswith("_")}
INDENT = "    "
#: The popup shows short labels; this role holds the text a choice inserts.
COMPLETION_ROLE = Qt.ItemDataRole.UserRole + 1


def py_index(text: str, qt_pos: int) -> int:
    """Qt counts UTF-16 units, Python code points: they differ after an emoji."""
    if text.isascii():
        return qt_pos
    units = 0
    for i, ch in enumerate(text):
        if units >= qt_pos:
            return i
        units += 2 if ord(ch) > 0xFFFF else 1
    return len(text)


def qt_position(text: str, index: int) -> int:
    """Inverse of :func:`py_index`."""
    index = max(0, min(index, len(text)))
    return index + sum(1 for ch in text[:index] if ord(ch) > 0xFFFF)


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
    """QPlainTextEdit for cells: monospace, 4-space indents, line numbers, Ctrl+Enter to run.

    Tab after a name asks for completions through ``completionRequested(code, index)``; the
    owner answers with ``show_completions`` (or ``complete_locally`` when the kernel is busy).
    A reply that comes after the text or cursor moved, or after a second, is dropped.
    """

    runRequested = Signal()  # noqa: N815 (Qt naming)
    completionRequested = Signal(str, int)  # noqa: N815 - code, cursor as a Python index
    COMPLETION_TIMEOUT_MS = 1000

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
        #: Extra names for local completion (the tab puts the kernel's variables here).
        self.extra_words: list[str] = []
        self._completion_model = QStandardItemModel(self)
        self.completer = QCompleter(self._completion_model, self)
        self.completer.setCompletionRole(COMPLETION_ROLE)
        self.completer.setWidget(self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseSensitive)
        self.completer.setMaxVisibleItems(12)
        self.completer.popup().setObjectName("completionPopup")
        self.completer.popup().setFont(font)
        self.completer.activated[str].connect(self._insert_completion)
        self._completion_range = (0, 0)  # Qt positions of the text a completion replaces
        self._completion_length = 0  # document length when the popup opened
        self._pending_completion: tuple[str, int] | None = None
        self._completion_timer = QTimer(self)
        self._completion_timer.setSingleShot(True)
        self._completion_timer.setInterval(self.COMPLETION_TIMEOUT_MS)
        self._completion_timer.timeout.connect(self._completion_timed_out)

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
        popup = self.completer.popup()
        if popup.isVisible():
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab):
                index = popup.currentIndex()
                if not index.isValid():
                    index = self.completer.completionModel().index(0, 0)
                popup.hide()
                if index.isValid():
                    self._insert_completion(str(index.data(COMPLETION_ROLE)))
                return
            if key in (Qt.Key.Key_Escape, Qt.Key.Key_Backtab):
                popup.hide()
                return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and mods & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        ):
            self.runRequested.emit()
            return
        # Tab indents here, so the keyboard needs another way out to the panels beside it:
        # Esc or Ctrl+Tab to the next control, Ctrl+Shift+Tab to the previous one.
        # (QPlainTextEdit's own focusNextPrevChild refuses while editable: QWidget's moves.)
        if key == Qt.Key.Key_Escape and not mods:
            QWidget.focusNextPrevChild(self, True)
            return
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and mods & Qt.KeyboardModifier.ControlModifier:
            QWidget.focusNextPrevChild(self, key == Qt.Key.Key_Tab
                                       and not mods & Qt.KeyboardModifier.ShiftModifier)
            return
        if key == Qt.Key.Key_Tab and not mods:
            if self._tab_indents():
                self._indent()
            else:
                self.request_completion()
            return
        if key == Qt.Key.Key_Backtab:
            self._dedent()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            line = self.textCursor().block().text()[: self.textCursor().positionInBlock()]
            indent = line[: len(line) - len(line.lstrip())]
            if line.rstrip().endswith(":"):
                indent += INDENT
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
        if popup.isVisible():
            self._refilter()

    def _tab_indents(self) -> bool:
        """Tab indents at a line's start, after whitespace and over a selection."""
        cursor = self.textCursor()
        if cursor.hasSelection():
            return True
        before = cursor.block().text()[: cursor.positionInBlock()]
        return not before.strip() or before[-1].isspace()

    def _selected_blocks(self) -> tuple[int, int]:
        cursor = self.textCursor()
        doc = self.document()
        first = doc.findBlock(cursor.selectionStart()).blockNumber()
        last_pos = cursor.selectionEnd()
        last = doc.findBlock(last_pos).blockNumber()
        if cursor.hasSelection() and last > first and doc.findBlock(last_pos).position() == last_pos:
            last -= 1  # a selection ending at a line start does not include that line
        return first, last

    def _indent(self) -> None:
        cursor = self.textCursor()
        if not cursor.hasSelection() or cursor.selectedText().find("\u2029") < 0:
            cursor.insertText(INDENT)
            return
        first, last = self._selected_blocks()
        cursor.beginEditBlock()
        for number in range(first, last + 1):
            line = QTextCursor(self.document().findBlockByNumber(number))
            line.insertText(INDENT)
        cursor.endEditBlock()

    def _dedent(self) -> None:
        first, last = self._selected_blocks()
        cursor = self.textCursor()
        cursor.beginEditBlock()
        for number in range(first, last + 1):
            block = self.document().findBlockByNumber(number)
            text = block.text()
            remove = min(4, len(text) - len(text.lstrip(" ")))
            line = QTextCursor(block)
            for _ in range(remove):
                line.deleteChar()
        cursor.endEditBlock()

    # ------------------------------------------------------------------ completion
    def request_completion(self) -> None:
        """Ask for completions at the cursor; the answer may come later or never."""
        code = self.toPlainText()
        position = self.textCursor().position()
        self._pending_completion = (code, position)
        self._completion_timer.start()
        self.completionRequested.emit(code, py_index(code, position))

    def completion_pending(self) -> bool:
        return self._pending_completion is not None

    def _still_at_request(self) -> bool:
        pending = self._pending_completion
        return (pending is not None and pending[1] == self.textCursor().position()
                and pending[0] == self.toPlainText())

    def show_completions(self, matches: list[str], cursor_start: int, cursor_end: int) -> bool:
        """The kernel's answer (Python indices into the code that was sent).

        One match is inserted directly; several open the popup. False when the answer is
        stale (the student typed on, or it came too late).
        """
        if not self._still_at_request():
            return False
        code = self._pending_completion[0]
        self._pending_completion = None
        self._completion_timer.stop()
        self._offer(matches, qt_position(code, cursor_start), qt_position(code, cursor_end))
        return True

    def complete_locally(self) -> None:
        """Complete the name before the cursor from the editor's words and known names."""
        self._pending_completion = None
        self._completion_timer.stop()
        cursor = self.textCursor()
        before = cursor.block().text()[: cursor.positionInBlock()]
        match = _WORD_BEFORE.search(before)
        if match is None or before[: match.start()].endswith("."):
            return  # attributes need the live object: only the kernel knows them
        prefix = match.group(0)
        words = set(_WORD.findall(self.toPlainText())) | _PYTHON_WORDS | set(self.extra_words)
        found = sorted(w for w in words if w.startswith(prefix) and w != prefix)
        end = cursor.position()
        self._offer(found, end - len(prefix.encode("utf-16-le")) // 2, end)

    def _completion_timed_out(self) -> None:
        if self._still_at_request():
            self.complete_locally()
        self._pending_completion = None

    def _offer(self, matches: list[str], start: int, end: int) -> None:
        matches = list(dict.fromkeys(m for m in matches if m))
        if not matches:
            return
        self._completion_range = (start, end)
        self._completion_length = self.document().characterCount()
        if len(matches) == 1:
            self._insert_completion(matches[0])
            return
        typed = self._text_between(start, self.textCursor().position())
        # "torch.ze" → show "zeros", "zeros_like": the part after the dot being completed.
        dot = typed.rfind(".") + 1
        self._completion_model.clear()
        for match in matches:
            label = match[dot:] if dot and match.startswith(typed[:dot]) else match
            item = QStandardItem(label)
            item.setData(match, COMPLETION_ROLE)
            item.setToolTip(match)
            self._completion_model.appendRow(item)
        self.completer.setCompletionPrefix(
            typed if all(m.startswith(typed) for m in matches) else "")
        popup = self.completer.popup()
        rect = self.cursorRect()
        rect.translate(self.viewportMargins().left(), 0)
        rect.setWidth(popup.sizeHintForColumn(0) + popup.verticalScrollBar().sizeHint().width()
                      + 12)
        self.completer.complete(rect)
        popup.setCurrentIndex(self.completer.completionModel().index(0, 0))

    def _text_between(self, start: int, end: int) -> str:
        cursor = QTextCursor(self.document())
        cursor.setPosition(max(0, min(start, end)))
        cursor.setPosition(max(start, end), QTextCursor.MoveMode.KeepAnchor)
        return cursor.selectedText()

    def _refilter(self) -> None:
        """Typing with the popup open narrows it; leaving the name closes it."""
        start = self._completion_range[0]
        position = self.textCursor().position()
        typed = self._text_between(start, position)
        if position < start or "\u2029" in typed or (typed and not re.fullmatch(r"[\w.]*", typed)):
            self.completer.popup().hide()
            return
        self.completer.setCompletionPrefix(typed)
        if self.completer.completionCount() == 0:
            self.completer.popup().hide()
        else:
            self.completer.popup().setCurrentIndex(self.completer.completionModel().index(0, 0))

    def _insert_completion(self, text: str) -> None:
        start, end = self._completion_range
        # Characters typed since the popup opened belong to the replaced range too.
        end = max(end + self.document().characterCount() - self._completion_length,
                  self.textCursor().position())
        cursor = self.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(max(start, end), QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(text)
        self.setTextCursor(cursor)
