"""engine.torch_process: calls by id over one pipe, answered from threads of another process."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from engine.tasks import Cancelled, TaskState
from engine.torch_process import TorchProcess, TorchProcessDied

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def inline():
    process = TorchProcess(inline=True)
    yield process
    process.close()


def collect(calling):
    yielded = []
    while True:
        try:
            yielded.append(next(calling))
        except StopIteration as stop:
            return yielded, stop.value


def test_a_generator_call_yields_reports_and_returns(inline):
    def job(state, n):
        for i in range(n):
            state.set_progress((i + 1) / n, f"step {i + 1}")
            yield i * i
        state.set_partial("almost")
        return "done"

    reports = []
    state = TaskState()
    state.report = lambda kind, value: reports.append((kind, value))
    yielded, result = collect(inline.call(job, 3, state=state, pass_state=True))
    assert yielded == [0, 1, 4]
    assert result == "done"
    assert reports == [("progress", (1 / 3, "step 1")), ("progress", (2 / 3, "step 2")),
                       ("progress", (1.0, "step 3")), ("partial", "almost")]


def test_errors_keep_their_type_and_an_unpicklable_one_says_what_it_was(inline):
    def bad_value():
        raise ValueError("the learning rate must be positive")

    class Odd(Exception):
        def __init__(self, a, b):
            super().__init__(f"{a}{b}")

    def odd():
        raise Odd(1, 2)

    with pytest.raises(ValueError, match="learning rate"):
        inline.run(bad_value)
    with pytest.raises(RuntimeError, match="Odd: 12"):
        inline.run(odd)
    assert inline.run(lambda: 5) == 5  # the server is still there


def test_cancelling_closes_the_generator_in_the_process(inline):
    closed = threading.Event()

    def endless():
        try:
            while True:
                time.sleep(0.01)
                yield 1
        finally:
            closed.set()

    state = TaskState()
    calling = inline.call(endless, state=state)
    assert next(calling) == 1
    state.cancel()
    with pytest.raises(Cancelled):
        collect(calling)
    assert closed.wait(5)


def test_quick_notices_reach_a_running_call(inline):
    stop = threading.Event()

    def wait_for_stop():
        return stop.wait(10)

    thread_result = []
    thread = threading.Thread(target=lambda: thread_result.append(inline.run(wait_for_stop)))
    thread.start()
    time.sleep(0.2)
    inline.notify(stop.set)
    thread.join(10)
    assert thread_result == [True]


def test_a_real_process_runs_jobs_elsewhere_and_comes_back_after_a_crash():
    from engine import torch_jobs

    process = TorchProcess()
    try:
        pid = process.run(os.getpid)
        assert pid != os.getpid() and pid == process.pid
        devices = process.run(torch_jobs.available_devices)
        assert devices[:2] == ["auto", "cpu"]
        waiting = process.call(time.sleep, 30)
        killer = threading.Timer(0.5, os.kill, (pid, signal.SIGKILL))
        killer.start()
        with pytest.raises(TorchProcessDied, match="ended unexpectedly"):
            collect(waiting)
        assert process.run(os.getpid) not in (pid, os.getpid())
        assert process.starts == 2
    finally:
        process.close()


def test_the_window_side_of_a_training_run_never_imports_torch(tmp_path):
    """The chunks a run sends (batch steps, epoch results, the end) unpickle without torch."""
    code = (
        "import sys\n"
        "from engine.torch_process import TorchProcess\n"
        "from engine import training_jobs\n"
        "def main():\n"
        "    process = TorchProcess()\n"
        "    setup = training_jobs.RunSetup(config={'task': 'linreg', 'epochs': 2,\n"
        "                                           'batch_size': 10, 'lr': 0.03})\n"
        "    chunks = list(process.call(training_jobs.run_training, setup))\n"
        "    print(sum(len(c.steps) for c in chunks) > 0, chunks[-1].end.status,\n"
        "          len(chunks[-1].epochs + chunks[-2].epochs) > 0, 'torch' in sys.modules)\n"
        "    process.close()\n"
        "if __name__ == '__main__':\n"
        "    main()\n")
    script = tmp_path / "window_side.py"
    script.write_text(code)
    out = subprocess.run([sys.executable, str(script)], cwd=ROOT, capture_output=True, text=True,
                         timeout=120, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["True", "completed", "True", "False"]
