"""One run's metrics as growing numpy buffers, and the scale rules for drawing many runs.

Qt-free: the worker's chunks land here, the plots read from here, and tests check the rules
(what counts as off the scale, where a run diverged) without a display.
"""

from __future__ import annotations

import math

import numpy as np

#: A run whose losses go this many times higher than where the runs on its axis started is off
#: the scale: it is drawn clipped, so one diverging run does not squash the others into a line.
START_FACTOR = 10.0
#: Clipped runs run along this much above the highest of the others.
HEADROOM = 1.5
#: A run's height is this percentile of its losses (one spike does not make it an outlier).
HIGH_PERCENTILE = 98


class GrowingBuffer:
    """A float64 array that doubles its capacity as values are appended (amortised O(1))."""

    def __init__(self, capacity: int = 256) -> None:
        self._data = np.empty(capacity, dtype=np.float64)
        self.n = 0

    def extend(self, values) -> None:
        values = np.asarray(values, dtype=np.float64).reshape(-1)
        need = self.n + len(values)
        if need > len(self._data):
            grown = np.empty(max(need, 2 * len(self._data)), dtype=np.float64)
            grown[: self.n] = self._data[: self.n]
            self._data = grown
        self._data[self.n : need] = values
        self.n = need

    def append(self, value: float) -> None:
        self.extend((value,))

    def view(self) -> np.ndarray:
        """The filled part (a view: copy it if you keep it past the next append)."""
        return self._data[: self.n]

    def __len__(self) -> int:
        return self.n


def ema_smooth(values: np.ndarray, weight: float, state: tuple[float, int] = (0.0, 0)
               ) -> tuple[np.ndarray, tuple[float, int]]:
    """Debiased exponential moving average, as TensorBoard's smoothing slider computes it.

    Starts from zero and divides by ``1 - weight**k`` so the first points are not pulled toward
    zero. ``state`` = (running average, count) lets new points be smoothed incrementally.
    Non-finite values pass through unsmoothed and do not disturb the average.
    """
    last, count = state
    out = np.empty(len(values), dtype=np.float64)
    if weight <= 0:
        out[:] = values
        return out, state
    one_minus = 1.0 - weight
    for i, v in enumerate(np.asarray(values, dtype=np.float64).tolist()):
        if v != v or v in (float("inf"), float("-inf")):
            out[i] = v
            continue
        last = last * weight + one_minus * v
        count += 1
        out[i] = last / (1.0 - weight**count)
    return out, (last, count)


class RunMetrics:
    """Per-batch and per-epoch values of one run; versions tell the plots what changed."""

    def __init__(self) -> None:
        self.batch_x = GrowingBuffer(1024)
        self.batch_loss = GrowingBuffer(1024)
        self.epoch_x = GrowingBuffer(16)
        self.epoch_loss = GrowingBuffer(16)
        self.train_acc = GrowingBuffer(16)
        self.test_acc = GrowingBuffer(16)
        self.smooth = GrowingBuffer(1024)
        self._smooth_state: tuple[float, int] = (0.0, 0)
        self._smooth_weight = -1.0
        #: (progress, last finite loss) where the loss stopped being a finite number.
        self.diverged_at: tuple[float, float] | None = None
        self.batch_version = 0
        self.epoch_version = 0
        self._high: tuple[int, float | None, float] = (-1, None, 0.0)

    def add_batches(self, xs, losses) -> None:
        """Keep the finite losses; the first non-finite one marks where the run diverged."""
        xs = np.asarray(xs, dtype=np.float64).reshape(-1)
        losses = np.asarray(losses, dtype=np.float64).reshape(-1)
        finite = np.isfinite(losses)
        if not finite.all() and self.diverged_at is None:
            first = int(np.argmin(finite))
            self.mark_divergence(float(xs[first]))
        self.batch_x.extend(xs[finite])
        self.batch_loss.extend(losses[finite])
        self.batch_version += 1

    def add_epoch(self, x: float, loss: float, train_acc: float | None,
                  test_acc: float | None) -> None:
        self.epoch_x.append(x)
        self.epoch_loss.append(loss if math.isfinite(loss) else np.nan)
        self.train_acc.append(np.nan if train_acc is None else train_acc)
        self.test_acc.append(np.nan if test_acc is None else test_acc)
        self.epoch_version += 1

    def mark_divergence(self, x: float | None = None) -> None:
        """Remember where the loss left the finite numbers (at ``x``, or after the last point)."""
        if self.diverged_at is not None:
            return
        losses = self.batch_loss.view()
        last_y = float(losses[-1]) if len(losses) else math.nan
        if x is None:
            x = float(self.batch_x.view()[-1]) if len(self.batch_x) else 0.0
        self.diverged_at = (x, last_y)
        self.batch_version += 1

    def smoothed(self, weight: float) -> np.ndarray:
        """Smoothed batch losses; only new points are processed unless the weight changed."""
        if weight != self._smooth_weight:
            self.smooth = GrowingBuffer(max(1024, len(self.batch_loss)))
            self._smooth_state = (0.0, 0)
            self._smooth_weight = weight
        done = len(self.smooth)
        if done < len(self.batch_loss):
            out, self._smooth_state = ema_smooth(self.batch_loss.view()[done:], weight,
                                                 self._smooth_state)
            self.smooth.extend(out)
        return self.smooth.view()

    def first_loss(self) -> float | None:
        """The first reported loss: about where every run of the same task and data starts."""
        losses = self.batch_loss.view()
        if len(losses):
            return float(losses[0])
        finite = self.epoch_loss.view()[np.isfinite(self.epoch_loss.view())]
        return float(finite[0]) if len(finite) else None

    def final_loss(self) -> float | None:
        values = self.epoch_loss.view()
        return float(values[-1]) if len(values) and math.isfinite(values[-1]) else None

    def _heights(self) -> tuple[float | None, float]:
        """(high, highest) loss, computed once per new chunk (redraws ask 30 times a second)."""
        version, high, highest = self._high
        if version != self.batch_version:
            losses = self.batch_loss.view()
            high = float(np.percentile(losses, HIGH_PERCENTILE)) if len(losses) else None
            highest = float(losses.max()) if len(losses) else 0.0
            self._high = (self.batch_version, high, highest)
        return high, highest

    def high_loss(self) -> float | None:
        """How high the run's losses go, ignoring the top few."""
        return self._heights()[0]

    def max_loss(self) -> float:
        return self._heights()[1]


def display_scale(levels: list[tuple[float | None, float | None, float | None]]
                  ) -> tuple[float | None, set[int]]:
    """(cap, outliers) for runs drawn on one axis, from each run's (first, high, highest) loss.

    Runs on one axis measure the same loss on the same data, so they start at about the same
    loss; the lowest first report is the reference (a huge learning rate spoils its own first
    report, which averages several batches). A run whose height exceeds ``START_FACTOR`` times
    the reference is an outlier, drawn clipped at ``cap``: a little above the highest point of
    the others, or at ``START_FACTOR`` times the reference when it is alone. Without outliers
    nothing is clipped (cap None).
    """
    starts = [s for s, _h, _t in levels if _positive(s)]
    if not starts:
        return None, set()
    reference = min(starts)
    outliers = {i for i, (_s, h, _t) in enumerate(levels)
                if _positive(h) and h > START_FACTOR * reference}
    if not outliers:
        return None, set()
    tops = [t for i, (_s, _h, t) in enumerate(levels) if i not in outliers and _positive(t)]
    cap = HEADROOM * max(tops) if tops else START_FACTOR * reference
    return cap, outliers


def _positive(value: float | None) -> bool:
    return value is not None and math.isfinite(value) and value > 0


def clip_for_display(values: np.ndarray, cap: float | None) -> np.ndarray:
    """Values above ``cap`` drawn at ``cap``: the curve runs along the top instead of rescaling."""
    if cap is None or not len(values):
        return values
    return np.minimum(values, cap)
