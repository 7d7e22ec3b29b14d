"""The parts a notebook cell is made of, each as tall as its content.

An editor that fits its lines, an output view that grows with its blocks, rendered markdown
that fits its text and scales the book's wide figures down: the notebook then scrolls as one
page, like Jupyter's, and a short cell never shows a scrollbar of its own.
"""

from __future__ import annotations

import base64
from typing import Any

from PySide6.QtCore import QByteArray, QEvent, QObject, QSize, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QPixmap, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QFrame,
    QPlainTextEdit,
    QSizePolicy,
    QTextBrowser,
    QWidget,
)

from gui.widgets.output_view import OutputView

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
class HeightFitter(QObject):
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
        if self.isVisible():  # a new cell is laid out at its real width when shown: fit then
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
