"""Output already on screen keeps its content and shows its labels in the current language."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtWidgets import QLabel

from engine.tensor_inspect import summarize
from gui.widgets.cell_output import CellOutput
from gui.widgets.output_view import OutputView
from gui.widgets.tensor_view import TensorView


@pytest.fixture
def chinese(ui_language):
    ui_language("zh")
    return ui_language


def _show_results(qtbot) -> OutputView:
    view = OutputView()
    qtbot.addWidget(view)
    cells = CellOutput(view, view)
    big = summarize(np.arange(1200 * 1100, dtype=np.float32).reshape(1200, 1100))
    cells.handle({"type": "result", "id": 1, "execution_count": 3, "data": {"text/plain": "42"}})
    cells.handle({"type": "result", "id": 1, "execution_count": None, "value": big})
    cells.handle({"type": "stream", "name": "stdout", "text": "printed by the cell\n"})
    view.show()
    return view


def _notes(view: OutputView) -> str:
    return " ".join(v.note.text() for v in view.findChildren(TensorView))


def test_prompts_and_tensor_notes_follow_a_language_switch(qtbot, qapp, chinese):
    view = _show_results(qtbot)
    assert view.texts()[0] == "输出[3]： 42"
    assert "最小 0. · 最大" in _notes(view) and "大张量：只显示前 1000 × 1000 部分" in _notes(view)
    data_before = [v.summary()["data"].copy() for v in view.findChildren(TensorView)]

    chinese("en")
    assert view.texts()[0] == "Out[3]: 42"
    assert "printed by the cell" in view.texts()[-1]
    notes = _notes(view)
    assert "min 0. · max" in notes and "large tensor: the first 1000 × 1000 shown" in notes
    assert "最小" not in notes and "大张量" not in notes
    for view_data, before in zip((v.summary()["data"] for v in view.findChildren(TensorView)),
                                 data_before, strict=True):
        assert np.array_equal(view_data, before)

    chinese("zh")
    assert view.texts()[0] == "输出[3]： 42"
    assert "最小" in _notes(view)


def test_long_text_result_keeps_its_prompt_in_the_current_language(qtbot, qapp, chinese):
    view = OutputView()
    qtbot.addWidget(view)
    cells = CellOutput(view, view)
    long_text = "\n".join(f"row {i}" for i in range(60))
    cells.handle({"type": "result", "id": 1, "execution_count": 7,
                  "data": {"text/plain": long_text}})
    assert view.texts()[0].startswith("输出[7]：\nrow 0")
    chinese("en")
    assert view.texts()[0] == "Out[7]:\n" + long_text
    assert not [label for label in view.findChildren(QLabel) if "输出" in label.text()]
