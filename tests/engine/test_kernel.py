"""The sandbox kernel: runs cells in another process and survives whatever a cell does."""

from __future__ import annotations

import sys
import threading
import time

import pytest

from engine.kernel import MAX_CELL_OUTPUT, KernelClient


@pytest.fixture(scope="module")
def kernel():
    messages: list[dict] = []
    client = KernelClient(on_message=messages.append, time_limit=20.0,
                          memory_budget=1536 << 20)
    client.messages = messages  # type: ignore[attr-defined]
    assert client.wait_ready(120), "kernel did not start"
    yield client
    client.close()


def test_cell_output_result_and_variables(kernel):
    r = kernel.run("x = torch.arange(4.0, requires_grad=True)\ny = 2 * torch.dot(x, x)\n"
                   "print('hello')\ny")
    assert r.status == "ok", r.error
    assert r.stdout == "hello\n"
    assert r.result["kind"] == "tensor"
    assert r.result["grad_fn"] == "MulBackward0"
    assert r.result["shape"] == [] and r.result["dtype"] == "float32"
    rows = {row["name"]: row for row in r.variables}
    assert rows["x"]["shape"] == "(4,)" and rows["x"]["requires_grad"] is True
    assert rows["y"]["grad_fn"] == "MulBackward0"
    assert "torch" not in rows and "plot" not in rows


def test_variables_persist_between_cells(kernel):
    kernel.run("persisted = 41")
    r = kernel.run("persisted + 1")
    assert r.result["repr"] == "42"


def test_error_points_at_the_line(kernel):
    r = kernel.run("a = 1\nb = [1, 2]\nc = b[5]\nprint('never')")
    assert r.status == "error"
    assert r.error["lineno"] == 3
    assert r.error["line"] == "c = b[5]"
    assert r.error["message"].startswith("IndexError: list index out of range")
    assert "kernel.py" not in r.error["traceback"]
    assert r.stdout == ""


def test_syntax_error_points_at_the_line(kernel):
    r = kernel.run("x = 1\ny = (2 +\n")
    assert r.status == "error"
    assert r.error["ename"] == "SyntaxError"
    assert r.error["lineno"] == 2


def test_sys_exit_is_caught(kernel):
    pid = kernel.pid
    r = kernel.run("import sys\nsys.exit(3)")
    assert r.status == "error" and "SystemExit" in r.error["message"]
    assert kernel.pid == pid
    assert kernel.run("1 + 1").result["repr"] == "2"


def test_plot_helper_sends_series(kernel):
    r = kernel.run("plot(torch.arange(3.0), torch.tensor([1.0, 4.0, 9.0]), label='sq')\n"
                   "plot([0, 1], [0, 1], label='id', new=True)")
    assert r.status == "ok", r.error
    assert [p["figure"] for p in r.plots] == [0, 1]
    assert list(r.plots[0]["series"]["y"]) == [1.0, 4.0, 9.0]
    assert r.plots[0]["series"]["label"] == "sq"
    bad = kernel.run("plot([1, 2, 3], [1, 2])")
    assert bad.status == "error" and "3 points" in bad.error["message"]


def test_print_loop_is_batched(kernel):
    r = kernel.run("for i in range(5000):\n    print(i)")
    assert r.stdout.splitlines()[-1] == "4999"
    streams = [m for m in r.messages if m["type"] == "stream"]
    assert len(streams) < 100


def test_flood_of_output_is_capped(kernel):
    r = kernel.run("print('x' * 1_500_000)\nprint('after')\n'still runs'")
    assert r.status == "ok" and r.result["repr"] == "'still runs'"
    assert len(r.stdout) < MAX_CELL_OUTPUT + 100
    assert r.stdout.endswith("[… output truncated …]\n")


def test_input_does_not_hang_and_says_why(kernel):
    r = kernel.run("input('name? ')")
    assert r.status == "error" and r.error["ename"] == "EOFError"
    assert r.error["message"].startswith(
        "EOFError: input() cannot read from the keyboard here: assign the value in the code "
        "instead")


def test_inspect_and_graph_requests(kernel):
    kernel.run("x = torch.arange(4.0, requires_grad=True)\ny = 2 * torch.dot(x, x)")
    inspected = kernel.run("", op="inspect", name="x")
    value = inspected.messages[1]["value"]
    assert value["shape"] == [4] and value["requires_grad"] is True
    graph = kernel.run("", op="graph", name="y").messages[1]["graph"]
    labels = {n["label"] for n in graph["nodes"]}
    assert {"MulBackward0", "DotBackward0", "x"} <= labels
    missing = kernel.run("", op="graph", name="nope").messages[1]
    assert missing["graph"] is None and "NameError" in missing["message"]


def test_runaway_loop_is_interrupted_then_next_cell_runs(kernel):
    pid = kernel.pid

    def stop_soon():
        time.sleep(0.5)
        kernel.interrupt()

    threading.Thread(target=stop_soon, daemon=True).start()
    started = time.monotonic()
    r = kernel.run("n = 0\nwhile True:\n    n += 1")
    assert time.monotonic() - started < 5
    assert r.status == "interrupted"
    assert r.error["lineno"] in (2, 3)
    assert kernel.pid == pid, "SIGINT stops the loop without a restart"
    assert kernel.run("n > 0").result["repr"] == "True"


def test_time_limit_interrupts(kernel):
    kernel.time_limit = 0.5
    try:
        r = kernel.run("while True:\n    x = 1")
    finally:
        kernel.time_limit = 20.0
    assert r.status == "interrupted"
    assert any(m["type"] == "notice" and m["kind"] == "timeout" for m in r.messages)


def test_crash_restarts_kernel_and_next_cell_runs(kernel):
    pid = kernel.pid
    before = kernel.restarts
    r = kernel.run("import os\nos._exit(7)")
    assert r.status == "crashed"
    died = [m for m in r.messages if m["type"] == "kernel_died"]
    assert died and died[0]["exitcode"] == 7
    r = kernel.run("print('alive')\n21 * 2")
    assert r.status == "ok" and r.stdout == "alive\n" and r.result["repr"] == "42"
    assert kernel.pid != pid and kernel.restarts == before + 1


def test_stubborn_loop_is_killed_and_restarted(kernel):
    code = ("while True:\n    try:\n        while True:\n            x = 1\n"
            "    except KeyboardInterrupt:\n        pass")
    kernel.time_limit = 0.5
    try:
        r = kernel.run(code, timeout=60)
    finally:
        kernel.time_limit = 20.0
    assert r.status == "killed"
    assert kernel.run("'back'").result["repr"] == "'back'"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="RLIMIT_AS is Linux-only")
def test_huge_allocation_fails_inside_the_cell(kernel):
    if kernel.info.get("memory_limit") is None:
        pytest.skip("no address-space limit (CUDA present)")
    pid = kernel.pid
    r = kernel.run("big = torch.ones(600_000_000)")  # 2.4 GB > the 1.5 GB budget
    assert r.status == "error"
    assert r.error["memory"] is True
    assert kernel.pid == pid
    assert kernel.run("'still here'").status == "ok"


def test_restart_forgets_variables(kernel):
    kernel.run("forget_me = 1")
    kernel.restart()
    r = kernel.run("'forget_me' in dir()")
    assert r.result["repr"] == "False"
    assert kernel.wait_ready(60)


def test_reset_clears_namespace_but_keeps_helpers(kernel):
    kernel.run("gone = 5")
    kernel.run("", op="reset")
    r = kernel.run("('gone' in dir(), callable(plot), torch.__name__)")
    assert r.result["repr"] == "(False, True, 'torch')"
