"""The classifier tab, driven like a student would: drop, paste, toggle, browse the test set."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage
from PySide6.QtWidgets import QApplication

from engine.paths import resource_path
from gui import i18n
from gui.settings import set_dataset_folder
from gui.tabs.classifier_tab import ClassifierTab

SAMPLES = resource_path("samples")
EN = ('T-shirt/top', 'Trouser', 'Pullover', 'Dress', 'Coat', 'Sandal', 'Shirt', 'Sneaker',
      'Bag', 'Ankle boot')


@pytest.fixture
def tab(qtbot):
    i18n.set_language("en")
    widget = ClassifierTab()
    widget.retranslate_ui()
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.show()
    qtbot.waitUntil(lambda: widget.classifier is not None, timeout=60000)
    yield widget
    widget.shutdown()
    i18n.set_language("en")


def wait_idle(qtbot, tab, count: int | None = None, timeout: int = 60000) -> None:
    def done():
        ready = not tab.is_busy()
        return ready and (count is None or tab.results_view.count() == count)
    qtbot.waitUntil(done, timeout=timeout)


def drop(tab: ClassifierTab, paths: list[Path]) -> bool:
    """A real drag-enter + drop of file URLs onto the tab."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    pos = QPointF(tab.width() / 2, tab.height() / 2)
    enter = QDragEnterEvent(pos.toPoint(), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(tab, enter)
    if not enter.isAccepted():
        return False
    event = QDropEvent(pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(tab, event)
    return event.isAccepted()


def make_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "mine"
    (folder / "nested").mkdir(parents=True)
    shutil.copy(SAMPLES / "trouser_drawing.png", folder / "trouser.png")
    shutil.copy(SAMPLES / "sneaker_photo.jpg", folder / "nested" / "sneaker.jpg")
    (folder / "nested" / "empty.png").write_bytes(b"")
    (folder / "readme.txt").write_text("hello")
    data = (SAMPLES / "bag_photo.jpg").read_bytes()
    (folder / "nested" / "cut.jpg").write_bytes(data[: len(data) // 3])
    return folder


def texts(tab) -> dict[str, str]:
    return {Path(tab.results_view.item(r).toolTip().splitlines()[0]).name:
            tab.results_view.item(r).text() for r in range(tab.results_view.count())}


def test_model_combo_lists_defaults_with_accuracy(tab):
    combo = tab.model_combo
    assert combo.objectName() == "modelCombo" and combo.count() >= 1
    assert "softmax" in combo.itemText(0) and "%" in combo.itemText(0)
    assert "recorded test accuracy" in tab.model_status.text()
    assert not tab.train_button.isVisible()


def test_dropping_a_folder_classifies_every_file_or_says_why(qtbot, tab, tmp_path):
    folder = make_folder(tmp_path)
    assert drop(tab, [folder])
    wait_idle(qtbot, tab, count=5)
    shown = texts(tab)
    assert set(shown) == {"trouser.png", "sneaker.jpg", "empty.png", "readme.txt", "cut.jpg"}
    assert "Trouser" in shown["trouser.png"] and "%" in shown["trouser.png"]
    assert "Sneaker" in shown["sneaker.jpg"]
    assert "⚠" in shown["empty.png"] and "empty" in shown["empty.png"]
    assert "⚠ not a picture" in shown["readme.txt"]
    assert "⚠" in shown["cut.jpg"]
    assert "5 pictures, 3 unreadable" in tab.results_status.text()
    # Not-an-image drop: a plain text drag is refused, nothing changes.
    mime = QMimeData()
    mime.setText("just words")
    enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(tab, enter)
    assert not enter.isAccepted()


def test_selected_picture_shows_steps_input_and_topk(qtbot, tab):
    assert drop(tab, [SAMPLES / "sneaker_photo.jpg"])
    wait_idle(qtbot, tab, count=1)
    qtbot.waitUntil(lambda: len(tab.steps_view.steps()) == 5 and bool(tab.topk_bars.bars()),
                    timeout=30000)
    steps = tab.steps_view.steps()
    assert steps[0].ndim == 3 and steps[4].shape == (28, 28)
    assert all(not label.pixmap().isNull() for label in tab.steps_view.images)
    x = tab.input_view.input_array()
    assert x.shape == (28, 28) and x[0, 0] == 0 and x.max() >= 250   # light object on black
    bars = tab.topk_bars.bars()
    assert len(bars) == 5 and bars[0][0] == "Sneaker"
    assert [p for _, p in bars] == sorted((p for _, p in bars), reverse=True)
    assert "inverted" in tab.detail_label.text()

    # Untick invert: the white background goes to the model as is and the answer changes.
    tab.invert_check.setChecked(False)
    qtbot.waitUntil(lambda: tab.input_view.input_array() is not None
                    and tab.input_view.input_array()[0, 0] > 200, timeout=30000)
    wait_idle(qtbot, tab)
    assert "inversion off" in tab.detail_label.text()
    assert dict(tab.topk_bars.bars()).get("Sneaker", 0.0) < bars[0][1]
    tab.invert_check.setChecked(True)
    tab.crop_check.setChecked(False)
    qtbot.waitUntil(lambda: tab.detail.result() is not None
                    and tab.detail.result().pre is not None
                    and tab.detail.result().pre.bbox is None, timeout=30000)
    assert tab.steps_view.steps()[3].shape[0] == max(steps[1].shape)


def test_paste_picture_data_and_file_urls(qtbot, tab):
    image = QImage(str(SAMPLES / "trouser_drawing.png"))
    QApplication.clipboard().setImage(image)
    qtbot.mouseClick(tab.paste_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, tab, count=1)
    assert "Pasted picture 1" in tab.results_view.item(0).text()
    assert "Trouser" in tab.results_view.item(0).text()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(SAMPLES / "bag_photo.jpg"))])
    QApplication.clipboard().setMimeData(mime)
    tab.paste()
    wait_idle(qtbot, tab, count=2)
    assert "Bag" in tab.results_view.item(1).text()
    QApplication.clipboard().setText("nothing useful")
    tab.paste()
    assert "no picture" in tab.results_status.text()
    assert tab.results_view.count() == 2


def test_class_names_follow_the_language(qtbot, tab):
    assert drop(tab, [SAMPLES / "trouser_drawing.png"])
    wait_idle(qtbot, tab, count=1)
    qtbot.waitUntil(lambda: bool(tab.topk_bars.bars()), timeout=30000)
    i18n.set_language("zh")
    assert "裤子" in tab.results_view.item(0).text()
    assert tab.topk_bars.bars()[0][0] == "裤子"
    i18n.set_language("en")
    assert "Trouser" in tab.results_view.item(0).text()


def test_unsafe_and_wrong_checkpoints_are_refused_in_the_ui(qtbot, tab, tmp_path):
    import os

    import torch

    from engine.checkpoint import save_checkpoint

    marker = tmp_path / "pwned"

    class Evil:
        def __reduce__(self):
            return (os.system, (f"touch {marker}",))

    torch.save({"weights": Evil()}, tmp_path / "evil.pt")
    tab.add_model(str(tmp_path / "evil.pt"))
    qtbot.waitUntil(lambda: "cannot be used" in tab.model_status.text(), timeout=30000)
    assert "evil.pt" in tab.model_status.text() and not marker.exists()
    assert "unusable" in tab.model_combo.currentText()
    save_checkpoint(tmp_path / "line.pt", arch="linreg",
                    state_dict={"weight": torch.zeros(1, 2), "bias": torch.zeros(1)})
    tab.add_model(str(tmp_path / "line.pt"))
    qtbot.waitUntil(lambda: "not an image classifier" in tab.model_status.text(),
                    timeout=30000)
    # Back to the default: predictions work again.
    tab.model_combo.setCurrentIndex(0)
    qtbot.waitUntil(lambda: tab.classifier is not None, timeout=30000)


def test_test_set_browser_with_confusion_matrix(qtbot, tab, fashion_dir):
    set_dataset_folder(str(fashion_dir))
    tab.pages.setCurrentIndex(1)
    browser = tab.browser
    qtbot.waitUntil(lambda: browser.state() == "ready", timeout=120000)
    assert "Test accuracy 83" in browser.summary.text()
    assert len(browser.shown_indices()) == 10000
    assert browser.table.rowCount() == 10 and browser.table.item(1, 0).text() == "Trouser"
    assert browser.confusion.sum() == 10000
    # Click the (Shirt, T-shirt/top) cell: only those images remain.
    view = browser.confusion_view
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.cell_center(6, 0))
    shown = browser.shown_indices()
    assert len(shown) == browser.confusion[6, 0] > 0
    assert (browser.labels[shown] == 6).all() and (browser.preds[shown] == 0).all()
    model = browser.grid.model()
    first = model.data(model.index(0))
    assert first.splitlines() == ["Shirt", "T-shirt/top"]
    # Filter by class, then misclassified only.
    browser.clear_filters()
    browser.class_combo.setCurrentIndex(1 + 7)
    assert (browser.labels[browser.shown_indices()] == 7).all()
    browser.wrong_check.setChecked(True)
    wrong = browser.shown_indices()
    assert len(wrong) == browser.confusion[7].sum() - browser.confusion[7, 7]
    assert (browser.preds[wrong] != 7).all()
    # Enter on an image opens it on the pictures page, through the same steps.
    browser.grid.setFocus()
    browser.grid.setCurrentIndex(model.index(0))
    qtbot.keyClick(browser.grid, Qt.Key.Key_Return)
    wait_idle(qtbot, tab, count=1)
    assert tab.pages.currentIndex() == 0
    assert f"Test image #{wrong[0]} (Sneaker)" in tab.results_view.item(0).text()


def test_missing_dataset_says_where_it_looked(qtbot, tab, tmp_path):
    set_dataset_folder(str(tmp_path))
    tab.pages.setCurrentIndex(1)
    qtbot.waitUntil(lambda: tab.browser.state() == "missing", timeout=60000)
    text = tab.browser.message.text()
    assert str(tmp_path) in text and "dataset-fashion-mnist" in text
    # The pictures page still works.
    tab.pages.setCurrentIndex(0)
    assert drop(tab, [SAMPLES / "bag_photo.jpg"])
    wait_idle(qtbot, tab, count=1)
    assert "Bag" in tab.results_view.item(0).text()


def test_export_writes_a_csv(qtbot, tab, tmp_path):
    assert drop(tab, [SAMPLES / "trouser_drawing.png", tmp_path / "missing.png"])
    wait_idle(qtbot, tab, count=2)
    out = tmp_path / "out.csv"
    tab.write_csv(str(out))
    lines = out.read_text().splitlines()
    assert lines[0] == "path,label,class_index,probability,error"
    assert lines[1].startswith(str(SAMPLES / "trouser_drawing.png") + ",Trouser,1,")
    assert lines[2].endswith("file not found")


def test_prepare_screenshot_shows_a_classified_sample(qtbot, tab):
    tab.prepare_screenshot()
    assert tab.results_view.count() == len(list(SAMPLES.iterdir()))
    assert len(tab.steps_view.steps()) == 5 and tab.topk_bars.bars()
    assert np.asarray(tab.input_view.input_array()).shape == (28, 28)


def test_without_any_model_or_dataset_the_tab_says_so_and_keeps_working(qtbot, tmp_path,
                                                                        monkeypatch):
    import engine.classify

    monkeypatch.setattr(engine.classify, "bundled_models_dir", lambda: tmp_path / "none")
    set_dataset_folder(str(tmp_path))          # no Fashion-MNIST there
    i18n.set_language("en")
    widget = ClassifierTab()
    widget.retranslate_ui()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: "could not be trained" in widget.model_status.text(), timeout=60000)
    assert str(tmp_path) in widget.model_status.text()
    assert widget.train_button.isVisible() and widget.model_combo.count() == 0
    assert drop(widget, [SAMPLES / "bag_photo.jpg"])
    wait_idle(qtbot, widget, count=1)
    assert "waiting for the model" in widget.results_view.item(0).text()
    qtbot.waitUntil(lambda: len(widget.steps_view.steps()) == 5, timeout=30000)
    assert not widget.topk_bars.bars()
    widget.shutdown()
