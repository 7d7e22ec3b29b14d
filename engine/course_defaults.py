"""The course's tasks, losses and hyperparameters, defined once for the engine, CLI and GUI.

Plain data without torch, so the GUI can build its controls from it before torch has loaded.
"""

from __future__ import annotations

from typing import Any

from engine.losses import LOSS_NAMES

#: What can be trained: linear regression (3.2/3.3), softmax regression (3.6/3.7), MLP (4.2/4.3).
TASKS: tuple[str, ...] = ("linreg", "softmax", "mlp")
#: Each model written from scratch and concisely with nn.Module.
IMPLS: tuple[str, ...] = ("scratch", "concise")
#: Losses of linear regression (classification always uses cross-entropy).
LOSSES: tuple[str, ...] = LOSS_NAMES

#: The course's hyperparameters for each task (3.2 / 3.6 / 4.2).
TASK_DEFAULTS: dict[str, dict[str, Any]] = {
    "linreg": {"lr": 0.03, "batch_size": 10, "epochs": 3},
    "softmax": {"lr": 0.1, "batch_size": 256, "epochs": 10},
    "mlp": {"lr": 0.1, "batch_size": 256, "epochs": 10},
}
#: The course's values of the remaining hyperparameters (the same for every task).
SHARED_DEFAULTS: dict[str, Any] = {"impl": "concise", "loss": "l2", "huber_delta": 1.0, "seed": 0,
                                   "init_sigma": 0.01, "hidden": 256}
#: The task a fresh start shows.
DEFAULT_TASK = "softmax"


def task_defaults(task: str) -> dict[str, Any]:
    """Learning rate, batch size and epochs as the course sets them for ``task``."""
    return dict(TASK_DEFAULTS.get(task, TASK_DEFAULTS[DEFAULT_TASK]))


def course_values(task: str) -> dict[str, Any]:
    """Every hyperparameter as the course sets it for ``task`` (device and data excluded)."""
    return {**SHARED_DEFAULTS, **task_defaults(task), "task": task}
