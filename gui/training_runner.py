"""Run one training run in the torch process and hand its progress to the window in chunks.

The run itself is :func:`engine.training_jobs.run_training`, a job of the torch process (see
:mod:`engine.torch_process`): the window's interpreter never imports torch, so neither torch's
start-up nor the training loop can hold the window's interpreter lock. A worker thread of the
window's one task mechanism waits for the chunks; the GUI appends them to numpy buffers and a
timer redraws.

Stop and pause go straight to the run in the torch process (effective within one batch, or as
soon as its trainer is built), so the run always ends through its own ``RunEnd`` and the GUI
sees why it ended.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal

from engine import training_jobs
from engine.torch_process import TorchProcessDied
from engine.torch_process import shared as torch_process
from engine.training_jobs import Chunk, RegressionTable, RegressionView, RunSetup
from gui.i18n import tr_format
from gui.tasks import TaskSlot

log = logging.getLogger(__name__)

__all__ = ["Chunk", "RegressionTable", "RegressionView", "RunSetup", "TrainingRunner"]


class TrainingRunner(QObject):
    """Owns one run. Signals arrive on the GUI thread.

    ``chunk`` carries a :class:`Chunk`; ``done`` fires once when the run has ended, after the
    last chunk.
    """

    chunk = Signal(object)
    done = Signal()

    def __init__(self, setup: RunSetup, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setup = setup
        self._slot = TaskSlot(self, partial=self._on_chunk, error=self._on_error,
                              finished=self._on_finished)
        self._paused = False
        self._stop_requested = False
        self.finished = False

    def start(self) -> None:
        self._slot.start(training_jobs.run_training, self.setup, in_torch_process=True)

    def _on_error(self, exc: BaseException) -> None:
        """``run_training`` reports its own failures as chunks; this is the process itself."""
        log.error("training failed", exc_info=exc)
        if isinstance(exc, TorchProcessDied):  # out of memory, a driver crash, killed
            text = tr_format(self.tr("The training process ended unexpectedly (%1). Start "
                                     "again: a new one is started."), str(exc))
        else:
            text = f"{type(exc).__name__}: {exc}"
        self.chunk.emit(Chunk(error=text))

    def _on_chunk(self, chunk: Chunk) -> None:
        if chunk.model_key is not None and (self._stop_requested or self._paused):
            # said again: asked for before the torch process was up, it may not have heard
            self._control("stop" if self._stop_requested else "pause")
        self.chunk.emit(chunk)

    def _on_finished(self) -> None:
        self.finished = True
        self.done.emit()

    def _control(self, action: str) -> None:
        torch_process().notify(training_jobs.control, self.setup.key, action)

    # Control: remembered by the torch process if the trainer is not built yet.
    def stop(self) -> None:
        self._paused = False
        self._stop_requested = True
        self._control("stop")

    def pause(self) -> None:
        self._paused = True
        self._control("pause")

    def resume(self) -> None:
        self._paused = False
        self._control("resume")

    @property
    def paused(self) -> bool:
        return self._paused

    def abort(self) -> None:
        """For closing the window: stop the run and stop waiting for it."""
        self.stop()
        self._slot.cancel()

