"""The course's own code (d2l 0.17.6) offline and fast inside the sandbox kernel (Qt-free).

The book runs its notebooks in ``notebooks/`` beside a ``data/`` folder and reads Fashion-MNIST
through ``torchvision.datasets.FashionMNIST(root="../data", download=True)`` and DataLoaders
with 4 worker processes. The kernel calls :func:`ensure_lab` for that layout and
:func:`install_course_patches` once before any user code (torchvision's part waits for a cell to
import torchvision), which

* lets the download find DiveLab's copy of Fashion-MNIST instead of the network,
* loads batches in the kernel process instead of worker processes (the kernel is a daemonic
  ``multiprocessing`` child, which cannot start them, and forking a threaded torch process is
  fragile),
* reads the MNIST family's batches as whole tensors instead of one PIL image at a time.

Every batch stays bitwise what torchvision's per-image path gives: same shapes, dtypes, values,
labels and shuffling; anything the fast path does not reproduce exactly takes the original path.
"""

from __future__ import annotations

import functools
import inspect
import logging
import os
import shutil
import sys
import threading
from pathlib import Path

import torch

from engine import data as fashion
from engine.import_hooks import after_import, cancel
from engine.paths import project_root, user_data_dir

log = logging.getLogger(__name__)

_state: dict = {"data_folder": None, "installed": False, "warned_workers": False}
_lock = threading.Lock()


# ----------------------------------------------------------------------------- lab folders

def default_lab_dir() -> Path:
    """Where the student's notebooks and the book's ``../data`` live."""
    return user_data_dir() / "lab"


def ensure_lab(lab_dir: str | os.PathLike | None = None) -> Path:
    """Create ``LAB/notebooks`` and ``LAB/data``; return ``notebooks`` (the kernel's cwd).

    The book's ``../data`` then is ``LAB/data``. The app's own folder is refused: it may be
    read-only, and a student's files must survive an update of the app.
    """
    lab = Path(lab_dir).expanduser() if lab_dir else default_lab_dir()
    lab = lab.absolute()
    notebooks = lab / "notebooks"
    if notebooks.is_dir() and (lab / "data").is_dir():
        return notebooks
    if _inside(lab, project_root()) and not _inside(lab, user_data_dir()):
        raise ValueError(f"the lab folder {lab} is inside DiveLab's own folder; choose another one")
    notebooks.mkdir(parents=True, exist_ok=True)
    (lab / "data").mkdir(parents=True, exist_ok=True)
    return notebooks


def _inside(path: Path, folder: Path) -> bool:
    try:
        return Path(os.path.realpath(path)).is_relative_to(os.path.realpath(folder))
    except (OSError, ValueError):
        return False


# ----------------------------------------------------------------------------- patches

def install_course_patches(data_folder: str | None = None) -> None:
    """Make ``d2l.load_data_fashion_mnist`` and friends work offline and fast in this process.

    Called once per kernel before user code; calling it again only updates ``data_folder``
    (the user's Fashion-MNIST folder; None searches the usual places). torch's part applies at
    once; torchvision's the moment a cell imports it (directly or through d2l), so a kernel
    start does not pay torchvision's import.
    """
    with _lock:
        _state["data_folder"] = data_folder
        if _state["installed"]:
            return
        _patch_dataloader(torch.utils.data.DataLoader)
        _patch_collate(torch.utils.data._utils.collate)
        _state["installed"] = True
        _state["torchvision_hook"] = after_import("torchvision.datasets", _patch_torchvision)


def _patch_torchvision(datasets) -> None:  # noqa: ANN001 (the torchvision.datasets module)
    _patch_download(datasets.FashionMNIST)
    datasets.MNIST.__getitems__ = _mnist_getitems


def _uninstall() -> None:
    """Undo :func:`install_course_patches` (tests share one process with other code)."""
    cancel(_state.pop("torchvision_hook", None))
    with _lock:
        owners = [(torch.utils.data.DataLoader, "__init__"),
                  (torch.utils.data._utils.collate, "default_collate")]
        datasets = sys.modules.get("torchvision.datasets")
        if datasets is not None:
            owners.append((datasets.FashionMNIST, "download"))
        for owner, name in owners:
            current = owner.__dict__.get(name) if isinstance(owner, type) else getattr(owner, name)
            if getattr(current, "_divelab", False):
                setattr(owner, name, current.__wrapped__)
        if datasets is not None and datasets.MNIST.__dict__.get("__getitems__") is _mnist_getitems:
            del datasets.MNIST.__getitems__
        _state.update(installed=False, warned_workers=False, data_folder=None)


# --- (a) the download finds DiveLab's copy

def _patch_download(cls: type) -> None:
    original = cls.download
    if getattr(original, "_divelab", False):
        return

    @functools.wraps(original)
    def download(self) -> None:
        if not self._check_exists() and self.resources == cls.resources:
            _place_raw_files(Path(self.raw_folder))
        return original(self)

    download._divelab = True  # type: ignore[attr-defined]
    cls.download = download


def _place_raw_files(raw: Path) -> bool:
    """Write the four uncompressed IDX files into ``raw``, as a finished download leaves them.

    Checked before they are put in place, written under temporary names and renamed, so a
    damaged copy or an interruption never leaves files that torchvision would take as complete.
    False when DiveLab has no usable copy (torchvision's own download then runs).
    """
    try:
        source = fashion.locate_fashion_mnist(_state["data_folder"])
    except fashion.DatasetNotFoundError:
        return False
    files = fashion._source_files(source)
    raw.mkdir(parents=True, exist_ok=True)
    tag = f".{os.getpid()}.{threading.get_ident()}.part"
    temps = {key: raw / (fashion.FILES[key] + tag) for key in files}
    try:
        for key, src in files.items():
            if src.suffix == ".gz":
                fashion._gunzip(src, temps[key])
            else:
                shutil.copyfile(src, temps[key])
        for split, prefix in (("train", "train"), ("test", "test")):
            fashion._check_split(temps[f"{prefix}_images"], temps[f"{prefix}_labels"], split,
                                 fashion.EXPECTED_COUNTS[split], source)
        for key, tmp in temps.items():
            os.replace(tmp, raw / fashion.FILES[key])
        return True
    except (fashion.DatasetCorruptError, OSError) as exc:
        print(f"DiveLab: the Fashion-MNIST files in {source} cannot be used ({exc}); "
              "trying torchvision's download.", file=sys.stderr)
        return False
    finally:
        for tmp in temps.values():
            tmp.unlink(missing_ok=True)


# --- (b) no worker processes

_WORKER_ONLY = {"prefetch_factor": None, "persistent_workers": False,
                "multiprocessing_context": None, "timeout": 0}


def _patch_dataloader(cls: type) -> None:
    original = cls.__init__
    if getattr(original, "_divelab", False):
        return
    signature = inspect.signature(original)

    @functools.wraps(original)
    def __init__(self, *args, **kwargs) -> None:
        try:
            bound = signature.bind(self, *args, **kwargs)
        except TypeError:  # let DataLoader word the error
            return original(self, *args, **kwargs)
        workers = bound.arguments.get("num_workers", 0)
        if isinstance(workers, int) and not isinstance(workers, bool) and workers > 0:
            bound.arguments["num_workers"] = 0
            for name, value in _WORKER_ONLY.items():
                if name in bound.arguments:
                    bound.arguments[name] = value
            _notice_workers(workers)
        return original(*bound.args, **bound.kwargs)

    __init__._divelab = True  # type: ignore[attr-defined]
    cls.__init__ = __init__


def _notice_workers(workers: int) -> None:
    if _state["warned_workers"]:
        return
    _state["warned_workers"] = True
    print(f"DiveLab: DataLoader(num_workers={workers}) reads its batches in this process "
          "(num_workers=0); the batches are the same. "
          f"数据在本进程中读取（num_workers={workers} → 0），小批量数据不变。", file=sys.stderr)


# --- (c) whole-batch reads for MNIST-style datasets

_batches = threading.local()


def _mnist_getitems(self, indices) -> list:
    """``[self[i] for i in indices]``, read as one tensor when the transform allows it exactly.

    torch's batch fetcher calls this instead of ``__getitem__`` per index and hands the list to
    the collate function; the ``default_collate`` of :func:`_patch_collate` recognises this very
    list and returns the batch already built, which is what it would have stacked from it.
    """
    indices = list(indices)
    plan = _fast_plan(self)
    if plan is None or not indices or not all(type(i) is int for i in indices):
        return [self[i] for i in indices]
    if min(indices) < 0 or max(indices) >= len(self.data):  # the per-item path says why
        return [self[i] for i in indices]
    index = torch.as_tensor(indices, dtype=torch.long)
    # uint8 [B, 1, H, W]: ToTensor's layout for mode L
    images = self.data.index_select(0, index).unsqueeze(1)
    size, resample = plan
    if resample is not None:
        images = _resize_with_pillow(images[:, 0], size, resample).unsqueeze(1)
    batch = images.to(dtype=torch.get_default_dtype()).div_(255)
    targets = self.targets.index_select(0, index)
    samples = list(zip(batch.unbind(0), targets.tolist()))
    _batches.ready = (samples, tuple(samples), batch, targets.to(torch.int64))
    return samples


def _patch_collate(module) -> None:
    original = module.default_collate
    if getattr(original, "_divelab", False):
        return

    @functools.wraps(original)
    def default_collate(batch):
        ready = getattr(_batches, "ready", None)
        if ready is not None and ready[0] is batch:
            _batches.ready = None
            samples, frozen, images, labels = ready
            if len(batch) == len(frozen) and all(a is b for a, b in zip(batch, frozen)):
                return [images, labels]
        return original(batch)

    default_collate._divelab = True  # type: ignore[attr-defined]
    module.default_collate = default_collate


def _fast_plan(ds) -> tuple[tuple[int, int], int | None] | None:
    """((height, width), Pillow filter or None) when ``ds[i]`` is uint8 → [Resize] → ToTensor.

    None for anything else: those datasets keep the per-item path.
    """
    from torchvision.datasets import MNIST
    from torchvision.transforms import Compose, ToTensor

    if type(ds).__getitem__ is not MNIST.__getitem__ or ds.target_transform is not None:
        return None
    data, targets = getattr(ds, "data", None), getattr(ds, "targets", None)
    if not (isinstance(data, torch.Tensor) and data.dtype == torch.uint8 and data.dim() == 3
            and isinstance(targets, torch.Tensor) and targets.dim() == 1
            and len(targets) == len(data)
            and targets.dtype in (torch.int64, torch.int32, torch.uint8, torch.int16)):
        return None
    transform = ds.transform
    steps = list(transform.transforms) if type(transform) is Compose else [transform]
    if not steps or type(steps[-1]) is not ToTensor:
        return None
    size = (int(data.shape[1]), int(data.shape[2]))
    if len(steps) == 1:
        return size, None
    if len(steps) == 2:
        return _resize_plan(steps[0], size)
    return None


def _resize_plan(step, size: tuple[int, int]) -> tuple[tuple[int, int], int | None] | None:
    """What ``Resize`` does to a PIL image of ``size``: (output size, Pillow filter)."""
    from torchvision.transforms import Resize
    from torchvision.transforms.functional import pil_modes_mapping

    if type(step) is not Resize or step.max_size is not None or step.antialias is False:
        return None  # antialias=False warns once per PIL image: that path stays as it is
    resample = pil_modes_mapping.get(step.interpolation)
    if resample is None:
        return None
    target = step.size
    if isinstance(target, int) and not isinstance(target, bool):
        target = [target]
    if not (isinstance(target, list | tuple) and len(target) in (1, 2)
            and all(isinstance(v, int) and not isinstance(v, bool) and v > 0 for v in target)):
        return None
    try:
        from torchvision.transforms.functional import _compute_resized_output_size

        height, width = _compute_resized_output_size(size, list(target), None)
    except Exception:
        return None
    out = (int(height), int(width))
    return out, (None if out == size else resample)  # torchvision returns such images as they are


def _resize_with_pillow(images: torch.Tensor, size: tuple[int, int], resample: int) -> torch.Tensor:
    """uint8 [B, H, W] → [B, h, w] through the very call torchvision's ``Resize`` makes.

    Pillow's bilinear filter is cheap in C; what a per-image read costs is everything around it
    (a PIL image and a ``ToTensor`` per sample, then stacking), which the batch path saves.
    """
    import numpy as np
    from torchvision.utils import _Image_fromarray  # what MNIST.__getitem__ calls

    height, width = size
    rows = [np.asarray(_Image_fromarray(img.numpy(), mode="L").resize((width, height), resample))
            for img in images]
    return torch.from_numpy(np.stack(rows))
