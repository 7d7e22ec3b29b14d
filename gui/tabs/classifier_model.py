"""The classifier tab's state without Qt: the pictures, their answers, the chosen model.

The views render it and forward what the user does; tests drive it without a display. Texts
are not made here: an entry records *what* it is (a file, a pasted picture, test image #n of
class c) so a view can name it in whatever language is current.
"""

from __future__ import annotations

import csv
import io
import os
from dataclasses import dataclass, field

import numpy as np

#: How many classes the probability bars list.
TOP_K = 5


@dataclass
class Entry:
    """One picture in the results list."""

    key: str                       # path as found, or "clipboard:N"
    name: str                      # the path, or "" for data without a file
    data: bytes | None = None      # pasted/dropped picture data (no file)
    input: np.ndarray | None = None
    probs: np.ndarray | None = None
    error: str | None = None       # English one-liner (CSV); ``problem`` is the keyed error
    thumb: np.ndarray | None = None
    problem: Exception | None = None
    origin: str = "file"           # "file" | "pasted" | "test"
    number: int = 0                # paste count, or the index in the test set
    true_class: int | None = None  # a test image's label
    #: The batch's full answer with every step (engine.classify.FileResult), only while the
    #: batch is being delivered: the selected picture shows it without decoding again.
    fresh: object | None = field(default=None, repr=False)

    @property
    def short_name(self) -> str:
        """A file's name without its folder (the list is narrow); the full path is the key."""
        return os.path.basename(self.name) or self.name

    def top(self) -> tuple[int, float] | None:
        """(class index, probability) of the answer, or None before the model has spoken."""
        if self.probs is None:
            return None
        index = int(np.argmax(self.probs))
        return index, float(self.probs[index])


@dataclass
class Source:
    """A picture to preprocess: a path (file or folder) or data, and what it is."""

    key: str
    name: str
    data: bytes | None = None
    origin: str = "file"
    number: int = 0
    true_class: int | None = None

    def entry(self, key: str | None = None, name: str | None = None) -> Entry:
        return Entry(key or self.key, self.name if name is None else name, self.data,
                     origin=self.origin, number=self.number, true_class=self.true_class)


@dataclass
class PictureResults:
    """The pictures in list order, the current model and the options of the steps."""

    entries: dict[str, Entry] = field(default_factory=dict)
    classifier: object | None = None
    invert: bool = True             # "Invert light backgrounds"
    crop: bool = True               # "Crop to the object"
    paste_count: int = 0
    selected: str | None = None     # key of the picture whose steps are shown

    # ----------------------------------------------------------------- options
    def invert_option(self) -> bool | None:
        """engine.images' ``invert``: None detects the background, False leaves it."""
        return None if self.invert else False

    # ----------------------------------------------------------------- pictures
    def pasted(self, data: bytes) -> Source:
        """A new pasted picture: numbered in the order pasted, never reused."""
        self.paste_count += 1
        return Source(f"clipboard:{self.paste_count}", "", data, "pasted", self.paste_count)

    def test_image(self, data: bytes, index: int, true_class: int) -> Source:
        source = self.pasted(data)
        source.origin, source.number, source.true_class = "test", index, true_class
        return source

    def add(self, entries: list[Entry]) -> list[Entry]:
        """Add or replace entries (a rerun replaces by key); returns the ones that are new."""
        new = [e for e in entries if e.key not in self.entries]
        for entry in entries:
            self.entries[entry.key] = entry
        return new

    def remove(self, key: str) -> None:
        self.entries.pop(key, None)
        if self.selected == key:
            self.selected = None

    def clear(self) -> None:
        self.entries.clear()
        self.selected = None

    def sources(self) -> list[Source]:
        """Every picture as it came, for a rerun with new options."""
        return [Source(e.key, e.name, e.data, e.origin, e.number, e.true_class)
                for e in self.entries.values()]

    def counts(self) -> tuple[int, int]:
        """(pictures, unreadable ones)."""
        return len(self.entries), sum(1 for e in self.entries.values() if e.error)

    # ----------------------------------------------------------------- answers
    def classifiable(self) -> list[str]:
        return [k for k, e in self.entries.items() if e.input is not None]

    def set_probabilities(self, keys: list[str], probs: np.ndarray) -> None:
        for key, p in zip(keys, probs):
            if key in self.entries:
                self.entries[key].probs = p

    def clear_probabilities(self) -> None:
        for entry in self.entries.values():
            entry.probs = None

    def csv_text(self, order: list[str], names: tuple[str, ...]) -> str:
        """The pictures in ``order`` as CSV: path, label, class index, probability, error
        (English labels and messages: a file for scripts, whatever the UI language)."""
        buf = io.StringIO()
        writer = csv.writer(buf)
        writer.writerow(["path", "label", "class_index", "probability", "error"])
        for entry in (self.entries[k] for k in order if k in self.entries):
            if (top := entry.top()) is not None:
                writer.writerow([entry.key, names[top[0]], top[0], f"{top[1]:.6f}", ""])
            else:
                writer.writerow([entry.key, "", "", "", entry.error or ""])
        return buf.getvalue()

    def needs_answers(self) -> bool:
        """A model is loaded but some preprocessed picture has no answer yet (it came while no
        model, or another one, was loaded)."""
        return self.classifier is not None and any(
            e.input is not None and e.probs is None for e in self.entries.values())


def top_k(probs: np.ndarray | None, k: int = TOP_K) -> list[tuple[int, float]]:
    """The k most probable classes, most probable first."""
    if probs is None:
        return []
    order = np.argsort(-probs)[:k]
    return [(int(i), float(probs[i])) for i in order]


@dataclass
class ModelChoice:
    """The model list and what happened to the chosen model and to default training."""

    models: list = field(default_factory=list)           # engine.classify.ModelInfo
    have_default: dict[str, bool] = field(
        default_factory=lambda: {"softmax": True, "mlp": True})
    preferred: str = ""                                   # path to choose when listed
    extra: list[str] = field(default_factory=list)        # checkpoints opened from elsewhere
    load_error: str | None = None
    training: str | None = None                           # kind being trained
    train_error: str | None = None

    def should_train_softmax(self) -> bool:
        """Course rule: without a softmax model the classifier trains one by itself (once)."""
        return (not self.have_default.get("softmax", True) and self.training is None
                and self.train_error is None)

    def index_to_choose(self, current: str | None) -> int:
        """Keep the current model, else the preferred one, else the first; -1 when empty."""
        paths = [str(info.path) for info in self.models]
        for wanted in (current, self.preferred):
            if wanted and wanted in paths:
                return paths.index(wanted)
        return 0 if paths else -1
