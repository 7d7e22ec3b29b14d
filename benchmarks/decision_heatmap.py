"""Updates per second of the MLP decision-region heatmap on the perceptron tab (target ≥ 30/s).

One update = what one tick of the tab's MLP timer does: a few gradient steps on the points, one
evaluation of P(y = +1) on the 100×100 grid, ImageItem.setImage, and here also a synchronous
repaint of the plot, so drawing is counted too. Prints figures for the engine alone, for the tick,
and for tick + repaint, for 80 noisy-XOR points and for 300 points, with 2 and 16 hidden units.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/decision_heatmap.py
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def rate(fn, seconds: float = 1.5) -> str:
    """Calls of ``fn`` per second over about ``seconds``: wall clock, and per CPU second.

    The CPU figure is what an idle machine would reach; on a busy shared machine the wall figure
    is lower because the process waits for a core.
    """
    fn()  # warm up
    n, start, cpu = 0, time.perf_counter(), time.process_time()
    while time.perf_counter() - start < seconds:
        fn()
        n += 1
    wall = n / (time.perf_counter() - start)
    per_cpu = n / max(time.process_time() - cpu, 1e-9)
    return f"{wall:.0f} ({per_cpu:.0f})"


def main() -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from engine import mlp2d, toy2d
    from gui.tabs.perceptron_tab import GRID, LIMIT, MLP_STEPS_PER_TICK, PerceptronTab

    tab = PerceptronTab()
    tab.retranslate_ui()
    tab.resize(1280, 800)
    tab.show()
    app.processEvents()
    print(f"grid {GRID}×{GRID}, {MLP_STEPS_PER_TICK} gradient steps per update")
    print("updates/s: wall clock (per CPU second)")
    print(f"{'points':>6} {'hidden':>6} {'engine/s':>12} {'tick/s':>12} {'tick+paint/s':>14}")
    for n in (80, 300):
        for hidden in (2, 16):
            data = toy2d.xor_noisy(n, seed=0)
            tab.set_data(data)
            tab.hidden_spin.setValue(hidden)
            model = mlp2d.MLP2D(hidden)

            def engine_only(model=model, data=data) -> None:
                for _ in range(MLP_STEPS_PER_TICK):
                    model.train_step(data.X, data.y)
                model.grid(GRID, LIMIT)

            def tick_and_paint() -> None:
                tab.mlp_tick()
                tab.mlp_plot.viewport().repaint()

            print(f"{n:>6} {hidden:>6} {rate(engine_only):>12} {rate(tab.mlp_tick):>12} "
                  f"{rate(tick_and_paint):>14}")
    tab.shutdown()
    print(f"load average now: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print("target: ≥ 30 updates/s (the timer asks for up to ~60/s)")


if __name__ == "__main__":
    main()
