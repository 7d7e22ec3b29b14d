"""What one request produced, gathered for ``KernelClient.run`` (scripts, tests, notebooks)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from engine.kernel.protocol import (
    Completions,
    Display,
    Done,
    Error,
    Plot,
    Reply,
    Result,
    Stream,
    Variables,
)


@dataclass
class CellResult:
    """Everything one request produced, gathered by ``KernelClient.run`` (as wire dicts)."""

    status: str = ""
    stdout: str = ""
    stderr: str = ""
    result: dict[str, Any] | None = None
    error: dict[str, Any] | None = None
    plots: list[dict[str, Any]] = field(default_factory=list)
    #: ``display`` messages (mime bundles), in order; ``result_data`` is the last value's bundle.
    displays: list[dict[str, Any]] = field(default_factory=list)
    result_data: dict[str, Any] | None = None
    completions: dict[str, Any] | None = None
    execution_count: int | None = None
    variables: list[dict[str, Any]] = field(default_factory=list)
    messages: list[dict[str, Any]] = field(default_factory=list)
    elapsed: float = 0.0

    def add(self, message: Reply, wire: dict[str, Any]) -> bool:
        """Take one message of this request; True when it was the last (``done``)."""
        self.messages.append(wire)
        if isinstance(message, Stream):
            if message.name == "stderr":
                self.stderr += message.text
            else:
                self.stdout += message.text
        elif isinstance(message, Result):
            self.result = message.value
            self.result_data = message.data
        elif isinstance(message, Display):
            self.displays.append(wire)
        elif isinstance(message, Completions):
            self.completions = wire
        elif isinstance(message, Error):
            self.error = wire
        elif isinstance(message, Plot):
            self.plots.append(wire)
        elif isinstance(message, Variables):
            self.variables = message.variables
        elif isinstance(message, Done):
            self.status = message.status
            self.elapsed = float(message.elapsed)
            self.execution_count = message.execution_count
            return True
        return False
