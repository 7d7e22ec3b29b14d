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
