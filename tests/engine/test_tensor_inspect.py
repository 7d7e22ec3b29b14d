"""Summaries of values, broadcasting analysis and autograd graph extraction."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from engine.tensor_inspect import (
    MAX_CELLS,
    autograd_graph,
    broadcast,
    crop,
    parse_shape,
    summarize,
    variable_row,
)


def test_tensor_badges():
    x = torch.arange(4.0, requires_grad=True)
    y = 2 * torch.dot(x, x)
    s = summarize(y)
    assert s["kind"] == "tensor"
    assert (s["shape"], s["dtype"], s["device"]) == ([], "float32", "cpu")
    assert s["requires_grad"] is True and s["grad_fn"] == "MulBackward0"
    assert s["id"] == id(y)
    assert float(s["data"]) == 28.0
    assert s["stats"] == {"min": 28.0, "max": 28.0, "mean": 28.0}


def test_big_matrix_travels_whole_but_huge_ones_are_cropped():
    big = summarize(torch.zeros(1000, 1000))
    assert big["data"].shape == (1000, 1000) and big["cropped"] is False
    huge = summarize(torch.zeros(1).expand(50, 100, 1000, 1000))  # a view: no memory
    assert huge["shape"] == [50, 100, 1000, 1000]
    assert huge["cropped"] is True
    assert huge["data"].size <= MAX_CELLS and huge["data"].ndim == 4


def test_crop_keeps_small_arrays():
    a = np.arange(24).reshape(2, 3, 4)
    assert crop(a)[0] is a and crop(a)[1] is False


def test_odd_dtypes_summarise():
    assert summarize(torch.ones(2, dtype=torch.bfloat16))["data"].dtype == np.float32
    assert summarize(torch.tensor([True, False]))["stats"]["max"] == 1.0
    assert summarize(torch.tensor([1 + 2j]))["data"][0] == pytest.approx(5 ** 0.5)
    assert summarize(torch.empty(0, 3))["stats"] is None


def test_other_values():
    assert summarize(3.5)["kind"] == "number"
    assert summarize("hi")["kind"] == "other"
    seq = summarize((torch.ones(2), torch.zeros(3)))
    assert seq["kind"] == "sequence" and [i["shape"] for i in seq["items"]] == [[2], [3]]
    assert summarize(np.ones((2, 2)))["kind"] == "ndarray"
    long = summarize("x" * 10000)["repr"]
    assert len(long) <= 4000 and long.endswith("…")


def test_variable_rows():
    row = variable_row("X", torch.ones(2, 3))
    assert (row["type"], row["shape"], row["dtype"], row["device"]) == ("Tensor", "(2, 3)",
                                                                       "float32", "cpu")
    assert variable_row("L", [1, 2])["shape"] == "len 2"


@pytest.mark.parametrize("a, b, result", [
    ((3, 1), (1, 2), (3, 2)),
    ((2, 1, 4), (3, 1), (2, 3, 4)),
    ((5, 4), (4,), (5, 4)),
    ((), (2, 3), (2, 3)),
    ((0, 1), (1, 5), (0, 5)),
])
def test_broadcast_valid(a, b, result):
    r = broadcast(a, b)
    assert r.ok and r.result_shape == result == torch.broadcast_shapes(a, b)


def test_broadcast_marks_stretched_axes():
    r = broadcast((2, 1, 4), (3, 1))
    assert [(rule.axis, rule.a, rule.b, rule.stretched) for rule in r.axes] == [
        (-3, 2, None, "b"), (-2, 1, 3, "a"), (-1, 4, 1, "b")]


def test_broadcast_invalid_names_the_axis():
    r = broadcast((3, 2), (3,))
    assert not r.ok and r.result_shape is None
    assert [(f.axis, f.a, f.b) for f in r.failing_axes] == [(-1, 2, 3)]
    with pytest.raises(RuntimeError):
        torch.ones(3, 2) + torch.ones(3)


def test_parse_shape():
    assert parse_shape("3, 1") == (3, 1)
    assert parse_shape("(2, 3, 4)") == (2, 3, 4)
    assert parse_shape("torch.Size([5, 4])") == (5, 4)
    assert parse_shape("2x3") == (2, 3)
    assert parse_shape("()") == ()
    for bad in ("a, b", "3, -1"):
        with pytest.raises(ValueError):
            parse_shape(bad)


def test_autograd_graph_of_2xtx():
    x = torch.arange(4.0, requires_grad=True)
    y = 2 * torch.dot(x, x)
    g = autograd_graph(y, names={id(x): "x", id(y): "y"})
    by_id = {n["id"]: n for n in g["nodes"]}
    root = by_id[g["root"]]
    assert root["kind"] == "root" and root["label"] == "y" and root["grad_fn"] == "MulBackward0"
    ops = [n["label"] for n in g["nodes"] if n["kind"] == "op"]
    assert sorted(ops) == ["DotBackward0", "MulBackward0"]
    leaves = [n for n in g["nodes"] if n["kind"] == "leaf"]
    assert len(leaves) == 1, "x feeds dot twice but is one node"
    leaf = leaves[0]
    assert (leaf["label"], leaf["op"], leaf["shape"], leaf["requires_grad"]) == (
        "x", "AccumulateGrad", [4], True)
    assert leaf["grad"] is None
    edges = {(by_id[s]["label"], by_id[d]["label"]) for s, d in g["edges"]}
    assert edges == {("x", "DotBackward0"), ("DotBackward0", "MulBackward0"),
                     ("MulBackward0", "y")}
    y.backward()
    after = autograd_graph(y, names={id(x): "x"})
    leaf = next(n for n in after["nodes"] if n["kind"] == "leaf")
    assert leaf["grad"]["shape"] == [4] and "12." in leaf["grad"]["repr"]


def test_autograd_graph_of_a_leaf_and_bad_input():
    x = torch.ones(3, requires_grad=True)
    g = autograd_graph(x, names={id(x): "x"})
    assert len(g["nodes"]) == 1 and g["nodes"][0]["is_leaf"] is True
    with pytest.raises(TypeError):
        autograd_graph([1, 2])


def test_autograd_graph_is_capped():
    x = torch.ones(2, requires_grad=True)
    y = x
    for _ in range(500):
        y = y * 1.0001
    g = autograd_graph(y, max_nodes=50)
    assert g["truncated"] is True and len(g["nodes"]) <= 52


def test_variable_rows_show_table_shapes_and_plain_values():
    import pandas as pd

    frame = pd.DataFrame({"NumRooms": [3.0, 2.0, 4.0], "Alley": ["Pave", None, None]})
    row = variable_row("inputs", frame)
    assert (row["type"], row["shape"]) == ("DataFrame", "(3, 2)")
    assert row["dtype"].startswith("float64, ") and row["dtype"].count(",") == 1
    series = variable_row("price", pd.Series([127500, 106000]))
    assert (series["shape"], series["dtype"]) == ("(2,)", "int64")
    assert variable_row("n", 42)["value"] == "42"
    assert variable_row("lr", 0.03)["value"] == "0.03"
    assert variable_row("ok", True)["value"] == "True"
    assert variable_row("x0", np.float32(1.5))["value"] == "1.5"
    assert variable_row("X", torch.ones(2))["value"] == ""
    long_text = variable_row("s", "word " * 40)["value"]
    assert len(long_text) <= 41 and long_text.endswith("…")


@pytest.mark.parametrize("line, names", [
    ("c = a + b", ("a", "b")),
    ("    X += Y", ("X", "Y")),
    ("print(x * w)", ("x", "w")),
    ("a + torch.ones(3)", None),
    ("c = (a", None),
])
def test_elementwise_operands_of_a_failing_line(line, names):
    from engine.tensor_inspect import elementwise_operands

    assert elementwise_operands(line) == names
