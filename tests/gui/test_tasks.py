"""gui.tasks.TaskSlot: one outcome path for every job, and a new task silences the old one."""

from __future__ import annotations

import threading

import pytest

from engine.tasks import Cancelled, TaskState
from gui.tasks import TaskSlot


class Record:
    def __init__(self) -> None:
        self.done, self.errors, self.partials, self.progress, self.finished = [], [], [], [], 0

    def slot(self, parent) -> TaskSlot:
        def finished() -> None:
            self.finished += 1
        return TaskSlot(parent, done=self.done.append, error=self.errors.append,
                        partial=self.partials.append,
                        progress=lambda f, t: self.progress.append((f, t)), finished=finished)


@pytest.fixture
def owner(qtbot):
    from PySide6.QtWidgets import QWidget

    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def test_plain_job_result_arrives_on_done(qtbot, owner):
    rec = Record()
    slot = rec.slot(owner)
    slot.start(lambda a, b: a + b, 2, 3)
    qtbot.waitUntil(lambda: rec.finished == 1)
    assert rec.done == [5] and rec.errors == [] and not slot.is_running()


def test_runtime_error_in_a_generator_reaches_error_and_finished(qtbot, owner):
    """superqt drops a RuntimeError and never says the job ended; the slot reports it."""
    def job():
        yield 1
        raise RuntimeError("CUDA out of memory")

    rec = Record()
    rec.slot(owner).start(job)
    qtbot.waitUntil(lambda: rec.finished == 1)
    assert rec.partials == [1]
    assert [str(e) for e in rec.errors] == ["CUDA out of memory"] and rec.done == []


def test_starting_again_cancels_and_silences_the_previous_task(qtbot, owner):
    release = threading.Event()

    def slow(state: TaskState, value):
        release.wait(5)
        state.check()
        return value

    rec = Record()
    slot = rec.slot(owner)
    first = slot.start(slow, "old", pass_state=True)
    slot.start(lambda: "new")
    assert first.cancelled
    qtbot.waitUntil(lambda: rec.finished == 1)
    release.set()
    slot.wait()
    qtbot.wait(50)
    assert rec.done == ["new"] and rec.errors == [] and rec.finished == 1


def test_progress_and_partial_results_from_the_task_state(qtbot, owner):
    def job(state: TaskState):
        for i in range(3):
            state.set_progress((i + 1) / 3, f"step {i + 1}")
            state.set_partial(i)
        return "ok"

    rec = Record()
    rec.slot(owner).start(job, pass_state=True)
    qtbot.waitUntil(lambda: rec.finished == 1)
    assert rec.partials == [0, 1, 2] and rec.progress[-1] == (1.0, "step 3")
    assert rec.done == ["ok"]


def test_cancel_delivers_nothing(qtbot, owner):
    started = threading.Event()

    def job(state: TaskState):
        started.set()
        while True:
            state.check()

    rec = Record()
    slot = rec.slot(owner)
    slot.start(job, pass_state=True)
    started.wait(5)
    slot.cancel()
    slot.wait()
    qtbot.wait(50)
    assert (rec.done, rec.errors, rec.finished) == ([], [], 0)


def test_cancelled_is_quiet_and_the_state_is_qt_free():
    state = TaskState()
    state.check()
    state.cancel()
    with pytest.raises(Cancelled):
        state.check()


def test_a_torch_process_job_reports_through_the_same_hooks(qtbot, owner):
    """``in_torch_process``: the job runs in the torch process; what it yields arrives as
    partials, what it returns on done, what it raises (its own type) on error."""
    import os

    from engine import training_jobs

    rec = Record()
    slot = rec.slot(owner)
    slot.start(os.getpid, in_torch_process=True)
    qtbot.waitUntil(lambda: rec.finished == 1, timeout=60000)
    assert rec.done[0] != os.getpid()
    setup = training_jobs.RunSetup(config={"task": "linreg", "lr": -1.0})
    slot.start(training_jobs.run_training, setup, in_torch_process=True)
    qtbot.waitUntil(lambda: rec.finished == 2, timeout=60000)
    assert "learning rate must be a positive number" in rec.partials[-1].error
    slot.start(training_jobs.save_checkpoint, "no such run", "x.pt", "x", in_torch_process=True)
    qtbot.waitUntil(lambda: rec.finished == 3, timeout=60000)
    assert isinstance(rec.errors[0], ValueError)
    assert "no longer kept" in str(rec.errors[0])
