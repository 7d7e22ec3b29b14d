"""Inside the kernel: a cell's exception as the ``error`` message students read.

A one-line message, the line of the cell it points at (as typed, even when IPython rewrote a
magic), the traceback of the cell's own frames without ANSI colours, and the course note when
the failure is a known clash between the course's code and today's libraries.
"""

from __future__ import annotations

import logging
import re
import traceback

from engine.kernel.protocol import Error

log = logging.getLogger(__name__)

_CELL_FILE = re.compile(r"^<ipython-input-(\d+)-")
#: Longest one-line message and traceback text an error carries.
_MESSAGE_CHARS = 400
_TRACEBACK_CHARS = 20_000


def error_reply(exc: BaseException, cell_code: str, rid: int | None) -> Error:
    """The ``error`` message for ``exc`` raised while running ``cell_code``."""
    tb = exc.__traceback__
    while tb is not None and not _CELL_FILE.match(tb.tb_frame.f_code.co_filename):
        tb = tb.tb_next  # IPython's own frames above the cell say nothing to a student
    lineno, line = _cell_line(exc, tb, cell_code)
    ename = type(exc).__name__
    evalue = _explain(exc)
    first = evalue.strip().splitlines()[0] if evalue.strip() else ""
    message = f"{ename}: {first}" if first else ename
    if len(message) > _MESSAGE_CHARS:
        message = message[:_MESSAGE_CHARS - 1] + "…"
    if tb is not None:
        lines = traceback.format_exception(type(exc), exc, tb)
    else:
        lines = traceback.format_exception_only(type(exc), exc)
    text = "".join(lines)[-_TRACEBACK_CHARS:]
    return Error(id=rid, ename=ename, evalue=evalue, message=message, lineno=lineno,
                 line=line.strip(), traceback=text,
                 traceback_lines=[ln.rstrip("\n") for ln in lines],
                 note=_course_note(ename, evalue, text, cell_code),
                 memory=isinstance(exc, MemoryError) or "can't allocate memory" in evalue)


def _cell_line(exc: BaseException, tb, cell_code: str) -> tuple[int | None, str]:  # noqa: ANN001
    if isinstance(exc, SyntaxError) and (exc.filename or "").startswith("<"):
        return exc.lineno, (exc.text or "").rstrip()
    lineno, line = None, ""
    for frame in traceback.extract_tb(tb) if tb is not None else []:
        if _CELL_FILE.match(frame.filename):
            lineno, line = frame.lineno, frame.line or ""
    # IPython keeps line numbers when it rewrites magics: show the line as typed.
    typed = cell_code.splitlines()
    if lineno and 0 < lineno <= len(typed):
        line = typed[lineno - 1]
    return lineno, line


def _explain(exc: BaseException) -> str:
    if isinstance(exc, SystemExit):
        return f"sys.exit({exc.code!r}) was called; the kernel keeps running"
    if isinstance(exc, KeyboardInterrupt):
        return "the cell was interrupted"
    if isinstance(exc, SyntaxError):
        return exc.msg or str(exc)
    return str(exc)


def _course_note(ename: str, evalue: str, text: str, code: str) -> dict[str, str] | None:
    try:
        from engine.course_compat import note_for

        return note_for(ename, evalue, text, code)
    except Exception:
        log.exception("course note failed")
        return None
