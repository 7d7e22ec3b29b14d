"""The pipeline as a script a student can run: ``pd.read_csv``, one commented block per step,
then the course's ``torch.tensor(X.to_numpy(dtype=float))``.

Comments follow the user's language (``lang`` is ``"en"`` or ``"zh"``); the code itself does not
change. When the table is not yet numbers without gaps, the script ends by saying which columns
still need work instead of with a conversion that would crash.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import pandas as pd

from engine.pipeline_table import Table, literal, names_text
from engine.tabular import TableSource, is_numeric

if TYPE_CHECKING:
    from engine.pipeline_steps import Step

_FILL_HOW = {
    "en": {"mean": "mean", "median": "median", "interpolate": "interpolate",
           "constant": "constant {value}"},
    "zh": {"mean": "均值", "median": "中位数", "interpolate": "插值", "constant": "常数 {value}"},
}

#: Chinese step comments by step kind (English ones are ``Step.describe``).
_ZH_STEPS = {
    "split": "分成输入和输出（目标：{targets}）",
    "drop_rows_any": "删除含任一缺失值的行",
    "drop_rows_all": "删除全部值都缺失的行",
    "drop_most_missing": "删除缺失值最多的列",
    "fill": "填充缺失值（{how}）：{columns}",
    "one_hot_na": "独热编码，NaN 视为一个类别：{columns}",
    "one_hot": "独热编码：{columns}",
    "standardize": "标准化：{columns}",
    "min_max": "最小-最大缩放：{columns}",
    "astype": "把 {column} 的类型改为 {dtype}",
    "rename": "把 {column} 重命名为 {new_name}",
    "add_row": "添加空行 {label}",
    "delete_rows": "删除 {count} 行：{rows}",
    "add_column": "添加列 {name}",
    "delete_columns": "删除列：{columns}",
    "edit": "把第 {label} 行的 {column} 设为 {value}",
}

_NOT_READY = {
    "en": {
        "head": "Not ready for tensors yet: these columns still need work.",
        "text": "text: {columns} (one-hot encode them or change their type)",
        "missing": "missing values: {columns} (fill them or drop those rows)",
        "then": "When they are numbers without gaps, this makes the tensors:",
        "print": "Not ready for tensors yet",
    },
    "zh": {
        "head": "还不能转换为张量：以下列还需要处理。",
        "text": "文本：{columns}（先做独热编码或改变类型）",
        "missing": "缺失值：{columns}（先填充或删除这些行）",
        "then": "等它们都变成没有缺失的数值后，下面的代码会生成张量：",
        "print": "还不能转换为张量",
    },
}


def step_comment(step: Step, lang: str = "en") -> str:
    """The one-line comment above a step's code, in ``lang``."""
    if lang != "zh":
        return step.describe()
    kind = step.KIND
    if kind == "drop_rows":
        return _ZH_STEPS["drop_rows_any" if step.how == "any" else "drop_rows_all"]
    if kind == "one_hot":
        return _ZH_STEPS["one_hot_na" if step.dummy_na else "one_hot"].format(
            columns=names_text(step.columns))
    if kind == "fill":
        how = _FILL_HOW["zh"].get(step.method, step.method).format(value=f"{step.value:g}")
        return _ZH_STEPS["fill"].format(how=how, columns=names_text(step.columns))
    if kind == "delete_rows":
        shown = names_text(step.labels[:5]) + (" …" if len(step.labels) > 5 else "")
        return _ZH_STEPS["delete_rows"].format(count=len(step.labels), rows=shown)
    template = _ZH_STEPS.get(kind)
    if template is None:
        return step.describe()
    values = {"targets": names_text(getattr(step, "targets", ())),
              "columns": names_text(getattr(step, "columns", ()) or ()),
              "column": getattr(step, "column", ""), "dtype": getattr(step, "dtype", ""),
              "new_name": getattr(step, "new_name", ""), "label": getattr(step, "label", ""),
              "name": getattr(step, "name", ""),
              "value": literal(getattr(step, "value", None))}
    return template.format(**values)


def tensor_parts(table: Table, target: Any = None) -> list[tuple[str, str, pd.DataFrame]]:
    """(name, expression, frame) for X (and y) as the course builds them.

    Before the split a chosen ``target`` column becomes y and stays out of X.
    """
    if table.is_split:
        outputs = table.outputs
        frame = outputs.to_frame() if isinstance(outputs, pd.Series) else outputs
        return [("X", "inputs", table.inputs), ("y", "outputs", frame)]
    data = table.data
    if target is not None and target in data.columns and data.shape[1] > 1:
        return [("X", f"data.drop(columns=[{literal(target)}])", data.drop(columns=[target])),
                ("y", f"data[{literal(target)}]", data[[target]])]
    return [("X", "data", data)]


def tensor_code(table: Table, target: Any = None) -> list[str]:
    """The course's last step: from pandas to tensors."""
    parts = tensor_parts(table, target)
    lines = [f"{name} = torch.tensor({expr}.to_numpy(dtype=float))" for name, expr, _ in parts]
    return lines + [f"print({name})" for name, _, _ in parts]


def columns_needing_work(table: Table, target: Any = None) -> tuple[list, list]:
    """(text columns, columns with missing values) that keep the table from becoming tensors."""
    text, missing = [], []
    for _, _, frame in tensor_parts(table, target):
        for column in frame.columns:
            series = frame[column]
            if not (is_numeric(series) or pd.api.types.is_bool_dtype(series)):
                text.append(column)
            elif series.isna().any():
                missing.append(column)
    return text, missing


def not_ready_lines(table: Table, target: Any = None, lang: str = "en") -> list[str]:
    """Comments (and a print) saying what still blocks the tensors; [] when nothing does."""
    text, missing = columns_needing_work(table, target)
    if not text and not missing:
        return []
    words = _NOT_READY.get(lang, _NOT_READY["en"])
    lines = [f"# {words['head']}"]
    if text:
        lines.append("#   " + words["text"].format(columns=names_text(text)))
    if missing:
        lines.append("#   " + words["missing"].format(columns=names_text(missing)))
    problems = [names_text(c) for c in (text, missing) if c]
    lines.append(f"print({(words['print'] + ': ' + '; '.join(problems))!r})")
    lines.append(f"# {words['then']}")
    lines.extend("# " + line for line in tensor_code(table, target))
    return lines


def pipeline_script(source: TableSource | None, steps: Sequence[Step],
                    step_code: Sequence[list[str]], final: Table, tensors: bool = True,
                    lang: str = "en", target: Any = None) -> str:
    """The whole pipeline as a runnable script (comments in ``lang``)."""
    lines = ["import numpy as np", "import pandas as pd"]
    if tensors:
        lines.append("import torch")
    lines.append("")
    lines.append(source.code("data") if source is not None
                 else "data = pd.read_csv('table.csv')")
    for number, (step, code) in enumerate(zip(steps, step_code, strict=True), 1):
        lines.append(f"# {number}. {step_comment(step, lang)}")
        lines.extend(code)
    if tensors:
        lines.append("")
        lines.extend(not_ready_lines(final, target, lang) or tensor_code(final, target))
    return "\n".join(lines) + "\n"
