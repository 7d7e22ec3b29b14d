"""Structured, picklable summaries of values for the tensor sandbox.

The kernel process turns tensors, arrays, numbers and autograd graphs into plain dicts (numpy
arrays inside are fine: they pickle cheaply) so the GUI can draw them without importing torch.
Broadcasting analysis works on shapes alone, so the GUI can run it locally.

torch is never imported here at module level: ``summarize`` recognises tensors by duck typing
and imports torch only when it is handed one (the kernel has already imported it by then).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

import numpy as np

#: Above this many elements a tensor's data is cropped before it leaves the kernel.
MAX_CELLS = 1_200_000
#: Longest axis kept when cropping (a 1000×1000 matrix is sent whole).
MAX_AXIS = 1000
#: Leading (sliced) axes keep at most this many indices when a big tensor is cropped.
MAX_LEADING = 64
#: Longest repr text sent back for a value.
MAX_REPR = 4000


def is_tensor(value: Any) -> bool:
    """True for a torch.Tensor, without importing torch when the value cannot be one."""
    cls = type(value)
    return any(c.__module__.startswith("torch") and c.__name__ == "Tensor" for c in cls.__mro__)


def short_repr(value: Any, limit: int = MAX_REPR) -> str:
    """repr() that never explodes: long texts are cut with a marker."""
    try:
        text = repr(value)
    except Exception as exc:  # a broken __repr__ must not break the kernel
        text = f"<unprintable {type(value).__name__}: {exc}>"
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return text


def _tensor_to_numpy(t: Any) -> np.ndarray:
    import torch

    t = t.detach()
    if t.layout != torch.strided:
        t = t.to_dense()
    if t.is_complex():
        t = t.abs()
    if t.dtype in (torch.bfloat16, torch.float16) or str(t.dtype).startswith("torch.float8"):
        t = t.float()
    if t.is_quantized:
        t = t.dequantize()
    return t.cpu().numpy()


def crop_slices(shape: tuple[int, ...] | list[int]) -> tuple[slice, ...] | None:
    """The leading block of a tensor of ``shape`` that the GUI shows, or None if it all fits.

    The last two axes keep up to MAX_AXIS entries, leading axes up to MAX_LEADING, and the whole
    stays under about MAX_CELLS elements, so a 1000×1000 matrix still travels whole.
    """
    ndim = len(shape)
    if math.prod(shape) <= MAX_CELLS:
        return None
    limits = [min(n, MAX_AXIS if axis >= ndim - 2 else MAX_LEADING)
              for axis, n in enumerate(shape)]
    while math.prod(limits) > MAX_CELLS:
        # Shrink the longest leading axis first, then the trailing ones.
        lead = [i for i in range(max(ndim - 2, 0)) if limits[i] > 1]
        i = max(lead or range(ndim), key=lambda k: limits[k])
        limits[i] = max(1, limits[i] // 2)
    return tuple(slice(0, n) for n in limits)


def crop(array: np.ndarray) -> tuple[np.ndarray, bool]:
    """Keep the part of ``array`` the GUI can show; returns (cropped, was_cropped)."""
    slices = crop_slices(array.shape)
    if slices is None:
        return array, False
    return np.ascontiguousarray(array[slices]), True


def _stats(array: np.ndarray) -> dict[str, float] | None:
    if array.size == 0 or not (np.issubdtype(array.dtype, np.number) or array.dtype == bool):
        return None
    values = array.astype(np.float64, copy=False) if array.dtype == bool else array
    finite = values[np.isfinite(values)] if np.issubdtype(values.dtype, np.floating) else values
    if finite.size == 0:
        return None
    return {"min": float(finite.min()), "max": float(finite.max()), "mean": float(finite.mean())}


def summarize(value: Any, name: str | None = None, with_data: bool = True) -> dict[str, Any]:
    """A dict the GUI can draw: kind, badges and (cropped) data for tensors and arrays.

    kind is one of "tensor", "ndarray", "number", "sequence", "other".
    """
    if is_tensor(value):
        return _summarize_tensor(value, name, with_data)
    if isinstance(value, np.ndarray):
        out: dict[str, Any] = {
            "kind": "ndarray", "name": name, "type": "numpy.ndarray", "shape": list(value.shape),
            "dtype": str(value.dtype), "device": "cpu", "requires_grad": False, "grad_fn": None,
            "id": id(value), "numel": int(value.size), "repr": short_repr(value),
        }
        if with_data:
            _attach_data(out, value)
        return out
    if isinstance(value, bool | int | float | complex | np.generic) and not isinstance(value, str):
        return {"kind": "number", "name": name, "type": type(value).__name__,
                "repr": short_repr(value), "id": id(value)}
    if isinstance(value, tuple | list) and 0 < len(value) <= 8 and any(
        is_tensor(v) or isinstance(v, np.ndarray) for v in value
    ):
        return {"kind": "sequence", "name": name, "type": type(value).__name__,
                "repr": short_repr(value),
                "items": [summarize(v, with_data=with_data) for v in value]}
    return {"kind": "other", "name": name, "type": type(value).__name__, "repr": short_repr(value)}


def _summarize_tensor(t: Any, name: str | None, with_data: bool) -> dict[str, Any]:
    grad_fn = t.grad_fn
    out: dict[str, Any] = {
        "kind": "tensor", "name": name, "type": "torch.Tensor", "shape": list(t.shape),
        "dtype": str(t.dtype).removeprefix("torch."), "device": str(t.device),
        "requires_grad": bool(t.requires_grad),
        "grad_fn": type(grad_fn).__name__ if grad_fn is not None else None,
        "is_leaf": bool(t.is_leaf), "id": id(t), "numel": int(t.numel()),
        "repr": short_repr(t), "has_grad": bool(t.is_leaf and t.grad is not None),
    }
    if with_data:
        try:
            slices = crop_slices(tuple(t.shape))
            # Crop while still a tensor (a view) so a huge tensor is never converted whole.
            _attach_data(out, _tensor_to_numpy(t if slices is None else t[slices]))
            out["cropped"] = slices is not None
        except Exception as exc:  # meta tensors, exotic layouts: badges still help
            out["data_error"] = str(exc)
    return out


def _attach_data(out: dict[str, Any], array: np.ndarray) -> None:
    data, cropped = crop(array)
    # Colour scale of a cropped tensor comes from the part shown: scanning gigabytes would stall.
    out["stats"] = _stats(data if cropped else array)
    out["data"] = data
    out["cropped"] = cropped


def variable_row(name: str, value: Any) -> dict[str, Any]:
    """One row of the variables panel: name, type, shape, dtype, device, the value of a number
    or short text, and a short preview."""
    row: dict[str, Any] = {"name": name, "type": type(value).__name__, "shape": "", "dtype": "",
                           "device": "", "value": "", "tensor": False, "requires_grad": False,
                           "grad_fn": None}
    if is_tensor(value):
        row.update(type="Tensor", shape=str(tuple(value.shape)),
                   dtype=str(value.dtype).removeprefix("torch."), device=str(value.device),
                   tensor=True, requires_grad=bool(value.requires_grad),
                   grad_fn=type(value.grad_fn).__name__ if value.grad_fn is not None else None)
        row["preview"] = short_repr(value, 200) if value.numel() <= 16 else ""
    elif isinstance(value, np.ndarray):
        row.update(type="ndarray", shape=str(value.shape), dtype=str(value.dtype), device="cpu",
                   tensor=True)
        row["preview"] = short_repr(value, 200) if value.size <= 16 else ""
    else:
        if isinstance(value, list | tuple | dict | set | str):
            row["shape"] = f"len {len(value)}"
        elif _table_shape(value):  # a pandas DataFrame or Series (pandas is not imported here)
            row["shape"] = str(_table_shape(value))
            row["dtype"] = _table_dtype(value)
        if isinstance(value, np.generic):  # np.float32(1.5) reads as 1.5, as print() shows it
            row["value"] = short_repr(value.item(), MAX_VALUE_CHARS)
        elif isinstance(value, bool | int | float | complex | str):
            row["value"] = short_repr(value, MAX_VALUE_CHARS)
        row["preview"] = short_repr(value, 200)
    return row


#: Longest value shown in the variables panel's value column (the tooltip has more).
MAX_VALUE_CHARS = 40


def _table_shape(value: Any) -> tuple[int, ...] | None:
    """(rows, columns) of a DataFrame, (rows,) of a Series; None for anything else."""
    if not type(value).__module__.startswith("pandas"):
        return None
    shape = getattr(value, "shape", None)
    if isinstance(shape, tuple) and all(isinstance(n, int) for n in shape):
        return shape
    return None


def _table_dtype(value: Any) -> str:
    """A Series' dtype; a DataFrame's column dtypes, each named once."""
    dtypes = getattr(value, "dtypes", None)
    if dtypes is None or isinstance(dtypes, np.dtype) or not hasattr(dtypes, "__iter__"):
        return str(getattr(value, "dtype", ""))
    return ", ".join(dict.fromkeys(str(d) for d in dtypes))


# --------------------------------------------------------------------------- broadcasting
@dataclass
class AxisRule:
    """One aligned axis (counted from the right, -1 = last) of a broadcast of two shapes."""

    axis: int
    a: int | None  # None: A has no such axis (treated as 1)
    b: int | None
    result: int | None  # None when this axis breaks the rule
    stretched: str = ""  # "", "a", "b" or "ab"-less: which operand gets copied along this axis

    @property
    def ok(self) -> bool:
        return self.result is not None


@dataclass
class BroadcastResult:
    """Both shapes aligned to the right, axis by axis, and the result or the breaking axis."""

    shape_a: tuple[int, ...]
    shape_b: tuple[int, ...]
    axes: list[AxisRule] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return all(rule.ok for rule in self.axes)

    @property
    def result_shape(self) -> tuple[int, ...] | None:
        return tuple(rule.result for rule in self.axes) if self.ok else None  # type: ignore[misc]

    @property
    def failing_axes(self) -> list[AxisRule]:
        return [rule for rule in self.axes if not rule.ok]


def broadcast(shape_a: tuple[int, ...] | list[int], shape_b: tuple[int, ...] | list[int]
              ) -> BroadcastResult:
    """Apply the broadcasting rule (广播机制) to two shapes, keeping every step visible.

    Shapes are aligned on the right; a missing axis counts as size 1; on each axis the sizes must
    be equal or one of them 1, and a size-1 (or missing) axis is stretched to the other size.
    """
    a, b = tuple(int(n) for n in shape_a), tuple(int(n) for n in shape_b)
    if any(n < 0 for n in a + b):
        raise ValueError("shape sizes must be ≥ 0")
    ndim = max(len(a), len(b))
    result = BroadcastResult(a, b)
    for k in range(ndim, 0, -1):
        da = a[-k] if k <= len(a) else None
        db = b[-k] if k <= len(b) else None
        ea, eb = (1 if da is None else da), (1 if db is None else db)
        if ea == eb:
            rule = AxisRule(-k, da, db, ea,
                            "a" if da is None else "b" if db is None else "")
        elif ea == 1:
            rule = AxisRule(-k, da, db, eb, "a")
        elif eb == 1:
            rule = AxisRule(-k, da, db, ea, "b")
        else:
            rule = AxisRule(-k, da, db, None)
        result.axes.append(rule)
    return result


def elementwise_operands(line: str) -> tuple[str, str] | None:
    """The two variable names of the first elementwise operation (``a + b``, ``X * Y`` …) in
    one line of code, so a broadcasting error can show exactly those operands; None when the
    operands are not plain names or the line does not parse."""
    import ast

    try:
        tree = ast.parse(line.strip())
    except SyntaxError:
        return None
    for node in ast.walk(tree):
        if isinstance(node, ast.BinOp | ast.AugAssign):
            left = node.target if isinstance(node, ast.AugAssign) else node.left
            right = node.value if isinstance(node, ast.AugAssign) else node.right
            if isinstance(left, ast.Name) and isinstance(right, ast.Name):
                return left.id, right.id
    return None


def parse_shape(text: str) -> tuple[int, ...]:
    """Read "3, 1", "(3, 1)", "[2 3 4]" or "torch.Size([2, 3])" as a shape (else ValueError)."""
    cleaned = text.strip()
    for prefix in ("torch.Size(", "Size("):
        if cleaned.startswith(prefix) and cleaned.endswith(")"):
            cleaned = cleaned[len(prefix):-1]
    cleaned = cleaned.strip("()[] ")
    if not cleaned:
        return ()
    parts = [p for p in cleaned.replace(",", " ").replace("×", " ").replace("x", " ").split() if p]
    try:
        shape = tuple(int(p) for p in parts)
    except ValueError:
        raise ValueError(f"not a shape: {text!r}") from None
    if any(n < 0 for n in shape):
        raise ValueError(f"negative size in {text!r}")
    return shape


# --------------------------------------------------------------------------- autograd graph
def autograd_graph(tensor: Any, names: dict[int, str] | None = None, max_nodes: int = 200
                   ) -> dict[str, Any]:
    """The computation graph behind ``tensor``, walking ``grad_fn.next_functions``.

    Returns {"nodes": [...], "edges": [(src, dst), ...], "root": id, "truncated": bool}. Edges
    point the way values flow in the forward pass (leaf → op → result). Node kinds: "root" (the
    tensor itself), "op" (a grad_fn such as MulBackward0), "leaf" (the tensor an AccumulateGrad
    writes .grad into, with shape, requires_grad and .grad) and "const" (a leaf tensor that does
    not require grad, reported by ops that saved it).
    ``names`` maps id(tensor) → variable name so leaves can be labelled ``x``.
    """
    if not is_tensor(tensor):
        raise TypeError("autograd_graph needs a torch.Tensor")
    names = names or {}
    nodes: list[dict[str, Any]] = []
    edges: list[tuple[str, str]] = []
    seen: dict[int, str] = {}
    root_id = "t0"
    nodes.append({"id": root_id, "kind": "root", "label": names.get(id(tensor), "tensor"),
                  "shape": list(tensor.shape), "requires_grad": bool(tensor.requires_grad),
                  "grad_fn": type(tensor.grad_fn).__name__ if tensor.grad_fn is not None else None,
                  "is_leaf": bool(tensor.is_leaf), "grad": _grad_summary(tensor)})
    truncated = False
    if tensor.grad_fn is None:
        # A leaf: nothing behind it. It still shows whether it requires grad and its .grad.
        return {"nodes": nodes, "edges": edges, "root": root_id, "truncated": False}

    def node_for(fn: Any) -> str:
        nonlocal truncated
        key = id(fn)
        if key in seen:
            return seen[key]
        node_id = f"n{len(nodes)}"
        seen[key] = node_id
        variable = getattr(fn, "variable", None)
        if variable is not None and is_tensor(variable):
            seen[id(variable)] = node_id
            nodes.append({"id": node_id, "kind": "leaf", "label": names.get(id(variable), "leaf"),
                          "op": type(fn).__name__, "shape": list(variable.shape),
                          "dtype": str(variable.dtype).removeprefix("torch."),
                          "requires_grad": bool(variable.requires_grad),
                          "grad": _grad_summary(variable)})
        else:
            nodes.append({"id": node_id, "kind": "op", "label": type(fn).__name__})
        return node_id

    stack = [(tensor.grad_fn, root_id)]
    while stack:
        fn, consumer = stack.pop()
        already = id(fn) in seen
        node_id = node_for(fn)
        if (node_id, consumer) not in edges:
            edges.append((node_id, consumer))
        if already:
            continue
        if len(nodes) >= max_nodes:
            truncated = True
            continue
        for next_fn, _index in getattr(fn, "next_functions", ()):
            if next_fn is not None:
                stack.append((next_fn, node_id))
    return {"nodes": nodes, "edges": edges, "root": root_id, "truncated": truncated}


def _grad_summary(t: Any) -> dict[str, Any] | None:
    grad = t.grad if t.is_leaf else None
    if grad is None:
        return None
    return {"shape": list(grad.shape), "repr": short_repr(grad, 300)}
