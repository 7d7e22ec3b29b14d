"""Datasets the course uses: Fashion-MNIST, the synthetic regression line, 2-D toy sets.

Fashion-MNIST is found in the usual places (see :func:`candidate_folders`), read through
torchvision's ``datasets.FashionMNIST`` and kept as one uint8 tensor per split. The files are
validated first (magic numbers, counts, shapes, truncation) so a damaged download gives a clear
:class:`DatasetCorruptError` instead of a crash or a silently short dataset. The decoded tensors
are cached on disk (keyed by the source files' paths, sizes and mtimes) and in memory, so the
second load in a session is free and the first load of a later session takes a few milliseconds.
"""

from __future__ import annotations

import gzip
import hashlib
import logging
import math
import os
import shutil
import struct
import threading
import zlib
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import torch

from engine.fashion_classes import CLASS_NAMES_EN, CLASS_NAMES_ZH  # noqa: F401 - re-exported
from engine.paths import project_root, resource_path, user_data_dir

log = logging.getLogger(__name__)

#: The four IDX files (without ``.gz``), as torchvision names them.
FILES = {
    "train_images": "train-images-idx3-ubyte",
    "train_labels": "train-labels-idx1-ubyte",
    "test_images": "t10k-images-idx3-ubyte",
    "test_labels": "t10k-labels-idx1-ubyte",
}
#: Fashion-MNIST's real sizes; a folder whose files disagree is reported, not half-loaded.
EXPECTED_COUNTS = {"train": 60000, "test": 10000}
IMAGE_MAGIC = 2051  # 0x00000803: unsigned bytes, 3 dimensions
LABEL_MAGIC = 2049  # 0x00000801: unsigned bytes, 1 dimension
IMAGE_SIZE = 28
NUM_CLASSES = 10
DEBIAN_DIR = Path("/usr/share/datasets/fashion-mnist")
_CACHE_VERSION = 1

HOW_TO_GET = (
    "To get it: on Debian/Ubuntu run 'sudo apt-get install dataset-fashion-mnist' "
    "(files go to /usr/share/datasets/fashion-mnist); or, when online, run "
    "'python -m engine download' (torchvision's download, with a progress bar, into "
    "./data/FashionMNIST/raw); or choose a folder holding the four files "
    "train-images-idx3-ubyte, train-labels-idx1-ubyte, t10k-images-idx3-ubyte, "
    "t10k-labels-idx1-ubyte (.gz or not)."
)


class DatasetNotFoundError(FileNotFoundError):
    """No folder holding the four Fashion-MNIST files; ``searched`` lists where we looked."""

    def __init__(self, searched: Sequence[Path], explicit: Path | None = None) -> None:
        self.searched = [Path(p) for p in searched]
        where = "; ".join(str(p) for p in self.searched) or "(nowhere)"
        if explicit is not None:
            head = f"Fashion-MNIST was not found in {explicit} (looked in: {where})."
        else:
            head = f"Fashion-MNIST was not found. Looked in: {where}."
        super().__init__(f"{head} {HOW_TO_GET}")

    def __str__(self) -> str:  # FileNotFoundError would prefix errno noise otherwise
        return str(self.args[0])


class DatasetCorruptError(ValueError):
    """A Fashion-MNIST file is truncated, not IDX, or disagrees with its partner file."""


@dataclass(frozen=True, eq=False)
class FashionMNIST:
    """Both splits as whole tensors: batches are sliced from them, never built per sample."""

    train_images: torch.Tensor  # uint8 [60000, 28, 28]
    train_labels: torch.Tensor  # int64 [60000]
    test_images: torch.Tensor  # uint8 [10000, 28, 28]
    test_labels: torch.Tensor  # int64 [10000]
    source: Path

    @property
    def classes(self) -> tuple[str, ...]:
        return CLASS_NAMES_EN

    def __repr__(self) -> str:
        return (f"FashionMNIST(train={len(self.train_labels)}, test={len(self.test_labels)}, "
                f"source={str(self.source)!r})")


def class_name(index: int, lang: str = "en") -> str:
    """Class ``index``'s name in English ('en') or Chinese ('zh')."""
    names = CLASS_NAMES_ZH if lang.lower().startswith("zh") else CLASS_NAMES_EN
    return names[int(index)]


# ----------------------------------------------------------------------------- discovery

def _file_in(folder: Path, base: str) -> Path | None:
    for name in (base, base + ".gz"):
        candidate = folder / name
        if candidate.is_file():
            return candidate
    return None


def _holds_dataset(folder: Path) -> bool:
    try:
        return all(_file_in(folder, base) is not None for base in FILES.values())
    except OSError:
        return False


def _layouts(root: Path) -> list[Path]:
    """A root, torchvision's ``FashionMNIST/raw`` under it, and a ``fashion-mnist`` subfolder."""
    return [root, root / "FashionMNIST" / "raw", root / "fashion-mnist", root / "fashion_mnist"]


def candidate_folders(folder: str | os.PathLike | None = None) -> list[Path]:
    """Where we look, in order (an explicit folder replaces the automatic search)."""
    if folder:
        return _layouts(Path(folder).expanduser())
    roots: list[Path] = []
    env = os.environ.get("D2L_DATA")
    if env:
        roots.append(Path(env).expanduser())
    cwd = Path.cwd()
    roots += [cwd / "data", project_root() / "data", cwd.parent / "data"]
    out: list[Path] = []
    for root in roots:
        out += _layouts(root)
    out += [DEBIAN_DIR, resource_path("data", "fashion-mnist")]
    seen: set[str] = set()
    unique = []
    for p in out:
        key = os.path.normcase(os.path.abspath(p))
        if key not in seen:
            seen.add(key)
            unique.append(p)
    return unique


def locate_fashion_mnist(folder: str | os.PathLike | None = None) -> Path:
    """The folder holding the four IDX files (.gz or raw); :class:`DatasetNotFoundError` if none.

    An explicit ``folder`` (command line, the user's setting) is the only place searched, so a
    typo is reported rather than silently replaced by other data.
    """
    searched = candidate_folders(folder)
    for candidate in searched:
        if _holds_dataset(candidate):
            return candidate
    raise DatasetNotFoundError(searched, Path(folder) if folder else None)


# ----------------------------------------------------------------------------- validation

def _read_header(path: Path, ndim: int) -> tuple[int, tuple[int, ...], int]:
    """(magic, dims, payload bytes present) of an uncompressed IDX file."""
    header_len = 4 * (ndim + 1)
    try:
        with open(path, "rb") as fh:
            header = fh.read(header_len)
        payload = max(0, path.stat().st_size - header_len)
    except OSError as exc:
        raise DatasetCorruptError(f"{path.name} cannot be read ({_reason(exc)})") from exc
    if len(header) < header_len:
        raise DatasetCorruptError(f"{path.name} is too short to be an IDX file "
                                  f"({len(header)} bytes)")
    magic, *dims = struct.unpack(f">{ndim + 1}I", header)
    return magic, tuple(dims), payload


def _reason(exc: BaseException) -> str:
    if isinstance(exc, EOFError):
        return "it ends too early, probably an interrupted download"
    return str(exc) or type(exc).__name__


def _check_split(images: Path, labels: Path, split: str, expected: int | None,
                 where: Path) -> None:
    magic, dims, payload = _read_header(images, 3)
    if magic != IMAGE_MAGIC:
        raise DatasetCorruptError(f"{images} is not an IDX image file (magic number {magic}, "
                                  f"expected {IMAGE_MAGIC})")
    n, rows, cols = dims
    if (rows, cols) != (IMAGE_SIZE, IMAGE_SIZE):
        raise DatasetCorruptError(f"{images} holds {rows}×{cols} images; Fashion-MNIST's are 28×28")
    if payload != n * rows * cols:
        have = payload // (rows * cols)
        raise DatasetCorruptError(f"{images} is truncated or padded: its header promises {n} "
                                  f"images but it holds {have} ({payload} bytes of pixels)")
    lmagic, (ln,), lpayload = _read_header(labels, 1)
    if lmagic != LABEL_MAGIC:
        raise DatasetCorruptError(f"{labels} is not an IDX label file (magic number {lmagic}, "
                                  f"expected {LABEL_MAGIC})")
    if lpayload != ln:
        raise DatasetCorruptError(f"{labels} is truncated or padded: its header promises {ln} "
                                  f"labels but it holds {lpayload}")
    if ln != n:
        raise DatasetCorruptError(f"{images.name} has {n} images but {labels.name} has {ln} labels")
    if expected is not None and n != expected:
        raise DatasetCorruptError(f"the {split} split in {where} has {n} images; "
                                  f"Fashion-MNIST's has {expected}")


# ----------------------------------------------------------------------------- loading

_memory_cache: dict[str, FashionMNIST] = {}
_lock = threading.Lock()


def _source_files(folder: Path) -> dict[str, Path]:
    return {key: _file_in(folder, base) for key, base in FILES.items()}  # type: ignore[misc]


def _cache_key(files: dict[str, Path], expected: dict | None) -> str:
    h = hashlib.sha256(f"v{_CACHE_VERSION};{expected}".encode())
    for key in sorted(files):
        path = files[key].resolve()
        st = path.stat()
        h.update(f"{key}={path};{st.st_size};{st.st_mtime_ns}\n".encode())
    return h.hexdigest()[:24]


def _cache_dir() -> Path:
    """The dataset cache; a temporary folder when the user's data folder is not writable."""
    try:
        folder = user_data_dir() / "cache" / "fashion-mnist"
        folder.mkdir(parents=True, exist_ok=True)
        return folder
    except OSError:
        import tempfile

        user = os.getuid() if hasattr(os, "getuid") else 0
        folder = Path(tempfile.gettempdir()) / f"divelab-cache-{user}"
        folder.mkdir(parents=True, exist_ok=True)
        return folder


def load_fashion_mnist(folder: str | os.PathLike | None = None, *,
                       expected_counts: dict[str, int] | None = EXPECTED_COUNTS,
                       use_cache: bool = True) -> FashionMNIST:
    """Fashion-MNIST as four tensors (see :class:`FashionMNIST`).

    ``expected_counts=None`` accepts any consistent sizes (small test fixtures, subsets).
    Raises :class:`DatasetNotFoundError` or :class:`DatasetCorruptError`.
    """
    source = locate_fashion_mnist(folder)
    files = _source_files(source)
    try:
        key = _cache_key(files, expected_counts)
    except OSError as exc:
        raise DatasetCorruptError(f"cannot read the files in {source}: {exc}") from exc
    with _lock:
        if use_cache and key in _memory_cache:
            return _memory_cache[key]
        data = _load_disk_cache(key, source) if use_cache else None
        if data is None:
            data = _load_with_torchvision(source, files, key, expected_counts or {})
            _check_labels(data)
            if use_cache:
                _save_disk_cache(key, data)
        if use_cache:
            _memory_cache[key] = data
        return data


def clear_memory_cache() -> None:
    """Forget loaded datasets (tests, or after the user replaced the files)."""
    with _lock:
        _memory_cache.clear()


def _check_labels(data: FashionMNIST) -> None:
    for name, labels in (("training", data.train_labels), ("test", data.test_labels)):
        if labels.numel() and (int(labels.min()) < 0 or int(labels.max()) >= NUM_CLASSES):
            raise DatasetCorruptError(f"the {name} labels in {data.source} are outside 0–9: "
                                      "this is not Fashion-MNIST")


def _load_with_torchvision(source: Path, files: dict[str, Path], key: str,
                           expected: dict[str, int]) -> FashionMNIST:
    """Give torchvision the ``FashionMNIST/raw`` layout it expects, check it, let it parse it."""
    from torchvision import datasets

    root = _cache_dir() / f"raw-{key}"
    raw = _prepare_raw_layout(files, root)
    try:
        for split, prefix in (("train", "train"), ("test", "test")):
            _check_split(raw / FILES[f"{prefix}_images"], raw / FILES[f"{prefix}_labels"], split,
                         expected.get(split), files[f"{prefix}_images"].parent)
        try:
            train = datasets.FashionMNIST(str(root), train=True, download=False)
            test = datasets.FashionMNIST(str(root), train=False, download=False)
        except (RuntimeError, AssertionError, ValueError, TypeError) as exc:
            raise DatasetCorruptError(f"torchvision could not read Fashion-MNIST from {source}: "
                                      f"{exc}") from exc
        return FashionMNIST(
            train_images=train.data.contiguous(), train_labels=train.targets.long().contiguous(),
            test_images=test.data.contiguous(), test_labels=test.targets.long().contiguous(),
            source=source,
        )
    finally:
        shutil.rmtree(root, ignore_errors=True)  # the tensor cache replaces the decoded copies


def _prepare_raw_layout(files: dict[str, Path], root: Path) -> Path:
    """``root/FashionMNIST/raw`` with the four uncompressed files (links where possible)."""
    raw = root / "FashionMNIST" / "raw"
    raw.mkdir(parents=True, exist_ok=True)

    def place(key_name: str) -> None:
        path, target = files[key_name], raw / FILES[key_name]
        if target.exists() or target.is_symlink():
            target.unlink()
        if path.suffix == ".gz":
            _gunzip(path, target)
        else:
            _link_or_copy(path, target)

    # zlib releases the GIL: the small files decompress while the big one does
    with ThreadPoolExecutor(max_workers=len(files)) as pool:
        for future in [pool.submit(place, key_name) for key_name in files]:
            future.result()
    return raw


def torchvision_root(root: str | os.PathLike, folder: str | os.PathLike | None = None) -> Path:
    """Make ``root`` a valid ``torchvision.datasets.FashionMNIST(root)`` folder from our data.

    For code that wants torchvision's dataset object itself (the course's DataLoader loop).
    """
    files = _source_files(locate_fashion_mnist(folder))
    _prepare_raw_layout(files, Path(root))
    return Path(root)


def _gunzip(src: Path, dst: Path) -> None:
    try:
        with open(src, "rb") as fh:
            packed = fh.read()
    except OSError as exc:
        raise DatasetCorruptError(f"{src} cannot be read ({_reason(exc)})") from exc
    try:
        raw = zlib.decompress(packed, wbits=31)
    except zlib.error:
        try:  # concatenated gzip members: slower path, same result
            raw = gzip.decompress(packed)
        except (OSError, EOFError, zlib.error) as exc:
            raise DatasetCorruptError(f"{src} is damaged ({_reason(exc)}); "
                                      "download it again") from exc
    with open(dst, "wb") as out:
        out.write(raw)


def _link_or_copy(src: Path, dst: Path) -> None:
    try:
        os.symlink(src.resolve(), dst)
    except OSError:
        shutil.copyfile(src, dst)


_cache_writers: dict[str, threading.Thread] = {}


def _load_disk_cache(key: str, source: Path) -> FashionMNIST | None:
    writer = _cache_writers.pop(key, None)
    if writer is not None:
        writer.join()
    path = _cache_dir() / f"{key}.pt"
    if not path.is_file():
        return None
    try:
        blob = torch.load(path, weights_only=True, mmap=False)
        data = FashionMNIST(
            train_images=blob["train_images"], train_labels=blob["train_labels"],
            test_images=blob["test_images"], test_labels=blob["test_labels"], source=source,
        )
        ok = (data.train_images.dtype == torch.uint8 and data.test_images.dtype == torch.uint8
              and data.train_images.shape[1:] == (IMAGE_SIZE, IMAGE_SIZE)
              and data.test_images.shape[1:] == (IMAGE_SIZE, IMAGE_SIZE)
              and len(data.train_images) == len(data.train_labels)
              and len(data.test_images) == len(data.test_labels)
              and data.train_labels.dtype == torch.int64)
        if ok:
            return data
    except Exception:  # a damaged cache is rebuilt from the source files
        log.warning("ignoring unreadable dataset cache %s", path, exc_info=True)
    path.unlink(missing_ok=True)
    return None


def _save_disk_cache(key: str, data: FashionMNIST) -> None:
    """Write the cache in the background: the caller already has the data.

    A non-daemon thread, so a short script still finishes writing before it exits.
    """
    target = _cache_dir() / f"{key}.pt"
    writer = threading.Thread(target=_write_cache, args=(target, data),
                              name="fashion-mnist-cache", daemon=False)
    _cache_writers[key] = writer
    writer.start()


def _write_cache(target: Path, data: FashionMNIST) -> None:
    """Temp file + rename (no fsync: a lost cache is simply rebuilt)."""
    tmp = target.with_name(f".{target.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        torch.save({"train_images": data.train_images, "train_labels": data.train_labels,
                    "test_images": data.test_images, "test_labels": data.test_labels}, tmp)
        os.replace(tmp, target)
    except OSError:  # a read-only home only costs speed next time
        log.warning("could not write the dataset cache", exc_info=True)
    finally:
        tmp.unlink(missing_ok=True)


def download_fashion_mnist(root: str | os.PathLike = "data") -> Path:
    """Download with torchvision (it prints a progress bar); returns the folder with the files.

    Raises :class:`DatasetNotFoundError` with the reason when the download fails (offline).
    """
    from torchvision import datasets

    root = Path(root).expanduser()
    try:
        datasets.FashionMNIST(str(root), train=True, download=True)
        datasets.FashionMNIST(str(root), train=False, download=True)
    except (RuntimeError, OSError, ValueError) as exc:
        first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        raise _download_failed(root, first) from exc
    clear_memory_cache()
    return root / "FashionMNIST" / "raw"


def _download_failed(root: Path, reason: str) -> DatasetNotFoundError:
    err = DatasetNotFoundError([root / "FashionMNIST" / "raw"], root)
    err.args = (f"downloading Fashion-MNIST into {root} failed ({reason}). {HOW_TO_GET}",)
    return err


# ----------------------------------------------------------------------------- other data

TRUE_W = (2.0, -3.4)
TRUE_B = 4.2


def synthetic_regression(n: int = 1000, w: Sequence[float] = TRUE_W, b: float = TRUE_B,
                         noise: float = 0.01, seed: int = 0) -> tuple[torch.Tensor, torch.Tensor]:
    """The course's ``synthetic_data``: X ~ N(0, 1), y = Xw + b + ε with ε ~ N(0, noise²)."""
    if n <= 0:
        raise ValueError("the number of samples must be positive")
    g = torch.Generator().manual_seed(int(seed))
    w_t = torch.tensor([float(v) for v in w], dtype=torch.float32)
    X = torch.normal(0.0, 1.0, (int(n), len(w_t)), generator=g)
    y = X @ w_t + float(b)
    y += torch.normal(0.0, float(noise), y.shape, generator=g)
    return X, y.reshape(-1, 1)


def _labels(y: torch.Tensor, signed: bool) -> torch.Tensor:
    return (2 * y - 1) if signed else y


def linearly_separable(n: int = 200, margin: float = 0.5, seed: int = 0,
                       signed: bool = False) -> tuple[torch.Tensor, torch.Tensor]:
    """Two classes split by a random line with a gap of ``margin`` (the perceptron converges).

    X float32 [n, 2] in about [−3, 3]²; y int64 [n], 0/1 (or −1/+1 with ``signed``).
    """
    g = torch.Generator().manual_seed(int(seed))
    angle = float(torch.rand((), generator=g)) * 2 * math.pi
    normal = torch.tensor([math.cos(angle), math.sin(angle)])
    offset = float(torch.rand((), generator=g) - 0.5)
    points: list[torch.Tensor] = []
    count = 0
    while count < n:
        cand = torch.rand((2 * n, 2), generator=g) * 6 - 3
        dist = cand @ normal - offset
        keep = cand[dist.abs() >= margin / 2]
        points.append(keep)
        count += len(keep)
    X = torch.cat(points)[:n].float()
    y = ((X @ normal - offset) > 0).long()
    return X, _labels(y, signed)


def xor_data(n: int = 200, noise: float = 0.2, seed: int = 0,
             signed: bool = False) -> tuple[torch.Tensor, torch.Tensor]:
    """Four clouds at (±1, ±1); the class is x₁·x₂ < 0, which no single line separates."""
    g = torch.Generator().manual_seed(int(seed))
    corners = torch.tensor([[1.0, 1.0], [-1.0, -1.0], [1.0, -1.0], [-1.0, 1.0]])
    which = torch.randint(0, 4, (int(n),), generator=g)
    X = corners[which] + noise * torch.randn((int(n), 2), generator=g)
    y = (which >= 2).long()
    return X.float(), _labels(y, signed)


def circles(n: int = 200, noise: float = 0.1, factor: float = 0.5, seed: int = 0,
            signed: bool = False) -> tuple[torch.Tensor, torch.Tensor]:
    """An inner circle (class 1) inside an outer ring (class 0): separable only non-linearly."""
    g = torch.Generator().manual_seed(int(seed))
    inner = torch.rand((int(n),), generator=g) < 0.5
    theta = torch.rand((int(n),), generator=g) * 2 * math.pi
    radius = torch.where(inner, torch.tensor(float(factor)), torch.tensor(1.0))
    X = torch.stack([radius * torch.cos(theta), radius * torch.sin(theta)], dim=1)
    X = X + noise * torch.randn((int(n), 2), generator=g)
    return X.float(), _labels(inner.long(), signed)


TOY_SETS = {"separable": linearly_separable, "xor": xor_data, "circles": circles}


def toy_dataset(name: str, n: int = 200, seed: int = 0, **kw) -> tuple[torch.Tensor, torch.Tensor]:
    """One of :data:`TOY_SETS` by name (the perceptron tab's chooser)."""
    if name not in TOY_SETS:
        raise ValueError(f"unknown toy dataset '{name}' (choose one of {', '.join(TOY_SETS)})")
    return TOY_SETS[name](n=n, seed=seed, **kw)
