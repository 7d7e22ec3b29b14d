"""Inside the kernel: what a cell writes and shows, shaped for the pipe.

``OutputStream`` replaces ``sys.stdout``/``sys.stderr`` (batched, capped per cell);
``clean_bundle`` gives mime bundles nbformat's payload types; ``KeyboardlessStdin`` replaces
``sys.stdin`` so ``input()`` says why it cannot read instead of hanging or a bare EOFError.
"""

from __future__ import annotations

import base64
import io
import re
import threading
import time
from typing import Any, Protocol

from engine.kernel.limits import MAX_CELL_OUTPUT
from engine.kernel.protocol import Reply, Stream

#: Binary mime types travel base64-encoded, as nbformat stores them.
_BINARY_MIMES = ("image/png", "image/jpeg", "image/gif", "application/pdf")
_ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")
#: Written once when a cell's output passes MAX_CELL_OUTPUT.
TRUNCATED = "\n[… output truncated …]\n"

NO_KEYBOARD = {
    "en": "input() cannot read from the keyboard here: assign the value in the code instead "
          "(for example name = 'Ada')",
    "zh": "这里的 input() 无法从键盘读取输入：请直接在代码中给变量赋值（例如 name = 'Ada'）",
}


def no_keyboard_message(lang: str) -> str:
    """Why ``input()`` fails in the sandbox, in ``lang`` ("zh…" is Chinese, else English)."""
    return NO_KEYBOARD["zh" if (lang or "").lower().startswith("zh") else "en"]


def strip_ansi(text: str) -> str:
    return _ANSI.sub("", text)


def clean_bundle(data: dict[str, Any]) -> dict[str, Any]:
    """A mime bundle with nbformat's payload types: bytes become base64 (images) or text."""
    out: dict[str, Any] = {}
    for mime, value in data.items():
        if isinstance(value, bytes | bytearray | memoryview):
            raw = bytes(value)
            if mime in _BINARY_MIMES or not mime.startswith("text/"):
                value = base64.b64encode(raw).decode("ascii")
            else:
                value = raw.decode("utf-8", "replace")
        out[mime] = value
    return out


class CellSink(Protocol):
    """What the streams need from the kernel: the running request and its output budget."""

    current_id: int | None
    output_chars: int
    output_truncated: bool

    def send(self, message: Reply) -> None: ...


class _KernelTextStream(io.TextIOBase):
    """A standard stream of the kernel: UTF-8 text, never a terminal."""

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return "utf-8"

    def isatty(self) -> bool:
        return False


class OutputStream(_KernelTextStream):
    """stdout/stderr of the kernel: buffers writes and sends them at most every 50 ms."""

    def __init__(self, sink: CellSink, name: str) -> None:
        super().__init__()
        self._sink = sink
        self.name = name
        self._buffer: list[str] = []
        self._size = 0
        self._last = 0.0
        self._lock = threading.Lock()

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        if not isinstance(text, str):
            raise TypeError(f"write() argument must be str, not {type(text).__name__}")
        sink = self._sink
        with self._lock:
            room = MAX_CELL_OUTPUT - sink.output_chars
            if room <= 0:
                if not sink.output_truncated:
                    sink.output_truncated = True
                    self._buffer.append(TRUNCATED)
                return len(text)
            kept = text[:room]
            sink.output_chars += len(kept)
            self._buffer.append(kept)
            self._size += len(kept)
            due = self._size > 8192 or time.monotonic() - self._last > 0.05
        if due:
            self.flush()
        return len(text)

    def flush(self) -> None:
        with self._lock:
            if not self._buffer:
                return
            text = "".join(self._buffer)
            self._buffer.clear()
            self._size = 0
            self._last = time.monotonic()
        self._sink.send(Stream(id=self._sink.current_id, name=self.name, text=text))


class KeyboardlessStdin(_KernelTextStream):
    """``sys.stdin`` of the kernel: nobody types into it, and reading says so in the UI language.

    ``input()`` reads a line from ``sys.stdin`` when it is not a terminal, so it raises this
    EOFError too (still an EOFError: code that catches one keeps working).
    """

    def __init__(self, lang: str = "en") -> None:
        super().__init__()
        self.lang = lang

    def readable(self) -> bool:
        return True

    def _refuse(self) -> str:
        raise EOFError(no_keyboard_message(self.lang))

    def read(self, size: int | None = -1) -> str:
        return self._refuse()

    def readline(self, size: int | None = -1) -> str:  # type: ignore[override]
        return self._refuse()

    def readlines(self, hint: int = -1) -> list[str]:
        self._refuse()
        return []
