"""A collapsible lesson guide: the concept, its key formula, what to try, the course section."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtWidgets import QFrame, QPushButton, QTextBrowser, QWidget
from superqt import QCollapsible

MIN_TEXT_HEIGHT = 60
EXPANDED_ARROW, COLLAPSED_ARROW = "▼", "▶"


class _GuideText(QTextBrowser):
    """Asks for the height its text needs at its width, so the guide opens to show all of it
    (QCollapsible opens its content to the content's size hint)."""

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt naming)
        hint = super().sizeHint()
        doc = self.document()
        width = self.viewport().width()
        if width > 0:
            doc.setTextWidth(width)
        margins = self.contentsMargins()
        height = int(doc.size().height()) + margins.top() + margins.bottom() + 2
        return QSize(hint.width(), max(MIN_TEXT_HEIGHT, height))


class LessonGuide(QCollapsible):
    """A title button that folds a rich-text panel. The owning tab supplies translated HTML."""

    def __init__(self, parent: QWidget | None = None, expanded: bool = True) -> None:
        super().__init__("", parent, expandedIcon=EXPANDED_ARROW, collapsedIcon=COLLAPSED_ARROW)
        self.setObjectName("lessonGuide")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.layout().setContentsMargins(0, 0, 0, 0)
        self.layout().setSpacing(2)
        self.setDuration(150)
        self.toggle = self.toggleButton()
        self.toggle.setObjectName("lessonGuideToggle")
        self.toggle.setStyleSheet("text-align: left; border: none; font-weight: bold;")
        self.body = _GuideText()
        self.body.setObjectName("lessonGuideText")
        self.body.setOpenExternalLinks(False)
        self.body.setMinimumHeight(MIN_TEXT_HEIGHT)
        self.content().layout().setContentsMargins(0, 0, 0, 0)
        self.addWidget(self.body)
        if expanded:
            self.expand(animate=False)
        else:
            self.collapse(animate=False)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt naming)
        """A new theme: the title button (styled by a style sheet, which keeps the palette it
        was polished with) takes the new palette, and its fold arrows, drawn in its text
        colour, are drawn again."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.toggle.setPalette(self.palette())
            self.toggle.setStyleSheet(self.toggle.styleSheet())   # re-polish with it
            self.setExpandedIcon(EXPANDED_ARROW)
            self.setCollapsedIcon(COLLAPSED_ARROW)

    def toggle_button(self) -> QPushButton:
        return self.toggle

    def set_content(self, title: str, html: str) -> None:
        self.setText(title)
        self.toggle.setToolTip(self.tr("Show or hide the lesson guide"))
        self.toggle.setAccessibleName(title)
        self.body.setHtml(html)
        if self.isExpanded():  # open to the new text's height
            self.expand(animate=False)


def guide_html(concept: str, formula: str, tries: list[str], section: str) -> str:
    """Lay out the four parts of a guide the same way on every tab.

    ``formula`` is HTML (use <i>, <sup>, <sub>, unicode math); it is shown centred and larger.
    """
    items = "".join(f"<li>{t}</li>" for t in tries)
    return (
        f"<p>{concept}</p>"
        f"<p align='center' style='font-size:15pt; font-family:serif'>{formula}</p>"
        f"<ul>{items}</ul>"
        f"<p style='color:gray'>{section}</p>"
    )
