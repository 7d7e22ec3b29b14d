"""The table open in the Preprocessing tab, without Qt: its pipeline, the undo/redo history,
whether it is saved, the chosen target and the course's rules for which columns an operation
acts on when the student has not chosen any.

The view renders a :class:`TableDocument` and forwards clicks to it; tests drive it without a
display. pandas (through ``engine.pipeline``) is imported on first use, so the window can show
before it has loaded.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

    from engine.pipeline import Pipeline, Step, Table
    from engine.tabular import TableSource


class LazyModule:
    """An engine module imported on first use, so pandas loads after the window is up."""

    def __init__(self, name: str) -> None:
        self._name = name

    def __getattr__(self, attr: str) -> Any:
        return getattr(importlib.import_module(self._name), attr)


pl = LazyModule("engine.pipeline")
tb = LazyModule("engine.tabular")

class History:
    """Undo and redo over the document's pipeline (the applied steps are the undo side)."""

    def __init__(self, document: TableDocument) -> None:
        self._document = document
        self._redo: list[Step] = []
        #: Number of applied steps at the saved state; None when it cannot be reached again.
        self._clean_index: int | None = 0

    def index(self) -> int:
        pipeline = self._document.pipeline
        return len(pipeline.steps) if pipeline is not None else 0

    def count(self) -> int:
        """Steps that can be undone plus steps that can be redone."""
        return self.index() + len(self._redo)

    def can_undo(self) -> bool:
        return self.index() > 0

    def can_redo(self) -> bool:
        return bool(self._redo)

    def undo(self) -> bool:
        if not self.can_undo():
            return False
        self._redo.append(self._document.pipeline.pop())
        self._document.notify()
        return True

    def redo(self) -> bool:
        if not self._redo:
            return False
        step = self._redo.pop()
        self._document.pipeline.push(step)  # recomputed: the same step on the same table
        self._document.notify()
        return True

    def is_clean(self) -> bool:
        return self._clean_index == self.index()

    def set_clean(self) -> None:
        self._clean_index = self.index()

    def clear(self) -> None:
        self._redo.clear()
        self._clean_index = self.index()

    def note_push(self) -> None:
        """A new step was applied: the redo side is gone."""
        if self._clean_index is not None and self._clean_index >= self.index():
            self._clean_index = None  # the saved state was undone and replaced
        self._redo.clear()


class TableDocument:
    """One open table and everything the course says about it."""

    def __init__(self) -> None:
        self.pipeline: Pipeline | None = None
        self.path: Path | None = None
        self.save_path: Path | None = None
        #: Restored from an autosaved working copy: unsaved although nothing was undone.
        self.recovered_unsaved = False
        self.history = History(self)
        self._chosen_target: Any = None
        self._listeners: list[Callable[[bool], Any]] = []

    # ----------------------------------------------------------------- listening
    def subscribe(self, listener: Callable[[bool], Any]) -> None:
        """``listener(initial)`` after every change; ``initial`` when a table was (re)opened."""
        self._listeners.append(listener)

    def notify(self, initial: bool = False) -> None:
        for listener in list(self._listeners):
            listener(initial)

    # ----------------------------------------------------------------- the table
    @property
    def is_open(self) -> bool:
        return self.pipeline is not None

    @property
    def current(self) -> Table | None:
        return self.pipeline.current if self.pipeline is not None else None

    def frame(self) -> pd.DataFrame | None:
        table = self.current
        return table.frame() if table is not None else None

    def load(self, frame: pd.DataFrame, source: TableSource,
             save_path: Path | None = None) -> None:
        """Start over with ``frame`` as read from ``source``: no steps, nothing unsaved."""
        self.pipeline = pl.Pipeline(frame, source)
        self.path = Path(source.path)
        self.save_path = save_path
        self.recovered_unsaved = False
        # The course's tables end with what is predicted; one-hot columns added later do not
        # change that choice.
        self._chosen_target = frame.columns[-1] if frame.shape[1] else None
        self.history.clear()
        self.notify(initial=True)

    def rebase_on_saved(self, path: Path) -> None:
        """Saved over the opened file: the current table is the pipeline's new start."""
        frame = self.pipeline.current.frame().reset_index(drop=True)
        self.pipeline = pl.Pipeline(frame, tb.TableSource(str(path), "csv", ",", "utf-8-sig"))
        self.path = path
        self.history.clear()
        self.notify(initial=True)

    def mark_saved(self, path: Path, steps_when_saved: int) -> None:
        """The table as it was after ``steps_when_saved`` steps is now in ``path``."""
        self.save_path = path
        if self.history.index() == steps_when_saved:
            self.history.set_clean()
        self.recovered_unsaved = False

    def has_unsaved_changes(self) -> bool:
        return self.pipeline is not None and (not self.history.is_clean()
                                              or self.recovered_unsaved)

    # ----------------------------------------------------------------- steps
    def preview(self, step: Step) -> Table:
        """What ``step`` would make of the current table (StepError when it does not fit)."""
        return self.pipeline.preview(step)

    def apply(self, step: Step, result: Table | None = None) -> None:
        """Add ``step`` (with its already computed ``result``) to the undoable history."""
        self.pipeline.push(step, result)
        self.history.note_push()
        self.notify()

    def code(self, lang: str = "en", tensors: bool = True) -> str:
        """The pipeline as a script; its tensors keep the chosen target out of X."""
        if self.pipeline is None:
            return ""
        return self.pipeline.code(tensors=tensors, lang=lang, target=self.tensor_target())

    # ----------------------------------------------------------------- target
    def choose_target(self, column: Any) -> None:
        self._chosen_target = column

    def target(self) -> Any:
        """The column to predict: the split's first target, else the chosen one (the last
        column of the file unless the student chose another)."""
        table = self.current
        if table is None:
            return None
        if table.is_split:
            return table.targets[0]
        columns = list(table.frame().columns)
        if self._chosen_target in columns:
            return self._chosen_target
        return columns[-1] if columns else None

    def tensor_target(self) -> Any:
        """The column that becomes y before the split (None after it: outputs is y)."""
        table = self.current
        if table is None or table.is_split or table.frame().shape[1] < 2:
            return None
        return self.target()

    def can_split(self) -> bool:
        table = self.current
        return table is not None and not table.is_split

    # ----------------------------------------------------------------- course rules
    def input_columns(self) -> list:
        """Columns that are inputs: all but the target (the chosen one before the split)."""
        table = self.current
        if table is None:
            return []
        target = self.tensor_target()
        return [c for c in table.input_columns if c != target]

    def split_targets(self, whole_columns: Sequence) -> list:
        """Whole columns the student selected (several targets), else the chosen target."""
        if whole_columns:
            return list(whole_columns)
        target = self.target()
        return [target] if target is not None else []

    def fill_columns(self, selected: Sequence) -> list:
        """Selected columns, else the input number columns that have gaps (the course's
        ``inputs.fillna(inputs.mean())`` leaves text columns alone)."""
        if selected:
            return list(selected)
        table = self.current
        return [c for c in self.input_columns()
                if tb.is_numeric(table.column(c)) and table.column(c).isna().any()]

    def one_hot_columns(self, selected: Sequence) -> list:
        """Selected columns, else the input text (category) columns."""
        if selected:
            return list(selected)
        table = self.current
        return [c for c in self.input_columns()
                if not tb.is_numeric(table.column(c)) and not _is_bool(table.column(c))]

    def scalable_columns(self, selected: Sequence) -> list:
        """Selected columns, else input number columns that are not 0/1 indicators."""
        if selected:
            return list(selected)
        table = self.current
        result = []
        for column in self.input_columns():
            series = table.column(column)
            if tb.is_numeric(series) and not series.dropna().isin([0, 1]).all():
                result.append(column)
        return result

    def new_column_name(self, wanted: str) -> str:
        """``wanted``, or the first free ``columnN`` when it is empty."""
        if wanted:
            return wanted
        existing = {str(c) for c in self.frame().columns}
        number = 1
        while f"column{number}" in existing:
            number += 1
        return f"column{number}"

    def new_row_label(self) -> Any:
        index = self.frame().index
        try:
            return int(index.max()) + 1 if len(index) else 0
        except (TypeError, ValueError):
            return len(index)


def _is_bool(series) -> bool:
    import pandas as pd

    return pd.api.types.is_bool_dtype(series)
