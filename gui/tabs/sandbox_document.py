"""The sandbox editor's document, kept apart from Qt: what is open, whether it was edited,
and the student's code set aside when a preset replaced it ("My code"). Autosaved as one
JSON file so the code survives closing the app or a crash.
"""

from __future__ import annotations

import json
import logging
import threading
from dataclasses import asdict, dataclass, field, fields
from datetime import datetime
from pathlib import Path

from engine.paths import atomic_write_text, user_data_dir

log = logging.getLogger(__name__)

AUTOSAVE_NAME = "sandbox_autosave.json"
#: Most pieces of code kept under "My code"; the oldest goes first.
MAX_KEPT = 30


@dataclass
class SandboxDocument:
    """``baseline`` is the text last loaded (preset, file, "My code") or saved.

    ``kept`` is "My code": the student's edited code, newest first, each
    ``{"text": …, "saved_at": ISO time}``; code set aside there is never overwritten.
    """

    text: str = ""
    baseline: str = ""
    preset_key: str | None = None
    path: str | None = None
    kept: list[dict[str, str]] = field(default_factory=list)

    @property
    def modified(self) -> bool:
        return self.text != self.baseline

    @property
    def unprotected(self) -> bool:
        """True when the editor holds code that exists nowhere else (replacing it loses it)."""
        return (bool(self.text.strip()) and self.modified
                and all(entry["text"] != self.text for entry in self.kept))

    @property
    def name(self) -> str:
        return Path(self.path).name if self.path else ""

    def load_preset(self, key: str, code: str) -> None:
        self.text = self.baseline = code
        self.preset_key, self.path = key, None

    def load_file(self, path: str, text: str) -> None:
        self.text = self.baseline = text
        self.preset_key, self.path = None, path

    def saved_as(self, path: str) -> None:
        self.baseline = self.text
        self.path, self.preset_key = path, None

    def keep_aside(self, when: datetime | None = None) -> None:
        """Copy the editor's code to "My code" (before something else replaces it)."""
        self.kept = [entry for entry in self.kept if entry["text"] != self.text]
        stamp = (when or datetime.now()).isoformat(timespec="seconds")
        self.kept.insert(0, {"text": self.text, "saved_at": stamp})
        del self.kept[MAX_KEPT:]

    def open_kept(self, index: int) -> str:
        """Entry ``index`` of "My code" becomes the document; it stays in the list."""
        self.text = self.baseline = self.kept[index]["text"]
        self.preset_key = self.path = None
        return self.text

    # ------------------------------------------------------------------ persistence
    def to_json(self) -> str:
        return json.dumps({"version": 1, **asdict(self)}, ensure_ascii=False, indent=1)

    @classmethod
    def from_json(cls, text: str) -> SandboxDocument:
        raw = json.loads(text)
        if not isinstance(raw, dict) or not isinstance(raw.get("text"), str):
            raise ValueError("not a sandbox autosave")
        known = {f.name for f in fields(cls)} - {"kept"}
        values = {k: v for k, v in raw.items() if k in known and (v is None or isinstance(v, str))}
        kept = [{"text": e["text"], "saved_at": str(e.get("saved_at", ""))}
                for e in raw.get("kept") or [] if isinstance(e, dict) and isinstance(e.get("text"), str)]
        return cls(**values, kept=kept[:MAX_KEPT])


def autosave_path() -> Path:
    return user_data_dir() / "autosave" / AUTOSAVE_NAME


def save_autosave(document: SandboxDocument, path: Path) -> bool:
    """Write atomically; False (logged) when the disk refuses, the editor keeps working."""
    writer = AutosaveWriter()
    return writer.write(*writer.snapshot(document), path)


class AutosaveWriter:
    """Writes snapshots of the document in the order they were taken.

    Typing pauses write from a worker (a synced write can take tens of milliseconds on a busy
    disk); saving, opening and closing write at once. A snapshot that finishes late never
    replaces a newer one on disk.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._taken = 0
        self._written = 0

    def snapshot(self, document: SandboxDocument) -> tuple[int, str]:
        self._taken += 1
        return self._taken, document.to_json()

    def write(self, number: int, text: str, path: Path) -> bool:
        with self._lock:
            if number < self._written:
                return True  # a newer snapshot is already on disk
            try:
                atomic_write_text(path, text)
            except OSError:
                log.warning("could not autosave the sandbox code to %s", path, exc_info=True)
                return False
            self._written = number
            return True


def load_autosave(path: Path) -> SandboxDocument | None:
    """The autosaved document, or None when there is none or it cannot be read."""
    try:
        return SandboxDocument.from_json(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, TypeError):
        log.warning("ignoring an unreadable sandbox autosave at %s", path, exc_info=True)
        return None
