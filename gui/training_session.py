"""The training dashboard's state without Qt: runs, their colours, comparable groups, names, view.

The tab renders this model and feeds it the worker's chunks; the rules a student relies on (which
runs share a loss axis, how a run is named in the legend and the CSV, which runs an experiment
shows, what a run's status is) live here so tests can check them without a display.
"""

from __future__ import annotations

import colorsys
import math
import re
import time
from dataclasses import dataclass, field
from typing import Any

from engine.course_defaults import (  # noqa: F401  (re-exported for the views)
    IMPLS,
    LOSSES,
    SHARED_DEFAULTS,
    TASK_DEFAULTS,
    TASKS,
    course_values,
)
from gui.run_metrics import RunMetrics

#: Tableau 10, then ten more mid-tone hues; beyond those, hues spaced by the golden angle.
PALETTE = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2",
           "#7f7f7f", "#bcbd22", "#17becf", "#5254a3", "#8ca252", "#bd9e39", "#ad494a",
           "#a55194", "#6baed6", "#fd8d3c", "#74c476", "#9e9ac8", "#e7ba52")

#: Statuses of a run that is still going.
LIVE = ("queued", "running", "paused", "stopping")
#: Order of the hyperparameters in a run's name; CORE names a run that nothing sets apart.
LABEL_KEYS = ("task", "lr", "batch_size", "epochs", "impl", "hidden", "init_sigma", "seed",
              "device")
CORE_KEYS = ("lr", "batch_size", "impl")


def palette_color(index: int) -> str:
    """Colour number ``index``: distinct for every index, the first twenty hand-picked."""
    if index < len(PALETTE):
        return PALETTE[index]
    hue = (index * 0.618033988749895) % 1.0
    r, g, b = colorsys.hsv_to_rgb(hue, 0.75, 0.8)
    return f"#{int(r * 255):02x}{int(g * 255):02x}{int(b * 255):02x}"


def params_text(config: dict[str, Any]) -> str:
    """Language-neutral one-line summary of a run's hyperparameters (checkpoint names)."""
    parts = [f"{config['task']}/{config['impl']}"]
    if config["task"] == "linreg":
        loss = config["loss"]
        parts.append(f"huber(δ={config['huber_delta']:g})" if loss == "huber" else loss)
    if config["task"] == "mlp":
        parts.append(f"hidden={config['hidden']}")
    parts += [f"lr={config['lr']:g}", f"B={config['batch_size']}", f"E={config['epochs']}",
              f"seed={config['seed']}", f"σ={config['init_sigma']:g}"]
    if config.get("device", "auto") != "auto":
        parts.append(config["device"])
    return ", ".join(parts)


@dataclass(frozen=True)
class Group:
    """Runs whose losses are the same quantity on the same data, so one axis fits them all."""

    loss: str  # 'ce' (softmax, MLP) | 'l2' | 'l1' | 'huber'
    delta: float | None  # Huber's δ
    data: str  # 'fashion-mnist' | 'synthetic' | the user's table name
    table: bool = False  # data is a user's table

    @property
    def key(self) -> str:
        delta = f":{self.delta:g}" if self.delta is not None else ""
        return f"{self.loss}{delta}|{'table:' if self.table else ''}{self.data}"


def group_of(config: dict[str, Any], data_name: str = "") -> Group:
    if config["task"] != "linreg":
        return Group("ce", None, "fashion-mnist")
    loss = config.get("loss", "l2")
    delta = float(config.get("huber_delta", 1.0)) if loss == "huber" else None
    if data_name:
        return Group(loss, delta, data_name, table=True)
    return Group(loss, delta, "synthetic")


@dataclass
class Divergence:
    """Where a run's loss stopped being a number, read from the engine's message."""

    value: str  # 'nan' | 'inf'
    epoch: int | None
    batch: int | None


_DIVERGED = re.compile(r"loss became (\S+) at epoch (\d+)(?:, batch (\d+))?")


def parse_divergence(message: str) -> Divergence | None:
    match = _DIVERGED.search(message or "")
    if match is None:
        return None
    value, epoch, batch = match.groups()
    return Divergence(value, int(epoch), int(batch) if batch else None)


@dataclass
class Run:
    """One training run as the dashboard keeps it."""

    id: int
    name: str
    color: str
    config: dict[str, Any]
    metrics: RunMetrics
    color_index: int = 0
    data_name: str = ""
    table: Any = None  # RegressionTable
    experiment: int | None = None
    status: str = "queued"  # queued | running | paused | stopping (live) or, once ended,
    # completed | stopped | diverged | failed
    message: str = ""
    epochs: list = field(default_factory=list)  # EpochResult
    steps: int = 0
    last_progress: float = 0.0
    last_elapsed: float = 0.0
    #: Set once the run's trainer is built (its key in the torch process): its model can be saved.
    model_key: str | None = None
    regression: Any = None  # RegressionView
    predictions: Any = None  # Predictions
    started: float = 0.0  # perf_counter() at the click on Start
    waited: float = 0.0  # seconds from that click to the end: what the student waited
    step_args: tuple = ("", "", "", "", "")  # for the status line: epoch, epochs, batch, …
    divergence: Divergence | None = None

    @property
    def group(self) -> Group:
        return group_of(self.config, self.data_name)

    @property
    def live(self) -> bool:
        return self.status in LIVE

    def fraction_done(self) -> float:
        """How far through its epochs the run got (where a diverged or stopped run ended)."""
        return min(1.0, self.last_progress / max(1, self.config["epochs"]))

    def label_value(self, key: str) -> Any:
        """The value a run is compared by (None where the key does not apply to its task)."""
        if key == "hidden" and self.config["task"] != "mlp":
            return None
        if key == "device":
            return self.config.get("device", "auto")
        return self.config.get(key)


def format_value(key: str, value: Any, words: dict[str, str] | None = None) -> str:
    """How a hyperparameter reads in a run's name: lr=0.1, B=256, concise …"""
    words = words or {}
    if key in ("task", "impl"):
        return words.get(value, str(value))
    if key == "lr":
        return f"lr={value:g}"
    if key == "batch_size":
        return f"B={value}"
    if key == "epochs":
        return f"E={value}"
    if key == "hidden":
        return f"hidden={value}"
    if key == "init_sigma":
        return f"σ={value:g}"
    if key == "seed":
        return f"seed={value}"
    return str(value)


class TrainingSession:
    """Every run and experiment, the tick state of each run and which experiment is in view."""

    def __init__(self) -> None:
        self.runs: dict[int, Run] = {}
        self.experiments: dict[int, Any] = {}  # id -> training_experiments.Experiment
        self.view: int | None = None  # an experiment id, or None for all runs
        self.hidden: set[int] = set()  # unticked in the runs list
        self._next_id = 1
        self._next_experiment = 1

    # ------------------------------------------------------------------ runs
    def add_run(self, config: dict[str, Any], table: Any = None,
                experiment: int | None = None) -> Run:
        """A new run with the first colour no kept run uses, so no two runs look alike."""
        run_id = self._next_id
        self._next_id += 1
        used = {r.color_index for r in self.runs.values()}
        index = next(i for i in range(len(self.runs) + 1) if i not in used)
        run = Run(id=run_id, name=f"#{run_id}", color=palette_color(index), color_index=index,
                  config=dict(config), metrics=RunMetrics(), table=table,
                  data_name=getattr(table, "name", "") if table is not None else "",
                  experiment=experiment)
        self.runs[run_id] = run
        if experiment is not None and experiment in self.experiments:
            self.experiments[experiment].run_ids.append(run_id)
        return run

    def remove_run(self, run_id: int) -> Run | None:
        run = self.runs.pop(run_id, None)
        self.hidden.discard(run_id)
        for experiment in self.experiments.values():
            if run_id in experiment.run_ids:
                experiment.run_ids.remove(run_id)
        emptied = [e for e in self.experiments.values() if not e.run_ids and not e.pending]
        for experiment in emptied:
            self.experiments.pop(experiment.id)
            if self.view == experiment.id:
                self.view = None
        return run

    # ------------------------------------------------------------------ experiments
    def add_experiment(self, experiment) -> None:
        """Register an experiment (its ``id`` is set here) and show it."""
        experiment.id = self._next_experiment
        self._next_experiment += 1
        self.experiments[experiment.id] = experiment
        self.view = experiment.id

    def experiment_of(self, run: Run):
        return self.experiments.get(run.experiment) if run.experiment is not None else None

    def experiment_runs(self, experiment) -> list[Run]:
        return [self.runs[i] for i in experiment.run_ids if i in self.runs]

    # ------------------------------------------------------------------ view
    def set_view(self, experiment_id: int | None) -> None:
        self.view = experiment_id if experiment_id in self.experiments else None

    def in_view(self, run: Run) -> bool:
        return self.view is None or run.experiment == self.view

    def view_runs(self) -> list[Run]:
        return [r for r in self.runs.values() if self.in_view(r)]

    def shown(self, run_id: int) -> bool:
        """Drawn: in the current view and ticked."""
        run = self.runs.get(run_id)
        return run is not None and self.in_view(run) and run_id not in self.hidden

    def set_hidden(self, run_id: int, hidden: bool) -> None:
        if hidden:
            self.hidden.add(run_id)
        else:
            self.hidden.discard(run_id)

    def groups(self, runs: list[Run] | None = None) -> list[Group]:
        """The groups of ``runs`` (default: those in view), in order of first appearance."""
        seen: dict[str, Group] = {}
        for run in self.view_runs() if runs is None else runs:
            seen.setdefault(run.group.key, run.group)
        return list(seen.values())

    # ------------------------------------------------------------------ names
    def labels(self, words: dict[str, str] | None = None,
               runs: list[Run] | None = None) -> dict[int, str]:
        """Each run's name by what sets it apart from the runs beside it on the same axis.

        Runs in view are compared within their group: "#4 lr=0.01", "#5 lr=0.1". A run that
        differs in nothing is named by its main hyperparameters ("#1 lr=0.03 B=10 concise").
        The legend, the runs list and the CSV all use these names.
        """
        runs = self.view_runs() if runs is None else runs
        by_group: dict[str, list[Run]] = {}
        for run in runs:
            by_group.setdefault(run.group.key, []).append(run)
        labels = {}
        for members in by_group.values():
            differing = [k for k in LABEL_KEYS
                         if len({_hashable(r.label_value(k)) for r in members}) > 1]
            keys = differing or list(CORE_KEYS)
            for run in members:
                parts = [format_value(k, run.label_value(k), words) for k in keys
                         if run.label_value(k) is not None]
                labels[run.id] = " ".join([run.name, *parts])
        return labels

    # ------------------------------------------------------------------ state of a run
    def on_steps(self, run: Run, steps: list) -> None:
        run.metrics.add_batches([s.progress for s in steps], [s.loss for s in steps])
        run.steps += len(steps)
        last = steps[-1]
        run.last_progress, run.last_elapsed = last.progress, last.elapsed
        run.step_args = (last.epoch, run.config["epochs"], last.batch, last.batches, last.loss)

    def on_epoch(self, run: Run, result) -> None:
        run.epochs.append(result)
        run.metrics.add_epoch(float(result.epoch), result.train_loss, result.train_acc,
                              result.test_acc)
        run.last_progress = max(run.last_progress, float(result.epoch))
        run.last_elapsed = result.elapsed

    def on_end(self, run: Run, status: str, message: str, now: float | None = None) -> None:
        """The run ended (``now``: its perf_counter() time, for the time the student waited)."""
        run.status, run.message = status, message
        if run.started:
            run.waited = max(0.0, (time.perf_counter() if now is None else now) - run.started)
        if status == "diverged":
            run.divergence = parse_divergence(message)
            if run.divergence is not None and run.divergence.batch is not None:
                batches = run.step_args[3] if isinstance(run.step_args[3], int) else None
                if batches:
                    run.last_progress = max(run.last_progress, run.divergence.epoch - 1
                                            + run.divergence.batch / batches)
            run.metrics.mark_divergence(run.last_progress)

    # ------------------------------------------------------------------ export
    def metrics_rows(self, words: dict[str, str] | None = None) -> list[dict[str, Any]]:
        """The runs in view in long format: one row per epoch, then one per reported batch.

        ``label`` is the run's name as the legend writes it.
        """
        runs = self.view_runs()
        labels = self.labels(words, runs)
        rows = []
        for run in runs:
            base = {"run": run.name, "label": labels[run.id],
                    **{k: v for k, v in run.config.items() if k != "data_dir"},
                    "data": run.data_name or ("synthetic" if run.config["task"] == "linreg"
                                              else "fashion-mnist"),
                    "status": run.status}
            for e in run.epochs:
                rows.append({**base, "record": "epoch", "epoch": e.epoch, "progress": e.epoch,
                             "loss": e.train_loss, "train_acc": e.train_acc,
                             "test_acc": e.test_acc, "seconds": e.seconds})
            xs, losses = run.metrics.batch_x.view(), run.metrics.batch_loss.view()
            for x, loss in zip(xs.tolist(), losses.tolist(), strict=True):
                rows.append({**base, "record": "batch", "epoch": math.ceil(x) or 1,
                             "progress": round(x, 6), "loss": loss, "train_acc": None,
                             "test_acc": None, "seconds": None})
        return rows


def _hashable(value: Any) -> Any:
    return round(value, 9) if isinstance(value, float) else value


# ---------------------------------------------------------------------- numbers as shown
def fmt_loss(value: float | None) -> str:
    """Four decimals, or scientific notation for a diverging loss (1.2e+25) or a tiny one."""
    if value is None:
        return "—"
    if value != value or abs(value) >= 1e4 or (value != 0 and abs(value) < 1e-3):
        return f"{value:.3e}"
    return f"{value:.4f}"


def fmt_acc(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"


def fmt_percent(fraction: float) -> str:
    return f"{100 * fraction:.0f} %"
