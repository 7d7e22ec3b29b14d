"""The sandbox kernel behaves like the Jupyter the course uses: IPython semantics, rich output."""

from __future__ import annotations

import base64

import pytest

from engine.kernel import SUMMARY_MIME, KernelClient


@pytest.fixture(scope="module")
def kernel(tmp_path_factory):
    folder = tmp_path_factory.mktemp("lab") / "notebooks"
    folder.mkdir()
    client = KernelClient(time_limit=60.0, memory_budget=1536 << 20, cwd=str(folder))
    client.folder = folder  # type: ignore[attr-defined]
    assert client.wait_ready(120), "kernel did not start"
    yield client
    client.close()


def _figures(result) -> list[dict]:
    return [d for d in result.displays if {"image/png", "image/svg+xml"} & set(d["data"])]


def test_ready_reports_ipython_and_working_folder(kernel):
    assert kernel.info["ipython"].split(".")[0] >= "9"
    assert kernel.info["cwd"] == str(kernel.folder)
    r = kernel.run("import os\nos.getcwd()")
    assert r.result_data["text/plain"] == repr(str(kernel.folder))


def test_line_magics_run(kernel):
    r = kernel.run("%timeit -n1 -r1 sum(range(100))")
    assert r.status == "ok", r.error
    assert "per loop" in r.stdout
    r = kernel.run("%time total = sum(range(10))")
    assert r.status == "ok" and "Wall time" in r.stdout
    r = kernel.run("who_a = 1\nwho_b = 'x'\n%who")
    assert "who_a" in r.stdout and "who_b" in r.stdout
    assert "plot" not in r.stdout.split(), "helpers are hidden from %who"


def test_unknown_magic_is_a_clear_error(kernel):
    r = kernel.run("%nosuchmagic")
    assert r.status == "error"
    assert r.error["ename"] == "UsageError"
    assert "nosuchmagic" in r.error["message"]
    assert r.error["line"] == "%nosuchmagic", "the line is shown as typed, not as IPython rewrote it"


def test_semicolon_suppresses_and_underscore_and_out_keep_results(kernel):
    assert kernel.run("40 + 2").result_data["text/plain"] == "42"
    quiet = kernel.run("1 + 1;")
    assert quiet.result_data is None and quiet.status == "ok"
    assert kernel.run("_").result_data["text/plain"] == "42"
    count = kernel.run("'counted'").execution_count
    assert kernel.run(f"Out[{count}]").result_data["text/plain"] == "'counted'"


def test_display_and_clear_output_wait(kernel):
    r = kernel.run("from IPython import display\n"
                   "for i in range(3):\n"
                   "    display.display(i)\n"
                   "    display.clear_output(wait=True)")
    kinds = [m["type"] for m in r.messages if m["type"] in ("display", "clear_output")]
    assert kinds == ["display", "clear_output"] * 3
    assert [d["data"]["text/plain"] for d in r.displays] == ["0", "1", "2"]
    clears = [m for m in r.messages if m["type"] == "clear_output"]
    assert all(m["wait"] is True for m in clears)


def test_display_without_import_and_display_id_updates(kernel):
    kernel.run("globals().pop('display', None)")  # an earlier cell imported the module
    r = kernel.run("h = display('first', display_id=True)\nh.update('second')")
    assert r.status == "ok", r.error
    first, second = r.displays
    assert first["display_id"] and first["display_id"] == second["display_id"]
    assert first["update"] is False and second["update"] is True
    assert second["data"]["text/plain"] == "'second'"


def test_rich_reprs_travel_as_mime_bundles(kernel):
    png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAH"
                           "ggJ/PchI7wAAAABJRU5ErkJggg==")
    r = kernel.run(
        f"class Rich:\n"
        f"    def _repr_html_(self): return '<b>bold</b>'\n"
        f"    def _repr_svg_(self): return '<svg xmlns=\"http://www.w3.org/2000/svg\"/>'\n"
        f"    def _repr_png_(self): return {png!r}\n"
        f"Rich()")
    data = r.result_data
    assert data["text/html"] == "<b>bold</b>"
    assert data["image/svg+xml"].startswith("<svg")
    assert base64.b64decode(data["image/png"]) == png, "PNG bytes travel as base64 text"
    frame = kernel.run("import pandas as pd\npd.DataFrame({'a': [1, 2]})")
    assert "<table" in frame.result_data["text/html"]


def test_tensor_results_carry_the_divelab_summary(kernel):
    r = kernel.run("torch.ones(2, 3)")
    assert r.result["kind"] == "tensor" and r.result["shape"] == [2, 3]
    assert r.result_data[SUMMARY_MIME]["kind"] == "tensor"
    assert r.result_data["text/plain"].startswith("tensor(")


def test_top_level_await(kernel):
    r = kernel.run("import asyncio\nawait asyncio.sleep(0.01)\n'awaited'")
    assert r.status == "ok", r.error
    assert r.result_data["text/plain"] == "'awaited'"


def test_object_help_prints_its_page(kernel):
    r = kernel.run("def documented():\n    'Says hello.'\n\ndocumented?")
    assert r.status == "ok", r.error
    assert "Says hello." in r.stdout
    assert "\x1b[" not in r.stdout


def test_completion(kernel):
    r = kernel.run("torch.ara", op="complete", cursor_pos=9)
    reply = r.completions
    code = "torch.ara"
    completed = [code[:reply["cursor_start"]] + m + code[reply["cursor_end"]:]
                 for m in reply["matches"]]
    assert "torch.arange" in completed
    r = kernel.run("my_long_variable = 1", op="execute")
    reply = kernel.run("my_lo", op="complete", cursor_pos=5).completions
    assert "my_long_variable" in reply["matches"]


def test_matplotlib_inline_figures(kernel):
    r = kernel.run("%matplotlib inline\nimport matplotlib.pyplot as plt\n"
                   "plt.plot([1, 2, 3], [1, 4, 9]);")
    figures = _figures(r)
    assert len(figures) == 1, r.messages
    meta = figures[0]["metadata"]["image/png"]
    assert meta["width"] > 0 and meta["height"] > 0, "2x PNG with its logical size"
    assert base64.b64decode(figures[0]["data"]["image/png"])[:4] == b"\x89PNG"
    shown = kernel.run("plt.plot([0, 1]); plt.show()\nprint('after show')")
    assert len(_figures(shown)) == 1
    other_gui = kernel.run("%matplotlib qt\nplt.plot([1]);")
    assert len(_figures(other_gui)) == 1 and "inline" in other_gui.stderr


def test_d2l_draws_svg_figures(kernel):
    r = kernel.run("from d2l import torch as d2l\n"
                   "x = torch.arange(0, 3, 0.1)\n"
                   "d2l.plot(x, [x ** 2, 2 * x - 1], 'x', 'f(x)', legend=['f(x)', 'tangent'])")
    assert r.status == "ok", r.error
    figures = _figures(r)
    assert len(figures) == 1 and figures[0]["data"]["image/svg+xml"].lstrip().startswith("<?xml")


def test_errors_point_at_the_cell_line_with_plain_traceback_lines(kernel):
    r = kernel.run("a = 1\nb = [1]\nc = b[5]")
    assert r.status == "error"
    assert r.error["lineno"] == 3 and r.error["line"] == "c = b[5]"
    assert r.error["traceback_lines"][-1] == "IndexError: list index out of range"
    assert not any("\x1b[" in line for line in r.error["traceback_lines"])
    assert "interactiveshell.py" not in r.error["traceback"]


def test_exit_keeps_the_kernel(kernel):
    pid = kernel.pid
    r = kernel.run("exit()")
    assert r.status == "ok"
    assert kernel.run("'still here'").result_data["text/plain"] == "'still here'"
    assert kernel.pid == pid


def test_kernel_logging_never_reaches_cell_output(kernel):
    r = kernel.run("import logging\nlogging.getLogger('engine.kernel.child').error('internal')")
    assert "internal" not in r.stderr


def test_chinese_text_in_figures_uses_the_bundled_font(kernel):
    r = kernel.run("import warnings\nimport matplotlib.pyplot as plt\n"
                   "with warnings.catch_warnings(record=True) as caught:\n"
                   "    warnings.simplefilter('always')\n"
                   "    fig, ax = plt.subplots()\n"
                   "    ax.set_title('损失函数')\n"
                   "    fig.canvas.draw()\n"
                   "plt.close(fig)\n"
                   "print([str(w.message) for w in caught if 'Glyph' in str(w.message)])\n"
                   "from matplotlib import font_manager\n"
                   "font_manager.findfont('WenQuanYi Micro Hei', fallback_to_default=False)")
    assert r.status == "ok", r.error
    assert r.stdout.strip() == "[]", "no missing-glyph warnings for Chinese"
    assert "wqy" in r.result_data["text/plain"].lower()
