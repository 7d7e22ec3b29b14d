"""Read the weights in a ``torch.save`` file as numpy arrays, without importing torch.

The classifier only needs a few matrices, and importing torch costs seconds and holds the
interpreter lock ~100 ms at a time — the window would stutter on the first picture a student
drops. A ``torch.save`` file is a zip: ``<name>/data.pkl`` (a pickle whose tensors refer to
storages) and ``<name>/data/<key>`` (each storage's raw bytes). This reads it with an
unpickler that, like ``torch.load(weights_only=True)``, accepts nothing but plain containers and
tensors: any other global in the file is refused, so a file from elsewhere never runs code.
"""

from __future__ import annotations

import collections
import os
import pickle
import zipfile
from typing import Any

import numpy as np

#: torch's typed storages and the numpy type of their elements.
_STORAGE_DTYPES = {
    "FloatStorage": np.float32, "DoubleStorage": np.float64, "HalfStorage": np.float16,
    "LongStorage": np.int64, "IntStorage": np.int32, "ShortStorage": np.int16,
    "CharStorage": np.int8, "ByteStorage": np.uint8, "BoolStorage": np.bool_,
}


class _StorageType:
    def __init__(self, dtype: type) -> None:
        self.dtype = np.dtype(dtype)


def _rebuild_tensor(storage: np.ndarray, offset: int, size: tuple, stride: tuple,
                    requires_grad: bool = False, hooks: Any = None,
                    metadata: Any = None) -> np.ndarray:
    """``torch._utils._rebuild_tensor_v2`` for numpy: a view into the storage, copied."""
    if not size:
        return storage[offset:offset + 1].reshape(()).copy()
    if any(n == 0 for n in size):
        return np.zeros(size, dtype=storage.dtype)
    needed = offset + sum((n - 1) * s for n, s in zip(size, stride, strict=True)) + 1
    if offset < 0 or needed > len(storage) or any(s < 0 for s in stride):
        raise pickle.UnpicklingError("a tensor reaches outside its storage")
    view = np.lib.stride_tricks.as_strided(
        storage[offset:], shape=tuple(size),
        strides=tuple(s * storage.itemsize for s in stride), writeable=False)
    return np.array(view)


_ALLOWED = {
    ("torch._utils", "_rebuild_tensor_v2"): _rebuild_tensor,
    ("collections", "OrderedDict"): collections.OrderedDict,
}


class _WeightsUnpickler(pickle.Unpickler):
    def __init__(self, file: Any, archive: zipfile.ZipFile, prefix: str, byteorder: str) -> None:
        super().__init__(file)
        self.archive, self.prefix, self.byteorder = archive, prefix, byteorder
        self.storages: dict[str, np.ndarray] = {}

    def find_class(self, module: str, name: str) -> Any:
        if module == "torch" and name in _STORAGE_DTYPES:
            return _StorageType(_STORAGE_DTYPES[name])
        found = _ALLOWED.get((module, name))
        if found is None:
            raise pickle.UnpicklingError(f"'{module}.{name}' is not allowed in a weights file")
        return found

    def persistent_load(self, pid: Any) -> np.ndarray:
        if not (isinstance(pid, tuple) and len(pid) == 5 and pid[0] == "storage"
                and isinstance(pid[1], _StorageType)):
            raise pickle.UnpicklingError("unsupported storage reference")
        _, storage_type, key, _location, numel = pid
        if key not in self.storages:
            raw = self.archive.read(f"{self.prefix}/data/{key}")
            dtype = storage_type.dtype.newbyteorder("<" if self.byteorder == "little" else ">")
            array = np.frombuffer(raw, dtype=dtype)
            if len(array) < int(numel):
                raise pickle.UnpicklingError("a storage is shorter than it says")
            self.storages[key] = array[:int(numel)].astype(storage_type.dtype, copy=False)
        return self.storages[key]


def is_zip_weights_file(path: str | os.PathLike) -> bool:
    return zipfile.is_zipfile(path)


def read_weights_file(path: str | os.PathLike) -> Any:
    """The object ``torch.save`` wrote to ``path``, with numpy arrays in place of tensors.

    Raises ``pickle.UnpicklingError`` for anything but plain data and tensors, and
    ``zipfile.BadZipFile``/``KeyError``/``ValueError`` for a damaged file.
    """
    with zipfile.ZipFile(path) as archive:
        pickles = [n for n in archive.namelist() if n.endswith("/data.pkl")]
        if len(pickles) != 1:
            raise KeyError("data.pkl")
        prefix = pickles[0][: -len("/data.pkl")]
        try:
            byteorder = archive.read(f"{prefix}/byteorder").decode().strip()
        except KeyError:
            byteorder = "little"
        with archive.open(pickles[0]) as file:
            return _WeightsUnpickler(file, archive, prefix, byteorder).load()
