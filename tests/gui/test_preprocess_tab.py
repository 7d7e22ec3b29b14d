"""The preprocessing tab, driven like a student would: buttons, keys, drops, edits."""

from __future__ import annotations

import subprocess
import sys
import threading
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
import preprocess_helpers
import pytest
from preprocess_helpers import click
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from engine import tabular
from engine.pipeline import Split
from engine.tabular import write_house_tiny
from gui.context import LabContext
from gui.tabs import preprocess_files, preprocess_tab
from gui.tabs.preprocess_tab import PreprocessTab

tab, house_tab = preprocess_helpers.tab, preprocess_helpers.house_tab  # the shared fixtures


def course_clicks(qtbot, tab) -> None:
    tab.target_combo.setCurrentIndex(tab.target_combo.findText("Price"))
    click(qtbot, tab, "splitButton")
    tab.table_view.clearSelection()
    click(qtbot, tab, "fillButton")
    click(qtbot, tab, "oneHotButton")


def headers(tab) -> list[str]:
    model = tab.model
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def cells(tab) -> list[list[str]]:
    model = tab.model
    return [[model.data(model.index(r, c)) for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def test_new_example_asks_for_a_folder_and_opens_house_tiny(tab, qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        lambda *a, **k: str(tmp_path / "lab"))
    click(qtbot, tab, "newExampleButton")
    assert (tmp_path / "lab" / "house_tiny.csv").exists()
    assert tab.table_view.isVisible()
    assert headers(tab)[0] == "NumRooms\nfloat64 · 2 missing"
    assert headers(tab)[2] == "Price\nint64"
    assert cells(tab)[0] == ["NaN", "Pave", "127500"]
    nan_index = tab.model.index(0, 0)
    assert tab.model.data(nan_index, Qt.ItemDataRole.BackgroundRole) is not None
    assert tab.model.data(tab.model.index(0, 2), Qt.ItemDataRole.BackgroundRole) is None
    assert "house_tiny.csv" in tab.file_label.text()
    assert not tab.has_unsaved_changes()


def test_course_pipeline_by_buttons(house_tab, qtbot):
    tab = house_tab
    course_clicks(qtbot, tab)
    assert [h.split("\n")[0] for h in headers(tab)] == ["NumRooms", "Alley_Pave", "Alley_nan",
                                                        "Price (y)"]
    assert [row[:3] for row in cells(tab)] == [["3.0", "1", "0"], ["2.0", "0", "1"],
                                               ["4.0", "0", "1"], ["3.0", "0", "1"]]
    items = [tab.pipeline_panel.steps_list.item(i).text()
             for i in range(tab.pipeline_panel.steps_list.count())]
    assert items[1].startswith("1. Split into inputs and outputs")
    assert len(items) == 4
    code = tab.pipeline_panel.code()
    assert "inputs, outputs = data.iloc[:, 0:2], data.iloc[:, 2]" in code
    assert "pd.get_dummies(inputs, columns=['Alley'], dummy_na=True, dtype=int)" in code
    assert "X = torch.tensor(inputs.to_numpy(dtype=float))" in code
    assert tab.has_unsaved_changes()
    # The code in the panel, run on the original file, makes the same tensors as the table.
    namespace: dict = {}
    exec(code.replace("print(", "str("), namespace)
    table = tab.current_table()
    assert np.array_equal(namespace["X"].numpy(), table.inputs.to_numpy(dtype=float))
    assert namespace["y"].tolist() == [127500, 106000, 178100, 140000]

    click(qtbot, tab, "toTensorButton")
    qtbot.waitUntil(lambda: "tensor([[3., 1., 0.]" in tab.tensor_view.toPlainText(),
                    timeout=60000)
    text = tab.tensor_view.toPlainText()
    assert "X.shape = torch.Size([4, 3]), X.dtype = torch.float64" in text
    assert "tensor([127500., 106000., 178100., 140000.], dtype=torch.float64)" in text


def test_undo_redo_buttons_and_keys(house_tab, qtbot):
    tab = house_tab
    original = tab.frame().copy()
    course_clicks(qtbot, tab)
    done = tab.frame().copy()
    for _ in range(3):
        click(qtbot, tab, "undoButton")
    pd.testing.assert_frame_equal(tab.frame(), original)
    assert not tab.has_unsaved_changes()
    assert not tab.undo_button.isEnabled()
    tab.table_view.setFocus()
    for _ in range(3):
        qtbot.keyClick(tab.table_view, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    pd.testing.assert_frame_equal(tab.frame(), done)
    qtbot.keyClick(tab.table_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert tab.pipeline_panel.steps_list.count() == 3
    assert "Alley_nan" not in tab.frame().columns


@pytest.mark.parametrize("action", ["drop_most_missing", "standardize", "min_max",
                                    "change_type", "rename", "add_row", "delete_rows",
                                    "add_column", "delete_columns", "drop_rows", "edit"])
def test_each_gui_operation_undoes_and_redoes(house_tab, qtbot, action):
    tab = house_tab
    tab.target_combo.setCurrentIndex(tab.target_combo.findText("Price"))
    click(qtbot, tab, "splitButton")
    click(qtbot, tab, "fillButton")
    before = tab.frame().copy()
    if action == "drop_most_missing":
        click(qtbot, tab, "dropColumnButton")
    elif action == "standardize":
        click(qtbot, tab, "standardizeButton")
    elif action == "min_max":
        tab.select_columns(["Price"])
        click(qtbot, tab, "minMaxButton")
    elif action == "change_type":
        tab.select_columns(["Price"])
        tab.dtype_combo.setCurrentText("float64")
        click(qtbot, tab, "changeTypeButton")
    elif action == "rename":
        tab.select_columns(["NumRooms"])
        tab.name_edit.setText("房间数")
        click(qtbot, tab, "renameButton")
    elif action == "add_row":
        click(qtbot, tab, "addRowButton")
    elif action == "delete_rows":
        tab.select_rows([1, 2])
        click(qtbot, tab, "deleteRowsButton")
    elif action == "add_column":
        tab.name_edit.setText("Garage")
        click(qtbot, tab, "addColumnButton")
    elif action == "delete_columns":
        tab.select_columns(["Alley"])
        click(qtbot, tab, "deleteColumnsButton")
    elif action == "drop_rows":
        tab.drop_how_combo.setCurrentIndex(tab.drop_how_combo.findData("any"))
        click(qtbot, tab, "dropRowsButton")
    elif action == "edit":
        assert tab.model.setData(tab.model.index(0, 0), "5")
    assert tab.message() == "" or "Cannot" not in tab.message(), tab.message()
    after = tab.frame().copy()
    assert not after.equals(before)
    tab.undo_stack.undo()
    pd.testing.assert_frame_equal(tab.frame(), before)
    tab.undo_stack.redo()
    pd.testing.assert_frame_equal(tab.frame(), after)
    # The panel's code reproduces the table after every operation.
    namespace: dict = {}
    exec(tab.pipeline.code(tensors=False), namespace)
    shown = pd.concat([namespace["inputs"], namespace["outputs"]], axis=1)
    pd.testing.assert_frame_equal(shown, after)


def test_fill_refuses_text_and_changes_nothing(house_tab, qtbot):
    tab = house_tab
    before = tab.frame().copy()
    tab.select_columns(["Alley"])
    click(qtbot, tab, "fillButton")
    assert "not numeric" in tab.message()
    assert tab.message_label.isVisible()
    pd.testing.assert_frame_equal(tab.frame(), before)
    assert tab.undo_stack.count() == 0


def test_cell_edits_are_type_checked(house_tab):
    tab = house_tab
    before = tab.frame().copy()
    index = tab.model.index(1, 2)  # Price is int64
    assert not tab.model.setData(index, "12.5")
    assert "whole number" in tab.message()
    assert not tab.model.setData(tab.model.index(1, 0), "two")
    assert "not a number" in tab.message()
    pd.testing.assert_frame_equal(tab.frame(), before)
    assert tab.model.setData(index, "99000")
    assert tab.frame().loc[1, "Price"] == 99000
    assert tab.model.setData(tab.model.index(0, 1), "")  # text → missing
    assert pd.isna(tab.frame().loc[0, "Alley"])
    assert tab.undo_stack.count() == 2
    assert "data.loc[1, 'Price'] = 99000" in tab.pipeline_panel.code()


def test_sorting_reorders_the_view_not_the_data(house_tab):
    tab = house_tab
    before = tab.frame().copy()
    tab.table_view.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    assert [row[2] for row in cells(tab)] == ["178100", "140000", "127500", "106000"]
    assert tab.model.headerData(0, Qt.Orientation.Vertical) == "2"
    pd.testing.assert_frame_equal(tab.frame(), before)
    tab.table_view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert [row[0] for row in cells(tab)] == ["2.0", "4.0", "NaN", "NaN"]
    # Editing through the sorted view changes the right row.
    assert tab.model.setData(tab.model.index(0, 2), "1")
    assert tab.frame().loc[1, "Price"] == 1


def _bad_files(tmp_path) -> dict:
    files = {}
    files["binary"] = tmp_path / "noise.csv"
    files["binary"].write_bytes(bytes(range(256)) * 40)
    files["empty"] = tmp_path / "blank.csv"
    files["empty"].write_text("\n \n", encoding="utf-8")
    files["zero"] = tmp_path / "zero.csv"
    files["zero"].write_bytes(b"")
    files["ragged"] = tmp_path / "ragged.csv"
    files["ragged"].write_text("a,b\n1,2\n3,4,5\n", encoding="utf-8")
    files["encoding"] = tmp_path / "latin.csv"
    files["encoding"].write_bytes("café,prix\nété,3\n".encode("latin-1"))
    files["directory"] = tmp_path / "folder"
    files["directory"].mkdir()
    return files


def test_bad_files_show_a_message_and_change_nothing(house_tab, tmp_path, monkeypatch):
    tab = house_tab
    tab.apply_step(Split(("Price",)))
    frame, pipeline, path = tab.frame(), tab.pipeline, tab.path
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    for kind, bad in _bad_files(tmp_path).items():
        assert not tab.open_file(bad), kind
        assert tab.message().startswith("Cannot open this file:"), kind
        assert bad.name in tab.message(), kind
        assert tab.pipeline is pipeline and tab.frame() is frame and tab.path == path
        assert tab.undo_stack.count() == 1
    huge = tmp_path / "huge.csv"
    huge.write_text("a,b\n" + "1,2\n" * 100, encoding="utf-8")
    monkeypatch.setattr(tabular, "available_memory", lambda: 10)
    assert not tab.open_file(huge)
    assert "too big" in tab.message()
    assert tab.pipeline is pipeline


def test_binary_file_is_not_shown_as_text(tab, tmp_path):
    bad = tmp_path / "picture.png.csv"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00\x01" * 100)
    assert not tab.open_file(bad)
    assert tab.pipeline is None
    assert not tab.table_view.isVisible()
    assert not tab.pipeline_panel.copy_button.isEnabled()
    assert "PNG image" in tab.message()


def test_large_file_loads_off_the_gui_thread(tab, qtbot, tmp_path, monkeypatch):
    path = tmp_path / "big.csv"
    rng = np.random.default_rng(1)
    pd.DataFrame(rng.normal(size=(60_000, 4)), columns=list("abcd")).to_csv(path, index=False)
    monkeypatch.setattr(preprocess_files, "ASYNC_BYTES", 1000)
    threads = []
    real = preprocess_files.read_source

    def spy(source, progress=None):
        threads.append(threading.current_thread())
        return real(source, progress)

    monkeypatch.setattr(preprocess_files, "read_source", spy)
    assert tab.open_file(path)
    assert tab.is_loading()
    assert tab.load_progress.isVisible() and tab.cancel_load_button.isVisible()
    assert not tab.open_button.isEnabled()
    qtbot.waitUntil(lambda: not tab.is_loading(), timeout=30000)
    assert threads and threads[0] is not threading.main_thread()
    assert tab.model.rowCount() == 60_000
    assert not tab.load_progress.isVisible()
    assert "60,000 rows" in tab.message()


def test_steps_on_big_tables_run_on_a_worker(house_tab, qtbot, monkeypatch):
    tab = house_tab
    monkeypatch.setattr(preprocess_tab, "ASYNC_CELLS", 1)
    threads = []
    real = tab.pipeline.preview

    def spy(step):
        threads.append(threading.current_thread())
        return real(step)

    monkeypatch.setattr(tab.pipeline, "preview", spy)
    tab.target_combo.setCurrentIndex(tab.target_combo.findText("Price"))
    assert tab.split()
    assert tab.is_busy() and not tab.split_group.isEnabled()
    tab.undo()  # ignored while the step computes
    qtbot.waitUntil(lambda: not tab.is_busy(), timeout=10000)
    assert threads[0] is not threading.main_thread()
    assert tab.current_table().is_split and tab.undo_stack.count() == 1
    tab.select_columns(["Alley"])
    assert tab.fill_missing()
    qtbot.waitUntil(lambda: not tab.is_busy(), timeout=10000)
    assert "not numeric" in tab.message() and tab.undo_stack.count() == 1


def test_cancelled_load_changes_nothing(house_tab, qtbot, tmp_path, monkeypatch):
    tab = house_tab
    frame = tab.frame()
    path = tmp_path / "big.csv"
    path.write_text("a,b\n" + "1,2\n" * 200_000, encoding="utf-8")
    monkeypatch.setattr(preprocess_files, "ASYNC_BYTES", 1000)
    tab.cancel_load()  # a stale cancel must not stop the next load
    assert tab.open_file(path)
    click(qtbot, tab, "cancelLoadButton")
    qtbot.waitUntil(lambda: not tab.is_loading(), timeout=30000)
    assert tab.frame() is frame
    assert "cancelled" in tab.message()


def _drag_enter(pos: QPoint, mime: QMimeData) -> QDragEnterEvent:
    """QDragEnterEvent takes a QPoint (deprecated in newer Qt, the only form in older)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        return QDragEnterEvent(pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                               Qt.KeyboardModifier.NoModifier)


def _drag_events(path):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = _drag_enter(QPoint(50, 50), mime)
    drop = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    return mime, enter, drop


def test_drag_and_drop_a_csv(tab, tmp_path):
    path = write_house_tiny(tmp_path)
    mime, enter, drop = _drag_events(path)
    QApplication.sendEvent(tab, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(tab, drop)
    assert drop.isAccepted()
    assert tab.pipeline is not None and tab.path == path
    assert tab.model.rowCount() == 4
    # Something that is not a file is refused at the door.
    text = QMimeData()
    text.setText("hello")
    refused = _drag_enter(QPoint(5, 5), text)
    QApplication.sendEvent(tab, refused)
    assert not refused.isAccepted()


def test_recent_files(tab, tmp_path, qtbot):
    first = write_house_tiny(tmp_path / "a")
    second = tmp_path / "b.csv"
    second.write_text("x,y\n1,2\n", encoding="utf-8")
    tab.open_file(first)
    tab.open_file(second)
    assert tab.recent_files()[:2] == [str(second), str(first)]
    actions = [a for a in tab.recent_menu.actions() if a.objectName().startswith("recentFile_")]
    assert [a.text() for a in actions] == ["b.csv", "house_tiny.csv"]
    actions[1].trigger()
    assert tab.path == first


def test_save_as_writes_csv_and_keeps_the_original(house_tab, qtbot, tmp_path, monkeypatch):
    tab = house_tab
    original_bytes = tab.path.read_bytes()
    course_clicks(qtbot, tab)
    target = tmp_path / "clean"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    click(qtbot, tab, "saveButton")
    qtbot.waitUntil(lambda: not tab.is_saving(), timeout=10000)
    saved = tmp_path / "clean.csv"
    back = tabular.read_table(saved)
    assert list(back.columns) == ["NumRooms", "Alley_Pave", "Alley_nan", "Price"]
    assert back["Price"].tolist() == [127500, 106000, 178100, 140000]
    assert tab.path.read_bytes() == original_bytes
    assert not tab.has_unsaved_changes()
    assert "Saved" in tab.message()
    # The next change is unsaved again; Save now writes to the same file without asking.
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: pytest.fail("should not ask again"))
    click(qtbot, tab, "standardizeButton")
    assert tab.has_unsaved_changes()
    click(qtbot, tab, "saveButton")
    qtbot.waitUntil(lambda: not tab.is_saving(), timeout=10000)
    assert not tab.has_unsaved_changes()
    assert abs(tabular.read_table(saved)["NumRooms"].mean()) < 1e-9


def test_saving_over_the_original_restarts_the_pipeline(house_tab, qtbot, monkeypatch):
    tab = house_tab
    path = tab.path
    click(qtbot, tab, "dropColumnButton")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    click(qtbot, tab, "saveAsButton")
    qtbot.waitUntil(lambda: not tab.is_saving(), timeout=10000)
    assert list(tabular.read_table(path).columns) == ["NumRooms", "Price"]
    assert tab.pipeline.steps == [] and not tab.has_unsaved_changes()
    namespace: dict = {}
    exec(tab.pipeline.code(tensors=False), namespace)
    pd.testing.assert_frame_equal(namespace["data"], tab.frame())


def test_save_code_as_python(house_tab, qtbot, tmp_path, monkeypatch):
    tab = house_tab
    course_clicks(qtbot, tab)
    target = tmp_path / "pipeline"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    click(qtbot, tab, "saveCodeButton")
    script = (tmp_path / "pipeline.py").read_text(encoding="utf-8")
    assert script == tab.pipeline_panel.code()
    click(qtbot, tab, "copyCodeButton")
    assert QApplication.clipboard().text() == script


def test_autosave_and_recovery_after_a_crash(house_tab, qtbot):
    tab = house_tab
    course_clicks(qtbot, tab)
    expected = tab.frame().copy()
    assert tab.autosave_now()
    qtbot.waitUntil(lambda: not tab.is_autosaving(), timeout=10000)
    assert (preprocess_tab.autosave_dir() / "working_copy.csv").exists()
    # "Crash": a new tab starts while the autosave is still there.
    fresh = PreprocessTab()
    qtbot.addWidget(fresh)
    fresh.retranslate_ui()
    fresh.show()
    assert fresh.has_recovery()
    assert fresh.recovery_banner.isVisible()
    assert "house_tiny.csv" in fresh.recovery_label.text()
    click(qtbot, fresh, "restoreButton")
    pd.testing.assert_frame_equal(fresh.frame(), expected)
    assert len(fresh.pipeline.steps) == 3 and fresh.undo_stack.count() == 3
    assert fresh.has_unsaved_changes()
    assert not fresh.recovery_banner.isVisible()
    fresh.shutdown()


def test_recovery_uses_the_working_copy_when_the_original_changed(house_tab, qtbot):
    tab = house_tab
    click(qtbot, tab, "dropColumnButton")
    expected = tab.frame().copy()
    tab.autosave_now()
    qtbot.waitUntil(lambda: not tab.is_autosaving(), timeout=10000)
    tab.path.write_text("other,table\n1,2\n3,4\n", encoding="utf-8")
    fresh = PreprocessTab()
    qtbot.addWidget(fresh)
    fresh.retranslate_ui()
    assert fresh.restore_autosave()
    assert list(fresh.frame().columns) == list(expected.columns)
    assert fresh.frame()["Price"].tolist() == expected["Price"].tolist()
    assert fresh.has_unsaved_changes()
    fresh.shutdown()


def test_discarding_recovery_and_clean_shutdown_remove_the_autosave(house_tab, qtbot):
    tab = house_tab
    click(qtbot, tab, "dropColumnButton")
    tab.autosave_now()
    qtbot.waitUntil(lambda: not tab.is_autosaving(), timeout=10000)
    fresh = PreprocessTab()
    qtbot.addWidget(fresh)
    fresh.retranslate_ui()
    click(qtbot, fresh, "discardRecoveryButton")
    assert not (preprocess_tab.autosave_dir() / "session.json").exists()
    tab.shutdown()
    assert not (preprocess_tab.autosave_dir() / "working_copy.csv").exists()


def test_opening_another_file_asks_when_unsaved(house_tab, qtbot, tmp_path, monkeypatch):
    tab = house_tab
    click(qtbot, tab, "dropColumnButton")
    other = tmp_path / "other.csv"
    other.write_text("x\n1\n", encoding="utf-8")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    assert not tab.open_file(other)
    assert tab.path.name == "house_tiny.csv"


class FakeWindow(QWidget):
    """Just enough of MainWindow for the hand-off: a context that routes tables and tab requests."""

    def __init__(self, training) -> None:
        super().__init__()
        self.context = LabContext(self)
        self.preprocess = PreprocessTab(self, context=self.context)
        self.training = training
        self.shown = None
        self.context.set_regression_receiver(
            lambda table: training.use_regression_data(
                table.features, table.target, table.name, list(table.feature_names)))
        self.context.showTabRequested.connect(lambda name: setattr(self, "shown", name))
        QVBoxLayout(self).addWidget(self.preprocess)


class FakeTraining(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.received = None

    def use_regression_data(self, features, target, name, feature_names):
        self.received = (features, target, name, feature_names)


def test_use_for_training(qtbot, tmp_path):
    training = FakeTraining()
    window = FakeWindow(training)
    qtbot.addWidget(window)
    qtbot.addWidget(training)
    tab = window.preprocess
    tab.retranslate_ui()
    tab.open_example_in(tmp_path)
    # Refused while text and missing values are left.
    tab.target_combo.setCurrentIndex(tab.target_combo.findText("Price"))
    click(qtbot, tab, "useForTrainingButton")
    assert "Not ready for training" in tab.message() and training.received is None
    course_clicks(qtbot, tab)
    click(qtbot, tab, "useForTrainingButton")
    features, target, name, feature_names = training.received
    assert features.dtype == np.float32 and target.dtype == np.float32
    assert features.shape == (4, 3)
    assert features.tolist() == [[3, 1, 0], [2, 0, 1], [4, 0, 1], [3, 0, 1]]
    assert target.tolist() == [127500, 106000, 178100, 140000]
    assert name == "house_tiny" and feature_names == ["NumRooms", "Alley_Pave", "Alley_nan"]
    assert window.shown == "trainingTab"
    tab.shutdown()


def test_use_for_training_without_a_capable_training_tab(qtbot, tmp_path):
    window = FakeWindow(QWidget())
    window.context.set_regression_receiver(None)  # a window without a Training tab
    qtbot.addWidget(window)
    tab = window.preprocess
    tab.retranslate_ui()
    tab.open_example_in(tmp_path)
    course_clicks(qtbot, tab)
    click(qtbot, tab, "useForTrainingButton")
    assert "cannot take a table" in tab.message()
    assert window.shown is None
    tab.shutdown()


def test_every_control_has_a_name_and_tooltip(house_tab):
    names = ["openButton", "newExampleButton", "saveButton", "saveAsButton", "undoButton",
             "redoButton", "splitButton", "fillButton", "oneHotButton", "dropRowsButton",
             "dropColumnButton", "standardizeButton", "minMaxButton", "changeTypeButton",
             "renameButton", "addRowButton", "deleteRowsButton", "addColumnButton",
             "deleteColumnsButton", "toTensorButton", "useForTrainingButton",
             "copyCodeButton", "saveCodeButton"]
    for name in names:
        button = house_tab.findChild(QPushButton, name)
        assert button is not None, name
        assert button.text() and button.accessibleName(), name
    for name in ("tableView", "pipelineList", "pipelineCode", "tensorView", "targetCombo",
                 "fillMethodCombo", "dtypeCombo", "dropHowCombo", "recentButton"):
        assert house_tab.findChild(QWidget, name) is not None, name


def test_building_the_tab_loads_neither_torch_nor_pandas():
    """The window appears before the heavy modules load; pandas comes with the first table."""
    code = ("import sys; from PySide6.QtWidgets import QApplication; app = QApplication([]); "
            "from gui.tabs.preprocess_tab import PreprocessTab; t = PreprocessTab(); "
            "t.retranslate_ui(); print(sorted(m for m in ('torch', 'pandas') "
            "if m in sys.modules))")
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True,
                            text=True, timeout=120,
                            env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[]"


def test_type_choices_match_the_engine():
    from engine.pipeline import DTYPES

    assert preprocess_tab.DTYPE_CHOICES == DTYPES


def test_hand_off_to_the_real_training_tab(qtbot, tmp_path):
    from gui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    tab = window.show_tab("preprocessTab")
    tab.open_example_in(tmp_path)
    course_clicks(qtbot, tab)
    click(qtbot, tab, "useForTrainingButton")
    assert window.tabs.currentWidget() is window.tab("trainingTab")
    assert "Sent 4 rows × 3 features (target Price)" in tab.message()
    qtbot.waitUntil(lambda: window._dataset_state is not None, timeout=60000)  # probe done
    window._skip_close_prompt = True
    window.close()


def test_engine_messages_have_translatable_copies():
    """Every engine error template has a tr() copy with the same English and placeholders."""
    from engine.pipeline import STEP_MESSAGES
    from engine.tabular import TABLE_MESSAGES
    from gui.widgets.engine_messages import EngineMessages

    messages = EngineMessages()
    assert messages.table_templates() == TABLE_MESSAGES
    assert messages.step_templates() == STEP_MESSAGES


def test_errors_are_shown_in_chinese(house_tab, qtbot, tmp_path, monkeypatch):
    from gui.widgets.engine_messages import EngineMessages

    monkeypatch.setattr(EngineMessages, "table_templates",
                        lambda self: {"empty": "“{name}” 是空文件"})
    empty = tmp_path / "空.csv"
    empty.write_bytes(b"")
    house_tab.open_file(empty)
    assert house_tab.message().endswith("“空.csv” 是空文件")


def test_split_with_several_target_columns(house_tab, qtbot):
    tab = house_tab
    tab.select_columns(["Alley", "Price"])
    click(qtbot, tab, "splitButton")
    table = tab.current_table()
    assert table.targets == ["Alley", "Price"] and list(table.inputs.columns) == ["NumRooms"]
    assert "inputs, outputs = data.iloc[:, 0:1], data.iloc[:, 1:3]" in tab.pipeline_panel.code()
    assert not tab.split_button.isEnabled()


def test_export_table_or_pipeline(house_tab, tmp_path, monkeypatch, qtbot):
    tab = house_tab
    course_clicks(qtbot, tab)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda _parent, _title, start, _filter: (str(tmp_path / "out"), ""))
    monkeypatch.setattr(preprocess_files.TableFiles, "_ask_export_kind", lambda self: "py")
    tab.export()
    assert (tmp_path / "out.py").read_text(encoding="utf-8") == tab.pipeline.code()
    monkeypatch.setattr(preprocess_files.TableFiles, "_ask_export_kind", lambda self: "csv")
    tab.export()
    qtbot.waitUntil(lambda: not tab.is_saving(), timeout=10000)
    assert tabular.read_table(tmp_path / "out.csv").shape == (4, 4)


def test_big_tables_sort_on_a_worker(house_tab, qtbot, monkeypatch):
    from gui.widgets import dataframe_model

    tab = house_tab
    monkeypatch.setattr(dataframe_model, "ASYNC_SORT_ROWS", 1)
    threads = []
    real = dataframe_model.sort_order

    def spy(*args):
        threads.append(threading.current_thread())
        return real(*args)

    monkeypatch.setattr(dataframe_model, "sort_order", spy)
    tab.table_view.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: not tab.model.is_sorting(), timeout=10000)
    qtbot.waitUntil(lambda: cells(tab)[0][2] == "178100", timeout=10000)
    assert threads[0] is not threading.main_thread()
    assert [row[2] for row in cells(tab)] == ["178100", "140000", "127500", "106000"]
    # A new table keeps the view sorted by the same column, on the new values.
    assert tab.model.setData(tab.model.index(3, 2), "999999")  # row label 1
    qtbot.waitUntil(lambda: cells(tab)[0][2] == "999999", timeout=10000)
