"""Pictures of every tab for the README: ``python main.py --screenshot DIR [--lang] [--theme]``.

Each tab is put in a state that shows what it teaches, through the same public methods a
student's clicks reach, then the window is grabbed at 1280×800. The run uses a scratch home
(``DIVELAB_HOME`` and the settings file), so a student's code, tables, autosaves and window
layout are never touched, and the pictures never show them.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

SIZE = (1280, 800)


def use_scratch_home() -> Path:
    """Point DiveLab's data folder and settings at a new temporary folder (before the app starts)."""
    from PySide6.QtCore import QSettings

    home = Path(tempfile.mkdtemp(prefix="divelab-screenshots-"))
    os.environ["DIVELAB_HOME"] = str(home)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(home / "settings"))
    return home


# ----------------------------------------------------------------------------- scenes
def tensor_scene(tab: Any) -> None:
    """A preset that prints tensors and fills the heatmap."""
    from gui.waiting import wait_until

    tab.load_preset("nd_examples")
    tab.run_code()
    wait_until(lambda: not tab.is_running(), 90_000)
    tab.editor_split.setSizes([260, 440])


def notebook_scene(tab: Any) -> None:
    """The welcome tour, run, scrolled to its first figure."""
    from gui.waiting import settle, wait_until
    from gui.widgets.notebook_cells import CodeCellWidget

    tab.open_tour()
    tab.run_all()
    wait_until(lambda: not tab.session.busy, 120_000)
    settle(200)
    cells = tab.view.cells
    index = next((i for i, w in enumerate(cells)
                  if isinstance(w, CodeCellWidget) and "d2l.plot" in w.cell.source), 1)
    above = cells[max(index - 1, 0)]
    tab.view.select(max(index - 1, 0))
    settle(50)
    tab.view.verticalScrollBar().setValue(above.y() - 8)


def preprocess_scene(tab: Any) -> None:
    """The course's house_tiny: split off Price, fill the mean, NaN as a category, as tensors."""
    from engine import pipeline as pl
    from gui.waiting import wait_until

    tab.open_example_in(tempfile.mkdtemp(prefix="divelab_example_"))
    wait_until(lambda: not tab.is_loading(), 30_000)
    if tab.current_table() is None:
        return
    tab.apply_step(pl.Split(("Price",)))
    tab.apply_step(pl.FillMissing(("NumRooms",), "mean"))
    tab.apply_step(pl.OneHot(("Alley",), True))
    wait_until(lambda: not tab.is_busy(), 30_000)
    tab.show_tensors()
    wait_until(lambda: bool(tab.tensor_view.toPlainText().strip()), 30_000)
    tab.undo_stack.set_clean()
    tab.saved()


def training_scene(tab: Any) -> None:
    """The course's learning-rate experiment on linear regression, with its verdict."""
    from gui.waiting import wait_until

    tab.show_experiment_example("lr")
    wait_until(lambda: not tab.is_busy(), 60_000)
    tab.finish_experiment_example()


def classifier_scene(tab: Any) -> None:
    """The bundled sample pictures classified, the sneaker photo's steps shown."""
    from gui.tabs.classifier_jobs import sample_files
    from gui.waiting import wait_until

    wait_until(lambda: tab.classifier is not None, 60_000)  # the default model, loaded on show
    tab.add_paths([str(p) for p in sample_files()])
    wait_until(lambda: not tab.is_busy() and bool(tab.results()), 60_000)
    keys = [e.key for e in tab.results()]
    chosen = next((k for k in keys if Path(k).name == "sneaker_photo.jpg"), keys[0])
    tab.picture_list.select(chosen)
    wait_until(lambda: not tab.is_busy(), 30_000)


def perceptron_scene(tab: Any) -> None:
    """A finished perceptron run and a trained MLP with its hidden units' lines."""
    tab.run_steps(10 * max(len(tab.lesson.data), 1))
    tab.mlp_view.hidden_lines_check.setChecked(True)
    tab.train_mlp(400)


def loss_scene(tab: Any) -> None:
    """Huber's curves with the descent part-way, and a learning rate that zigzags in 2-D."""
    view = tab.descent_view
    view.loss_combo.setCurrentIndex(view.loss_combo.findData("huber"))
    view.update_loss_plot()
    view.descent.step = 6
    view.draw_animation()
    tab.rate_view.lr_slider.setValue(0.8)  # ½x² converges, the steeper 2-D bowl zigzags


SCENES: dict[str, Callable[[Any], None]] = {
    "tensorTab": tensor_scene, "notebookTab": notebook_scene, "preprocessTab": preprocess_scene,
    "trainingTab": training_scene, "classifierTab": classifier_scene,
    "perceptronTab": perceptron_scene, "lossTab": loss_scene,
}


def render_screenshots(window: Any, folder: str | Path) -> list[Path]:
    """Every tab of ``window``, in its scene, into ``folder/<objectName>.png``."""
    import logging

    from PySide6.QtCore import QSize

    from gui.waiting import settle, wait_until

    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    window.resize(QSize(*SIZE))
    window.show()
    wait_until(window.environment_known, 30_000)
    written = []
    for index in range(window.tabs.count()):
        name = window.tabs.widget(index).objectName()
        tab = window.show_tab(name)
        settle()
        scene = SCENES.get(name)
        if scene is not None:
            try:
                scene(tab)
            except Exception:  # a picture without its scene beats no picture
                logging.getLogger(__name__).exception("the %s scene failed", name)
            settle()
        path = out / f"{name}.png"
        window.grab().save(str(path))
        written.append(path)
    return written


#: What ``--live-switch`` renders after the first set: language and theme changed while running.
LIVE_SWITCHES = (("zh", "dark"), ("en", "dark"), ("zh", "light"))


def render_live_switches(window: Any, folder: str | Path) -> list[Path]:
    """After :func:`render_screenshots`: switch language and theme in the running window (as
    the View menu does) and grab every tab again into ``folder/<lang>-<theme>/``, so what a
    live switch leaves on screen can be looked at."""
    from gui.waiting import settle

    written = []
    for lang, mode in LIVE_SWITCHES:
        window.set_language(lang)
        window.set_theme(mode)
        out = Path(folder) / f"{lang}-{mode}"
        out.mkdir(parents=True, exist_ok=True)
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            settle()
            path = out / f"{window.tabs.widget(index).objectName()}.png"
            window.grab().save(str(path))
            written.append(path)
    return written
