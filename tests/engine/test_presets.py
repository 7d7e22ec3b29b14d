"""Every lesson preset runs in the sandbox kernel and gives what the same code gives directly."""

from __future__ import annotations

import ast
import contextlib
import io

import numpy as np
import pytest
import torch

from engine.kernel import KernelClient
from engine.presets import DEFAULT_PRESET, PRESET_BY_KEY, PRESETS, SECTIONS, presets_in
from engine.tensor_inspect import short_repr

# torch.func warns about its own use of torch.jit when imported directly (the kernel hides it).
pytestmark = pytest.mark.filterwarnings("ignore::FutureWarning")


@pytest.fixture(scope="module")
def kernel():
    client = KernelClient(time_limit=60.0)
    assert client.wait_ready(120)
    yield client
    client.close()


def run_directly(code: str) -> tuple[str, object, list[dict]]:
    """exec the cell in this process, notebook-style: stdout, last expression, plot calls."""
    plots: list[dict] = []

    def plot(x, y=None, label=None, **_kw):
        ys = np.asarray(torch.as_tensor(x if y is None else y).detach(), dtype=np.float64)
        xs = np.arange(ys.size) if y is None else np.asarray(torch.as_tensor(x).detach(),
                                                             dtype=np.float64)
        plots.append({"x": xs.reshape(-1), "y": ys.reshape(-1), "label": label})

    namespace = {"__name__": "__main__", "plot": plot, "figure": lambda *a, **k: None,
                 "torch": torch, "np": np}
    tree = ast.parse(code)
    last = ast.Expression(tree.body.pop().value) if isinstance(tree.body[-1], ast.Expr) else None
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(tree, "<direct>", "exec"), namespace)
        value = eval(compile(last, "<direct>", "eval"), namespace) if last else None
    return out.getvalue(), value, plots


def test_sections_are_the_course_sections():
    assert [s.title_zh for s in SECTIONS] == ["数据操作", "线性代数", "矩阵计算", "自动求导"]
    assert all(presets_in(s.key) for s in SECTIONS)
    assert {p.section for p in PRESETS} == {s.key for s in SECTIONS}
    assert DEFAULT_PRESET in PRESET_BY_KEY


def test_presets_have_both_languages_and_unique_keys():
    assert len(PRESET_BY_KEY) == len(PRESETS)
    for preset in PRESETS:
        for text in (preset.title_zh, preset.title_en, preset.summary_zh, preset.summary_en):
            assert text.strip(), preset.key
        assert any("\u4e00" <= ch <= "\u9fff" for ch in preset.title_zh), preset.key
        assert preset.title("en") == preset.title_en and preset.summary("zh") == preset.summary_zh
        assert "\n" not in preset.summary_en, "explanations are one line"


@pytest.mark.parametrize("topic", [
    "torch.rand(3, 2, 4, 5, 3)", "reshape(-1", "numel()", "torch.zeros", "torch.ones",
    "torch.randn", "torch.exp", "dim=0", "dim=1", "X == Y", "X < Y", "Y = Y + X", "Z[:] =",
    "X += Y", ".numpy()", ".item()", "B == B.T", ".clone()", "keepdim=True", "cumsum",
    "torch.dot", "torch.mv", "torch.mm", "torch.norm", "torch.abs(u).sum()", "numerical_lim",
    "requires_grad_(True)", "grad.zero_()", "detach()", "retain_graph=True", "torch.sin",
    "jvp", "torch.func", "jacobian", "while b.norm()",
])
def test_course_topics_are_covered(topic):
    assert any(topic in p.code for p in PRESETS), topic


@pytest.mark.parametrize("preset", PRESETS, ids=[p.key for p in PRESETS])
def test_preset_runs_in_kernel_like_directly(kernel, preset):
    kernel.run("", op="reset")
    got = kernel.run(preset.code, timeout=60)
    assert got.status == "ok", got.error
    stdout, value, plots = run_directly(preset.code)
    assert got.stdout == stdout
    if value is None:
        assert got.result is None
    else:
        assert got.result is not None
        assert got.result["repr"] == short_repr(value)
        if isinstance(value, torch.Tensor):
            assert got.result["shape"] == list(value.shape)
            np.testing.assert_allclose(got.result["data"],
                                       value.detach().numpy().astype(np.float64), rtol=1e-6)
    series = [p["series"] for p in got.plots if p["series"] is not None]
    assert len(series) == len(plots)
    for mine, theirs in zip(series, plots, strict=True):
        np.testing.assert_allclose(mine["x"], theirs["x"], rtol=1e-6)
        np.testing.assert_allclose(mine["y"], theirs["y"], rtol=1e-6)
        assert mine["label"] == theirs["label"]


def test_plot_presets_draw(kernel):
    for key in ("tangent_line", "sin_derivative", "subderivative"):
        got = kernel.run(PRESET_BY_KEY[key].code)
        assert len([p for p in got.plots if p["series"] is not None]) >= 2, key


def _has_chinese(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def test_preset_code_comes_in_one_language():
    from engine.preset_texts import PHRASES

    for preset in PRESETS:
        english, chinese = preset.code_in("en"), preset.code_in("zh")
        assert not _has_chinese(english), preset.key
        for en_words, zh_words in PHRASES.get(preset.key, ()):
            assert (en_words in preset.code) != (zh_words in preset.code), (preset.key, en_words)
            assert zh_words in chinese and en_words not in chinese, (preset.key, en_words)
            assert en_words in english, (preset.key, en_words)
    assert "# 0-D 标量" in PRESET_BY_KEY["nd_examples"].code_in("zh")
    assert '"是否对称:"' in PRESET_BY_KEY["symmetric"].code_in("zh")


@pytest.mark.parametrize("key", ["memory", "subderivative", "forward_reverse",
                                 "explicit_implicit", "grad_accumulate"])
def test_both_languages_compute_the_same(key):
    preset = PRESET_BY_KEY[key]
    out_en, value_en, plots_en = run_directly(preset.code_in("en"))
    out_zh, value_zh, plots_zh = run_directly(preset.code_in("zh"))
    assert short_repr(value_en) == short_repr(value_zh)
    assert len(out_en.splitlines()) == len(out_zh.splitlines())
    assert [len(p["y"]) for p in plots_en] == [len(p["y"]) for p in plots_zh]
    assert _has_chinese(out_zh) and not _has_chinese(out_en)


def test_both_languages_keep_the_lines_in_place():
    for preset in PRESETS:
        assert preset.code_in("zh").count("\n") == preset.code_in("en").count("\n"), preset.key
