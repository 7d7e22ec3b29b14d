"""Python's garbage collector runs on the GUI thread only.

The collector runs on whichever thread happens to allocate when a generation's threshold is
crossed. If that is a worker (training, a file job) and the garbage holds a Qt object in a
reference cycle, the object is destroyed off the GUI thread: PySide then waits for the interpreter
lock from inside the destructor and the worker deadlocks, or Qt crashes. So automatic collection
is switched off and a timer on the GUI thread collects instead, generation by generation, with
the same thresholds the automatic collector uses (the pattern long-lived PyQt applications use).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

#: How often the GUI thread checks the allocation counts (ms). Cheap: gc.get_count() only.
INTERVAL_MS = 500


class GarbageCollector(QObject):
    """Collects generation 0/1/2 on the GUI thread when its threshold is crossed."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> None:
        counts = gc.get_count()
        for generation in (2, 1, 0):
            threshold = self.thresholds[generation]
            if threshold and counts[generation] > threshold:
                gc.collect(generation)
                return

    def stop(self) -> None:
        """Give collection back to Python (at exit, when no worker runs any more)."""
        self.timer.stop()
        gc.enable()


_installed: GarbageCollector | None = None


def install(parent: QObject | None = None) -> GarbageCollector:
    """Install once per process (the QApplication is a good parent)."""
    global _installed
    if _installed is None:
        _installed = GarbageCollector(parent)
    return _installed
