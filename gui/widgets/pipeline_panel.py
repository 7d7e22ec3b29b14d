"""The applied preprocessing steps and the pandas script they add up to, side by side."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from gui.i18n import tr_format

if TYPE_CHECKING:
    from engine.pipeline import Step


class PipelinePanel(QWidget):
    """Read-only view of a pipeline: numbered steps (translated) and the live code."""

    saveCodeRequested = Signal()  # noqa: N815 (Qt naming)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pipelinePanel")
        self.steps_label = QLabel(self)
        self.steps_list = QListWidget(self)
        self.steps_list.setObjectName("pipelineList")
        self.code_label = QLabel(self)
        self.code_view = QPlainTextEdit(self)
        self.code_view.setObjectName("pipelineCode")
        self.code_view.setReadOnly(True)
        self.code_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.code_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.copy_button = QPushButton(self)
        self.copy_button.setObjectName("copyCodeButton")
        self.copy_button.clicked.connect(self.copy_code)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveCodeButton")
        self.save_button.clicked.connect(self.saveCodeRequested)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.steps_label)
        left_layout.addWidget(self.steps_list)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        header = QHBoxLayout()
        header.addWidget(self.code_label, 1)
        header.addWidget(self.copy_button)
        header.addWidget(self.save_button)
        right_layout.addLayout(header)
        right_layout.addWidget(self.code_view)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self._steps: list[Step] = []
        self._empty = True

    def retranslate_ui(self) -> None:
        self.steps_label.setText(self.tr("Applied steps"))
        self.code_label.setText(self.tr("The same steps as pandas code (runs on the original "
                                        "file)"))
        self.copy_button.setText(self.tr("Copy code"))
        self.copy_button.setToolTip(self.tr("Copy the whole script to the clipboard"))
        self.copy_button.setAccessibleName(self.tr("Copy code"))
        self.save_button.setText(self.tr("Save as .py…"))
        self.save_button.setToolTip(self.tr("Save the script as a Python file"))
        self.save_button.setAccessibleName(self.tr("Save code as a Python file"))
        self.steps_list.setAccessibleName(self.tr("Applied steps"))
        self.code_view.setAccessibleName(self.tr("Generated pandas code"))
        self._fill_list()

    def set_pipeline(self, steps: list[Step], code: str) -> None:
        self._steps = list(steps)
        self._empty = not code
        self._fill_list()
        bar = self.code_view.verticalScrollBar()
        at_end = bar.value() >= bar.maximum() - 2
        self.code_view.setPlainText(code)
        if at_end:
            bar.setValue(bar.maximum())
        self.copy_button.setEnabled(bool(code))
        self.save_button.setEnabled(bool(code))

    def _fill_list(self) -> None:
        self.steps_list.clear()
        if self._empty:
            return
        self.steps_list.addItem(self.tr("0. Read the file"))
        for number, step in enumerate(self._steps, start=1):
            self.steps_list.addItem(f"{number}. {self.step_text(step)}")
        self.steps_list.scrollToBottom()

    def code(self) -> str:
        return self.code_view.toPlainText()

    def copy_code(self) -> None:
        QGuiApplication.clipboard().setText(self.code())

    def step_text(self, step: Step) -> str:
        """A translated one-line description of ``step``."""
        def names(columns) -> str:
            return ", ".join(str(c) for c in columns)

        kind = step.KIND  # dispatch on the kind: engine.pipeline (pandas) stays unimported
        if kind == "split":
            return tr_format(self.tr("Split into inputs and outputs (target: %1)"),
                             names(step.targets))
        if kind == "drop_rows":
            return (self.tr("Drop rows with any missing value") if step.how == "any"
                    else self.tr("Drop rows where every value is missing"))
        if kind == "drop_most_missing":
            return self.tr("Drop the column with the most missing values")
        if kind == "fill":
            method = {"mean": self.tr("mean"), "median": self.tr("median"),
                      "interpolate": self.tr("interpolation"),
                      "constant": tr_format(self.tr("constant %1"), f"{step.value:g}")}
            return tr_format(self.tr("Fill missing values (%1): %2"),
                             method.get(step.method, step.method), names(step.columns))
        if kind == "one_hot":
            text = (self.tr("One-hot encode, NaN as its own category: %1") if step.dummy_na
                    else self.tr("One-hot encode: %1"))
            return tr_format(text, names(step.columns))
        if kind == "standardize":
            return tr_format(self.tr("Standardize: %1"), names(step.columns))
        if kind == "min_max":
            return tr_format(self.tr("Min-max scale: %1"), names(step.columns))
        if kind == "astype":
            return tr_format(self.tr("Change the type of %1 to %2"), step.column, step.dtype)
        if kind == "rename":
            return tr_format(self.tr("Rename %1 to %2"), step.column, step.new_name)
        if kind == "add_row":
            return tr_format(self.tr("Add an empty row %1"), step.label)
        if kind == "delete_rows":
            shown = names(step.labels[:5]) + (" …" if len(step.labels) > 5 else "")
            return tr_format(self.tr("Delete %2 row(s): %1"), shown, len(step.labels))
        if kind == "add_column":
            return tr_format(self.tr("Add a column %1"), step.name)
        if kind == "delete_columns":
            return tr_format(self.tr("Delete column(s): %1"), names(step.columns))
        if kind == "edit":
            from engine.pipeline import literal

            return tr_format(self.tr("Set row %1, %2 to %3"), step.label, step.column,
                             literal(step.value))
        return step.describe()
