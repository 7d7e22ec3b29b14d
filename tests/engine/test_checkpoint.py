"""Checkpoints: atomic saving, safe loading, rebuilding classifiers."""

from __future__ import annotations

import io
import pathlib

import pytest
import torch

from engine import checkpoint as ck
from engine import paths
from engine.checkpoint import CheckpointError, build_classifier, load_checkpoint, save_checkpoint


def _softmax_state(seed=0):
    torch.manual_seed(seed)
    return ck.softmax_net().state_dict()


def test_round_trip_and_classifier(tmp_path):
    state = _softmax_state()
    path = tmp_path / "m.pt"
    save_checkpoint(path, arch="softmax", state_dict=state,
                    meta={"test_acc": 0.83, "config": {"lr": 0.1, "task": "softmax"}})
    ckpt = load_checkpoint(path)
    assert ckpt.arch == "softmax" and ckpt.test_acc == pytest.approx(0.83)
    assert ckpt.meta["config"]["lr"] == 0.1 and ckpt.name == "m"
    assert "T" in ckpt.meta["created"]
    net = build_classifier(ckpt)
    assert not net.training
    x = torch.rand(5, 1, 28, 28)
    ref = ck.softmax_net()
    ref.load_state_dict(state)
    assert torch.allclose(net(x), ref(x))
    assert net(x.reshape(5, 784)).shape == (5, 10)


def test_mlp_hidden_size_comes_from_meta_or_shapes(tmp_path):
    state = ck.mlp_net(17).state_dict()
    save_checkpoint(tmp_path / "a.pt", arch="mlp", state_dict=state, meta={"hidden": 17})
    assert build_classifier(load_checkpoint(tmp_path / "a.pt"))(torch.rand(2, 784)).shape == (2, 10)
    save_checkpoint(tmp_path / "b.pt", arch="mlp", state_dict=state, meta={})
    assert build_classifier(load_checkpoint(tmp_path / "b.pt"))[1].out_features == 17


def test_a_bare_state_dict_is_accepted(tmp_path):
    torch.save(_softmax_state(), tmp_path / "bare.pt")
    assert load_checkpoint(tmp_path / "bare.pt").arch == "softmax"


def test_linreg_checkpoint_is_not_a_classifier(tmp_path):
    save_checkpoint(tmp_path / "l.pt", arch="linreg",
                    state_dict={"weight": torch.ones(1, 2), "bias": torch.zeros(1)},
                    meta={"num_inputs": 2})
    ckpt = load_checkpoint(tmp_path / "l.pt")
    with pytest.raises(CheckpointError, match="classify"):
        build_classifier(ckpt)
    assert float(ck.build_model(ckpt)(torch.tensor([[1.0, 2.0]]))) == pytest.approx(3.0)


def test_shape_mismatch_is_a_checkpoint_error(tmp_path):
    save_checkpoint(tmp_path / "x.pt", arch="softmax",
                    state_dict={"1.weight": torch.zeros(10, 100), "1.bias": torch.zeros(10)})
    with pytest.raises(CheckpointError, match="do not fit"):
        build_classifier(load_checkpoint(tmp_path / "x.pt"))


@pytest.mark.parametrize("content", [b"", b"not a checkpoint at all", b"PK\x03\x04broken"])
def test_garbage_files(tmp_path, content):
    (tmp_path / "g.pt").write_bytes(content)
    with pytest.raises(CheckpointError):
        load_checkpoint(tmp_path / "g.pt")


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(CheckpointError, match="does not exist"):
        load_checkpoint(tmp_path / "nope.pt")
    with pytest.raises(CheckpointError):
        load_checkpoint(tmp_path)


def test_other_pickles_are_refused(tmp_path):
    torch.save({"format": "something else", "x": 1}, tmp_path / "o.pt")
    with pytest.raises(CheckpointError, match="not a DiveLab checkpoint"):
        load_checkpoint(tmp_path / "o.pt")
    with pytest.raises(CheckpointError):
        save_checkpoint(tmp_path / "z.pt", arch="resnet", state_dict={})


MARKER_NAME = "pwned.txt"


class Payload:
    """Unpickling this would create a file: proof that code ran."""

    def __init__(self, marker: pathlib.Path) -> None:
        self.marker = marker

    def __reduce__(self):
        return (pathlib.Path.touch, (self.marker,))


def test_weights_only_refuses_code_in_a_pickle(tmp_path):
    marker = tmp_path / MARKER_NAME
    blob = {"format": ck.FORMAT, "version": 1, "arch": "softmax",
            "state_dict": _softmax_state(), "meta": {"evil": Payload(marker)}}
    torch.save(blob, tmp_path / "evil.pt")
    # the payload is real: an unsafe load would run it
    torch.load(tmp_path / "evil.pt", weights_only=False)
    assert marker.exists()
    marker.unlink()
    with pytest.raises(CheckpointError, match="not opened"):
        load_checkpoint(tmp_path / "evil.pt")
    assert not marker.exists()


def test_save_is_atomic_when_writing_fails(tmp_path, monkeypatch):
    path = tmp_path / "m.pt"
    save_checkpoint(path, arch="softmax", state_dict=_softmax_state(0), meta={"test_acc": 0.5})
    before = path.read_bytes()

    def failing_fsync(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(paths.os, "fsync", failing_fsync)
    with pytest.raises(OSError):
        save_checkpoint(path, arch="softmax", state_dict=_softmax_state(1), meta={"test_acc": 0.9})
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert load_checkpoint(path).test_acc == 0.5
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.pt"]  # no temp file left behind


def test_save_failing_while_serialising_leaves_the_old_file(tmp_path, monkeypatch):
    path = tmp_path / "m.pt"
    save_checkpoint(path, arch="softmax", state_dict=_softmax_state(0))
    before = path.read_bytes()
    real_save = torch.save

    def half_save(obj, f, *a, **k):
        if isinstance(f, io.BytesIO):
            f.write(b"partial")
        raise RuntimeError("interrupted")

    monkeypatch.setattr(torch, "save", half_save)
    with pytest.raises(RuntimeError):
        save_checkpoint(path, arch="softmax", state_dict=_softmax_state(1))
    monkeypatch.setattr(torch, "save", real_save)
    assert path.read_bytes() == before
