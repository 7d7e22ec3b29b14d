"""Classifying pictures: default models, safe checkpoints, batches, the test set, the CLI."""

from __future__ import annotations

import gzip
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import torch
from PIL import Image

from engine.checkpoint import CheckpointError, save_checkpoint
from engine.classify import (
    Classifier,
    cached_default_path,
    classify_paths,
    confusion_matrix,
    default_model_path,
    evaluate_test_set,
    expand_paths,
    list_models,
    self_check,
    train_default_model,
)
from engine.data import CLASS_NAMES_EN, FashionMNIST
from engine.paths import resource_path, user_data_dir

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = resource_path("samples")


def read_idx(path: Path) -> np.ndarray:
    data = gzip.open(path, "rb").read()
    dims = data[3]
    shape = [int.from_bytes(data[4 + 4 * i:8 + 4 * i], "big") for i in range(dims)]
    return np.frombuffer(data, np.uint8, offset=4 + 4 * dims).reshape(shape)


@pytest.fixture(scope="module")
def softmax():
    path = default_model_path("softmax")
    assert path is not None and path.parent == resource_path("models"), \
        "the default softmax model ships in resources/models"
    return Classifier.load(path)


class Evil:
    """Unpickling this would run a shell command."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):
        return (os.system, (f"touch {self.marker}",))


# --------------------------------------------------------------------------- models
def test_default_models_ship_with_the_app_and_are_listed(softmax):
    assert softmax.arch == "softmax" and 0.80 <= softmax.test_acc <= 0.90
    infos = list_models()
    kinds = [i.default_kind for i in infos]
    assert kinds[0] == "softmax" and infos[0].error is None
    mlp = default_model_path("mlp")
    if mlp is not None:
        assert Classifier.load(mlp).test_acc > softmax.test_acc


def test_user_checkpoints_are_listed_with_accuracy_and_errors(softmax):
    folder = user_data_dir() / "models"
    folder.mkdir(parents=True, exist_ok=True)
    save_checkpoint(folder / "mine.pt", arch="softmax", state_dict=softmax.checkpoint.state_dict,
                    meta={"name": "my run", "test_acc": 0.812})
    (folder / "broken.pt").write_bytes(b"not a checkpoint")
    by_name = {i.path.name: i for i in list_models()}
    assert by_name["mine.pt"].name == "my run" and by_name["mine.pt"].test_acc == 0.812
    assert by_name["broken.pt"].error and "\n" not in by_name["broken.pt"].error


def test_default_accuracy_on_real_test_images_matches_the_recorded_one(softmax, fashion_dir):
    images = read_idx(fashion_dir / "t10k-images-idx3-ubyte.gz")
    labels = read_idx(fashion_dir / "t10k-labels-idx1-ubyte.gz").astype(np.int64)
    result = evaluate_test_set(softmax, images, labels)
    assert result.accuracy == pytest.approx(softmax.test_acc, abs=0.002)
    assert result.confusion.sum() == 10000
    assert np.trace(result.confusion) == int(round(result.accuracy * 10000))
    assert result.per_class_accuracy.shape == (10,)
    # Shirts are the hard class of Fashion-MNIST, trousers the easy one.
    assert result.per_class_accuracy[6] < result.per_class_accuracy[1]


def test_pickle_payload_is_refused_and_never_runs(tmp_path):
    marker = tmp_path / "pwned"
    evil = tmp_path / "evil.pt"
    torch.save({"format": "divelab-checkpoint", "arch": "softmax", "payload": Evil(marker)}, evil)
    with pytest.raises(CheckpointError) as info:
        Classifier.load(evil)
    assert "\n" not in str(info.value)
    assert not marker.exists()


def test_checkpoint_of_another_architecture_is_a_clear_error(tmp_path):
    path = tmp_path / "linreg.pt"
    save_checkpoint(path, arch="linreg", state_dict={"weight": torch.zeros(1, 2),
                                                     "bias": torch.zeros(1)},
                    meta={"num_inputs": 2})
    with pytest.raises(CheckpointError, match="not an image classifier"):
        Classifier.load(path)


def test_default_model_is_trained_and_cached_when_missing():
    g = torch.Generator().manual_seed(0)
    labels = torch.arange(600) % 10
    images = (torch.rand(600, 28, 28, generator=g) * 60).to(torch.uint8)
    for c in range(10):  # a bright stripe per class: learnable in a few epochs
        images[labels == c, 2 * c:2 * c + 3, :] = 250
    data = FashionMNIST(images[:500], labels[:500], images[500:], labels[500:], Path("."))
    gen = train_default_model("softmax", dataset=data)
    progress = []
    while True:
        try:
            progress.append(next(gen))
        except StopIteration as stop:
            path = stop.value
            break
    assert progress == sorted(progress) and progress[-1] == 1.0
    assert path == cached_default_path("softmax") and path.parent == user_data_dir() / "models"
    model = Classifier.load(path)
    assert model.arch == "softmax" and model.test_acc > 0.9


# --------------------------------------------------------------------------- files
def test_expand_paths_walks_folders_and_keeps_the_given_form(tmp_path, monkeypatch):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / ".hidden").mkdir()
    for rel in ("a/2.png", "a/1.png", "a/b/3.jpg", "a/.x.png", "a/.hidden/4.png", "c.png"):
        (tmp_path / rel).write_bytes(b"x")
    monkeypatch.chdir(tmp_path)
    assert expand_paths(["a", "c.png", "missing.png"]) == [
        os.path.join("a", "1.png"), os.path.join("a", "2.png"),
        os.path.join("a", "b", "3.jpg"), "c.png", "missing.png"]


def test_samples_are_classified_sensibly(softmax):
    results = {Path(r.path).name: r for r in classify_paths([SAMPLES], softmax)}
    assert set(results) >= {"sneaker_photo.jpg", "trouser_drawing.png", "bag_photo.jpg",
                            "ankle_boot_transparent.png"}
    assert all(r.ok for r in results.values())
    assert CLASS_NAMES_EN[results["trouser_drawing.png"].class_index] == "Trouser"
    assert CLASS_NAMES_EN[results["sneaker_photo.jpg"].class_index] == "Sneaker"
    assert CLASS_NAMES_EN[results["bag_photo.jpg"].class_index] == "Bag"
    # Without inversion the same photo is a different picture to the model.
    raw = next(classify_paths([SAMPLES / "sneaker_photo.jpg"], softmax, invert=False))
    assert raw.probs[7] < results["sneaker_photo.jpg"].probs[7]


def test_many_files_are_classified_in_order_with_errors_in_place(tmp_path, softmax):
    good = (SAMPLES / "trouser_drawing.png").read_bytes()
    names = []
    for i in range(120):
        name = f"{i:03d}.png"
        (tmp_path / name).write_bytes(good if i % 7 else b"")
        names.append(name)
    results = list(classify_paths([tmp_path], softmax, batch=50))
    assert [Path(r.path).name for r in results] == names
    assert [r.ok for r in results] == [bool(i % 7) for i in range(120)]
    assert all("empty" in r.error for r in results if not r.ok)
    # The GUI shows the same error in its own language: it comes with its key.
    assert all(r.problem.key == "empty_file" and str(r.problem) == r.error
               for r in results if not r.ok)


def test_self_check_classifies_a_bundled_sample():
    assert self_check().startswith("classifier: trouser_drawing.png → Trouser")


def test_confusion_matrix_counts_true_by_predicted():
    cm = confusion_matrix(np.array([0, 0, 1, 2]), np.array([0, 1, 1, 1]), n=3)
    assert cm.tolist() == [[1, 1, 0], [0, 1, 0], [0, 1, 0]]


# --------------------------------------------------------------------------- CLI
def bad_files(folder: Path) -> dict[str, str]:
    """Write every kind of bad or odd file; returns name → 'ok' or 'error'."""
    photo = Image.open(SAMPLES / "sneaker_photo.jpg").convert("RGB")
    expected = {}

    def save(name: str, data: bytes, outcome: str) -> None:
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        expected[name] = outcome

    def encode(img, fmt, **kw) -> bytes:
        buf = io.BytesIO()
        img.save(buf, fmt, **kw)
        return buf.getvalue()

    save("notes.txt", "不是图片\n".encode(), "error")
    save("empty.png", b"", "error")
    save("truncated.jpg", encode(photo, "JPEG")[:400], "error")
    save("sub/deeper/cmyk.jpg", encode(photo.convert("CMYK"), "JPEG"), "ok")
    gray16 = Image.fromarray(np.asarray(photo.convert("L"), np.uint16) * 257)
    save("sub/gray16.png", encode(gray16, "PNG"), "ok")
    save("sub/animated.gif", encode(photo, "GIF", save_all=True,
                                    append_images=[photo.rotate(90)]), "ok")
    save("sub/palette.png", encode(photo.convert("P"), "PNG", transparency=0), "ok")
    save("photo.webp", encode(photo, "WEBP"), "ok")
    save("photo.tiff", encode(photo, "TIFF"), "ok")
    save("bomb.png", _png_header_only(60_000, 60_000), "error")
    save("wide.png", _png_header_only(40_000, 2), "error")
    shutil.copy(SAMPLES / "trouser_drawing.png", folder / "trouser.png")
    expected["trouser.png"] = "ok"
    return expected


def _png_header_only(width: int, height: int) -> bytes:
    """A tiny PNG claiming a huge size (decompression bomb / absurd dimensions)."""
    import struct
    import zlib

    def chunk(tag: bytes, body: bytes) -> bytes:
        return (struct.pack(">I", len(body)) + tag + body
                + struct.pack(">I", zlib.crc32(tag + body) & 0xFFFFFFFF))
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr)
            + chunk(b"IDAT", zlib.compress(b"\0" * 64)) + chunk(b"IEND", b""))


def run_cli(*args: str, cwd: Path = ROOT, home: Path | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, DIVELAB_HOME=str(home or user_data_dir()),
               PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "engine", "classify", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=240)


def test_cli_on_a_folder_mixing_good_and_bad_files(tmp_path):
    folder = tmp_path / "pictures"
    expected = bad_files(folder)
    result = run_cli("--json", "pictures", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    got = {os.path.relpath(obj["path"], "pictures").replace(os.sep, "/"): obj for obj in lines}
    assert set(got) == set(expected)
    assert all(obj["path"].startswith("pictures") for obj in lines)   # path as found
    for name, outcome in expected.items():
        obj = got[name]
        if outcome == "ok":
            assert set(obj) == {"path", "label", "class_index", "probability", "top"}, name
            assert obj["label"] == CLASS_NAMES_EN[obj["class_index"]]
            assert obj["top"][0] == [obj["label"], obj["probability"]]
            assert 0 < obj["probability"] <= 1
        else:
            assert set(obj) == {"path", "error"} and obj["error"], name
    assert got["trouser.png"]["label"] == "Trouser"
    assert "refused" in got["bomb.png"]["error"] and "refused" in got["wide.png"]["error"]

    plain = run_cli(str(folder / "trouser.png"), str(folder / "empty.png"), "--top", "2")
    assert plain.returncode == 0
    first, second = plain.stdout.splitlines()
    assert first.startswith(str(folder / "trouser.png") + ": Trouser ")
    assert second == f"{folder / 'empty.png'}: error: the file is empty (0 bytes)"


def test_cli_bad_arguments_and_unusable_models(tmp_path):
    marker = tmp_path / "pwned"
    torch.save({"x": Evil(marker)}, tmp_path / "evil.pt")
    picture = str(SAMPLES / "trouser_drawing.png")
    cases = [
        (["--model", str(tmp_path / "evil.pt"), picture], 1),
        (["--model", str(tmp_path / "nowhere.pt"), picture], 1),
        (["--top", "0", picture], 2),
        (["--bogus", picture], 2),
        ([], 2),
    ]
    for args, code in cases:
        result = run_cli(*args)
        assert result.returncode == code, (args, result.stderr)
        assert result.stdout == ""
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
        assert "Traceback" not in result.stderr
    assert not marker.exists()
