"""A collapsible lesson guide: the concept, its key formula, what to try, the course section."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTextBrowser, QToolButton, QVBoxLayout, QWidget


class LessonGuide(QWidget):
    """Header button that folds a rich-text panel. The owning tab supplies translated HTML."""

    def __init__(self, parent: QWidget | None = None, expanded: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("lessonGuide")
        self.toggle = QToolButton(self)
        self.toggle.setObjectName("lessonGuideToggle")
        self.toggle.setCheckable(True)
        self.toggle.setChecked(expanded)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setStyleSheet("QToolButton { border: none; font-weight: bold; }")
        self.body = QTextBrowser(self)
        self.body.setObjectName("lessonGuideText")
        self.body.setOpenExternalLinks(False)
        self.body.setMinimumHeight(60)
        self.body.setVisible(expanded)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.toggle)
        layout.addWidget(self.body, 1)
        self.toggle.toggled.connect(self._on_toggled)
        self._on_toggled(expanded)

    def set_content(self, title: str, html: str) -> None:
        self.toggle.setText(title)
        self.toggle.setToolTip(self.tr("Show or hide the lesson guide"))
        self.toggle.setAccessibleName(title)
        self.body.setHtml(html)

    def _on_toggled(self, expanded: bool) -> None:
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        self.body.setVisible(expanded)


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
