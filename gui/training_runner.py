"""Run an engine ``Trainer`` on a worker thread and hand its progress to the GUI in chunks.

The engine yields one small dataclass per batch, thousands per second. Emitting a Qt signal for
each would flood the GUI thread, so the worker-side generator gathers them and yields a chunk at
most ~30 times a second (always at once for epoch results and the end of the run). The GUI
appends the chunks to numpy buffers; a timer redraws. torch is imported on the worker only.

Stop and pause go straight to the ``Trainer`` (thread-safe, effective within one batch), so the
run always ends through its own ``RunEnd`` and the GUI sees why it ended.
"""

from __future__ import annotations

import logging
import math
import os
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np
from PySide6.QtCore import QObject, Signal

from gui import worker as jobs
from gui.tasks import TaskSlot

log = logging.getLogger(__name__)

#: Seconds between two chunks sent to the GUI (≈30 Hz).
CHUNK_INTERVAL = 1 / 30
#: At most this many per-batch points are reported per run; beyond, the trainer reports every k-th.
MAX_BATCH_POINTS = 20_000
#: … and at most this many per epoch (Fashion-MNIST at batch size 256 has 235 batches).
POINTS_PER_EPOCH = int(os.environ.get("DIVELAB_POINTS_PER_EPOCH", "100"))
#: Test images shown after a softmax run (the course's predict_ch3 shows a row of them).
PREDICTION_COUNT = 12
#: At most this many points of a regression table are drawn in the scatter.
SCATTER_POINTS = 1500
#: What a run imports on the worker, in order; the tab preloads them while the window is quiet
#: (torch's optimizers import torch._dynamo, ≈1 s, on the first optimizer made).
TRAINING_MODULES = ("torch", "torch._dynamo", "engine.data", "engine.training")

FASHION_TRAIN_SIZE = 60_000
SYNTHETIC_SIZE = 1000


@dataclass
class RegressionTable:
    """A user's table for linear regression (from the preprocessing tab)."""

    features: np.ndarray  # float32 [n, d]
    target: np.ndarray  # float32 [n]
    name: str
    feature_names: list[str]


@dataclass
class RunSetup:
    """What the worker needs: the engine config as a dict plus the optional user table."""

    config: dict[str, Any]
    table: RegressionTable | None = None
    #: Set by the GUI to stop; read on the worker, so a stop asked for while the data is still
    #: loading is not lost in a signal queue the GUI thread may never process (window closing).
    cancel: threading.Event = field(default_factory=threading.Event)


@dataclass
class RegressionView:
    """Data for the scatter of one feature against the label, made on the worker."""

    x: np.ndarray  # [m, d] sample of the features
    y: np.ndarray  # [m]
    feature_means: np.ndarray  # [d]
    feature_names: list[str]
    true_w: list[float] | None = None
    true_b: float | None = None


@dataclass
class Predictions:
    """The predict_ch3 row: test images with true and predicted labels."""

    images: np.ndarray  # uint8 [k, 28, 28]
    true: list[int]
    predicted: list[int]


@dataclass
class Chunk:
    """One message from the worker: batch steps, epoch results, and possibly the end."""

    steps: list = field(default_factory=list)  # BatchStep
    epochs: list = field(default_factory=list)  # EpochResult
    end: Any = None  # RunEnd
    trainer: Any = None  # the Trainer, sent once so the GUI can save a checkpoint later
    regression: RegressionView | None = None
    predictions: Predictions | None = None
    error: str | None = None  # a user-facing reason the run could not start


def report_every_for(config: dict[str, Any], rows: int | None = None) -> int:
    """Report every k-th batch: at most POINTS_PER_EPOCH points per epoch, MAX_BATCH_POINTS per run.

    Each report is the mean loss of the batches since the previous one, so nothing is lost but
    noise; fewer reports keep the worker from waiting on the GUI thread for the interpreter lock.
    """
    task = config.get("task", "softmax")
    if rows is None:
        rows = SYNTHETIC_SIZE if task == "linreg" else FASHION_TRAIN_SIZE
    batches = math.ceil(rows / max(1, int(config.get("batch_size", 1))))
    total = batches * max(1, int(config.get("epochs", 1)))
    return max(1, math.ceil(batches / POINTS_PER_EPOCH), math.ceil(total / MAX_BATCH_POINTS))


def run_training(setup: RunSetup) -> Iterator[Chunk]:
    """Worker-side generator: build the Trainer, run it, and yield ``Chunk``s.

    Never raises: anything that goes wrong becomes a ``Chunk`` with ``error`` (user errors) or a
    logged traceback plus an error chunk (programming errors), so the GUI always learns the end.
    """
    try:
        with jobs.freezing_imports():  # the first run may import torch and torch._dynamo
            trainer, dataset, regression = _make_trainer(setup)
    except (ValueError, FileNotFoundError) as exc:  # bad values, missing/corrupt dataset
        yield Chunk(error=str(exc))
        return
    except Exception as exc:  # noqa: BLE001 - a programming error must not kill the worker silently
        log.exception("could not start training")
        yield Chunk(error=f"{type(exc).__name__}: {exc}")
        return
    if setup.cancel.is_set():
        trainer.stop()
    yield Chunk(trainer=trainer, regression=regression)

    from engine.training import BatchStep, EpochResult, RunEnd

    chunk = Chunk()
    last = time.perf_counter()
    try:
        for item in trainer.run():
            if isinstance(item, BatchStep):
                chunk.steps.append(item)
                now = time.perf_counter()
                if now - last < CHUNK_INTERVAL:
                    continue
            elif isinstance(item, EpochResult):
                chunk.epochs.append(item)
            elif isinstance(item, RunEnd):
                chunk.end = item
                break
            last = time.perf_counter()
            yield chunk
            chunk = Chunk()
    except Exception as exc:  # noqa: BLE001
        log.exception("training failed")
        chunk.error = f"{type(exc).__name__}: {exc}"
        yield chunk
        return
    if chunk.end is not None and dataset is not None and chunk.end.epochs_done > 0:
        try:
            chunk.predictions = _predict_row(trainer, dataset)
        except Exception:  # noqa: BLE001 - the run itself is fine; just no picture row
            log.exception("predicting the test row failed")
    yield chunk


def _leave_a_core_for_the_gui() -> None:
    """torch's intra-op threads default to one per core; with the GUI thread drawing beside them
    they oversubscribe the CPU and every thread waits. One core fewer keeps the curves live at
    no cost to small models (measured: the same CLI time with 1 or 2 threads on 2 cores)."""
    import torch

    cores = os.cpu_count() or 1
    wanted = max(1, cores - 1)
    if torch.get_num_threads() > wanted:
        torch.set_num_threads(wanted)


def _make_trainer(setup: RunSetup):
    jobs.load_torch_libraries()  # no-ops once preloaded; otherwise mapped without the GIL
    jobs.load_triton_library()
    import torch

    _leave_a_core_for_the_gui()
    from engine.training import TrainConfig, Trainer

    config = TrainConfig(**setup.config)
    config.validate()
    rows = None
    if config.task == "linreg":
        dataset = None
        if setup.table is not None:
            features = torch.from_numpy(np.ascontiguousarray(setup.table.features, np.float32))
            target = torch.from_numpy(np.ascontiguousarray(setup.table.target, np.float32))
            rows = len(target)
            regression = _regression_view(setup.table.features, setup.table.target,
                                          setup.table.feature_names)
            trainer = Trainer(config, regression_data=(features, target),
                              report_every=report_every_for(setup.config, rows))
        else:
            from engine.data import TRUE_B, TRUE_W, synthetic_regression

            x, y = synthetic_regression(seed=config.seed)
            regression = _regression_view(x.numpy(), y.numpy().reshape(-1),
                                          [f"x{i + 1}" for i in range(x.shape[1])])
            regression.true_w, regression.true_b = list(TRUE_W), float(TRUE_B)
            trainer = Trainer(config, report_every=report_every_for(setup.config))
        return trainer, dataset, regression
    from engine.data import load_fashion_mnist

    dataset = load_fashion_mnist(config.data_dir)
    trainer = Trainer(config, dataset=dataset, report_every=report_every_for(setup.config, rows))
    return trainer, dataset, None


def _regression_view(x: np.ndarray, y: np.ndarray, names: list[str]) -> RegressionView:
    x = np.asarray(x, np.float32)
    y = np.asarray(y, np.float32).reshape(-1)
    means = x.mean(axis=0) if len(x) else np.zeros(x.shape[1], np.float32)
    if len(x) > SCATTER_POINTS:
        pick = np.random.default_rng(0).choice(len(x), SCATTER_POINTS, replace=False)
        x, y = x[pick], y[pick]
    return RegressionView(x=x.copy(), y=y.copy(), feature_means=means, feature_names=list(names))


def _predict_row(trainer, dataset) -> Predictions:
    images = dataset.test_images[:PREDICTION_COUNT]
    predicted = trainer.predict(images)
    return Predictions(images=images.cpu().numpy().astype(np.uint8),
                       true=[int(v) for v in dataset.test_labels[:PREDICTION_COUNT].tolist()],
                       predicted=[int(v) for v in predicted.tolist()])


def save_checkpoint_job(trainer, path: str, name: str) -> str:
    """Worker job: save the trainer's model; returns the path."""
    trainer.save_checkpoint(path, name=name)
    return path


#: While training runs, the GUI thread waits at most this long for the interpreter lock.
RUN_SWITCH_INTERVAL = 0.001
_runs_active = 0
_normal_switch_interval = sys.getswitchinterval()


def _responsive_interpreter(on: bool) -> None:
    """The training thread holds the interpreter lock between its torch calls; by default
    another thread waits up to 5 ms for it, each time. During a run the GUI thread needs it many
    times per frame, so ask for a 1 ms hand-over instead (measured: the longest event-loop stall
    beside a torch loop fell from ≈50 ms to ≈18 ms)."""
    global _runs_active
    _runs_active = max(0, _runs_active + (1 if on else -1))
    sys.setswitchinterval(RUN_SWITCH_INTERVAL if _runs_active else _normal_switch_interval)


class TrainingRunner(QObject):
    """Owns one run's worker. Signals arrive on the GUI thread.

    ``chunk`` carries a :class:`Chunk`; ``done`` fires once when the worker has ended, after the
    last chunk.
    """

    chunk = Signal(object)
    done = Signal()

    def __init__(self, setup: RunSetup, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setup = setup
        self.trainer = None
        self._slot = TaskSlot(self, partial=self._on_chunk, error=self._on_error,
                              finished=self._on_finished)
        self._stop_requested = False
        self._paused = False
        self._interpreter_held = False
        self.finished = False

    def start(self) -> None:
        _responsive_interpreter(True)
        self._interpreter_held = True
        self._slot.start(run_training, self.setup, needs_torch=True)

    def _on_error(self, exc: BaseException) -> None:
        """``run_training`` reports its own failures as chunks; this is the worker itself."""
        log.error("training worker failed", exc_info=exc)
        self.chunk.emit(Chunk(error=f"{type(exc).__name__}: {exc}"))

    def _on_chunk(self, chunk: Chunk) -> None:
        if chunk.trainer is not None:
            self.trainer = chunk.trainer
            if self._stop_requested:
                self.trainer.stop()
            elif self._paused:
                self.trainer.pause()
        self.chunk.emit(chunk)

    def _on_finished(self) -> None:
        self.finished = True
        self._release_interpreter()
        self.done.emit()

    def _release_interpreter(self) -> None:
        if self._interpreter_held:
            self._interpreter_held = False
            _responsive_interpreter(False)

    # Control: straight to the Trainer (thread-safe); remembered if it is not built yet.
    def stop(self) -> None:
        self._stop_requested = True
        self.setup.cancel.set()
        if self.trainer is not None:
            self.trainer.resume()
            self.trainer.stop()

    def pause(self) -> None:
        self._paused = True
        if self.trainer is not None:
            self.trainer.pause()

    def resume(self) -> None:
        self._paused = False
        if self.trainer is not None:
            self.trainer.resume()

    @property
    def paused(self) -> bool:
        return self._paused

    def abort(self) -> None:
        """For closing the window: stop the trainer and the worker loop, do not wait."""
        self.stop()
        self._slot.cancel()
        self._release_interpreter()


def config_summary(config: dict[str, Any]) -> dict[str, Any]:
    """The hyperparameters worth showing in the runs list and the CSV."""
    keys = ("task", "impl", "loss", "huber_delta", "lr", "batch_size", "epochs", "seed", "device",
            "init_sigma", "hidden")
    return {k: config[k] for k in keys if k in config}


def as_dict(obj: Any) -> dict[str, Any]:
    return asdict(obj)
