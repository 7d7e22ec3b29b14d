"""A copy of the open notebook in the user data folder, so a crash or a restart loses nothing.

Qt-free. One slot: the notebook tab holds one notebook. The copy is a normal ``.ipynb`` plus a
small JSON note saying where the notebook came from; both are written atomically, the note
last, so a half-finished autosave is never offered.
"""

from __future__ import annotations

import json
import logging
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from engine.paths import atomic_write_text, user_data_dir

if TYPE_CHECKING:
    from engine.notebook import NotebookDocument

log = logging.getLogger(__name__)


@dataclass
class Restored:
    """An autosaved notebook: its cells, its own file (None if never saved), when it was saved."""

    doc: NotebookDocument
    path: Path | None
    name: str
    saved_at: float


class AutosaveStore:
    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder if folder is not None else user_data_dir() / "autosave"
        self.notebook_file = self.folder / "notebook.ipynb"
        self.info_file = self.folder / "notebook.json"

    def exists(self) -> bool:
        return self.info_file.is_file() and self.notebook_file.is_file()

    def write(self, doc: NotebookDocument, name: str) -> None:
        """Save a copy of ``doc`` (its own path and dirty flag are left alone)."""
        text = doc.to_json()
        self.folder.mkdir(parents=True, exist_ok=True)
        atomic_write_text(self.notebook_file, text)
        info = {"path": str(doc.path) if doc.path is not None else None, "name": name,
                "saved_at": time.time()}
        atomic_write_text(self.info_file, json.dumps(info, ensure_ascii=False))

    def read(self) -> Restored | None:
        """The autosaved notebook, unsaved (dirty) and pointing at its own file; None if none."""
        from engine.notebook import NotebookDocument, NotebookError

        if not self.exists():
            return None
        try:
            info = json.loads(self.info_file.read_text(encoding="utf-8"))
            doc = NotebookDocument.load(self.notebook_file)
        except (OSError, ValueError, NotebookError):
            log.warning("ignoring an unreadable autosave in %s", self.folder, exc_info=True)
            return None
        if not isinstance(info, dict):
            return None
        path = Path(info["path"]) if isinstance(info.get("path"), str) else None
        doc.path = path
        doc.dirty = True
        name = str(info.get("name") or (path.name if path else "Untitled.ipynb"))
        saved_at = float(info.get("saved_at") or 0.0)
        return Restored(doc, path, name, saved_at)

    def clear(self) -> None:
        for file in (self.info_file, self.notebook_file):
            try:
                file.unlink()
            except FileNotFoundError:
                pass
            except OSError:
                log.warning("could not remove %s", file, exc_info=True)
