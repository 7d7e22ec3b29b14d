"""Small optimisation experiments for the 基础优化算法 pictures: learning rate and batch size.

* Gradient descent on a 1-D quadratic f(x) = ½·a·x² and a 2-D one f(x) = ½·xᵀAx: the step
  x ← x − η·∇f multiplies the distance to the optimum by (1 − η·λ) along each eigen-direction λ
  of A, which is why a learning rate can crawl (η·λ ≪ 1), oscillate (1 < η·λ < 2) or diverge
  (η·λ > 2). :func:`lr_regime` names the case.
* Minibatch SGD on a small linear-regression problem (d2l's synthetic data y = Xw + b + ε):
  small batches give noisy, wandering paths; large ones are smooth but cost more examples per step.
* Gradient descent on one of the regression losses of :mod:`engine.losses`, for the loss
  explorer's animation (L2 slows down near the optimum, L1 keeps a constant pull).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal

import numpy as np

from engine import losses

Regime = Literal["crawl", "good", "oscillate", "diverge"]

#: η·λ below this counts as crawling: 20 steps still leave more than 10 % of the distance.
CRAWL_BELOW = 0.1
#: Divergence guard: paths stop once |x| exceeds this, so plots stay finite.
BLOW_UP = 1e6


def lr_regime(lr: float, curvatures: float | np.ndarray) -> Regime:
    """How gradient descent with learning rate ``lr`` behaves on a quadratic with these curvatures.

    Uses the largest curvature for oscillation/divergence and the smallest for crawling.
    """
    lam = np.atleast_1d(np.asarray(curvatures, dtype=np.float64))
    if lr <= 0 or np.any(lam <= 0):
        raise ValueError("learning rate and curvatures must be positive")
    high = lr * float(lam.max())
    low = lr * float(lam.min())
    if high >= 2.0:
        return "diverge"
    if high > 1.0 + 1e-12:
        return "oscillate"
    if low < CRAWL_BELOW:
        return "crawl"
    return "good"


@dataclass(frozen=True)
class Quadratic2D:
    """f(x) = ½ xᵀAx with A = R(θ)·diag(a₁, a₂)·R(θ)ᵀ: an ellipse bowl tilted by θ."""

    a1: float = 1.0
    a2: float = 6.0
    angle: float = math.radians(30)

    @property
    def matrix(self) -> np.ndarray:
        c, s = math.cos(self.angle), math.sin(self.angle)
        R = np.array([[c, -s], [s, c]])
        return R @ np.diag([self.a1, self.a2]) @ R.T

    def value(self, P: np.ndarray) -> np.ndarray:
        P = np.asarray(P, dtype=np.float64)
        return 0.5 * np.einsum("...i,ij,...j->...", P, self.matrix, P)

    def grad(self, p: np.ndarray) -> np.ndarray:
        return self.matrix @ np.asarray(p, dtype=np.float64)

    def contour(self, level: float, points: int = 120) -> np.ndarray:
        """(points, 2) closed curve where f = level (an ellipse; exact, no grid needed)."""
        t = np.linspace(0, 2 * math.pi, points)
        local = np.column_stack([np.sqrt(2 * level / self.a1) * np.cos(t),
                                 np.sqrt(2 * level / self.a2) * np.sin(t)])
        c, s = math.cos(self.angle), math.sin(self.angle)
        return local @ np.array([[c, s], [-s, c]])


def gd_1d(a: float, x0: float, lr: float, steps: int) -> np.ndarray:
    """Iterates x₀, x₁, … of x ← x − η·a·x on f(x) = ½·a·x² (stops early once it blows up)."""
    if a <= 0 or lr <= 0 or steps < 0:
        raise ValueError("curvature and learning rate must be positive, steps ≥ 0")
    xs = [float(x0)]
    for _ in range(steps):
        xs.append(xs[-1] - lr * a * xs[-1])
        if abs(xs[-1]) > BLOW_UP:
            break
    return np.array(xs)


def gd_2d(q: Quadratic2D, p0: tuple[float, float], lr: float, steps: int) -> np.ndarray:
    """(k, 2) iterates of gradient descent on the 2-D quadratic ``q`` from ``p0``."""
    if lr <= 0 or steps < 0:
        raise ValueError("learning rate must be positive, steps ≥ 0")
    path = [np.asarray(p0, dtype=np.float64)]
    for _ in range(steps):
        p = path[-1] - lr * q.grad(path[-1])
        path.append(p)
        if np.abs(p).max() > BLOW_UP:
            break
    return np.array(path)


# ------------------------------------------------------------------------ minibatch noise
@dataclass(frozen=True)
class RegressionProblem:
    """d2l's synthetic regression data: y = Xw + b + ε with w = (2, −3.4), b = 4.2, ε ~ N(0, σ²).

    The demo fits w only (b is known), so the loss surface is a 2-D bowl we can draw.
    """

    X: np.ndarray
    y: np.ndarray
    true_w: np.ndarray
    true_b: float

    @property
    def n(self) -> int:
        return len(self.y)

    def loss(self, w: np.ndarray) -> float:
        """Mean ½(ŷ − y)² over all examples for weights w."""
        return float(np.mean(losses.l2(self.X @ w + self.true_b - self.y)))

    def loss_grid(self, W1: np.ndarray, W2: np.ndarray) -> np.ndarray:
        """The full-data loss at every (w₁, w₂) of two same-shaped arrays.

        The loss is a quadratic in w, ½(wᵀHw + 2gᵀw + c) with H = XᵀX/n, g = Xᵀr/n and
        c = mean(r²) for r = b − y: evaluating that costs O(grid) instead of O(grid × n), so
        a picture of the surface is ready within a frame.
        """
        r = self.true_b - self.y
        H = self.X.T @ self.X / self.n
        g = self.X.T @ r / self.n
        c = float(np.mean(r * r))
        W1 = np.asarray(W1, dtype=np.float64)
        W2 = np.asarray(W2, dtype=np.float64)
        quad = H[0, 0] * W1 * W1 + 2 * H[0, 1] * W1 * W2 + H[1, 1] * W2 * W2
        return 0.5 * (quad + 2 * (g[0] * W1 + g[1] * W2) + c)

    def hessian(self) -> np.ndarray:
        return self.X.T @ self.X / self.n


def make_regression(n: int = 200, noise: float = 0.5, seed: int | None = 0) -> RegressionProblem:
    if n < 1 or noise < 0:
        raise ValueError("need at least one example and noise ≥ 0")
    rng = np.random.default_rng(seed)
    true_w, true_b = np.array([2.0, -3.4]), 4.2
    X = rng.normal(0, 1, size=(n, 2))
    y = X @ true_w + true_b + rng.normal(0, noise, size=n)
    return RegressionProblem(X, y, true_w, true_b)


@dataclass(frozen=True)
class SGDRun:
    """A minibatch SGD run: weights after each step, the full loss there, examples touched."""

    path: np.ndarray        # (steps + 1, 2)
    loss: np.ndarray        # (steps + 1,)
    examples: np.ndarray    # (steps + 1,) cumulative examples processed
    batch_size: int


def minibatch_sgd(problem: RegressionProblem, batch_size: int, lr: float, steps: int,
                  w0: tuple[float, float] = (-2.0, 2.0), seed: int | None = 0) -> SGDRun:
    """Minibatch SGD on ½(ŷ − y)²: each step samples ``batch_size`` examples (epochs reshuffle)."""
    if not (1 <= batch_size <= problem.n):
        raise ValueError(f"batch size must be between 1 and {problem.n}")
    if lr <= 0 or steps < 0:
        raise ValueError("learning rate must be positive, steps ≥ 0")
    rng = np.random.default_rng(seed)
    w = np.asarray(w0, dtype=np.float64)
    path, loss_values, seen = [w.copy()], [problem.loss(w)], [0]
    order, pos = rng.permutation(problem.n), 0
    for _ in range(steps):
        if pos + batch_size > problem.n:
            order, pos = rng.permutation(problem.n), 0
        idx = order[pos:pos + batch_size]
        pos += batch_size
        Xb, yb = problem.X[idx], problem.y[idx]
        residual = Xb @ w + problem.true_b - yb
        w = w - lr * (Xb.T @ losses.l2_grad(residual)) / batch_size
        path.append(w.copy())
        loss_values.append(problem.loss(w))
        seen.append(seen[-1] + batch_size)
        if np.abs(w).max() > BLOW_UP:
            break
    return SGDRun(np.array(path), np.array(loss_values), np.array(seen), batch_size)


def gradient_noise(problem: RegressionProblem, batch_size: int, w: tuple[float, float] = (0, 0),
                   samples: int = 200, seed: int | None = 0) -> float:
    """RMS distance between a minibatch gradient and the full gradient at ``w``.

    Shrinks roughly like 1/√(batch size) (and to 0 when the batch is the whole set).
    """
    if not (1 <= batch_size <= problem.n):
        raise ValueError(f"batch size must be between 1 and {problem.n}")
    rng = np.random.default_rng(seed)
    w = np.asarray(w, dtype=np.float64)
    residual = problem.X @ w + problem.true_b - problem.y
    per_example = problem.X * residual[:, None]
    full = per_example.mean(axis=0)
    errs = []
    for _ in range(samples):
        idx = rng.choice(problem.n, size=batch_size, replace=False)
        errs.append(np.sum((per_example[idx].mean(axis=0) - full) ** 2))
    return float(np.sqrt(np.mean(errs)))


# ------------------------------------------------------------------------ loss animation
def gd_on_loss(name: str, start: float, lr: float, steps: int, delta: float = 1.0,
               target: float = 0.0) -> np.ndarray:
    """Predictions ŷ₀, ŷ₁, … of gradient descent on loss(ŷ − target) from ŷ₀ = ``start``.

    The step is −η·loss′(ŷ − target): L2's shrinks with the distance (slows near the optimum),
    L1's is always η (constant force; it then hops around 0), Huber is L1 far away and L2 near.
    """
    if lr <= 0 or steps < 0:
        raise ValueError("learning rate must be positive, steps ≥ 0")
    ys = [float(start)]
    for _ in range(steps):
        r = ys[-1] - target
        ys.append(ys[-1] - lr * float(losses.grad(name, r, delta)))
        if abs(ys[-1]) > BLOW_UP:
            break
    return np.array(ys)


def steps_to_reach(path: np.ndarray, tol: float, target: float = 0.0) -> int | None:
    """First index where |path − target| ≤ tol and stays there; None if never."""
    dist = np.abs(np.asarray(path) - target)
    if len(dist.shape) > 1:
        dist = np.linalg.norm(dist, axis=1)
    inside = dist <= tol
    if not inside[-1]:
        return None
    outside = np.flatnonzero(~inside)
    return 0 if not len(outside) else int(outside[-1] + 1)
