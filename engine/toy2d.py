"""Two-dimensional toy data sets for the perceptron and XOR lessons.

Points are an ``(n, 2)`` float array ``X`` and labels an ``(n,)`` array ``y`` of ±1 (the
perceptron's convention). Everything is numpy so the GUI can regenerate and click points
without loading torch; :func:`as_torch` converts when a torch model wants them.
"""

from __future__ import annotations

import csv
import io
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from engine.paths import atomic_write_text

DATASET_KINDS = ("separable", "xor_corners", "xor_noisy", "circles")

#: Every data set lives in the square [−LIMIT, LIMIT]²; the canvas shows that square.
LIMIT = 3.0


@dataclass
class Toy2D:
    """A labelled 2-D point set; ``X`` is (n, 2) float64, ``y`` is (n,) float64 of ±1."""

    X: np.ndarray
    y: np.ndarray

    def __post_init__(self) -> None:
        self.X = np.asarray(self.X, dtype=np.float64).reshape(-1, 2)
        self.y = np.asarray(self.y, dtype=np.float64).reshape(-1)
        if len(self.X) != len(self.y):
            raise ValueError(f"{len(self.X)} points but {len(self.y)} labels")
        if len(self.y) and not np.all(np.isin(self.y, (-1.0, 1.0))):
            raise ValueError("labels must be +1 or −1")

    def __len__(self) -> int:
        return len(self.y)

    def copy(self) -> Toy2D:
        return Toy2D(self.X.copy(), self.y.copy())

    def add(self, x: float, y: float, label: int) -> Toy2D:
        """A new set with the point (x, y) of class ``label`` (±1) appended."""
        if label not in (1, -1):
            raise ValueError("labels must be +1 or −1")
        return Toy2D(np.vstack([self.X, [[x, y]]]), np.append(self.y, float(label)))

    def remove_nearest(self, x: float, y: float, max_distance: float = math.inf) -> Toy2D:
        """A new set without the point nearest to (x, y); unchanged if none lies within reach."""
        if not len(self):
            return self.copy()
        d = np.hypot(self.X[:, 0] - x, self.X[:, 1] - y)
        i = int(np.argmin(d))
        if d[i] > max_distance:
            return self.copy()
        keep = np.arange(len(self)) != i
        return Toy2D(self.X[keep], self.y[keep])

    def counts(self) -> tuple[int, int]:
        """(number of +1 points, number of −1 points)."""
        return int(np.sum(self.y > 0)), int(np.sum(self.y < 0))


def empty() -> Toy2D:
    return Toy2D(np.zeros((0, 2)), np.zeros(0))


def separable(n: int = 60, margin: float = 0.5, noise: float = 0.0, seed: int | None = 0,
              angle: float | None = None) -> Toy2D:
    """Two classes on either side of a random line, at least ``margin`` away from it.

    ``noise`` (≥ 0) is the std of Gaussian jitter added afterwards: with noise the set may stop
    being separable, which is the point of the slider.
    """
    _check_n(n)
    if margin < 0 or noise < 0:
        raise ValueError("margin and noise must be ≥ 0")
    rng = np.random.default_rng(seed)
    theta = rng.uniform(0, 2 * math.pi) if angle is None else angle
    normal = np.array([math.cos(theta), math.sin(theta)])
    offset = rng.uniform(-0.5, 0.5)
    X = np.empty((0, 2))
    y = np.empty(0)
    while len(y) < n:
        cand = rng.uniform(-LIMIT * 0.9, LIMIT * 0.9, size=(4 * n, 2))
        dist = cand @ normal - offset
        ok = np.abs(dist) >= margin / 2
        X = np.vstack([X, cand[ok]])
        y = np.append(y, np.where(dist[ok] > 0, 1.0, -1.0))
        if margin >= 2 * LIMIT:  # nothing can fit; avoid looping forever
            raise ValueError("margin too large for the canvas")
    X, y = X[:n], y[:n]
    if noise > 0:
        X = X + rng.normal(0, noise, size=X.shape)
    return Toy2D(np.clip(X, -LIMIT, LIMIT), y)


def xor_corners(scale: float = 1.0) -> Toy2D:
    """The four XOR points: (±s, ±s), class +1 where the signs differ (x₁ XOR x₂)."""
    X = np.array([[-1, -1], [-1, 1], [1, -1], [1, 1]], dtype=np.float64) * scale
    y = np.array([-1, 1, 1, -1], dtype=np.float64)
    return Toy2D(X, y)


def xor_noisy(n: int = 80, noise: float = 0.35, seed: int | None = 0, scale: float = 1.2) -> Toy2D:
    """Gaussian clusters around the four XOR corners; class +1 where the signs differ."""
    _check_n(n)
    if noise < 0:
        raise ValueError("noise must be ≥ 0")
    rng = np.random.default_rng(seed)
    corners = xor_corners(scale)
    idx = np.arange(n) % 4
    X = corners.X[idx] + rng.normal(0, noise, size=(n, 2))
    return Toy2D(np.clip(X, -LIMIT, LIMIT), corners.y[idx])


def circles(n: int = 80, noise: float = 0.1, seed: int | None = 0, inner: float = 0.8,
            outer: float = 2.0) -> Toy2D:
    """A disc of class +1 inside a ring of class −1: no line separates them either."""
    _check_n(n)
    if noise < 0:
        raise ValueError("noise must be ≥ 0")
    rng = np.random.default_rng(seed)
    label = np.where(np.arange(n) % 2 == 0, 1.0, -1.0)
    radius = np.where(label > 0, rng.uniform(0, inner, n), rng.uniform(outer * 0.85, outer, n))
    phi = rng.uniform(0, 2 * math.pi, n)
    X = np.column_stack([radius * np.cos(phi), radius * np.sin(phi)])
    X = X + rng.normal(0, noise, size=X.shape)
    return Toy2D(np.clip(X, -LIMIT, LIMIT), label)


def make(kind: str, n: int = 60, margin: float = 0.5, noise: float = 0.0,
         seed: int | None = 0) -> Toy2D:
    """One entry point for the data combo box: ``kind`` is one of :data:`DATASET_KINDS`."""
    if kind == "separable":
        return separable(n, margin, noise, seed)
    if kind == "xor_corners":
        return xor_corners()
    if kind == "xor_noisy":
        return xor_noisy(n, noise, seed)
    if kind == "circles":
        return circles(n, noise, seed)
    raise ValueError(f"unknown data set '{kind}' (choose one of {', '.join(DATASET_KINDS)})")


def xor_feature(X: np.ndarray) -> np.ndarray:
    """Append the product x₁x₂: in (x₁, x₂, x₁x₂) space XOR becomes linearly separable."""
    X = np.asarray(X, dtype=np.float64)
    return np.column_stack([X, X[:, 0] * X[:, 1]])


def as_torch(data: Toy2D, dtype: Any = None) -> tuple[Any, Any]:
    """(X, y) as float32 torch tensors (torch imported only here)."""
    import torch

    dtype = dtype or torch.float32
    return torch.as_tensor(data.X, dtype=dtype), torch.as_tensor(data.y, dtype=dtype)


# ---------------------------------------------------------------------------------- CSV
CSV_HEADER = ("x1", "x2", "label")


def to_csv_text(data: Toy2D) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(CSV_HEADER)
    for (a, b), label in zip(data.X, data.y, strict=True):
        writer.writerow([repr(float(a)), repr(float(b)), int(label)])
    return buf.getvalue()


def save_csv(data: Toy2D, path: str | Path) -> None:
    """Write ``x1,x2,label`` rows atomically (a crash never leaves half a file)."""
    atomic_write_text(path, to_csv_text(data))


def load_csv(path: str | Path) -> Toy2D:
    """Read a CSV of x1,x2,label (a header row is optional; labels ±1, or 0/1 mapped to −1/+1).

    Raises ValueError with a message meant for the user on anything malformed.
    """
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValueError("the file is not UTF-8 text") from exc
    return from_csv_text(text)


def from_csv_text(text: str) -> Toy2D:
    rows = [r for r in csv.reader(io.StringIO(text)) if r and any(c.strip() for c in r)]
    if rows and not _is_number(rows[0][0]):
        rows = rows[1:]
    if not rows:
        raise ValueError("the file has no points")
    xs, labels = [], []
    for lineno, row in enumerate(rows, start=1):
        if len(row) < 3:
            raise ValueError(f"row {lineno} has {len(row)} columns; expected x1, x2, label")
        try:
            a, b, lab = float(row[0]), float(row[1]), float(row[2])
        except ValueError as exc:
            raise ValueError(f"row {lineno} is not numeric: {', '.join(row[:3])}") from exc
        if not (math.isfinite(a) and math.isfinite(b)):
            raise ValueError(f"row {lineno} has a non-finite coordinate")
        if lab not in (-1.0, 0.0, 1.0):
            raise ValueError(f"row {lineno}: label {row[2]} is not ±1 (or 0/1)")
        xs.append((a, b))
        labels.append(lab)
    y = np.array(labels)
    if np.any(y == 0):
        if np.any(y == -1):
            raise ValueError("labels mix 0 and −1; use ±1 or 0/1")
        y = np.where(y > 0, 1.0, -1.0)
    return Toy2D(np.array(xs), y)


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def _check_n(n: int) -> None:
    if not (isinstance(n, int | np.integer) and 1 <= n <= 100_000):
        raise ValueError(f"number of points must be between 1 and 100000, not {n}")
