"""The kernel's start and its reader: torchvision waits for a cell, the reader waits on the pipe,
and the kernel's own messages follow the UI language."""

from __future__ import annotations

import threading
import time

import pytest

from engine.kernel import KernelClient
from engine.kernel import client as client_module
from engine.kernel.process import KernelProcess


@pytest.fixture(scope="module")
def plain_kernel():
    """A kernel without torch (starts fast) that speaks Chinese and has no memory watch."""
    client = KernelClient(time_limit=20.0, memory_budget=0, import_torch=False, lang="zh")
    assert client.wait_ready(120), "kernel did not start"
    yield client
    client.close()


def test_torchvision_loads_with_the_first_cell_that_needs_it():
    client = KernelClient(time_limit=60.0, memory_budget=1536 << 20)
    try:
        assert client.wait_ready(120), "kernel did not start"
        r = client.run("import sys\n'torchvision' in sys.modules, 'torch' in sys.modules")
        assert r.result["repr"] == "(False, True)", "torchvision is not imported at start"
        r = client.run("import torchvision\n"
                       "(torchvision.datasets.FashionMNIST.download._divelab,\n"
                       " '__getitems__' in torchvision.datasets.MNIST.__dict__)")
        assert r.status == "ok", r.error
        assert r.result["repr"] == "(True, True)", "the course's patches apply on import"
    finally:
        client.close()


def test_input_explains_itself_in_the_kernels_language(plain_kernel):
    r = plain_kernel.run("name = input('名字？')")
    assert r.status == "error" and r.error["ename"] == "EOFError"
    assert "input()" in r.error["message"] and "键盘" in r.error["message"]
    assert r.error["line"] == "name = input('名字？')"
    r = plain_kernel.run("import sys\ntry:\n    sys.stdin.readline()\nexcept EOFError as e:\n"
                         "    print('caught', e)")
    assert r.status == "ok" and r.stdout.startswith("caught 这里的 input()")


def test_input_message_in_english():
    from engine.kernel.output import no_keyboard_message

    assert no_keyboard_message("en").startswith(
        "input() cannot read from the keyboard here: assign the value in the code instead")
    assert no_keyboard_message("zh_CN") == no_keyboard_message("zh")


def test_idle_reader_sleeps_until_a_message(plain_kernel, monkeypatch):
    calls = []
    real_wait = client_module.wait

    def counting_wait(objects, timeout=None):
        if threading.current_thread() is plain_kernel._thread:  # not other tests' kernels
            calls.append(timeout)
        return real_wait(objects, timeout)

    monkeypatch.setattr(client_module, "wait", counting_wait)
    plain_kernel.run("1")  # the reader now waits with the counting wait
    calls.clear()
    time.sleep(1.0)
    assert len(calls) <= 1, f"the idle reader woke {len(calls)} times in 1 s"
    assert all(t is None for t in calls), "no timeout without a deadline"


def test_a_crash_is_noticed_at_once(plain_kernel):
    pid = plain_kernel.pid
    started = time.monotonic()
    r = plain_kernel.run("import os\nos._exit(5)", timeout=30)
    assert r.status == "crashed"
    assert time.monotonic() - started < 1.0
    assert plain_kernel.wait_ready(60) and plain_kernel.pid != pid


def test_interrupt_from_another_thread_wakes_the_reader(plain_kernel):
    def stop_soon():
        time.sleep(0.3)
        plain_kernel.interrupt()

    threading.Thread(target=stop_soon, daemon=True).start()
    started = time.monotonic()
    r = plain_kernel.run("while True:\n    pass", timeout=30)
    assert r.status == "interrupted"
    assert time.monotonic() - started < 2.0


def test_a_shorter_time_limit_applies_to_the_running_cell(plain_kernel):
    def shorten_soon():
        time.sleep(0.3)
        plain_kernel.time_limit = 0.5

    threading.Thread(target=shorten_soon, daemon=True).start()
    try:
        started = time.monotonic()
        r = plain_kernel.run("import time\nwhile True:\n    time.sleep(0.01)", timeout=30)
    finally:
        plain_kernel.time_limit = 20.0
    assert r.status == "interrupted"
    assert time.monotonic() - started < 3.0
    assert any(m["type"] == "notice" for m in r.messages)


def test_a_cell_sent_while_the_kernel_restarts_runs_in_the_new_one(plain_kernel, monkeypatch):
    killing = threading.Event()
    real_kill = KernelProcess.kill

    def slow_kill(self):
        killing.set()
        time.sleep(0.3)  # the old kernel still runs while the cell is sent
        real_kill(self)

    monkeypatch.setattr(KernelProcess, "kill", slow_kill)
    plain_kernel.run("kept = 1")
    plain_kernel.restart()
    assert killing.wait(10)
    r = plain_kernel.run("'kept' in dir()", timeout=60)
    assert r.status == "ok", r.status
    assert r.result_data["text/plain"] == "False"


def test_a_program_ending_with_a_live_kernel_ends_quietly(tmp_path):
    """Exit stops the kernel's process; the client must not try to start a new one then."""
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    script = tmp_path / "leave.py"
    script.write_text(
        "import sys\n"
        f"sys.path.insert(0, {str(root)!r})\n"
        "from engine.kernel import KernelClient\n"
        "if __name__ == '__main__':\n"
        "    client = KernelClient()\n"
        "    client.start()\n"
        "    assert client.wait_ready()\n"
        "    client.run('6 * 7')\n",
        encoding="utf-8")
    for _ in range(3):  # the race at exit does not show every time
        out = subprocess.run([sys.executable, str(script)], capture_output=True, text=True,
                             timeout=120, cwd=tmp_path)
        assert out.returncode == 0, out.stderr
        assert "Traceback" not in out.stderr and "could not restart" not in out.stderr, \
            out.stderr


def test_an_interrupt_between_a_cells_arrival_and_its_start_stops_it_as_it_starts(tmp_path):
    """The window shows a cell running once the kernel has it; Interrupt then must not be lost
    (a lost one let the cell run on until the kernel was killed, variables and all)."""
    import subprocess
    import sys
    from pathlib import Path

    script = tmp_path / "early_interrupt.py"
    script.write_text(
        "import json, sys\n"
        f"sys.path.insert(0, {str(Path(__file__).resolve().parents[2])!r})\n"
        "from multiprocessing import Pipe\n"
        "from engine.kernel.child import SandboxKernel\n"
        "from engine.kernel.protocol import Execute\n"
        "out = sys.stdout\n"
        "parent, child = Pipe()\n"
        "kernel = SandboxKernel(child, {'import_torch': False, 'lang': 'en'})\n"
        "kernel.boot()\n"
        "kernel._request_open = True  # the request is in hand, its code not yet started\n"
        "kernel._on_sigint(2, None)\n"
        "first = kernel.execute(Execute(id=1, code='x = 1'))\n"
        "ran = 'x' in kernel.shell.user_ns\n"
        "kernel._request_open = False  # idle: a late interrupt stops nothing\n"
        "kernel._on_sigint(2, None)\n"
        "kernel._request_open = True\n"
        "second = kernel.execute(Execute(id=2, code='y = 2'))\n"
        "out.write(json.dumps([first, ran, second, kernel.shell.user_ns.get('y')]))\n")
    result = subprocess.run([sys.executable, str(script)], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip().splitlines()[-1] == '["interrupted", false, "ok", 2]'
