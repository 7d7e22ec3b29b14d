"""DiveLab's window: tabs, widgets and the tasks that keep them responsive."""

import os

# Qt's raster engine hands every fill of 96 or more spans (a plot's grid line, a tall rectangle)
# to a thread pool and waits for it. For plot-sized shapes the hand-off costs more than the fill,
# and on a busy 2-core machine the window waits until the pool's thread gets a core: a plot's
# repaint took 4.9 ms with the pool and 1.9 ms without, its first paint 15 and 6 ms
# (benchmarks/plot_paint.py). Set before the first paint: Qt reads it once.
os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")
