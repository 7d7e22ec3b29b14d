"""What a training run reports: small dataclasses of plain numbers, without torch.

The trainer yields them in the torch process; the window unpickles them, so this module must
never import torch (engine.training re-exports them).
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["BatchStep", "EpochResult", "RunEnd"]


@dataclass
class BatchStep:
    """Progress within an epoch, yielded every ``report_every`` batches."""

    epoch: int  # 1-based
    batch: int  # 1-based within the epoch
    batches: int  # batches per epoch
    progress: float  # epochs done, fractional
    loss: float  # mean loss of the batches since the previous BatchStep (this batch when 1)
    elapsed: float  # seconds since the run started, data loading and pauses excluded


@dataclass
class EpochResult:
    """What the course prints after each epoch."""

    epoch: int
    epochs: int
    train_loss: float
    train_acc: float | None
    test_acc: float | None
    examples_per_sec: float
    seconds: float  # this epoch's training + evaluation
    elapsed: float
    w: list[float] | None = None
    b: float | None = None
    w_error: list[float] | None = None
    b_error: float | None = None
    test_loss: float | None = None


@dataclass
class RunEnd:
    """Exactly one ends every run."""

    status: str  # 'completed' | 'stopped' | 'diverged' | 'failed'
    message: str
    epochs_done: int
    error: BaseException | None = field(default=None, repr=False)
