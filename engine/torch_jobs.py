"""The window's smaller torch jobs, run in the torch process (see :mod:`engine.torch_process`).

Each is a module-level function the process can import by name; torch comes in only when one
runs. Training runs themselves are :mod:`engine.training_jobs`.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any


def available_devices() -> list[str]:
    """Devices a run can use ("cpu", "cuda", …) for the Training tab's device list."""
    from engine.device import available_devices as devices

    return devices()


def environment(folder: str | None) -> tuple[str, tuple[bool, str]]:
    """The status bar's device text, and (found, where) for Fashion-MNIST (searched folders
    when not found)."""
    from engine.data import DatasetNotFoundError, locate_fashion_mnist
    from engine.device import device_label, resolve_device

    device = device_label(resolve_device("auto"))
    try:
        found = (True, str(locate_fashion_mnist(folder)))
    except DatasetNotFoundError as exc:
        found = (False, "\n".join(str(p) for p in exc.searched))
    return device, found


def prepare_data(task: str, data_dir: str | None, device: str) -> None:
    """Load what a run of ``task`` trains on ahead of the run (kept in the process)."""
    from engine.training import prepare_data as prepare

    prepare(task, data_dir, device)


def tensor_text(table: Any, target: Any = None) -> str:
    """The course's tensor lines for a preprocessed table and their printout."""
    from engine import pipeline as pl

    x, y = pl.to_tensors(table, target)
    lines = pl.tensor_code(table, target)
    out = [lines[0], f"X.shape = {x.shape}, X.dtype = {x.dtype}", f"X = {x}", ""]
    if y is not None:
        out += [lines[1], f"y.shape = {y.shape}, y.dtype = {y.dtype}", f"y = {y}"]
    return "\n".join(out)


def test_set(classifier: Any, folder: str | None):
    """``classifier`` on the Fashion-MNIST test set: ("ok", (images, result)), or ("missing" |
    "error", reason)."""
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


def train_default_model(kind: str, folder: str | None) -> Iterator[Any]:
    """Train a default classifier model: yields progress 0..1, returns the checkpoint's path."""
    from engine.classify import train_default_model as train

    return (yield from train(kind, folder))
