"""Short notes for course code that fails because a library moved on since the course (Qt-free).

The course's code was written for pandas 1.2, NumPy 1.21, Matplotlib 3.5, IPython 7, torch 1.x
and d2l 0.17; the sandbox has today's versions. The code is never rewritten: when a cell fails
in one of the known ways, the error carries a note that says why and gives the one-line fix.
"""

from __future__ import annotations

import re
from collections.abc import Callable

Note = dict[str, str]

#: NumPy names removed since 1.21: name → (version that removed it, what to write instead).
NUMPY_REMOVED: dict[str, tuple[str, str]] = {
    "float": ("1.24", "float (or np.float64)"),
    "int": ("1.24", "int (or np.int64)"),
    "object": ("1.24", "object"),
    "str": ("1.24", "str"),
    "complex": ("1.24", "complex (or np.complex128)"),
    "long": ("1.24", "int"),
    "unicode": ("1.24", "str"),
    "float_": ("2.0", "np.float64"),
    "complex_": ("2.0", "np.complex128"),
    "string_": ("2.0", "np.bytes_"),
    "unicode_": ("2.0", "np.str_"),
    "NaN": ("2.0", "np.nan"),
    "NAN": ("2.0", "np.nan"),
    "Inf": ("2.0", "np.inf"),
    "Infinity": ("2.0", "np.inf"),
    "infty": ("2.0", "np.inf"),
    "PINF": ("2.0", "np.inf"),
    "NINF": ("2.0", "-np.inf"),
    "math": ("2.0", "the math module (import math; math.gamma(…))"),
    "product": ("2.0", "np.prod"),
    "cumproduct": ("2.0", "np.cumprod"),
    "alltrue": ("2.0", "np.all"),
    "sometrue": ("2.0", "np.any"),
    "asfarray": ("2.0", "np.asarray(x, dtype=float)"),
    "round_": ("2.0", "np.round"),
    "mat": ("2.0", "np.asmatrix"),
}

#: Names of the newer edition's d2l (1.x) that d2l 0.17.6 does not have.
D2L_NEWER = frozenset({
    "Module", "DataModule", "Trainer", "HyperParameters", "ProgressBoard", "add_to_class",
    "SGD", "FashionMNIST", "SyntheticRegressionData", "LinearRegressionScratch",
    "LinearRegression", "Classifier", "SoftmaxRegression", "init_cnn", "gpu", "num_gpus", "cpu",
})


def note_for(ename: str, evalue: str, traceback_text: str = "", code: str = "") -> Note | None:
    """The note for a failed cell (``{"key", "en", "zh"}``), or None when it is not a known case."""
    ename, evalue = ename or "", evalue or ""
    context = f"{code or ''}\n{traceback_text or ''}"
    for rule in _RULES:
        found = rule(ename, evalue, context)
        if found is not None:
            key, en, zh = found
            return {"key": key, "en": en, "zh": zh}
    return None


Found = tuple[str, str, str] | None
_RULES: list[Callable[[str, str, str], Found]] = []


def _rule(fn: Callable[[str, str, str], Found]) -> Callable[[str, str, str], Found]:
    _RULES.append(fn)
    return fn


# ----------------------------------------------------------------------------- pandas

_TEXT_REDUCTION = re.compile(
    r"Cannot perform reduction '\w+' with string dtype"  # pandas 3
    r"|Could not convert .* to numeric"  # pandas 2
    r"|does not support reduction '\w+'"  # pandas 2, arrow-backed text
    r"|dtype (str|object) does not support operation '\w+'", re.S)
_OBJECT_DTYPES = re.compile(r"""dtypes\s*!=\s*['"]object['"]""")


@_rule
def _pandas_text_mean(ename: str, evalue: str, context: str) -> Found:
    if ename != "TypeError":
        return None
    if not _TEXT_REDUCTION.search(evalue):
        operand = "unsupported operand type" in evalue and "str" in evalue
        if not (operand and "pandas" in context and re.search(r"\.(mean|median|std|var)\(", context)):
            return None
    if _OBJECT_DTYPES.search(context):
        return ("pandas-str-dtype",
                "Since pandas 3 text columns have dtype 'str', not 'object', so "
                "`dtypes != 'object'` also picks the text columns, whose mean() fails. "
                "Select the numeric columns directly: "
                "numeric_features = all_features.select_dtypes(include='number').columns",
                "pandas 3 起，文本列的 dtype 是 'str' 而不是 'object'，所以 dtypes != 'object' "
                "也会选中文本列，对它们求 mean() 就会出错。直接选出数值列："
                "numeric_features = all_features.select_dtypes(include='number').columns")
    return ("pandas-mean-text",
            "Since pandas 2, mean() no longer skips text columns: the book was written for "
            "pandas 1.2, where inputs.mean() quietly averaged only the numeric ones. Ask for "
            "that explicitly: inputs = inputs.fillna(inputs.mean(numeric_only=True))",
            "pandas 2 起，mean() 不再自动跳过文本列（本书基于 pandas 1.2，那时 inputs.mean() "
            "只对数值列求均值）。请显式指定只用数值列："
            "inputs = inputs.fillna(inputs.mean(numeric_only=True))")


@_rule
def _pandas_object_array(ename: str, evalue: str, context: str) -> Found:
    if ename != "TypeError" or "can't convert np.ndarray of type numpy.object_" not in evalue:
        return None
    return ("pandas-object-array",
            "torch.tensor() needs a numeric array, but this DataFrame's .values has dtype object: "
            "since pandas 2, get_dummies makes True/False (bool) columns, and bool mixed with "
            "float columns (or any text column) gives an object array. Convert to numbers "
            "first: torch.tensor(inputs.to_numpy(dtype=float)), or "
            "pd.get_dummies(inputs, dummy_na=True, dtype=float)",
            "torch.tensor() 需要数值数组，但这个 DataFrame 的 .values 是 object 类型：pandas 2 起 "
            "get_dummies 生成 True/False（bool）列，与浮点列（或任何文本列）混在一起就成了 "
            "object 数组。先转成数值：torch.tensor(inputs.to_numpy(dtype=float))，或 "
            "pd.get_dummies(inputs, dummy_na=True, dtype=float)")


_PANDAS_GONE = re.compile(r"'(DataFrame|Series)' object has no attribute '(append|iteritems)'")


@_rule
def _pandas_removed(ename: str, evalue: str, context: str) -> Found:
    if ename == "TypeError" and re.search(r"fillna\(\) got an unexpected keyword argument 'method'",
                                          evalue):
        return ("pandas-removed",
                "pandas 3 removed fillna(method=…). Use the methods themselves: "
                "inputs.ffill() or inputs.bfill()",
                "pandas 3 移除了 fillna(method=…)。请直接调用对应方法：inputs.ffill() 或 "
                "inputs.bfill()")
    m = _PANDAS_GONE.search(evalue) if ename == "AttributeError" else None
    if m is None:
        return None
    kind, name = m.groups()
    if name == "append":
        return ("pandas-removed",
                f"pandas 2 removed {kind}.append. Concatenate instead: pd.concat([a, b])",
                f"pandas 2 移除了 {kind}.append。请改用连结：pd.concat([a, b])")
    return ("pandas-removed",
            f"pandas 2 removed {kind}.iteritems(). Use .items(), which does the same",
            f"pandas 2 移除了 {kind}.iteritems()。请改用功能相同的 .items()")


# ----------------------------------------------------------------------------- numpy

_NUMPY_ATTR = re.compile(r"module 'numpy' has no attribute '(\w+)'|`np\.(\w+)` was removed")


@_rule
def _numpy_removed(ename: str, evalue: str, context: str) -> Found:
    if ename != "AttributeError":
        return None
    m = _NUMPY_ATTR.search(evalue)
    name = (m.group(1) or m.group(2)) if m else None
    if name not in NUMPY_REMOVED:
        return None
    version, instead = NUMPY_REMOVED[name]
    return ("numpy-removed",
            f"NumPy {version} removed np.{name} (the book was written for NumPy 1.21). "
            f"Use {instead} instead.",
            f"NumPy {version} 移除了 np.{name}（本书基于 NumPy 1.21 编写）。请改用 {instead}。")


# ----------------------------------------------------------------------------- IPython, matplotlib

@_rule
def _ipython_svg(ename: str, evalue: str, context: str) -> Found:
    if ename not in ("AttributeError", "ImportError") or "set_matplotlib_formats" not in evalue:
        return None
    return ("ipython-set-matplotlib-formats",
            "IPython 8 removed IPython.display.set_matplotlib_formats (the book's older "
            "use_svg_display called it). Use matplotlib-inline's: from matplotlib_inline import "
            "backend_inline; backend_inline.set_matplotlib_formats('svg'), or d2l.use_svg_display()",
            "IPython 8 移除了 IPython.display.set_matplotlib_formats（书中旧版 use_svg_display "
            "用到它）。改用 matplotlib-inline 提供的：from matplotlib_inline import backend_inline; "
            "backend_inline.set_matplotlib_formats('svg')，或直接 d2l.use_svg_display()")


_SEABORN_STYLE = re.compile(r"'(seaborn[\w-]*)' is not a valid package style")


@_rule
def _matplotlib_removed(ename: str, evalue: str, context: str) -> Found:
    if ename == "AttributeError" and "module 'matplotlib.cm' has no attribute 'get_cmap'" in evalue:
        return ("matplotlib-get-cmap",
                "Matplotlib 3.9 removed matplotlib.cm.get_cmap. Use matplotlib.colormaps['Reds'] "
                "(or plt.get_cmap('Reds'))",
                "Matplotlib 3.9 移除了 matplotlib.cm.get_cmap。请改用 matplotlib.colormaps['Reds']"
                "（或 plt.get_cmap('Reds')）")
    m = _SEABORN_STYLE.search(evalue) if ename == "OSError" else None
    if m is None or m.group(1).startswith("seaborn-v0_8"):
        return None
    new = "seaborn-v0_8" + m.group(1)[len("seaborn"):]
    return ("matplotlib-seaborn-style",
            f"Matplotlib 3.6 renamed the seaborn styles. Use plt.style.use('{new}')",
            f"Matplotlib 3.6 起 seaborn 样式已改名。请改用 plt.style.use('{new}')")


# ----------------------------------------------------------------------------- torch, d2l

@_rule
def _torch_removed(ename: str, evalue: str, context: str) -> Found:
    if ename != "RuntimeError" or "deprecated since version 1.9 and is now removed" not in evalue:
        return None
    return ("torch-removed",
            "PyTorch 2 removed this function (deprecated since 1.9); the message above names "
            "its replacement in torch.linalg.",
            "PyTorch 2 移除了这个函数（1.9 起已弃用）；上方报错信息写明了 torch.linalg 中的替代函数。")


@_rule
def _torch_load(ename: str, evalue: str, context: str) -> Found:
    if "Weights only load failed" not in evalue:
        return None
    return ("torch-load-weights-only",
            "Since PyTorch 2.6 torch.load reads only tensors and parameter dicts by default "
            "(weights_only=True), so a whole pickled model is refused. Save the parameters, as "
            "the book does: torch.save(net.state_dict(), 'net.params'), then "
            "net.load_state_dict(torch.load('net.params')). Pass weights_only=False only for a "
            "file you trust.",
            "PyTorch 2.6 起 torch.load 默认只读取张量和参数字典（weights_only=True），整个被 pickle "
            "的模型会被拒绝。请像书中那样保存模型参数：torch.save(net.state_dict(), 'net.params')，"
            "再用 net.load_state_dict(torch.load('net.params')) 加载。只有可信的文件才可传 "
            "weights_only=False。")


_NOT_SCALAR = re.compile(r"grad can be implicitly created only for scalar outputs"
                         r"|only one element tensors can be converted to Python scalars"
                         r"|a Tensor with \d+ elements cannot be converted to Scalar")


@_rule
def _loss_not_scalar(ename: str, evalue: str, context: str) -> Found:
    if ename not in ("RuntimeError", "ValueError") or not _NOT_SCALAR.search(evalue):
        return None
    return ("loss-not-scalar",
            "backward() and float() need a single number, but this tensor holds several (for "
            "example one loss per example). Reduce it first: y.sum().backward() or "
            "l.mean().backward(), float(l.sum()). The book's d2l 0.17 code pairs "
            "nn.CrossEntropyLoss(reduction='none') with l.mean().backward(); the older video code "
            "pairs nn.CrossEntropyLoss() with l.backward(): do not mix the two.",
            "backward() 和 float() 需要标量，但这个张量有多个元素（例如每个样本一个损失）。先求和或"
            "求平均：y.sum().backward() 或 l.mean().backward()，float(l.sum())。书中 d2l 0.17 的代码"
            "是 nn.CrossEntropyLoss(reduction='none') 配 l.mean().backward()；较早的视频代码是 "
            "nn.CrossEntropyLoss() 配 l.backward()，两者不要混用。")


_D2L_ATTR = re.compile(r"module 'd2l(?:\.torch)?' has no attribute '(\w+)'")


@_rule
def _d2l_newer_edition(ename: str, evalue: str, context: str) -> Found:
    m = _D2L_ATTR.search(evalue) if ename == "AttributeError" else None
    if m is None or m.group(1) not in D2L_NEWER:
        return None
    name = m.group(1)
    return ("d2l-newer-edition",
            f"d2l.{name} belongs to the book's newer edition (d2l 1.x, built on d2l.Module and "
            "d2l.Trainer). The course's code uses d2l 0.17.6 (d2l.train_ch3, "
            "d2l.load_data_fashion_mnist, …): take the chapter's code from the course's edition.",
            f"d2l.{name} 来自新版书（d2l 1.x，基于 d2l.Module 和 d2l.Trainer）。课程代码使用 "
            "d2l 0.17.6（d2l.train_ch3、d2l.load_data_fashion_mnist 等）：请使用课程版本的代码。")


# ----------------------------------------------------------------------------- offline, workers

@_rule
def _dataset_offline(ename: str, evalue: str, context: str) -> Found:
    download = ename == "RuntimeError" and evalue.startswith("Error downloading")
    if not (download or (ename == "URLError" and "torchvision" in context)):
        return None
    if "fashion-mnist" in evalue.lower() or "FashionMNIST" in context:
        return ("fashion-mnist-offline",
                "torchvision tried to download Fashion-MNIST, because the book's "
                "../data/FashionMNIST/raw does not hold it and DiveLab found no copy on this "
                "computer; the download needs the internet. Install the package "
                "dataset-fashion-mnist (Debian/Ubuntu), or put its four files "
                "(train-images-idx3-ubyte.gz, …) into the lab's data/FashionMNIST/raw folder, "
                "then run the cell again.",
                "torchvision 试图下载 Fashion-MNIST：书中的 ../data/FashionMNIST/raw 里没有数据，"
                "DiveLab 在本机也没找到数据集，而下载需要联网。请安装 dataset-fashion-mnist 软件包"
                "（Debian/Ubuntu），或把它的四个文件（train-images-idx3-ubyte.gz 等）放进实验目录的 "
                "data/FashionMNIST/raw 文件夹，然后重新运行此单元格。")
    return ("dataset-offline",
            "torchvision could not download this dataset: the download needs the internet. "
            "DiveLab has only the course's Fashion-MNIST on board "
            "(torchvision.datasets.FashionMNIST); for other datasets copy their files into the "
            "book's ../data folder first.",
            "torchvision 无法下载这个数据集：下载需要联网。DiveLab 只自带课程所用的 Fashion-MNIST"
            "（torchvision.datasets.FashionMNIST）；其他数据集请先把文件复制到书中的 ../data 文件夹。")


@_rule
def _d2l_offline(ename: str, evalue: str, context: str) -> Found:
    if ename not in ("ConnectionError", "URLError", "MaxRetryError", "NameResolutionError"):
        return None
    if "d2l-data" not in evalue and not re.search(r"d2l\.download|d2l[/\\]torch\.py", context):
        return None
    return ("d2l-download-offline",
            "d2l.download fetches the book's data files from the internet, and this computer is "
            "offline. Copy the file (its name is in the message above) into the lab's data "
            "folder, the book's ../data; d2l then uses that copy.",
            "d2l.download 需要联网下载书中的数据文件，而本机没有网络。请把该文件（文件名见上方报错）"
            "复制到实验目录的 data 文件夹（即书中的 ../data），d2l 会直接使用它。")


@_rule
def _daemonic_workers(ename: str, evalue: str, context: str) -> Found:
    if ename != "AssertionError" or "daemonic processes are not allowed to have children" not in evalue:
        return None
    return ("dataloader-workers",
            "This process cannot start DataLoader worker processes. Read the data in this "
            "process: num_workers=0 (the batches are the same).",
            "当前进程无法启动 DataLoader 的工作进程。请在本进程中读取数据：num_workers=0"
            "（小批量数据不变）。")
