"""The messages between the sandbox kernel and its client, defined once for both sides.

Each message is a dataclass; ``to_wire()`` gives the plain dict that crosses the pipe (cheap to
pickle, importable without this module) and ``from_wire()`` reads one back. Requests (client →
kernel) carry an ``op``, replies (kernel → client, plus the few the client adds itself) a
``type``. The client hands the wire dicts on to its listeners unchanged, so the GUI, notebooks
and scripts read the same dicts docs/kernel-protocol.md describes.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field, fields
from typing import Any, ClassVar

#: DiveLab's own rendering of a value (tensor heatmaps, badges); never written to notebooks.
SUMMARY_MIME = "application/vnd.divelab.summary+json"
#: Names the kernel puts in every fresh namespace (hidden from %who and the Variables panel).
HELPERS = ("plot", "figure")

#: How a request ended, as ``done`` reports it. The kernel sends the first three; the client
#: sends the others for requests a dead or killed kernel could not finish.
STATUS_OK, STATUS_ERROR, STATUS_INTERRUPTED = "ok", "error", "interrupted"
STATUS_KILLED, STATUS_CRASHED, STATUS_RESTARTED = "killed", "crashed", "restarted"


class ProtocolError(ValueError):
    """A wire message that no definition here matches."""


@functools.cache
def _names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


def _from_fields(cls: type, wire: dict[str, Any], key: str) -> Any:
    names = _names(cls)
    return cls(**{k: v for k, v in wire.items() if k != key and k in names})


# =========================================================================== requests
@dataclass(kw_only=True)
class Request:
    """Client → kernel. Every request carries the ``id`` its replies repeat."""

    OP: ClassVar[str] = ""
    id: int | None = None

    def to_wire(self) -> dict[str, Any]:
        wire = {"op": self.OP}
        for name in _names(type(self)):
            wire[name] = getattr(self, name)
        return wire

    @staticmethod
    def from_wire(wire: dict[str, Any]) -> Request:
        cls = REQUESTS.get(wire.get("op")) if isinstance(wire, dict) else None
        if cls is None:
            op = wire.get("op") if isinstance(wire, dict) else wire
            return Unknown(id=wire.get("id") if isinstance(wire, dict) else None, op=str(op))
        return _from_fields(cls, wire, "op")


@dataclass(kw_only=True)
class Execute(Request):
    OP: ClassVar[str] = "execute"
    code: str = ""
    silent: bool = False
    store_history: bool = True


@dataclass(kw_only=True)
class Complete(Request):
    OP: ClassVar[str] = "complete"
    code: str = ""
    cursor_pos: int = 0


@dataclass(kw_only=True)
class Inspect(Request):
    OP: ClassVar[str] = "inspect"
    name: str = ""


@dataclass(kw_only=True)
class Graph(Request):
    OP: ClassVar[str] = "graph"
    name: str = ""


@dataclass(kw_only=True)
class Reset(Request):
    OP: ClassVar[str] = "reset"


@dataclass(kw_only=True)
class Shutdown(Request):
    OP: ClassVar[str] = "shutdown"


@dataclass(kw_only=True)
class Unknown(Request):
    """A request this kernel does not know (answered with a ``ProtocolError`` error)."""

    OP: ClassVar[str] = "unknown"
    op: str = ""


REQUESTS: dict[str, type[Request]] = {
    cls.OP: cls for cls in (Execute, Complete, Inspect, Graph, Reset, Shutdown)}


def request(op: str, rid: int | None, **values: Any) -> Request:
    """The request ``op`` with ``values`` (the client's public calls name ops by string)."""
    cls = REQUESTS.get(op)
    if cls is None:
        raise ProtocolError(f"unknown op {op!r}")
    return cls(id=rid, **values)


# =========================================================================== replies
@dataclass(kw_only=True)
class Reply:
    """Kernel → client (and the client's own notes to its listeners)."""

    TYPE: ClassVar[str] = ""

    def to_wire(self) -> dict[str, Any]:
        wire = {"type": self.TYPE}
        for name in _names(type(self)):
            wire[name] = getattr(self, name)
        return wire

    @staticmethod
    def from_wire(wire: dict[str, Any]) -> Reply:
        cls = REPLIES.get(wire.get("type")) if isinstance(wire, dict) else None
        if cls is None:
            raise ProtocolError(f"unknown message {wire!r:.200}")
        return _from_fields(cls, wire, "type")


@dataclass(kw_only=True)
class Ready(Reply):
    """The kernel has started and answers requests."""

    TYPE: ClassVar[str] = "ready"
    pid: int = 0
    torch: str | None = None
    memory_limit: int | None = None
    python: str = ""
    ipython: str = ""
    cwd: str = ""


@dataclass(kw_only=True)
class Started(Reply):
    TYPE: ClassVar[str] = "started"
    id: int | None = None
    op: str = ""


@dataclass(kw_only=True)
class Stream(Reply):
    TYPE: ClassVar[str] = "stream"
    id: int | None = None
    name: str = "stdout"
    text: str = ""


@dataclass(kw_only=True)
class Display(Reply):
    """``display()`` and figures: one mime bundle."""

    TYPE: ClassVar[str] = "display"
    id: int | None = None
    data: dict[str, Any] = field(default_factory=dict)
    metadata: dict[str, Any] = field(default_factory=dict)
    display_id: str | None = None
    update: bool = False


@dataclass(kw_only=True)
class ClearOutput(Reply):
    TYPE: ClassVar[str] = "clear_output"
    id: int | None = None
    wait: bool = False


@dataclass(kw_only=True)
class Result(Reply):
    """The value of a cell's last expression."""

    TYPE: ClassVar[str] = "result"
    id: int | None = None
    execution_count: int | None = None
    data: dict[str, Any] = field(default_factory=dict)
    metadata: dict[str, Any] = field(default_factory=dict)
    value: dict[str, Any] | None = None


@dataclass(kw_only=True)
class Error(Reply):
    TYPE: ClassVar[str] = "error"
    id: int | None = None
    ename: str = ""
    evalue: str = ""
    message: str = ""
    lineno: int | None = None
    line: str = ""
    traceback: str = ""
    traceback_lines: list[str] = field(default_factory=list)
    note: dict[str, str] | None = None
    memory: bool = False


@dataclass(kw_only=True)
class Plot(Reply):
    """The ``plot()``/``figure()`` helpers: a series for figure ``figure`` (None: a new one)."""

    TYPE: ClassVar[str] = "plot"
    id: int | None = None
    figure: int = 0
    title: str | None = None
    xlabel: str | None = None
    ylabel: str | None = None
    series: dict[str, Any] | None = None


@dataclass(kw_only=True)
class Variables(Reply):
    TYPE: ClassVar[str] = "variables"
    id: int | None = None
    variables: list[dict[str, Any]] = field(default_factory=list)


@dataclass(kw_only=True)
class Completions(Reply):
    TYPE: ClassVar[str] = "complete"
    id: int | None = None
    matches: list[str] = field(default_factory=list)
    cursor_start: int = 0
    cursor_end: int = 0


@dataclass(kw_only=True)
class Inspection(Reply):
    """A variable's summary; ``value`` None and ``message`` says why when it failed."""

    TYPE: ClassVar[str] = "inspect"
    id: int | None = None
    name: str = ""
    value: dict[str, Any] | None = None
    message: str = ""


@dataclass(kw_only=True)
class GraphReply(Reply):
    """The autograd graph behind a tensor; ``graph`` None and ``message`` when it failed."""

    TYPE: ClassVar[str] = "graph"
    id: int | None = None
    name: str = ""
    graph: dict[str, Any] | None = None
    message: str = ""


@dataclass(kw_only=True)
class Done(Reply):
    """The end of a request: always the last message carrying its id."""

    TYPE: ClassVar[str] = "done"
    id: int | None = None
    status: str = STATUS_OK
    elapsed: float = 0.0
    execution_count: int | None = None


# --- added by the client
@dataclass(kw_only=True)
class State(Reply):
    """The kernel's state changed: ``stopped``, ``starting``, ``idle`` or ``busy``."""

    TYPE: ClassVar[str] = "state"
    state: str = ""


@dataclass(kw_only=True)
class Notice(Reply):
    """The running cell passed its time limit (``kind`` "timeout"); an interrupt follows."""

    TYPE: ClassVar[str] = "notice"
    id: int | None = None
    kind: str = "timeout"
    limit: float | None = None


@dataclass(kw_only=True)
class KernelDied(Reply):
    """The process ended or was killed (``reason``: crash, timeout, user, memory, restart, start).

    ``id`` is the request that was running; a new kernel starts unless ``reason`` is "start".
    """

    TYPE: ClassVar[str] = "kernel_died"
    id: int | None = None
    exitcode: int | None = None
    reason: str = "crash"
    message: str = ""


REPLIES: dict[str, type[Reply]] = {
    cls.TYPE: cls for cls in (Ready, Started, Stream, Display, ClearOutput, Result, Error, Plot,
                              Variables, Completions, Inspection, GraphReply, Done, State,
                              Notice, KernelDied)}

#: What a killed kernel's unfinished requests end with, by the reason it was killed.
STATUS_FOR_REASON = {"restart": STATUS_RESTARTED, "memory": STATUS_KILLED,
                     "timeout": STATUS_KILLED, "user": STATUS_KILLED, "interrupt": STATUS_KILLED}
