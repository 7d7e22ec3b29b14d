"""The Preprocessing tab's working copy: written in the background while a table has unsaved
changes, offered back after a crash.

The copy is the table as CSV plus a small JSON (the source file, its size and time, the steps).
Restoring replays the steps on the original when it has not changed since, so undo and the
generated code come back too; otherwise the CSV copy itself is opened.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer

from engine import paths
from gui.preprocess_document import TableDocument, pl, tb
from gui.tasks import TaskSlot

if TYPE_CHECKING:
    import pandas as pd

    from engine.tabular import TableSource

log = logging.getLogger(__name__)

AUTOSAVE_MS = 15_000
META_NAME = "session.json"
COPY_NAME = "working_copy.csv"


def autosave_dir() -> Path:
    return paths.user_data_dir() / "autosave"


def write_autosave(frame: pd.DataFrame, meta: dict) -> None:
    """Write the working copy (worker thread): the CSV first, then the JSON that points at it."""
    folder = autosave_dir()
    tb.save_csv(frame, folder / COPY_NAME)
    paths.atomic_write_text(folder / META_NAME, json.dumps(meta, default=str))


def remove_autosave() -> None:
    for name in (META_NAME, COPY_NAME):
        try:
            (autosave_dir() / name).unlink(missing_ok=True)
        except OSError:
            log.warning("could not remove the autosave %s", name)


def file_stat(path: Path | None) -> list | None:
    """[size, whole seconds of mtime]: enough to tell whether the original was changed."""
    if path is None:
        return None
    try:
        info = path.stat()
    except OSError:
        return None
    return [info.st_size, int(info.st_mtime)]


def autosave_meta(document: TableDocument) -> dict:
    pipeline = document.pipeline
    rows, columns = pipeline.current.frame().shape
    return {
        "version": 1,
        "time": time.time(),
        "source": pipeline.source.__dict__ if pipeline.source else None,
        "source_stat": file_stat(document.path),
        "save_path": str(document.save_path) if document.save_path else None,
        "steps": [s.to_dict() for s in pipeline.steps],
        "rows": int(rows),
        "columns": int(columns),
    }


def read_recovery() -> dict | None:
    """The autosave left by a session that ended without saving, or None."""
    meta_path = autosave_dir() / META_NAME
    if not meta_path.exists() or not (autosave_dir() / COPY_NAME).exists():
        return None
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return meta if isinstance(meta, dict) else None


@dataclass
class Recovered:
    """What to open after a crash: a table, how it was read, and the steps to replay on it."""

    frame: Any
    source: TableSource
    steps: list = field(default_factory=list)
    save_path: Path | None = None
    #: True when the original could not be replayed and the CSV copy was opened instead.
    from_working_copy: bool = False


def recover(meta: dict, read: Callable[[TableSource], Any]) -> Recovered:
    """Replay ``meta``'s steps on the unchanged original, else open the working copy.

    ``read(source)`` reads a table; a TableError from the working copy reaches the caller.
    """
    save_path = Path(meta["save_path"]) if meta.get("save_path") else None
    source = meta.get("source")
    try:
        if not source or file_stat(Path(source["path"])) != meta.get("source_stat"):
            raise pl.StepError("the original file changed")
        source = tb.TableSource(**source)
        frame = read(source)
        steps = [pl.step_from_dict(d) for d in meta.get("steps", [])]
        trial = pl.Pipeline(frame, source)
        for step in steps:
            trial.push(step)
        return Recovered(frame, source, steps, save_path)
    except (tb.TableError, pl.StepError, TypeError, KeyError, ValueError) as exc:
        log.info("replaying the autosaved pipeline failed (%s); using the working copy", exc)
    copy = autosave_dir() / f"recovered-{time.strftime('%Y%m%d-%H%M%S')}.csv"
    try:
        (autosave_dir() / COPY_NAME).replace(copy)
    except OSError as exc:
        raise tb.table_error("unreadable", name=COPY_NAME, detail=exc.strerror or exc) from None
    recovered_source = tb.sniff_table(copy)
    return Recovered(read(recovered_source), recovered_source, [], save_path,
                     from_working_copy=True)


class Autosaver(QObject):
    """Writes the document's working copy every few seconds while there is something new."""

    def __init__(self, parent: QObject, document: TableDocument,
                 keep_copy: Callable[[], bool]) -> None:
        """``keep_copy()`` says whether a copy on disk is still wanted after a write."""
        super().__init__(parent)
        self._document = document
        self._keep_copy = keep_copy
        #: Something changed since the last copy.
        self.pending = False
        self._slot = TaskSlot(self, error=lambda exc: log.warning("autosave failed: %s", exc),
                              finished=self._written)
        self._timer = QTimer(self)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.write_now)
        self._timer.start()

    def write_now(self) -> bool:
        """Write the working copy off the GUI thread when there are unsaved changes."""
        document = self._document
        if (not document.is_open or not self.pending or self._slot.is_running()
                or not document.has_unsaved_changes()):
            return False
        self.pending = False
        self._slot.start(write_autosave, document.pipeline.current.frame(),
                         autosave_meta(document))
        return True

    def is_writing(self) -> bool:
        return self._slot.is_running()

    def _written(self) -> None:
        if not self._keep_copy():
            remove_autosave()  # saved or undone while the copy was being written

    def discard(self) -> None:
        """Nothing is left to recover: forget the pending write and the copy on disk."""
        self.pending = False
        remove_autosave()

    def stop(self) -> None:
        self._timer.stop()
