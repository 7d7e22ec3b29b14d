"""Background jobs of the classifier tab, run through ``gui.tasks.TaskSlot``.

They import the engine on the worker, so the window never waits for them; errors (a
RuntimeError too) reach the slot's ``error`` hook. Classifying needs no torch
(:mod:`engine.weights_file`); the test set and training a default model run in the torch
process (:mod:`engine.torch_jobs`).
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QUrl
from PySide6.QtGui import QImage

from engine.paths import resource_path
from gui import i18n
from gui.tabs.classifier_model import Entry, Source

THUMB = 48
CHUNK = 32

__all__ = ["CHUNK", "THUMB", "Entry", "class_names", "job_detail", "job_list_models",
           "job_load_model", "job_preprocess", "job_reclassify",
           "paths_from_text", "png_bytes", "sample_files"]


def job_list_models(extra: list[str] = ()):
    """The models to list (defaults, saved checkpoints, then ``extra`` files opened from
    elsewhere) and whether each default model exists."""
    from engine.classify import default_model_path, describe_model, list_models

    infos = list_models()
    known = {str(info.path) for info in infos}
    infos += [describe_model(p) for p in extra if p not in known]
    return infos, default_model_path("softmax") is not None, \
        default_model_path("mlp") is not None


def job_load_model(path: str):
    from engine.classify import Classifier

    return Classifier.load(path)


def entry_from(source: Source, result, key: str | None = None, name: str | None = None) -> Entry:
    """The list's record of one preprocessed picture (engine.classify.FileResult)."""
    from engine.images import thumbnail

    entry = source.entry(key, name)
    entry.error, entry.problem, entry.fresh = result.error, result.problem, result
    if result.pre is not None:
        entry.input = result.pre.input
        entry.thumb = thumbnail(result.pre.original, THUMB)
    return entry


def job_preprocess(sources: list[Source], invert, crop: bool, classifier):
    """Expand folders, preprocess and classify in chunks: yields ([Entry...], classifier)."""
    from engine.classify import expand_paths, preprocess_one

    items: list[tuple[Source, str, str]] = []
    for source in sources:
        if source.data is None and os.path.isdir(source.key):
            items.extend((source, p, p) for p in expand_paths([source.key]))
        else:
            items.append((source, source.key, source.name))
    for start in range(0, len(items), CHUNK):
        chunk = []
        for source, key, name in items[start:start + CHUNK]:
            result = preprocess_one(key, invert=invert, crop=crop, keep_steps=True,
                                    data=source.data)
            chunk.append(entry_from(source, result, key, name))
        if classifier is not None:
            good = [e for e in chunk if e.input is not None]
            if good:
                probs = classifier.probabilities(np.stack([e.input for e in good]))
                for entry, p in zip(good, probs):
                    entry.probs = entry.fresh.probs = p
        yield chunk, classifier


def job_reclassify(keys: list[str], inputs: list[np.ndarray], classifier):
    if not inputs:
        return keys, np.zeros((0, 10), np.float32), classifier
    return keys, classifier.probabilities(np.stack(inputs)), classifier


def job_detail(key: str, data: bytes | None, invert, crop: bool, classifier):
    from engine.classify import preprocess_one

    result = preprocess_one(key, invert=invert, crop=crop, keep_steps=True, data=data)
    if result.pre is not None and classifier is not None:
        result.probs = classifier.probabilities(result.pre.input[None])[0]
    return key, result


def class_names() -> tuple[str, ...]:
    """Fashion-MNIST class names in the UI language (a torch-free lookup)."""
    from engine.fashion_classes import class_names as names

    return names(i18n.current_language())


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
