"""Course-compatibility notes: each one comes from running the course's failing code for real."""

from __future__ import annotations

import io
import os
import socket
import traceback

import pytest

os.environ.setdefault("MPLBACKEND", "Agg")

from engine.course_compat import note_for  # noqa: E402


def failure(code: str, **namespace) -> tuple[str, str, str, str]:
    """Run ``code`` like a cell; (ename, evalue, traceback text, code) of what it raised."""
    try:
        exec(compile(code, "<cell>", "exec"), dict(namespace))
    except BaseException as exc:  # a cell may raise anything
        text = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
        return type(exc).__name__, str(exc), text, code
    raise AssertionError(f"the code did not fail:\n{code}")


def note(code: str, **namespace) -> dict:
    ename, evalue, text, code = failure(code, **namespace)
    found = note_for(ename, evalue, text, code)
    assert found is not None, f"no note for {ename}: {evalue}"
    assert set(found) == {"key", "en", "zh"} and found["en"] and found["zh"]
    return found


@pytest.fixture
def house_csv(tmp_path, monkeypatch):
    """The book's 数据预处理 set-up: a notebooks folder, ../data/house_tiny.csv."""
    (tmp_path / "notebooks").mkdir()
    monkeypatch.chdir(tmp_path / "notebooks")
    code = """
import os
os.makedirs(os.path.join('..', 'data'), exist_ok=True)
data_file = os.path.join('..', 'data', 'house_tiny.csv')
with open(data_file, 'w') as f:
    f.write('NumRooms,Alley,Price\\n')
    f.write('NA,Pave,127500\\n')
    f.write('2,NA,106000\\n')
    f.write('4,NA,178100\\n')
    f.write('NA,NA,140000\\n')
import pandas as pd
data = pd.read_csv(data_file)
inputs, outputs = data.iloc[:, 0:2], data.iloc[:, 2]
"""
    return code


@pytest.fixture
def offline(monkeypatch):
    def refuse(*args, **kwargs):
        raise OSError("network disabled in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


# ----------------------------------------------------------------------------- pandas

def test_fillna_with_the_mean_of_a_text_column(house_csv):
    found = note(house_csv + "inputs = inputs.fillna(inputs.mean())\n")
    assert found["key"] == "pandas-mean-text"
    assert "inputs.mean(numeric_only=True)" in found["en"] and "numeric_only=True" in found["zh"]


def test_the_fix_in_the_note_works(house_csv):
    ns: dict = {}
    exec(house_csv + "inputs = inputs.fillna(inputs.mean(numeric_only=True))\n", ns)
    assert ns["inputs"]["NumRooms"].tolist() == [3.0, 2.0, 4.0, 3.0]


@pytest.mark.parametrize("message", [
    "Could not convert ['PavePave'] to numeric",  # pandas 2.x words it so
    "unsupported operand type(s) for /: 'str' and 'int'",
])
def test_older_pandas_wordings_of_the_same_failure(message):
    code = "inputs = inputs.fillna(inputs.mean())"
    text = "  File \".../pandas/core/frame.py\", line 11693, in mean\n"
    assert note_for("TypeError", message, text, code)["key"] == "pandas-mean-text"
    assert note_for("TypeError", "unsupported operand type(s) for +: 'int' and 'str'",
                    "", "1 + 'a'") is None


def test_get_dummies_bool_columns_into_a_tensor(house_csv):
    found = note(house_csv + """
inputs = inputs.fillna(inputs.mean(numeric_only=True))
inputs = pd.get_dummies(inputs, dummy_na=True)
import torch
X, y = torch.tensor(inputs.values), torch.tensor(outputs.values)
""")
    assert found["key"] == "pandas-object-array"
    assert "to_numpy(dtype=float)" in found["en"] and "dtype=float" in found["zh"]


def test_kaggle_numeric_features_by_object_dtype():
    csv = ("Id,MSSubClass,MSZoning,LotFrontage,SalePrice\n1,60,RL,65,208500\n"
           "2,20,RL,,181500\n3,60,RM,68,223500\n")
    found = note("""
import pandas as pd
train_data = pd.read_csv(io.StringIO(csv))
all_features = train_data.iloc[:, 1:-1]
numeric_features = all_features.dtypes[all_features.dtypes != 'object'].index
all_features[numeric_features] = all_features[numeric_features].apply(
    lambda x: (x - x.mean()) / (x.std()))
""", io=io, csv=csv)
    assert found["key"] == "pandas-str-dtype"
    assert "select_dtypes(include='number')" in found["en"]


@pytest.mark.parametrize("code", [
    "import pandas as pd\ndf = pd.DataFrame({'a': [1.0, None]})\ndf.fillna(method='ffill')",
    "import pandas as pd\ndf = pd.DataFrame({'a': [1]})\ndf = df.append(df)",
    "import pandas as pd\nfor name, col in pd.DataFrame({'a': [1]}).iteritems(): pass",
])
def test_removed_pandas_methods(code):
    found = note(code)
    assert found["key"] == "pandas-removed"


# ----------------------------------------------------------------------------- numpy

@pytest.mark.parametrize("code, instead", [
    ("import numpy as np\nx = np.zeros(3, dtype=np.float)", "float"),
    ("import numpy as np\nn = np.int(3.7)", "int"),
    ("import numpy as np\nv = np.NaN", "np.nan"),
    ("import numpy as np\ng = np.math.gamma(5)", "math"),
    ("import numpy as np\np = np.product([1, 2])", "np.prod"),
])
def test_removed_numpy_names(code, instead):
    found = note(code)
    assert found["key"] == "numpy-removed" and instead in found["en"] and instead in found["zh"]


def test_a_numpy_typo_is_not_a_removal():
    ename, evalue, text, code = failure("import numpy as np\nnp.arrange(3)")
    assert note_for(ename, evalue, text, code) is None


# ----------------------------------------------------------------------------- IPython, matplotlib

@pytest.mark.parametrize("code", [
    "from IPython import display\ndisplay.set_matplotlib_formats('svg')",
    "from IPython.display import set_matplotlib_formats\nset_matplotlib_formats('svg')",
])
def test_set_matplotlib_formats_moved(code):
    found = note(code)
    assert found["key"] == "ipython-set-matplotlib-formats"
    assert "backend_inline.set_matplotlib_formats('svg')" in found["en"]


def test_the_svg_fix_works():
    exec("from matplotlib_inline import backend_inline\nbackend_inline.set_matplotlib_formats('svg')")


def test_matplotlib_get_cmap_and_seaborn_style():
    assert note("import matplotlib\ncmap = matplotlib.cm.get_cmap('Reds')")["key"] == \
        "matplotlib-get-cmap"
    found = note("import matplotlib.pyplot as plt\nplt.style.use('seaborn-whitegrid')")
    assert found["key"] == "matplotlib-seaborn-style" and "seaborn-v0_8-whitegrid" in found["en"]
    exec("import matplotlib.pyplot as plt\nplt.style.use('seaborn-v0_8-whitegrid')")


# ----------------------------------------------------------------------------- torch, d2l

def test_removed_torch_linear_algebra():
    found = note("import torch\ne, v = torch.symeig(torch.eye(2), eigenvectors=True)")
    assert found["key"] == "torch-removed"


def test_torch_load_of_a_whole_model(tmp_path):
    found = note(f"""
import torch
from torch import nn
torch.save(nn.Linear(2, 1), {str(tmp_path / 'net.pt')!r})
net = torch.load({str(tmp_path / 'net.pt')!r})
""")
    assert found["key"] == "torch-load-weights-only" and "state_dict" in found["en"]


@pytest.mark.filterwarnings("ignore:Converting a tensor with requires_grad=True")
@pytest.mark.parametrize("line", ["l.backward()", "total = float(l) * len(y)"])
def test_loss_per_example_used_as_a_scalar(line):
    found = note(f"""
import torch
from torch import nn
loss = nn.CrossEntropyLoss(reduction='none')
y_hat, y = torch.randn(4, 3, requires_grad=True), torch.tensor([0, 1, 2, 0])
l = loss(y_hat, y)
{line}
""")
    assert found["key"] == "loss-not-scalar" and "l.mean().backward()" in found["en"]


def test_autograd_chapter_backward_of_a_vector():
    found = note("import torch\nx = torch.arange(4.0, requires_grad=True)\ny = x * x\ny.backward()")
    assert found["key"] == "loss-not-scalar" and "y.sum().backward()" in found["zh"]


def test_newer_edition_d2l_names():
    found = note("from d2l import torch as d2l\nclass Net(d2l.Module):\n    pass")
    assert found["key"] == "d2l-newer-edition" and "d2l.Module" in found["en"]
    ename, evalue, text, code = failure("from d2l import torch as d2l\nd2l.no_such_thing")
    assert note_for(ename, evalue, text, code) is None


# ----------------------------------------------------------------------------- offline

def test_fashion_mnist_download_offline(tmp_path, offline):
    found = note(f"""
import torchvision
from torchvision import transforms
mnist_train = torchvision.datasets.FashionMNIST(
    root={str(tmp_path)!r}, train=True, transform=transforms.ToTensor(), download=True)
""")
    assert found["key"] == "fashion-mnist-offline" and "dataset-fashion-mnist" in found["en"]


def test_other_dataset_download_offline(tmp_path, offline):
    found = note(f"import torchvision\ntorchvision.datasets.KMNIST(root={str(tmp_path)!r}, "
                 "download=True)")
    assert found["key"] == "dataset-offline"


def test_d2l_data_download_offline(tmp_path, offline):
    found = note(f"""
from d2l import torch as d2l
d2l.DATA_HUB['kaggle_house_train'] = (
    d2l.DATA_URL + 'kaggle_house_pred_train.csv', '585e9cc93e70b39160e7921475f9bcd7d31219ce')
d2l.download('kaggle_house_train', cache_dir={str(tmp_path)!r})
""")
    assert found["key"] == "d2l-download-offline" and "../data" in found["en"]


def test_an_unrelated_connection_error_gets_no_note():
    assert note_for("ConnectionError", "HTTPConnectionPool(host='example.com', port=80)", "",
                    "import requests\nrequests.get('http://example.com')") is None


# ----------------------------------------------------------------------------- no note

@pytest.mark.parametrize("code", [
    "1 / 0",
    "import torch\ntorch.ones(2, 3) @ torch.ones(2, 3)",
    "undefined_name + 1",
    "import torch\ntorch.arange(20).reshape(5, 4).mean()",
    "raise TypeError('something else entirely')",
])
def test_other_errors_get_no_note(code):
    ename, evalue, text, code = failure(code)
    assert note_for(ename, evalue, text, code) is None


def test_empty_and_missing_fields():
    assert note_for("", "") is None
    assert note_for("TypeError", None, None, None) is None  # type: ignore[arg-type]
