"""Training dashboard: hyperparameters, live loss/accuracy curves, runs to compare, results.

A run is an engine ``Trainer`` in the torch process (see :mod:`gui.training_runner`). Its progress
arrives in chunks, goes into numpy buffers and is drawn by a ~30 Hz timer, so the GUI stays
responsive and the run is barely slower than the headless CLI. Every run is kept and listed with
its hyperparameters; runs are plotted together only when their losses are comparable, each named
in a legend by what sets it apart. The state and its rules live in
:class:`gui.training_session.TrainingSession`; this module renders it and drives the runs.
"""

from __future__ import annotations

import html
import time
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QWidget,
)

from engine import torch_jobs
from gui.context import LabContext, checked_regression_table
from gui.i18n import tr_format
from gui.settings import dataset_folder
from gui.tabs import training_export, training_layout
from gui.tabs.base import LabTab
from gui.tabs.training_controls import select_data
from gui.tasks import TaskSlot
from gui.training_experiments import (
    Experiment,
    experiment_base,
    experiment_configs,
    judge,
)
from gui.training_runner import Chunk, RegressionTable, RunSetup, TrainingRunner
from gui.training_session import Group, Run, TrainingSession

REDRAW_MS = 33
#: A run's worker starts this long after the click (its first paint comes first).
RUN_START_DELAY_MS = 25
class TrainingTab(LabTab):
    """The training dashboard (objectName ``trainingTab``)."""

    OBJECT_NAME = "trainingTab"
    STAGED = True

    def __init__(self, parent: QWidget | None = None, staged: bool = False,
                 context: LabContext | None = None) -> None:
        super().__init__(parent, context)
        self.session = TrainingSession()
        self._runner: TrainingRunner | None = None
        self._active: Run | None = None
        #: (config, table, experiment id) of the runs still to start
        self._queue: list[tuple[dict[str, Any], RegressionTable | None, int | None]] = []
        self._table: RegressionTable | None = None
        self._closing = False
        self._redraw_timer = QTimer(self)
        self._redraw_timer.setInterval(REDRAW_MS)
        self._redraw_timer.timeout.connect(self._redraw)
        self._device_probe = TaskSlot(self, done=self._on_devices)
        # Loads the data of the task on show before Start is pressed (a run reports failures).
        self._data_warm_up = TaskSlot(self, error=lambda exc: None)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(4, 4, 4, 4)
        # Staged (from the window): the controls first, then each plot in a frame of its own.
        self.build_rest(self._build_steps(), staged)

    @property
    def runs(self) -> dict[int, Run]:
        return self.session.runs

    # ================================================================== construction
    def _build_steps(self):
        yield from training_layout.build_steps(self, self._layout)
        self._connect()

    def rest_built(self) -> None:
        """Every piece is there (each translated as it was made): the first view, enabled states.

        Not a full retranslation: setting the plots' texts again would lay them out and repaint
        them once more in this turn (≈25 ms)."""
        self._refresh_texts()
        self._update_controls()
        if self._table is not None:  # handed over while the tab was appearing
            self._show_table_in_use()
        # Both answered by the torch process (which imports torch; this window never does).
        self._probe_devices()
        self._warm_up_data()

    @property
    def loss_plot(self):
        """The loss plot in front (one per group of comparable runs)."""
        return self.plots.loss_plot

    def _connect(self) -> None:
        c = self.controls
        c.task_combo.currentIndexChanged.connect(self._on_task_changed)
        for widget in (c.impl_combo, c.loss_combo, c.device_combo):
            widget.currentIndexChanged.connect(self._on_param_changed)
        for spin in (c.huber_spin, c.lr_spin, c.batch_spin, c.epochs_spin, c.seed_spin,
                     c.sigma_spin, c.hidden_spin):
            spin.valueChanged.connect(self._on_param_changed)
        c.start_button.clicked.connect(lambda: self.start_run())
        c.pause_button.clicked.connect(self.toggle_pause)
        c.stop_button.clicked.connect(self.stop_run)
        c.synthetic_button.clicked.connect(self.use_synthetic_data)
        c.lr_experiment_button.clicked.connect(lambda: self.run_experiment("lr"))
        c.batch_experiment_button.clicked.connect(lambda: self.run_experiment("batch"))
        c.impl_experiment_button.clicked.connect(lambda: self.run_experiment("impl"))
        self.show_all_button.clicked.connect(lambda: self.set_view(None))
        self.view_combo.activated.connect(lambda i: self.set_view(self.view_combo.itemData(i)))
        self.runs_list.visibilityChanged.connect(self._on_run_ticked)
        self.runs_list.deleteRequested.connect(self.delete_runs)
        self.runs_list.currentRunChanged.connect(self._on_current_run)
        self.runs_list.itemSelectionChanged.connect(self._update_controls)
        self.delete_button.clicked.connect(self.runs_list.request_delete_selected)
        self.clear_button.clicked.connect(
            lambda: self.delete_runs([r.id for r in self.session.view_runs()]))
        self.save_model_button.clicked.connect(lambda: self.save_model())
        for kind, action in self.export_actions.items():
            action.triggered.connect(lambda _=False, k=kind: self.exporter.run_dialog(k))
        self.plots.smoothing_slider.valueChanged.connect(self._save_view_settings)
        self.plots.log_check.toggled.connect(self._save_view_settings)

    # ================================================================== texts
    def retranslate_ui(self) -> None:
        if not self.is_built():
            return  # each piece is translated as it is built, everything once it is complete
        self.controls.retranslate_ui()
        self.results.retranslate_ui()
        self.retranslate_plots()
        self.runs_panel.retranslate_ui()
        self.experiment_banner.retranslate_ui()
        self._refresh_texts()

    def retranslate_plots(self) -> None:
        """The plots' texts (kept by the plots until they are made, when built in slices)."""
        self.plots.set_texts(
            smoothing=self.tr("Smoothing:"), log_scale=self.tr("Log scale"),
            loss_title=self.tr("Loss (faint: per batch · bold: smoothed · dots: epoch mean)"),
            acc_title=self.tr("Accuracy (solid: test · dashed: train)"),
            epoch=self.tr("epoch"), loss=self.tr("loss"), accuracy=self.tr("accuracy"),
            smoothing_tip=self.tr("Exponential moving average of the batch losses, debiased "
                                  "as in TensorBoard"),
            log_tip=self.tr("Logarithmic loss axis; a run that leaves the scale is drawn along "
                            "the top, with a cross where it left"),
            acc_hint=self.tr("Accuracy is measured for classification (softmax regression, "
                             "multilayer perceptron). Linear regression has only a loss."),
            group=self.tr("Loss:"), offscale=self.tr("off the scale"),
            group_tip=self.tr("Runs share a loss axis only when they measure the same loss on "
                              "the same data"))

    def _refresh_texts(self) -> None:
        """What the runs, data and view say (after a language switch or a build)."""
        for run in self.runs.values():
            self._fill_params_row(run)
            self._update_run_row(run)
        self._update_data_label()
        self._update_queue_label()
        self._rebuild_view_combo()
        self._refresh_view()
        self._show_result()

    def _words(self) -> dict[str, str]:
        return self.controls.impl_words()

    def _group_titles(self, group: Group) -> tuple[str, str]:
        """(plot title, selector text) naming a group's loss and data."""
        loss = {"ce": self.tr("Cross-entropy loss"), "l2": self.tr("Squared loss (L2)"),
                "l1": self.tr("Absolute loss (L1)"),
                "huber": tr_format(self.tr("Huber loss, δ = %1"), f"{group.delta or 1:g}")
                }[group.loss]
        if group.table:
            data = tr_format(self.tr("your table “%1”"), group.data)
        elif group.data == "synthetic":
            data = self.tr("synthetic data")
        else:
            data = "Fashion-MNIST"
        name = f"{loss} · {data}"
        note = self.tr("faint: per batch · bold: smoothed · dots: epoch mean · ×: left the scale")
        return f"{html.escape(name)}<br><span style='font-size: 8pt'>{html.escape(note)}</span>", name

    # ================================================================== settings
    def save_settings(self) -> None:
        """Keep the hyperparameters (per task for lr, batch size and epochs)."""
        self.controls.save_settings()

    def _save_view_settings(self, *_args) -> None:
        self.controls.save_view_settings(self.plots.smoothing_slider.value(),
                                         self.plots.log_check.isChecked())

    def _on_param_changed(self, *_args) -> None:
        if not self.controls.restoring:
            self.save_settings()
        self._update_controls()

    def _on_task_changed(self, *_args) -> None:
        if not self.controls.restoring:
            self.controls.restoring = True
            try:
                self.controls.load_task_values(self.task_combo.currentData())
            finally:
                self.controls.restoring = False
            self.save_settings()
        self._update_controls()
        self._update_data_label()
        self.controls.update_task_texts()
        self._warm_up_data()

    # ================================================================== devices
    def _probe_devices(self) -> None:
        if not self._closing:
            self._device_probe.start(torch_jobs.available_devices, in_torch_process=True)

    def _warm_up_data(self) -> None:
        """Load the current task's data in the background while nothing runs."""
        if not self._closing and not self.running:
            config = self.current_config()
            self._data_warm_up.start(torch_jobs.prepare_data, config["task"], config["data_dir"],
                                     config["device"], in_torch_process=True)

    def _on_devices(self, names: list[str]) -> None:
        if not self._closing:
            self.controls.set_devices(names)

    # ================================================================== state
    def current_config(self) -> dict[str, Any]:
        """The engine TrainConfig fields as the controls set them."""
        return self.controls.current_config()

    @property
    def running(self) -> bool:
        return self._runner is not None

    def _update_controls(self) -> None:
        self.controls.update_enabled(self.running, self._table)
        selected = self._selected_run()
        finished = [r for r in self.session.view_runs() if not r.live]
        self.clear_button.setEnabled(bool(finished))
        self.delete_button.setEnabled(bool(self.runs_list.selected_run_ids()))
        self.save_model_button.setEnabled(
            selected is not None and selected.model_key is not None
            and selected.status in ("completed", "stopped") and selected.config["task"] != "linreg")
        self.controls.set_paused(self._runner is not None and self._runner.paused)

    def _update_data_label(self) -> None:
        self.controls.update_data_label(self._table)

    def _update_queue_label(self) -> None:
        self.controls.update_queue_label(len(self._queue))

    def _set_status(self, key: str, *args) -> None:
        self.controls.set_status(key, *args)

    # ================================================================== runs
    def start_run(self, config: dict[str, Any] | None = None,
                  table: RegressionTable | None | bool = True,
                  experiment: int | None = None) -> int | None:
        """Start a run (from the controls unless ``config`` is given); returns its id.

        ``table`` True means "the table in use, if the task is linreg". Returns None when a run
        is already going (the Start button is disabled then). A run of one's own leaves an
        experiment's view, so it is seen.
        """
        if self._closing or self.running:
            return None
        config = dict(config or self.current_config())
        if table is True:
            table = self._table if config["task"] == "linreg" else None
        if experiment is None and self.session.view is not None:
            self.session.set_view(None)
            self._select_view_item()
        run = self.session.add_run(config, table or None, experiment)
        run.status = "running"
        run.started = time.perf_counter()
        self.plots.add_run(run.id, run.metrics, run.color, run.group.key, config["epochs"],
                           config["task"] != "linreg")
        self.runs_list.add_run(run.id, run.name, run.color)
        self._fill_params_row(run)
        self._refresh_view()
        self.plots.show_group(run.group.key)
        self._update_run_row(run)
        self._active = run
        runner = TrainingRunner(RunSetup(config=config, table=table or None), self)
        runner.chunk.connect(lambda chunk, r=run: self._on_chunk(r, chunk))
        runner.done.connect(lambda r=run, rn=runner: self._on_done(r, rn))
        self._runner = runner
        self.controls.show_run(run)
        self._update_controls()
        self._redraw_timer.start()
        # The run is asked for once the click is painted: its chunks then never queue behind
        # that first paint.
        QTimer.singleShot(RUN_START_DELAY_MS, self, lambda: self._start_runner(runner))
        return run.id

    def _start_runner(self, runner: TrainingRunner) -> None:
        if runner is self._runner and not self._closing:
            runner.start()

    def stop_run(self) -> None:
        """Stop the current run within one batch and drop the queued ones."""
        self._drop_queue()
        if self._runner is not None:
            self._runner.stop()
            if self._active is not None and self._active.live:
                self._active.status = "stopping"
                self.controls.show_run(self._active)
                self._update_run_row(self._active)

    def _drop_queue(self) -> None:
        for _config, _table, experiment_id in self._queue:
            experiment = self.session.experiments.get(experiment_id)
            if experiment is not None:
                experiment.pending, experiment.cancelled = 0, True
        self._queue.clear()
        self._update_queue_label()

    def toggle_pause(self) -> None:
        runner, run = self._runner, self._active
        if runner is None or run is None or run.status == "stopping":
            return
        if runner.paused:
            runner.resume()
            run.status = "running"
        else:
            runner.pause()
            run.status = "paused"
        self.controls.show_run(run)
        self._update_run_row(run)
        self.controls.set_paused(runner.paused)

    def run_experiment(self, kind: str) -> list[dict[str, Any]]:
        """Queue one of the course's comparisons (``'lr'``, ``'batch'`` or ``'impl'``).

        It runs at the course's values for the current task on the course's data, whatever the
        controls say, and the plots show only its runs until the user goes back to all runs.
        """
        task = self.task_combo.currentData()
        configs = experiment_configs(kind, task, device=self.device_combo.currentData() or "auto",
                                     data_dir=dataset_folder())
        experiment = Experiment(kind, task, experiment_base(kind, task), pending=len(configs))
        self.session.add_experiment(experiment)
        self._queue.extend((c, None, experiment.id) for c in configs)
        self._rebuild_view_combo()
        self._refresh_view()
        self._update_queue_label()
        if not self.running:
            self._start_next()
        return configs

    def _start_next(self) -> None:
        if self._queue and not self.running and not self._closing:
            config, table, experiment_id = self._queue.pop(0)
            experiment = self.session.experiments.get(experiment_id)
            if experiment is not None:
                experiment.pending = max(0, experiment.pending - 1)
            self._update_queue_label()
            self.start_run(config, table=table, experiment=experiment_id)

    def _on_chunk(self, run: Run, chunk: Chunk) -> None:
        if self._closing:
            return
        if chunk.model_key is not None:
            run.model_key = chunk.model_key
        if chunk.regression is not None:
            run.regression = chunk.regression
        if chunk.steps:
            self.session.on_steps(run, chunk.steps)
        for result in chunk.epochs:
            self.session.on_epoch(run, result)
        if chunk.predictions is not None:
            run.predictions = chunk.predictions
        if chunk.error is not None:
            self.session.on_end(run, "failed", chunk.error)
        if chunk.end is not None:
            self.session.on_end(run, chunk.end.status, chunk.end.message)
        if chunk.steps or chunk.epochs or chunk.error is not None or chunk.end is not None:
            self._show_run_state(run)
            if chunk.epochs or not run.live:
                self._update_run_row(run)

    def _show_run_state(self, run: Run) -> None:
        """Status line and progress bar follow the active run (and the last one once it ended)."""
        if run is self._active or self._active is None:
            self.controls.show_run(run)

    def _on_done(self, run: Run, runner: TrainingRunner) -> None:
        """The worker has ended (after its last chunk)."""
        if runner is self._runner:
            self._runner = None
            self._active = None
        runner.deleteLater()
        if self._closing:
            return
        if run.live:  # ended without a RunEnd (aborted)
            run.status = "stopped"
            self._update_run_row(run)
        self._redraw(force=True)  # the last points, whatever the redraw budget says
        self.plots.finish_run(run.id)
        if run.status in ("failed", "stopped"):  # the rest of an experiment makes no sense
            self._drop_queue()
        self._update_queue_label()
        self._update_controls()
        self._refresh_banner()
        if self.runs_list.current_run_id() == run.id:
            self._show_result()
        if self._queue:
            self._start_next()
        else:
            self._redraw_timer.stop()

    def _fill_params_row(self, run: Run) -> None:
        self.runs_panel.fill_params(run, self._words())

    def _update_run_row(self, run: Run) -> None:
        explanation = None
        if run.status == "diverged":
            explanation = self.controls.status_text(*self.controls.divergence_status(run))
        self.runs_panel.update_row(run, explanation)
        if run.id == self.runs_list.current_run_id():
            self._update_controls()

    def delete_runs(self, run_ids: list[int]) -> None:
        """Remove runs from the list and the plots (the running one is kept)."""
        for run_id in run_ids:
            run = self.runs.get(run_id)
            if run is None or run is self._active:
                continue
            self.session.remove_run(run_id)
            self.plots.remove_run(run_id)
            self.runs_list.remove_run(run_id)
        self._rebuild_view_combo()
        self._refresh_view()
        self._show_result()
        self._update_controls()

    def _redraw(self, force: bool = False) -> None:
        self.plots.redraw(force)

    def _selected_run(self) -> Run | None:
        return self.runs.get(self.runs_list.current_run_id())

    def _on_current_run(self, run_id: int) -> None:
        run = self.runs.get(run_id)
        if run is not None and self.session.in_view(run):
            self.plots.show_group(run.group.key)
        self._show_result()

    def _on_run_ticked(self, run_id: int, shown: bool) -> None:
        self.session.set_hidden(run_id, not shown)
        self.plots.set_run_visible(run_id, self.session.shown(run_id))
        self._update_acc_hint()

    # ================================================================== view
    def set_view(self, experiment_id: int | None) -> None:
        """Show every run (None) or only one experiment's runs."""
        self.session.set_view(experiment_id)
        self._select_view_item()
        self._refresh_view()

    def _rebuild_view_combo(self) -> None:
        names = self.controls.task_names()
        self.runs_panel.set_views([(e.id, self.experiment_banner.title(e, names))
                                   for e in self.session.experiments.values()], self.session.view)

    def _select_view_item(self) -> None:
        self.runs_panel.select_view(self.session.view)

    def _refresh_view(self) -> None:
        """Rows, curves, legends, loss groups and banner for the runs in view."""
        session = self.session
        for run in self.runs.values():
            self.runs_list.set_row_shown(run.id, session.in_view(run))
        self.plots.set_visibility({run_id: session.shown(run_id) for run_id in self.runs})
        groups = session.groups()
        for group in session.groups(list(self.runs.values())):
            title, tab = self._group_titles(group)
            count = sum(1 for r in session.view_runs() if r.group.key == group.key)
            self.plots.set_group_title(group.key, title, f"{tab} ({count})")
        self.plots.set_groups([g.key for g in groups])
        experiment = session.experiments.get(session.view)
        if experiment is not None:
            runs = session.experiment_runs(experiment)
            if runs:
                self.plots.show_group(runs[0].group.key)
        labels = session.labels(self._words())
        self.plots.set_labels(labels)
        self.runs_panel.set_labels(labels)
        self._refresh_banner()
        self._update_acc_hint()

    def _update_acc_hint(self, *_args) -> None:
        classifying = any(r.config["task"] != "linreg" and self.session.shown(r.id)
                          for r in self.runs.values())
        self.plots.acc_hint.setVisible(not classifying)

    def _refresh_banner(self) -> None:
        experiment = self.session.experiments.get(self.session.view)
        if experiment is None:
            self.experiment_banner.show_experiment(None, None)
            return
        verdict = judge(experiment, self.session.experiment_runs(experiment))
        self.experiment_banner.show_experiment(
            experiment, verdict, self.experiment_banner.title(experiment, self.controls.task_names()),
            self.controls.values_text(experiment.base, skip=(experiment.key,)))

    def experiment_verdict(self, experiment_id: int) -> str:
        """The verdict line of an experiment ('' while it runs)."""
        experiment = self.session.experiments.get(experiment_id)
        verdict = judge(experiment, self.session.experiment_runs(experiment)) if experiment else None
        return self.experiment_banner.verdict_text(verdict) if verdict is not None else ""

    # ================================================================== results
    def _show_result(self) -> None:
        run = self._selected_run()
        self._update_controls()
        label = self.session.labels(self._words()).get(run.id, "") if run is not None else ""
        self.results.show_run(run, label)

    # ================================================================== regression data
    def use_regression_data(self, features: np.ndarray, target: np.ndarray, name: str,
                            feature_names: list[str]) -> None:
        """Train linear regression on a user's table (called by the preprocessing tab).

        Switches the task to linear regression and shows which data is in use. Raises
        ValueError with a readable message when the arrays do not form a usable table.
        """
        self.use_regression_table(checked_regression_table(features, target, name,
                                                           feature_names))

    def use_regression_table(self, table: RegressionTable) -> None:
        """Train linear regression on a table already checked by the context (shown once the
        tab is built, when it is still appearing)."""
        self._table = table
        if self.is_built():
            self._show_table_in_use()

    def _show_table_in_use(self) -> None:
        select_data(self.task_combo, "linreg")
        self._update_data_label()
        self._update_controls()
        self._set_status("data", self._table.name)

    def use_synthetic_data(self) -> None:
        """Go back to the course's synthetic regression data."""
        self._table = None
        self._update_data_label()
        self._update_controls()
        self._set_status("synthetic")

    @property
    def regression_table(self) -> RegressionTable | None:
        return self._table

    # ================================================================== export
    def export(self) -> None:
        """File ▸ Export: metrics (CSV), plots (PNG/SVG) or the selected model (.pt)."""
        self.finish_building()  # the menu can be opened while the tab is still appearing
        self.exporter.run_dialog(None)

    def metrics_rows(self) -> list[dict[str, Any]]:
        """The shown runs' metrics in long format, each run named as in the legend."""
        return self.session.metrics_rows(self._words())

    def export_metrics_csv(self, path: str | Path) -> Path:
        """Write the shown runs' metrics to ``path`` (atomically); returns the path."""
        rows = self.metrics_rows()
        if not rows:
            raise ValueError(self.tr("There are no runs to export yet."))
        return training_export.write_metrics_csv(rows, path)

    def export_plots(self, path: str | Path) -> list[Path]:
        """Write the shown plots as PNG or SVG (by suffix), legends included:
        ``<stem>-loss.<ext>`` (one per loss group when several) and ``<stem>-accuracy.<ext>``."""
        if Path(path).suffix.lower() not in (".png", ".svg"):
            raise ValueError(self.tr("Plots can be saved as .png or .svg."))
        if not self.plots.export_targets():
            raise ValueError(self.tr("There are no runs to export yet."))
        return training_export.export_plots(self.plots, path)

    def save_model(self, path: str | Path | None = None) -> Path | None:
        """Save the selected run's model as a checkpoint (see :class:`TrainingExporter`)."""
        return self.exporter.save_model(self._selected_run(), path)

    # ================================================================== lifecycle
    def shutdown(self) -> None:
        """Stop the run and drop the queue; the window then waits for the worker threads."""
        self._closing = True
        self._queue.clear()
        self._redraw_timer.stop()
        self._device_probe.cancel()
        self._data_warm_up.cancel()
        if self._runner is not None:
            self._runner.abort()

    def has_unsaved_changes(self) -> bool:
        return False

    def is_busy(self) -> bool:
        """A run is going or queued (scripts and screenshots wait for this to end)."""
        return self.running or bool(self._queue)

    def show_experiment_example(self, kind: str = "lr", task: str = "linreg") -> None:
        """For the README's picture: one of the course's experiments (by default the learning
        rates on linear regression: a legend, a diverged run's cross, a verdict).

        The controls show the course's values, but nothing is written to the settings. Wait
        until :meth:`is_busy` is False, then call :meth:`finish_experiment_example`.
        """
        self.finish_building()
        if self.runs or self.running:
            return
        self.controls.show_values(experiment_base(kind, task))
        self._update_controls()
        self.controls.update_task_texts()
        self.run_experiment(kind)

    def finish_experiment_example(self) -> None:
        """Draw the last points and select the course's learning rate (its learned w and b)."""
        self._redraw(force=True)
        best = next((r for r in self.runs.values() if r.config["lr"] == 0.1), None)
        if best is not None:
            self.runs_list.setCurrentItem(self.runs_list.item(best.id))
