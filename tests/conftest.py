"""Test-wide setup: offscreen Qt, a private data home and private settings for every test."""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


@pytest.fixture(autouse=True)
def _collect_on_the_test_thread():
    """Garbage from a test (widgets in reference cycles) is collected here, on the GUI thread.

    Left to the automatic collector it may be collected on a later test's worker thread, and a
    Qt widget destroyed there deadlocks PySide (the app does the same with gui.gc_guard).
    """
    gc.disable()
    yield
    gc.collect()


@pytest.fixture(autouse=True)
def _private_home(tmp_path_factory, monkeypatch):
    """Each test gets its own DIVELAB_HOME (cache, logs, autosave) and QSettings file."""
    home = tmp_path_factory.mktemp("divelab_home")
    monkeypatch.setenv("DIVELAB_HOME", str(home))
    if "PySide6.QtCore" in sys.modules or _wants_qt():
        from PySide6.QtCore import QSettings

        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(home / "settings"))
    yield home


def _wants_qt() -> bool:
    return True


def fashion_mnist_dir() -> Path | None:
    """The real Fashion-MNIST files when this machine has them (CI does)."""
    for candidate in (os.environ.get("D2L_DATA"), ROOT / "data", "/usr/share/datasets/fashion-mnist"):
        if candidate and (Path(candidate) / "t10k-labels-idx1-ubyte.gz").exists():
            return Path(candidate)
    return None


@pytest.fixture
def fashion_dir() -> Path:
    found = fashion_mnist_dir()
    if found is None:
        pytest.skip("Fashion-MNIST is not installed here (make test installs it where apt works)")
    return found


@pytest.fixture(autouse=True, scope="session")
def _join_worker_threads():
    """Let background jobs (e.g. the window's torch/dataset probe) end before Qt is torn down."""
    yield
    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QThreadPool

        QThreadPool.globalInstance().waitForDone(60000)


@pytest.fixture
def training_tab(qtbot):
    """The training tab on screen in English; its runs are stopped afterwards."""
    from gui import i18n
    from gui import worker as jobs
    from gui.tabs.training_tab import TrainingTab

    i18n.set_language("en")
    widget = TrainingTab()
    widget.retranslate_ui()
    widget.resize(1280, 760)
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    widget.shutdown()
    jobs.stop_all()


@pytest.fixture
def ui_language(qapp):
    """``ui_language("zh")`` switches the UI as View ▸ Language does (the shipped catalogues,
    LanguageChange delivered at once); the test ends in English."""
    from PySide6.QtCore import QCoreApplication, QEvent

    from gui import i18n

    def switch(lang: str) -> None:
        i18n.set_language(lang)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)

    yield switch
    switch("en")


@pytest.fixture
def window(qtbot):
    """The main window in English, closing without asking."""
    from gui import i18n
    from gui.main_window import MainWindow

    i18n.set_language("en")
    win = MainWindow()
    win._skip_close_prompt = True
    qtbot.addWidget(win)
    yield win
    i18n.set_language("en")


@pytest.fixture
def torch_inline():
    """The app's torch process served from a thread of the test's own process, so a test can
    patch a job (``monkeypatch.setattr(engine.torch_jobs, "test_set", fake)``)."""
    from engine.torch_process import TorchProcess, set_shared

    inline = TorchProcess(inline=True)
    before = set_shared(inline)
    yield inline
    set_shared(before)
    inline.close()


@pytest.fixture
def house(tmp_path):
    """The course's house_tiny.csv as a fresh preprocessing pipeline."""
    from engine.pipeline import Pipeline
    from engine.tabular import open_table, write_house_tiny

    frame, source = open_table(write_house_tiny(tmp_path))
    return Pipeline(frame, source)
