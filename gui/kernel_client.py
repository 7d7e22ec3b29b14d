"""Qt adapter for the sandbox kernel: re-emits the client's messages as a signal on the GUI thread.

The engine's ``KernelClient`` calls back on its reader thread; the adapter hands the messages to
the GUI thread, so slots run there and never wait on the kernel.
"""

from __future__ import annotations

import queue
import threading
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

from engine.kernel import DEFAULT_TIME_LIMIT, KernelClient
from gui import i18n


class QtKernel(QObject):
    """Owns one kernel process; ``message(dict)`` carries every kernel/client message.

    Messages cross threads through a plain queue; the reader thread only emits an argument-less
    wake-up signal (queued to the GUI thread), and the GUI-side slot drains the queue. Passing
    the Python dicts themselves through a cross-thread signal is avoided on purpose: it is the
    path where PySide has had reference-counting bugs.
    """

    message = Signal(object)
    _wake = Signal()

    def __init__(self, parent: QObject | None = None,
                 time_limit: float = DEFAULT_TIME_LIMIT) -> None:
        super().__init__(parent)
        self._queue: queue.SimpleQueue[dict[str, Any]] = queue.SimpleQueue()
        self._woken = threading.Event()
        self._wake.connect(self._drain, Qt.ConnectionType.QueuedConnection)
        # The kernel's own messages (e.g. why input() cannot read) follow the UI language.
        self.client = KernelClient(on_message=self._relay, time_limit=time_limit,
                                   lang=i18n.current_language())

    def _relay(self, msg: dict[str, Any]) -> None:
        """Called on the reader thread."""
        self._queue.put(msg)
        if not self._woken.is_set():
            self._woken.set()
            try:
                self._wake.emit()
            except RuntimeError:  # the QObject is gone (window closing): drop the message
                pass

    def _drain(self) -> None:
        """On the GUI thread: hand every queued message to the slots, in order."""
        self._woken.clear()
        while True:
            try:
                msg = self._queue.get_nowait()
            except queue.Empty:
                return
            self.message.emit(msg)

    @property
    def state(self) -> str:
        return self.client.state

    @property
    def time_limit(self) -> float | None:
        return self.client.time_limit

    @time_limit.setter
    def time_limit(self, seconds: float | None) -> None:
        self.client.time_limit = seconds

    def start(self) -> None:
        self.client.start()

    def execute(self, code: str) -> int:
        return self.client.execute(code)

    def complete(self, code: str, cursor_pos: int) -> int:
        """Ask for completions at ``cursor_pos`` (a Python index into ``code``); never waits.

        The reply is a ``complete`` message carrying the returned id.
        """
        return self.client.complete(code, cursor_pos)

    def inspect(self, name: str) -> int:
        return self.client.inspect(name)

    def graph(self, name: str) -> int:
        return self.client.graph(name)

    def interrupt(self) -> None:
        self.client.interrupt()

    def restart(self) -> None:
        self.client.lang = i18n.current_language()  # a fresh kernel speaks today's language
        self.client.restart()

    def close(self) -> None:
        self.client.on_message = None
        self.client.close(timeout=0.5)
