"""Writes the notebooks the notebook tests run: ``python tests/data/notebooks/make_notebooks.py``.

They use the course's own idioms (magics, ``d2l`` plots, IPython's display calls, the
preprocessing chapter's ``../data`` file), stay small and run in seconds.
"""

from __future__ import annotations

from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

HERE = Path(__file__).resolve().parent

COURSE_IDIOMS = [
    ("md", "# 课程写法 · Course idioms\nEvery cell below is written the way the book writes it."),
    ("code", "%matplotlib inline\nimport torch\nfrom d2l import torch as d2l"),
    ("code", "%timeit -n1 -r1 sum(range(1000))"),
    ("code", "x = torch.arange(0, 3, 0.1)\n"
             "d2l.plot(x, [x ** 2, 2 * x - 3], 'x', 'f(x)', legend=['f(x)', 'Tangent line (x=1)'])"),
    ("code", "print('before the mistake')\ntorch.ones(2, 3) @ torch.ones(2, 3)"),
    ("code", "imgs = torch.rand(4, 8, 8)\nd2l.show_images(imgs, 1, 4, titles=['a', 'b', 'c', 'd']);"),
    ("code", "from IPython import display\n\n"
             "for i in range(3):\n"
             "    display.display(f'step {i}')\n"
             "    display.clear_output(wait=True)"),
    ("code", "handle = display.display('first', display_id=True)\nhandle.update('second')"),
    ("code", "animator = d2l.Animator(xlabel='epoch', xlim=[1, 3], legend=['train loss'])\n"
             "for epoch in range(1, 4):\n"
             "    animator.add(epoch, (1.0 / epoch,))"),
    ("code", "import os\n\n"
             "os.makedirs(os.path.join('..', 'data'), exist_ok=True)\n"
             "data_file = os.path.join('..', 'data', 'house_tiny.csv')\n"
             "with open(data_file, 'w') as f:\n"
             "    f.write('NumRooms,Alley,Price\\n')\n"
             "    f.write('NA,Pave,127500\\n')\n"
             "    f.write('2,NA,106000\\n')\n"
             "    f.write('4,NA,178100\\n')\n"
             "    f.write('NA,NA,140000\\n')"),
    ("code", "import pandas as pd\n\ndata = pd.read_csv(data_file)\nprint(data)"),
    ("code", "inputs, outputs = data.iloc[:, 0:2], data.iloc[:, 2]\n"
             "inputs = inputs.fillna(inputs.mean(numeric_only=True))\n"
             "inputs = pd.get_dummies(inputs, dummy_na=True)\n"
             "X = torch.tensor(inputs.to_numpy(dtype=float))\n"
             "y = torch.tensor(outputs.to_numpy(dtype=float))\n"
             "X.shape, y.shape"),
    ("code", "print('last cell', int(y.sum()))"),
]

#: nbgrader's metadata on one cell: a run must keep it as it was.
NBGRADER = {"nbgrader": {"grade": False, "grade_id": "preprocess", "locked": False,
                         "schema_version": 3, "solution": True, "task": False}}


def build(cells: list[tuple[str, str]]) -> nbformat.NotebookNode:
    nb = new_notebook(metadata={
        "kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"},
        "language_info": {"name": "python"}})
    for n, (kind, source) in enumerate(cells):
        make = new_markdown_cell if kind == "md" else new_code_cell
        cell = make(source, id=f"cell-{n:02d}")
        if "pd.get_dummies" in source:
            cell.metadata.update(NBGRADER)
        nb.cells.append(cell)
    nbformat.validate(nb)
    return nb


def main() -> None:
    nbformat.write(build(COURSE_IDIOMS), HERE / "course_idioms.ipynb")


if __name__ == "__main__":
    main()
