"""Notebooks as documents (nbformat 4), and the bridge from kernel messages to cell outputs.

Qt-free so the editor, the headless runner and the tests share one model. The sandbox's
messages already carry Jupyter mime bundles (docs/kernel-protocol.md), so turning them into
nbformat outputs is bookkeeping: merging streams, honouring display updates and deferred
clears, and rendering the sandbox's own ``plot()`` series to PNG so saved notebooks keep them.
"""

from __future__ import annotations

import base64
import copy
import io
import json
import re
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import nbformat

from engine.paths import atomic_write_text

#: DiveLab's tensor summaries: only meaningful inside the app, never written to a notebook.
SUMMARY_MIME = "application/vnd.divelab.summary+json"
PRIVATE_MIME_TYPES = frozenset({SUMMARY_MIME})

CELL_TYPES = ("code", "markdown", "raw")
NBFORMAT_MINOR = 5  # the first minor version with cell ids
_CELL_ID = re.compile(r"[a-zA-Z0-9_-]{1,64}")

_KERNELSPEC = {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}


class NotebookError(Exception):
    """A notebook that cannot be read or written; ``key`` says which, ``str()`` says it in English.

    Keys: ``not_found``, ``not_json``, ``not_notebook``, ``bad_version``, ``write_failed`` (and
    ``kernel_failed`` from the headless runner).
    """

    def __init__(self, key: str, message: str) -> None:
        super().__init__(message)
        self.key = key
        self.message = message

    def __str__(self) -> str:
        return self.message


def new_cell_id() -> str:
    """An nbformat 4.5 cell id (8 hex digits, as Jupyter makes them)."""
    return uuid.uuid4().hex[:8]


@dataclass
class Cell:
    """One notebook cell; ``outputs`` are nbformat output dicts, ready to be written."""

    cell_type: str = "code"
    source: str = ""
    outputs: list[dict] = field(default_factory=list)
    execution_count: int | None = None
    metadata: dict = field(default_factory=dict)
    id: str = field(default_factory=new_cell_id)
    #: Images pasted into markdown cells; kept so a round trip does not lose them.
    attachments: dict | None = None


def _plain(value: Any) -> Any:
    """NotebookNode → plain dicts and lists, so the model holds ordinary JSON values."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _text(value: Any) -> str:
    """nbformat's multiline strings may be lists of lines."""
    if isinstance(value, list):
        return "".join(str(v) for v in value)
    return "" if value is None else str(value)


def _public_output(output: dict) -> dict:
    """A copy of ``output`` without DiveLab-only mime types (filtered before copying: the
    summaries may hold large arrays)."""
    out = {}
    for key, value in output.items():
        if key in ("data", "metadata") and isinstance(value, dict):
            value = {k: v for k, v in value.items() if k not in PRIVATE_MIME_TYPES}
        out[key] = copy.deepcopy(value)
    return out


class NotebookDocument:
    """An open notebook: ordered cells, notebook metadata, where it lives, unsaved changes."""

    def __init__(self, cells: list[Cell] | None = None, metadata: dict | None = None,
                 path: Path | None = None) -> None:
        self.cells: list[Cell] = list(cells or [])
        self.metadata: dict = metadata if metadata is not None else {
            "kernelspec": dict(_KERNELSPEC), "language_info": {"name": "python"}}
        self.path: Path | None = Path(path) if path is not None else None
        self.dirty = False

    # ------------------------------------------------------------------ creation
    @classmethod
    def new(cls) -> NotebookDocument:
        """An empty notebook with one empty code cell, nothing to save yet."""
        return cls([Cell()])

    @classmethod
    def from_code(cls, code: str) -> NotebookDocument:
        """Sandbox code turned into a notebook; unsaved, so it starts dirty."""
        doc = cls([Cell(source=code)])
        doc.dirty = True
        return doc

    @classmethod
    def load(cls, path: str | Path) -> NotebookDocument:
        """Read any nbformat 3/4 file (v3 is upgraded); every failure is a keyed NotebookError."""
        path = Path(path)
        name = str(path)
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            raise NotebookError("not_found", f"{name} does not exist") from None
        except IsADirectoryError:
            raise NotebookError("not_notebook", f"{name} is a folder, not a notebook") from None
        except OSError as exc:
            reason = exc.strerror or str(exc)
            raise NotebookError("not_found", f"cannot read {name}: {reason}") from None
        try:
            text = raw.decode("utf-8-sig")
            data = json.loads(text)
        except UnicodeDecodeError:
            raise NotebookError("not_json", f"{name} is not a text file, so not a notebook") from None
        except json.JSONDecodeError as exc:
            raise NotebookError("not_json", f"{name} is not valid JSON (line {exc.lineno}, "
                                            f"column {exc.colno}: {exc.msg})") from None
        if not isinstance(data, dict) or "nbformat" not in data:
            raise NotebookError("not_notebook",
                                f"{name} is JSON but not a notebook (no nbformat version)")
        major = data.get("nbformat")
        if not isinstance(major, int) or isinstance(major, bool) or major not in nbformat.versions:
            raise NotebookError("bad_version", f"{name} uses notebook format {major!r}; DiveLab "
                                               f"reads formats 3 and 4")
        try:
            nb = nbformat.convert(nbformat.reader.reads(text), 4)
            cells = [cls._cell_from_node(c) for c in nb["cells"]]
        except Exception as exc:  # noqa: BLE001 - a malformed file, whatever the details
            raise NotebookError("not_notebook",
                                f"{name} is not a well-formed notebook ({exc})") from None
        seen: set[str] = set()
        for cell in cells:  # nbformat 4.5 wants unique, well-formed ids; older files may not
            if cell.id in seen or not _CELL_ID.fullmatch(cell.id):
                cell.id = new_cell_id()
            seen.add(cell.id)
        metadata = _plain(nb.get("metadata") or {})
        return cls(cells, metadata if isinstance(metadata, dict) else {}, path)

    @staticmethod
    def _cell_from_node(node: Any) -> Cell:
        if not isinstance(node, dict):
            raise ValueError("a cell is not an object")
        cell_type = node.get("cell_type")
        if cell_type not in CELL_TYPES:
            raise ValueError(f"unknown cell type {cell_type!r}")
        cell_id = node.get("id")
        count = node.get("execution_count")
        outputs = _plain(node.get("outputs") or []) if cell_type == "code" else []
        if not isinstance(outputs, list) or not all(isinstance(o, dict) for o in outputs):
            raise ValueError("a cell's outputs are not a list of objects")
        metadata = _plain(node.get("metadata") or {})
        return Cell(
            cell_type=cell_type,
            source=_text(node.get("source")),
            outputs=outputs,
            execution_count=count if isinstance(count, int) and cell_type == "code" else None,
            metadata=metadata if isinstance(metadata, dict) else {},
            id=cell_id if isinstance(cell_id, str) and cell_id else new_cell_id(),
            attachments=_plain(node["attachments"]) if node.get("attachments") else None,
        )

    # ------------------------------------------------------------------ editing
    def insert_cell(self, index: int, cell_type: str = "code", source: str = "") -> Cell:
        """Insert a new cell so that it ends up at ``index`` (``len(cells)`` appends)."""
        if cell_type not in CELL_TYPES:
            raise ValueError(f"cell_type must be one of {CELL_TYPES}, not {cell_type!r}")
        if not 0 <= index <= len(self.cells):
            raise IndexError(f"cannot insert at {index} in {len(self.cells)} cells")
        cell = Cell(cell_type=cell_type, source=source)
        self.cells.insert(index, cell)
        self.dirty = True
        return cell

    def delete_cell(self, index: int) -> Cell:
        """Remove the cell at ``index`` and return it (for undo)."""
        cell = self.cells.pop(self._check(index))
        self.dirty = True
        return cell

    def move_cell(self, index: int, new_index: int) -> None:
        """Move a cell so that it ends up at ``new_index``."""
        cell = self.cells[self._check(index)]
        self._check(new_index)
        if new_index == index:
            return
        self.cells.pop(index)
        self.cells.insert(new_index, cell)
        self.dirty = True

    def set_source(self, index: int, text: str) -> None:
        """Replace a cell's text; an identical text is not a change."""
        cell = self.cells[self._check(index)]
        if cell.source != text:
            cell.source = text
            self.dirty = True

    def clear_outputs(self, index: int | None = None) -> None:
        """Forget the outputs and prompt numbers of one code cell, or of all of them."""
        cells = self.cells if index is None else [self.cells[self._check(index)]]
        for cell in cells:
            if cell.outputs or cell.execution_count is not None:
                cell.outputs = []
                cell.execution_count = None
                self.dirty = True

    def _check(self, index: int) -> int:
        if not 0 <= index < len(self.cells):
            raise IndexError(f"no cell {index} in {len(self.cells)} cells")
        return index

    # ------------------------------------------------------------------ writing
    def to_node(self) -> nbformat.NotebookNode:
        """The notebook as nbformat 4.5, without DiveLab-only data."""
        nb = nbformat.v4.new_notebook(metadata=copy.deepcopy(self.metadata))
        nb.nbformat, nb.nbformat_minor = 4, NBFORMAT_MINOR
        seen: set[str] = set()
        for cell in self.cells:
            cell_id = cell.id
            if cell_id in seen or not _CELL_ID.fullmatch(cell_id or ""):
                cell_id = new_cell_id()  # ids must be unique and well formed in nbformat 4.5
            seen.add(cell_id)
            node: dict[str, Any] = {"id": cell_id, "cell_type": cell.cell_type,
                                    "metadata": copy.deepcopy(cell.metadata),
                                    "source": cell.source}
            if cell.cell_type == "code":
                node["execution_count"] = cell.execution_count
                node["outputs"] = [_public_output(o) for o in cell.outputs]
            elif cell.attachments:
                node["attachments"] = copy.deepcopy(cell.attachments)
            nb.cells.append(nbformat.from_dict(node))
        return nb

    def validate(self) -> nbformat.NotebookNode:
        """The notebook as nbformat; NotebookError("write_failed") when it would not be valid."""
        nb = self.to_node()
        try:
            nbformat.validate(nb)
        except nbformat.ValidationError as exc:
            where = "/".join(str(p) for p in exc.absolute_path) if exc.absolute_path else ""
            detail = str(getattr(exc, "message", exc)).splitlines()[0]
            raise NotebookError("write_failed", "the notebook is not valid nbformat 4"
                                + (f" at {where}" if where else "") + f": {detail}") from None
        return nb

    def to_json(self) -> str:
        """The notebook as Jupyter writes it (1-space indent, sorted keys, final newline)."""
        nb = self.validate()
        try:
            text = nbformat.writes(nb, version=nbformat.NO_CONVERT)
        except (TypeError, ValueError) as exc:
            raise NotebookError("write_failed",
                                f"the notebook holds data that is not JSON ({exc})") from None
        return text if text.endswith("\n") else text + "\n"

    def save(self, path: str | Path | None = None) -> Path:
        """Write the notebook atomically (to ``path`` or where it came from) and mark it clean."""
        target = Path(path) if path is not None else self.path
        if target is None:
            raise NotebookError("write_failed", "the notebook has no file name yet")
        text = self.to_json()
        if target.is_dir():
            raise NotebookError("write_failed", f"cannot write {target}: it is a folder")
        if not target.parent.is_dir():
            raise NotebookError("write_failed",
                                f"cannot write {target}: the folder {target.parent} does not exist")
        try:
            atomic_write_text(target, text)
        except OSError as exc:
            reason = exc.strerror or str(exc)
            raise NotebookError("write_failed", f"cannot write {target}: {reason}") from None
        self.path = target
        self.dirty = False
        return target


# =========================================================================== outputs
class OutputCollector:
    """Applies kernel messages to one code cell's outputs, as Jupyter's front ends would.

    ``displays`` maps display ids to the outputs that carry them; pass one dict to several
    collectors (one per cell) so ``update_display`` reaches an output from an earlier cell.
    """

    def __init__(self, cell: Cell, lang: str = "en",
                 displays: dict[str, list[dict]] | None = None) -> None:
        self.cell = cell
        self.lang = lang
        self.displays: dict[str, list[dict]] = displays if displays is not None else {}
        self._clear_pending = False
        self._figures: dict[Any, _Figure] = {}
        self._stale: list[_Figure] = []

    # ------------------------------------------------------------------ entry point
    def feed(self, msg: dict) -> bool:
        """Apply one message; True when outputs changed (a display update may change an earlier
        cell's) or the prompt number did."""
        kind = msg.get("type")
        changed = False
        if kind != "plot" and self._stale:
            changed = self.render_plots()
        handler = {
            "stream": self._stream, "display": self._display, "clear_output": self._clear,
            "result": self._result, "error": self._error, "plot": self._plot,
            "done": self._done,
        }.get(kind)  # type: ignore[arg-type]
        if handler is None:
            return changed
        return handler(msg) or changed

    def render_plots(self) -> bool:
        """Draw every plot() figure that changed since it was last drawn."""
        stale, self._stale = self._stale, []
        for figure in stale:
            figure.output["data"] = _render_figure(figure)
        return bool(stale)

    # ------------------------------------------------------------------ message types
    def _append(self, output: dict) -> None:
        if self._clear_pending:
            self._clear_pending = False
            self._clear_now()
        self.cell.outputs.append(output)

    def _clear_now(self) -> None:
        gone = {id(o) for o in self.cell.outputs}
        self.cell.outputs.clear()
        for key in list(self.displays):
            kept = [o for o in self.displays[key] if id(o) not in gone]
            if kept:
                self.displays[key] = kept
            else:
                del self.displays[key]
        self._figures.clear()
        self._stale.clear()

    def _stream(self, msg: dict) -> bool:
        text = msg.get("text") or ""
        name = msg.get("name") or "stdout"
        if not text:
            return False
        outputs = self.cell.outputs
        if (not self._clear_pending and outputs and outputs[-1].get("output_type") == "stream"
                and outputs[-1].get("name") == name):
            outputs[-1]["text"] = _text(outputs[-1].get("text")) + text
            return True
        self._append({"output_type": "stream", "name": name, "text": text})
        return True

    def _display(self, msg: dict) -> bool:
        data = _bundle(msg.get("data"))
        metadata = _metadata(msg.get("metadata"))
        display_id = msg.get("display_id")
        if display_id is None:
            display_id = (msg.get("transient") or {}).get("display_id")
        if msg.get("update"):
            targets = self.displays.get(display_id, []) if display_id is not None else []
            for output in targets:
                output["data"] = copy.deepcopy(data)
                output["metadata"] = copy.deepcopy(metadata)
            return bool(targets)
        output = {"output_type": "display_data", "data": data, "metadata": metadata}
        self._append(output)
        if display_id is not None:
            self.displays.setdefault(display_id, []).append(output)
        return True

    def _clear(self, msg: dict) -> bool:
        if msg.get("wait"):
            self._clear_pending = True
            return False
        self._clear_pending = False
        had = bool(self.cell.outputs)
        self._clear_now()
        return had

    def _result(self, msg: dict) -> bool:
        data = _bundle(msg.get("data"))
        if "text/plain" not in data:
            value = msg.get("value")
            if isinstance(value, dict) and isinstance(value.get("repr"), str):
                data["text/plain"] = value["repr"]
        count = msg.get("execution_count")
        self._append({"output_type": "execute_result",
                      "execution_count": count if isinstance(count, int) else None,
                      "data": data, "metadata": _metadata(msg.get("metadata"))})
        return True

    def _error(self, msg: dict) -> bool:
        lines = msg.get("traceback_lines")
        if not isinstance(lines, list):
            lines = _text(msg.get("traceback")).splitlines()
        ename = str(msg.get("ename") or "Error")
        self._append({"output_type": "error", "ename": ename,
                      "evalue": str(msg.get("evalue") or ""),
                      "traceback": [str(line) for line in lines]})
        note = msg.get("note")
        if isinstance(note, dict):
            text = note.get(self.lang) or note.get("en") or note.get("zh")
            if isinstance(text, str) and text.strip():
                self._append({"output_type": "stream", "name": "stderr",
                              "text": text if text.endswith("\n") else text + "\n"})
        return True

    def _plot(self, msg: dict) -> bool:
        if self._clear_pending:  # a plot is output too: the deferred clear happens now
            self._clear_pending = False
            self._clear_now()
        key = msg.get("figure", 0)
        figure = self._figures.get(key)
        changed = False
        if figure is None:
            figure = _Figure(output={"output_type": "display_data",
                                     "data": {"text/plain": "<Figure>"}, "metadata": {}})
            self._figures[key] = figure
            self._append(figure.output)
            changed = True
        for attr in ("title", "xlabel", "ylabel"):
            if msg.get(attr) is not None:
                setattr(figure, attr, str(msg[attr]))
        series = msg.get("series")
        if series is not None:
            figure.series.append(series)
        if figure not in self._stale:
            self._stale.append(figure)
        return changed or series is not None

    def _done(self, msg: dict) -> bool:
        self._clear_pending = False  # a clear that waited for more output keeps the last one
        count = msg.get("execution_count")
        if isinstance(count, int) and count != self.cell.execution_count:
            self.cell.execution_count = count
            return True
        return False


def _bundle(data: Any) -> dict:
    """A mime bundle for a notebook: DiveLab-only types left out, a copy the kernel can't touch."""
    if not isinstance(data, dict):
        return {}
    return {k: copy.deepcopy(v) for k, v in data.items() if k not in PRIVATE_MIME_TYPES}


def _metadata(metadata: Any) -> dict:
    if not isinstance(metadata, dict):
        return {}
    return {k: copy.deepcopy(v) for k, v in metadata.items() if k not in PRIVATE_MIME_TYPES}


@dataclass(eq=False)
class _Figure:
    """The series of one ``plot()`` figure, redrawn whenever a series is added."""

    output: dict
    title: str | None = None
    xlabel: str | None = None
    ylabel: str | None = None
    series: list[dict] = field(default_factory=list)


def _render_figure(figure: _Figure) -> dict:
    """PNG of a plot() figure with matplotlib's Agg canvas (no pyplot, no global backend)."""
    import numpy as np
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(5.0, 3.5), dpi=100)
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    labelled = False
    for s in figure.series:
        x = np.asarray(s.get("x", []), dtype=float).reshape(-1)
        y = np.asarray(s.get("y", []), dtype=float).reshape(-1)
        label = s.get("label")
        labelled = labelled or bool(label)
        style = s.get("style", "line")
        if style == "scatter":
            ax.scatter(x, y, s=10, label=label)
        else:
            ax.plot(x, y, "--" if style == "dashed" else "-", label=label)
    if figure.title:
        ax.set_title(figure.title)
    if figure.xlabel:
        ax.set_xlabel(figure.xlabel)
    if figure.ylabel:
        ax.set_ylabel(figure.ylabel)
    if labelled:
        ax.legend()
    ax.grid(True, alpha=0.3)
    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    return {"image/png": base64.b64encode(buf.getvalue()).decode("ascii"),
            "text/plain": "<Figure size 500x350 with 1 Axes>"}
