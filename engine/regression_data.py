"""From a cleaned table to numbers a model takes: tensors as the course prints them, and
float32 features/target for the Training tab's linear regression."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from engine.pipeline_code import tensor_parts
from engine.pipeline_table import Table, names_text, step_error
from engine.tabular import is_numeric

#: Above this ratio of the largest to the smallest column spread, training needs scaling first.
SCALE_RATIO_LIMIT = 100.0


def non_numeric_columns(frame: pd.DataFrame) -> list:
    return [c for c in frame.columns
            if not (is_numeric(frame[c]) or pd.api.types.is_bool_dtype(frame[c]))]


def to_tensors(table: Table, target: Any = None):
    """(X, y) as the course builds them; imports torch on call.

    Before the split, a chosen ``target`` column is y and never part of X; without one y is None.
    """
    import torch

    def convert(frame: pd.DataFrame, what: str):
        text = non_numeric_columns(frame)
        if text:
            raise step_error("text_left_tensor", what=what, columns=names_text(text))
        # One target column is a vector, as the course's outputs Series is.
        values = frame.iloc[:, 0] if what == "y" and frame.shape[1] == 1 else frame
        try:
            return torch.tensor(values.to_numpy(dtype=float))
        except (TypeError, ValueError) as exc:
            raise step_error("not_a_tensor", what=what, detail=exc) from None

    parts = tensor_parts(table, target)
    x = convert(parts[0][2], "X")
    y = convert(parts[1][2], "y") if len(parts) > 1 else None
    return x, y


@dataclass
class RegressionData:
    """Features and target as float32 arrays, ready for linear regression."""

    features: np.ndarray
    target: np.ndarray
    feature_names: list = field(default_factory=list)
    target_name: str = ""


def regression_data(frame: pd.DataFrame, target: Any) -> RegressionData:
    """Split ``frame`` into float32 features and target; StepError if anything is not ready."""
    if target not in frame.columns:
        raise step_error("no_column", column=target)
    features = [c for c in frame.columns if c != target]
    if not features:
        raise step_error("no_features")
    text = non_numeric_columns(frame)
    if text:
        raise step_error("text_left", columns=names_text(text))
    missing = [str(c) for c in frame.columns if frame[c].isna().any()]
    if missing:
        raise step_error("missing_left", columns=names_text(missing))
    x = frame[features].to_numpy(dtype=np.float32)
    y = frame[target].to_numpy(dtype=np.float32)
    if not (np.isfinite(x).all() and np.isfinite(y).all()):
        raise step_error("infinite")
    return RegressionData(x, y, [str(c) for c in features], str(target))


@dataclass(frozen=True)
class ScaleSpread:
    """The widest and the narrowest column (by standard deviation) of what goes to training."""

    widest: str
    widest_std: float
    narrowest: str
    narrowest_std: float

    @property
    def ratio(self) -> float:
        return self.widest_std / self.narrowest_std

    @property
    def needs_scaling(self) -> bool:
        return self.ratio > SCALE_RATIO_LIMIT


def scale_spread(data: RegressionData) -> ScaleSpread | None:
    """How far apart the columns' scales are (target included: an unscaled price makes a loss
    of 10⁸ as surely as an unscaled feature); None when fewer than two columns vary."""
    names = [*data.feature_names, data.target_name]
    columns = np.column_stack([data.features, data.target]).astype(np.float64)
    stds = columns.std(axis=0)
    varying = [(float(s), str(n)) for s, n in zip(stds, names, strict=True) if s > 0]
    if len(varying) < 2:
        return None
    (low, low_name), (high, high_name) = min(varying), max(varying)
    return ScaleSpread(high_name, high, low_name, low)
