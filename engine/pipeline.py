"""Preprocessing as data: the original table plus a list of steps, each of which *is* its
pandas code, so the table a student sees and the script they copy never drift apart
("everything the GUI does has code you can read").

The pieces live by job: :mod:`engine.pipeline_table` (the table state and errors),
:mod:`engine.pipeline_steps` (the operations), :mod:`engine.pipeline_code` (the script) and
:mod:`engine.regression_data` (tensors and training data). This module holds the
:class:`Pipeline` and names everything a caller needs from one place.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from engine.pipeline_code import (
    columns_needing_work,
    not_ready_lines,
    pipeline_script,
    step_comment,
    tensor_code,
)
from engine.pipeline_steps import (
    STEP_TYPES,
    AddColumn,
    AddRow,
    ChangeType,
    DeleteColumns,
    DeleteRows,
    DropMissingRows,
    DropMostMissingColumn,
    EditCell,
    FillMissing,
    MinMaxScale,
    OneHot,
    Rename,
    Split,
    Standardize,
    Step,
    step_from_dict,
)
from engine.pipeline_table import (
    DTYPES,
    FILL_METHODS,
    MAX_DUMMY_COLUMNS,
    STEP_MESSAGES,
    StepError,
    Table,
    labels_literal,
    literal,
    step_error,
)
from engine.regression_data import (
    SCALE_RATIO_LIMIT,
    RegressionData,
    ScaleSpread,
    non_numeric_columns,
    regression_data,
    scale_spread,
    to_tensors,
)
from engine.tabular import TableSource

__all__ = [
    "DTYPES", "FILL_METHODS", "MAX_DUMMY_COLUMNS", "SCALE_RATIO_LIMIT", "STATE_MEMORY_BUDGET",
    "STEP_MESSAGES", "STEP_TYPES", "AddColumn", "AddRow", "ChangeType", "DeleteColumns",
    "DeleteRows", "DropMissingRows", "DropMostMissingColumn", "EditCell", "FillMissing",
    "MinMaxScale", "OneHot", "Pipeline", "RegressionData", "Rename", "ScaleSpread", "Split",
    "Standardize", "Step", "StepError", "Table", "TableSource", "columns_needing_work",
    "labels_literal", "literal", "non_numeric_columns", "not_ready_lines", "pipeline_script",
    "regression_data", "scale_spread", "step_comment", "step_error", "step_from_dict",
    "step_summary", "tensor_code", "to_tensors",
]

#: Above this many bytes of kept intermediate tables, older ones are recomputed when needed.
STATE_MEMORY_BUDGET = 1_500_000_000


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

    def code(self, tensors: bool = True, lang: str = "en", target: Any = None) -> str:
        """The whole pipeline as a runnable script, comments in ``lang``.

        ``target`` (before the split) is the column the tensors keep out of X as y.
        """
        return pipeline_script(self.source, self.steps, self._code, self.current, tensors,
                               lang, target)

def step_summary(steps: list[Step]) -> list[dict]:
    return [s.to_dict() for s in steps]
