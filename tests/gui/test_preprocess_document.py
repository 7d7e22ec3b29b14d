"""The Preprocessing tab's table document, without Qt: history, saved state, target and the
course's rules for which columns an operation acts on."""

from __future__ import annotations

import subprocess
import sys

import pytest

from engine.pipeline import DropMissingRows, FillMissing, OneHot, Split
from engine.tabular import open_table, write_house_tiny
from gui.preprocess_document import TableDocument


@pytest.fixture
def document(tmp_path):
    doc = TableDocument()
    frame, source = open_table(write_house_tiny(tmp_path))
    doc.load(frame, source)
    return doc


def apply(doc: TableDocument, step) -> None:
    doc.apply(step, doc.preview(step))


def test_the_document_needs_no_qt():
    code = ("import sys, gui.preprocess_document; "
            "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt was imported'")
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)


def test_undo_redo_and_the_saved_state(document):
    changes = []
    document.subscribe(changes.append)
    assert not document.has_unsaved_changes() and not document.history.can_undo()
    apply(document, FillMissing(("NumRooms",), "mean"))
    apply(document, OneHot(("Alley",), True))
    assert document.history.count() == 2 and document.has_unsaved_changes()
    assert changes == [False, False]
    document.mark_saved(document.path.with_name("clean.csv"), steps_when_saved=2)
    assert not document.has_unsaved_changes()
    assert document.history.undo()
    assert document.has_unsaved_changes() and document.history.can_redo()
    assert list(document.frame().columns) == ["NumRooms", "Alley", "Price"]
    assert document.history.redo()
    assert not document.has_unsaved_changes()
    assert "Alley_Pave" in document.frame().columns
    # Undone past the saved state and replaced: that state cannot come back by undo/redo.
    document.history.undo()
    apply(document, DropMissingRows("all"))
    assert not document.history.can_redo() and document.has_unsaved_changes()
    document.history.undo()
    assert document.has_unsaved_changes()


def test_the_target_is_the_last_column_until_chosen_and_the_split_decides_after(document):
    assert document.target() == "Price" and document.tensor_target() == "Price"
    document.choose_target("NumRooms")
    assert document.target() == "NumRooms"
    assert document.input_columns() == ["Alley", "Price"]
    apply(document, Split(("Price",)))
    assert document.target() == "Price" and document.tensor_target() is None
    assert not document.can_split()


def test_default_columns_follow_the_course(document):
    # Before the split the chosen target is not an input: it is never filled or scaled.
    assert document.fill_columns([]) == ["NumRooms"]
    assert document.one_hot_columns([]) == ["Alley"]
    assert document.scalable_columns([]) == ["NumRooms"]
    assert document.fill_columns(["Price"]) == ["Price"]  # what the student chose wins
    apply(document, FillMissing(("NumRooms",), "mean"))
    apply(document, OneHot(("Alley",), True))
    assert document.fill_columns([]) == []
    assert document.scalable_columns([]) == ["NumRooms"]  # 0/1 indicators are left alone


def test_code_keeps_the_target_out_of_x_and_speaks_the_language(document):
    apply(document, FillMissing(("NumRooms",), "mean"))
    apply(document, OneHot(("Alley",), True))
    assert "data.drop(columns=['Price'])" in document.code()
    assert "# 1. 填充缺失值（均值）：NumRooms" in document.code(lang="zh")


def test_new_names_and_row_labels(document):
    assert document.new_column_name("") == "column1"
    assert document.new_column_name("Area") == "Area"
    assert document.new_row_label() == 4
