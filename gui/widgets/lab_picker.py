"""Help ▸ Labs: choose one of DiveLab's shipped labs (number and title in the UI language)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

KEY_ROLE = Qt.ItemDataRole.UserRole


class LabPickerDialog(QDialog):
    """A list of labs; OK (or a double-click) opens the chosen one."""

    def __init__(self, labs: list, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("labPicker")
        self.labs = labs
        layout = QVBoxLayout(self)
        self.intro = QLabel(self, objectName="labPickerIntro")
        self.intro.setWordWrap(True)
        self.list = QListWidget(self, objectName="labList")
        for lab in labs:
            item = QListWidgetItem(lab.title(lang))
            item.setData(KEY_ROLE, lab.key)
            self.list.addItem(item)
        if labs:
            self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.setObjectName("labPickerButtons")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        self.setWindowTitle(self.tr("Labs"))
        self.intro.setText(self.tr(
            "Each lab is a notebook with tasks and tests. Your copy is kept in your lab folder: "
            "opening a lab again continues where you left off. Validate checks your answers; "
            "Submit saves the notebook and a printable report to hand in."))
        self.resize(520, 380)

    def chosen(self):  # noqa: ANN201 - engine.labs.Lab | None
        item = self.list.currentItem()
        if item is None:
            return None
        key = item.data(KEY_ROLE)
        return next((lab for lab in self.labs if lab.key == key), None)

    @classmethod
    def pick(cls, labs: list, lang: str, parent: QWidget | None = None):  # noqa: ANN206
        """The lab chosen, or None (tests replace this method)."""
        dialog = cls(labs, lang, parent)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
