"""The main window: tabs in course order, language switch, settings, screenshots."""

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from gui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
TAB_ORDER = ["tensorTab", "notebookTab", "preprocessTab", "trainingTab", "classifierTab", "perceptronTab",
             "lossTab"]




def test_tabs_are_in_course_order(window):
    names = [window.tabs.widget(i).objectName() for i in range(window.tabs.count())]
    assert names == TAB_ORDER
    assert window.tabs.objectName() == "mainTabs"


def test_language_switch_changes_visible_texts(window):
    english = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert english[0] == "Tensors"
    window.set_language("zh")
    chinese = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert chinese[:4] == ["数据操作", "笔记本", "数据预处理", "训练"]
    assert window.file_menu.title() == "文件(&F)"
    window.set_language("en")
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == english


def test_last_tab_and_language_persist_across_restart(qtbot, window):
    window.show_tab("perceptronTab")
    window.set_language("zh")
    window.close()
    again = MainWindow()
    qtbot.addWidget(again)
    assert again.tabs.currentWidget().objectName() == "perceptronTab"
    from gui.settings import settings

    assert settings().value("ui/language") == "zh"


def test_status_bar_reports_device_after_probe(qtbot, window):
    qtbot.waitUntil(lambda: "CPU" in window.device_label.text() or "CUDA" in window.device_label.text(),
                    timeout=60000)


def test_screenshot_writes_one_nonblank_png_per_tab(tmp_path):
    out = tmp_path / "shots"
    result = subprocess.run([sys.executable, "main.py", "--lang", "en", "--screenshot", str(out)],
                            cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    for name in TAB_ORDER:
        image = QImage(str(out / f"{name}.png"))
        assert (image.width(), image.height()) == (1280, 800)
        colors = {image.pixel(x, y) for x in range(0, 1280, 37) for y in range(0, 800, 23)}
        assert len(colors) > 3, f"{name}.png looks blank"


def test_window_appears_before_torch_is_imported():
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from gui.main_window import MainWindow\n"
        "w = MainWindow(); w.show()\n"
        "print('torch' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                            timeout=120)
    assert result.stdout.strip().splitlines()[-1] == "False", result.stdout + result.stderr


def test_choose_lab_folder_sets_where_code_runs(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from gui.settings import lab_folder

    lab = tmp_path / "my lab"
    lab.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(lab))
    window.choose_lab_action.trigger()
    assert lab_folder() == str(lab)
    assert (lab / "notebooks").is_dir() and (lab / "data").is_dir()
    assert str(lab / "notebooks") in window.statusBar().currentMessage()
    sandbox = window.show_tab("tensorTab")
    monkeypatch.setattr(sandbox.kernel, "restart", lambda: None)
    sandbox.restart_kernel()
    assert sandbox.kernel.client.lab_dir == str(lab)

    # The app's own folder is refused with a message; the choice stays as it was.
    from engine.paths import project_root

    warned = []
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        lambda *a, **k: str(project_root() / "resources"))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    window.choose_lab_action.trigger()
    assert warned and "DiveLab" in warned[0]
    assert lab_folder() == str(lab)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_window_and_its_tabs_fit_a_1024_by_700_screen(qtbot, window, lang):
    window.set_language(lang)
    window._on_environment(("CUDA: NVIDIA H200 141 GB (compute capability 9.0), torch 2.14.1",
                            (False, "\n".join(f"/a/rather/long/folder/number/{i}/fashion-mnist"
                                              for i in range(6)))))
    notebooks = window.show_tab("notebookTab")
    notebooks.new_notebook()
    for name in TAB_ORDER:  # every tab built, so the window's hint covers them all
        tab = window.show_tab(name)
        assert tab.minimumSizeHint().width() <= 1000, (lang, name)
        assert tab.minimumSizeHint().height() <= 620, (lang, name)
    hint = window.minimumSizeHint()
    assert hint.width() <= 1000 and hint.height() <= 700, (lang, hint)
    window.resize(1024, 700)
    window.show()
    qtbot.waitUntil(lambda: window.width() == 1024)
    assert window.tab("tensorTab").width() <= 1024


def test_window_title_names_the_application_once(window):
    """Qt appends " — DiveLab" (the display name) to a title that does not end with it."""
    for lang in ("en", "zh"):
        window.set_language(lang)
        for name in ("tensorTab", "notebookTab"):
            window.show_tab(name)
            title = window.windowTitle()
            assert title.count("DiveLab") == 1 and title.endswith(" — DiveLab"), title
    window.tab("notebookTab").new_notebook()
    assert window.windowTitle() == "未命名.ipynb[*] — DiveLab"


def test_quit_question_lists_what_is_not_saved(qtbot, window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _parent, title, text, *_a: asked.append(text)
                        or QMessageBox.StandardButton.No)
    for name in ("preprocessTab", "lossTab"):
        monkeypatch.setattr(window._tab_widgets[name], "has_unsaved_changes", lambda: True)
    window._skip_close_prompt = False
    window.show()
    window.close()
    assert window.isVisible(), "No keeps the window open"
    assert len(asked) == 1
    assert "• Preprocessing" in asked[0] and "• Losses" in asked[0]
    assert "Training" not in asked[0]
    window.set_language("zh")
    assert window.unsaved_work() == ["数据预处理", "损失函数"]
    window._skip_close_prompt = True
