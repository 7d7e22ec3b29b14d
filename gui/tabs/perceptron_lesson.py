"""The perceptron tab's state and course rules, without Qt (tests drive it without a display).

:class:`PerceptronLesson` holds the 2-D points, the perceptron being trained on them, the
convergence theorem's margin and what the lesson explains when no line fits.
:class:`MlpLesson` holds the multilayer perceptron trained on the same points and decides when
its training is done. The views render these and forward what the user does.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from engine import mlp2d, toy2d
from engine import perceptron as P

LIMIT = toy2d.LIMIT
NONSEPARABLE_EPOCHS = 100  # epoch limit when no line separates the data (noisy coordinates)
NOISE_DEFAULTS = {"separable": 0.0, "xor_noisy": 0.35, "circles": 0.1}
SYNC_MARGIN_POINTS = 40    # in 3-D feature space the margin of more points is found on a worker
PENDING_EPOCHS = 10_000    # epoch limit while that computation runs
REMOVE_RADIUS = 0.5        # Ctrl-click removes the nearest point only if it is this close
XOR_KINDS = ("xor_corners", "xor_noisy")

MLP_MAX_STEPS = 50_000
MLP_SOLVED_LOSS = 0.05     # every point right *and* a loss this small: training is done


class PerceptronLesson:
    """The points, the perceptron trained on them and the theorem's numbers."""

    def __init__(self) -> None:
        self.seed = 5
        self.data = toy2d.separable(50, 0.3, 0.0, seed=self.seed)
        self.generated = True          # the points came from a generator (not clicks or a file)
        self.featured = False          # train on (x₁, x₂, x₁x₂) instead of (x₁, x₂)
        self.kind = "separable"
        self.margin: P.Margin | None = None
        self.last_step: P.PerceptronStep | None = None
        self.perceptron = P.Perceptron(self.features(), self.data.y,
                                       max_epochs=PENDING_EPOCHS)

    # ------------------------------------------------------------------ data
    def generate(self, kind: str, n: int, margin: float, noise: float, new_seed: bool) -> None:
        """Draw a set of ``kind``; raises ValueError (and changes nothing) on bad settings."""
        seed = self.seed + 1 if new_seed else self.seed
        data = toy2d.make(kind, n, margin, noise, seed=seed)
        self.seed, self.kind, self.data, self.generated = seed, kind, data, True

    def add_point(self, x: float, y: float, label: int) -> None:
        self.data = self.data.add(x, y, label)
        self.generated = False

    def remove_point_near(self, x: float, y: float) -> bool:
        """Remove the point nearest (x, y) if it is close; True when one went."""
        before = len(self.data)
        self.data = self.data.remove_nearest(x, y, REMOVE_RADIUS)
        if len(self.data) == before:
            return False
        self.generated = False
        return True

    def clear(self) -> None:
        self.data = toy2d.empty()
        self.generated = False

    def set_data(self, data: toy2d.Toy2D) -> None:
        self.data = data.copy()
        self.generated = False

    def features(self) -> np.ndarray:
        return toy2d.xor_feature(self.data.X) if self.featured else self.data.X

    # ------------------------------------------------------------------ the theorem
    def margin_needs_worker(self) -> bool:
        """ρ is found at once in 2-D (exact and fast); many points in 3-D take a while."""
        return self.featured and len(self.data) > SYNC_MARGIN_POINTS

    def restart(self, margin: P.Margin | None) -> None:
        """Fresh perceptron for the current points; ``margin`` None while it is computed."""
        self.margin = margin
        self.perceptron = P.Perceptron(self.features(), self.data.y,
                                       max_epochs=self.epoch_limit())
        self.last_step = None

    def compute_margin(self) -> P.Margin:
        return P.max_margin(self.features(), self.data.y)

    def margin_ready(self, margin: P.Margin) -> None:
        self.margin = margin
        self.perceptron.max_epochs = self.epoch_limit()

    def epoch_limit(self) -> int:
        """Separable: enough epochs for the bound (every epoch but the last has an update)."""
        if self.margin is None:
            return PENDING_EPOCHS
        if self.margin.separable:
            bound = P.convergence_bound(P.radius(self.features()), self.margin.rho)
            return int(min(max(bound + 2, 10), 10_000_000))
        return NONSEPARABLE_EPOCHS

    def radius(self) -> float:
        return P.radius(self.perceptron.X)

    def bound(self) -> float | None:
        """(r² + 1)/ρ² when a separating line is known, else None."""
        if self.margin is None or not self.margin.separable:
            return None
        return P.convergence_bound(self.radius(), self.margin.rho)

    def explanation(self) -> str | None:
        """What the lesson explains under the theorem: ``"xor"`` (the four-corner proof),
        ``"no_line"`` (no line at all) or None while a line exists or ρ is unknown."""
        if not len(self.data) or self.margin is None or self.margin.separable:
            return None
        if self.kind in XOR_KINDS or self.data.counts() == (2, 2):
            return "xor"
        return "no_line"

    # ------------------------------------------------------------------ training
    def step(self) -> P.PerceptronStep | None:
        s = self.perceptron.step()
        if s is not None:
            self.last_step = s
        return s

    def run(self, n: int) -> None:
        for _ in range(n):
            if self.step() is None:
                break

    def reset(self) -> None:
        self.perceptron.reset()
        self.last_step = None

    def shown_epoch(self) -> tuple[int, int]:
        """(epoch number counted from 1, mistakes in it) as the status line shows them."""
        p = self.perceptron
        mistakes = p.mistakes_per_epoch[-1] if p.finished and p.mistakes_per_epoch \
            else p.epoch_mistakes
        return p.epoch + (0 if p.finished else 1), mistakes

    def mistake_counts(self) -> np.ndarray:
        """Mistakes of every epoch so far, the running one included."""
        p = self.perceptron
        counts = list(p.mistakes_per_epoch)
        if not p.finished and p.position > 0:
            counts.append(p.epoch_mistakes)
        return np.array(counts, dtype=float)

    def region(self, grid: int) -> np.ndarray | None:
        """1 where ⟨w, x⟩ + b > 0 on a grid × grid raster of the canvas; None before any update."""
        w, b = self.perceptron.w, self.perceptron.b
        if not w.any() and b == 0:
            return None
        axis = mlp2d.grid_axis(grid, LIMIT)
        gx, gy = np.meshgrid(axis, axis)
        score = w[0] * gx + w[1] * gy + b + (w[2] * gx * gy if self.featured else 0.0)
        return np.where(score > 0, 1.0, 0.0)

    def boundary(self) -> tuple[np.ndarray, np.ndarray] | None:
        """The decision boundary as a NaN-broken path (a line, or a hyperbola with x₁x₂)."""
        w, b = self.perceptron.w, self.perceptron.b
        if not w.any() and b == 0:
            return None
        if self.featured:
            return feature_boundary(w, b, LIMIT)
        return line_segment(float(w[0]), float(w[1]), b, LIMIT)


@dataclass
class MlpSettings:
    hidden: int = 8
    activation: str = "tanh"
    lr: float = 0.3
    xor_feature: bool = False


class MlpLesson:
    """The multilayer perceptron and the rule that ends its training on its own."""

    def __init__(self) -> None:
        self.seed = -1
        self.mlp: mlp2d.MLP2D | None = None
        self.loss = math.nan

    def reset(self, settings: MlpSettings, data: toy2d.Toy2D) -> None:
        """New random weights; raises ValueError (keeping the old net) on bad settings."""
        mlp = mlp2d.MLP2D(settings.hidden, settings.activation, settings.lr, seed=self.seed + 1,
                          xor_feature=settings.xor_feature)
        self.seed += 1
        self.mlp = mlp
        self.refresh_loss(data)

    def refresh_loss(self, data: toy2d.Toy2D) -> None:
        self.loss = self.mlp.loss(data.X, data.y) if self.mlp and len(data) else math.nan

    def train(self, data: toy2d.Toy2D, steps: int) -> None:
        if self.mlp is None or not len(data):
            return
        for _ in range(steps):
            self.loss = self.mlp.train_step(data.X, data.y)

    def accuracy(self, data: toy2d.Toy2D) -> float:
        return self.mlp.accuracy(data.X, data.y) if self.mlp and len(data) else math.nan

    def outcome(self, data: toy2d.Toy2D) -> str | None:
        """Why live training should stop now: ``"solved"`` (every point right and the loss
        small), ``"diverged"``, ``"step_limit"``, or None to go on."""
        if self.mlp is None or not len(data):
            return None
        if not math.isfinite(self.loss):
            return "diverged"
        if self.loss < MLP_SOLVED_LOSS and self.accuracy(data) == 1.0:
            return "solved"
        if self.mlp.steps >= MLP_MAX_STEPS:
            return "step_limit"
        return None


def line_segment(a: float, b: float, c: float, limit: float) -> tuple[np.ndarray, np.ndarray]:
    """The part of a·x₁ + b·x₂ + c = 0 inside [−limit, limit]² as two end points (NaN if none).

    Computed by clipping rather than sampling so the line stays exact at any zoom.
    """
    pts: list[tuple[float, float]] = []
    if abs(b) > 1e-12:
        for x in (-limit, limit):
            yv = -(a * x + c) / b
            if -limit - 1e-9 <= yv <= limit + 1e-9:
                pts.append((x, yv))
    if abs(a) > 1e-12:
        for yv in (-limit, limit):
            x = -(b * yv + c) / a
            if -limit - 1e-9 <= x <= limit + 1e-9:
                pts.append((x, yv))
    if len(pts) < 2:
        return np.array([np.nan, np.nan]), np.array([np.nan, np.nan])
    pts.sort()
    (x0, y0), (x1, y1) = pts[0], pts[-1]
    return np.array([x0, x1]), np.array([y0, y1])


def lines_path(lines: list[tuple[float, float, float]],
               limit: float) -> tuple[np.ndarray, np.ndarray]:
    """Many lines as one NaN-separated path (draw with ``connect='finite'``: one item for all)."""
    xs: list[float] = []
    ys: list[float] = []
    for a, b, c in lines:
        lx, ly = line_segment(a, b, c, limit)
        xs += [*lx, np.nan]
        ys += [*ly, np.nan]
    return np.array(xs, dtype=np.float64), np.array(ys, dtype=np.float64)


def feature_boundary(w: np.ndarray, b: float, limit: float) -> tuple[np.ndarray, np.ndarray]:
    """w₁x₁ + w₂x₂ + w₃x₁x₂ + b = 0 (a hyperbola, or a pair of lines) as one NaN-broken path.

    Solved for x₂ over x₁ and for x₁ over x₂ and both pieces drawn, so steep branches and the
    degenerate cross (e.g. x₁x₂ = 0) are complete.
    """
    t = np.linspace(-limit, limit, 801)
    with np.errstate(divide="ignore", invalid="ignore"):
        denom_y = w[1] + w[2] * t
        x2 = -(w[0] * t + b) / denom_y
        denom_x = w[0] + w[2] * t
        x1 = -(w[1] * t + b) / denom_x
    x2[(np.abs(denom_y) < 1e-9) | ~(np.abs(x2) <= limit)] = np.nan
    x1[(np.abs(denom_x) < 1e-9) | ~(np.abs(x1) <= limit)] = np.nan
    xs = np.concatenate([t, [np.nan], x1])
    ys = np.concatenate([x2, [np.nan], t])
    return xs, ys


def w_display(w: np.ndarray) -> tuple[float, float]:
    """w drawn from the origin, shortened to fit the canvas (its direction is what matters)."""
    x, y = float(w[0]), float(w[1])
    norm = math.hypot(x, y)
    if norm > LIMIT * 0.8:
        x, y = x / norm * LIMIT * 0.8, y / norm * LIMIT * 0.8
    return x, y


def format_bound(bound: float) -> str:
    if not math.isfinite(bound):
        return "∞"
    return f"{bound:,.1f}" if bound < 1e6 else f"{bound:.3g}"
