"""The course's own data code in the sandbox: lab layout, offline Fashion-MNIST, no worker
processes, and whole-batch reads that give exactly torchvision's batches."""

from __future__ import annotations

import multiprocessing
import socket
import struct
from pathlib import Path

import pytest
import torch
from torch.utils import data as tud
from torchvision import datasets, transforms

from engine import course_env
from engine.course_env import default_lab_dir, ensure_lab, install_course_patches
from engine.data import FILES, torchvision_root
from engine.paths import project_root, user_data_dir

#: torch's own collate function, as DataLoaders get it without DiveLab.
ORIGINAL_COLLATE = torch.utils.data._utils.collate.default_collate


@pytest.fixture
def patched():
    """Install the patches for one test and take them out again (the suite shares a process)."""
    install_course_patches()
    yield course_env
    course_env._uninstall()


@pytest.fixture
def offline(monkeypatch):
    """Every connection attempt raises; the list records what was tried."""
    tried: list = []

    def refuse(*args, **kwargs):
        tried.append(args[1:] if args else kwargs)
        raise OSError("network disabled in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    return tried


@pytest.fixture(scope="module")
def fashion_root(tmp_path_factory) -> Path:
    """A torchvision root holding Fashion-MNIST as a finished download leaves it."""
    from conftest import fashion_mnist_dir

    found = fashion_mnist_dir()
    if found is None:
        pytest.skip("Fashion-MNIST is not installed here")
    return torchvision_root(tmp_path_factory.mktemp("tv"), found)


class PerItem(tud.Dataset):
    """The dataset without ``__getitems__``: torch's fetcher then reads one item at a time."""

    def __init__(self, ds) -> None:
        self.ds = ds

    def __len__(self) -> int:
        return len(self.ds)

    def __getitem__(self, i):
        return self.ds[i]


def _reference(ds, batch_size: int, seed: int | None, limit: int | None = None) -> list:
    gen = torch.Generator().manual_seed(seed) if seed is not None else None
    loader = tud.DataLoader(PerItem(ds), batch_size, shuffle=seed is not None, generator=gen,
                            collate_fn=ORIGINAL_COLLATE)
    return _take(loader, limit)


def _take(loader, limit: int | None) -> list:
    out = []
    for batch in loader:
        out.append(batch)
        if limit is not None and len(out) == limit:
            break
    return out


def _assert_same_batches(got: list, want: list) -> None:
    assert len(got) == len(want)
    for (x, y), (rx, ry) in zip(got, want):
        assert type(x) is type(rx) and x.dtype == rx.dtype and x.shape == rx.shape
        assert y.dtype == ry.dtype and y.shape == ry.shape
        assert torch.equal(x, rx) and torch.equal(y, ry)
        assert x.is_contiguous() and x.stride() == rx.stride()


# ----------------------------------------------------------------------------- lab folders

def test_lab_layout(tmp_path):
    notebooks = ensure_lab(tmp_path / "lab")
    assert notebooks == tmp_path / "lab" / "notebooks" and notebooks.is_dir()
    assert (tmp_path / "lab" / "data").is_dir()
    assert (notebooks / ".." / "data").resolve() == (tmp_path / "lab" / "data").resolve()
    (tmp_path / "lab" / "data" / "keep.csv").write_text("x\n")
    assert ensure_lab(str(tmp_path / "lab")) == notebooks  # again: nothing is lost
    assert (tmp_path / "lab" / "data" / "keep.csv").read_text() == "x\n"


def test_default_lab_is_in_the_users_folder():
    assert default_lab_dir() == user_data_dir() / "lab"
    notebooks = ensure_lab()
    assert notebooks == user_data_dir() / "lab" / "notebooks" and notebooks.is_dir()


def test_lab_never_goes_into_the_apps_folder():
    with pytest.raises(ValueError, match="DiveLab's own folder"):
        ensure_lab(project_root() / "lab-test-should-not-exist")
    assert not (project_root() / "lab-test-should-not-exist").exists()


# ----------------------------------------------------------------------------- download

def test_download_offline_writes_the_files_a_download_leaves(tmp_path, patched, offline,
                                                             fashion_dir, fashion_root, monkeypatch):
    install_course_patches(str(fashion_dir))  # the .gz files, as Debian ships them
    monkeypatch.chdir(ensure_lab(tmp_path / "lab"))
    train = datasets.FashionMNIST(root="../data", train=True, download=True)
    test = datasets.FashionMNIST(root="../data", train=False, download=True)
    assert (len(train), len(test)) == (60000, 10000)
    raw = tmp_path / "lab" / "data" / "FashionMNIST" / "raw"
    assert sorted(p.name for p in raw.iterdir()) == sorted(FILES.values())
    for name in FILES.values():
        assert not (raw / name).is_symlink()
        assert (raw / name).read_bytes() == (fashion_root / "FashionMNIST" / "raw" / name).read_bytes()
    assert offline == []
    again = datasets.FashionMNIST(root="../data", train=False, download=True)
    assert torch.equal(again.data, test.data) and offline == []


def test_download_with_no_copy_falls_back_to_torchvision(tmp_path, patched, offline):
    from engine.course_compat import note_for

    install_course_patches(str(tmp_path / "empty"))  # an explicit folder is the only place searched
    with pytest.raises(RuntimeError) as info:
        datasets.FashionMNIST(root=str(tmp_path / "data"), download=True)
    assert offline, "torchvision's own download should have tried the network"
    note = note_for(type(info.value).__name__, str(info.value))
    assert note is not None and note["key"] == "fashion-mnist-offline"


def _idx(images: torch.Tensor, labels: torch.Tensor) -> tuple[bytes, bytes]:
    n, rows, cols = images.shape
    return (struct.pack(">IIII", 2051, n, rows, cols) + images.numpy().tobytes(),
            struct.pack(">II", 2049, n) + labels.to(torch.uint8).numpy().tobytes())


def test_a_copy_that_is_not_fashion_mnist_leaves_nothing_behind(tmp_path, patched, offline, capsys):
    source = tmp_path / "small"
    source.mkdir()
    for prefix in ("train", "t10k"):
        images, labels = _idx(torch.zeros(5, 28, 28, dtype=torch.uint8), torch.zeros(5))
        (source / f"{prefix}-images-idx3-ubyte").write_bytes(images)
        (source / f"{prefix}-labels-idx1-ubyte").write_bytes(labels)
    install_course_patches(str(source))
    with pytest.raises(RuntimeError):
        datasets.FashionMNIST(root=str(tmp_path / "data"), download=True)
    raw = tmp_path / "data" / "FashionMNIST" / "raw"
    assert not any(raw.glob("*-ubyte")) and not any(raw.glob("*.part"))
    assert "cannot be used" in capsys.readouterr().err


# ----------------------------------------------------------------------------- workers

def _child(root: str, patch: bool, queue) -> None:
    try:
        if patch:
            install_course_patches()
        ds = datasets.FashionMNIST(root, train=False, transform=transforms.ToTensor(),
                                   download=True)
        loader = tud.DataLoader(ds, 256, shuffle=True, num_workers=4)
        shapes = [(tuple(x.shape), str(x.dtype), tuple(y.shape)) for x, y in _take(loader, 2)]
        queue.put(("ok", shapes, loader.num_workers))
    except BaseException as exc:  # the parent reports it
        queue.put((type(exc).__name__, str(exc), None))


def _run_daemonic(root: Path, patch: bool) -> tuple:
    ctx = multiprocessing.get_context("spawn")
    queue = ctx.Queue()
    proc = ctx.Process(target=_child, args=(str(root), patch, queue), daemon=True)
    proc.start()
    try:
        return queue.get(timeout=120)
    finally:
        proc.join(30)


def test_workers_in_a_daemonic_kernel_process(fashion_root):
    from engine.course_compat import note_for

    status, detail, workers = _run_daemonic(fashion_root, patch=True)
    assert status == "ok", detail
    assert detail == [((256, 1, 28, 28), "torch.float32", (256,))] * 2 and workers == 0
    # without the patch the same code fails as the course's code did in the old kernel
    status, detail, _ = _run_daemonic(fashion_root, patch=False)
    assert status == "AssertionError" and "daemonic" in detail
    assert note_for(status, detail)["key"] == "dataloader-workers"


def test_worker_options_are_dropped_and_noticed_once(patched, capsys):
    ds = tud.TensorDataset(torch.arange(10.0))
    loader = tud.DataLoader(ds, 4, num_workers=4, persistent_workers=True, prefetch_factor=3,
                            timeout=5, multiprocessing_context="spawn")
    assert loader.num_workers == 0
    assert [b[0].tolist() for b in loader] == [[0, 1, 2, 3], [4, 5, 6, 7], [8, 9]]
    assert tud.DataLoader(ds, 4, False, None, None, 2).num_workers == 0  # positional too
    assert tud.DataLoader(ds, batch_size=4).num_workers == 0
    err = capsys.readouterr().err
    assert err.count("DiveLab: DataLoader(num_workers=4)") == 1 and "num_workers=2" not in err


def test_installing_twice_wraps_once(patched):
    wrapped = tud.DataLoader.__init__
    install_course_patches()
    assert tud.DataLoader.__init__ is wrapped
    assert wrapped.__wrapped__.__qualname__ == "DataLoader.__init__"


# ----------------------------------------------------------------------------- exact batches

TRANSFORMS = {
    "ToTensor": lambda: transforms.ToTensor(),
    "Compose(ToTensor)": lambda: transforms.Compose([transforms.ToTensor()]),
    "Resize(64)": lambda: transforms.Compose([transforms.Resize(64), transforms.ToTensor()]),
    "Resize(96)": lambda: transforms.Compose([transforms.Resize(96), transforms.ToTensor()]),
    "Resize(224)": lambda: transforms.Compose([transforms.Resize(224), transforms.ToTensor()]),
    "Resize(14)": lambda: transforms.Compose([transforms.Resize(14), transforms.ToTensor()]),
    "Resize(28)": lambda: transforms.Compose([transforms.Resize(28), transforms.ToTensor()]),
    "Resize((20,40))": lambda: transforms.Compose([transforms.Resize((20, 40)),
                                                   transforms.ToTensor()]),
    "Resize nearest": lambda: transforms.Compose([
        transforms.Resize(50, interpolation=transforms.InterpolationMode.NEAREST),
        transforms.ToTensor()]),
    "Resize bicubic": lambda: transforms.Compose([
        transforms.Resize([33], interpolation=transforms.InterpolationMode.BICUBIC),
        transforms.ToTensor()]),
}


@pytest.mark.parametrize("name", list(TRANSFORMS))
def test_batches_are_bitwise_torchvisions(name, patched, fashion_root, monkeypatch):
    ds = datasets.FashionMNIST(str(fashion_root), train=True, transform=TRANSFORMS[name]())
    assert course_env._fast_plan(ds) is not None
    limit = 2 if "224" in name else 3
    want = _reference(ds, 256, seed=7, limit=limit)

    def per_item(self, index):  # the fast path must not read single items
        raise AssertionError("read one item")

    monkeypatch.setattr(datasets.MNIST, "__getitem__", per_item)
    gen = torch.Generator().manual_seed(7)
    got = _take(tud.DataLoader(ds, 256, shuffle=True, generator=gen, num_workers=4), limit)
    _assert_same_batches(got, want)


def test_whole_test_split_unshuffled_and_the_short_last_batch(patched, fashion_root):
    ds = datasets.FashionMNIST(str(fashion_root), train=False, transform=transforms.ToTensor())
    got = list(tud.DataLoader(ds, 256, shuffle=False))
    _assert_same_batches(got, _reference(ds, 256, seed=None))
    assert got[-1][0].shape == (10000 % 256, 1, 28, 28)


def test_shuffling_changes_every_epoch_as_before(patched, fashion_root):
    ds = datasets.FashionMNIST(str(fashion_root), train=False, transform=transforms.ToTensor())
    gen = torch.Generator().manual_seed(3)
    loader = tud.DataLoader(ds, 500, shuffle=True, generator=gen)
    first, second = _take(loader, 1), _take(loader, 1)
    assert not torch.equal(first[0][1], second[0][1])
    ref_gen = torch.Generator().manual_seed(3)
    ref = tud.DataLoader(PerItem(ds), 500, shuffle=True, generator=ref_gen,
                         collate_fn=ORIGINAL_COLLATE)
    _assert_same_batches(first + second, _take(ref, 1) + _take(ref, 1))


def test_default_dtype_is_followed(patched, fashion_root):
    ds = datasets.FashionMNIST(str(fashion_root), train=False, transform=transforms.ToTensor())
    previous = torch.get_default_dtype()
    torch.set_default_dtype(torch.float64)
    try:
        want = _reference(ds, 64, seed=1, limit=2)
        got = _take(tud.DataLoader(ds, 64, shuffle=True, generator=torch.Generator().manual_seed(1)), 2)
    finally:
        torch.set_default_dtype(previous)
    assert got[0][0].dtype == torch.float64
    _assert_same_batches(got, want)


@pytest.mark.filterwarnings("ignore:Anti-alias option is always applied")
@pytest.mark.parametrize("make", [
    lambda: transforms.Compose([transforms.ToTensor(), transforms.Normalize((0.5,), (0.5,))]),
    lambda: transforms.Compose([transforms.Resize(32, antialias=False), transforms.ToTensor()]),
    lambda: transforms.Compose([transforms.Resize(32, max_size=40), transforms.ToTensor()]),
    lambda: transforms.Compose([transforms.ToTensor(), transforms.Resize(32)]),
    lambda: None,
], ids=["Normalize", "antialias=False", "max_size", "Resize after ToTensor", "no transform"])
def test_other_transforms_take_torchvisions_path(make, patched, fashion_root):
    ds = datasets.FashionMNIST(str(fashion_root), train=False, transform=make())
    assert course_env._fast_plan(ds) is None
    if ds.transform is None:
        return  # PIL images: nothing to compare batch-wise
    gen = torch.Generator().manual_seed(5)
    got = _take(tud.DataLoader(ds, 32, shuffle=True, generator=gen), 2)
    _assert_same_batches(got, _reference(ds, 32, seed=5, limit=2))


def test_target_transform_and_subsets(patched, fashion_root):
    ds = datasets.FashionMNIST(str(fashion_root), train=False, transform=transforms.ToTensor(),
                               target_transform=lambda y: y + 100)
    assert course_env._fast_plan(ds) is None
    got = _take(tud.DataLoader(ds, 16), 1)
    assert int(got[0][1].min()) >= 100
    plain = datasets.FashionMNIST(str(fashion_root), train=False, transform=transforms.ToTensor())
    subset = tud.Subset(plain, list(range(100, 300)))
    gen = torch.Generator().manual_seed(2)
    got = _take(tud.DataLoader(subset, 50, shuffle=True, generator=gen), 4)
    ref_gen = torch.Generator().manual_seed(2)
    want = _take(tud.DataLoader(PerItem(subset), 50, shuffle=True, generator=ref_gen,
                                collate_fn=ORIGINAL_COLLATE), 4)
    _assert_same_batches(got, want)


def test_collate_shortcut_only_for_the_untouched_list(patched, fashion_root):
    ds = datasets.FashionMNIST(str(fashion_root), train=False, transform=transforms.ToTensor())
    samples = ds.__getitems__([3, 1, 2])
    assert [y for _, y in samples] == [ds[i][1] for i in (3, 1, 2)]
    samples[0] = ds[9]
    collate = torch.utils.data._utils.collate.default_collate
    x, y = collate(samples)
    assert torch.equal(x[0], ds[9][0]) and int(y[0]) == ds[9][1]
    assert collate([(torch.ones(2), 1)])[0].shape == (1, 2)
    assert ds.__getitems__([]) == []
    with pytest.raises(IndexError):
        ds.__getitems__([10000])
    assert torch.equal(ds.__getitems__([-1])[0][0], ds[9999][0])
