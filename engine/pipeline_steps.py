"""The preprocessing steps: each one a small dataclass that *is* its pandas code.

A step's :meth:`Step.apply` runs exactly the code that :meth:`Step.code` prints, so the table a
student sees and the script they copy can never drift apart. Before the course's split the code
works on ``data``; after it on ``inputs`` and ``outputs`` (as the book does with ``data.iloc``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, fields
from typing import Any, ClassVar

import numpy as np
import pandas as pd

from engine.pipeline_table import (
    DTYPES,
    FILL_METHODS,
    MAX_DUMMY_COLUMNS,
    StepError,
    Table,
    column_code,
    columns_literal,
    group_by_owner,
    labels_literal,
    literal,
    names_text,
    positions_literal,
    require_columns,
    require_inputs,
    require_numeric,
    step_error,
)


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
        if rows == 0 and table.frame().shape[0] > 0:  # an empty table (a header only) may stay so
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
        require_columns(table, self.targets)
        if len(self.targets) >= table.data.shape[1]:
            raise step_error("keep_an_input")

    def code(self, table: Table) -> list[str]:
        columns = list(table.data.columns)
        out = [columns.index(t) for t in columns if t in self.targets]
        inp = [i for i in range(len(columns)) if i not in out]
        return [f"inputs, outputs = data.iloc[:, {positions_literal(inp, False)}], "
                f"data.iloc[:, {positions_literal(out, True)}]"]


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
        require_numeric(table, self.columns)

    def code(self, table: Table) -> list[str]:
        expr = {"mean": "{v}.fillna({v}.mean())",
                "median": "{v}.fillna({v}.median())",
                "constant": "{v}.fillna(" + literal(float(self.value)) + ")",
                "interpolate": "{v}.interpolate(limit_direction='both')"}[self.method]
        return column_code(table, self.columns, expr)


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
        require_inputs(table, self.columns)
        new = sum(int(table.column(c).nunique(dropna=True)) for c in self.columns)
        if new > MAX_DUMMY_COLUMNS:
            raise step_error("too_many_dummies", count=new, limit=MAX_DUMMY_COLUMNS)

    def code(self, table: Table) -> list[str]:
        v = "inputs" if table.is_split else "data"
        return [f"{v} = pd.get_dummies({v}, columns={columns_literal(self.columns)}, "
                f"dummy_na={self.dummy_na!r}, dtype=int)"]


@dataclass(frozen=True)
class Standardize(Step):
    """z-score: subtract the mean, divide by the standard deviation."""

    columns: tuple
    KIND: ClassVar[str] = "standardize"

    def describe(self) -> str:
        return f"Standardize: {', '.join(map(str, self.columns))}"

    def check(self, table: Table) -> None:
        require_numeric(table, self.columns)
        flat = [str(c) for c in self.columns if not table.column(c).std() > 0]
        if flat:
            raise step_error("no_spread", columns=names_text(flat))

    def code(self, table: Table) -> list[str]:
        return column_code(table, self.columns, "({v} - {v}.mean()) / {v}.std()")


@dataclass(frozen=True)
class MinMaxScale(Step):
    """Scale to [0, 1]: (x − min) / (max − min)."""

    columns: tuple
    KIND: ClassVar[str] = "min_max"

    def describe(self) -> str:
        return f"Min-max scale: {', '.join(map(str, self.columns))}"

    def check(self, table: Table) -> None:
        require_numeric(table, self.columns)
        flat = [str(c) for c in self.columns
                if not table.column(c).max() > table.column(c).min()]
        if flat:
            raise step_error("single_value", columns=names_text(flat))

    def code(self, table: Table) -> list[str]:
        return column_code(table, self.columns, "({v} - {v}.min()) / ({v}.max() - {v}.min())")


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
        require_columns(table, self.columns)
        if table.is_split:
            targets = [c for c in self.columns if table.owner(c) == "outputs"]
            if targets and len(targets) == len(table.targets):
                raise step_error("target_needed")

    def code(self, table: Table) -> list[str]:
        return [f"{var} = {var}.drop(columns={columns_literal(cols)})"
                for var, cols in group_by_owner(table, self.columns).items()]


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
