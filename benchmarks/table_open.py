"""How fast the preprocessing table opens and scrolls a 1,000,000 × 10 CSV.

Target: read + model ready in ≤ 3 s; each scroll position renders in a few milliseconds.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/table_open.py [--rows N] [--keep FILE]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def make_csv(path: Path, rows: int) -> None:
    """Eight number columns (with 5 % missing), one category column with missing, one int."""
    rng = np.random.default_rng(0)
    data = {f"x{i}": rng.normal(size=rows).round(4) for i in range(8)}
    for i in range(8):
        data[f"x{i}"][rng.random(rows) < 0.05] = np.nan
    data["Alley"] = rng.choice(np.array(["Pave", "Grvl", None], dtype=object), size=rows)
    data["Price"] = rng.integers(50_000, 500_000, size=rows)
    pd.DataFrame(data).to_csv(path, index=False, na_rep="NA")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--keep", type=Path, help="reuse/keep the generated CSV here")
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from engine.tabular import open_table
    from gui.tabs.preprocess_tab import PreprocessTab

    app = QApplication.instance() or QApplication([])
    folder = tempfile.TemporaryDirectory()
    path = args.keep or Path(folder.name) / "big.csv"
    if not path.exists():
        start = time.perf_counter()
        make_csv(path, args.rows)
        print(f"wrote {path.stat().st_size / 1e6:.0f} MB test CSV in "
              f"{time.perf_counter() - start:.1f} s")

    tab = PreprocessTab()
    tab.retranslate_ui()
    tab.resize(1280, 800)
    tab.show()
    app.processEvents()

    start = time.perf_counter()
    frame, source = open_table(path, progress=lambda f: None)
    read_s = time.perf_counter() - start
    start = time.perf_counter()
    tab._loaded(frame, source)
    app.processEvents()
    model_s = time.perf_counter() - start
    print(f"rows × columns:      {frame.shape[0]:,} × {frame.shape[1]}")
    print(f"read (read_table):   {read_s:.2f} s")
    print(f"model + view ready:  {model_s:.2f} s")
    print(f"open total:          {read_s + model_s:.2f} s   (target ≤ 3 s)")

    view = tab.table_view
    bar = view.verticalScrollBar()
    times = []
    for fraction in (0.0, 0.25, 0.5, 0.75, 0.999, 0.1, 0.9):
        bar.setValue(int(bar.maximum() * fraction))
        start = time.perf_counter()
        view.viewport().repaint()
        app.processEvents()
        times.append(time.perf_counter() - start)
        print(f"scroll to {fraction:6.1%}: first visible row "
              f"{view.rowAt(0):>9,}  render {times[-1] * 1000:6.1f} ms")
    print(f"render per scroll position: median {np.median(times) * 1000:.1f} ms, "
          f"max {max(times) * 1000:.1f} ms")

    start = time.perf_counter()
    view.sortByColumn(9, tab.table_view.horizontalHeader().sortIndicatorOrder())
    gui_blocked = time.perf_counter() - start
    while tab.model.is_sorting():
        app.processEvents()
        time.sleep(0.005)
    app.processEvents()
    print(f"sort by Price (view, on a worker): {time.perf_counter() - start:.2f} s "
          f"(GUI thread blocked {gui_blocked * 1000:.0f} ms)")
    view.sortByColumn(-1, tab.table_view.horizontalHeader().sortIndicatorOrder())
    start = time.perf_counter()
    tab.fill_missing()  # big table: computed on a worker, the GUI stays responsive
    gui_blocked = time.perf_counter() - start
    while tab.is_busy():
        app.processEvents()
        time.sleep(0.005)
    app.processEvents()
    print(f"fill missing (mean, 8 columns) + refresh: {time.perf_counter() - start:.2f} s "
          f"(GUI thread blocked {gui_blocked * 1000:.0f} ms to start it)")
    start = time.perf_counter()
    tab.undo_stack.undo()
    app.processEvents()
    print(f"undo: {time.perf_counter() - start:.2f} s")
    tab.shutdown()
    folder.cleanup()


if __name__ == "__main__":
    main()
