"""The course's regression losses, their derivatives and their likelihoods.

Every function is elementwise over the residual r = y − ŷ (as the softmax lecture plots them)
and works on numpy arrays and torch tensors alike, so the loss explorer plots exactly what the
trainer optimises. Training code uses the ``*_loss(y_hat, y)`` forms, which follow the
``d2l.squared_loss`` convention ½(ŷ − y)² per sample.
"""

from __future__ import annotations

import math
import sys
from typing import Any

import numpy as np

LOSS_NAMES = ("l2", "l1", "huber")


def _is_tensor(x: Any) -> bool:
    """True for a torch tensor, without importing torch for numpy callers (fast GUI start)."""
    # torch may be half-imported by another thread: then it has no Tensor yet.
    tensor_type = getattr(sys.modules.get("torch"), "Tensor", None)
    return tensor_type is not None and isinstance(x, tensor_type)


def _abs(x: Any) -> Any:
    return abs(x)


def _where(cond: Any, a: Any, b: Any) -> Any:
    if _is_tensor(cond):
        return sys.modules["torch"].where(cond, a, b)
    return np.where(cond, a, b)


def _sign(x: Any) -> Any:
    if _is_tensor(x):
        return sys.modules["torch"].sign(x)
    return np.sign(x)


def l2(r: Any) -> Any:
    """½ r²: its gradient shrinks as the prediction gets close, so steps slow near the optimum."""
    return 0.5 * r * r


def l2_grad(r: Any) -> Any:
    """d/dr ½r² = r (a line through the origin)."""
    return r * 1.0


def l1(r: Any) -> Any:
    """|r|: robust to outliers; the gradient is ±1 whatever the distance."""
    return _abs(r)


def l1_grad(r: Any) -> Any:
    """sign(r); at 0 we return 0, one valid sub-derivative."""
    return _sign(r)


def huber(r: Any, delta: float = 1.0) -> Any:
    """Huber's robust loss: |r| − δ/2 when |r| > δ, r²/(2δ) otherwise (the course's form)."""
    _check_delta(delta)
    a = _abs(r)
    return _where(a > delta, a - 0.5 * delta, r * r / (2.0 * delta))


def huber_grad(r: Any, delta: float = 1.0) -> Any:
    """sign(r) outside [−δ, δ], r/δ inside: L1's constant force far away, L2's smoothness near 0."""
    _check_delta(delta)
    return _where(_abs(r) > delta, _sign(r) * 1.0, r / delta)


def loss(name: str, r: Any, delta: float = 1.0) -> Any:
    """Loss ``name`` ('l2', 'l1', 'huber') of residual ``r``."""
    name = _check(name)
    return huber(r, delta) if name == "huber" else (l2(r) if name == "l2" else l1(r))


def grad(name: str, r: Any, delta: float = 1.0) -> Any:
    """Derivative of loss ``name`` with respect to the residual r."""
    name = _check(name)
    return huber_grad(r, delta) if name == "huber" else (l2_grad(r) if name == "l2" else l1_grad(r))


def likelihood(name: str, r: Any, delta: float = 1.0) -> Any:
    """exp(−loss): the (unnormalised) noise density for which minimising the loss is MLE.

    L2 ↔ Gaussian noise, L1 ↔ Laplace noise, Huber ↔ Gaussian centre with Laplace tails.
    """
    value = loss(name, r, delta)
    if _is_tensor(value):
        return sys.modules["torch"].exp(-value)
    return np.exp(-value)


def regression_loss(name: str, y_hat: Any, y: Any, delta: float = 1.0) -> Any:
    """Per-sample loss for training: residual taken as ŷ − y reshaped to ŷ's shape."""
    return loss(name, y_hat - y.reshape(y_hat.shape), delta)


def _check(name: str) -> str:
    if name not in LOSS_NAMES:
        raise ValueError(f"unknown loss '{name}' (choose one of {', '.join(LOSS_NAMES)})")
    return name


def _check_delta(delta: float) -> None:
    if not (delta > 0 and math.isfinite(delta)):
        raise ValueError(f"Huber's δ must be a positive number, not {delta}")
