"""Fashion-MNIST discovery, validation and caching; synthetic and toy data."""

from __future__ import annotations

import gzip
import os
import struct
from pathlib import Path

import pytest
import torch

from engine import data
from engine.data import (
    CLASS_NAMES_EN,
    CLASS_NAMES_ZH,
    DatasetCorruptError,
    DatasetNotFoundError,
    load_fashion_mnist,
    locate_fashion_mnist,
)

N_TRAIN, N_TEST = 24, 12


def _idx_images(images: torch.Tensor) -> bytes:
    n, rows, cols = images.shape
    return struct.pack(">IIII", 2051, n, rows, cols) + images.numpy().tobytes()


def _idx_labels(labels: torch.Tensor) -> bytes:
    return struct.pack(">II", 2049, len(labels)) + labels.to(torch.uint8).numpy().tobytes()


def write_fixture(folder: Path, *, gz: bool = True, seed: int = 0) -> dict[str, torch.Tensor]:
    """A tiny but valid Fashion-MNIST folder; returns the tensors written."""
    folder.mkdir(parents=True, exist_ok=True)
    g = torch.Generator().manual_seed(seed)
    tensors = {
        "train_images": torch.randint(0, 256, (N_TRAIN, 28, 28), generator=g, dtype=torch.uint8),
        "train_labels": torch.randint(0, 10, (N_TRAIN,), generator=g),
        "test_images": torch.randint(0, 256, (N_TEST, 28, 28), generator=g, dtype=torch.uint8),
        "test_labels": torch.randint(0, 10, (N_TEST,), generator=g),
    }
    for key, base in data.FILES.items():
        payload = (_idx_images if "images" in key else _idx_labels)(tensors[key])
        if gz:
            (folder / (base + ".gz")).write_bytes(gzip.compress(payload, compresslevel=1))
        else:
            (folder / base).write_bytes(payload)
    return tensors


@pytest.fixture(autouse=True)
def _isolated(monkeypatch, tmp_path):
    """No real data leaks into discovery tests unless a test asks for it."""
    data.clear_memory_cache()
    monkeypatch.delenv("D2L_DATA", raising=False)
    monkeypatch.chdir(tmp_path)
    yield
    data.clear_memory_cache()


def _no_system_data(monkeypatch, tmp_path):
    monkeypatch.setattr(data, "DEBIAN_DIR", tmp_path / "no-debian")
    monkeypatch.setattr(data, "project_root", lambda: tmp_path / "no-project")
    monkeypatch.setattr(data, "resource_path", lambda *p: tmp_path.joinpath("no-res", *p))


def _load_small(folder) -> data.FashionMNIST:
    return load_fashion_mnist(folder, expected_counts=None)


@pytest.mark.parametrize("gz", [True, False])
def test_fixture_loads_exactly(tmp_path, gz):
    folder = tmp_path / ("gz" if gz else "raw")
    written = write_fixture(folder, gz=gz)
    ds = _load_small(folder)
    assert ds.source == folder
    assert ds.train_images.dtype == torch.uint8 and ds.train_images.shape == (N_TRAIN, 28, 28)
    assert ds.test_images.shape == (N_TEST, 28, 28)
    assert ds.train_labels.dtype == torch.int64
    for key, tensor in written.items():
        assert torch.equal(getattr(ds, key), tensor.to(getattr(ds, key).dtype)), key


def test_expected_counts_reject_a_short_dataset(tmp_path):
    write_fixture(tmp_path / "d")
    with pytest.raises(DatasetCorruptError, match="60000"):
        load_fashion_mnist(tmp_path / "d")


def test_truncated_gz_is_a_clear_error(tmp_path):
    folder = tmp_path / "d"
    write_fixture(folder)
    target = folder / "train-images-idx3-ubyte.gz"
    blob = target.read_bytes()
    target.write_bytes(blob[: len(blob) // 2])
    with pytest.raises(DatasetCorruptError, match="train-images"):
        _load_small(folder)


def test_truncated_raw_file_is_not_silently_short(tmp_path):
    folder = tmp_path / "d"
    write_fixture(folder, gz=False)
    target = folder / "t10k-images-idx3-ubyte"
    target.write_bytes(target.read_bytes()[:-100])
    with pytest.raises(DatasetCorruptError, match="truncated"):
        _load_small(folder)


def test_wrong_magic_number(tmp_path):
    folder = tmp_path / "d"
    write_fixture(folder, gz=False)
    target = folder / "train-labels-idx1-ubyte"
    blob = bytearray(target.read_bytes())
    blob[2:4] = b"\x08\x03"  # an image magic in a label file
    target.write_bytes(bytes(blob))
    with pytest.raises(DatasetCorruptError, match="magic"):
        _load_small(folder)


def test_images_and_labels_must_agree(tmp_path):
    folder = tmp_path / "d"
    write_fixture(folder, gz=False)
    (folder / "t10k-labels-idx1-ubyte").write_bytes(_idx_labels(torch.zeros(N_TEST - 1,
                                                                            dtype=torch.long)))
    with pytest.raises(DatasetCorruptError, match="labels"):
        _load_small(folder)


def test_labels_outside_the_classes(tmp_path):
    folder = tmp_path / "d"
    write_fixture(folder, gz=False)
    (folder / "train-labels-idx1-ubyte").write_bytes(_idx_labels(torch.full((N_TRAIN,), 42)))
    with pytest.raises(DatasetCorruptError, match="0–9"):
        _load_small(folder)


def test_not_gzip_at_all(tmp_path):
    folder = tmp_path / "d"
    write_fixture(folder)
    (folder / "t10k-labels-idx1-ubyte.gz").write_bytes(b"this is not gzip")
    with pytest.raises(DatasetCorruptError):
        _load_small(folder)


def test_nothing_found_lists_places_and_remedies(monkeypatch, tmp_path):
    _no_system_data(monkeypatch, tmp_path)
    with pytest.raises(DatasetNotFoundError) as info:
        locate_fashion_mnist()
    message = str(info.value)
    assert "dataset-fashion-mnist" in message and "torchvision" in message
    assert str(tmp_path / "no-debian") in message
    assert tmp_path / "no-debian" in info.value.searched
    assert isinstance(info.value, FileNotFoundError)


def test_explicit_folder_is_the_only_place_searched(tmp_path, monkeypatch):
    write_fixture(tmp_path / "data")  # ./data would be found by the automatic search
    with pytest.raises(DatasetNotFoundError, match="empty"):
        locate_fashion_mnist(tmp_path / "empty")


def test_discovery_order(monkeypatch, tmp_path):
    _no_system_data(monkeypatch, tmp_path)
    write_fixture(tmp_path / "data" / "FashionMNIST" / "raw", gz=False)  # torchvision layout
    assert locate_fashion_mnist() == tmp_path / "data" / "FashionMNIST" / "raw"
    write_fixture(tmp_path / "data")  # ./data beats the torchvision layout below it
    assert locate_fashion_mnist() == tmp_path / "data"
    write_fixture(tmp_path / "env")
    monkeypatch.setenv("D2L_DATA", str(tmp_path / "env"))  # D2L_DATA beats ./data
    assert locate_fashion_mnist() == tmp_path / "env"
    write_fixture(tmp_path / "mine")
    assert locate_fashion_mnist(tmp_path / "mine") == tmp_path / "mine"  # explicit beats all


def test_debian_and_bundled_locations(monkeypatch, tmp_path):
    _no_system_data(monkeypatch, tmp_path)
    bundled = tmp_path / "no-res" / "data" / "fashion-mnist"
    write_fixture(bundled)
    assert locate_fashion_mnist() == bundled
    debian = tmp_path / "deb"
    write_fixture(debian)
    monkeypatch.setattr(data, "DEBIAN_DIR", debian)
    assert locate_fashion_mnist() == debian


def test_disk_cache_is_used_and_invalidated(tmp_path, monkeypatch):
    folder = tmp_path / "d"
    write_fixture(folder, seed=1)
    first = _load_small(folder)
    data.clear_memory_cache()

    def boom(*a, **k):
        raise AssertionError("should have come from the cache")

    monkeypatch.setattr(data, "_load_with_torchvision", boom)
    again = _load_small(folder)
    assert torch.equal(again.train_images, first.train_images)
    monkeypatch.undo()
    monkeypatch.chdir(tmp_path)
    new = write_fixture(folder, seed=2)  # replaced files must not come from the old cache
    stamp = os.stat(folder / "train-images-idx3-ubyte.gz").st_mtime_ns + 10**9
    os.utime(folder / "train-images-idx3-ubyte.gz", ns=(stamp, stamp))
    data.clear_memory_cache()
    fresh = _load_small(folder)
    assert torch.equal(fresh.train_images, new["train_images"])


def test_damaged_disk_cache_is_rebuilt(tmp_path):
    folder = tmp_path / "d"
    written = write_fixture(folder)
    _load_small(folder)
    data.clear_memory_cache()
    for cache in data._cache_dir().glob("*.pt"):
        cache.write_bytes(b"garbage")
    ds = _load_small(folder)
    assert torch.equal(ds.test_images, written["test_images"])


def test_in_memory_cache_returns_the_same_object(tmp_path):
    write_fixture(tmp_path / "d")
    assert _load_small(tmp_path / "d") is _load_small(tmp_path / "d")


def test_torchvision_root_for_the_course_loop(tmp_path):
    import torchvision

    written = write_fixture(tmp_path / "d")
    root = data.torchvision_root(tmp_path / "tv", tmp_path / "d")
    ds = torchvision.datasets.FashionMNIST(str(root), train=False)
    assert len(ds) == N_TEST and int(ds[0][1]) == int(written["test_labels"][0])


def test_real_fashion_mnist(fashion_dir):
    ds = load_fashion_mnist(fashion_dir)
    assert ds.train_images.shape == (60000, 28, 28) and ds.train_images.dtype == torch.uint8
    assert ds.test_images.shape == (10000, 28, 28)
    assert ds.train_labels.shape == (60000,) and ds.test_labels.dtype == torch.int64
    assert torch.bincount(ds.train_labels).tolist() == [6000] * 10
    assert torch.bincount(ds.test_labels).tolist() == [1000] * 10
    assert int(ds.train_images.max()) == 255
    data.clear_memory_cache()
    cached = load_fashion_mnist(fashion_dir)  # from the disk cache this time
    assert torch.equal(cached.test_images, ds.test_images)


def test_class_names():
    import torchvision

    assert list(CLASS_NAMES_EN) == torchvision.datasets.FashionMNIST.classes
    assert len(CLASS_NAMES_ZH) == 10 and CLASS_NAMES_ZH[9] == "短靴"
    assert data.class_name(3, "zh_CN") == "连衣裙" and data.class_name(3) == "Dress"


def test_synthetic_regression_follows_the_course():
    X, y = data.synthetic_regression()
    assert X.shape == (1000, 2) and y.shape == (1000, 1) and X.dtype == torch.float32
    residual = y.reshape(-1) - (X @ torch.tensor(data.TRUE_W) + data.TRUE_B)
    assert residual.std() == pytest.approx(0.01, rel=0.15)
    X2, y2 = data.synthetic_regression(seed=0)
    assert torch.equal(X, X2) and torch.equal(y, y2)
    assert not torch.equal(X, data.synthetic_regression(seed=1)[0])
    with pytest.raises(ValueError):
        data.synthetic_regression(n=0)


def test_linearly_separable_has_its_margin():
    X, y = data.linearly_separable(n=300, margin=0.6, seed=3)
    assert X.shape == (300, 2) and set(y.tolist()) == {0, 1}
    # a perceptron-style least-squares line separates it perfectly
    A = torch.cat([X, torch.ones(300, 1)], 1)
    w = torch.linalg.lstsq(A, (2 * y - 1).float().reshape(-1, 1)).solution
    assert ((A @ w).reshape(-1) > 0).long().eq(y).all()
    _, ys = data.linearly_separable(n=50, signed=True)
    assert set(ys.tolist()) <= {-1, 1}


def test_xor_and_circles():
    X, y = data.xor_data(n=400, noise=0.1, seed=0)
    assert ((X[:, 0] * X[:, 1] < 0).long() == y).float().mean() > 0.97
    X, y = data.circles(n=400, noise=0.0, factor=0.4)
    r = X.norm(dim=1)
    assert torch.allclose(r[y == 1], torch.full_like(r[y == 1], 0.4), atol=1e-5)
    assert torch.allclose(r[y == 0], torch.ones_like(r[y == 0]), atol=1e-5)
    assert data.toy_dataset("xor", n=10)[0].shape == (10, 2)
    with pytest.raises(ValueError):
        data.toy_dataset("spirals")


def test_unwritable_home_still_loads(tmp_path, monkeypatch):
    written = write_fixture(tmp_path / "d")

    def no_home():
        raise PermissionError(13, "read-only")

    monkeypatch.setattr(data, "user_data_dir", no_home)
    ds = _load_small(tmp_path / "d")
    assert torch.equal(ds.train_images, written["train_images"])
    assert ds == ds  # compared by identity, never tensor by tensor
