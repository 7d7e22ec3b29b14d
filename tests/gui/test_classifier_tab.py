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
from gui.widgets import test_set_browser

ROOT = Path(__file__).resolve().parents[2]
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


def test_screenshot_scene_shows_a_classified_sample(qtbot, tab):
    from tools.screenshots import classifier_scene

    classifier_scene(tab)
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


# --------------------------------------------------------------------------- language, layout


@pytest.fixture
def chinese(ui_language):
    """``chinese("zh")`` / ``chinese("en")``: switch the UI language."""
    return ui_language


def fake_run(n: int = 12):
    """A few test images and a model's answers, as the test-set job delivers them."""
    from engine.classify import TestSetResult, confusion_matrix

    images = np.zeros((n, 28, 28), np.uint8)
    images[:, 6:22, 8:20] = 220
    labels = np.arange(n, dtype=np.int64) % 10
    preds = (labels + (np.arange(n) % 3 == 0)) % 10
    probs = np.full((n, 10), 0.1, np.float32)
    return images, TestSetResult(labels, preds, probs, confusion_matrix(labels, preds))


def fake_test_set(browser, n: int = 12) -> None:
    """Show :func:`fake_run` in a browser."""
    from engine.data import CLASS_NAMES_EN

    images, result = fake_run(n)
    browser.set_class_names(CLASS_NAMES_EN)
    browser.set_results(images, result.labels, result.preds, result.probs, result.confusion)


def test_image_errors_show_in_the_ui_language(qtbot, tab, tmp_path, chinese):
    (tmp_path / "empty.png").write_bytes(b"")
    (tmp_path / "notes.txt").write_text("not a picture")
    chinese("zh")
    assert drop(tab, [tmp_path / "empty.png", tmp_path / "notes.txt"])
    wait_idle(qtbot, tab, count=2)
    shown = texts(tab)
    assert "⚠ 文件是空的（0 字节）" in shown["empty.png"]
    assert "⚠ 不是图片" in shown["notes.txt"]
    qtbot.waitUntil(lambda: "文件是空的" in tab.detail_label.text(), timeout=30000)
    chinese("en")           # and back: the same entries in English
    assert "⚠ the file is empty (0 bytes)" in texts(tab)["empty.png"]
    assert "the file is empty" in tab.detail_label.text()


def test_a_test_image_is_renamed_on_a_language_switch(qtbot, tab, chinese):
    from engine.data import CLASS_NAMES_ZH

    fake_test_set(tab.browser)
    tab.open_test_image(6)
    wait_idle(qtbot, tab, count=1)
    qtbot.waitUntil(lambda: "Test image #6 (Shirt)" in tab.detail_label.text(), timeout=30000)
    assert tab.results_view.item(0).text().startswith("Test image #6 (Shirt)")
    chinese("zh")
    name = f"测试图片 #6（{CLASS_NAMES_ZH[6]}）"
    assert tab.results_view.item(0).text().startswith(name)
    assert tab.detail_label.text().startswith(name)
    assert "Test image" not in tab.detail_label.text() + tab.results_view.item(0).toolTip()


def test_double_clicking_a_test_image_selects_it(qtbot, tab, monkeypatch, torch_inline):
    from engine import torch_jobs

    monkeypatch.setattr(torch_jobs, "test_set", lambda classifier, folder: ("ok", fake_run()))
    assert drop(tab, [SAMPLES / "bag_photo.jpg"])
    wait_idle(qtbot, tab, count=1)
    assert tab.results_view.currentRow() == 0
    tab.pages.setCurrentIndex(1)
    browser = tab.browser
    qtbot.waitUntil(lambda: browser.state() == "ready" and browser.grid.isVisible(),
                    timeout=10000)
    # Activate image #3 (a double-click or Enter: the view's "activated"; offscreen only the
    # key arrives reliably).
    grid = browser.grid
    grid.setFocus()
    grid.setCurrentIndex(browser.model.index(3))
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    wait_idle(qtbot, tab, count=2)
    assert tab.pages.currentIndex() == 0
    assert tab.results_view.currentRow() == 1
    assert tab.results_view.currentItem().text().startswith("Test image #3 (Dress)")
    qtbot.waitUntil(lambda: "Test image #3" in tab.detail_label.text(), timeout=30000)


def test_the_picture_size_is_the_original_one(qtbot, tab, tmp_path):
    from PIL import Image

    photo = np.full((480, 640, 3), 235, np.uint8)
    photo[100:380, 200:440] = 40
    Image.fromarray(photo).save(tmp_path / "photo.jpg", quality=90)
    assert drop(tab, [tmp_path / "photo.jpg"])
    wait_idle(qtbot, tab, count=1)
    qtbot.waitUntil(lambda: "pixels" in tab.detail_label.text(), timeout=30000)
    assert "640 × 480 pixels" in tab.detail_label.text()


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_test_grid_shows_label_and_prediction_whole(qtbot, lang, chinese):
    from engine.data import CLASS_NAMES_EN, CLASS_NAMES_ZH

    chinese(lang)
    browser = test_set_browser.TestSetBrowser()
    qtbot.addWidget(browser)
    browser.resize(700, 560)
    fake_test_set(browser, 40)
    browser.set_class_names(CLASS_NAMES_ZH if lang == "zh" else CLASS_NAMES_EN)
    browser.show()
    qtbot.waitExposed(browser)
    grid, model = browser.grid, browser.model
    metrics = grid.fontMetrics()
    for row in range(model.rowCount()):
        index = model.index(row)
        width = grid.visualRect(index).width()
        for line in model.data(index).splitlines():
            assert metrics.horizontalAdvance(line) <= width - 4, (line, width)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_tab_fits_a_1024_by_700_window(qtbot, lang, chinese):
    chinese(lang)
    widget = ClassifierTab()
    widget.retranslate_ui()
    qtbot.addWidget(widget)
    widget.train_button.setVisible(True)       # the widest state: no default model yet
    widget.train_mlp_button.setVisible(True)
    hint = widget.minimumSizeHint()
    assert hint.width() <= 1000 and hint.height() <= 620, hint
    widget.shutdown()


# --------------------------------------------------------------------------- the Qt-free model
def test_picture_results_keep_order_numbering_and_answers():
    from gui.tabs.classifier_model import Entry, PictureResults, top_k

    results = PictureResults()
    first, second = results.pasted(b"a"), results.pasted(b"b")
    assert (first.key, first.number, second.number) == ("clipboard:1", 1, 2)
    test = results.test_image(b"c", 344, 6)
    assert test.origin == "test" and test.number == 344 and test.true_class == 6
    probs = np.eye(10, dtype=np.float32)[3]
    new = results.add([first.entry(), Entry("/p/b.png", "/p/b.png", input=np.zeros((28, 28)))])
    assert [e.key for e in new] == ["clipboard:1", "/p/b.png"]
    results.classifier = object()
    assert results.needs_answers()               # b.png is preprocessed but has no answer
    results.set_probabilities(["/p/b.png"], [probs])
    assert not results.needs_answers() and results.entries["/p/b.png"].top() == (3, 1.0)
    # A rerun replaces by key: nothing new, the order stays.
    assert results.add([Entry("/p/b.png", "/p/b.png", error="file not found")]) == []
    assert list(results.entries) == ["clipboard:1", "/p/b.png"]
    assert results.counts() == (2, 1)
    assert [(s.key, s.origin) for s in results.sources()] == [("clipboard:1", "pasted"),
                                                             ("/p/b.png", "file")]
    results.invert = False
    assert results.invert_option() is False
    assert top_k(np.array([0.1, 0.6, 0.3]), 2) == [(1, 0.6), (2, 0.3)]


def test_picture_results_write_csv_rows_in_list_order():
    from gui.tabs.classifier_model import Entry, PictureResults

    results = PictureResults()
    results.add([Entry("a.png", "a.png", probs=np.eye(10, dtype=np.float32)[1]),
                 Entry("b.png", "b.png", error="file not found")])
    lines = results.csv_text(["b.png", "a.png"], EN).splitlines()
    assert lines == ["path,label,class_index,probability,error", "b.png,,,,file not found",
                     "a.png,Trouser,1,1.000000,"]


def test_model_choice_keeps_the_current_model_and_trains_once():
    from types import SimpleNamespace

    from gui.tabs.classifier_model import ModelChoice

    choice = ModelChoice(models=[SimpleNamespace(path="/m/a.pt"), SimpleNamespace(path="/m/b.pt")],
                         preferred="/m/b.pt")
    assert choice.index_to_choose("/m/a.pt") == 0       # the current one stays
    assert choice.index_to_choose(None) == 1            # else the preferred one
    assert ModelChoice().index_to_choose(None) == -1
    choice.have_default["softmax"] = False
    assert choice.should_train_softmax()
    choice.train_error = "no data"
    assert not choice.should_train_softmax()             # not again after a failure


def test_a_dropped_picture_is_decoded_once(qtbot, tab, monkeypatch):
    """The batch keeps the steps of the picture it selects: no second decode for the detail."""
    import gui.tabs.classifier_tab as module

    calls = []
    real = module.job_detail
    monkeypatch.setattr(module, "job_detail", lambda *a: calls.append(a[0]) or real(*a))
    assert drop(tab, [SAMPLES / "sneaker_photo.jpg"])
    wait_idle(qtbot, tab, count=1)
    qtbot.waitUntil(lambda: bool(tab.topk_bars.bars()), timeout=30000)
    assert len(tab.steps_view.steps()) == 5 and tab.topk_bars.bars()[0][0] == "Sneaker"
    assert calls == []
    assert all(entry.fresh is None for entry in tab.results())   # nothing big kept


def test_the_confusion_plot_is_made_when_the_test_set_page_first_shows(qtbot, tab):
    from gui.widgets.confusion_view import ConfusionView

    assert drop(tab, [SAMPLES / "trouser_drawing.png"])
    wait_idle(qtbot, tab, count=1)
    assert not tab.findChildren(ConfusionView)      # nothing costly while pictures come in
    tab.pages.setCurrentIndex(1)
    qtbot.waitUntil(lambda: len(tab.findChildren(ConfusionView)) == 1, timeout=5000)
    assert tab.browser.isVisible()


def test_an_unreadable_picture_keeps_the_rows_tall(qtbot, tab, tmp_path):
    from gui.tabs.classifier_jobs import THUMB

    assert drop(tab, [SAMPLES / "bag_photo.jpg"])
    wait_idle(qtbot, tab, count=1)
    view = tab.results_view
    height = view.visualItemRect(view.item(0)).height()
    assert height >= THUMB
    assert drop(tab, [tmp_path / "missing.png"])
    wait_idle(qtbot, tab, count=2)
    assert [view.visualItemRect(view.item(r)).height() for r in range(2)] == [height, height]


def test_a_test_set_run_of_the_previous_model_never_reports(qtbot, tab, monkeypatch,
                                                           torch_inline):
    import threading

    from engine import torch_jobs
    from engine.classify import Classifier, default_model_path

    release, runs = threading.Event(), []

    def fake_run(classifier, folder):
        runs.append(classifier)
        if len(runs) == 1:
            release.wait(10)
        return "error", f"run {len(runs)}"

    monkeypatch.setattr(torch_jobs, "test_set", fake_run)
    tab.pages.setCurrentIndex(1)
    qtbot.waitUntil(lambda: len(runs) == 1, timeout=5000)
    tab.pages.setCurrentIndex(0)
    tab.picker.use_classifier(Classifier.load(default_model_path("softmax")))  # another model
    release.set()
    qtbot.wait(300)
    assert "run 1" not in tab.browser.message.text()
    tab.pages.setCurrentIndex(1)
    qtbot.waitUntil(lambda: tab.browser.message.text() == "run 2", timeout=5000)
    # the torch process got a copy of the model in use now
    assert len(runs) == 2 and runs[1].path == tab.classifier.path


def test_image_messages_have_translatable_copies(qtbot):
    """Every engine.images message has a tr() copy with the same English and placeholders."""
    from engine.images import IMAGE_MESSAGES, image_error
    from gui.widgets.engine_messages import EngineMessages

    messages = EngineMessages()
    assert messages.image_templates() == IMAGE_MESSAGES
    error = image_error("too_large", width=40000, height=2, limit=179, max_side=30000)
    assert messages.text(error) == str(error)
