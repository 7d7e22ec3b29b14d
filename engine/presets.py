"""Lesson presets of the tensor sandbox: the course's code for chapters 2.1–2.5, ready to run.

Each preset is editable code plus a title and a one-line explanation in Chinese and English
(the words inside the code come in either language too: ``Preset.code_in``),
grouped by the course's sections (数据操作, 线性代数, 矩阵计算, 自动求导). The code runs in the
sandbox kernel, where ``plot(x, y, label=...)`` draws a curve under the cell; randomness is seeded
so a preset gives the same result every time (the tests compare it with a direct run).
"""

# ruff: noqa: E501  (Chinese lesson text is measured in double-width characters)
from __future__ import annotations

from dataclasses import dataclass

from engine.preset_texts import in_language


@dataclass(frozen=True)
class Section:
    key: str
    title_zh: str
    title_en: str

    def title(self, lang: str) -> str:
        return self.title_zh if lang == "zh" else self.title_en


@dataclass(frozen=True)
class Preset:
    key: str
    section: str
    title_zh: str
    title_en: str
    summary_zh: str
    summary_en: str
    code: str

    def title(self, lang: str) -> str:
        return self.title_zh if lang == "zh" else self.title_en

    def summary(self, lang: str) -> str:
        return self.summary_zh if lang == "zh" else self.summary_en

    def code_in(self, lang: str) -> str:
        """The code with its comments and printed words in one language ('zh' or 'en')."""
        return in_language(self.key, self.code, lang)


SECTIONS: tuple[Section, ...] = (
    Section("data", "数据操作", "Data manipulation"),
    Section("linalg", "线性代数", "Linear algebra"),
    Section("calculus", "矩阵计算", "Matrix calculus"),
    Section("autograd", "自动求导", "Automatic differentiation"),
)


def _p(key: str, section: str, title_zh: str, title_en: str, summary_zh: str, summary_en: str,
       code: str) -> Preset:
    return Preset(key, section, title_zh, title_en, summary_zh, summary_en,
                  code.strip("\n") + "\n")


PRESETS: tuple[Preset, ...] = (
    # ------------------------------------------------------------------ 数据操作
    _p("nd_examples", "data", "N 维数组样例", "N-d array examples",
       "标量、向量、矩阵，到一张 RGB 图片（3 维）、一个图片批量（4 维）和一个视频批量（5 维）。",
       "Scalar, vector, matrix, then an RGB image (3-D), a batch of images (4-D) and a batch of "
       "videos (5-D).",
       """
import torch

torch.manual_seed(0)
scalar = torch.tensor(3.0)                 # 0-D scalar
vector = torch.arange(4.0)                 # 1-D vector
matrix = torch.arange(12.0).reshape(3, 4)  # 2-D matrix
image = torch.rand(4, 5, 3)                # 3-D RGB image: height × width × channels
batch = torch.rand(2, 4, 5, 3)             # 4-D batch of images: batch × height × width × channels
video = torch.rand(3, 2, 4, 5, 3)          # 5-D batch of videos: time × batch × height × width × channels

for name, t in [("scalar", scalar), ("vector", vector), ("matrix", matrix),
                ("image", image), ("batch", batch), ("video", video)]:
    print(f"{name:7s} ndim={t.dim()}  shape={tuple(t.shape)}")
video
"""),
    _p("arange_reshape", "data", "arange、shape、numel 与 reshape", "arange, shape, numel, reshape",
       "arange 创建行向量；shape 与 numel 给出形状和元素个数；reshape 改变形状，-1 表示自动推算该维。",
       "arange makes a row vector; shape and numel give its shape and size; reshape changes the "
       "shape, and -1 lets PyTorch work out that axis.",
       """
import torch

x = torch.arange(12)
print("x =", x)
print("shape:", x.shape, " numel:", x.numel())
X = x.reshape(3, 4)
print("reshape(-1, 4):", tuple(x.reshape(-1, 4).shape))
print("reshape(3, -1):", tuple(x.reshape(3, -1).shape))
X
"""),
    _p("zeros_ones_randn", "data", "zeros、ones、randn 与嵌套列表", "zeros, ones, randn, nested list",
       "全 0、全 1、标准正态分布的随机数，以及从 Python 嵌套列表创建张量。",
       "All zeros, all ones, standard-normal random numbers, and a tensor from a nested Python "
       "list.",
       """
import torch

torch.manual_seed(0)
print(torch.zeros((2, 3, 4)))
print(torch.ones((2, 3, 4)))
print(torch.randn(3, 4))
torch.tensor([[2, 1, 4, 3], [1, 2, 3, 4], [4, 3, 2, 1]])
"""),
    _p("elementwise", "data", "按元素运算", "Elementwise operations",
       "+ − * / ** 对相同形状的张量按元素计算；exp 对每个元素求指数。",
       "+ − * / ** work element by element on tensors of the same shape; exp exponentiates "
       "each element.",
       """
import torch

x = torch.tensor([1.0, 2, 4, 8])
y = torch.tensor([2, 2, 2, 2])
print("x + y  =", x + y)
print("x - y  =", x - y)
print("x * y  =", x * y)
print("x / y  =", x / y)
print("x ** y =", x ** y)
torch.exp(x)
"""),
    _p("concatenate", "data", "连接张量 cat", "Concatenation (cat)",
       "cat 沿第 0 维（行）或第 1 维（列）把两个张量连接在一起。",
       "cat joins two tensors along dim 0 (stacking rows) or dim 1 (side by side).",
       """
import torch

X = torch.arange(12, dtype=torch.float32).reshape((3, 4))
Y = torch.tensor([[2.0, 1, 4, 3], [1, 2, 3, 4], [4, 3, 2, 1]])
rows = torch.cat((X, Y), dim=0)   # shape (6, 4)
cols = torch.cat((X, Y), dim=1)   # shape (3, 8)
print("dim=0:", tuple(rows.shape), " dim=1:", tuple(cols.shape))
print(rows)
cols
"""),
    _p("logic_sum", "data", "逻辑运算与求和", "Comparisons and sum",
       "X == Y、X < Y 按元素比较得到布尔张量；sum 把所有元素加起来得到只有一个元素的张量。",
       "X == Y and X < Y compare element by element into boolean tensors; sum adds every element "
       "into a one-element tensor.",
       """
import torch

X = torch.arange(12, dtype=torch.float32).reshape((3, 4))
Y = torch.tensor([[2.0, 1, 4, 3], [1, 2, 3, 4], [4, 3, 2, 1]])
print("X == Y:\\n", X == Y)
print("X < Y:\\n", X < Y)
print("X.sum() =", X.sum())
X == Y
"""),
    _p("broadcast_2d", "data", "广播机制", "Broadcasting",
       "形状不同的张量按元素运算时，长度为 1 的轴被复制扩展，使两个形状一致：(3,1) + (1,2) → (3,2)。",
       "When shapes differ, axes of length 1 are copied out until both match: (3,1) + (1,2) → "
       "(3,2).",
       """
import torch

a = torch.arange(3).reshape((3, 1))
b = torch.arange(2).reshape((1, 2))
print("a =", a.tolist(), " b =", b.tolist())
a + b
"""),
    _p("broadcast_3d", "data", "三维广播", "Broadcasting in 3-D",
       "形状从右往左对齐，缺失的轴当作 1：(2,1,4) + (3,1) → (2,3,4)。",
       "Shapes line up from the right and a missing axis counts as 1: (2,1,4) + (3,1) → (2,3,4).",
       """
import torch

a = torch.arange(8.0).reshape(2, 1, 4)
b = torch.arange(3.0).reshape(3, 1)
c = a + b
print(tuple(a.shape), "+", tuple(b.shape), "->", tuple(c.shape))
print(torch.broadcast_shapes(a.shape, b.shape))
c
"""),
    _p("broadcast_fail", "data", "广播失败的例子", "Broadcasting that fails",
       "从右对齐后某一轴两边长度不同且都不是 1，就无法广播：(3,2) + (3,) 会报错。",
       "If, aligned on the right, an axis has two different sizes and neither is 1, broadcasting "
       "fails: (3,2) + (3,) raises an error.",
       """
import torch

a = torch.ones(3, 2)
b = torch.arange(3.0)
try:
    a + b
except RuntimeError as err:
    print("RuntimeError:", err)
# Fix: reshape b to (3, 1); it is then copied along dim 1
a + b.reshape(3, 1)
"""),
    _p("indexing", "data", "索引和切片", "Indexing and slicing",
       "X[-1] 取最后一行，X[1:3] 取第 1、2 行；X[:, 1] 取一列。",
       "X[-1] is the last row, X[1:3] rows 1 and 2; X[:, 1] is a column.",
       """
import torch

X = torch.arange(12, dtype=torch.float32).reshape((3, 4))
print("X[-1]   =", X[-1])
print("X[1:3]  =", X[1:3])
print("X[:, 1] =", X[:, 1])
X[1:3]
"""),
    _p("assignment", "data", "通过索引赋值", "Assignment through indices",
       "X[1, 2] = 9 写入一个元素；X[0:2, :] = 12 给前两行的所有元素赋同一个值。",
       "X[1, 2] = 9 writes one element; X[0:2, :] = 12 sets every element of the first two "
       "rows.",
       """
import torch

X = torch.arange(12, dtype=torch.float32).reshape((3, 4))
X[1, 2] = 9
print(X)
X[0:2, :] = 12
X
"""),
    _p("memory", "data", "内存：id 与原地操作", "Memory: id and in-place operations",
       "Y = Y + X 会分配新内存（id 改变）；Z[:] = … 与 X += Y 原地写入，id 不变。",
       "Y = Y + X allocates new memory (the id changes); Z[:] = … and X += Y write in place, "
       "keeping the id.",
       """
import torch

X = torch.arange(12, dtype=torch.float32).reshape((3, 4))
Y = torch.ones(3, 4)

before = id(Y)
Y = Y + X
print("Y = Y + X  keeps id:", id(Y) == before)

Z = torch.zeros_like(Y)
before = id(Z)
Z[:] = X + Y
print("Z[:] = X + Y keeps id:", id(Z) == before)

before = id(X)
X += Y
print("X += Y     keeps id:", id(X) == before)
X
"""),
    _p("numpy_item", "data", "与 NumPy 互转、item()", "NumPy round trip and item()",
       "tensor.numpy() 与 torch.tensor(ndarray) 互相转换；大小为 1 的张量用 item() 或 float() 变成 "
       "Python 数。",
       "tensor.numpy() and torch.tensor(ndarray) convert both ways; a size-1 tensor becomes a "
       "Python number with item() or float().",
       """
import numpy as np
import torch

X = torch.arange(6, dtype=torch.float32).reshape(2, 3)
A = X.numpy()
B = torch.tensor(A)
print(type(A).__name__, type(B).__name__, "round trip equal:", bool((B == X).all()))
a = torch.tensor([3.5])
print(a, a.item(), float(a), int(a))
np.asarray(B) * 2
"""),
    # ------------------------------------------------------------------ 线性代数
    _p("scalars", "linalg", "标量", "Scalars",
       "标量由只有一个元素的张量表示，可以做加减乘除和乘方。",
       "A scalar is a tensor with one element; it supports + − * / and powers.",
       """
import torch

x = torch.tensor(3.0)
y = torch.tensor(2.0)
x + y, x * y, x / y, x ** y
"""),
    _p("vectors", "linalg", "向量、长度与形状", "Vectors, len and shape",
       "向量是标量值组成的列表；用索引访问元素，len 给出长度，只有一个轴的张量形状只有一个元素。",
       "A vector is a list of scalars; index it to read an element; len gives its length and a "
       "one-axis tensor has a one-element shape.",
       """
import torch

x = torch.arange(4)
print("x =", x, " x[3] =", x[3])
print("len(x) =", len(x), " x.shape =", x.shape)
x
"""),
    _p("transpose", "linalg", "矩阵与转置", "Matrices and transpose",
       "用 m 和 n 两个分量创建 m×n 矩阵；A.T 交换行和列。",
       "Two sizes m and n make an m×n matrix; A.T swaps rows and columns.",
       """
import torch

A = torch.arange(20).reshape(5, 4)
print(A)
A.T
"""),
    _p("symmetric", "linalg", "对称矩阵", "Symmetric matrix",
       "对称矩阵的转置等于自身：B == B.T 处处为 True。",
       "A symmetric matrix equals its transpose: B == B.T is True everywhere.",
       """
import torch

B = torch.tensor([[1, 2, 3], [2, 0, 4], [3, 4, 5]])
print("symmetric:", bool((B == B.T).all()))
B == B.T
"""),
    _p("higher_order", "linalg", "高阶张量", "Higher-order tensors",
       "就像矩阵是向量的推广，可以构建有更多轴的张量；用轴上方的数字框选切片。",
       "As matrices generalise vectors, tensors have more axes; pick a slice with the spin "
       "boxes above the table.",
       """
import torch

X = torch.arange(24).reshape(2, 3, 4)
print("ndim =", X.dim(), " shape =", tuple(X.shape))
X
"""),
    _p("clone_hadamard", "linalg", "clone 与哈达玛积", "clone and the Hadamard product",
       "B = A.clone() 分配新内存；A * B 是按元素乘法，称为哈达玛积（⊙）；标量与张量运算作用于每个元素。",
       "B = A.clone() allocates new memory; A * B multiplies element by element: the Hadamard "
       "product (⊙); a scalar combines with every element.",
       """
import torch

A = torch.arange(20, dtype=torch.float32).reshape(5, 4)
B = A.clone()
print("B is a copy:", B.data_ptr() != A.data_ptr())
a = 2
X = torch.arange(24).reshape(2, 3, 4)
print("(a + X).shape =", tuple((a + X).shape))
A * B
"""),
    _p("sum_axes", "linalg", "按轴求和", "Sum over axes",
       "sum(axis=0) 沿行方向压缩（得到每列之和），axis=1 得到每行之和，axis=[0, 1] 等于全部求和。",
       "sum(axis=0) collapses the rows (column sums), axis=1 gives row sums, axis=[0, 1] equals "
       "the total.",
       """
import torch

A = torch.arange(20, dtype=torch.float32).reshape(5, 4)
print("A.shape =", tuple(A.shape))
print("sum(axis=0):", A.sum(axis=0), tuple(A.sum(axis=0).shape))
print("sum(axis=1):", A.sum(axis=1), tuple(A.sum(axis=1).shape))
print("sum(axis=[0, 1]) =", A.sum(axis=[0, 1]), " sum() =", A.sum())
A.sum(axis=0)
"""),
    _p("mean", "linalg", "平均值", "Mean",
       "平均值等于总和除以元素个数；也可以沿某个轴求平均。",
       "The mean is the sum divided by the number of elements; it can also run along one axis.",
       """
import torch

A = torch.arange(20, dtype=torch.float32).reshape(5, 4)
print(A.mean(), A.sum() / A.numel())
print(A.mean(axis=0), A.sum(axis=0) / A.shape[0])
A.mean(axis=0)
"""),
    _p("keepdim_cumsum", "linalg", "keepdim、cumsum 与按行归一化", "keepdim, cumsum, row normalising",
       "keepdim=True 保留被求和的轴（长度变 1），于是 A / A.sum(axis=1, keepdim=True) 可以广播；"
       "cumsum 沿轴累加。",
       "keepdim=True keeps the summed axis (length 1), so A / A.sum(axis=1, keepdim=True) "
       "broadcasts; cumsum accumulates along an axis.",
       """
import torch

A = torch.arange(20, dtype=torch.float32).reshape(5, 4)
sum_A = A.sum(axis=1, keepdim=True)
print("sum_A.shape =", tuple(sum_A.shape))
print("cumsum(axis=0):\\n", A.cumsum(axis=0))
A / sum_A
"""),
    _p("dot", "linalg", "点积 dot", "Dot product",
       "点积是相同位置元素乘积的和；等价于先按元素相乘再求和。",
       "The dot product sums the products of matching elements; the same as an elementwise "
       "product followed by sum.",
       """
import torch

x = torch.arange(4, dtype=torch.float32)
y = torch.ones(4, dtype=torch.float32)
print(x, y)
print("sum(x * y) =", torch.sum(x * y))
torch.dot(x, y)
"""),
    _p("mv", "linalg", "矩阵-向量积 mv", "Matrix-vector product",
       "A (m×n) 乘向量 x (n) 得到长度为 m 的向量，每个元素是 A 的一行与 x 的点积。",
       "A (m×n) times x (n) is a length-m vector whose entries are dot products of A's rows with "
       "x.",
       """
import torch

A = torch.arange(20, dtype=torch.float32).reshape(5, 4)
x = torch.arange(4, dtype=torch.float32)
print(tuple(A.shape), tuple(x.shape))
torch.mv(A, x)
"""),
    _p("mm", "linalg", "矩阵-矩阵乘法 mm", "Matrix-matrix product",
       "矩阵乘法 AB 可以看作执行多次矩阵-向量积，再把结果拼在一起。",
       "AB can be seen as several matrix-vector products whose results are stitched together.",
       """
import torch

A = torch.arange(20, dtype=torch.float32).reshape(5, 4)
B = torch.ones(4, 3)
print(tuple(A.shape), "@", tuple(B.shape), "->", tuple(torch.mm(A, B).shape))
torch.mm(A, B)
"""),
    _p("norms", "linalg", "范数：L2、L1、Frobenius", "Norms: L2, L1, Frobenius",
       "L2 范数是元素平方和的平方根；L1 范数是元素绝对值之和；矩阵的 F 范数是所有元素平方和的平方根。",
       "The L2 norm is the square root of the sum of squares; L1 sums absolute values; a "
       "matrix's Frobenius norm is the root of the sum of all squared entries.",
       """
import torch

u = torch.tensor([3.0, -4.0])
print("L2 =", torch.norm(u))
print("L1 =", torch.abs(u).sum())
print("Frobenius of ones(4, 9) =", torch.norm(torch.ones((4, 9))))
torch.norm(u), torch.abs(u).sum()
"""),
    # ------------------------------------------------------------------ 矩阵计算
    _p("numerical_limit", "calculus", "数值极限：f(x) = 3x² − 4x 在 1 处", "Numerical limit at x = 1",
       "h 越来越小时，(f(1+h) − f(1)) / h 趋近于导数 f′(1) = 2。",
       "As h shrinks, (f(1+h) − f(1)) / h approaches the derivative f′(1) = 2.",
       """
def f(x):
    return 3 * x ** 2 - 4 * x

def numerical_lim(f, x, h):
    return (f(x + h) - f(x)) / h

h = 0.1
for i in range(5):
    print(f"h={h:.5f}, numerical limit={numerical_lim(f, 1, h):.5f}")
    h *= 0.1
numerical_lim(f, 1, 1e-5)
"""),
    _p("tangent_line", "calculus", "切线（画图）", "Tangent line (plotted)",
       "导数是切线的斜率：f(x) = 3x² − 4x 在 x = 1 处的切线是 y = 2x − 3。",
       "The derivative is the slope of the tangent: at x = 1 the tangent to f(x) = 3x² − 4x is "
       "y = 2x − 3.",
       """
import torch

def f(x):
    return 3 * x ** 2 - 4 * x

x = torch.arange(0, 3, 0.1)
plot(x, f(x), label="f(x) = 3x² − 4x", title="Tangent line at x = 1")
plot(x, 2 * x - 3, label="tangent: y = 2x − 3", style="dashed")
plot([1.0], [f(1.0)], label="(1, f(1))", style="scatter")
f(1.0)
"""),
    _p("subderivative", "calculus", "亚导数：|x|", "Sub-derivative of |x|",
       "|x| 在 0 处不可微；亚导数在 0 处可取 [−1, 1] 中任意值，PyTorch 取 0。",
       "|x| has no derivative at 0; any value in [−1, 1] is a sub-derivative there, and PyTorch "
       "uses 0.",
       """
import torch

x = torch.linspace(-2, 2, 401, requires_grad=True)
y = torch.abs(x)
y.sum().backward()
plot(x, y, label="|x|", title="|x| and its sub-derivative")
plot(x, x.grad, label="d|x|/dx (autograd)", style="dashed")
at_zero = torch.tensor(0.0, requires_grad=True)
torch.abs(at_zero).backward()
print("sub-derivative chosen at 0:", at_zero.grad.item(), "(any value in [-1, 1] is valid)")
at_zero.grad
"""),
    _p("gradient_shapes", "calculus", "梯度的形状（分子布局）", "Gradient shapes (numerator layout)",
       "分子布局：∂y/∂x 的形状是 (y 的形状, x 的形状)；标量对 x ∈ ℝⁿ 是 1×n 行向量，y ∈ ℝᵐ 对 x ∈ ℝⁿ 是 "
       "m×n；PyTorch 的 .grad 与 x 同形。",
       "Numerator layout: ∂y/∂x has shape (shape of y, shape of x): a scalar by x ∈ ℝⁿ is a 1×n "
       "row, y ∈ ℝᵐ by x ∈ ℝⁿ is m×n; PyTorch's .grad has x's shape.",
       """
import torch
from torch.autograd.functional import jacobian

torch.manual_seed(0)
m, n = 3, 4
x = torch.randn(n)
A = torch.randn(m, n)

J_scalar = jacobian(lambda v: (v * v).sum(), x)       # y = xᵀx ∈ ℝ
J_vector = jacobian(lambda v: A @ v, x)               # y = Ax ∈ ℝᵐ
J_matrix = jacobian(lambda M: (M @ x).sum(), A)       # y = Σ(Ax) ∈ ℝ, w.r.t. A ∈ ℝᵐˣⁿ
print("∂(xᵀx)/∂x :", tuple(J_scalar.shape), "== 2x:", torch.allclose(J_scalar, 2 * x))
print("∂(Ax)/∂x  :", tuple(J_vector.shape), "== A:", torch.allclose(J_vector, A))
print("∂Σ(Ax)/∂A :", tuple(J_matrix.shape), "(numerator layout writes it as n×m:",
      tuple(J_matrix.T.shape), ")")
J_vector
"""),
    # ------------------------------------------------------------------ 自动求导
    _p("backward_basic", "autograd", "requires_grad_ 与 backward：y = 2xᵀx",
       "requires_grad_ and backward: y = 2xᵀx",
       "x.requires_grad_(True) 给梯度找个存储的地方；y.backward() 之后 x.grad 等于 4x。",
       "x.requires_grad_(True) gives the gradient a place to live; after y.backward(), x.grad "
       "equals 4x.",
       """
import torch

x = torch.arange(4.0)
x.requires_grad_(True)         # same as x = torch.arange(4.0, requires_grad=True)
y = 2 * torch.dot(x, x)
print("y =", y)
y.backward()
print("x.grad =", x.grad)
print("x.grad == 4x:", x.grad == 4 * x)
y
"""),
    _p("grad_accumulate", "autograd", "梯度累积与 grad.zero_()", "Gradient accumulation and zero_",
       "PyTorch 默认累积梯度：第二次 backward 会加到 x.grad 上，所以计算新梯度前要 x.grad.zero_()。",
       "PyTorch accumulates gradients: a second backward adds to x.grad, so clear it with "
       "x.grad.zero_() before a new gradient.",
       """
import torch

x = torch.arange(4.0, requires_grad=True)
(2 * torch.dot(x, x)).backward()
print("after one backward :", x.grad)
(2 * torch.dot(x, x)).backward()
print("after two backward :", x.grad, "(accumulated)")
x.grad.zero_()
y = x.sum()
y.backward()
x.grad
"""),
    _p("nonscalar_backward", "autograd", "非标量的反向传播", "Backward of a non-scalar",
       "深度学习里通常求批量中每个样本偏导数之和：对非标量 y 先 y.sum() 再 backward。",
       "Deep learning wants the sum of per-example gradients: for a non-scalar y call "
       "y.sum().backward().",
       """
import torch

x = torch.arange(4.0, requires_grad=True)
y = x * x
y.sum().backward()           # same as y.backward(torch.ones(len(x)))
print("x.grad == 2x:", x.grad == 2 * x)
x.grad
"""),
    _p("detach", "autograd", "分离计算 detach", "Detaching computation",
       "u = y.detach() 得到与 y 值相同但不在计算图里的张量：z = u * x 的梯度就是 u。",
       "u = y.detach() has y's values but sits outside the graph: the gradient of z = u * x is "
       "just u.",
       """
import torch

x = torch.arange(4.0, requires_grad=True)
y = x * x
u = y.detach()
z = u * x
z.sum().backward()
print("x.grad == u:", x.grad == u)
x.grad.zero_()
y.sum().backward()
print("x.grad == 2x:", x.grad == 2 * x)
u
"""),
    _p("control_flow", "autograd", "Python 控制流的梯度", "Gradients through control flow",
       "即使函数里有 while 和 if，PyTorch 也会记录实际执行的计算；这里 f(a) 对 a 是线性的，所以 "
       "a.grad == d / a。",
       "Even with while and if inside, PyTorch records the operations that actually ran; here "
       "f(a) is linear in a, so a.grad == d / a.",
       """
import torch

def f(a):
    b = a * 2
    while b.norm() < 1000:
        b = b * 2
    if b.sum() > 0:
        c = b
    else:
        c = 100 * b
    return c

torch.manual_seed(0)
a = torch.randn(size=(), requires_grad=True)
d = f(a)
d.backward()
print("a =", a.item(), " d =", d.item())
a.grad == d / a
"""),
    _p("backward_twice", "autograd", "两次调用 backward 的错误", "Calling backward twice",
       "backward 之后计算图里保存的中间值已被释放，再次调用会报错；需要时用 retain_graph=True。",
       "After backward the graph's saved intermediate values are freed, so a second call fails; "
       "keep them with retain_graph=True.",
       """
import torch

x = torch.arange(4.0, requires_grad=True)
y = 2 * torch.dot(x, x)
y.backward()
try:
    y.backward()
except RuntimeError as err:
    print("RuntimeError:", str(err).splitlines()[0])
    print("→ backward frees the intermediate values it saved; the graph cannot run again.")

x.grad.zero_()
y = 2 * torch.dot(x, x)
y.backward(retain_graph=True)   # keep the intermediate values
y.backward()                    # a second call works now; the gradient adds up to 8x
x.grad
"""),
    _p("sin_derivative", "autograd", "sin x 与自动求导得到的导数", "sin x and its autograd derivative",
       "对 y = sin(x) 求和后反向传播，x.grad 就是 cos x；画出两条曲线对比。",
       "Back-propagate through the sum of y = sin(x): x.grad is cos x; the two curves are "
       "plotted.",
       """
import math
import torch

x = torch.linspace(-2 * math.pi, 2 * math.pi, 200, requires_grad=True)
y = torch.sin(x)
y.sum().backward()
plot(x, y, label="sin x", title="sin x and d sin x / dx")
plot(x, x.grad, label="autograd: d sin x / dx", style="dashed")
print("x.grad == cos x:", torch.allclose(x.grad, torch.cos(x)))
x.grad[:5]
"""),
    _p("forward_reverse", "autograd", "正向累积与反向累积", "Forward vs reverse accumulation",
       "链式法则可从输入往输出算（正向累积，torch.func.jvp），也可从输出往输入算（反向累积，backward）；"
       "反向需要保存正向的中间结果，所以更占内存。",
       "The chain rule can run from input to output (forward accumulation, torch.func.jvp) or "
       "from output to input (reverse, backward); reverse must keep the forward pass's "
       "intermediate values, which costs memory.",
       """
import torch
from torch.func import jvp

def chain(x):          # y = exp(sin(x)²): three steps a → b → y
    a = torch.sin(x)
    b = a ** 2
    return torch.exp(b)

x0 = torch.tensor([0.5, 1.0, 2.0])

# forward accumulation: value and derivative travel together from x to y; nothing is kept
y_fwd, dy_fwd = jvp(chain, (x0,), (torch.ones_like(x0),))

# reverse accumulation: compute forward keeping the intermediate values, then multiply back from y
x = x0.clone().requires_grad_(True)
y = chain(x)
saved = [y.grad_fn._saved_result, y.grad_fn.next_functions[0][0]._saved_self,
         y.grad_fn.next_functions[0][0].next_functions[0][0]._saved_self]
print("tensors the graph keeps for backward:", len(saved),
      "=", sum(t.numel() for t in saved) * 4, "bytes for", x.numel(), "inputs")
y.sum().backward()

print("forward (jvp) :", dy_fwd)
print("reverse (.grad):", x.grad)
print("same:", torch.allclose(dy_fwd, x.grad))
# Forward mode costs one pass per input direction; reverse one pass per output, which is why
# deep learning (many parameters, one scalar loss) uses reverse mode despite the memory.
x.grad
"""),
    _p("explicit_implicit", "autograd", "显式构造与隐式构造", "Explicit vs implicit graph construction",
       "显式构造先定义计算图再喂入数值（如 TensorFlow 1、Theano）；隐式构造像 PyTorch 一样边执行边记录 "
       "grad_fn。",
       "Explicit construction defines the graph first and feeds values later (TensorFlow 1, "
       "Theano); implicit construction, as in PyTorch, records grad_fn while the code runs.",
       """
import torch

# explicit construction: write the graph (symbols) first, then plug in values
graph = [("a", "mul", "x", 2.0), ("b", "add", "a", 1.0), ("y", "mul", "b", "b")]

def run(graph, **values):
    env = dict(values)
    for out, op, left, right in graph:
        lhs = env[left]
        rhs = env[right] if isinstance(right, str) else right
        env[out] = lhs * rhs if op == "mul" else lhs + rhs
    return env

print("explicit: y =", run(graph, x=3.0)["y"])

# implicit construction: PyTorch records the graph while the code runs
x = torch.tensor(3.0, requires_grad=True)
a = x * 2
b = a + 1
y = b * b
print("implicit: y =", y.item(), " grad_fn:", type(y.grad_fn).__name__)
y.backward()
print("dy/dx = 4(2x + 1) =", x.grad.item())
y
"""),
)

PRESET_BY_KEY: dict[str, Preset] = {p.key: p for p in PRESETS}


def presets_in(section: str) -> list[Preset]:
    """The presets of one section, in course order."""
    return [p for p in PRESETS if p.section == section]


#: The preset loaded when the tab opens (a heatmap is the first thing a student sees).
DEFAULT_PRESET = "arange_reshape"
