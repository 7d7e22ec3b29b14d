"""The course's one-click comparisons and what their results show, without Qt.

An experiment runs at the course's values whatever the controls say (a learning rate of 100 typed
in for another try must not spoil the comparison), on the course's data, and ends with a verdict
computed from the runs it made: which learning rate diverged, crawled or converged, which batch
size reached the lower loss and which was faster, whether two implementations agree.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from engine.course_defaults import IMPLS, course_values
from gui.training_session import Run

#: kind -> (the hyperparameter it varies, its values)
EXPERIMENTS: dict[str, tuple[str, tuple]] = {
    "lr": ("lr", (0.01, 0.1, 1.0)),
    "batch": ("batch_size", (1, 256)),
    "impl": ("impl", IMPLS),
}
#: An epoch of Fashion-MNIST at batch size 1 is 60 000 steps: the batch comparison on images
#: runs one epoch (the same number of passes over the data for both sizes).
BATCH_EPOCHS_IMAGES = 1
#: A run ending this much above the best one (relative) counts as slower.
SLOWER = 0.2
#: An epoch whose loss rises this much (relative) over the one before shows oscillation.
RISE = 0.01
#: Two implementations agree when their final losses differ by less than this (relative) …
AGREE = 0.05
#: … and their test accuracies by less than this, or their learned w and b by less than this.
ACC_AGREE = 0.01
PARAMS_AGREE = 0.05


def experiment_base(kind: str, task: str) -> dict[str, Any]:
    """The course's values the experiment holds fixed (the varied one included, as a default)."""
    if kind not in EXPERIMENTS:
        raise ValueError(f"unknown experiment {kind!r}")
    base = course_values(task)
    if kind == "batch" and task != "linreg":
        base["epochs"] = BATCH_EPOCHS_IMAGES
    return base


def experiment_configs(kind: str, task: str, *, device: str = "auto",
                       data_dir: str | None = None) -> list[dict[str, Any]]:
    """One engine config per run of the experiment, at the course's values."""
    key, values = EXPERIMENTS[kind] if kind in EXPERIMENTS else (None, ())
    base = experiment_base(kind, task)
    base.update(device=device, data_dir=data_dir)
    return [dict(base, **{key: value}) for value in values]


@dataclass
class Experiment:
    """A comparison the user started: its kind, the fixed values and the runs it made."""

    kind: str
    task: str
    base: dict[str, Any]
    id: int = 0
    run_ids: list[int] = field(default_factory=list)
    pending: int = 0  # runs still queued
    cancelled: bool = False

    @property
    def key(self) -> str:
        return EXPERIMENTS[self.kind][0]

    @property
    def values(self) -> tuple:
        return EXPERIMENTS[self.kind][1]


@dataclass
class Outcome:
    """What one run of an experiment did."""

    value: Any  # the varied hyperparameter's value
    run_id: int
    verdict: str  # lr: diverged | oscillates | worse | crawls | close | best | fastest;
    # batch: lower | higher | diverged; impl: run; any: stopped | failed
    loss: float | None
    accuracy: float | None = None
    epochs: int = 0
    updates: int = 0
    seconds_per_epoch: float | None = None
    params: list[float] | None = None  # linear regression: learned w, then b


@dataclass
class Verdict:
    """An experiment's result: per-run outcomes and one summary the view puts into words."""

    kind: str
    complete: bool
    outcomes: list[Outcome]
    summary: str = ""  # lr: '' | batch: 'small_lower' / 'large_lower' | impl: 'agree' / 'differ'
    faster: Any = None  # batch: the size that was faster per epoch
    speedup: float | None = None  # … by this factor
    difference: float | None = None  # impl: largest difference of w and b (linear
    # regression) or relative difference of the final losses (classification)
    loss_ratio: float | None = None  # impl: concise loss / scratch loss


def judge(experiment: Experiment, runs: list[Run]) -> Verdict | None:
    """The verdict once every run of ``experiment`` has ended (None while any is going)."""
    if experiment.pending or any(r.live for r in runs):
        return None
    outcomes = [_outcome(experiment, r) for r in runs]
    complete = (not experiment.cancelled and len(runs) == len(experiment.values)
                and all(o.verdict not in ("stopped", "failed") for o in outcomes))
    verdict = Verdict(experiment.kind, complete, outcomes)
    if not complete:
        return verdict
    if experiment.kind == "lr":
        _judge_lr(verdict, runs)
    elif experiment.kind == "batch":
        _judge_batch(verdict)
    else:
        _judge_impl(verdict)
    return verdict


def _outcome(experiment: Experiment, run: Run) -> Outcome:
    value = run.config.get(experiment.key)
    loss = run.metrics.final_loss()
    last = run.epochs[-1] if run.epochs else None
    batches = run.step_args[3] if isinstance(run.step_args[3], int) else 0
    per_epoch = [e.seconds for e in run.epochs if e.seconds and e.seconds > 0]
    outcome = Outcome(value, run.id, "run", loss,
                      accuracy=last.test_acc if last is not None else None,
                      epochs=len(run.epochs), updates=batches * len(run.epochs),
                      seconds_per_epoch=float(np.median(per_epoch)) if per_epoch else None,
                      params=[*last.w, last.b] if last is not None and last.w is not None
                      else None)
    if run.status == "diverged" or (run.status == "completed" and loss is None):
        outcome.verdict = "diverged"
    elif run.status != "completed":
        outcome.verdict = "failed" if run.status == "failed" else "stopped"
    return outcome


def _epoch_losses(run: Run) -> np.ndarray:
    values = run.metrics.epoch_loss.view()
    return values[np.isfinite(values)]


def _judge_lr(verdict: Verdict, runs: list[Run]) -> None:
    by_id = {r.id: r for r in runs}
    alive = [o for o in verdict.outcomes if o.verdict != "diverged"]
    for o in alive:  # ended above where it started: as good as diverged
        start = by_id[o.run_id].metrics.first_loss()
        if start is not None and o.loss is not None and o.loss > start:
            o.verdict = "diverged"
    alive = [o for o in alive if o.verdict != "diverged"]
    if not alive:
        return
    best = min(alive, key=lambda o: o.loss)
    first_epoch = {o.run_id: float(_epoch_losses(by_id[o.run_id])[0]) for o in alive}
    best.verdict = ("fastest" if first_epoch[best.run_id] <= min(first_epoch.values())
                    else "best")
    for o in alive:
        if o is best:
            continue
        run = by_id[o.run_id]
        losses = _epoch_losses(run)
        rises = bool(len(losses) > 1 and np.any(losses[1:] > losses[:-1] * (1 + RISE)))
        behind = (o.loss > best.loss * (1 + SLOWER)
                  or first_epoch[o.run_id] > first_epoch[best.run_id] * (1 + SLOWER))
        if o.value > best.value:
            o.verdict = "oscillates" if rises else ("worse" if behind else "close")
        else:
            o.verdict = "crawls" if behind else "close"


def _judge_batch(verdict: Verdict) -> None:
    finished = [o for o in verdict.outcomes if o.verdict != "diverged" and o.loss is not None]
    if len(finished) == len(verdict.outcomes):
        small, large = sorted(finished, key=lambda o: o.value)
        lower = small if small.loss <= large.loss else large
        for o in finished:
            o.verdict = "lower" if o is lower else "higher"
        verdict.summary = "small_lower" if lower is small else "large_lower"
    timed = [o for o in verdict.outcomes if o.seconds_per_epoch]
    if len(timed) == 2:
        fast, slow = sorted(timed, key=lambda o: o.seconds_per_epoch)
        verdict.faster = fast.value
        verdict.speedup = slow.seconds_per_epoch / fast.seconds_per_epoch


def _judge_impl(verdict: Verdict) -> None:
    """Linear regression compares the learned w and b: the course's scratch squared_loss halves
    (ŷ − y)², nn.MSELoss does not, so equal models report losses a factor of 2 apart."""
    scratch, concise = sorted(verdict.outcomes, key=lambda o: o.value != "scratch")
    losses = [scratch.loss, concise.loss]
    if any(v is None or not math.isfinite(v) for v in losses):
        verdict.summary = "differ"
        return
    if losses[0] > 0:
        verdict.loss_ratio = losses[1] / losses[0]
    if scratch.params is not None and concise.params is not None:
        verdict.difference = float(np.max(np.abs(np.subtract(scratch.params, concise.params))))
        verdict.summary = "agree" if verdict.difference < PARAMS_AGREE else "differ"
        return
    verdict.difference = abs(losses[0] - losses[1]) / max(abs(losses[0]), abs(losses[1]), 1e-12)
    accuracies = [scratch.accuracy, concise.accuracy]
    same_acc = None in accuracies or abs(accuracies[0] - accuracies[1]) < ACC_AGREE
    verdict.summary = "agree" if verdict.difference < AGREE and same_acc else "differ"


#: Order in which the lr verdict reads: the failures first, the winner last.
LR_ORDER = ("diverged", "oscillates", "worse", "crawls", "close", "best", "fastest")


def ordered(verdict: Verdict) -> list[Outcome]:
    if verdict.kind != "lr" or not verdict.complete:
        return list(verdict.outcomes)
    return sorted(verdict.outcomes,
                  key=lambda o: LR_ORDER.index(o.verdict) if o.verdict in LR_ORDER else 0)
