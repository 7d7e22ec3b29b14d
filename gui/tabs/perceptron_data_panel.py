"""The perceptron tab's data box: which points, how many, regenerate/clear, CSV in and out.

It edits the shared :class:`~gui.tabs.perceptron_lesson.PerceptronLesson`'s points and says so
with ``pointsChanged(reset_mlp)``; the lessons redraw from there.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QSpinBox,
    QWidget,
)

from engine import toy2d
from engine.paths import documents_dir
from gui.i18n import tr_format
from gui.tabs.perceptron_lesson import NOISE_DEFAULTS, PerceptronLesson


class PointsPanel(QGroupBox):
    """Controls of the 2-D points both lessons train on."""

    pointsChanged = Signal(bool)  # noqa: N815 (Qt naming) True: the MLP starts afresh too

    def __init__(self, lesson: PerceptronLesson, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="dataGroup")
        self.lesson = lesson
        self.message: tuple[str, str] | None = None  # (kind, text) shown under the box
        form = QFormLayout(self)
        self.dataset_combo = QComboBox(objectName="datasetCombo")
        for kind in toy2d.DATASET_KINDS:
            self.dataset_combo.addItem(kind, kind)
        self.points_spin = QSpinBox(objectName="pointsSpin")
        self.points_spin.setRange(4, 300)
        self.points_spin.setValue(50)
        self.margin_spin = QDoubleSpinBox(objectName="marginSpin")
        self.margin_spin.setRange(0.0, 2.0)
        self.margin_spin.setSingleStep(0.1)
        self.margin_spin.setValue(0.3)
        self.noise_spin = QDoubleSpinBox(objectName="noiseSpin")
        self.noise_spin.setRange(0.0, 1.0)
        self.noise_spin.setSingleStep(0.05)
        self.noise_spin.setValue(0.0)
        self.points_label, self.margin_label, self.noise_label = QLabel(), QLabel(), QLabel()
        self.dataset_label = QLabel()
        form.addRow(self.dataset_label, self.dataset_combo)
        form.addRow(self.points_label, self.points_spin)
        form.addRow(self.margin_label, self.margin_spin)
        form.addRow(self.noise_label, self.noise_spin)
        buttons = QGridLayout()
        self.regenerate_button = QPushButton(objectName="regenerateButton")
        self.clear_button = QPushButton(objectName="clearButton")
        self.save_button = QPushButton(objectName="saveCsvButton")
        self.load_button = QPushButton(objectName="loadCsvButton")
        buttons.addWidget(self.regenerate_button, 0, 0)
        buttons.addWidget(self.clear_button, 0, 1)
        buttons.addWidget(self.save_button, 1, 0)
        buttons.addWidget(self.load_button, 1, 1)
        form.addRow(buttons)
        self.point_count_label = QLabel(objectName="pointCountLabel")
        self.point_count_label.setWordWrap(True)
        self.click_hint = QLabel(objectName="clickHintLabel")
        self.click_hint.setWordWrap(True)
        self.click_hint.setStyleSheet("color: gray")
        self.data_message = QLabel(objectName="dataMessageLabel")
        self.data_message.setWordWrap(True)
        # File names and parser messages may hold "<": never read them as rich text.
        self.data_message.setTextFormat(Qt.TextFormat.PlainText)
        self.data_message.setVisible(False)
        form.addRow(self.point_count_label)
        form.addRow(self.click_hint)
        form.addRow(self.data_message)

    def connect_controls(self) -> None:
        self.dataset_combo.currentIndexChanged.connect(lambda _: self._on_kind_changed())
        self.regenerate_button.clicked.connect(lambda: self.regenerate(new_seed=True))
        self.clear_button.clicked.connect(self.clear_points)
        self.save_button.clicked.connect(self._ask_save)
        self.load_button.clicked.connect(self._ask_load)
        for spin in (self.margin_spin, self.noise_spin, self.points_spin):
            spin.valueChanged.connect(lambda _: self._regenerate_if_generated())

    # ------------------------------------------------------------------ texts
    def retranslate_ui(self) -> None:
        names = {
            "separable": self.tr("Linearly separable"),
            "xor_corners": self.tr("XOR: four corners"),
            "xor_noisy": self.tr("XOR: noisy clusters"),
            "circles": self.tr("Circles"),
        }
        for i in range(self.dataset_combo.count()):
            self.dataset_combo.setItemText(i, names[self.dataset_combo.itemData(i)])
        self.setTitle(self.tr("Data"))
        self.dataset_label.setText(self.tr("Data set"))
        self.points_label.setText(self.tr("Points"))
        self.margin_label.setText(self.tr("Margin"))
        self.noise_label.setText(self.tr("Noise"))
        self.regenerate_button.setText(self.tr("Regenerate"))
        self.clear_button.setText(self.tr("Clear"))
        self.save_button.setText(self.tr("Save CSV…"))
        self.load_button.setText(self.tr("Load CSV…"))
        self.click_hint.setText(self.tr(
            "On either plot: left-click adds class +1, right-click or Shift-click adds −1, "
            "Ctrl-click removes the nearest point."))
        tips = {
            self.dataset_combo: self.tr("Which points to train on"),
            self.points_spin: self.tr("Number of points when generating"),
            self.margin_spin: self.tr("Gap left around the separating line (separable data)"),
            self.noise_spin: self.tr("Gaussian jitter added to the points"),
            self.regenerate_button: self.tr("Draw a new random set of this kind"),
            self.clear_button: self.tr("Remove every point, then click to add your own"),
            self.save_button: self.tr("Save the points as x1,x2,label rows"),
            self.load_button: self.tr("Load points from a CSV of x1,x2,label (labels ±1 or 0/1)"),
        }
        for widget, tip in tips.items():
            widget.setToolTip(tip)
            widget.setAccessibleName(tip)
        self.refresh_count()

    def refresh_count(self) -> None:
        pos, neg = self.lesson.data.counts()
        self.point_count_label.setText(
            tr_format(self.tr("Points: %1 of class +1, %2 of class −1"), pos, neg))

    # ------------------------------------------------------------------ edits
    def kind(self) -> str:
        return str(self.dataset_combo.currentData())

    def _on_kind_changed(self) -> None:
        """A new kind of data: its usual noise level, then fresh points."""
        self.noise_spin.blockSignals(True)
        self.noise_spin.setValue(NOISE_DEFAULTS.get(self.kind(), 0.0))
        self.noise_spin.blockSignals(False)
        self.regenerate(new_seed=False)

    def regenerate(self, new_seed: bool = True) -> None:
        """Draw the chosen kind of data set again (a new random seed unless told otherwise)."""
        kind = self.kind()
        self.margin_spin.setEnabled(kind == "separable")
        self.points_spin.setEnabled(kind != "xor_corners")
        self.noise_spin.setEnabled(kind != "xor_corners")
        try:
            self.lesson.generate(kind, self.points_spin.value(), self.margin_spin.value(),
                                 self.noise_spin.value(), new_seed)
        except ValueError as exc:
            self.show_message("error", str(exc))
            return
        self.show_message(None, "")
        self.pointsChanged.emit(kind == "xor_corners" or len(self.lesson.data) < 8)

    def _regenerate_if_generated(self) -> None:
        if self.lesson.generated:
            self.regenerate(new_seed=False)

    def clear_points(self) -> None:
        self.lesson.clear()
        self.pointsChanged.emit(False)

    def add_point(self, x: float, y: float, label: int) -> None:
        self.lesson.add_point(x, y, label)
        self.pointsChanged.emit(False)

    def remove_point_near(self, x: float, y: float) -> None:
        if self.lesson.remove_point_near(x, y):
            self.pointsChanged.emit(False)

    def set_data(self, data: toy2d.Toy2D) -> None:
        self.lesson.set_data(data)
        self.pointsChanged.emit(False)

    # ------------------------------------------------------------------ files
    def save_csv(self, path: str | Path) -> bool:
        try:
            toy2d.save_csv(self.lesson.data, path)
        except OSError as exc:
            self.show_message("error", tr_format(self.tr("Could not save: %1"), exc))
            return False
        self.show_message("info", tr_format(self.tr("Saved %1 points to %2"),
                                            len(self.lesson.data), Path(path).name))
        return True

    def load_csv(self, path: str | Path) -> bool:
        """Load points; on a bad file say why and keep the current points."""
        try:
            data = toy2d.load_csv(path)
        except (OSError, ValueError) as exc:
            self.show_message("error", tr_format(self.tr("Could not load %1: %2"),
                                                 Path(path).name, exc))
            return False
        self.set_data(data)
        self.show_message("info", tr_format(self.tr("Loaded %1 points from %2"),
                                            len(data), Path(path).name))
        return True

    def ask_save(self) -> None:
        self._ask_save()

    def _ask_save(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save points"),
                                              str(documents_dir() / "points.csv"),
                                              self.tr("CSV files (*.csv)"))
        if path:
            self.save_csv(path)

    def _ask_load(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Load points"), str(documents_dir()),
                                              self.tr("CSV files (*.csv);;All files (*)"))
        if path:
            self.load_csv(path)

    def show_message(self, kind: str | None, text: str) -> None:
        self.message = (kind, text) if kind else None
        self.data_message.setVisible(bool(kind))
        self.data_message.setText(text)
        color = "#d62728" if kind == "error" else "#2ca02c"
        self.data_message.setStyleSheet(f"color: {color}")
