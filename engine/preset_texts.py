"""The words inside the lesson presets' code (comments, printed labels, plot titles) in both UI
languages, so a preset reads in one language: the English UI gets English comments, the Chinese
UI gets Chinese printed explanations.

Each entry is ``(english, chinese)``: exact pieces of one preset's code. The code in
``engine.presets`` is written in English; :func:`in_language` swaps in the Chinese words. Only
words change, never the computation (a test runs both versions).
"""

# ruff: noqa: E501, RUF001  (Chinese text and full-width punctuation are the point here)
from __future__ import annotations

PHRASES: dict[str, tuple[tuple[str, str], ...]] = {
    "nd_examples": (
        ("# 0-D scalar", "# 0-D 标量"),
        ("# 1-D vector", "# 1-D 向量"),
        ("# 2-D matrix", "# 2-D 矩阵"),
        ("# 3-D RGB image: height × width × channels", "# 3-D RGB 图片：高 × 宽 × 通道"),
        ("# 4-D batch of images: batch × height × width × channels",
         "# 4-D 图片批量：批量 × 高 × 宽 × 通道"),
        ("# 5-D batch of videos: time × batch × height × width × channels",
         "# 5-D 视频批量：时间 × 批量 × 高 × 宽 × 通道"),
    ),
    "arange_reshape": (
        ('"shape:", x.shape, " numel:"', '"形状:", x.shape, " 元素个数 numel:"'),
    ),
    "concatenate": (
        ("# shape (6, 4)", "# 形状 (6, 4)"),
        ("# shape (3, 8)", "# 形状 (3, 8)"),
    ),
    "broadcast_fail": (
        ("# Fix: reshape b to (3, 1); it is then copied along dim 1",
         "# 修正：把 b 变成 (3, 1)，它就能沿第 1 维复制"),
    ),
    "memory": (
        ('"Y = Y + X  keeps id:"', '"Y = Y + X    id 不变:"'),
        ('"Z[:] = X + Y keeps id:"', '"Z[:] = X + Y id 不变:"'),
        ('"X += Y     keeps id:"', '"X += Y       id 不变:"'),
    ),
    "numpy_item": (
        ('"round trip equal:"', '"来回转换后相等:"'),
    ),
    "symmetric": (
        ('"symmetric:"', '"是否对称:"'),
    ),
    "clone_hadamard": (
        ('"B is a copy:"', '"B 是新的副本:"'),
    ),
    "norms": (
        ('"Frobenius of ones(4, 9) ="', '"ones(4, 9) 的 Frobenius 范数 ="'),
    ),
    "numerical_limit": (
        ("numerical limit=", "数值极限="),
    ),
    "tangent_line": (
        ('title="Tangent line at x = 1"', 'title="x = 1 处的切线"'),
        ('label="tangent: y = 2x − 3"', 'label="切线: y = 2x − 3"'),
    ),
    "subderivative": (
        ('title="|x| and its sub-derivative"', 'title="|x| 及其亚导数"'),
        ('label="d|x|/dx (autograd)"', 'label="d|x|/dx (自动求导)"'),
        ('"sub-derivative chosen at 0:"', '"PyTorch 在 0 处取的亚导数:"'),
        ('"(any value in [-1, 1] is valid)"', '"([-1, 1] 中任意值都可以)"'),
    ),
    "gradient_shapes": (
        ("# y = Σ(Ax) ∈ ℝ, w.r.t. A ∈ ℝᵐˣⁿ", "# y = Σ(Ax) ∈ ℝ，对 A ∈ ℝᵐˣⁿ 求导"),
        ('"(numerator layout writes it as n×m:"', '"(分子布局把它写成 n×m:"'),
    ),
    "backward_basic": (
        ("# same as x = torch.arange(4.0, requires_grad=True)",
         "# 等价于 x = torch.arange(4.0, requires_grad=True)"),
    ),
    "grad_accumulate": (
        ('"after one backward :"', '"一次 backward 之后:"'),
        ('"after two backward :"', '"两次 backward 之后:"'),
        ('"(accumulated)"', '"(梯度累积了)"'),
    ),
    "nonscalar_backward": (
        ("# same as y.backward(torch.ones(len(x)))", "# 等价于 y.backward(torch.ones(len(x)))"),
    ),
    "backward_twice": (
        ('"→ backward frees the intermediate values it saved; the graph cannot run again."',
         '"→ backward 释放了它保存的中间值，这个计算图不能再反向传播一次。"'),
        ("# keep the intermediate values", "# 保留中间值"),
        ("# a second call works now; the gradient adds up to 8x",
         "# 第二次可以了，梯度累加为 8x"),
    ),
    "sin_derivative": (
        ('title="sin x and d sin x / dx"', 'title="sin x 及其导数 d sin x / dx"'),
        ('label="autograd: d sin x / dx"', 'label="自动求导: d sin x / dx"'),
    ),
    "forward_reverse": (
        ("# y = exp(sin(x)²): three steps a → b → y", "# y = exp(sin(x)²)：分三步 a → b → y"),
        ("# forward accumulation: value and derivative travel together from x to y; nothing "
         "is kept",
         "# 正向累积：值和导数一起从 x 传到 y，不必保存中间值"),
        ("# reverse accumulation: compute forward keeping the intermediate values, then "
         "multiply back from y",
         "# 反向累积：先正向计算并保存中间值，再从 y 往回乘"),
        ('"tensors the graph keeps for backward:"', '"计算图为反向传播保存的张量:"'),
        ('"bytes for", x.numel(), "inputs"', '"字节, 输入元素个数", x.numel()'),
        ('"forward (jvp) :"', '"正向 (jvp)  :"'),
        ('"reverse (.grad):"', '"反向 (.grad):"'),
        ('"same:"', '"相同:"'),
        ("# Forward mode costs one pass per input direction; reverse one pass per output, "
         "which is why\n# deep learning (many parameters, one scalar loss) uses reverse mode "
         "despite the memory.",
         "# 正向模式每个输入方向要算一遍，反向模式每个输出算一遍：\n"
         "# 深度学习参数很多而损失只是一个标量，所以即使更占内存也用反向模式。"),
    ),
    "explicit_implicit": (
        ("# explicit construction: write the graph (symbols) first, then plug in values",
         "# 显式构造：先写出计算图（符号），再代入数值"),
        ('"explicit: y ="', '"显式构造: y ="'),
        ("# implicit construction: PyTorch records the graph while the code runs",
         "# 隐式构造：PyTorch 在代码运行时记录计算图"),
        ('"implicit: y ="', '"隐式构造: y ="'),
    ),
}


def in_language(key: str, code: str, lang: str) -> str:
    """``code`` of preset ``key`` with its comments and printed words in ``lang`` ('zh'/'en')."""
    for english, chinese in PHRASES.get(key, ()):
        wanted, other = (chinese, english) if lang == "zh" else (english, chinese)
        code = code.replace(other, wanted)
    return code
