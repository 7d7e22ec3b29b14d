"""The first seconds: tabs are built when first shown, in slices, with their heavy modules
imported off the GUI thread, so the window answers from the moment it appears."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import uuid
from pathlib import Path

import pytest

from gui import worker
from gui.main_window import MainWindow, PendingTab
from gui.tabs.classifier_tab import ClassifierTab
from gui.tabs.loss_tab import LossTab
from gui.tabs.perceptron_tab import PerceptronTab

ROOT = Path(__file__).resolve().parents[2]




def index_of(window: MainWindow, name: str) -> int:
    return next(i for i in range(window.tabs.count())
                if window.tabs.widget(i).objectName() == name)


def test_only_the_tab_on_screen_is_built(qtbot, window):
    current = window.tabs.currentWidget()
    assert not isinstance(current, PendingTab)
    others = [window.tabs.widget(i) for i in range(window.tabs.count())
              if window.tabs.widget(i) is not current]
    assert others and all(isinstance(w, PendingTab) for w in others)
    window.show()
    qtbot.wait(800)  # start-up work runs meanwhile; it builds no tab
    assert all(isinstance(window.tabs.widget(i), PendingTab)
               for i in range(window.tabs.count()) if window.tabs.widget(i) is not current)


def test_showing_a_tab_builds_it(qtbot, window):
    window.show()
    qtbot.waitUntil(lambda: window._painted, timeout=10000)
    index = index_of(window, "lossTab")
    window.tabs.setCurrentIndex(index)  # what a click on its title does
    page = window.tabs.widget(index)
    # The click returns at once: a placeholder while the modules load, or a tab still building.
    assert isinstance(page, PendingTab) or not page.is_built()
    qtbot.waitUntil(lambda: not isinstance(window.tabs.widget(index), PendingTab), timeout=30000)
    tab = window.tabs.widget(index)
    assert window.tabs.currentWidget() is tab and isinstance(tab, LossTab)
    qtbot.waitUntil(tab.is_built, timeout=30000)
    assert tab.animate_button.isEnabled()
    qtbot.waitUntil(lambda: tab._loss_drawn, timeout=5000)
    assert len(tab.loss_curve.getData()[0]) > 100
    assert window.tabs.tabText(index) == "Losses"


def test_a_staged_tab_builds_over_several_event_loop_turns(qtbot):
    tab = LossTab(staged=True)
    qtbot.addWidget(tab)
    tab.retranslate_ui()
    assert not tab.is_built() and not hasattr(tab, "loss_plot")
    assert not tab.animate_button.isEnabled()  # nothing to descend yet
    tab.resize(1280, 800)
    tab.show()
    qtbot.waitUntil(tab.is_built, timeout=10000)
    assert tab.animate_button.isEnabled()
    for name in ("loss_plot", "race_plot", "gd1d_plot", "gd2d_plot", "sgd_plot",
                 "sgd_loss_plot"):
        assert getattr(tab, name).isVisible(), name
    assert len(tab.sgd_loss_curve.getData()[0]) > 10
    assert tab.loss_plot.getPlotItem().titleLabel.text  # its texts came with it
    tab.shutdown()


@pytest.mark.parametrize("cls", [LossTab, PerceptronTab, ClassifierTab])
def test_finish_building_completes_a_staged_tab_at_once(qtbot, cls):
    tab = cls(staged=True)
    qtbot.addWidget(tab)
    assert not tab.is_built()
    tab.finish_building()
    assert tab.is_built()
    tab.retranslate_ui()
    tab.shutdown()


def test_window_tab_is_completely_built(window):
    tab = window.tab("perceptronTab")
    assert tab.is_built() and tab.boundary_plot is not None and tab.perceptron is not None
    assert window.tab("perceptronTab") is tab


def test_when_imported_calls_back_on_the_gui_thread(qtbot):
    seen = []
    worker.when_imported(["json", "no_such_module_divelab"],
                         lambda: seen.append(threading.current_thread() is threading.main_thread()))
    qtbot.waitUntil(lambda: bool(seen), timeout=10000)
    assert seen == [True]  # a module that fails to import still lets the caller go on


def test_preloads_wait_while_a_tab_is_built(qtbot):
    from PySide6.QtWidgets import QWidget

    name = "tabnanny"  # in the standard library, and nothing here imports it
    assert name not in sys.modules
    owner = QWidget()
    qtbot.addWidget(owner)
    release = []

    def steps():
        while not release:
            yield

    build = worker.StagedBuild(steps(), owner)
    build.start()
    worker.preload([name])
    qtbot.wait(1200)
    assert name not in sys.modules
    release.append(True)
    qtbot.waitUntil(lambda: build.done, timeout=5000)
    qtbot.waitUntil(lambda: worker.is_imported(name), timeout=10000)


def run_script(code: str) -> dict:
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True, timeout=300,
                            env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


WATCH_IMPORTS = """
import json, sys, threading, time
class Watch:
    seen = {}
    def find_spec(self, name, path=None, target=None):
        if name in ("pyqtgraph", "torch", "pandas") and name not in self.seen:
            self.seen[name] = threading.current_thread().name
        return None
sys.meta_path.insert(0, Watch())
import os, tempfile
from PySide6.QtCore import QEvent, QEventLoop, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication
QSettings.setDefaultFormat(QSettings.Format.IniFormat)  # a fresh user: no last tab saved
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
app = QApplication([])
def wait(ms, until=lambda: False):
    end = time.perf_counter() + ms / 1000
    while time.perf_counter() < end and not until():
        loop = QEventLoop(); QTimer.singleShot(10, loop.quit); loop.exec()
"""


def test_window_paints_before_pyqtgraph_and_never_imports_torch():
    """pyqtgraph and pandas come in off the GUI thread; torch never comes into the window's
    process at all, not even for a training run (it runs in the torch process)."""
    code = WATCH_IMPORTS + """
from gui import i18n
from gui.main_window import MainWindow
i18n.set_language("en")
w = MainWindow(); w._skip_close_prompt = True
state = {}
class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and "paint" not in state:
            state["paint"] = sorted(m for m in ("pyqtgraph", "torch", "pandas") if m in sys.modules)
        return False
f = FirstPaint(); w.installEventFilter(f)
w.show()
wait(5000, lambda: "paint" in state)
wait(300)
for name in ("lossTab", "preprocessTab", "perceptronTab", "classifierTab", "trainingTab"):
    index = [w.tabs.widget(i).objectName() for i in range(w.tabs.count())].index(name)
    w.tabs.setCurrentIndex(index)
    wait(60000, lambda: getattr(w.tabs.widget(index), "is_built", lambda: False)()
         and w.tabs.widget(index).objectName() == name
         and type(w.tabs.widget(index)).__name__ != "PendingTab")
state["built"] = [type(w.tabs.widget(i)).__name__ for i in range(w.tabs.count())]
training = w.tab("trainingTab")
training.task_combo.setCurrentIndex(training.task_combo.findData("linreg"))
training.epochs_spin.setValue(1)
training.start_button.click()
wait(120000, lambda: not training.running)
state["run"] = [r.status for r in training.runs.values()]
wait(60000, lambda: w.environment_known())
state["device"] = w.device_label.text()
tab = w.tab("preprocessTab")
import tempfile
tab.open_example_in(tempfile.mkdtemp())
wait(60000, lambda: tab.pipeline is not None)
state["imported_by"] = Watch.seen
w.close()
from gui import worker
worker.stop_all(30000)
print(json.dumps(state))
"""
    state = run_script(code)
    assert state["paint"] == []  # the first paint needs none of them
    assert {"LossTab", "PreprocessTab", "PerceptronTab", "ClassifierTab",
            "TrainingTab"} <= set(state["built"])
    assert state["run"] == ["completed"]
    # answered by the torch process
    assert state["device"].startswith("Device: ") and "detecting" not in state["device"]
    assert state["imported_by"].get("pyqtgraph") not in (None, "MainThread"), state
    assert state["imported_by"].get("pandas") not in (None, "MainThread"), state
    assert "torch" not in state["imported_by"], state


def test_opening_the_first_table_loads_pandas_off_the_gui_thread():
    code = WATCH_IMPORTS + """
import tempfile
from gui import i18n
from gui.tabs.preprocess_tab import PreprocessTab
i18n.set_language("en")
tab = PreprocessTab(); tab.retranslate_ui(); tab.show()
tab.open_example_in(tempfile.mkdtemp())
state = {"loading": tab.is_loading(), "message": tab.message()}
wait(60000, lambda: tab.pipeline is not None)
state["rows"] = tab.pipeline.current.frame().shape[0] if tab.pipeline is not None else None
state["imported_by"] = Watch.seen.get("pandas")
tab.shutdown()
print(json.dumps(state))
"""
    state = run_script(code)
    assert state["loading"] and "pandas" in state["message"]
    assert state["rows"] == 4
    assert state["imported_by"] not in (None, "MainThread")


def test_a_closed_window_does_not_stop_the_next_ones_preloads(qtbot, tmp_path, monkeypatch):
    # A module of the test's own, so nothing else in the run can have imported it already.
    name = f"divelab_preload_probe_{uuid.uuid4().hex}"
    (tmp_path / f"{name}.py").write_text("LOADED = True\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    assert name not in sys.modules
    worker.stop_all(timeout_ms=1000, wait_for_imports=False)  # what closing a window does
    worker.preload([name])
    qtbot.waitUntil(lambda: worker.is_imported(name), timeout=15000)


PAINT_A_PLOT = """
import json, os, sys
import gui
if "--with-pool" in sys.argv:
    os.environ.pop("QT_NO_GUI_THREADPOOL")  # as Qt would paint without DiveLab's setting
from PySide6.QtWidgets import QApplication
app = QApplication([])
from gui.widgets.metric_plots import make_plot
def threads():
    return len(os.listdir("/proc/self/task"))
plot = make_plot("lossPlot")
plot.plot([0, 1, 2, 3], [80, 10, 2, 1], name="#1")
plot.resize(560, 420)
before = threads()
plot.show()
app.processEvents()
for step in range(5):
    plot.getPlotItem().setXRange(0, 4 + step, padding=0)
    app.processEvents()
print(json.dumps({"before": before, "after": threads(), "painted": plot.paint_seconds > 0,
                  "pool": os.environ.get("QT_NO_GUI_THREADPOOL") is None}))
"""


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="counts threads in /proc")
@pytest.mark.parametrize("with_pool", [False, True])
def test_plots_paint_on_the_gui_thread_alone(with_pool):
    """Qt would hand a plot's grid lines to paint threads and wait for them (3× slower on 2
    cores); the window paints them itself. The control run shows Qt's pool does start threads."""
    code = PAINT_A_PLOT.replace("sys.argv", "[" + ('"--with-pool"' if with_pool else "") + "]")
    state = run_script(code)
    assert state["pool"] is with_pool and state["painted"]
    if with_pool:
        assert state["after"] > state["before"]
    else:
        assert state["after"] == state["before"]


IMPORT_AFTER_PYSIDE = """
import json, linecache, sys
import PySide6.QtCore
from gui import pyside_imports
if "--install" in sys.argv:
    pyside_imports.install()
from gui.theme import apply_theme  # noqa: F401 - PySide6 notes the module "from" names
from xml.dom.minidom import parseString  # noqa: F401
import shibokensupport.feature as feature
flags = feature.pyside_feature_dict
print(json.dumps({"theme": flags.get("gui.theme"), "minidom": flags.get("xml.dom.minidom"),
                  "sources_kept": any(f.endswith("minidom.py") for f in linecache.cache)}))
"""


@pytest.mark.parametrize("install", [True, False])
def test_imports_after_pyside_do_not_decode_every_source(install):
    """PySide6 still learns which modules use it (gui.theme does, minidom does not), but from
    the file's bytes: the sources are not decoded into linecache (16 MB for the preloads)."""
    code = IMPORT_AFTER_PYSIDE.replace("sys.argv", "[" + ('"--install"' if install else "") + "]")
    state = run_script(code)
    assert (state["theme"], state["minidom"]) == (0, -1)
    assert state["sources_kept"] is (not install)


def test_the_window_installs_the_cheaper_check(window):
    import shibokensupport.feature as feature

    from gui import pyside_imports

    assert feature._mod_uses_pyside is pyside_imports.source_mentions_pyside
