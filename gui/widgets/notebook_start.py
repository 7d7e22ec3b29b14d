"""The notebook tab's start page (open, new, tour, recent files) and its message bar."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gui import theme
from gui.widgets.notebook_cells import is_notebook_drop

PATH_ROLE = Qt.ItemDataRole.UserRole


class StartPage(QWidget):
    """Shown until a notebook is open: what the tab is for and the ways to begin."""

    openRequested = Signal()  # noqa: N815
    newRequested = Signal()  # noqa: N815
    tourRequested = Signal()  # noqa: N815
    labsRequested = Signal()  # noqa: N815
    recentChosen = Signal(str)  # noqa: N815
    notebookDropped = Signal(str)  # noqa: N815

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notebookStart")
        self.setAcceptDrops(True)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(40, 30, 40, 30)
        box = QWidget(self)
        box.setMaximumWidth(720)
        layout = QVBoxLayout(box)
        layout.setSpacing(12)
        self.title = QLabel(box)
        self.title.setObjectName("notebookStartTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.intro = QLabel(box)
        self.intro.setObjectName("notebookStartIntro")
        self.intro.setWordWrap(True)
        buttons = QHBoxLayout()
        self.open_button = QPushButton(box, objectName="startOpenButton")
        self.new_button = QPushButton(box, objectName="startNewButton")
        self.tour_button = QPushButton(box, objectName="startTourButton")
        self.labs_button = QPushButton(box, objectName="startLabsButton")
        for button in (self.open_button, self.new_button, self.tour_button, self.labs_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.open_button.clicked.connect(self.openRequested)
        self.new_button.clicked.connect(self.newRequested)
        self.tour_button.clicked.connect(self.tourRequested)
        self.labs_button.clicked.connect(self.labsRequested)
        self.recent_label = QLabel(box)
        self.recent_label.setObjectName("recentLabel")
        self.recent_list = QListWidget(box)
        self.recent_list.setObjectName("recentList")
        self.recent_list.setMaximumHeight(200)
        self.recent_list.itemActivated.connect(
            lambda item: self.recentChosen.emit(item.data(PATH_ROLE)))
        self.recent_list.itemClicked.connect(
            lambda item: self.recentChosen.emit(item.data(PATH_ROLE)))
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addLayout(buttons)
        layout.addSpacing(8)
        layout.addWidget(self.recent_label)
        layout.addWidget(self.recent_list)
        outer.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        outer.addStretch(1)

    def set_recent(self, paths: list[str]) -> None:
        self.recent_list.clear()
        for path in paths:
            item = QListWidgetItem(f"{Path(path).name}  —  {Path(path).parent}")
            item.setData(PATH_ROLE, path)
            item.setToolTip(path)
            self.recent_list.addItem(item)
        self.recent_label.setVisible(bool(paths))
        self.recent_list.setVisible(bool(paths))

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Notebooks"))
        self.intro.setText(self.tr(
            "Open the course's Jupyter notebooks (.ipynb) and run them here as in Jupyter, "
            "offline: Shift+Enter runs a cell and moves on, outputs and figures appear under "
            "it, and Save keeps them in the file. Drop a notebook onto the window to open it."))
        self.open_button.setText(self.tr("Open notebook…"))
        self.open_button.setToolTip(self.tr("Open a .ipynb file (Ctrl+O)"))
        self.new_button.setText(self.tr("New notebook"))
        self.new_button.setToolTip(self.tr("Start an empty notebook in your lab folder"))
        self.tour_button.setText(self.tr("Welcome tour"))
        self.tour_button.setToolTip(self.tr("A short notebook that shows the course's idioms: "
                                            "tensors, autograd, d2l.plot, data files, an "
                                            "animated plot"))
        self.labs_button.setText(self.tr("Labs…"))
        self.labs_button.setToolTip(self.tr("The course's graded labs: tasks with tests that "
                                            "check your answers (Help ▸ Labs)"))
        self.recent_label.setText(self.tr("Recent notebooks"))

    def dragEnterEvent(self, event) -> None:  # noqa: N802, ANN001
        if is_notebook_drop(event):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802, ANN001
        path = is_notebook_drop(event)
        if path:
            event.acceptProposedAction()
            self.notebookDropped.emit(path)


class MessageBar(QFrame):
    """A strip above the notebook: what went wrong (or was restored), with optional actions.

    Not a dialog: a bad file never blocks the window, and the message stays readable while
    the student looks at the notebook.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notebookMessage")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        self.label = QLabel(self)
        self.label.setObjectName("notebookMessageText")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.label, 1)
        self.actions_box = QHBoxLayout()
        layout.addLayout(self.actions_box)
        self.close_button = QToolButton(self)
        self.close_button.setObjectName("notebookMessageClose")
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.dismiss)
        layout.addWidget(self.close_button)
        self.kind = ""
        self._buttons: list[QPushButton] = []
        self.hide()

    def show_message(self, text: str, kind: str = "error", details: str = "",
                     actions: list[tuple[str, str, object]] | None = None) -> None:
        """``kind``: error, warning or info; ``actions``: (objectName, text, callback)."""
        self.kind = kind
        dark = theme.is_dark()
        colors = {"error": ("#4a1f1f", "#fdecea", "#d03030"),
                  "warning": ("#4a3a12", "#fff4d6", "#c98a00"),
                  "info": ("#1d3550", "#e6f0fb", "#307fc1")}[kind]
        self.setStyleSheet(f"#notebookMessage {{ background: {colors[0] if dark else colors[1]};"
                           f" border-left: 4px solid {colors[2]}; }}")
        self.label.setText(text)
        self.label.setToolTip(details)
        for button in self._buttons:
            self.actions_box.removeWidget(button)
            button.deleteLater()
        self._buttons = []
        for name, label, callback in actions or []:
            button = QPushButton(label, self, objectName=name)
            button.clicked.connect(callback)
            button.clicked.connect(self.dismiss)
            self.actions_box.addWidget(button)
            self._buttons.append(button)
        self.close_button.setToolTip(self.tr("Dismiss this message"))
        self.show()

    def dismiss(self) -> None:
        self.hide()
        self.kind = ""

    def text(self) -> str:
        return self.label.text() if self.isVisible() else ""
