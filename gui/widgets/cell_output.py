"""Turns one cell's kernel messages into output blocks (docs/kernel-protocol.md).

The sandbox tab and the notebook view both show cells; this is the one place that knows what
``stream``, ``display``, ``clear_output``, ``result``, ``error`` and ``plot`` look like.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from gui import i18n
from gui.i18n import tr_format
from gui.widgets.output_view import OutPrompt, OutputView
from gui.widgets.rich_output import SUMMARY_MIME

OUTPUT_TYPES = ("stream", "display", "clear_output", "result", "error", "plot")


def note_text(note: Any, lang: str) -> str:
    """A course-compatibility note in ``lang`` (falls back to English, then any text).

    Notes are plain dicts from the kernel; texts may be given per language
    (``{"en": …, "zh": …}``) or as ``text_en``/``text_zh`` fields.
    """
    if not note:
        return ""
    if isinstance(note, str):
        return note
    if not isinstance(note, dict):
        return str(note)

    def pick(value: Any) -> str:
        if isinstance(value, str):
            return value
        if isinstance(value, dict):
            for key in (lang, "en", "zh"):
                if isinstance(value.get(key), str):
                    return value[key]
        return ""

    parts = []
    for field in ("title", "text", "message", "explanation", "fix", "hint"):
        found = pick(note.get(f"{field}_{lang}")) or pick(note.get(field)) or pick(
            note.get(f"{field}_en"))
        if found and found not in parts:
            parts.append(found)
    if not parts:
        found = pick(note)
        if found:
            parts.append(found)
    return "\n".join(parts)


class CellOutput(QObject):
    """Shows the output messages of one cell in an ``OutputView``.

    ``valueShown`` carries a tensor/array summary (for an inspector), ``errorShown`` the error
    message (so the owner can mark the line or add its own hints).
    """

    valueShown = Signal(object)  # noqa: N815 (Qt naming)
    errorShown = Signal(object)  # noqa: N815

    def __init__(self, view: OutputView, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.memory_limit: int | None = None

    def handle(self, msg: dict[str, Any]) -> bool:
        """Show ``msg`` if it is an output message; False for any other type."""
        kind = msg.get("type")
        view = self.view
        if kind == "stream":
            view.add_stream(msg.get("name", "stdout"), msg.get("text", ""))
        elif kind == "display":
            data, metadata = msg.get("data") or {}, msg.get("metadata") or {}
            display_id = msg.get("display_id")
            if msg.get("update"):
                if display_id:
                    view.update_display(display_id, data, metadata)
            else:
                view.add_bundle(data, metadata, display_id=display_id)
            self._announce(data)
        elif kind == "clear_output":
            view.clear(wait=bool(msg.get("wait")), keep_notices=True)
        elif kind == "result":
            self._show_result(msg)
        elif kind == "error":
            self.show_error(msg)
        elif kind == "plot":
            view.add_plot(msg)
        else:
            return False
        return True

    def _show_result(self, msg: dict[str, Any]) -> None:
        data = dict(msg.get("data") or {})
        value = msg.get("value")
        if not data and isinstance(value, dict):
            data = {SUMMARY_MIME: value}  # a kernel that only sends DiveLab's summary
        self.view.add_bundle(data, msg.get("metadata") or {},
                             prompt=OutPrompt(msg.get("execution_count")))
        if isinstance(value, dict):
            self._announce({SUMMARY_MIME: value})
        else:
            self._announce(data)

    def _announce(self, data: dict[str, Any]) -> None:
        summary = data.get(SUMMARY_MIME)
        if isinstance(summary, dict) and summary.get("kind") in ("tensor", "ndarray"):
            self.valueShown.emit(summary)

    def show_error(self, msg: dict[str, Any]) -> None:
        """The short error, its course note (in the UI language) and, if so, a memory hint."""
        lineno = msg.get("lineno")
        line_word = tr_format(self.tr("Line %1"), lineno) if lineno else ""
        if msg.get("ename") == "KeyboardInterrupt":
            message = self.tr("Interrupted")
        else:
            message = msg.get("message", "")
        lines = msg.get("traceback_lines")
        details = "\n".join(lines) if lines else msg.get("traceback", "")
        self.view.add_error(message, lineno, msg.get("line", ""), details, line_word)
        note = note_text(msg.get("note"), i18n.current_language())
        if note:
            label = self.view.add_notice(note, warning=True)
            label.setProperty("courseNote", True)
        if msg.get("memory"):
            text = self.tr("The kernel ran out of memory; try a smaller tensor.")
            if self.memory_limit:
                text += " " + tr_format(self.tr("(memory limit: %1 GB)"),
                                        f"{self.memory_limit / 2**30:.1f}")
            self.view.add_notice(text, warning=True)
        self.errorShown.emit(msg)
