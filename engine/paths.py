"""Where DiveLab finds its bundled resources and keeps the user's files.

One place for these paths so the source tree, the installed package and the PyInstaller
bundle (``sys._MEIPASS``) all resolve the same way.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "DiveLab"


def is_frozen() -> bool:
    """True inside the PyInstaller bundle."""
    return bool(getattr(sys, "frozen", False))


def project_root() -> Path:
    """The source checkout, or the bundle's unpack folder when frozen."""
    if is_frozen():
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))
    return Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    """A file under ``resources/`` (icons, translations, fonts, samples, models)."""
    return project_root().joinpath("resources", *parts)


def user_data_dir() -> Path:
    """Per-user writable folder: cached models, logs, autosaves, dataset cache.

    ``DIVELAB_HOME`` overrides it (tests and teachers' scripted labs use that).
    """
    override = os.environ.get("DIVELAB_HOME")
    if override:
        base = Path(override)
    elif sys.platform == "win32":
        base = Path(os.environ.get("APPDATA", Path.home() / "AppData" / "Roaming")) / APP_NAME
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support" / APP_NAME
    else:
        xdg = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
        base = Path(xdg) / "divelab"
    base.mkdir(parents=True, exist_ok=True)
    return base


def documents_dir() -> Path:
    """The user's documents folder (default place for example files they create)."""
    for candidate in (Path.home() / "Documents", Path.home() / "文档"):
        if candidate.is_dir():
            return candidate
    return Path.home()


def atomic_write_bytes(path: str | os.PathLike, data: bytes) -> None:
    """Write ``data`` to ``path`` via a temp file + replace, so a crash never leaves half a file."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    finally:
        if tmp.exists():
            tmp.unlink()


def atomic_write_text(path: str | os.PathLike, text: str, encoding: str = "utf-8") -> None:
    """Text flavour of :func:`atomic_write_bytes`."""
    atomic_write_bytes(path, text.encode(encoding))
