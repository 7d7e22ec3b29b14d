"""One widget per notebook cell: code (prompt, editor, outputs), markdown (rendered ↔ edited), raw.

Output views are made only for cells that have output, which keeps opening a long notebook
cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QColor, QFontDatabase, QKeyEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPlainTextEdit, QSizePolicy, QWidget

from gui.i18n import tr_format
from gui.widgets.code_editor import CodeEditor
from gui.widgets.lab_model import (
    ANSWER,
    LOCKED,
    MANUAL,
    READ_ONLY,
    TASK,
    TEST,
    cell_points,
    cell_role,
    points_text,
)
from gui.widgets.notebook_blocks import (
    PROMPT_WIDTH,
    CellOutputView,
    HeightFitter,
    MarkdownView,
    is_notebook_drop,
)

if TYPE_CHECKING:
    from engine.notebook import Cell

#: Left bar and badge colours of an assignment's cells (readable on light and dark themes).
ROLE_COLORS = {ANSWER: "#2e9d57", MANUAL: "#2e9d57", TASK: "#2e9d57", TEST: "#d9822b",
               LOCKED: "#8a8f98"}
__all__ = ["CellWidget", "CodeCellWidget", "MarkdownCellWidget", "RawCellWidget",
           "is_notebook_drop", "make_cell_widget"]


# =========================================================================== cells
class RoleBadge(QLabel):
    """The label at a graded cell's top right; a drawn padlock on read-only ones (an emoji
    padlock is missing from many classroom machines' fonts)."""

    def __init__(self, color: str, locked: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cellRoleBadge")
        self.locked = locked
        self.color = QColor(color)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.setStyleSheet(f"QLabel {{ color: {color}; font-weight: bold; "
                           f"padding: 3px 2px 0 {16 if locked else 4}px; }}")

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        if not self.locked:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        x, y = max(self.width() - self.sizeHint().width() + 1, 0), 5  # in the left padding
        pen = painter.pen()
        pen.setColor(self.color)
        pen.setWidthF(1.6)
        painter.setPen(pen)
        painter.drawArc(x + 2, y, 7, 8, 0, 180 * 16)  # shackle
        painter.drawLine(x + 2, y + 4, x + 2, y + 6)
        painter.drawLine(x + 9, y + 4, x + 9, y + 6)
        painter.fillRect(x, y + 6, 12, 8, self.color)  # body
        painter.end()


class CellWidget(QFrame):
    """Common part: selection bar, keys and focus reported to the notebook view.

    ``runRequested(cell_widget, mode)``: mode is "stay" (Ctrl+Enter), "next" (Shift+Enter) or
    "insert" (Alt+Enter). ``activated`` says the student clicked or typed in this cell.
    """

    runRequested = Signal(object, str)  # noqa: N815
    activated = Signal(object)  # noqa: N815
    commandMode = Signal(object)  # noqa: N815 - Esc: leave the editor, keep the cell selected
    sourceChanged = Signal(object)  # noqa: N815
    notebookDropped = Signal(str)  # noqa: N815

    def __init__(self, cell: Cell, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cell = cell
        self.selected = False
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(10, 4, 8, 4)
        self.grid.setHorizontalSpacing(6)
        self.grid.setVerticalSpacing(2)
        self.grid.setColumnMinimumWidth(0, PROMPT_WIDTH)
        self.grid.setColumnStretch(1, 1)
        self.role: str | None = None  # part in an assignment (gui.widgets.lab_model)
        self.role_badge: QLabel | None = None

    # ------------------------------------------------------------------ assignments
    @property
    def read_only(self) -> bool:
        return self.role in READ_ONLY

    def apply_role(self) -> None:
        """Mark an assignment's cells: answers editable with a coloured bar, tests and given
        code locked (nbgrader would restore them anyway, so typing there only misleads)."""
        self.role = cell_role(self.cell)
        if self.role is None:
            return
        color = ROLE_COLORS.get(self.role, "#888")
        self.role_badge = RoleBadge(color, self.read_only, self)
        self.grid.addWidget(self.role_badge, 0, 2, Qt.AlignmentFlag.AlignTop)
        for editor in self.editors():
            editor.setReadOnly(self.read_only)
        self._retranslate_role()

    def editors(self) -> list[QPlainTextEdit]:
        editor = getattr(self, "editor", None)
        return [editor] if isinstance(editor, QPlainTextEdit) else []

    def _retranslate_role(self) -> None:
        if self.role_badge is None:
            return
        # An explicit context: every cell class shares these texts (one entry to translate).
        translate = QCoreApplication.translate
        points = points_text(cell_points(self.cell))
        answer = translate("CellWidget", "✎ Your answer")
        texts = {
            ANSWER: (answer, translate("CellWidget", "Write your answer here; the tests below check it")),
            MANUAL: (answer, translate("CellWidget", "Write your answer here; your teacher marks it")),
            TASK: (translate("CellWidget", "✎ Task"),
                   translate("CellWidget", "Your teacher marks this task")),
            TEST: (translate("CellWidget", "Test · 1 point") if points == "1" else
                   tr_format(translate("CellWidget", "Test · %1 points"), points),
                   translate("CellWidget", "An autograded test: read-only; Validate runs it "
                                           "against your answers")),
            LOCKED: (translate("CellWidget", "Read-only"),
                     translate("CellWidget", "Given code or text of the assignment: read-only")),
        }
        text, tip = texts.get(self.role, ("", ""))
        self.role_badge.setText(text)
        self.role_badge.setToolTip(tip)
        for editor in self.editors():
            editor.setToolTip(tip if self.read_only else "")

    # ------------------------------------------------------------------ selection
    def set_selected(self, selected: bool) -> None:
        if selected != self.selected:
            self.selected = selected
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        if self.role is not None:
            painter = QPainter(self)
            painter.fillRect(5, 2, 3, self.height() - 4, QColor(ROLE_COLORS.get(self.role,
                                                                                 "#888")))
            painter.end()
        if not self.selected:
            return
        painter = QPainter(self)
        color = self.palette().highlight().color()
        painter.fillRect(0, 2, 4, self.height() - 4, color)
        faint = QColor(color)
        faint.setAlpha(60)
        painter.setPen(faint)
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        painter.end()

    def mousePressEvent(self, event) -> None:  # noqa: N802, ANN001
        self.activated.emit(self)
        super().mousePressEvent(event)

    # ------------------------------------------------------------------ editors
    def watch_editor(self, editor: QPlainTextEdit) -> None:
        """Route the editor's run keys, focus and notebook drops through this cell."""
        editor.installEventFilter(self)
        editor.viewport().installEventFilter(self)
        editor.textChanged.connect(lambda: self.sourceChanged.emit(self))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if kind == QEvent.Type.KeyPress:
            return self._key(watched, event)
        if kind == QEvent.Type.FocusIn:
            self.activated.emit(self)
        elif kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and is_notebook_drop(event):
            event.acceptProposedAction()
            return True
        elif kind == QEvent.Type.Drop:
            path = is_notebook_drop(event)
            if path:
                event.acceptProposedAction()
                self.notebookDropped.emit(path)
                return True
        return super().eventFilter(watched, event)

    def _key(self, editor: QObject, event: QKeyEvent) -> bool:
        key, mods = event.key(), event.modifiers()
        if self.read_only and key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Backspace,
                                      Qt.Key.Key_Delete) or (
                self.read_only and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not mods):
            return True  # the code editor indents through its cursor, which ignores read-only
        completer = getattr(editor, "completer", None)
        if completer is not None and completer.popup().isVisible():
            return False
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if mods & Qt.KeyboardModifier.ShiftModifier:
                self.runRequested.emit(self, "next")
                return True
            if mods & Qt.KeyboardModifier.ControlModifier:
                self.runRequested.emit(self, "stay")
                return True
            if mods & Qt.KeyboardModifier.AltModifier:
                self.runRequested.emit(self, "insert")
                return True
        elif key == Qt.Key.Key_Escape and not mods:
            self.commandMode.emit(self)
            return True
        return False

    # ------------------------------------------------------------------ interface
    def source(self) -> str:
        return self.cell.source

    def focus_editor(self) -> None:
        """Put the cursor in the cell (edit mode)."""

    def editor_has_focus(self) -> bool:
        return False

    def retranslate_ui(self) -> None:
        """Texts that depend on the language."""
        self._retranslate_role()


class CodeCellWidget(CellWidget):
    """``[n]:`` prompt, the editor, and below it the cell's outputs."""

    def __init__(self, cell: Cell, parent: QWidget | None = None) -> None:
        super().__init__(cell, parent)
        self.setObjectName("codeCell")
        self.prompt = QLabel(self)
        self.prompt.setObjectName("cellPrompt")
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.prompt.setFont(mono)
        self.prompt.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.prompt.setStyleSheet("QLabel { color: #307fc1; padding-top: 4px; }")
        self.prompt.setFixedWidth(PROMPT_WIDTH)
        self.editor = CodeEditor(self)
        self.editor.setObjectName("cellEditor")
        self.editor.setPlainText(cell.source)
        self._fitter = HeightFitter(self.editor)
        self.grid.addWidget(self.prompt, 0, 0, Qt.AlignmentFlag.AlignTop)
        self.grid.addWidget(self.editor, 0, 1)
        self.output: CellOutputView | None = None
        self.watch_editor(self.editor)
        self.set_prompt("idle")

    def set_prompt(self, state: str) -> None:
        """``[*]:`` while queued or running, ``[n]:`` after, ``[ ]:`` never run."""
        if state in ("queued", "running"):
            text = "[*]:"
        elif self.cell.execution_count is not None:
            text = f"[{self.cell.execution_count}]:"
        else:
            text = "[ ]:"
        self.prompt.setText(text)
        self.prompt.setProperty("state", state)

    def output_view(self) -> CellOutputView:
        """The cell's output view, made on first use."""
        if self.output is None:
            self.output = CellOutputView(self)
            self.output.lineActivated.connect(self._goto_line)
            self.grid.addWidget(self.output, 1, 1)
        return self.output

    def clear_outputs(self) -> None:
        if self.output is not None:
            self.output.clear()
            self.output.fit()
        self.editor.mark_error_line(None)

    def _goto_line(self, lineno: int) -> None:
        from PySide6.QtGui import QTextCursor

        block = self.editor.document().findBlockByNumber(lineno - 1)
        if block.isValid():
            self.editor.setTextCursor(QTextCursor(block))
            self.editor.setFocus()

    def source(self) -> str:
        return self.editor.toPlainText()

    def focus_editor(self) -> None:
        self.editor.setFocus()

    def editor_has_focus(self) -> bool:
        return self.editor.hasFocus()


class MarkdownCellWidget(CellWidget):
    """Rendered markdown; a double-click (or Enter) edits it, Shift+Enter renders it again."""

    def __init__(self, cell: Cell, parent: QWidget | None = None, base: QUrl | None = None) -> None:
        super().__init__(cell, parent)
        self.setObjectName("markdownCell")
        self.view = MarkdownView(self)
        if base is not None:
            self.view.document().setBaseUrl(base)
            self.view.setSearchPaths([base.toLocalFile()])
        self.view.viewport().installEventFilter(self)
        self.view.installEventFilter(self)
        self.editor: QPlainTextEdit | None = None
        self.placeholder = ""
        self.grid.addWidget(self.view, 0, 1)
        self.show_rendered()

    @property
    def editing(self) -> bool:
        return self.editor is not None and not self.editor.isHidden()

    def _make_editor(self) -> QPlainTextEdit:
        if self.editor is None:
            self.editor = QPlainTextEdit(self)
            self.editor.setObjectName("markdownEditor")
            self.editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
            self.editor.setTabChangesFocus(False)
            self.editor.setPlainText(self.cell.source)
            self._fitter = HeightFitter(self.editor, min_lines=2)
            self.watch_editor(self.editor)
            self.grid.addWidget(self.editor, 0, 1)
            self.editor.hide()
        return self.editor

    def edit(self) -> None:
        if self.read_only:
            return
        editor = self._make_editor()
        self.view.hide()
        editor.show()
        self._fitter.fit()
        editor.setFocus()

    def show_rendered(self) -> None:
        """Show the markdown rendered (the editor's text is already in the cell)."""
        text = self.source()
        if text.strip():
            self.view.set_markdown(text, self.cell.attachments)
        else:
            self.view.setHtml(f"<i style='color:gray'>{self.placeholder}</i>")
            self.view.fit()
        if self.editor is not None:
            self.editor.hide()
        self.view.show()

    def source(self) -> str:
        return self.editor.toPlainText() if self.editor is not None else self.cell.source

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched in (self.view, self.view.viewport()):
            if event.type() == QEvent.Type.MouseButtonDblClick:
                self.activated.emit(self)
                self.edit()
                return True
            if event.type() == QEvent.Type.MouseButtonPress:
                self.activated.emit(self)
            return False
        return super().eventFilter(watched, event)

    def focus_editor(self) -> None:
        self.edit()

    def editor_has_focus(self) -> bool:
        return self.editor is not None and self.editor.hasFocus()

    def editors(self) -> list[QPlainTextEdit]:
        return [self.editor] if self.editor is not None else []

    def retranslate_ui(self) -> None:
        self._retranslate_role()
        self.placeholder = self.tr("Empty markdown cell: double-click to write text")
        if not self.source().strip() and not self.editing:
            self.show_rendered()


class RawCellWidget(CellWidget):
    """Raw cells pass through untouched (nbconvert's), shown as plain editable text."""

    def __init__(self, cell: Cell, parent: QWidget | None = None) -> None:
        super().__init__(cell, parent)
        self.setObjectName("rawCell")
        self.badge = QLabel("raw", self)
        self.badge.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.badge.setStyleSheet("QLabel { color: gray; padding-top: 4px; }")
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("rawEditor")
        self.editor.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.editor.setPlainText(cell.source)
        self._fitter = HeightFitter(self.editor)
        self.grid.addWidget(self.badge, 0, 0)
        self.grid.addWidget(self.editor, 0, 1)
        self.watch_editor(self.editor)

    def source(self) -> str:
        return self.editor.toPlainText()

    def focus_editor(self) -> None:
        self.editor.setFocus()

    def editor_has_focus(self) -> bool:
        return self.editor.hasFocus()


def make_cell_widget(cell: Cell, parent: QWidget, base: QUrl | None = None) -> CellWidget:
    if cell.cell_type == "markdown":
        widget: CellWidget = MarkdownCellWidget(cell, parent, base)
    elif cell.cell_type == "raw":
        widget = RawCellWidget(cell, parent)
    else:
        widget = CodeCellWidget(cell, parent)
    widget.apply_role()
    widget.retranslate_ui()
    return widget

