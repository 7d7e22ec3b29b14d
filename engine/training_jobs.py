"""A training run as a job of the torch process: build the ``Trainer``, run it, report in chunks.

The engine yields one small dataclass per batch, thousands per second. Sending each to the
window would flood its event loop, so :func:`run_training` gathers them and yields a chunk at
most ~30 times a second (always at once for epoch results and the end of the run).

A run is known by its ``key`` (made by the window). :func:`control` pauses, resumes or stops it
from the window, before its trainer exists too; finished runs' trainers are kept (the latest
:data:`KEPT_RUNS`) so the window can save one's model later with :func:`save_checkpoint`.

Nothing here imports torch at module level: the window imports this for its dataclasses.
"""

from __future__ import annotations

import logging
import math
import os
import threading
import time
import uuid
from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import numpy as np

log = logging.getLogger(__name__)

#: Seconds between two chunks sent to the window (≈30 Hz).
CHUNK_INTERVAL = 1 / 30
#: At most this many per-batch points are reported per run; beyond, the trainer reports every k-th.
MAX_BATCH_POINTS = 20_000
#: … and at most this many per epoch (Fashion-MNIST at batch size 256 has 235 batches).
POINTS_PER_EPOCH = int(os.environ.get("DIVELAB_POINTS_PER_EPOCH", "100"))
#: Test images shown after a softmax run (the course's predict_ch3 shows a row of them).
PREDICTION_COUNT = 12
#: At most this many points of a regression table are drawn in the scatter.
SCATTER_POINTS = 1500
#: Finished runs whose models can still be saved.
KEPT_RUNS = 200

FASHION_TRAIN_SIZE = 60_000
SYNTHETIC_SIZE = 1000


@dataclass(frozen=True)
class RegressionTable:
    """A cleaned table handed from Preprocessing to Training as regression data."""

    features: np.ndarray  # float32 [n, d]
    target: np.ndarray  # float32 [n]
    name: str
    feature_names: tuple[str, ...] = ()


@dataclass
class RunSetup:
    """What a run needs: the engine config as a dict, the optional user table, and its key."""

    config: dict[str, Any]
    table: RegressionTable | None = None
    key: str = field(default_factory=lambda: uuid.uuid4().hex)


@dataclass
class RegressionView:
    """Data for the scatter of one feature against the label."""

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
    """One message of a run: batch steps, epoch results, and possibly the end."""

    steps: list = field(default_factory=list)  # BatchStep
    epochs: list = field(default_factory=list)  # EpochResult
    end: Any = None  # RunEnd
    #: The run's key, sent once its trainer is built: from then on its model can be saved.
    model_key: str | None = None
    regression: RegressionView | None = None
    predictions: Predictions | None = None
    error: str | None = None  # a user-facing reason the run could not start


class _RunControl:
    """What the window asked of one run, kept until (and after) its trainer exists."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.trainer: Any = None
        self.stopped = False
        self.paused = False

    def apply(self, action: str) -> None:
        with self.lock:
            if action == "stop":
                self.stopped, self.paused = True, False
            elif action in ("pause", "resume"):
                self.paused = action == "pause"
            trainer = self.trainer
        if trainer is not None:
            _act(trainer, action)

    def attach(self, trainer: Any) -> None:
        with self.lock:
            self.trainer = trainer
            if self.stopped:
                _act(trainer, "stop")
            elif self.paused:
                _act(trainer, "pause")


def _act(trainer: Any, action: str) -> None:
    if action == "stop":
        trainer.resume()
        trainer.stop()
    elif action == "pause":
        trainer.pause()
    elif action == "resume":
        trainer.resume()


_runs: OrderedDict[str, _RunControl] = OrderedDict()
_runs_lock = threading.Lock()


def _control_of(key: str) -> _RunControl:
    with _runs_lock:
        control = _runs.get(key)
        if control is None:
            control = _runs[key] = _RunControl()
            while len(_runs) > KEPT_RUNS:
                _runs.popitem(last=False)
        return control


def control(key: str, action: str) -> None:
    """``"pause"``, ``"resume"`` or ``"stop"`` the run ``key`` (thread-safe; effective within
    one batch, or at once when its trainer is built)."""
    _control_of(key).apply(action)


def report_every_for(config: dict[str, Any], rows: int | None = None) -> int:
    """Report every k-th batch: at most POINTS_PER_EPOCH points per epoch, MAX_BATCH_POINTS per run.

    Each report is the mean loss of the batches since the previous one, so nothing is lost but
    noise.
    """
    task = config.get("task", "softmax")
    if rows is None:
        rows = SYNTHETIC_SIZE if task == "linreg" else FASHION_TRAIN_SIZE
    batches = math.ceil(rows / max(1, int(config.get("batch_size", 1))))
    total = batches * max(1, int(config.get("epochs", 1)))
    return max(1, math.ceil(batches / POINTS_PER_EPOCH), math.ceil(total / MAX_BATCH_POINTS))


def run_training(setup: RunSetup) -> Iterator[Chunk]:
    """Build the Trainer, run it, and yield ``Chunk``s.

    Never raises: anything that goes wrong becomes a ``Chunk`` with ``error`` (user errors) or a
    logged traceback plus an error chunk (programming errors), so the window always learns the end.
    """
    control_ = _control_of(setup.key)
    try:
        trainer, dataset, regression = make_trainer(setup)
    except (ValueError, FileNotFoundError) as exc:  # bad values, missing/corrupt dataset
        yield Chunk(error=str(exc))
        return
    except Exception as exc:  # noqa: BLE001 - a programming error must not end the run silently
        log.exception("could not start training")
        yield Chunk(error=f"{type(exc).__name__}: {exc}")
        return
    control_.attach(trainer)
    yield Chunk(model_key=setup.key, regression=regression)

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
                if item.error is not None:  # the window needs only what it says
                    item.error = RuntimeError(f"{type(item.error).__name__}: {item.error}")
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


def make_trainer(setup: RunSetup):
    """The run's Trainer, its Fashion-MNIST data (or None) and its regression view (or None)."""
    import torch

    from engine.training import TrainConfig, Trainer

    config = TrainConfig(**setup.config)
    config.validate()
    if config.task == "linreg":
        if setup.table is not None:
            features = torch.from_numpy(np.ascontiguousarray(setup.table.features, np.float32))
            target = torch.from_numpy(np.ascontiguousarray(setup.table.target, np.float32))
            regression = _regression_view(setup.table.features, setup.table.target,
                                          setup.table.feature_names)
            trainer = Trainer(config, regression_data=(features, target),
                              report_every=report_every_for(setup.config, len(target)))
        else:
            from engine.data import TRUE_B, TRUE_W, synthetic_regression

            x, y = synthetic_regression(seed=config.seed)
            regression = _regression_view(x.numpy(), y.numpy().reshape(-1),
                                          [f"x{i + 1}" for i in range(x.shape[1])])
            regression.true_w, regression.true_b = list(TRUE_W), float(TRUE_B)
            trainer = Trainer(config, report_every=report_every_for(setup.config))
        return trainer, None, regression
    from engine.data import load_fashion_mnist

    dataset = load_fashion_mnist(config.data_dir)
    trainer = Trainer(config, dataset=dataset, report_every=report_every_for(setup.config))
    return trainer, dataset, None


def _regression_view(x: np.ndarray, y: np.ndarray, names: Any) -> RegressionView:
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


def save_checkpoint(key: str, path: str, name: str) -> str:
    """Save the model of run ``key``; returns the path."""
    with _runs_lock:
        control_ = _runs.get(key)
    trainer = control_.trainer if control_ is not None else None
    if trainer is None:
        raise ValueError("this run's model is no longer kept; train it again to save it")
    trainer.save_checkpoint(path, name=name)
    return path

