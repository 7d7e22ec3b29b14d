"""The Preprocessing tab's widgets and their layout, apart from what they do."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gui.tabs.preprocess_message import MessageLine
from gui.tabs.preprocess_operations import OperationsPanel
from gui.tabs.preprocess_table_view import PreprocessTableView
from gui.widgets.dataframe_model import DataFrameModel
from gui.widgets.pipeline_panel import PipelinePanel

if TYPE_CHECKING:
    from gui.tabs.preprocess_tab import PreprocessTab


def build_layout(tab: PreprocessTab) -> None:
    """Create the tab's widgets as attributes of ``tab`` and lay them out (like Designer's
    ``setupUi``): the file row, the message line, the table with the pipeline and tensors below
    it, and the operations on the right. Texts are set by ``tab.retranslate_ui``."""
    def button(name: str) -> QPushButton:
        widget = QPushButton(tab)
        widget.setObjectName(name)
        return widget

    # --- file row
    tab.new_example_button = button("newExampleButton")
    tab.open_button = button("openButton")
    tab.recent_button = QToolButton(tab)
    tab.recent_button.setObjectName("recentButton")
    tab.recent_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    tab.recent_menu = QMenu(tab)
    tab.recent_menu.setObjectName("recentMenu")
    tab.recent_button.setMenu(tab.recent_menu)
    tab.save_button = button("saveButton")
    tab.save_as_button = button("saveAsButton")
    tab.undo_button = button("undoButton")
    tab.redo_button = button("redoButton")
    tab.file_label = QLabel(tab)
    tab.file_label.setObjectName("fileLabel")
    tab.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    tab.load_progress = QProgressBar(tab)
    tab.load_progress.setObjectName("loadProgress")
    tab.load_progress.setRange(0, 1000)
    tab.load_progress.setMaximumWidth(220)
    tab.load_progress.hide()
    tab.cancel_load_button = button("cancelLoadButton")
    tab.cancel_load_button.hide()
    file_row = QHBoxLayout()
    for widget in (tab.new_example_button, tab.open_button, tab.recent_button,
                   tab.save_button, tab.save_as_button):
        file_row.addWidget(widget)
    separator = QFrame(tab)
    separator.setFrameShape(QFrame.Shape.VLine)
    file_row.addWidget(separator)
    file_row.addWidget(tab.undo_button)
    file_row.addWidget(tab.redo_button)
    file_row.addWidget(tab.file_label, 1)
    file_row.addWidget(tab.load_progress)
    file_row.addWidget(tab.cancel_load_button)

    # --- recovery banner and the message line (its height is reserved)
    tab.recovery_banner = QFrame(tab)
    tab.recovery_banner.setObjectName("recoveryBanner")
    tab.recovery_banner.setFrameShape(QFrame.Shape.StyledPanel)
    tab.recovery_label = QLabel(tab.recovery_banner)
    tab.recovery_label.setObjectName("recoveryLabel")
    tab.recovery_label.setWordWrap(True)
    tab.restore_button = button("restoreButton")
    tab.discard_recovery_button = button("discardRecoveryButton")
    banner_layout = QHBoxLayout(tab.recovery_banner)
    banner_layout.addWidget(tab.recovery_label, 1)
    banner_layout.addWidget(tab.restore_button)
    banner_layout.addWidget(tab.discard_recovery_button)
    tab.recovery_banner.hide()
    tab.message_label = MessageLine(tab)

    # --- table, pipeline and tensors
    tab.model = DataFrameModel(tab)
    tab.table_view = PreprocessTableView(tab.model, tab)
    tab.empty_label = QLabel(tab)
    tab.empty_label.setObjectName("emptyLabel")
    tab.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    tab.empty_label.setWordWrap(True)
    tab.pipeline_panel = PipelinePanel(tab)
    tab.tensor_view = QPlainTextEdit(tab)
    tab.tensor_view.setObjectName("tensorView")
    tab.tensor_view.setReadOnly(True)
    tab.tensor_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
    tab.tensor_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
    tab.bottom_tabs = QTabWidget(tab)
    tab.bottom_tabs.setObjectName("bottomTabs")
    tab.bottom_tabs.addTab(tab.pipeline_panel, "")
    tab.bottom_tabs.addTab(tab.tensor_view, "")
    table_box = QWidget(tab)
    table_layout = QVBoxLayout(table_box)
    table_layout.setContentsMargins(0, 0, 0, 0)
    table_layout.addWidget(tab.empty_label)
    table_layout.addWidget(tab.table_view)
    left = QSplitter(Qt.Orientation.Vertical, tab)
    left.setObjectName("leftSplitter")
    left.addWidget(table_box)
    left.addWidget(tab.bottom_tabs)
    left.setStretchFactor(0, 3)
    left.setStretchFactor(1, 2)
    left.setSizes([420, 300])

    # --- operations on the right
    tab.operations = OperationsPanel(tab)
    for name in ("target_combo", "split_group", "split_button", "drop_how_combo",
                 "fill_method_combo", "fill_value_spin", "dummy_na_check", "name_edit",
                 "dtype_combo", "tensor_group"):
        setattr(tab, name, getattr(tab.operations, name))  # names tests and scripts use
    scroll = QScrollArea(tab)
    scroll.setObjectName("operationsScroll")
    scroll.setWidgetResizable(True)
    scroll.setWidget(tab.operations)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setMinimumWidth(300)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    main = QSplitter(Qt.Orientation.Horizontal, tab)
    main.setObjectName("mainSplitter")
    main.addWidget(left)
    main.addWidget(scroll)
    main.setStretchFactor(0, 1)
    main.setStretchFactor(1, 0)
    main.setSizes([900, 330])

    layout = QVBoxLayout(tab)
    layout.addLayout(file_row)
    layout.addWidget(tab.recovery_banner)
    layout.addWidget(tab.message_label)
    layout.addWidget(main, 1)
