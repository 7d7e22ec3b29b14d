"""A student's code is never lost: autosave and restore, Save / Save As / Open, and the
question before a preset replaces edited code ("My code" keeps it)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QTreeWidget

from engine.presets import DEFAULT_PRESET, PRESET_BY_KEY
from gui import i18n
from gui.tabs.sandbox_document import (
    MAX_KEPT,
    SandboxDocument,
    autosave_path,
    load_autosave,
    save_autosave,
)
from gui.tabs.tensor_tab import TensorTab


def _tab(qtbot) -> TensorTab:
    """A tab that is never shown, so no kernel starts."""
    i18n.set_language("en")
    tab = TensorTab()
    tab.retranslate_ui()
    qtbot.addWidget(tab)
    return tab


def _answer(monkeypatch, button: str | None, asked: list | None = None) -> None:
    """Make the replace question answer by clicking the button with this objectName."""

    def fake_exec(box):
        if asked is not None:
            asked.append(box.text())
        if button is None:
            return 0
        next(b for b in box.buttons() if b.objectName() == button).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)


def _other_preset() -> str:
    return next(key for key in PRESET_BY_KEY if key != DEFAULT_PRESET)


# ---------------------------------------------------------------------- the model
def test_document_knows_when_code_would_be_lost():
    doc = SandboxDocument()
    doc.load_preset("dot", "x = 1\n")
    assert not doc.modified and not doc.unprotected
    doc.text = "x = 2\n"
    assert doc.modified and doc.unprotected
    doc.keep_aside(datetime(2025, 3, 1, 9, 30))
    assert not doc.unprotected  # a copy is kept under "My code"
    assert doc.kept == [{"text": "x = 2\n", "saved_at": "2025-03-01T09:30:00"}]
    doc.keep_aside()  # the same code twice is kept once
    assert len(doc.kept) == 1
    doc.text = "   \n"
    assert not doc.unprotected  # nothing worth keeping
    for i in range(MAX_KEPT + 5):
        doc.text = f"v = {i}"
        doc.keep_aside()
    assert len(doc.kept) == MAX_KEPT and doc.kept[0]["text"] == f"v = {MAX_KEPT + 4}"
    assert doc.open_kept(1) == f"v = {MAX_KEPT + 3}" and not doc.modified


def test_autosave_round_trip_is_atomic_and_tolerant(tmp_path):
    doc = SandboxDocument(text="print('你好')\n", baseline="", path=None, preset_key=None)
    doc.keep_aside()
    target = tmp_path / "autosave" / "sandbox.json"
    assert save_autosave(doc, target)
    assert [p.name for p in target.parent.iterdir()] == ["sandbox.json"]  # no temp file left
    again = load_autosave(target)
    assert again == doc
    target.write_text("{not json", encoding="utf-8")
    assert load_autosave(target) is None
    assert load_autosave(tmp_path / "missing.json") is None
    assert autosave_path().parent.name == "autosave"


# ---------------------------------------------------------------------- autosave in the tab
def test_code_survives_a_restart(qtbot):
    first = _tab(qtbot)
    assert first.editor.toPlainText() == PRESET_BY_KEY[DEFAULT_PRESET].code
    first.editor.setPlainText("my_tensor = torch.ones(3)\n")
    qtbot.waitUntil(lambda: autosave_path().exists(), timeout=3000)  # shortly after typing
    first.editor.setPlainText("my_tensor = torch.ones(4)\n")
    first.shutdown()  # closing writes the latest text at once
    second = _tab(qtbot)
    assert second.editor.toPlainText() == "my_tensor = torch.ones(4)\n"
    # Still the (edited) default preset, and still counted as edited.
    current = second.findChild(QTreeWidget, "presetTree").currentItem()
    assert current.data(0, Qt.ItemDataRole.UserRole) == DEFAULT_PRESET
    assert second.files.needs_question()


def test_an_unreadable_autosave_falls_back_to_the_default_preset(qtbot):
    autosave_path().parent.mkdir(parents=True, exist_ok=True)
    autosave_path().write_text("garbage", encoding="utf-8")
    tab = _tab(qtbot)
    assert tab.editor.toPlainText() == PRESET_BY_KEY[DEFAULT_PRESET].code


def test_screenshot_mode_leaves_the_autosave_alone(qtbot, monkeypatch):
    tab = _tab(qtbot)
    tab.editor.setPlainText("keep me")
    tab.files.autosave()
    tab.files.autosave_enabled = False
    tab.load_preset(_other_preset())
    tab.shutdown()
    assert load_autosave(autosave_path()).text == "keep me"


# ---------------------------------------------------------------------- presets vs edits
def test_unedited_code_is_replaced_without_asking(qtbot, monkeypatch):
    tab = _tab(qtbot)
    asked: list = []
    _answer(monkeypatch, "cancelButton", asked)
    key = _other_preset()
    assert tab.choose_preset(key)
    assert asked == [] and tab.editor.toPlainText() == PRESET_BY_KEY[key].code


def test_cancel_keeps_the_students_code(qtbot, monkeypatch):
    tab = _tab(qtbot)
    tab.editor.setPlainText("mine = 1")
    asked: list = []
    _answer(monkeypatch, "cancelButton", asked)
    assert not tab.choose_preset(_other_preset())
    assert tab.editor.toPlainText() == "mine = 1"
    assert len(asked) == 1 and asked[0].startswith("Replace your code with “")
    _answer(monkeypatch, None)  # closing the box is a Cancel too
    assert not tab.choose_preset(_other_preset())
    assert tab.editor.toPlainText() == "mine = 1"


def test_replace_drops_the_edits_but_undo_brings_them_back(qtbot, monkeypatch):
    tab = _tab(qtbot)
    tab.editor.setPlainText("mine = 1")
    _answer(monkeypatch, "replaceButton")
    key = _other_preset()
    assert tab.choose_preset(key)
    assert tab.editor.toPlainText() == PRESET_BY_KEY[key].code
    assert tab.files.document.kept == [] and tab.my_code_item.isHidden()
    tab.editor.undo()
    assert tab.editor.toPlainText() == "mine = 1"


def test_open_beside_keeps_the_code_under_my_code(qtbot, monkeypatch):
    tab = _tab(qtbot)
    tree = tab.findChild(QTreeWidget, "presetTree")
    tab.editor.setPlainText("mine = 1\nprint(mine)\n")
    _answer(monkeypatch, "openBesideButton")
    key = _other_preset()
    # The student clicks a preset in the tree.
    section = tree.topLevelItem(1)
    item = next(section.child(i) for i in range(section.childCount())
                if section.child(i).data(0, Qt.ItemDataRole.UserRole) == key)
    tree.scrollToItem(item)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton,
                     pos=tree.visualItemRect(item).center())
    assert tab.editor.toPlainText() == PRESET_BY_KEY[key].code
    top = tree.topLevelItem(0)
    assert not top.isHidden() and top.text(0) == "My code"
    assert top.childCount() == 1 and "mine = 1" in top.child(0).text(0)
    # Edit the preset, then bring "My code" back from the top entry: the edits are kept too.
    tab.editor.setPlainText("preset edited")
    tree.scrollToItem(top)  # the preset click may have scrolled the top entry out of view
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton,
                     pos=tree.visualItemRect(top).center())
    assert tab.editor.toPlainText() == "mine = 1\nprint(mine)\n"
    assert [e["text"] for e in tab.files.document.kept] == ["preset edited",
                                                            "mine = 1\nprint(mine)\n"]
    # Unchanged "My code" is replaced by a preset without a question (a copy stays kept).
    asked: list = []
    _answer(monkeypatch, "cancelButton", asked)
    assert tab.choose_preset(key) and asked == []
    # The autosave remembers "My code" across a restart.
    tab.shutdown()
    again = _tab(qtbot)
    assert len(again.files.document.kept) == 2 and not again.my_code_item.isHidden()
    assert again.my_code_item.childCount() == 2


# ---------------------------------------------------------------------- files
def test_save_as_then_save_writes_back(qtbot, monkeypatch, tmp_path):
    tab = _tab(qtbot)
    tab.editor.setPlainText("a = 1\n")
    target = tmp_path / "lab1"
    dialogs = []

    def fake_dialog(*args, **kwargs):
        dialogs.append(args)
        return str(target), "Python files (*.py)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_dialog))
    assert tab.save()  # no file yet: Save asks where
    saved = tmp_path / "lab1.py"
    assert saved.read_text(encoding="utf-8") == "a = 1\n" and len(dialogs) == 1
    assert tab.files.document.path == str(saved) and "lab1.py" in tab.preset_summary.text()
    tab.editor.setPlainText("a = 2\n")
    assert tab.save()  # came from a file: written back, no dialog
    assert saved.read_text(encoding="utf-8") == "a = 2\n" and len(dialogs) == 1
    assert any("Code saved to" in t for t in tab.output.texts())
    # Saved code is not "edited": a preset replaces it without asking.
    asked: list = []
    _answer(monkeypatch, "cancelButton", asked)
    assert tab.choose_preset(_other_preset()) and asked == []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    assert not tab.save_as()  # cancelled dialog: nothing happens


def test_save_to_an_unwritable_place_shows_a_message(qtbot, monkeypatch, tmp_path):
    tab = _tab(qtbot)
    (tmp_path / "a_file").write_text("")
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(tmp_path / "a_file" / "x.py"), "")))
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a: warnings.append(a)))
    assert not tab.save_as()
    assert warnings and "Could not write" in warnings[0][2]
    assert tab.files.document.path is None


def test_open_file_asks_first_and_rejects_non_text(qtbot, monkeypatch, tmp_path):
    tab = _tab(qtbot)
    source = tmp_path / "homework.py"
    source.write_text("y = 3\r\nprint(y)\r\n", encoding="utf-8")
    tab.editor.setPlainText("unsaved work")
    asked: list = []
    _answer(monkeypatch, "openBesideButton", asked)
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(source), "")))
    assert tab.open_file()
    assert asked == ["Replace your code with homework.py?"]
    assert tab.editor.toPlainText() == "y = 3\nprint(y)\n"
    assert tab.files.document.kept[0]["text"] == "unsaved work"
    binary = tmp_path / "model.py"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a: warnings.append(a)))
    assert not tab.open_file(str(binary))
    assert "not UTF-8 text" in warnings[0][2]
    assert tab.editor.toPlainText() == "y = 3\nprint(y)\n"


def test_a_late_autosave_never_replaces_a_newer_one(tmp_path):
    """Typing pauses write on a worker: an older snapshot finishing last must not win."""
    from gui.tabs.sandbox_document import AutosaveWriter

    target = tmp_path / "code.json"
    writer = AutosaveWriter()
    older = writer.snapshot(SandboxDocument(text="old"))
    newer = writer.snapshot(SandboxDocument(text="new"))
    assert writer.write(*newer, target)
    assert writer.write(*older, target)  # arrives late: nothing to do
    assert load_autosave(target).text == "new"


def test_typing_pause_autosaves_off_the_gui_thread(qtbot, monkeypatch):
    import threading

    from gui.tabs import sandbox_document

    tab = _tab(qtbot)
    threads = []
    real = sandbox_document.atomic_write_text
    monkeypatch.setattr(sandbox_document, "atomic_write_text",
                        lambda *a, **k: (threads.append(threading.current_thread()), real(*a, **k)))
    tab.editor.setPlainText("x = 1  # typed")
    qtbot.waitUntil(lambda: bool(threads), timeout=3000)
    assert threads[0] is not threading.main_thread()
    qtbot.waitUntil(lambda: load_autosave(autosave_path()) is not None, timeout=3000)
    assert load_autosave(autosave_path()).text == "x = 1  # typed"
