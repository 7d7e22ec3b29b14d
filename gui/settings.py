"""Application settings (QSettings, INI format) shared by the window and the tabs."""

from __future__ import annotations

from PySide6.QtCore import QSettings

ORG = "DiveLab"
APP = "DiveLab"


def settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORG, APP)


def dataset_folder() -> str | None:
    """The Fashion-MNIST folder the user chose (File ▸ Choose dataset folder), if any."""
    value = settings().value("data/folder", "")
    return str(value) or None


def set_dataset_folder(folder: str | None) -> None:
    settings().setValue("data/folder", folder or "")


def lab_folder() -> str | None:
    """The student's lab folder (File ▸ Choose lab folder), if one was chosen.

    The sandbox and untitled notebooks run in its ``notebooks/`` folder, so the course's
    ``../data`` is its ``data/``; by default it is ``engine.course_env.default_lab_dir()``.
    """
    value = settings().value("lab/folder", "")
    return str(value) or None


def set_lab_folder(folder: str | None) -> None:
    settings().setValue("lab/folder", folder or "")


class Setting:
    """One stored value with its type and default: ``Setting("tensor/time_limit", 300.0)``.

    ``get()`` always answers in the default's type (INI files hand back strings, and a file
    edited by hand may hold anything): a value that does not convert gives the default.
    """

    def __init__(self, key: str, default: bool | int | float | str) -> None:
        self.key, self.default = key, default

    def get(self) -> bool | int | float | str:
        return self._read(settings())

    def _read(self, store: QSettings) -> bool | int | float | str:
        value = store.value(self.key, self.default)
        kind = type(self.default)
        try:
            if kind is bool:
                return value if isinstance(value, bool) else str(value).lower() in ("true", "1")
            if kind is int:
                return int(float(value))
            return kind(value)
        except (TypeError, ValueError):
            return self.default

    def set(self, value: bool | int | float | str) -> None:
        store = settings()
        if store.contains(self.key) and self._read(store) == value:
            return  # a tab saves all its controls on each change: only what changed is written
        store.setValue(self.key, value)


class RecentFiles:
    """A most-recent-first list of files kept in the settings (the Recent menus)."""

    def __init__(self, key: str, limit: int = 8) -> None:
        self.key, self.limit = key, limit

    def paths(self, existing_only: bool = False) -> list[str]:
        value = settings().value(self.key, [])
        items = [value] if isinstance(value, str) else list(value or [])
        paths = [str(p) for p in items if p]
        if existing_only:
            from pathlib import Path

            paths = [p for p in paths if Path(p).is_file()]
        return paths[:self.limit]

    def remember(self, path: str) -> None:
        paths = [str(path)] + [p for p in self.paths() if p != str(path)]
        settings().setValue(self.key, paths[:self.limit])

    def clear(self) -> None:
        settings().setValue(self.key, [])
