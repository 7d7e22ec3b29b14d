"""What one plot repaint costs the window, with and without Qt's paint thread pool.

    .venv/bin/python benchmarks/plot_paint.py [--repeats 40]

Qt's raster engine hands every fill of 96 or more spans (a grid line across a plot, a tall
rectangle) to a thread pool and waits for it; ``gui/__init__.py`` turns that pool off with
``QT_NO_GUI_THREADPOOL``. Each mode runs in a fresh process (Qt reads the variable once), on a
loss plot as the Training tab makes it (title, axis labels, grid, legend, a 300-point curve) at
its size in the default window. Prints, in ms: the first paint after the plot is shown and the
median, worst and total GUI-thread CPU of the paints after a range change (what a live run or a
tab switch repaints). Wall and CPU differ when the window waits for the pool's threads.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def measure(repeats: int) -> dict:
    """In this process: paint a Training-tab loss plot after ``repeats`` range changes."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import numpy as np

    import gui  # noqa: F401 - sets QT_NO_GUI_THREADPOOL unless the parent chose
    if os.environ.get("DIVELAB_BENCH_POOL") == "on":
        os.environ.pop("QT_NO_GUI_THREADPOOL", None)
    from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

    app = QApplication.instance() or QApplication(["divelab"])
    from gui import theme
    from gui.fonts import install_cjk_font
    from gui.widgets.metric_plots import make_plot

    install_cjk_font()
    theme.apply_theme("light")
    top = QWidget()
    plot = make_plot("lossPlot")
    plot.setTitle("Squared loss (L2) · synthetic data")
    plot.setLabel("left", "loss")
    plot.setLabel("bottom", "epoch")
    x = np.linspace(0, 3, 300)
    plot.plot(x, 80 * np.exp(-3 * x), pen="#1f77b4", name="#1 lr=0.01")
    QVBoxLayout(top).addWidget(plot)
    top.resize(560, 420)
    top.show()
    app.processEvents()
    first = plot.paint_seconds
    wall, cpu = [], []
    item = plot.getPlotItem()
    for i in range(repeats):
        item.setXRange(0, 3 + i % 5, padding=0)
        t0 = time.thread_time()
        app.processEvents()
        cpu.append(time.thread_time() - t0)
        wall.append(plot.paint_seconds)
    ms = 1000.0
    return {"pool": os.environ.get("QT_NO_GUI_THREADPOOL") is None,
            "first": first * ms, "median": statistics.median(wall) * ms,
            "worst": max(wall) * ms, "cpu": statistics.median(cpu) * ms}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=40)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(measure(args.repeats)))
        return 0
    print(f"{'paint pool':12} {'first':>8} {'median':>8} {'worst':>8} {'cpu':>8}   (ms)")
    for mode in ("on", "off"):
        env = dict(os.environ, DIVELAB_BENCH_POOL=mode)
        env.pop("QT_NO_GUI_THREADPOOL", None)
        done = subprocess.run([sys.executable, __file__, "--child", "--repeats", str(args.repeats)],
                              env=env, capture_output=True, text=True, check=True)
        row = json.loads(done.stdout.strip().splitlines()[-1])
        label = "on (Qt)" if row["pool"] else "off (DiveLab)"
        print(f"{label:12} {row['first']:8.1f} {row['median']:8.1f} {row['worst']:8.1f} "
              f"{row['cpu']:8.1f}")
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
