"""Preprocessing as data: each operation is a small dataclass that *is* its pandas code.

A step's :meth:`Step.apply` runs exactly the code that :meth:`Step.code` prints, so the table a
student sees and the script they copy can never drift apart ("everything the GUI does has code
you can read"). Before the course's split the code works on ``data``; after it on ``inputs`` and
``outputs`` (as the book does with ``data.iloc``); :meth:`Pipeline.code` strings the steps
together between ``pd.read_csv`` and the course's ``torch.tensor(X.to_numpy(dtype=float))``.
"""

from __future__ import annotations

import math
import numbers
from dataclasses import dataclass, field, fields
from typing import Any, ClassVar

import numpy as np
import pandas as pd

from engine.tabular import TableSource, is_numeric

FILL_METHODS = ("mean", "median", "constant", "interpolate")
DTYPES = ("float64", "int64", "Int64", "str", "category", "bool")
MAX_DUMMY_COLUMNS = 1000
#: Above this many bytes of kept intermediate tables, older ones are recomputed when needed.
STATE_MEMORY_BUDGET = 1_500_000_000


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


def _names(columns) -> str:
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


def _cols(columns) -> str:
    return "[" + ", ".join(literal(c) for c in columns) + "]"


def _positions(positions: list[int], single_as_int: bool) -> str:
    if single_as_int and len(positions) == 1:
        return str(positions[0])
    if len(positions) > 1 and positions == list(range(positions[0], positions[-1] + 1)):
        return f"{positions[0]}:{positions[-1] + 1}"
    if len(positions) == 1:
        return f"{positions[0]}:{positions[0] + 1}"
    return "[" + ", ".join(str(p) for p in positions) + "]"


def _group_by_owner(table: Table, columns) -> dict[str, list]:
    groups: dict[str, list] = {}
    for column in columns:
        groups.setdefault(table.owner(column), []).append(column)
    return groups


def _column_code(table: Table, columns, expr: str) -> list[str]:
    """Code that replaces ``columns`` by ``expr`` (written with ``{v}`` for the selection)."""
    lines: list[str] = []
    for var, cols in _group_by_owner(table, columns).items():
        if var == "outputs" and table.series_outputs():
            lines.append(f"outputs = {expr.format(v='outputs')}")
        else:
            lines.append(f"cols = {_cols(cols)}")
            lines.append(f"{var}[cols] = {expr.format(v=f'{var}[cols]')}")
    return lines


def _require_columns(table: Table, columns) -> None:
    if not columns:
        raise step_error("choose_columns")
    for column in columns:
        table.owner(column)


def _require_numeric(table: Table, columns) -> None:
    _require_columns(table, columns)
    text = [str(c) for c in columns if not is_numeric(table.column(c))]
    if text:
        raise step_error("not_numeric", columns=_names(text))


def _require_inputs(table: Table, columns) -> None:
    _require_columns(table, columns)
    if table.is_split and any(table.owner(c) == "outputs" for c in columns):
        raise step_error("inputs_only")


# --------------------------------------------------------------------------- steps
@dataclass(frozen=True)
class Step:
    """One operation. Subclasses write :meth:`code`; :meth:`apply` runs that code."""

    KIND: ClassVar[str] = ""

    def describe(self) -> str:
        """A one-line English summary, also used as the code comment."""
        raise NotImplementedError

    def check(self, table: Table) -> None:
        """Raise :class:`StepError` when the step does not fit ``table``."""

    def code(self, table: Table) -> list[str]:
        raise NotImplementedError

    def apply(self, table: Table) -> Table:
        """Run this step's code on shallow (copy-on-write) copies of the table's frames."""
        self.check(table)
        namespace: dict[str, Any] = {"pd": pd, "np": np}
        for name, frame in table.variables().items():
            namespace[name] = frame.copy(deep=False)
        try:
            exec("\n".join(self.code(table)), namespace)  # noqa: S102 - our own generated code
        except StepError:
            raise
        except (ValueError, TypeError, KeyError, IndexError, OverflowError) as exc:
            raise step_error("failed", detail=exc) from None
        if "inputs" in namespace:
            result = Table(inputs=namespace["inputs"], outputs=namespace["outputs"])
        else:
            result = Table(data=namespace["data"])
        rows, columns = result.frame().shape
        if rows == 0:
            raise step_error("no_rows_left")
        if columns == 0 or (result.is_split and result.inputs.shape[1] == 0):
            raise step_error("no_columns_left")
        return result

    def to_dict(self) -> dict:
        values = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if value is pd.NA:
                value = {"NA": True}
            elif isinstance(value, tuple):
                value = list(value)
            values[f.name] = value
        return {"kind": self.KIND, **values}


@dataclass(frozen=True)
class Split(Step):
    """The course's ``inputs, outputs = data.iloc[:, 0:2], data.iloc[:, 2]``."""

    targets: tuple
    KIND: ClassVar[str] = "split"

    def describe(self) -> str:
        return f"Split into inputs and outputs (target: {', '.join(map(str, self.targets))})"

    def check(self, table: Table) -> None:
        if table.is_split:
            raise step_error("already_split")
        _require_columns(table, self.targets)
        if len(self.targets) >= table.data.shape[1]:
            raise step_error("keep_an_input")

    def code(self, table: Table) -> list[str]:
        columns = list(table.data.columns)
        out = [columns.index(t) for t in columns if t in self.targets]
        inp = [i for i in range(len(columns)) if i not in out]
        return [f"inputs, outputs = data.iloc[:, {_positions(inp, False)}], "
                f"data.iloc[:, {_positions(out, True)}]"]


@dataclass(frozen=True)
class DropMissingRows(Step):
    """``dropna``: rows with any (or all) values missing."""

    how: str = "any"
    KIND: ClassVar[str] = "drop_rows"

    def describe(self) -> str:
        return ("Drop rows with any missing value" if self.how == "any"
                else "Drop rows where every value is missing")

    def check(self, table: Table) -> None:
        if self.how not in ("any", "all"):
            raise step_error("unknown_choice", choice=self.how)

    def code(self, table: Table) -> list[str]:
        if not table.is_split:
            return [f"data = data.dropna(how={self.how!r})"]
        per_row = "all" if self.how == "any" else "any"
        joiner = "&" if self.how == "any" else "|"
        outputs = ("outputs.notna()" if table.series_outputs()
                   else f"outputs.notna().{per_row}(axis=1)")
        return [f"keep = inputs.notna().{per_row}(axis=1) {joiner} {outputs}",
                "inputs, outputs = inputs[keep], outputs[keep]"]


@dataclass(frozen=True)
class DropMostMissingColumn(Step):
    """The course exercise: delete the column with the most missing values."""

    KIND: ClassVar[str] = "drop_most_missing"

    def describe(self) -> str:
        return "Drop the column with the most missing values"

    def _var(self, table: Table) -> str:
        return "inputs" if table.is_split else "data"

    def check(self, table: Table) -> None:
        frame = table.inputs if table.is_split else table.data
        if not frame.isna().to_numpy().any():
            raise step_error("nothing_missing")

    def code(self, table: Table) -> list[str]:
        v = self._var(table)
        return [f"{v} = {v}.drop(columns={v}.isna().sum().idxmax())"]

    def column(self, table: Table) -> Any:
        """Which column it removes from ``table`` (for the step list)."""
        frame = table.inputs if table.is_split else table.data
        return frame.isna().sum().idxmax()


@dataclass(frozen=True)
class FillMissing(Step):
    """Fill missing numbers: what the book's ``inputs.fillna(inputs.mean())`` means."""

    columns: tuple
    method: str = "mean"
    value: float = 0.0
    KIND: ClassVar[str] = "fill"

    def describe(self) -> str:
        how = f"constant {self.value:g}" if self.method == "constant" else self.method
        return f"Fill missing values ({how}): {', '.join(map(str, self.columns))}"

    def check(self, table: Table) -> None:
        if self.method not in FILL_METHODS:
            raise step_error("unknown_choice", choice=self.method)
        _require_numeric(table, self.columns)

    def code(self, table: Table) -> list[str]:
        expr = {"mean": "{v}.fillna({v}.mean())",
                "median": "{v}.fillna({v}.median())",
                "constant": "{v}.fillna(" + literal(float(self.value)) + ")",
                "interpolate": "{v}.interpolate(limit_direction='both')"}[self.method]
        return _column_code(table, self.columns, expr)


@dataclass(frozen=True)
class OneHot(Step):
    """``pd.get_dummies``; with ``dummy_na`` NaN becomes its own category (Alley_nan)."""

    columns: tuple
    dummy_na: bool = True
    KIND: ClassVar[str] = "one_hot"

    def describe(self) -> str:
        extra = ", NaN as a category" if self.dummy_na else ""
        return f"One-hot encode{extra}: {', '.join(map(str, self.columns))}"

    def check(self, table: Table) -> None:
        _require_inputs(table, self.columns)
        new = sum(int(table.column(c).nunique(dropna=True)) for c in self.columns)
        if new > MAX_DUMMY_COLUMNS:
            raise step_error("too_many_dummies", count=new, limit=MAX_DUMMY_COLUMNS)

    def code(self, table: Table) -> list[str]:
        v = "inputs" if table.is_split else "data"
        return [f"{v} = pd.get_dummies({v}, columns={_cols(self.columns)}, "
                f"dummy_na={self.dummy_na!r}, dtype=int)"]


@dataclass(frozen=True)
class Standardize(Step):
    """z-score: subtract the mean, divide by the standard deviation."""

    columns: tuple
    KIND: ClassVar[str] = "standardize"

    def describe(self) -> str:
        return f"Standardize: {', '.join(map(str, self.columns))}"

    def check(self, table: Table) -> None:
        _require_numeric(table, self.columns)
        flat = [str(c) for c in self.columns if not table.column(c).std() > 0]
        if flat:
            raise step_error("no_spread", columns=_names(flat))

    def code(self, table: Table) -> list[str]:
        return _column_code(table, self.columns, "({v} - {v}.mean()) / {v}.std()")


@dataclass(frozen=True)
class MinMaxScale(Step):
    """Scale to [0, 1]: (x − min) / (max − min)."""

    columns: tuple
    KIND: ClassVar[str] = "min_max"

    def describe(self) -> str:
        return f"Min-max scale: {', '.join(map(str, self.columns))}"

    def check(self, table: Table) -> None:
        _require_numeric(table, self.columns)
        flat = [str(c) for c in self.columns
                if not table.column(c).max() > table.column(c).min()]
        if flat:
            raise step_error("single_value", columns=_names(flat))

    def code(self, table: Table) -> list[str]:
        return _column_code(table, self.columns, "({v} - {v}.min()) / ({v}.max() - {v}.min())")


@dataclass(frozen=True)
class ChangeType(Step):
    """``astype``: e.g. text digits to numbers, numbers to a category."""

    column: Any
    dtype: str = "float64"
    KIND: ClassVar[str] = "astype"

    def describe(self) -> str:
        return f"Change the type of {self.column} to {self.dtype}"

    def check(self, table: Table) -> None:
        if self.dtype not in DTYPES:
            raise step_error("unknown_choice", choice=self.dtype)
        table.owner(self.column)
        series = table.column(self.column)
        if self.dtype == "int64" and series.isna().any():
            raise step_error("int_missing", column=self.column)

    def code(self, table: Table) -> list[str]:
        var = table.owner(self.column)
        if var == "outputs" and table.series_outputs():
            return [f"outputs = outputs.astype({self.dtype!r})"]
        ref = f"{var}[{literal(self.column)}]"
        return [f"{ref} = {ref}.astype({self.dtype!r})"]


@dataclass(frozen=True)
class Rename(Step):
    """Rename a column."""

    column: Any
    new_name: str
    KIND: ClassVar[str] = "rename"

    def describe(self) -> str:
        return f"Rename {self.column} to {self.new_name}"

    def check(self, table: Table) -> None:
        table.owner(self.column)
        if not str(self.new_name).strip():
            raise step_error("empty_name")
        if self.new_name in table.frame().columns:
            raise step_error("name_taken", column=self.new_name)

    def code(self, table: Table) -> list[str]:
        var = table.owner(self.column)
        if var == "outputs" and table.series_outputs():
            return [f"outputs = outputs.rename({literal(self.new_name)})"]
        return [f"{var} = {var}.rename(columns={{{literal(self.column)}: "
                f"{literal(self.new_name)}}})"]


@dataclass(frozen=True)
class AddRow(Step):
    """Append an empty row (all missing) with the given index label."""

    label: int
    KIND: ClassVar[str] = "add_row"

    def describe(self) -> str:
        return f"Add an empty row {self.label}"

    def check(self, table: Table) -> None:
        if self.label in table.frame().index:
            raise step_error("row_exists", row=self.label)

    def code(self, table: Table) -> list[str]:
        return [f"{v}.loc[{literal(self.label)}] = np.nan" for v in table.variables()]


@dataclass(frozen=True)
class DeleteRows(Step):
    """Remove rows by index label."""

    labels: tuple
    KIND: ClassVar[str] = "delete_rows"

    def describe(self) -> str:
        shown = ", ".join(map(str, self.labels[:5])) + (" …" if len(self.labels) > 5 else "")
        return f"Delete {len(self.labels)} row(s): {shown}"

    def check(self, table: Table) -> None:
        if not self.labels:
            raise step_error("choose_rows")
        missing = [x for x in self.labels[:10] if x not in table.frame().index]
        if missing:
            raise step_error("no_row", row=missing[0])

    def code(self, table: Table) -> list[str]:
        rows = labels_literal(self.labels)
        if not table.is_split:
            return [f"data = data.drop(index={rows})"]
        return [f"rows = {rows}",
                "inputs, outputs = inputs.drop(index=rows), outputs.drop(index=rows)"]


@dataclass(frozen=True)
class AddColumn(Step):
    """A new (input) column, empty or filled with one value."""

    name: str
    value: float = math.nan
    KIND: ClassVar[str] = "add_column"

    def describe(self) -> str:
        return f"Add a column {self.name}"

    def check(self, table: Table) -> None:
        if not str(self.name).strip():
            raise step_error("empty_name")
        if self.name in table.frame().columns:
            raise step_error("name_taken", column=self.name)

    def code(self, table: Table) -> list[str]:
        v = "inputs" if table.is_split else "data"
        return [f"{v}[{literal(self.name)}] = {literal(self.value)}"]


@dataclass(frozen=True)
class DeleteColumns(Step):
    """Remove columns."""

    columns: tuple
    KIND: ClassVar[str] = "delete_columns"

    def describe(self) -> str:
        return f"Delete column(s): {', '.join(map(str, self.columns))}"

    def check(self, table: Table) -> None:
        _require_columns(table, self.columns)
        if table.is_split:
            targets = [c for c in self.columns if table.owner(c) == "outputs"]
            if targets and len(targets) == len(table.targets):
                raise step_error("target_needed")

    def code(self, table: Table) -> list[str]:
        return [f"{var} = {var}.drop(columns={_cols(cols)})"
                for var, cols in _group_by_owner(table, self.columns).items()]


@dataclass(frozen=True)
class EditCell(Step):
    """Set one cell (row label, column) to a value."""

    label: Any
    column: Any
    value: Any = field(default=math.nan)
    KIND: ClassVar[str] = "edit"

    def describe(self) -> str:
        return f"Set row {self.label}, {self.column} to {literal(self.value)}"

    def check(self, table: Table) -> None:
        table.owner(self.column)
        if self.label not in table.frame().index:
            raise step_error("no_row", row=self.label)

    def code(self, table: Table) -> list[str]:
        var = table.owner(self.column)
        if var == "outputs" and table.series_outputs():
            return [f"outputs.loc[{literal(self.label)}] = {literal(self.value)}"]
        return [f"{var}.loc[{literal(self.label)}, {literal(self.column)}] = "
                f"{literal(self.value)}"]


STEP_TYPES: dict[str, type[Step]] = {
    cls.KIND: cls for cls in (Split, DropMissingRows, DropMostMissingColumn, FillMissing, OneHot,
                              Standardize, MinMaxScale, ChangeType, Rename, AddRow, DeleteRows,
                              AddColumn, DeleteColumns, EditCell)
}


def step_from_dict(values: dict) -> Step:
    """Inverse of :meth:`Step.to_dict` (autosave files)."""
    values = dict(values)
    cls = STEP_TYPES.get(values.pop("kind", None))
    if cls is None:
        raise step_error("unknown_step")
    names = {f.name for f in fields(cls)}
    kwargs = {}
    for key, value in values.items():
        if key not in names:
            continue
        if isinstance(value, dict) and value.get("NA"):
            value = pd.NA
        elif isinstance(value, list):
            value = tuple(value)
        kwargs[key] = value
    return cls(**kwargs)


# --------------------------------------------------------------------------- the pipeline
class Pipeline:
    """The original table plus the applied steps, with every intermediate table (recomputed
    from an earlier one when memory is short) so undo is instant."""

    def __init__(self, original: pd.DataFrame, source: TableSource | None = None,
                 memory_budget: int = STATE_MEMORY_BUDGET) -> None:
        self.source = source
        self.steps: list[Step] = []
        self._code: list[list[str]] = []  # each step's code, fixed when it was applied
        self._tables: list[Table | None] = [Table(data=original)]
        self._budget = memory_budget

    @property
    def original(self) -> Table:
        return self._tables[0]

    def table_at(self, index: int) -> Table:
        """The table after ``index`` steps (0 = as read)."""
        start = index
        while self._tables[start] is None:
            start -= 1
        table = self._tables[start]
        for i in range(start, index):
            table = self.steps[i].apply(table)
            self._tables[i + 1] = table
        return table

    @property
    def current(self) -> Table:
        return self.table_at(len(self.steps))

    def preview(self, step: Step) -> Table:
        """What ``step`` would make of the current table (StepError if it cannot)."""
        return step.apply(self.current)

    def push(self, step: Step, result: Table | None = None) -> Table:
        before = self.current
        result = result if result is not None else step.apply(before)
        self._code.append(step.code(before))
        self.steps.append(step)
        self._tables.append(result)
        self._trim()
        return result

    def pop(self) -> Step:
        if not self.steps:
            raise step_error("nothing_to_undo")
        self._tables.pop()
        self._code.pop()
        return self.steps.pop()

    def _trim(self) -> None:
        """Forget middle tables (oldest first) while their memory exceeds the budget."""
        kept = [i for i, t in enumerate(self._tables) if t is not None]
        total = sum(self._tables[i].nbytes() for i in kept)
        for i in kept[1:-1]:
            if total <= self._budget:
                break
            total -= self._tables[i].nbytes()
            self._tables[i] = None

    def code(self, tensors: bool = True) -> str:
        """The whole pipeline as a runnable script."""
        lines = ["import numpy as np", "import pandas as pd"]
        if tensors:
            lines.append("import torch")
        lines.append("")
        if self.source is not None:
            lines.append(self.source.code("data"))
        else:
            lines.append("data = pd.read_csv('table.csv')")
        for number, (step, code) in enumerate(zip(self.steps, self._code, strict=True), 1):
            lines.append(f"# {number}. {step.describe()}")
            lines.extend(code)
        if tensors:
            lines.append("")
            lines.extend(tensor_code(self.current))
        return "\n".join(lines) + "\n"


def tensor_code(table: Table) -> list[str]:
    """The course's last step: from pandas to tensors."""
    if table.is_split:
        return ["X = torch.tensor(inputs.to_numpy(dtype=float))",
                "y = torch.tensor(outputs.to_numpy(dtype=float))",
                "print(X)", "print(y)"]
    return ["X = torch.tensor(data.to_numpy(dtype=float))", "print(X)"]


def non_numeric_columns(frame: pd.DataFrame) -> list:
    return [c for c in frame.columns
            if not (is_numeric(frame[c]) or pd.api.types.is_bool_dtype(frame[c]))]


def to_tensors(table: Table):
    """(X, y) as the course builds them (y is None before the split); imports torch on call."""
    import torch

    def convert(obj, what: str):
        frame = obj.to_frame() if isinstance(obj, pd.Series) else obj
        text = non_numeric_columns(frame)
        if text:
            raise step_error("text_left_tensor", what=what, columns=_names(text))
        try:
            return torch.tensor(obj.to_numpy(dtype=float))
        except (TypeError, ValueError) as exc:
            raise step_error("not_a_tensor", what=what, detail=exc) from None

    if table.is_split:
        return convert(table.inputs, "X"), convert(table.outputs, "y")
    return convert(table.data, "X"), None


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
        raise step_error("text_left", columns=_names(text))
    missing = [str(c) for c in frame.columns if frame[c].isna().any()]
    if missing:
        raise step_error("missing_left", columns=_names(missing))
    x = frame[features].to_numpy(dtype=np.float32)
    y = frame[target].to_numpy(dtype=np.float32)
    if not (np.isfinite(x).all() and np.isfinite(y).all()):
        raise step_error("infinite")
    return RegressionData(x, y, [str(c) for c in features], str(target))


def step_summary(steps: list[Step]) -> list[dict]:
    return [s.to_dict() for s in steps]

