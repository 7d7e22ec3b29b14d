"""The main window: tabs in course order, language switch, settings, screenshots."""

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from gui import i18n
from gui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
TAB_ORDER = ["tensorTab", "notebookTab", "preprocessTab", "trainingTab", "classifierTab", "perceptronTab",
             "lossTab"]


@pytest.fixture
def window(qtbot):
    i18n.set_language("en")
    win = MainWindow()
    win._skip_close_prompt = True
    qtbot.addWidget(win)
    yield win
    i18n.set_language("en")


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
