"""What a preprocessing pipeline holds after each step, the errors a step can raise, and the
small helpers the steps write their pandas code with.

Kept apart from the steps themselves (:mod:`engine.pipeline_steps`) so the state and the code
vocabulary can be read on their own.
"""

from __future__ import annotations

import math
import numbers
from typing import Any

import numpy as np
import pandas as pd

from engine.tabular import is_numeric

FILL_METHODS = ("mean", "median", "constant", "interpolate")
DTYPES = ("float64", "int64", "Int64", "str", "category", "bool")
MAX_DUMMY_COLUMNS = 1000


#: Every message a StepError can carry, by key (the GUI shows translations of the same
#: templates, so keys and placeholders are part of the interface).
STEP_MESSAGES = {
    "no_column": "There is no column {column}.",
    "choose_columns": "Choose at least one column.",
    "not_numeric": "Only number columns can be used here; not numeric: {columns}.",
    "inputs_only": "This works on input columns, not on the target.",
    "failed": "The step failed: {detail}",
    "no_rows_left": "This would remove every row: nothing would be left.",
    "no_columns_left": "This would remove every input column: nothing would be left.",
    "already_split": "The table is already split into inputs and outputs.",
    "keep_an_input": "Leave at least one column as an input.",
    "unknown_choice": "Unknown choice {choice}.",
    "nothing_missing": "No input column has missing values.",
    "too_many_dummies": "This would create {count} columns (more than {limit}); is this really "
                        "a category column?",
    "no_spread": "{columns}: no spread (standard deviation 0), so it cannot be standardized.",
    "single_value": "{columns}: a single value, so it cannot be scaled.",
    "int_missing": "{column} has missing values, which int64 cannot hold: fill them first or "
                   "choose Int64.",
    "empty_name": "The name is empty.",
    "name_taken": "There is already a column called {column}.",
    "row_exists": "Row {row} exists already.",
    "choose_rows": "Choose at least one row.",
    "no_row": "There is no row {row}.",
    "target_needed": "The target cannot be deleted after the split; undo the split first.",
    "unknown_step": "Unknown step in the saved pipeline.",
    "nothing_to_undo": "There is no step to undo.",
    "text_left_tensor": "{what} still has text columns ({columns}): one-hot encode them or "
                        "change their type first.",
    "not_a_tensor": "{what} cannot become a tensor: {detail}",
    "no_features": "There are no feature columns besides the target.",
    "text_left": "Text columns are left ({columns}): one-hot encode them or change their type "
                 "first.",
    "missing_left": "Missing values are left in {columns}: fill them or drop those rows first.",
    "infinite": "Some values are infinite.",
}


class StepError(ValueError):
    """An operation that cannot be applied to this table; the message says why.

    ``key`` and ``params`` name the message in :data:`STEP_MESSAGES` for translation.
    """

    def __init__(self, message: str, key: str = "", **params: str) -> None:
        super().__init__(message)
        self.key, self.params = key, params


def step_error(key: str, **params) -> StepError:
    """A :class:`StepError` with the message ``key`` filled in."""
    params = {k: str(v) for k, v in params.items()}
    return StepError(STEP_MESSAGES[key].format(**params), key, **params)


def names_text(columns) -> str:
    """Column names for a message or a comment: ``a, b, c``."""
    return ", ".join(str(c) for c in columns)


# --------------------------------------------------------------------------- the table state
class Table:
    """What the pipeline holds after each step: ``data``, or ``inputs`` + ``outputs`` after the
    split. ``outputs`` is a Series for one target column (as in the course), else a DataFrame."""

    def __init__(self, data: pd.DataFrame | None = None, inputs: pd.DataFrame | None = None,
                 outputs: pd.DataFrame | pd.Series | None = None) -> None:
        self.data, self.inputs, self.outputs = data, inputs, outputs
        self._frame: pd.DataFrame | None = data

    @property
    def is_split(self) -> bool:
        return self.inputs is not None

    def variables(self) -> dict[str, pd.DataFrame | pd.Series]:
        if self.is_split:
            return {"inputs": self.inputs, "outputs": self.outputs}
        return {"data": self.data}

    def frame(self) -> pd.DataFrame:
        """One DataFrame to show: the data, or inputs then outputs side by side."""
        if self._frame is None:
            outputs = self.outputs
            if isinstance(outputs, pd.Series):
                outputs = outputs.to_frame()
            self._frame = pd.concat([self.inputs, outputs], axis=1)
        return self._frame

    @property
    def targets(self) -> list:
        if not self.is_split:
            return []
        if isinstance(self.outputs, pd.Series):
            return [self.outputs.name]
        return list(self.outputs.columns)

    @property
    def input_columns(self) -> list:
        return list(self.inputs.columns) if self.is_split else list(self.data.columns)

    def owner(self, column: Any) -> str:
        """The variable that holds ``column`` in the generated code."""
        if not self.is_split:
            if column not in self.data.columns:
                raise step_error("no_column", column=column)
            return "data"
        if column in self.inputs.columns:
            return "inputs"
        if column in self.targets:
            return "outputs"
        raise step_error("no_column", column=column)

    def series_outputs(self) -> bool:
        return self.is_split and isinstance(self.outputs, pd.Series)

    def column(self, column: Any) -> pd.Series:
        return self.frame()[column]

    def nbytes(self) -> int:
        return int(self.frame().memory_usage(index=True, deep=False).sum())


# --------------------------------------------------------------------------- code helpers
def literal(value: Any) -> str:
    """Python source for a cell value or label."""
    if value is None or value is pd.NA:
        return "pd.NA"
    if isinstance(value, float) and math.isnan(value):
        return "np.nan"
    if isinstance(value, (bool, np.bool_)):
        return repr(bool(value))
    if isinstance(value, numbers.Integral):
        return repr(int(value))
    if isinstance(value, numbers.Real):
        return repr(float(value))
    return repr(value)


def labels_literal(labels: tuple) -> str:
    """A compact list literal: runs of consecutive integers become ``*range(a, b)``."""
    parts: list[str] = []
    run: list[int] = []

    def flush() -> None:
        if len(run) >= 4:
            parts.append(f"*range({run[0]}, {run[-1] + 1})")
        else:
            parts.extend(str(v) for v in run)
        run.clear()

    for label in labels:
        if isinstance(label, numbers.Integral) and not isinstance(label, bool):
            if run and int(label) == run[-1] + 1:
                run.append(int(label))
                continue
            flush()
            run.append(int(label))
        else:
            flush()
            parts.append(literal(label))
    flush()
    return "[" + ", ".join(parts) + "]"


def columns_literal(columns) -> str:
    return "[" + ", ".join(literal(c) for c in columns) + "]"


def positions_literal(positions: list[int], single_as_int: bool) -> str:
    if single_as_int and len(positions) == 1:
        return str(positions[0])
    if len(positions) > 1 and positions == list(range(positions[0], positions[-1] + 1)):
        return f"{positions[0]}:{positions[-1] + 1}"
    if len(positions) == 1:
        return f"{positions[0]}:{positions[0] + 1}"
    return "[" + ", ".join(str(p) for p in positions) + "]"


def group_by_owner(table: Table, columns) -> dict[str, list]:
    groups: dict[str, list] = {}
    for column in columns:
        groups.setdefault(table.owner(column), []).append(column)
    return groups


def column_code(table: Table, columns, expr: str) -> list[str]:
    """Code that replaces ``columns`` by ``expr`` (written with ``{v}`` for the selection)."""
    lines: list[str] = []
    for var, cols in group_by_owner(table, columns).items():
        if var == "outputs" and table.series_outputs():
            lines.append(f"outputs = {expr.format(v='outputs')}")
        else:
            lines.append(f"cols = {columns_literal(cols)}")
            lines.append(f"{var}[cols] = {expr.format(v=f'{var}[cols]')}")
    return lines


def require_columns(table: Table, columns) -> None:
    if not columns:
        raise step_error("choose_columns")
    for column in columns:
        table.owner(column)


def require_numeric(table: Table, columns) -> None:
    require_columns(table, columns)
    text = [str(c) for c in columns if not is_numeric(table.column(c))]
    if text:
        raise step_error("not_numeric", columns=names_text(text))


def require_inputs(table: Table, columns) -> None:
    require_columns(table, columns)
    if table.is_split and any(table.owner(c) == "outputs" for c in columns):
        raise step_error("inputs_only")
