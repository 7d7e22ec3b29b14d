"""The trainer: one loop for every model, reporting through small yielded dataclasses.

Why it is fast: the whole dataset sits on the device as one float tensor; each epoch draws one
random permutation and every minibatch is an ``index_select`` of it — no DataLoader, no PIL,
no per-sample Python. Losses and correct counts stay on the device and are read in one go every
``report_every`` batches, so the loop never waits on a device→host copy per batch.

Why it is safe to drive from a GUI: ``stop``/``pause``/``resume`` are thread-safe and take
effect before the next batch; a NaN/inf loss ends the run with a plain-language reason.
"""

from __future__ import annotations

import logging
import math
import os
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

import torch

from engine.checkpoint import save_checkpoint as _save_checkpoint
from engine.course_defaults import (
    DEFAULT_TASK,
    IMPLS,
    LOSSES,
    SHARED_DEFAULTS,
    TASK_DEFAULTS,
    TASKS,
)
from engine.data import (
    TRUE_B,
    TRUE_W,
    DatasetCorruptError,
    DatasetNotFoundError,
    FashionMNIST,
    load_fashion_mnist,
    synthetic_regression,
)
from engine.device import resolve_device
from engine.models import Learner, build_learner
from engine.training_events import BatchStep, EpochResult, RunEnd

log = logging.getLogger(__name__)

EVAL_CHUNK = 5000


@dataclass
class TrainConfig:
    """Everything that defines a run (and is stored in checkpoints and exported metrics)."""

    task: str = DEFAULT_TASK  # 'linreg' | 'softmax' | 'mlp'
    impl: str = SHARED_DEFAULTS["impl"]  # 'scratch' | 'concise'
    loss: str = SHARED_DEFAULTS["loss"]  # linreg only: 'l2' | 'l1' | 'huber'
    huber_delta: float = SHARED_DEFAULTS["huber_delta"]
    lr: float = TASK_DEFAULTS[DEFAULT_TASK]["lr"]
    batch_size: int = TASK_DEFAULTS[DEFAULT_TASK]["batch_size"]
    epochs: int = TASK_DEFAULTS[DEFAULT_TASK]["epochs"]
    seed: int = SHARED_DEFAULTS["seed"]
    device: str = "auto"
    init_sigma: float = SHARED_DEFAULTS["init_sigma"]
    hidden: int = SHARED_DEFAULTS["hidden"]  # mlp only
    data_dir: str | None = None
    threads: int = 0  # CPU threads while training; 0: automatic (see Trainer.cpu_threads)
    analytic_grad: bool = True  # concise softmax: hand-derived gradient instead of backward()

    def validate(self) -> None:
        """Raise ValueError with a one-line message a student can act on."""
        if self.task not in TASKS:
            raise ValueError(f"unknown task '{self.task}' (choose one of {', '.join(TASKS)})")
        if self.impl not in IMPLS:
            raise ValueError(f"unknown implementation '{self.impl}' (choose scratch or concise)")
        if self.loss not in LOSSES:
            raise ValueError(f"unknown loss '{self.loss}' (choose one of {', '.join(LOSSES)})")
        if not _finite(self.huber_delta) or self.huber_delta <= 0:
            raise ValueError(f"Huber's δ must be a positive number, not {self.huber_delta}")
        if not _finite(self.lr) or self.lr <= 0:
            raise ValueError(f"the learning rate must be a positive number, not {self.lr}")
        if not isinstance(self.batch_size, int) or isinstance(self.batch_size, bool) \
                or self.batch_size < 1:
            raise ValueError(f"the batch size must be a whole number ≥ 1, not {self.batch_size}")
        if not isinstance(self.epochs, int) or isinstance(self.epochs, bool) or self.epochs < 1:
            raise ValueError(f"the number of epochs must be a whole number ≥ 1, not {self.epochs}")
        if not isinstance(self.seed, int) or isinstance(self.seed, bool) or self.seed < 0:
            raise ValueError(f"the seed must be a whole number ≥ 0, not {self.seed}")
        if not _finite(self.init_sigma) or self.init_sigma < 0:
            raise ValueError(f"the initial weight σ must be ≥ 0, not {self.init_sigma}")
        if not isinstance(self.hidden, int) or isinstance(self.hidden, bool) or self.hidden < 1:
            raise ValueError(f"the number of hidden units must be ≥ 1, not {self.hidden}")
        if not isinstance(self.threads, int) or isinstance(self.threads, bool) \
                or self.threads < 0:
            raise ValueError(f"the number of threads must be ≥ 0 (0: automatic), "
                             f"not {self.threads}")
        if not isinstance(self.device, str) or not self.device.strip():
            raise ValueError("the device must be 'auto', 'cpu', 'cuda' or 'mps'")

    def to_dict(self) -> dict:
        return asdict(self)


def _finite(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) \
        and math.isfinite(float(value))


Event = BatchStep | EpochResult | RunEnd


class Diverged(Exception):
    """Raised inside the loop when the loss stops being a finite number."""


@dataclass
class _Prepared:
    """Data on the device. Training images stay uint8 ([N, 784]); ``scale`` (1/255, ToTensor's
    scaling) is applied per batch, so each batch gather moves a quarter of the bytes."""

    X: torch.Tensor  # training inputs: uint8 rows (scaled per batch) or float (linreg)
    y: torch.Tensor
    X_test: torch.Tensor | None  # float, ready for the model
    y_test: torch.Tensor | None
    scale: float | None = None  # multiply X by this to get the model's inputs


_prep_cache: dict[tuple, tuple[object, _Prepared]] = {}
_prep_lock = threading.Lock()


def _images_on_device(data: FashionMNIST, device: torch.device) -> _Prepared:
    """The dataset as flat uint8 rows on the device (a free view on the CPU).

    The last result is kept, so re-running with a new learning rate does not copy the
    images to the GPU again.
    """
    key = (id(data.train_images), id(data.test_images), str(device))
    with _prep_lock:
        hit = _prep_cache.get(key)
        if hit is not None and hit[0] is data:
            return hit[1]

    def flat(images: torch.Tensor) -> torch.Tensor:
        return images.reshape(len(images), -1).to(device).contiguous()

    # the test set is read whole every epoch: convert it to float once (31 MB)
    test = flat(data.test_images).to(torch.float32).mul_(1.0 / 255.0)
    prepared = _Prepared(flat(data.train_images), data.train_labels.to(device),
                         test, data.test_labels.to(device), 1.0 / 255.0)
    with _prep_lock:
        _prep_cache.clear()
        _prep_cache[key] = (data, prepared)
    return prepared


def prepare_data(task: str, data_dir: str | None = None, device: str = "auto") -> None:
    """Load and lay out what a run of ``task`` trains on, ahead of it (kept in memory).

    The next run on the same data and device then starts at once instead of reading ≈55 MB
    and converting the test set first. Raises like a run's data loading would.
    """
    if task == "linreg":
        return
    _images_on_device(load_fashion_mnist(data_dir), resolve_device(device))


def _as_table(X: object, y: object) -> tuple[torch.Tensor, torch.Tensor]:
    """Features [n, d] and targets [n] as float32 tensors (from tensors, numpy or pandas)."""
    import numpy as np

    try:
        X_t = torch.as_tensor(np.asarray(X, dtype=np.float32))
        y_t = torch.as_tensor(np.asarray(y, dtype=np.float32))
    except (TypeError, ValueError) as exc:
        raise ValueError(f"the regression table must be numeric ({exc})") from None
    if X_t.dim() == 1:
        X_t = X_t.reshape(-1, 1)
    if X_t.dim() != 2 or len(X_t) == 0 or X_t.shape[1] == 0:
        raise ValueError("the regression table needs at least one feature column and one row")
    if y_t.numel() != len(X_t):
        raise ValueError(f"the regression table has {len(X_t)} rows but {y_t.numel()} targets")
    return X_t, y_t.reshape(-1, 1)


class _EpochScore:
    """One epoch's losses and correct counts, read from the device in batches.

    Accuracy, and the loss where the step did not need it (the closed-form softmax step), come
    from one big call per report instead of several small ones per batch.
    """

    def __init__(self, learner: Learner, y_perm: torch.Tensor, batch_size: int, classify: bool,
                 epoch: int, check: Callable[[list[float], int, int], None]) -> None:
        self.learner, self.y_perm, self.bs = learner, y_perm, batch_size
        self.classify, self.epoch, self.check = classify, epoch, check
        self.values: list[float] = []  # per-batch mean losses read back so far
        self.step_losses: list[torch.Tensor] = []
        self.outputs: list[torch.Tensor] = []
        self.correct: torch.Tensor | None = None

    def add(self, loss: torch.Tensor | None, out: torch.Tensor) -> None:
        if loss is not None:
            self.step_losses.append(loss)
        if self.classify:
            self.outputs.append(out)

    def flush(self) -> list[float]:
        """Read the batches since the last flush; returns their mean losses."""
        first = len(self.values)
        new: list[float] = []
        if self.outputs:
            out = torch.cat(self.outputs)
            start = first * self.bs
            labels = self.y_perm[start:start + len(out)]
            hits = (out.argmax(dim=1) == labels).sum()
            self.correct = hits if self.correct is None else self.correct + hits
            if not self.step_losses:
                per = self.learner.per_sample_loss(out, labels)
                sizes = [len(o) for o in self.outputs]
                if len(set(sizes)) == 1:
                    means = per.view(len(sizes), -1).mean(dim=1)
                else:
                    means = torch.stack([c.mean() for c in per.split(sizes)])
                new = means.tolist()
            self.outputs.clear()
        if self.step_losses:
            new = torch.stack(self.step_losses).tolist()
            self.step_losses.clear()
        self.check(new, self.epoch, first)
        self.values.extend(new)
        return new


class Trainer:
    """Trains one model according to a :class:`TrainConfig`; iterate :meth:`run` for events."""

    def __init__(self, config: TrainConfig, *, dataset: FashionMNIST | None = None,
                 regression_data: tuple[torch.Tensor, torch.Tensor] | None = None,
                 report_every: int = 1) -> None:
        config.validate()
        if report_every < 0:
            raise ValueError("report_every must be ≥ 0 (0: no per-batch reports)")
        self.config = config
        self.report_every = int(report_every)
        self.device = resolve_device(config.device)
        self._dataset = dataset
        self._regression_data = regression_data
        self._prepared: _Prepared | None = None
        self._stop = threading.Event()
        self._running = threading.Event()
        self._running.set()
        self.last_test_acc: float | None = None
        self.last_result: EpochResult | None = None
        self.epochs_done = 0
        num_inputs = 2
        if config.task == "linreg" and regression_data is not None:
            regression_data = _as_table(*regression_data)
            self._regression_data = regression_data
            num_inputs = int(regression_data[0].shape[1])
        self.num_inputs = num_inputs
        gen = torch.Generator().manual_seed(config.seed)
        self._perm_gen = torch.Generator().manual_seed(config.seed + 1)
        self.learner: Learner = build_learner(
            config.task, config.impl, lr=config.lr, loss=config.loss,
            huber_delta=config.huber_delta, sigma=config.init_sigma, hidden=config.hidden,
            num_inputs=num_inputs, generator=gen, device=self.device,
            analytic_grad=config.analytic_grad)
        self.model = self.learner.net

    # ------------------------------------------------------------------ control (any thread)
    def stop(self) -> None:
        """Ask the run to end before its next batch (also wakes a paused run)."""
        self._stop.set()
        self._running.set()

    def pause(self) -> None:
        self._running.clear()

    def resume(self) -> None:
        self._running.set()

    @property
    def paused(self) -> bool:
        return not self._running.is_set() and not self._stop.is_set()

    @property
    def stopped(self) -> bool:
        return self._stop.is_set()

    # ------------------------------------------------------------------ data
    @property
    def synthetic(self) -> bool:
        return self.config.task == "linreg" and self._regression_data is None

    def prepare(self) -> None:
        """Load and move the data to the device (slow the first time; errors raise)."""
        if self._prepared is not None:
            return
        cfg = self.config
        if cfg.task == "linreg":
            if self._regression_data is not None:
                X, y = self._regression_data
            else:
                X, y = synthetic_regression(seed=cfg.seed)
            X = torch.as_tensor(X, dtype=torch.float32).to(self.device)
            y = torch.as_tensor(y, dtype=torch.float32).reshape(-1, 1).to(self.device)
            if not (torch.isfinite(X).all() and torch.isfinite(y).all()):
                raise ValueError("the regression table contains missing or infinite values")
            self._prepared = _Prepared(X, y, None, None)
        else:
            data = self._dataset if self._dataset is not None else load_fashion_mnist(cfg.data_dir)
            self._dataset = data
            self._prepared = _images_on_device(data, self.device)

    # ------------------------------------------------------------------ the loop
    def run(self) -> Iterator[Event]:
        """Train, yielding BatchStep/EpochResult events and finally exactly one RunEnd."""
        try:
            self.prepare()
        except (DatasetNotFoundError, DatasetCorruptError, ValueError, OSError) as exc:
            yield RunEnd("failed", str(exc), 0, exc)
            return
        except Exception as exc:  # noqa: BLE001 - reported, and logged with its traceback
            log.exception("could not prepare the training data")
            yield RunEnd("failed", f"could not prepare the data: {exc}", 0, exc)
            return
        try:
            yield from self._loop()
        except Diverged as exc:
            yield RunEnd("diverged", str(exc), self.epochs_done)
        except Exception as exc:  # noqa: BLE001
            log.exception("training failed")
            yield RunEnd("failed", f"training failed: {exc}", self.epochs_done, exc)

    def _wait_if_paused(self, clock: list[float]) -> None:
        if not self._running.is_set():
            t0 = time.perf_counter()
            self._running.wait()
            clock[0] += time.perf_counter() - t0  # pauses do not count as training time

    def cpu_threads(self) -> int:
        """Intra-op threads for this run (0: leave torch's setting alone).

        Linear regression's batches are tiny: one thread. Softmax regression gains from a second
        thread on an idle machine (1.4 s instead of 1.8 s for 10 epochs on 2 cores) but on a busy
        one the spinning worker threads make it many times slower (12.7 s of CPU for two epochs
        with two threads, 0.8 s with one, measured at load 11 on 2 cores): it keeps torch's
        setting only while the load average leaves a core free. The MLP's larger matrices keep
        torch's setting.
        """
        if self.device.type != "cpu":
            return 0
        if self.config.threads:
            return self.config.threads
        if self.config.task == "linreg":
            return 1
        if self.config.task == "softmax":
            cores = os.cpu_count() or 1
            try:
                busy = os.getloadavg()[0] >= cores - 0.5
            except (OSError, AttributeError):  # no load average (Windows): trust torch
                busy = False
            return 1 if busy else torch.get_num_threads()
        return 0

    def _loop(self) -> Iterator[Event]:
        threads = self.cpu_threads()
        previous = torch.get_num_threads()
        if threads and threads != previous:
            torch.set_num_threads(threads)
        try:
            yield from self._epochs()
        finally:
            if threads and threads != previous:
                torch.set_num_threads(previous)

    def _epochs(self) -> Iterator[Event]:
        """The loop. Per batch it only slices, gathers and steps; everything that needs a
        device→host read (losses, correct counts, the NaN check) is batched per report."""
        cfg, prep, learner = self.config, self._prepared, self.learner
        assert prep is not None
        X, y = prep.X, prep.y
        n = len(X)
        bs = min(cfg.batch_size, n)
        batches = math.ceil(n / bs)
        last_size = n - (batches - 1) * bs
        device = self.device
        report = self.report_every
        classify = cfg.task != "linreg"
        step = learner.step
        if prep.scale is None:
            def to_inputs(idx: torch.Tensor) -> torch.Tensor:
                return X.index_select(0, idx)
        else:
            # reused buffers: a fresh 800 kB tensor per batch costs page faults, not just bytes
            raw_buf = torch.empty((bs, X.shape[1]), dtype=X.dtype, device=device)
            float_buf = torch.empty((bs, X.shape[1]), dtype=torch.float32, device=device)
            scale = prep.scale
            if getattr(learner, "takes_scale", False):
                # the learner folds 1/255 into its matrix products: one pass less per batch
                def step(inputs: torch.Tensor, labels: torch.Tensor,
                         _step=learner.step_scaled) -> tuple[torch.Tensor, torch.Tensor]:
                    return _step(inputs, labels, scale)

                def to_inputs(idx: torch.Tensor) -> torch.Tensor:
                    rows = len(idx)
                    raw = torch.index_select(X, 0, idx, out=raw_buf[:rows])
                    return float_buf[:rows].copy_(raw)
            else:
                def to_inputs(idx: torch.Tensor) -> torch.Tensor:
                    rows = len(idx)
                    raw = torch.index_select(X, 0, idx, out=raw_buf[:rows])
                    return float_buf[:rows].copy_(raw).mul_(scale)
        stop_flag, running = self._stop, self._running
        pause_clock = [0.0]
        start = time.perf_counter()

        def elapsed() -> float:
            return time.perf_counter() - start - pause_clock[0]

        for epoch in range(1, cfg.epochs + 1):
            epoch_start = elapsed()
            perm = torch.randperm(n, generator=self._perm_gen).to(device)
            index_batches = perm.split(bs)
            y_perm = y.index_select(0, perm)
            label_batches = y_perm.split(bs)
            score = _EpochScore(learner, y_perm, bs, classify, epoch, self._check_finite)
            for i in range(batches):
                if stop_flag.is_set() or not running.is_set():
                    self._wait_if_paused(pause_clock)
                    if stop_flag.is_set():
                        yield RunEnd("stopped",
                                     f"stopped by the user at epoch {epoch}, batch {i + 1}",
                                     self.epochs_done)
                        return
                score.add(*step(to_inputs(index_batches[i]), label_batches[i]))
                if report and ((i + 1) % report == 0 or i + 1 == batches):
                    new = score.flush()
                    yield BatchStep(epoch, i + 1, batches, epoch - 1 + (i + 1) / batches,
                                    float(sum(new) / len(new)), elapsed())
            score.flush()
            values = score.values
            train_time = elapsed() - epoch_start
            if stop_flag.is_set():
                yield RunEnd("stopped", f"stopped by the user at the end of epoch {epoch}",
                             self.epochs_done)
                return
            result = self._evaluate(epoch, values, bs, last_size, n, score.correct, train_time)
            result.seconds = elapsed() - epoch_start
            result.elapsed = elapsed()
            self.epochs_done = epoch
            self.last_result = result
            self.last_test_acc = result.test_acc
            yield result
        yield RunEnd("completed", f"finished {cfg.epochs} epochs", self.epochs_done)

    def _check_finite(self, values: list[float], epoch: int, offset: int) -> None:
        for j, value in enumerate(values):
            if not math.isfinite(value):
                raise Diverged(f"loss became {value} at epoch {epoch}, batch {offset + j + 1} — "
                               "the learning rate is probably too large; try a smaller one")

    def _evaluate(self, epoch: int, values: list[float], bs: int, last_size: int, n: int,
                  correct: torch.Tensor | None, train_time: float) -> EpochResult:
        cfg, prep = self.config, self._prepared
        assert prep is not None
        examples_per_sec = n / train_time if train_time > 0 else float("inf")
        if cfg.task == "linreg":
            with torch.inference_mode():
                y_hat = self.learner.net(prep.X)
                train_loss = float(self.learner.per_sample_loss(y_hat, prep.y).mean())
            if not math.isfinite(train_loss):
                raise Diverged(f"loss became {train_loss} at epoch {epoch} — "
                               "the learning rate is probably too large; try a smaller one")
            state = self.learner.state_dict()
            w = [float(v) for v in state["weight"].reshape(-1).cpu()]
            b = float(state["bias"].reshape(-1)[0])
            result = EpochResult(epoch, cfg.epochs, train_loss, None, None, examples_per_sec,
                                 0.0, 0.0, w=w, b=b)
            if self.synthetic:
                result.w_error = [t - v for t, v in zip(TRUE_W, w)]
                result.b_error = TRUE_B - b
            return result
        total = sum(values[:-1]) * bs + values[-1] * last_size
        train_loss = total / n
        train_acc = float(correct) / n
        test_acc, test_loss = self.evaluate()
        return EpochResult(epoch, cfg.epochs, train_loss, train_acc, test_acc, examples_per_sec,
                           0.0, 0.0, test_loss=test_loss)

    def evaluate(self) -> tuple[float | None, float | None]:
        """(test accuracy, test loss) in big batches without autograd."""
        prep = self._prepared
        if prep is None or prep.X_test is None:
            return None, None
        correct = torch.zeros((), dtype=torch.int64, device=self.device)
        loss_sum = torch.zeros((), device=self.device)
        with torch.inference_mode():
            for s in range(0, len(prep.X_test), EVAL_CHUNK):
                Xc, yc = prep.X_test[s:s + EVAL_CHUNK], prep.y_test[s:s + EVAL_CHUNK]
                out = self.learner.net(Xc)
                correct += (out.argmax(dim=1) == yc).sum()
                loss_sum += self.learner.per_sample_loss(out, yc).sum()
        m = len(prep.X_test)
        return float(correct) / m, float(loss_sum) / m

    # ------------------------------------------------------------------ using the result
    def checkpoint_arch(self) -> str:
        return self.config.task

    def save_checkpoint(self, path: str | Path, name: str = "") -> None:
        """Save the current weights (atomically) with the config and the last test accuracy."""
        meta: dict = {
            "name": name or Path(path).stem,
            "test_acc": self.last_test_acc,
            "config": self.config.to_dict(),
            "epochs_done": self.epochs_done,
            "impl": self.config.impl,
        }
        if self.config.task == "mlp":
            meta["hidden"] = self.config.hidden
        if self.config.task == "linreg":
            meta["num_inputs"] = self.num_inputs
            meta["loss"] = self.config.loss
        _save_checkpoint(path, arch=self.checkpoint_arch(), state_dict=self.learner.state_dict(),
                         meta=meta)

    def predict(self, images: torch.Tensor) -> torch.Tensor:
        """uint8 (or [0, 1] float) images [N, 28, 28] → int64 class indices on the CPU."""
        if self.config.task == "linreg":
            raise ValueError("a linear regression model does not classify images")
        images = torch.as_tensor(images)
        x = images.reshape(len(images), -1).to(self.device)
        x = x.float() / 255.0 if images.dtype == torch.uint8 else x.float()
        preds = []
        with torch.inference_mode():
            for s in range(0, len(x), EVAL_CHUNK):
                preds.append(self.learner.net(x[s:s + EVAL_CHUNK]).argmax(dim=1))
        if not preds:
            return torch.zeros(0, dtype=torch.int64)
        return torch.cat(preds).cpu()


def train(config: TrainConfig, on_batch: Callable[[BatchStep], object] | None = None,
          on_epoch: Callable[[EpochResult], object] | None = None,
          **trainer_kwargs) -> RunEnd:
    """Callback form of :meth:`Trainer.run`; returns the final :class:`RunEnd`."""
    trainer = Trainer(config, **trainer_kwargs)
    end = RunEnd("failed", "no result", 0)
    for event in trainer.run():
        if isinstance(event, BatchStep):
            if on_batch is not None:
                on_batch(event)
        elif isinstance(event, EpochResult):
            if on_epoch is not None:
                on_epoch(event)
        else:
            end = event
    return end
