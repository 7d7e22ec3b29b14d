"""How the training tab is laid out, built a piece at a time.

The window builds a tab when it is first shown, a few milliseconds per event-loop turn (see
:class:`gui.worker.StagedBuild`): the controls come first, translated, then the panels, then
each plot in a frame of its own, so the window answers clicks while the tab appears.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QScrollArea, QSplitter, QVBoxLayout, QWidget

from gui.tabs import training_export
from gui.tabs.training_controls import TrainingControls
from gui.tabs.training_experiment_view import ExperimentBanner
from gui.tabs.training_results import TrainingResults
from gui.tabs.training_runs_panel import RunsPanel
from gui.widgets.metric_plots import MetricPlots

#: Widgets of the left column that tests and scripts reach through the tab.
CONTROL_NAMES = ("task_combo", "impl_combo", "loss_combo", "huber_spin", "lr_spin", "batch_spin",
                 "epochs_spin", "seed_spin", "sigma_spin", "hidden_spin", "device_combo",
                 "params_box", "reset_button", "data_label", "synthetic_button", "start_button",
                 "pause_button", "stop_button", "progress_bar", "status_label", "experiments_box",
                 "lr_experiment_button", "batch_experiment_button", "impl_experiment_button",
                 "queue_label", "guide")
#: Width range of the left column (hyperparameters, buttons, experiments).
CONTROLS_MIN_WIDTH = 330
CONTROLS_MAX_WIDTH = 380


def build_steps(tab, layout) -> Iterator[None]:  # noqa: ANN001  (the TrainingTab, its QHBoxLayout)
    """The tab's widgets piece by piece, set as its attributes; each piece is at most a frame's
    work (≈10–30 ms). The tab connects them once all are there."""
    tab.controls = TrainingControls(tab)
    for name in CONTROL_NAMES:
        setattr(tab, name, getattr(tab.controls, name))
    tab.controls.restore_settings()
    tab.controls.retranslate_ui()
    tab.controls.update_enabled(False, None)
    tab.start_button.setEnabled(False)  # until the plots it draws into are there
    for button in (tab.lr_experiment_button, tab.batch_experiment_button,
                   tab.impl_experiment_button):
        button.setEnabled(False)
    scroll = QScrollArea(tab)
    scroll.setObjectName("trainingControls")
    scroll.setWidget(tab.controls)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setMinimumWidth(CONTROLS_MIN_WIDTH)
    scroll.setMaximumWidth(CONTROLS_MAX_WIDTH)
    layout.addWidget(scroll)
    yield

    # ---- an experiment in view: what it compares, its verdict, the way back to all runs
    tab.experiment_banner = ExperimentBanner(tab)
    tab.experiment_label = tab.experiment_banner.label
    tab.show_all_button = tab.experiment_banner.show_all_button
    tab.plots = MetricPlots(tab, build=False)
    tab.retranslate_plots()  # kept until each plot is made
    plots_panel = QWidget()
    plots_layout = QVBoxLayout(plots_panel)
    plots_layout.setContentsMargins(0, 0, 0, 0)
    plots_layout.addWidget(tab.experiment_banner)
    plots_layout.addWidget(tab.plots, 1)

    # ---- runs
    tab.runs_panel = RunsPanel(tab)
    for name in ("runs_list", "view_combo", "delete_button", "clear_button",
                 "save_model_button", "export_button", "export_menu", "export_actions"):
        setattr(tab, name, getattr(tab.runs_panel, name))

    # ---- results of the selected run
    tab.exporter = training_export.TrainingExporter(tab)
    tab.results = TrainingResults(tab)
    tab.result_title = tab.results.result_title
    tab.result_stack = tab.results.result_stack
    tab.regression_result = tab.results.regression_result
    tab.prediction_strip = tab.results.prediction_strip

    bottom = QSplitter(Qt.Orientation.Horizontal)
    bottom.setObjectName("trainingBottomSplitter")
    bottom.addWidget(tab.runs_panel)
    bottom.addWidget(tab.results)
    bottom.setStretchFactor(0, 1)
    bottom.setStretchFactor(1, 1)
    bottom.setSizes([520, 420])
    right = QSplitter(Qt.Orientation.Vertical)
    right.setObjectName("trainingSplitter")
    right.addWidget(plots_panel)
    right.addWidget(bottom)
    right.setStretchFactor(0, 3)
    right.setStretchFactor(1, 2)
    right.setSizes([440, 300])
    layout.addWidget(right, 1)
    tab.results.retranslate_ui()
    tab.runs_panel.retranslate_ui()
    tab.experiment_banner.retranslate_ui()
    yield
    for _ in tab.plots.build_steps():
        yield
    yield  # the tab's first view, in a turn of its own
    tab.controls.restore_view_settings(tab.plots.smoothing_slider, tab.plots.set_log_scale)
    tab.acc_plot = tab.plots.acc_plot

    # ---- keyboard shortcuts for the main actions
    tab._shortcuts = []
    for keys, slot in (("Ctrl+Return", tab.start_run), ("Ctrl+Enter", tab.start_run),
                       ("Ctrl+P", tab.toggle_pause), ("Ctrl+.", tab.stop_run)):
        shortcut = QShortcut(QKeySequence(keys), tab)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)
        tab._shortcuts.append(shortcut)
