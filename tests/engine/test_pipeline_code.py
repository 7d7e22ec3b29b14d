"""The generated script (comments in the user's language, a clear stop when the table is not
ready) and what goes to tensors or training (the target never in X, scales compared)."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pandas as pd
import pytest

from engine.pipeline import (
    AddRow,
    FillMissing,
    OneHot,
    Pipeline,
    Split,
    Standardize,
    regression_data,
    scale_spread,
    to_tensors,
)
from engine.tabular import open_table

torch = pytest.importorskip("torch")


def run_script(code: str, tmp_path) -> subprocess.CompletedProcess:
    script = tmp_path / "script.py"
    script.write_text(code, encoding="utf-8")
    return subprocess.run([sys.executable, str(script)], capture_output=True, text=True,
                          timeout=120)


def test_unprocessed_table_code_says_what_needs_work_instead_of_crashing(house, tmp_path):
    code = house.code()
    assert "X = torch.tensor(data.to_numpy(dtype=float))" not in code.replace("# X", "")
    assert "Not ready for tensors yet" in code
    assert "text: Alley" in code and "missing values: NumRooms" in code
    result = run_script(code, tmp_path)
    assert result.returncode == 0, result.stderr
    assert "could not convert" not in result.stderr
    assert "Not ready for tensors yet: Alley; NumRooms" in result.stdout


def test_clean_table_code_ends_with_the_course_tensors(house, tmp_path):
    house.push(Split(("Price",)))
    house.push(FillMissing(("NumRooms",), "mean"))
    house.push(OneHot(("Alley",), True))
    code = house.code()
    assert "Not ready" not in code
    assert code.rstrip().endswith("print(y)")
    result = run_script(code, tmp_path)
    assert result.returncode == 0, result.stderr


def test_comments_follow_the_language(house):
    house.push(Split(("Price",)))
    house.push(FillMissing(("NumRooms",), "mean"))
    house.push(OneHot(("Alley",), True))
    chinese = house.code(lang="zh")
    assert "# 1. 分成输入和输出（目标：Price）" in chinese
    assert "# 2. 填充缺失值（均值）：NumRooms" in chinese
    assert "# 3. 独热编码，NaN 视为一个类别：Alley" in chinese
    assert "Split into" not in chinese
    english = house.code(lang="en")
    assert "# 1. Split into inputs and outputs (target: Price)" in english
    # Only the comments differ: the code lines are the same.
    strip = [line for line in chinese.splitlines() if not line.startswith("#")]
    assert strip == [line for line in english.splitlines() if not line.startswith("#")]


def test_not_ready_comments_in_chinese(house):
    assert "还不能转换为张量" in house.code(lang="zh")


def test_target_chosen_before_the_split_stays_out_of_x(house):
    house.push(FillMissing(("NumRooms",), "mean"))
    house.push(OneHot(("Alley",), True))
    x, y = to_tensors(house.current, target="Price")
    assert x.shape == (4, 3) and y.shape == (4,)
    assert 127500.0 not in x.flatten().tolist()
    assert y.tolist() == [127500.0, 106000.0, 178100.0, 140000.0]
    code = house.code(target="Price")
    assert "X = torch.tensor(data.drop(columns=['Price']).to_numpy(dtype=float))" in code
    assert "y = torch.tensor(data['Price'].to_numpy(dtype=float))" in code


def test_scale_spread_flags_unscaled_prices(house):
    house.push(Split(("Price",)))
    house.push(FillMissing(("NumRooms",), "mean"))
    house.push(OneHot(("Alley",), True))
    spread = scale_spread(regression_data(house.current.frame(), "Price"))
    assert spread is not None and spread.needs_scaling and spread.widest == "Price"
    house.push(Standardize(("NumRooms", "Alley_Pave", "Alley_nan", "Price")))
    calm = scale_spread(regression_data(house.current.frame(), "Price"))
    assert calm is not None and not calm.needs_scaling


def test_steps_work_on_a_table_with_a_header_only(tmp_path):
    path = tmp_path / "empty.csv"
    path.write_text("\ufeffx,y\n", encoding="utf-8")
    frame, source = open_table(path)
    p = Pipeline(frame, source)
    table = p.push(AddRow(0))
    assert table.frame().shape == (1, 2)
    assert np.isnan(table.frame().loc[0, "x"])
    assert isinstance(p.current.frame(), pd.DataFrame)


def test_every_step_kind_has_a_chinese_comment():
    from engine.pipeline import (
        STEP_TYPES,
        AddColumn,
        ChangeType,
        DeleteColumns,
        DeleteRows,
        DropMissingRows,
        DropMostMissingColumn,
        EditCell,
        MinMaxScale,
        Rename,
        step_comment,
    )

    examples = [Split(("Price",)), DropMissingRows("any"), DropMissingRows("all"),
                DropMostMissingColumn(), FillMissing(("a",), "constant", 2.5),
                OneHot(("a",), True), OneHot(("a",), False), Standardize(("a",)),
                MinMaxScale(("a",)), ChangeType("a", "float64"), Rename("a", "b"), AddRow(3),
                DeleteRows(tuple(range(7))), AddColumn("c"), DeleteColumns(("a",)),
                EditCell(1, "a", 2.0)]
    assert {type(step) for step in examples} == set(STEP_TYPES.values())
    for step in examples:
        comment = step_comment(step, "zh")
        assert any("\u4e00" <= ch <= "\u9fff" for ch in comment), comment
    assert step_comment(FillMissing(("a",), "constant", 2.5), "zh") == "填充缺失值（常数 2.5）：a"
    assert step_comment(DeleteRows(tuple(range(7))), "zh") == "删除 7 行：0, 1, 2, 3, 4 …"
