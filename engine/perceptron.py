"""The course's perceptron, one sample at a time, with its convergence theorem and XOR cycling.

Training rule (labels ±1, w and b start at 0, samples visited in order)::

    if y·(⟨w, x⟩ + b) ≤ 0:   w ← w + y·x,   b ← b + y

which is SGD with batch size 1 and learning rate 1 on ℓ(w, b) = max(0, −y(⟨w, x⟩ + b)).
Training stops after an epoch without mistakes.

Convergence theorem (as the lecture states it): if every ‖x‖ ≤ r and some (w*, b*) with
‖w*‖² + b*² ≤ 1 has y(⟨w*, x⟩ + b*) ≥ ρ > 0 for all samples, the perceptron makes at most
(r² + 1)/ρ² updates. The bound holds for *any* such separator, and is tightest for the one with
the largest ρ: the hard-margin separator in the augmented space z = (x, 1). :func:`max_margin`
solves that problem's dual with accelerated projected gradient (FISTA) and reports ρ of the
separator it ends with, measured exactly on the data. So the ρ shown is always achieved by a real
separator (hence the bound is always valid) and equals the maximum margin once the solver has
converged (it does to ~1e-6 on the lab's data sets).

On data no line separates (XOR) the perceptron never has a clean epoch. With samples visited in
a fixed order the weights at the start of an epoch determine everything after, so when they
repeat the run is provably cycling; otherwise (noisy coordinates) an epoch limit ends it.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Literal

import numpy as np

Status = Literal["ready", "running", "converged", "cycling", "epoch_limit", "empty"]


@dataclass(frozen=True)
class PerceptronStep:
    """What one call to :meth:`Perceptron.step` did (enough for the GUI to animate it)."""

    index: int                 # which sample was looked at
    x: np.ndarray              # its features
    label: float               # its class, ±1
    score: float               # y·(⟨w, x⟩ + b) before the step; ≤ 0 means a mistake
    mistake: bool
    w_before: np.ndarray
    b_before: float
    w: np.ndarray              # after the step (equal to w_before when no mistake)
    b: float
    epoch: int                 # the epoch this sample belongs to (0-based)
    updates: int               # total updates so far, this one included
    epoch_done: bool           # this sample closed its epoch
    status: Status             # status after the step


@dataclass
class Perceptron:
    """Step-by-step perceptron on ``X`` (n, d) with labels ``y`` of ±1."""

    X: np.ndarray
    y: np.ndarray
    max_epochs: int = 1000
    shuffle: bool = False
    seed: int | None = 0
    w: np.ndarray = field(init=False)
    b: float = field(init=False, default=0.0)
    updates: int = field(init=False, default=0)
    epoch: int = field(init=False, default=0)
    position: int = field(init=False, default=0)
    mistakes_per_epoch: list[int] = field(init=False, default_factory=list)
    status: Status = field(init=False, default="ready")
    cycle_epochs: tuple[int, int] | None = field(init=False, default=None)

    def __post_init__(self) -> None:
        self.X = np.asarray(self.X, dtype=np.float64)
        if self.X.ndim != 2:
            raise ValueError("X must be a 2-D array (samples × features)")
        self.y = np.asarray(self.y, dtype=np.float64).reshape(-1)
        if len(self.X) != len(self.y):
            raise ValueError(f"{len(self.X)} samples but {len(self.y)} labels")
        if len(self.y) and not np.all(np.isin(self.y, (-1.0, 1.0))):
            raise ValueError("perceptron labels must be +1 or −1")
        if self.max_epochs < 1:
            raise ValueError("max_epochs must be at least 1")
        self.reset()

    # ------------------------------------------------------------------ state
    def reset(self) -> None:
        """Back to w = 0, b = 0 before the first sample."""
        self.w = np.zeros(self.X.shape[1])
        self.b = 0.0
        self.updates = 0
        self.epoch = 0
        self.position = 0
        self.mistakes_per_epoch = []
        self._epoch_mistakes = 0
        self._seen: dict[bytes, int] = {}
        self.cycle_epochs = None
        self._rng = np.random.default_rng(self.seed)
        self._order = self._new_order()
        self.status = "empty" if len(self.y) == 0 else "ready"
        self._remember_epoch_start()

    @property
    def finished(self) -> bool:
        return self.status in ("converged", "cycling", "epoch_limit", "empty")

    @property
    def epoch_mistakes(self) -> int:
        """Mistakes so far in the epoch under way."""
        return self._epoch_mistakes

    @property
    def current_index(self) -> int | None:
        """The sample the next step will look at."""
        return None if self.finished else int(self._order[self.position])

    def predict(self, X: np.ndarray) -> np.ndarray:
        """sign(⟨w, x⟩ + b) with 0 counted as −1 (the point is on the wrong side or on the line)."""
        return np.where(np.asarray(X, dtype=np.float64) @ self.w + self.b > 0, 1.0, -1.0)

    def accuracy(self) -> float:
        if not len(self.y):
            return 0.0
        return float(np.mean(self.predict(self.X) == self.y))

    # ------------------------------------------------------------------ training
    def step(self) -> PerceptronStep | None:
        """Look at one sample; update on a mistake. None once training has finished."""
        if self.finished:
            return None
        self.status = "running"
        i = int(self._order[self.position])
        x, label = self.X[i], float(self.y[i])
        w_before, b_before = self.w.copy(), self.b
        score = label * (float(x @ self.w) + self.b)
        mistake = score <= 0
        if mistake:
            self.w = self.w + label * x
            self.b = self.b + label
            self.updates += 1
            self._epoch_mistakes += 1
        epoch = self.epoch
        self.position += 1
        epoch_done = self.position == len(self.y)
        if epoch_done:
            self._close_epoch()
        return PerceptronStep(i, x.copy(), label, score, mistake, w_before, b_before,
                              self.w.copy(), self.b, epoch, self.updates, epoch_done, self.status)

    def steps(self) -> Iterator[PerceptronStep]:
        """Yield steps until training finishes."""
        while (s := self.step()) is not None:
            yield s

    def run_epoch(self) -> int:
        """Finish the current epoch; returns its mistakes."""
        while not self.finished:
            s = self.step()
            if s is not None and s.epoch_done:
                return self.mistakes_per_epoch[-1]
        return self.mistakes_per_epoch[-1] if self.mistakes_per_epoch else 0

    def run(self, max_steps: int | None = None) -> Status:
        """Step until finished (or ``max_steps`` samples); returns the status."""
        n = 0
        while not self.finished and (max_steps is None or n < max_steps):
            self.step()
            n += 1
        return self.status

    def _close_epoch(self) -> None:
        self.mistakes_per_epoch.append(self._epoch_mistakes)
        clean = self._epoch_mistakes == 0
        self._epoch_mistakes = 0
        self.position = 0
        self.epoch += 1
        self._order = self._new_order()
        if clean:
            self.status = "converged"
        elif not self._remember_epoch_start():
            self.status = "cycling"
        elif self.epoch >= self.max_epochs:
            self.status = "epoch_limit"

    def _remember_epoch_start(self) -> bool:
        """Record (w, b) at an epoch start; False when the same state was seen before."""
        if self.shuffle or not len(self.y):
            return True  # with reshuffling a repeat proves nothing
        key = np.append(self.w, self.b).round(9).tobytes()
        if key in self._seen:
            self.cycle_epochs = (self._seen[key], self.epoch)
            return False
        self._seen[key] = self.epoch
        return True

    def _new_order(self) -> np.ndarray:
        n = len(self.y)
        return self._rng.permutation(n) if self.shuffle else np.arange(n)


# ---------------------------------------------------------------------------- the loss view
def perceptron_loss(w: np.ndarray, b: float, x: np.ndarray, y: float) -> float:
    """ℓ(w, b) = max(0, −y(⟨w, x⟩ + b)), the loss whose SGD step is the perceptron update."""
    return max(0.0, -y * (float(np.dot(w, x)) + b))


def perceptron_subgradient(w: np.ndarray, b: float, x: np.ndarray,
                           y: float) -> tuple[np.ndarray, float]:
    """(∂ℓ/∂w, ∂ℓ/∂b), choosing −y·(x, 1) on the kink y(⟨w, x⟩ + b) = 0 as the perceptron does."""
    if y * (float(np.dot(w, x)) + b) <= 0:
        return -y * np.asarray(x, dtype=np.float64), -y
    return np.zeros(len(x)), 0.0


# ---------------------------------------------------------------------------- the theorem
def radius(X: np.ndarray) -> float:
    """r = max ‖x‖ over the samples (0 for no samples)."""
    X = np.asarray(X, dtype=np.float64)
    return float(np.max(np.linalg.norm(X, axis=1))) if len(X) else 0.0


def convergence_bound(r: float, rho: float) -> float:
    """(r² + 1)/ρ²: the most updates the perceptron can make when margin ρ is achievable."""
    if rho <= 0:
        return math.inf
    return (r * r + 1.0) / (rho * rho)


@dataclass(frozen=True)
class Margin:
    """Outcome of :func:`max_margin`.

    ``w``, ``b`` are scaled so ‖w‖² + b² = 1 and ``rho`` = min y(⟨w, x⟩ + b) over the samples
    (> 0 exactly when they separate the data). ``method`` names where the separator came from.
    """

    separable: bool
    rho: float
    w: np.ndarray
    b: float
    method: str


def margin_of(w: np.ndarray, b: float, X: np.ndarray, y: np.ndarray) -> float:
    """min y(⟨w, x⟩ + b)/‖(w, b)‖: the theorem's ρ achieved by this particular (w, b)."""
    norm = math.sqrt(float(np.dot(w, w)) + b * b)
    if norm == 0 or not len(y):
        return 0.0
    return float(np.min(y * (np.asarray(X) @ w + b))) / norm


def max_margin(X: np.ndarray, y: np.ndarray, iterations: int = 20000,
               tol: float = 1e-6) -> Margin:
    """The separator with the largest ρ under ‖w‖² + b² ≤ 1 (the theorem's ρ), if any.

    Solves the hard-margin problem min ½‖v‖² s.t. y_i⟨v, (x_i, 1)⟩ ≥ 1 through its dual
    (α ≥ 0, v = Σ α_i y_i (x_i, 1)) by FISTA; on separable data ρ = 1/‖v*‖. For 2-D inputs an exact
    combinatorial search also decides separability and offers its own separator, so a slow solve
    never makes separable data look inseparable. The returned ρ is the best one measured.
    """
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64).reshape(-1)
    d = X.shape[1] if X.ndim == 2 else 2
    none = Margin(False, 0.0, np.zeros(d), 0.0, "none")
    if len(y) == 0:
        return none
    if np.all(y == y[0]):
        # One class: any far-away line separates; ρ → 1 as the line recedes (w → 0, b → ±1).
        margin = margin_of(np.zeros(d), float(y[0]), X, y)
        return Margin(True, margin, np.zeros(d), float(y[0]), "one class")
    candidates: list[tuple[float, np.ndarray, float, str]] = []
    Xs, ys = X, y
    if d == 2:
        # min over a class of ⟨w, x⟩ + b is reached at a vertex of its convex hull, so the hulls'
        # vertices decide both questions exactly, and there are far fewer of them.
        keep = np.concatenate([np.flatnonzero(y > 0)[convex_hull(X[y > 0])],
                               np.flatnonzero(y < 0)[convex_hull(X[y < 0])]])
        Xs, ys = X[keep], y[keep]
        sep = _separating_line_2d(Xs, ys)
        if sep is None:
            return none  # exact: no line separates these points
        w, b = sep
        candidates.append((margin_of(w, b, X, y), w, b, "2-D search"))
    v = _dual_fista(Xs, ys, iterations, tol)
    if v is not None:
        w, b = v[:-1], float(v[-1])
        candidates.append((margin_of(w, b, X, y), w, b, "dual"))
    candidates = [c for c in candidates if c[0] > 0]
    if not candidates:
        return none
    rho, w, b, method = max(candidates, key=lambda c: c[0])
    norm = math.sqrt(float(np.dot(w, w)) + b * b)
    return Margin(True, rho, w / norm, b / norm, method)


def convex_hull(P: np.ndarray) -> np.ndarray:
    """Indices of the vertices of the convex hull of 2-D points (Andrew's monotone chain).

    Collinear boundary points are dropped; a single point or a segment gives its end points.
    """
    P = np.asarray(P, dtype=np.float64)
    n = len(P)
    if n <= 2:
        return np.arange(n)
    order = np.lexsort((P[:, 1], P[:, 0]))

    def half(indices: np.ndarray) -> list[int]:
        chain: list[int] = []
        for i in indices:
            while len(chain) >= 2:
                o, a = P[chain[-2]], P[chain[-1]]
                cross = (a[0] - o[0]) * (P[i][1] - o[1]) - (a[1] - o[1]) * (P[i][0] - o[0])
                if cross > 1e-12:
                    break
                chain.pop()
            chain.append(int(i))
        return chain

    lower, upper = half(order), half(order[::-1])
    hull = lower[:-1] + upper[:-1]
    return np.unique(np.array(hull if hull else [order[0], order[-1]]))


def _dual_fista(X: np.ndarray, y: np.ndarray, iterations: int, tol: float) -> np.ndarray | None:
    """v = Σ α_i z_i from the hard-margin dual; None if it does not separate the data."""
    Z = y[:, None] * np.column_stack([X, np.ones(len(y))])
    gram = Z @ Z.T
    lipschitz = float(np.linalg.eigvalsh(gram)[-1])
    if lipschitz == 0:
        return None
    step = 1.0 / lipschitz
    alpha = np.zeros(len(y))
    momentum = alpha.copy()
    t = 1.0
    for k in range(iterations):
        grad = gram @ momentum - 1.0
        new = np.maximum(momentum - step * grad, 0.0)
        t_new = (1 + math.sqrt(1 + 4 * t * t)) / 2
        momentum = new + ((t - 1) / t_new) * (new - alpha)
        alpha, t = new, t_new
        if k % 50 == 49:
            margins = gram @ alpha
            if margins.min() > 0:
                # Projected-gradient optimality: free α have margin 1, zero α have margin ≥ 1.
                g = margins - 1.0
                violation = np.where(alpha > 0, np.abs(g), np.maximum(-g, 0.0))
                if violation.max() < tol * max(1.0, float(margins.max())):
                    break
            if not np.isfinite(alpha).all() or alpha.max() > 1e12:
                break  # the dual is unbounded: no separator exists
    v = Z.T @ alpha
    if not np.isfinite(v).all() or np.min(Z @ v) <= 0:
        return None
    return v


def _separating_line_2d(X: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, float] | None:
    """An affine separator of 2-D data if one exists (exact), else None.

    The max-margin line's normal is parallel to x_i − x_j (one support point per class) or
    perpendicular to it (two support points of one class), so trying those directions for all
    pairs finds a separating direction whenever there is one.
    """
    n = len(y)
    i, j = np.triu_indices(n, k=1)
    diff = X[i] - X[j]
    dirs = np.vstack([diff, np.column_stack([-diff[:, 1], diff[:, 0]])])
    norms = np.linalg.norm(dirs, axis=1)
    dirs = dirs[norms > 1e-12] / norms[norms > 1e-12, None]
    if not len(dirs):
        return None
    best_gap, best = 0.0, None
    pos, neg = X[y > 0], X[y < 0]
    for chunk in range(0, len(dirs), 4096):
        u = dirs[chunk:chunk + 4096]
        p, q = pos @ u.T, neg @ u.T
        for sign in (1.0, -1.0):
            gap = (sign * p).min(axis=0) - (sign * q).max(axis=0)
            k = int(np.argmax(gap))
            if gap[k] > best_gap:
                best_gap = float(gap[k])
                lo, hi = (sign * q[:, k]).max(), (sign * p[:, k]).min()
                best = (sign * u[k], -float(lo + hi) / 2)
    return best
