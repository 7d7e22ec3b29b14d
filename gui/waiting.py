"""Waiting on the GUI thread for something to become true, with the event loop running.

For scripts, screenshots and the self-test only — never from a click: the window keeps
painting and answering while it waits, but the caller does not go on until the condition holds.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QElapsedTimer, QThread
from PySide6.QtWidgets import QApplication


def wait_until(condition: Callable[[], object], timeout_ms: int, step_ms: int = 5) -> bool:
    """Process events until ``condition()`` is true or ``timeout_ms`` has passed; its last value."""
    timer = QElapsedTimer()
    timer.start()
    while not condition():
        if timer.elapsed() >= timeout_ms:
            return bool(condition())
        QApplication.processEvents()
        QThread.msleep(step_ms)
    return True


def settle(ms: int = 150) -> None:
    """Let layouts, timers and queued signals run for ``ms`` (before grabbing a picture)."""
    wait_until(lambda: False, ms, step_ms=1)
