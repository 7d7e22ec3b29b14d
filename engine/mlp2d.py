"""A one-hidden-layer perceptron on 2-D points, small enough to retrain live while you watch.

Written in numpy with hand-derived gradients, not torch: each step on a few hundred points and
one 100×100 decision-region evaluation take well under a millisecond, so the GUI can redraw the
heatmap at display rate without loading torch or starting a thread.

Model: f(x) = w₂·σ(W₁x + b₁) + b₂ with labels y = ±1 and the logistic loss log(1 + e^(−y·f(x)))
(softmax regression's cross-entropy for two classes). σ is ReLU, sigmoid or tanh. Training is
(minibatch) gradient descent with the learning rate given.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

import numpy as np

ACTIVATIONS = ("relu", "sigmoid", "tanh")
MIN_HIDDEN, MAX_HIDDEN = 1, 16


def _act(name: str, z: np.ndarray) -> np.ndarray:
    if name == "relu":
        return np.maximum(z, 0.0)
    if name == "sigmoid":
        return 1.0 / (1.0 + np.exp(-z))
    return np.tanh(z)


def _act_grad(name: str, z: np.ndarray, a: np.ndarray) -> np.ndarray:
    """σ'(z) from the pre-activation z and the activation a = σ(z)."""
    if name == "relu":
        return (z > 0).astype(z.dtype)
    if name == "sigmoid":
        return a * (1.0 - a)
    return 1.0 - a * a


def features(X: np.ndarray, xor_feature: bool) -> np.ndarray:
    """(x₁, x₂) or (x₁, x₂, x₁x₂): the product feature makes XOR linear."""
    X = np.asarray(X, dtype=np.float64).reshape(-1, 2)
    return np.column_stack([X, X[:, 0] * X[:, 1]]) if xor_feature else X


@dataclass
class MLP2D:
    """2 (or 3 with x₁x₂) → ``hidden`` → 1, trained with gradient descent on the logistic loss."""

    hidden: int = 8
    activation: str = "tanh"
    lr: float = 0.3
    seed: int | None = 0
    xor_feature: bool = False
    steps: int = field(init=False, default=0)

    def __post_init__(self) -> None:
        if not (MIN_HIDDEN <= int(self.hidden) <= MAX_HIDDEN):
            raise ValueError(f"hidden units must be between {MIN_HIDDEN} and {MAX_HIDDEN}")
        if self.activation not in ACTIVATIONS:
            raise ValueError(f"unknown activation '{self.activation}' "
                             f"(choose one of {', '.join(ACTIVATIONS)})")
        if not (self.lr > 0 and np.isfinite(self.lr)):
            raise ValueError("the learning rate must be a positive number")
        self.hidden = int(self.hidden)
        self.reset()

    @property
    def in_dim(self) -> int:
        return 3 if self.xor_feature else 2

    def reset(self, seed: int | None = None) -> None:
        """New random weights, scaled so every activation starts in its useful range."""
        if seed is not None:
            self.seed = seed
        rng = np.random.default_rng(self.seed)
        self._rng = rng
        scale = 1.0 if self.activation != "relu" else np.sqrt(2.0 / self.in_dim)
        self.W1 = rng.normal(0.0, scale, size=(self.in_dim, self.hidden))
        self.b1 = rng.normal(0.0, 0.5, size=self.hidden)
        self.w2 = rng.normal(0.0, 1.0 / np.sqrt(self.hidden), size=self.hidden)
        self.b2 = 0.0
        self.steps = 0

    # ------------------------------------------------------------------ forward
    def _forward(self, F: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        z = F @ self.W1 + self.b1
        a = _act(self.activation, z)
        return z, a, a @ self.w2 + self.b2

    def logits(self, X: np.ndarray) -> np.ndarray:
        """f(x) for 2-D points X (n, 2)."""
        return self._forward(features(X, self.xor_feature))[2]

    def predict(self, X: np.ndarray) -> np.ndarray:
        return np.where(self.logits(X) > 0, 1.0, -1.0)

    def probability(self, X: np.ndarray) -> np.ndarray:
        """P(y = +1 | x) = sigmoid(f(x))."""
        return _sigmoid(self.logits(X))

    def loss(self, X: np.ndarray, y: np.ndarray) -> float:
        """Mean logistic loss log(1 + e^(−y·f))."""
        if not len(y):
            return 0.0
        return float(np.mean(np.logaddexp(0.0, -np.asarray(y) * self.logits(X))))

    def accuracy(self, X: np.ndarray, y: np.ndarray) -> float:
        if not len(y):
            return 0.0
        return float(np.mean(self.predict(X) == np.asarray(y)))

    # ------------------------------------------------------------------ training
    def gradients(self, X: np.ndarray, y: np.ndarray) -> dict[str, np.ndarray | float]:
        """∂(mean loss)/∂ each parameter by backpropagation (tested against torch autograd)."""
        F = features(X, self.xor_feature)
        y = np.asarray(y, dtype=np.float64).reshape(-1)
        z, a, f = self._forward(F)
        n = len(y)
        # d/df log(1 + e^(−y f)) = −y·sigmoid(−y f)
        df = -y * _sigmoid(-y * f) / n
        dz = np.outer(df, self.w2) * _act_grad(self.activation, z, a)
        return {"W1": F.T @ dz, "b1": dz.sum(axis=0), "w2": a.T @ df, "b2": float(df.sum())}

    def train_step(self, X: np.ndarray, y: np.ndarray, batch_size: int | None = None) -> float:
        """One gradient step on all points (``batch_size`` None) or on a random minibatch.

        Returns the loss of the batch used, before the step.
        """
        X = np.asarray(X, dtype=np.float64).reshape(-1, 2)
        y = np.asarray(y, dtype=np.float64).reshape(-1)
        if not len(y):
            return 0.0
        if batch_size is not None and batch_size < len(y):
            if batch_size < 1:
                raise ValueError("batch size must be at least 1")
            idx = self._rng.choice(len(y), size=batch_size, replace=False)
            X, y = X[idx], y[idx]
        loss = self.loss(X, y)
        g = self.gradients(X, y)
        self.W1 -= self.lr * g["W1"]
        self.b1 -= self.lr * g["b1"]
        self.w2 -= self.lr * g["w2"]
        self.b2 -= self.lr * float(g["b2"])
        self.steps += 1
        return loss

    def train(self, X: np.ndarray, y: np.ndarray, steps: int,
              batch_size: int | None = None) -> float:
        """``steps`` gradient steps; returns the final full-data loss."""
        for _ in range(int(steps)):
            self.train_step(X, y, batch_size)
        return self.loss(X, y)

    # ------------------------------------------------------------------ pictures
    def grid(self, resolution: int = 100, limit: float = 3.0) -> np.ndarray:
        """P(y = +1) on a square grid over [−limit, limit]², row-major (row = x₂, col = x₁).

        Row 0 is the bottom (x₂ = −limit), matching an ImageItem placed with that rect.
        """
        # float32: the picture needs no more, and tanh/exp run ~4× faster than in float64.
        F = _grid_features(resolution, float(limit), self.xor_feature)
        f32 = np.float32
        z = F @ self.W1.astype(f32) + self.b1.astype(f32)
        f = _act(self.activation, z) @ self.w2.astype(f32) + f32(self.b2)
        return _sigmoid(f).reshape(resolution, resolution)

    def hidden_lines(self) -> list[tuple[float, float, float]]:
        """(a, b, c) per hidden unit: its own line a·x₁ + b·x₂ + c = 0 where its input is 0.

        With the x₁x₂ feature a unit's boundary is a curve a·x₁ + b·x₂ + d·x₁x₂ + c = 0; the
        line part is returned and callers should say so (``xor_feature`` tells them).
        """
        return [(float(self.W1[0, j]), float(self.W1[1, j]), float(self.b1[j]))
                for j in range(self.hidden)]


def grid_axis(resolution: int, limit: float) -> np.ndarray:
    """Cell centres of a ``resolution``-cell axis over [−limit, limit]."""
    step = 2 * limit / resolution
    return -limit + step * (np.arange(resolution) + 0.5)


@functools.lru_cache(maxsize=8)
def _grid_features(resolution: int, limit: float, xor_feature: bool) -> np.ndarray:
    """Grid points (row-major, x₁ fastest) as float32 features; cached, they never change."""
    axis = grid_axis(resolution, limit)
    gx, gy = np.meshgrid(axis, axis)
    F = features(np.column_stack([gx.ravel(), gy.ravel()]), xor_feature).astype(np.float32)
    F.setflags(write=False)
    return F


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 0.5 * (1.0 + np.tanh(0.5 * z))
