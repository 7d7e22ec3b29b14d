"""The training tab's runs panel: which runs to show, the runs table, delete, save and export.

It renders runs from :class:`gui.training_session.TrainingSession` in the table: one column each
for the hyperparameters a student compares, the rest spelled out, and a status that says what
the run is doing now (paused, or where it diverged).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gui.i18n import tr_format
from gui.training_session import Run, fmt_acc, fmt_loss, fmt_percent
from gui.widgets import runs_list as columns
from gui.widgets.runs_list import RunsList


class RunsPanel(QWidget):
    """Header with the view selector, the runs table, and the buttons under it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runs_list = RunsList(self)
        self.view_label = QLabel()
        self.view_combo = QComboBox(objectName="runsViewCombo")
        self.view_combo.addItem("", None)
        self.delete_button = QPushButton(objectName="deleteRunButton")
        self.clear_button = QPushButton(objectName="clearRunsButton")
        self.save_model_button = QPushButton(objectName="saveModelButton")
        self.export_button = QToolButton(objectName="exportButton")
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.export_menu = QMenu(self.export_button)
        self.export_actions = {}
        for kind, name in (("csv", "exportCsvAction"), ("png", "exportPngAction"),
                           ("svg", "exportSvgAction"), ("pt", "exportCheckpointAction")):
            action = self.export_menu.addAction("")
            action.setObjectName(name)
            self.export_actions[kind] = action
        self.export_button.setMenu(self.export_menu)
        buttons = QHBoxLayout()
        for b in (self.delete_button, self.clear_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.save_model_button)
        buttons.addWidget(self.export_button)
        self.runs_title = QLabel()
        self.runs_title.setStyleSheet("font-weight: bold")
        header = QHBoxLayout()
        header.addWidget(self.runs_title)
        header.addStretch(1)
        header.addWidget(self.view_label)
        header.addWidget(self.view_combo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.runs_list, 1)
        layout.addLayout(buttons)
        self.set_views([])

    def retranslate_ui(self) -> None:
        self.runs_title.setText(self.tr("Runs"))
        self.view_label.setText(self.tr("Show:"))
        self.view_combo.setItemText(0, self.tr("All runs"))
        self.view_combo.setToolTip(self.tr("All runs, or only the runs of one course experiment"))
        self.view_combo.setAccessibleName(self.tr("Runs shown"))
        self.runs_list.set_headers(
            [self.tr("Run"), self.tr("Status"), self.tr("Loss"), self.tr("Acc."), "η", "B",
             self.tr("Epochs"), self.tr("Other hyperparameters")],
            [self.tr("Tick to show a run's curves"), self.tr("State of the run"),
             self.tr("Training loss after the last epoch"),
             self.tr("Test accuracy after the last epoch"), self.tr("Learning rate"),
             self.tr("Batch size"), self.tr("Epochs"),
             self.tr("Task, implementation, loss, seed, initial σ, device, your data")])
        self.runs_list.setToolTip(self.tr("Tick to show a run's curves; Delete removes it"))
        self.runs_list.setAccessibleName(self.tr("Runs"))
        self.delete_button.setText(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Delete the selected runs (Del)"))
        self.clear_button.setText(self.tr("Clear all"))
        self.clear_button.setToolTip(self.tr("Delete every finished run shown"))
        self.save_model_button.setText(self.tr("Save model"))
        self.save_model_button.setToolTip(
            self.tr("Save the selected run's model to the models folder; the classifier tab "
                    "lists it"))
        self.export_button.setText(self.tr("Export"))
        self.export_button.setToolTip(self.tr("Export metrics, plots or the model (Ctrl+E)"))
        for kind, text in (("csv", self.tr("Metrics as CSV…")), ("png", self.tr("Plots as PNG…")),
                           ("svg", self.tr("Plots as SVG…")),
                           ("pt", self.tr("Model checkpoint (.pt)…"))):
            self.export_actions[kind].setText(text)

    # ----------------------------------------------------------------- view selector
    def set_views(self, views: list[tuple[int, str]], current: int | None = None) -> None:
        """The experiments offered beside "All runs" as (id, title); shown once there is one."""
        combo = self.view_combo
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for experiment_id, title in views:
            combo.addItem(title, experiment_id)
        combo.blockSignals(False)
        self.select_view(current)
        combo.setVisible(bool(views))
        self.view_label.setVisible(bool(views))

    def select_view(self, experiment_id: int | None) -> None:
        self.view_combo.setCurrentIndex(max(0, self.view_combo.findData(experiment_id)))

    # ----------------------------------------------------------------- rows
    def fill_params(self, run: Run, words: dict[str, str]) -> None:
        """η, B and epochs in their columns; every other hyperparameter beside them (the data
        only when it is not the task's own)."""
        c = run.config
        details = [words[c["task"]], words[c["impl"]]]
        if c["task"] == "linreg":
            details.append({"l2": "L2", "l1": "L1"}.get(c["loss"], f"Huber δ = {c['huber_delta']:g}"))
        if c["task"] == "mlp":
            details.append(tr_format(self.tr("%1 hidden units"), str(c["hidden"])))
        details += [tr_format(self.tr("seed %1"), str(c["seed"])), f"σ = {c['init_sigma']:g}"]
        if c.get("device", "auto") != "auto":
            details.append(str(c["device"]))
        if run.data_name:
            details.append(tr_format(self.tr("your table “%1”"), run.data_name))
        self.runs_list.set_params(run.id, f"{c['lr']:g}", str(c["batch_size"]), str(c["epochs"]),
                                  self.tr(", ").join(details))

    def update_row(self, run: Run, explanation: str | None = None) -> None:
        """Status (with where a paused, stopped or diverged run is), final loss and accuracy."""
        where = fmt_percent(run.fraction_done())
        statuses = {"queued": self.tr("queued"), "running": self.tr("running"),
                    "paused": tr_format(self.tr("paused at %1"), where),
                    "stopping": self.tr("stopping…"),
                    "completed": self.tr("done"),
                    "stopped": tr_format(self.tr("stopped at %1"), where),
                    "diverged": tr_format(self.tr("diverged at %1"), where),
                    "failed": self.tr("failed")}
        last = run.epochs[-1] if run.epochs else None
        self.runs_list.update_run(
            run.id, loss=fmt_loss(last.train_loss) if last is not None else "",
            accuracy=fmt_acc(last.test_acc) if last is not None and last.test_acc is not None
            else "",
            status=statuses.get(run.status, ""),
            tooltip=explanation or (tr_format(self.tr("Trained for %1 s"), f"{run.last_elapsed:.1f}")
                                    if run.status == "completed" else run.message or None),
            alert=run.status in ("diverged", "failed"))

    def set_labels(self, labels: dict[int, str]) -> None:
        """Each run's legend name as the tooltip of its name."""
        for run_id, label in labels.items():
            item = self.runs_list.item(run_id)
            if item is not None:
                item.setToolTip(columns.RUN, label)
