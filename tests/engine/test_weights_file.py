"""Checkpoint weights read as numpy arrays without torch: the same numbers, the same refusals."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import torch

from engine.checkpoint import (
    CheckpointError,
    build_classifier,
    load_checkpoint,
    load_checkpoint_arrays,
    save_checkpoint,
)
from engine.classify import Classifier, default_model_path
from engine.weights_file import read_weights_file

ROOT = Path(__file__).resolve().parents[2]


def test_tensors_of_every_layout_and_type_come_back_equal(tmp_path):
    saved = {
        "transposed": torch.arange(12.0).reshape(3, 4).t(),
        "strided": torch.arange(10)[2:8:2],
        "scalar": torch.tensor(5.0),
        "empty": torch.zeros(0, 3),
        "ints": torch.tensor([1, 2, 3], dtype=torch.int32),
        "half": torch.tensor([0.5, 1.5], dtype=torch.float16),
        "flags": torch.tensor([True, False]),
        "shared": torch.arange(6.0),
    }
    saved["view_of_shared"] = saved["shared"][1:4]
    path = tmp_path / "t.pt"
    torch.save(saved, path)
    read = read_weights_file(path)
    for name, tensor in saved.items():
        assert read[name].dtype == tensor.numpy().dtype, name
        assert np.array_equal(read[name], tensor.numpy()), name


@pytest.mark.parametrize("kind", ["softmax", "mlp"])
def test_default_models_give_torchs_probabilities(kind):
    path = default_model_path(kind)
    as_arrays, as_tensors = load_checkpoint_arrays(path), load_checkpoint(path)
    assert as_arrays.meta == as_tensors.meta and as_arrays.arch == as_tensors.arch
    x = np.random.default_rng(0).random((64, 28, 28), dtype=np.float32)
    with torch.inference_mode():
        expected = torch.softmax(build_classifier(as_tensors)(torch.from_numpy(x)), 1).numpy()
    got = Classifier.load(path).probabilities(x)
    assert got.dtype == np.float32
    np.testing.assert_allclose(got, expected, atol=2e-6)
    assert (got.argmax(1) == expected.argmax(1)).all()


class Evil:
    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):
        return (Path.touch, (self.marker,))


def test_code_in_a_file_is_refused_and_never_runs(tmp_path):
    marker = tmp_path / "ran"
    path = tmp_path / "evil.pt"
    torch.save({"format": "divelab-checkpoint", "arch": "softmax", "x": Evil(marker)}, path)
    with pytest.raises(CheckpointError, match="for safety"):
        load_checkpoint_arrays(path)
    assert not marker.exists()


def test_wrong_shapes_are_a_clear_error(tmp_path):
    path = tmp_path / "small.pt"
    save_checkpoint(path, arch="softmax", state_dict={"1.weight": torch.zeros(10, 100),
                                                      "1.bias": torch.zeros(10)})
    with pytest.raises(CheckpointError, match="do not fit a softmax model"):
        Classifier.load(path)


def test_classifying_needs_no_torch():
    """The first picture is answered without importing torch (seconds, and a stalled window)."""
    code = (
        "import sys, numpy as np\n"
        "from engine.classify import Classifier, default_model_path, list_models\n"
        "infos = list_models()\n"
        "c = Classifier.load(default_model_path('mlp'))\n"
        "p = c.probabilities(np.zeros((2, 28, 28), np.float32))\n"
        "assert p.shape == (2, 10) and all(i.error is None for i in infos)\n"
        "print('torch' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "False"
