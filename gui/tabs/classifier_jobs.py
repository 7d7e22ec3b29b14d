"""Background jobs of the classifier tab and the record of one picture.

Each job runs on a worker thread (``gui.worker.start_job``); they import torch and the
engine there, so the window never waits for them.
"""

from __future__ import annotations

import functools
import inspect
import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QUrl
from PySide6.QtGui import QImage

from engine.paths import resource_path
from gui import i18n

THUMB = 48
CHUNK = 32


@dataclass
class Entry:
    """One picture in the results list."""

    key: str                       # path as found, or "clipboard:N"
    name: str                      # what the list shows
    data: bytes | None = None      # pasted/dropped picture data (no file)
    input: np.ndarray | None = None
    probs: np.ndarray | None = None
    error: str | None = None
    thumb: np.ndarray | None = None


# --------------------------------------------------------------------------- worker jobs
class JobFailed(Exception):
    """A job's RuntimeError, re-raised as something superqt reports (it drops RuntimeErrors,
    taking them for a deleted worker, and then never emits ``finished``)."""


def reported(func):
    """Wrap a job (plain or generator) so every error reaches ``errored``."""
    if inspect.isgeneratorfunction(func):
        @functools.wraps(func)
        def generator(*args, **kwargs):
            try:
                return (yield from func(*args, **kwargs))
            except RuntimeError as exc:
                raise JobFailed(" ".join(str(exc).split()) or type(exc).__name__) from exc
        return generator

    @functools.wraps(func)
    def plain(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except RuntimeError as exc:
            raise JobFailed(" ".join(str(exc).split()) or type(exc).__name__) from exc
    return plain


@reported
def job_list_models():
    from engine.classify import default_model_path, list_models

    return list_models(), default_model_path("softmax") is not None, \
        default_model_path("mlp") is not None


@reported
def job_load_model(path: str):
    from engine.classify import Classifier

    return Classifier.load(path)


@reported
def job_preprocess(generation: int, sources: list[tuple[str, str, bytes | None]], invert,
                    crop: bool, classifier):
    """Expand folders, preprocess and classify in chunks: yields (generation, [Entry...])."""
    from engine.classify import expand_paths, preprocess_one
    from engine.images import thumbnail

    items: list[tuple[str, str, bytes | None]] = []
    for key, name, data in sources:
        if data is None and os.path.isdir(key):
            items.extend((p, p, None) for p in expand_paths([key]))
        else:
            items.append((key, name, data))
    for start in range(0, len(items), CHUNK):
        chunk = []
        for key, name, data in items[start:start + CHUNK]:
            result = preprocess_one(key, invert=invert, crop=crop, keep_steps=True, data=data)
            entry = Entry(key, name, data, error=result.error)
            if result.pre is not None:
                entry.input = result.pre.input
                entry.thumb = thumbnail(result.pre.original, THUMB)
            chunk.append(entry)
        if classifier is not None:
            good = [e for e in chunk if e.input is not None]
            if good:
                probs = classifier.probabilities(np.stack([e.input for e in good]))
                for entry, p in zip(good, probs):
                    entry.probs = p
        yield generation, chunk


@reported
def job_reclassify(generation: int, inputs: list[np.ndarray], classifier):
    if not inputs:
        return generation, np.zeros((0, 10), np.float32)
    return generation, classifier.probabilities(np.stack(inputs))


@reported
def job_detail(key: str, data: bytes | None, invert, crop: bool, classifier):
    from engine.classify import preprocess_one

    result = preprocess_one(key, invert=invert, crop=crop, keep_steps=True, data=data)
    if result.pre is not None and classifier is not None:
        result.probs = classifier.probabilities(result.pre.input[None])[0]
    return key, result


@reported
def job_test_set(classifier, folder: str | None):
    from engine.classify import evaluate_test_set
    from engine.data import DatasetNotFoundError, load_fashion_mnist

    try:
        data = load_fashion_mnist(folder)
    except DatasetNotFoundError as exc:
        return "missing", str(exc)
    except (OSError, ValueError) as exc:
        return "error", " ".join(str(exc).split())
    result = evaluate_test_set(classifier, data.test_images, data.test_labels)
    return "ok", (data.test_images.numpy(), result)


def class_names() -> tuple[str, ...]:
    """Fashion-MNIST class names in the UI language (imports engine.data: call after torch)."""
    from engine.data import CLASS_NAMES_EN, CLASS_NAMES_ZH

    return CLASS_NAMES_ZH if i18n.current_language() == "zh" else CLASS_NAMES_EN


def sample_files() -> list[Path]:
    folder = resource_path("samples")
    return sorted(p for p in folder.glob("*") if p.is_file() and not p.name.startswith(".")) \
        if folder.is_dir() else []


def paths_from_text(text: str) -> list[str]:
    """Local paths from text (one per line; file:// URLs or plain paths that exist)."""
    paths = []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        if line.startswith("file:"):
            url = QUrl(line)
            if url.isLocalFile():
                paths.append(url.toLocalFile())
        elif os.path.exists(line):
            paths.append(line)
    return paths


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())
