"""The client's handles on the kernel: the child process with its pipe, and a wake-up pipe.

Both are waitable with ``multiprocessing.connection.wait``: the reader thread sleeps on the
kernel's pipe, its process sentinel (ready the moment the process ends, however it ends) and
the wake-up pipe other threads write to when they queue a command.
"""

from __future__ import annotations

import multiprocessing
import threading
from collections.abc import Iterator
from typing import Any

from engine.kernel.child import kernel_main
from engine.kernel.protocol import Request, Shutdown


class Wakeup:
    """A pipe that makes the reader's ``wait`` return; at most one byte waits in it."""

    def __init__(self) -> None:
        self.reader, self._writer = multiprocessing.Pipe(duplex=False)
        self._lock = threading.Lock()
        self._signalled = False

    def wake(self) -> None:
        with self._lock:
            if self._signalled:
                return
            self._signalled = True
            try:
                self._writer.send_bytes(b"!")
            except (OSError, ValueError):
                pass  # closed at interpreter exit: nobody waits any more

    def clear(self) -> None:
        with self._lock:
            self._signalled = False
            try:
                while self.reader.poll(0):
                    self.reader.recv_bytes()
            except (EOFError, OSError):
                pass


class KernelProcess:
    """One running kernel (a ``spawn`` child, so it also starts inside a frozen app)."""

    def __init__(self, context: Any, options: dict[str, Any]) -> None:
        parent, child = context.Pipe(duplex=True)
        self.process = context.Process(target=kernel_main, args=(child, options),
                                       name="divelab-kernel", daemon=True)
        self.process.start()
        child.close()
        self.conn = parent
        self._send_lock = threading.Lock()

    @property
    def pid(self) -> int | None:
        return self.process.pid

    @property
    def sentinel(self) -> Any:
        return self.process.sentinel

    @property
    def exitcode(self) -> int | None:
        return self.process.exitcode

    def is_alive(self) -> bool:
        return self.process.is_alive()

    def send(self, message: Request) -> None:
        """Raises OSError/ValueError when the pipe is gone (the kernel died)."""
        with self._send_lock:
            self.conn.send(message.to_wire())

    def received(self) -> Iterator[dict[str, Any]]:
        """Every wire message waiting in the pipe now; EOFError/OSError when it is broken."""
        while self.conn.poll(0):
            yield self.conn.recv()

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()

    def join(self, timeout: float) -> None:
        self.process.join(timeout)

    def end(self, graceful: bool) -> None:
        """Ask the kernel to shut down (graceful) or not, then make sure it is gone."""
        if graceful:
            try:
                self.send(Shutdown())
            except (OSError, ValueError):
                pass
        try:
            self.conn.close()
        except OSError:
            pass
        if graceful:
            self.process.join(0.3)
        self.kill()
        self.process.join(2.0)
