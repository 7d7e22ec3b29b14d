"""The results panel beside an assignment: busy while checking, then one line per test.

It only draws a :class:`gui.widgets.lab_model.CheckOutcome`; clicking a line asks the tab to
show that test's cell.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gui.i18n import tr_format
from gui.widgets.lab_model import CheckOutcome, points_text

GRADE_ID_ROLE = Qt.ItemDataRole.UserRole
PASSED_COLOR, FAILED_COLOR = "#1a7f37", "#c62828"


class LabResultsPanel(QFrame):
    """Score, per-test results (✓/✗, points, the failure message) and what is not done yet."""

    testChosen = Signal(str)  # noqa: N815 - grade_id of the clicked test
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("labResultsPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(260)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 6, 6)
        top = QHBoxLayout()
        self.title = QLabel(self, objectName="labResultsTitle")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.close_button = QToolButton(self, objectName="labResultsClose")
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self._close)
        top.addWidget(self.title, 1)
        top.addWidget(self.close_button)
        layout.addLayout(top)
        self.score = QLabel(self, objectName="labScore")
        font = self.score.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.score.setFont(font)
        layout.addWidget(self.score)
        self.busy = QProgressBar(self, objectName="labProgress")
        self.busy.setTextVisible(True)
        layout.addWidget(self.busy)
        self.source = QLabel(self, objectName="labResultsSource")
        self.source.setWordWrap(True)
        self.source.setStyleSheet("QLabel { color: gray; }")
        layout.addWidget(self.source)
        self.list = QListWidget(self, objectName="labResultsList")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(2)
        self.list.itemClicked.connect(self._chosen)
        self.list.itemActivated.connect(self._chosen)
        layout.addWidget(self.list, 1)
        self.todo = QLabel(self, objectName="labNotDone")
        self.todo.setWordWrap(True)
        layout.addWidget(self.todo)
        self.outcome: CheckOutcome | None = None
        self.state = "idle"  # idle | busy | done
        self.hide()

    # ------------------------------------------------------------------ states
    def show_busy(self, text: str = "") -> None:
        self.state = "busy"
        self.outcome = None
        self.list.clear()
        self.score.setText("")
        self.todo.setText("")
        self.source.setText("")
        self.busy.setRange(0, 0)
        self.busy.setFormat(text)
        self.busy.show()
        self.show()
        self.retranslate_ui()

    def set_progress(self, done: int, total: int) -> None:
        if self.state == "busy" and total > 0:
            self.busy.setRange(0, total)
            self.busy.setValue(done)
            self.busy.setFormat(tr_format(self.tr("Running cell %1 of %2…"), str(done), str(total)))

    def show_outcome(self, outcome: CheckOutcome) -> None:
        self.state = "done"
        self.outcome = outcome
        self.busy.hide()
        self.show()
        self.retranslate_ui()

    def show_failed(self) -> None:
        """The check could not run (the tab's message bar says why)."""
        self.state = "idle"
        self.busy.hide()
        self.hide()

    def _close(self) -> None:
        self.hide()
        self.closed.emit()

    def _chosen(self, item: QListWidgetItem) -> None:
        grade_id = item.data(GRADE_ID_ROLE)
        if grade_id:
            self.testChosen.emit(str(grade_id))

    # ------------------------------------------------------------------ texts
    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Validation"))
        self.close_button.setToolTip(self.tr("Hide the results"))
        self.list.setAccessibleName(self.tr("Test results"))
        if self.state == "busy":
            self.score.setText(self.tr("Checking…"))
            if self.busy.maximum() == 0:
                self.busy.setFormat(self.tr("Starting a fresh kernel…"))
            return
        outcome = self.outcome
        if outcome is None:
            return
        self.score.setText(tr_format(self.tr("Score: %1 / %2"), points_text(outcome.score),
                                     points_text(outcome.max_score)))
        color = PASSED_COLOR if outcome.rows and outcome.score >= outcome.max_score else (
            FAILED_COLOR if outcome.score == 0 else "#c98a00")
        self.score.setStyleSheet(f"QLabel {{ color: {color}; }}")
        self.source.setText(
            tr_format(self.tr("Tests run from the released lab “%1”: editing a test changes "
                              "nothing."), outcome.lab_title) if outcome.with_release else
            self.tr("Tests run from this notebook (a self-check; your teacher re-checks with "
                    "the original tests)."))
        self.list.clear()
        for row in outcome.rows:
            mark = "✓" if row.passed else "✗"
            points = f"{points_text(row.points)}/{points_text(row.max_points)}"
            head = f"{mark}  {row.grade_id}   {points}"
            if row.changed:
                head += "   · " + self.tr("changed")
            text = head if row.passed or not row.message else f"{head}\n{row.message}"
            item = QListWidgetItem(text)
            item.setData(GRADE_ID_ROLE, row.grade_id)
            item.setForeground(QBrush(QColor(PASSED_COLOR if row.passed else FAILED_COLOR)))
            item.setToolTip(row.message or self.tr("Passed"))
            self.list.addItem(item)
        self.todo.setText(tr_format(
            self.tr("Answers not done yet: %1"), ", ".join(outcome.not_done)) if outcome.not_done else "")
        self.todo.setVisible(bool(outcome.not_done))
