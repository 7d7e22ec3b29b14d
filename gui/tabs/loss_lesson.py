"""The losses tab's state and course rules, without Qt (tests drive it without a display).

Three small lessons, each recomputed in well under a millisecond by :mod:`engine.losses` and
:mod:`engine.optim_demos`: gradient descent on a loss (L2, L1, Huber) from one residual, the
learning rate on two quadratics, and minibatch noise in linear regression.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from engine import losses
from engine import optim_demos as od

R_MIN, R_MAX = -3.0, 3.0
ANIM_STEPS = 40
SETTLE_TOL = 0.05         # "within 0.05 of the optimum and staying"
QUAD_A = 1.0               # 1-D curvature: f(x) = ½·x²
QUAD_2D = od.Quadratic2D(0.5, 2.0)   # 2-D curvatures: the steep one limits the learning rate
X0_1D = 2.5
P0_2D = (-2.2, 1.6)
SGD_LR = 0.05
SGD_STEPS = 150
WOBBLE_STEPS = 50


@dataclass
class LossDescent:
    """Gradient descent on each loss from one start; ``step`` is where the animation is."""

    name: str = "l2"
    delta: float = 1.0
    lr: float = 0.3
    start: float = 2.8
    step: int = ANIM_STEPS
    paths: dict[str, np.ndarray] = field(default_factory=dict)

    def compute(self) -> None:
        self.paths = {n: od.gd_on_loss(n, self.start, self.lr, ANIM_STEPS, self.delta)
                      for n in losses.LOSS_NAMES}

    @property
    def path(self) -> np.ndarray:
        return self.paths[self.name]

    def last_step(self) -> int:
        return min(ANIM_STEPS, len(self.path) - 1)

    def advance(self) -> bool:
        """One animation step; False once the descent has shown all its steps."""
        self.step = min(self.step + 1, self.last_step())
        return self.step < self.last_step()

    def position(self) -> float:
        """ŷ − y of the moving point."""
        return float(self.path[min(self.step, len(self.path) - 1)])

    def gradient(self) -> float:
        return float(losses.grad(self.name, np.array(self.position()), self.delta))

    def settle_steps(self) -> dict[str, int | None]:
        """Steps until each loss's descent stays within :data:`SETTLE_TOL` (None: never)."""
        return {n: od.steps_to_reach(p, SETTLE_TOL) for n, p in self.paths.items()}

    def curves(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """(residuals, loss, derivative, likelihood) over the plotted range; the L1 derivative
        is broken at its jump rather than drawn as a vertical bar."""
        r = np.linspace(R_MIN, R_MAX, 601)
        d = np.asarray(losses.grad(self.name, r, self.delta), dtype=float)
        if self.name == "l1":
            d = d.copy()
            d[np.abs(r) < 1e-12] = np.nan
        return (r, losses.loss(self.name, r, self.delta), d,
                losses.likelihood(self.name, r, self.delta))


@dataclass
class LearningRate:
    """Gradient descent with one learning rate on ½x² and on a 2-D bowl."""

    lr: float = 0.3
    steps: int = 20
    path_1d: np.ndarray = field(default_factory=lambda: np.zeros(1))
    path_2d: np.ndarray = field(default_factory=lambda: np.zeros((1, 2)))

    def compute(self) -> None:
        self.path_1d = od.gd_1d(QUAD_A, X0_1D, self.lr, self.steps)
        self.path_2d = od.gd_2d(QUAD_2D, P0_2D, self.lr, self.steps)

    def regime_1d(self) -> str:
        return od.lr_regime(self.lr, QUAD_A)

    def regime_2d(self) -> str:
        return od.lr_regime(self.lr, [QUAD_2D.a1, QUAD_2D.a2])

    def distance_1d(self) -> float:
        """Distance to the optimum after the last step, as a fraction of the start's."""
        return abs(float(self.path_1d[-1])) / X0_1D

    def distance_2d(self) -> float:
        return float(np.linalg.norm(self.path_2d[-1]) / np.linalg.norm(P0_2D))


@dataclass
class Minibatch:
    """Minibatch SGD on one regression problem against the full batch."""

    batch: int = 10
    lr: float = SGD_LR
    problem: od.RegressionProblem = field(
        default_factory=lambda: od.make_regression(200, noise=0.5, seed=0))
    run: od.SGDRun | None = None
    full: od.SGDRun | None = None
    noise: float = math.nan

    def compute(self) -> None:
        self.run = od.minibatch_sgd(self.problem, self.batch, self.lr, SGD_STEPS, seed=1)
        self.full = od.minibatch_sgd(self.problem, self.problem.n, self.lr, SGD_STEPS, seed=1)
        self.noise = od.gradient_noise(self.problem, self.batch, seed=0)

    def wobble(self) -> float:
        """How far w still wanders: RMS distance from the mean over the last steps."""
        tail = self.run.path[-WOBBLE_STEPS:]
        return float(np.sqrt(np.mean(np.sum((tail - tail.mean(axis=0)) ** 2, axis=1))))


def ratio_text(d: float) -> str:
    if not math.isfinite(d) or d > 1e3:
        return "> 1000×"
    return f"{100 * d:.0f}%" if d >= 0.01 else f"{100 * d:.2g}%"
