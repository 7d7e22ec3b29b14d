"""Inside the kernel: the ``plot()`` and ``figure()`` helpers every fresh namespace gets.

They draw curves under the cell without matplotlib: each call sends a ``plot`` message with the
series (downsampled past 200 000 points) for the GUI's own plot widget.
"""

from __future__ import annotations

from typing import Any, Protocol

from engine.kernel.protocol import Plot, Reply

#: Points beyond this are thinned out evenly before they travel.
MAX_POINTS = 200_000
STYLES = ("line", "scatter", "dashed")


class PlotOwner(Protocol):
    current_id: int | None

    def send(self, message: Reply) -> None: ...

    def flush_streams(self) -> None: ...


class CellPlots:
    """The helpers' state for the running cell: which figure ``plot()`` draws into."""

    def __init__(self, owner: PlotOwner) -> None:
        self._owner = owner
        self.index = -1

    def new_cell(self) -> None:
        self.index = -1

    def figure(self, title: str | None = None) -> int:
        """Start a new plot in the output; later plot() calls draw into it."""
        self.index += 1
        self._owner.send(Plot(id=self._owner.current_id, figure=self.index, title=title))
        return self.index

    def plot(self, x: Any, y: Any = None, label: str | None = None, title: str | None = None,
             xlabel: str | None = None, ylabel: str | None = None, style: str = "line",
             new: bool = False) -> None:
        """Draw y against x (tensors, arrays or lists) as a curve in the output below the cell.

        ``style`` is "line", "scatter" or "dashed"; ``new=True`` starts another plot.
        """
        import numpy as np

        def as_array(v: Any) -> Any:
            if hasattr(v, "detach"):
                v = v.detach().cpu().float().numpy()
            return np.asarray(v, dtype=np.float64).reshape(-1)

        ys = as_array(x if y is None else y)
        xs = np.arange(ys.size, dtype=np.float64) if y is None else as_array(x)
        if xs.size != ys.size:
            raise ValueError(f"plot(): x has {xs.size} points but y has {ys.size}")
        if style not in STYLES:
            raise ValueError("plot(): style must be 'line', 'scatter' or 'dashed'")
        if xs.size > MAX_POINTS:
            step = -(-xs.size // MAX_POINTS)
            xs, ys = xs[::step], ys[::step]
        if new or self.index < 0:
            self.index += 1
        self._owner.flush_streams()
        self._owner.send(Plot(id=self._owner.current_id, figure=self.index, title=title,
                              xlabel=xlabel, ylabel=ylabel,
                              series={"x": xs, "y": ys, "label": label, "style": style}))
