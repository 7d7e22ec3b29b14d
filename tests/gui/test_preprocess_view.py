"""The Preprocessing tab as a student meets it: choosing columns by their header, a message line
that never moves the controls, tensors without the target in X, code that says what is left to
do (in the user's language), a hint before training unscaled data, and files that are not a
bare table (a header only, comment lines, a title above the header)."""

from __future__ import annotations

import preprocess_helpers
import pytest
from preprocess_helpers import click
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QPushButton

import engine.pipeline  # noqa: F401 - pandas in first, so a table opens at once
from gui import i18n

tab, house_tab = preprocess_helpers.tab, preprocess_helpers.house_tab  # the shared fixtures


def cells(tab) -> list[list[str]]:
    model = tab.model
    return [[model.data(model.index(r, c)) for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def click_header(qtbot, tab, column: int) -> None:
    header = tab.table_view.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(x, header.height() // 2))


# --------------------------------------------------------------------------- choosing columns
def test_a_header_click_chooses_that_column_and_fill_acts_on_it(house_tab, qtbot):
    tab = house_tab
    before = cells(tab)
    view = tab.table_view
    alley_cell = view.visualRect(tab.model.index(0, 1)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=alley_cell)
    assert tab.selected_columns() == ["Alley"]
    click_header(qtbot, tab, 0)  # NumRooms
    assert cells(tab) == before  # chosen, not sorted
    assert tab.selected_columns() == ["NumRooms"]
    click(qtbot, tab, "fillButton")
    assert "Cannot" not in tab.message()
    frame = tab.frame()
    assert frame["NumRooms"].isna().sum() == 0
    assert frame["Alley"].isna().sum() == 3
    assert "Fill missing values (mean): NumRooms" in tab.pipeline_panel.steps_list.item(1).text()


def test_sorting_is_on_the_header_context_menu_and_never_changes_the_table(house_tab, qtbot):
    tab = house_tab
    view = tab.table_view
    assert "right-click a header to sort" in view.toolTip()
    header = view.horizontalHeader()
    x = header.sectionViewportPosition(2) + header.sectionSize(2) // 2
    header.customContextMenuRequested.emit(QPoint(x, 5))  # right-click on Price
    assert view.sort_menu.isVisible()
    view.sort_descending_action.trigger()
    view.sort_menu.hide()
    assert [row[2] for row in cells(tab)] == ["178100", "140000", "127500", "106000"]
    assert header.isSortIndicatorShown() and header.sortIndicatorSection() == 2
    assert tab.frame()["Price"].tolist() == [127500, 106000, 178100, 140000]
    header.customContextMenuRequested.emit(QPoint(x, 5))
    assert view.file_order_action.isEnabled()
    view.file_order_action.trigger()
    view.sort_menu.hide()
    assert [row[2] for row in cells(tab)] == ["127500", "106000", "178100", "140000"]
    assert not header.isSortIndicatorShown()


# --------------------------------------------------------------------------- the message line
def _positions(tab) -> list[QPoint]:
    tab.layout().activate()
    QApplication.processEvents()
    names = ("fillButton", "splitButton", "toTensorButton")
    return [tab.table_view.mapTo(tab, QPoint(0, 0))] + [
        tab.findChild(QPushButton, name).mapTo(tab, QPoint(0, 0)) for name in names]


def test_messages_appear_and_clear_without_moving_any_control(house_tab, qtbot):
    tab = house_tab
    assert tab.message()  # "Opened house_tiny.csv: …"
    with_message = _positions(tab)
    click(qtbot, tab, "fillButton")  # a step clears the message
    assert not tab.message()
    assert _positions(tab) == with_message
    tab.select_columns(["Alley"])
    click(qtbot, tab, "fillButton")  # refused: a long error message
    assert "not numeric" in tab.message()
    assert _positions(tab) == with_message
    assert tab.message_label.toolTip() == tab.message()  # all of it, should it not fit


# --------------------------------------------------------------------------- tensors and code
def test_show_as_tensors_keeps_the_chosen_target_out_of_x(house_tab, qtbot):
    tab = house_tab
    tab.table_view.clearSelection()
    click(qtbot, tab, "fillButton")
    click(qtbot, tab, "oneHotButton")
    tab.target_combo.setCurrentIndex(tab.target_combo.findText("Price"))
    click(qtbot, tab, "toTensorButton")
    qtbot.waitUntil(lambda: "X.shape" in tab.tensor_view.toPlainText(), timeout=60000)
    text = tab.tensor_view.toPlainText()
    assert "X.shape = torch.Size([4, 3])" in text
    assert "y.shape = torch.Size([4])" in text
    x_part = text.split("y = torch.tensor")[0]
    assert "127500" not in x_part and "1.2750e+05" not in x_part
    code = tab.pipeline_panel.code()
    assert "X = torch.tensor(data.drop(columns=['Price']).to_numpy(dtype=float))" in code


def test_code_of_an_unprocessed_table_says_which_columns_need_work(house_tab):
    code = house_tab.pipeline_panel.code()
    assert "Not ready for tensors yet" in code
    assert "text: Alley" in code and "missing values: NumRooms" in code
    uncommented = [line for line in code.splitlines() if not line.startswith("#")]
    assert not any("torch.tensor(" in line for line in uncommented)
    exec(code, {})  # runs to its end instead of "could not convert string to float: 'Pave'"


def test_code_comments_follow_the_language(house_tab, qtbot):
    tab = house_tab
    tab.target_combo.setCurrentIndex(tab.target_combo.findText("Price"))
    click(qtbot, tab, "splitButton")
    tab.table_view.clearSelection()
    click(qtbot, tab, "fillButton")
    assert "# 1. Split into inputs and outputs (target: Price)" in tab.pipeline_panel.code()
    try:
        i18n.set_language("zh")
        code = tab.pipeline_panel.code()
        assert "# 1. 分成输入和输出（目标：Price）" in code
        assert "# 2. 填充缺失值（均值）：NumRooms" in code
        assert "还不能转换为张量" in code  # Alley is still text
    finally:
        i18n.set_language("en")
    assert "# 2. Fill missing values (mean): NumRooms" in tab.pipeline_panel.code()


# --------------------------------------------------------------------------- training
def test_sending_unscaled_data_says_to_standardise_first(house_tab, qtbot):
    tab = house_tab
    received, status = [], []
    tab.context.set_regression_receiver(received.append)
    tab.context.statusMessage.connect(lambda text, _ms: status.append(text))
    tab.target_combo.setCurrentIndex(tab.target_combo.findText("Price"))
    click(qtbot, tab, "splitButton")
    tab.table_view.clearSelection()
    click(qtbot, tab, "fillButton")
    click(qtbot, tab, "oneHotButton")
    click(qtbot, tab, "useForTrainingButton")
    assert len(received) == 1
    assert "Sent 4 rows × 3 features" in tab.message()
    assert "standardise them first" in tab.message() and "Price" in tab.message()
    assert status and "standardise them first" in status[-1]
    tab.select_columns(["NumRooms", "Alley_Pave", "Alley_nan", "Price"])
    click(qtbot, tab, "standardizeButton")
    click(qtbot, tab, "useForTrainingButton")
    assert len(received) == 2
    assert "Sent 4 rows" in tab.message() and "standardise" not in tab.message()


# --------------------------------------------------------------------------- unusual files
@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"])
def test_a_csv_with_only_a_header_opens_as_an_empty_table(tab, qtbot, tmp_path, bom):
    path = tmp_path / "template.csv"
    path.write_bytes(bom + b"NumRooms,Alley,Price\r\n")
    assert tab.open_file(path)
    assert tab.pipeline is not None
    assert tab.model.columnCount() == 3 and tab.model.rowCount() == 0
    assert "0 rows × 3 columns" in tab.message()
    click(qtbot, tab, "addRowButton")
    assert tab.model.rowCount() == 1


def test_title_and_comment_lines_are_skipped_and_named(tab, tmp_path):
    path = tmp_path / "report.csv"
    path.write_text("House prices 2024\n# prices in dollars\nNumRooms,Alley,Price\n"
                    "3,Pave,127500\n2,,106000\n# checked twice\n4,,178100\n", encoding="utf-8")
    assert tab.open_file(path)
    assert list(tab.frame().columns) == ["NumRooms", "Alley", "Price"]
    assert tab.model.rowCount() == 3
    message = tab.message()
    assert "Skipped 2 line(s) above the header (“House prices 2024”)" in message
    assert "comment lines" in message
    assert "skiprows=2, comment='#'" in tab.pipeline_panel.code()
