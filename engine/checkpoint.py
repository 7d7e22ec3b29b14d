"""Saving and loading trained models safely.

A checkpoint is a plain dict of tensors and simple values written with ``torch.save`` through a
temp file + replace (a crash never leaves half a file), and read back with
``torch.load(weights_only=True)`` so a file from elsewhere cannot run code when opened.
:func:`load_checkpoint_arrays` reads the same files as numpy arrays without importing torch
(:mod:`engine.weights_file`), with the same refusal of anything but weights.
"""

from __future__ import annotations

import io
import logging
import os
import pickle
import zipfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from engine.paths import atomic_write_bytes

if TYPE_CHECKING:
    import torch
    from torch import nn

log = logging.getLogger(__name__)

FORMAT = "divelab-checkpoint"
VERSION = 1
ARCHS = ("softmax", "mlp", "linreg")
NUM_INPUTS = 28 * 28
NUM_OUTPUTS = 10


class CheckpointError(ValueError):
    """The file is not a usable DiveLab checkpoint; the message says why in plain words."""


@dataclass
class Checkpoint:
    arch: str
    state_dict: dict[str, torch.Tensor]
    meta: dict = field(default_factory=dict)

    @property
    def test_acc(self) -> float | None:
        value = self.meta.get("test_acc")
        return float(value) if value is not None else None

    @property
    def name(self) -> str:
        return str(self.meta.get("name") or "")


def _plain(value: Any) -> Any:
    """Meta values restricted to what ``weights_only`` loading accepts."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    import torch

    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    if isinstance(value, torch.Tensor):
        return value.detach().cpu()
    if isinstance(value, Path):
        return str(value)
    return str(value)


def save_checkpoint(path: str | os.PathLike, *, arch: str, state_dict: dict,
                    meta: dict | None = None) -> None:
    """Write a checkpoint atomically (temp file + replace)."""
    import torch

    if arch not in ARCHS:
        raise CheckpointError(f"unknown architecture '{arch}' (expected one of {', '.join(ARCHS)})")
    meta = dict(meta or {})
    meta.setdefault("created", datetime.now(UTC).isoformat(timespec="seconds"))
    meta.setdefault("name", Path(path).stem)
    meta.setdefault("test_acc", None)
    blob = {
        "format": FORMAT,
        "version": VERSION,
        "arch": arch,
        "state_dict": {str(k): _tensor(v) for k, v in state_dict.items()},
        "meta": _plain(meta),
    }
    buf = io.BytesIO()
    torch.save(blob, buf)
    atomic_write_bytes(path, buf.getvalue())


def _tensor(value: Any) -> torch.Tensor:
    """A CPU copy of a weight given as a tensor or a numpy array."""
    import torch

    if isinstance(value, np.ndarray):
        return torch.from_numpy(np.array(value))
    return value.detach().cpu().clone()


def load_checkpoint(path: str | os.PathLike) -> Checkpoint:
    """Read with ``weights_only=True``; any problem becomes a :class:`CheckpointError`."""
    import torch

    p = _existing_file(path)
    try:
        blob = torch.load(p, map_location="cpu", weights_only=True)
    except pickle.UnpicklingError as exc:
        log.info("refused checkpoint %s: %s", p, exc)
        raise CheckpointError(f"{p.name} contains objects other than weights (possibly code); "
                              "it was not opened, for safety") from exc
    except (zipfile.BadZipFile, EOFError, RuntimeError, OSError, ValueError, TypeError,
            AttributeError, KeyError, IndexError, MemoryError) as exc:
        raise CheckpointError(f"{p.name} is not a readable checkpoint ({_short(exc)})") from exc
    except Exception as exc:  # noqa: BLE001 - a hostile or odd file must never crash the app
        raise CheckpointError(f"{p.name} is not a readable checkpoint ({_short(exc)})") from exc
    return _from_blob(blob, p.name, torch.Tensor)


def load_checkpoint_arrays(path: str | os.PathLike) -> Checkpoint:
    """:func:`load_checkpoint` with numpy arrays for weights, without importing torch.

    A file in torch's old (non-zip) format is read through torch after all.
    """
    from engine.weights_file import is_zip_weights_file, read_weights_file

    p = _existing_file(path)
    try:
        if not is_zip_weights_file(p):
            ckpt = load_checkpoint(p)
            return Checkpoint(ckpt.arch, {k: v.numpy() for k, v in ckpt.state_dict.items()},
                              ckpt.meta)
        blob = read_weights_file(p)
    except CheckpointError:
        raise
    except pickle.UnpicklingError as exc:
        log.info("refused checkpoint %s: %s", p, exc)
        raise CheckpointError(f"{p.name} contains objects other than weights (possibly code); "
                              "it was not opened, for safety") from exc
    except Exception as exc:  # noqa: BLE001 - a hostile or odd file must never crash the app
        raise CheckpointError(f"{p.name} is not a readable checkpoint ({_short(exc)})") from exc
    return _from_blob(blob, p.name, np.ndarray)


def _existing_file(path: str | os.PathLike) -> Path:
    p = Path(path)
    if not p.is_file():
        raise CheckpointError(f"{p} does not exist" if not p.exists() else f"{p} is not a file")
    return p


def _short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return (text[0] if text else type(exc).__name__)[:160]


def _from_blob(blob: Any, name: str, tensor_type: type) -> Checkpoint:
    if isinstance(blob, dict) and blob.get("format") == FORMAT:
        arch, state, meta = blob.get("arch"), blob.get("state_dict"), blob.get("meta") or {}
    elif isinstance(blob, dict) and blob and all(isinstance(v, tensor_type)
                                                 for v in blob.values()):
        state, meta = blob, {}  # a bare state_dict (torch.save(net.state_dict(), ...))
        arch = _guess_arch(state)
    else:
        raise CheckpointError(f"{name} is not a DiveLab checkpoint")
    if arch not in ARCHS:
        raise CheckpointError(f"{name} holds an unknown model type '{arch}'")
    if not isinstance(state, dict) or not all(isinstance(v, tensor_type) for v in state.values()):
        raise CheckpointError(f"{name} has no weights")
    if not isinstance(meta, dict):
        meta = {}
    return Checkpoint(arch=str(arch), state_dict=dict(state), meta=dict(meta))


def _guess_arch(state: dict) -> str | None:
    keys = set(state)
    if keys == {"1.weight", "1.bias"}:
        return "softmax"
    if keys == {"1.weight", "1.bias", "3.weight", "3.bias"}:
        return "mlp"
    if keys == {"weight", "bias"} or keys == {"0.weight", "0.bias"}:
        return "linreg"
    return None


def softmax_net() -> nn.Sequential:
    """The course's concise softmax regression: Flatten, then one linear layer 784 → 10."""
    from torch import nn

    return nn.Sequential(nn.Flatten(), nn.Linear(NUM_INPUTS, NUM_OUTPUTS))


def mlp_net(hidden: int = 256) -> nn.Sequential:
    """Multilayer perceptron 784 → hidden → 10 with ReLU (the course's next step)."""
    from torch import nn

    return nn.Sequential(nn.Flatten(), nn.Linear(NUM_INPUTS, hidden), nn.ReLU(),
                         nn.Linear(hidden, NUM_OUTPUTS))


def build_classifier(ckpt: Checkpoint) -> nn.Module:
    """An eval-mode image classifier from a softmax/MLP checkpoint.

    The module takes float images in [0, 1], [N, 1, 28, 28] or [N, 784], and returns logits [N, 10].
    """
    state = ckpt.state_dict
    if ckpt.arch == "softmax":
        net = softmax_net()
    elif ckpt.arch == "mlp":
        w1 = state.get("1.weight")
        hidden = int(ckpt.meta.get("hidden") or (w1.shape[0] if w1 is not None else 0))
        if hidden <= 0:
            raise CheckpointError("this MLP checkpoint does not say how many hidden units it has")
        net = mlp_net(hidden)
    else:
        raise CheckpointError(f"a '{ckpt.arch}' model does not classify images; "
                              "choose a softmax regression or MLP checkpoint")
    try:
        net.load_state_dict(state, strict=True)
    except RuntimeError as exc:
        raise CheckpointError(f"the weights do not fit a {ckpt.arch} model "
                              f"({_short(exc)})") from exc
    net.eval()
    for p in net.parameters():
        p.requires_grad_(False)
    return net


def build_model(ckpt: Checkpoint) -> nn.Module:
    """Any checkpoint as a module (linreg: ``nn.Linear(num_inputs, 1)``)."""
    from torch import nn

    if ckpt.arch != "linreg":
        return build_classifier(ckpt)
    weight = ckpt.state_dict.get("weight", ckpt.state_dict.get("0.weight"))
    if weight is None or weight.dim() != 2 or weight.shape[0] != 1:
        raise CheckpointError("this linear regression checkpoint has no weight row")
    net = nn.Linear(int(weight.shape[1]), 1)
    state = {k.split(".")[-1]: v for k, v in ckpt.state_dict.items()}
    try:
        net.load_state_dict(state, strict=True)
    except RuntimeError as exc:
        raise CheckpointError(f"the weights do not fit a linear model ({_short(exc)})") from exc
    for p in net.parameters():
        p.requires_grad_(False)
    return net.eval()
