"""Pick the compute device: CUDA, then Apple MPS, then CPU."""

from __future__ import annotations

import torch


def available_devices() -> list[str]:
    """Device names a user can choose from, 'auto' first."""
    names = ["auto", "cpu"]
    if torch.cuda.is_available():
        names += ["cuda"] + [f"cuda:{i}" for i in range(torch.cuda.device_count())][1:]
    if _mps_available():
        names.append("mps")
    return names


def resolve_device(name: str = "auto") -> torch.device:
    """'auto' → CUDA if available, then MPS, then CPU. Raises ValueError for an unusable name."""
    name = (name or "auto").strip().lower()
    if name == "auto":
        if torch.cuda.is_available():
            return torch.device("cuda")
        if _mps_available():
            return torch.device("mps")
        return torch.device("cpu")
    try:
        device = torch.device(name)
    except RuntimeError as exc:
        raise ValueError(f"unknown device '{name}'") from exc
    if device.type == "cuda" and not torch.cuda.is_available():
        raise ValueError("CUDA was requested but no CUDA GPU is available")
    if device.type == "cuda" and device.index is not None and device.index >= torch.cuda.device_count():
        raise ValueError(f"there is no GPU {device.index}")
    if device.type == "mps" and not _mps_available():
        raise ValueError("MPS was requested but is not available")
    if device.type not in ("cpu", "cuda", "mps"):
        raise ValueError(f"unsupported device '{name}'")
    return device


def device_label(device: torch.device | str) -> str:
    """Human name for the status bar: 'CPU', or the GPU's name."""
    device = torch.device(device)
    if device.type == "cuda":
        return f"CUDA · {torch.cuda.get_device_name(device)}"
    if device.type == "mps":
        return "Apple MPS"
    return "CPU"


def _mps_available() -> bool:
    backend = getattr(torch.backends, "mps", None)
    return bool(backend and backend.is_available())
