"""One widget per notebook cell: code (prompt, editor, outputs), markdown (rendered ↔ edited), raw.

Every part is as tall as its content, so the notebook scrolls as one page like Jupyter's and a
short cell never shows a scrollbar of its own. Output views are made only for cells that have
output, which keeps opening a long notebook cheap.
"""

from __future__ import annotations

import base64
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QEvent, QObject, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QFontDatabase,
    QImage,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPixmap,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QFrame,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QTextBrowser,
    QWidget,
)

from gui.widgets.code_editor import CodeEditor
from gui.widgets.output_view import OutputView

if TYPE_CHECKING:
    from engine.notebook import Cell

PROMPT_WIDTH = 64
#: An output taller than this scrolls inside its cell (Jupyter's "scrolled" outputs).
MAX_OUTPUT_HEIGHT = 1400


def is_notebook_drop(event: Any) -> str | None:
    """The first local ``.ipynb`` file a drag carries, or None."""
    mime = event.mimeData()
    if mime is None or not mime.hasUrls():
        return None
    for url in mime.urls():
        if url.isLocalFile() and url.toLocalFile().lower().endswith(".ipynb"):
            return url.toLocalFile()
    return None


# =========================================================================== sizing helpers
class _HeightFitter(QObject):
    """Keeps a QPlainTextEdit exactly as tall as its (wrapped) lines; it never scrolls itself."""

    def __init__(self, editor: QPlainTextEdit, min_lines: int = 1) -> None:
        super().__init__(editor)
        self.editor = editor
        self.min_lines = min_lines
        editor.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        editor.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        editor.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        editor.document().documentLayout().documentSizeChanged.connect(self.fit)
        editor.horizontalScrollBar().rangeChanged.connect(self.fit)
        self.fit()

    def fit(self, *_args: Any) -> None:
        editor = self.editor
        # QPlainTextEdit's layout measures the document in lines (wrapped lines included);
        # a line is as tall as the first block's layout says (font leading included).
        lines = max(int(editor.document().documentLayout().documentSize().height()),
                    self.min_lines, 1)
        first = editor.document().firstBlock()
        per_line = editor.blockBoundingRect(first).height() / max(first.lineCount(), 1)
        if per_line <= 0:
            per_line = editor.fontMetrics().lineSpacing()
        margins = editor.contentsMargins()
        height = (lines * per_line + 2 * editor.document().documentMargin()
                  + margins.top() + margins.bottom() + 2)
        bar = editor.horizontalScrollBar()
        if bar.maximum() > 0:
            height += bar.sizeHint().height()
        height = int(height + 0.999)
        if editor.minimumHeight() != height or editor.maximumHeight() != height:
            editor.setFixedHeight(height)
        editor.verticalScrollBar().setValue(0)


class CellOutputView(OutputView):
    """A cell's OutputView that grows with its blocks instead of scrolling (up to a cap)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cellOutput")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustIgnored)
        self.column.setContentsMargins(0, 2, 0, 2)
        self.container.installEventFilter(self)
        # Never hidden, only 0 px tall when empty: a hidden view's layout stops announcing
        # new blocks, and the view would never grow again.
        self.setFixedHeight(0)
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self.fit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.container and event.type() in (
                QEvent.Type.LayoutRequest, QEvent.Type.ChildAdded, QEvent.Type.ChildRemoved):
            self.fit()
            self._fit_timer.start()  # and once more when the layout has settled
        return super().eventFilter(watched, event)

    def resizeEvent(self, event) -> None:  # noqa: N802, ANN001
        super().resizeEvent(event)
        self.fit()

    def fit(self) -> None:
        layout = self.column
        width = self.viewport().width()
        if width < 50:  # not laid out yet: measure at the width the cell will give it
            parent = self.parentWidget()
            width = max(parent.width() - PROMPT_WIDTH - 30 if parent else 0, 200)
        if layout.hasHeightForWidth():
            content = layout.totalHeightForWidth(width)
        else:
            content = layout.totalSizeHint().height()
        height = min(content, MAX_OUTPUT_HEIGHT) if self.blocks else 0
        if self.height() != height or self.minimumHeight() != height:
            self.setFixedHeight(height)

    def _scroll_to_end(self) -> None:
        # Only a capped (scrolling) output follows its newest line; a fitted one never moves.
        if self.height() >= MAX_OUTPUT_HEIGHT:
            super()._scroll_to_end()


class MarkdownView(QTextBrowser):
    """Rendered markdown, as tall as its text; images resolve beside the notebook."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("markdownView")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setOpenLinks(False)
        self.anchorClicked.connect(self._open_link)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.viewport().setAutoFillBackground(False)
        self.setStyleSheet("QTextBrowser { background: transparent; }")
        self.viewport().setCursor(Qt.CursorShape.ArrowCursor)

    def set_markdown(self, text: str, attachments: dict | None = None) -> None:
        doc = self.document()
        for name, bundle in (attachments or {}).items():
            image = _attachment_image(bundle)
            if image is not None:
                doc.addResource(QTextDocument.ResourceType.ImageResource,
                                QUrl(f"attachment:{name}"), image)
        self.setMarkdown(text)
        self._has_images = "![" in text or "<img" in text.lower()
        self.fit()

    def fit(self) -> None:
        doc = self.document()
        doc.setTextWidth(max(self.viewport().width(), 100))
        if getattr(self, "_has_images", False):
            self._fit_images()
        height = int(doc.size().height()) + 2 * self.frameWidth() + 2
        if self.height() != height:
            self.setFixedHeight(height)

    def resizeEvent(self, event) -> None:  # noqa: N802, ANN001
        super().resizeEvent(event)
        self.fit()

    def _fit_images(self) -> None:
        """Scale pictures wider than the text column down to it (the book's figures are wide)."""
        doc = self.document()
        room = max(self.viewport().width() - 2 * doc.documentMargin() - 4, 40)
        edits = []
        block = doc.begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                if fragment.charFormat().isImageFormat():
                    edits.append((fragment.position(), fragment.length(),
                                  fragment.charFormat().toImageFormat()))
                it += 1
            block = block.next()
        for position, length, image in edits:
            natural = self._natural_size(image.name())
            if natural is None or natural.width() <= 0:
                continue
            width = min(float(natural.width()), room)
            height = natural.height() * width / natural.width()
            if abs(image.width() - width) < 0.5 and abs(image.height() - height) < 0.5:
                continue
            image.setWidth(width)
            image.setHeight(height)
            cursor = QTextCursor(doc)
            cursor.setPosition(position)
            cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
            cursor.setCharFormat(image)

    def _natural_size(self, name: str) -> QSize | None:
        resource = self.document().resource(QTextDocument.ResourceType.ImageResource, QUrl(name))
        if resource is None:
            resource = self.loadResource(QTextDocument.ResourceType.ImageResource.value,
                                         QUrl(name))
        if isinstance(resource, QImage | QPixmap):
            return resource.size()
        if isinstance(resource, QByteArray | bytes) and resource:
            image = QImage.fromData(resource)
            return None if image.isNull() else image.size()
        return None

    def _open_link(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)


def _attachment_image(bundle: Any) -> QImage | None:
    if not isinstance(bundle, dict):
        return None
    for mime in ("image/png", "image/jpeg", "image/gif"):
        payload = bundle.get(mime)
        if isinstance(payload, list):
            payload = "".join(payload)
        if isinstance(payload, str):
            try:
                image = QImage.fromData(base64.b64decode(payload))
            except ValueError:
                continue
            if not image.isNull():
                return image
    return None


# =========================================================================== cells
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

    # ------------------------------------------------------------------ selection
    def set_selected(self, selected: bool) -> None:
        if selected != self.selected:
            self.selected = selected
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
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
        self._fitter = _HeightFitter(self.editor)
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
            self._fitter = _HeightFitter(self.editor, min_lines=2)
            self.watch_editor(self.editor)
            self.grid.addWidget(self.editor, 0, 1)
            self.editor.hide()
        return self.editor

    def edit(self) -> None:
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

    def retranslate_ui(self) -> None:
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
        self._fitter = _HeightFitter(self.editor)
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
    widget.retranslate_ui()
    return widget

