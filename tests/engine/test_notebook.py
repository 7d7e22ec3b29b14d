"""Notebook documents and the kernel-message → nbformat-output bridge, without a kernel."""

from __future__ import annotations

import base64
import io
import json
import subprocess
import sys
from pathlib import Path

import nbformat
import numpy as np
import pytest
from PIL import Image

from engine.notebook import SUMMARY_MIME, Cell, NotebookDocument, NotebookError, OutputCollector

ROOT = Path(__file__).resolve().parents[2]


def valid(cell: Cell) -> None:
    """The cell's outputs as they stand must be a valid nbformat 4.5 notebook."""
    doc = NotebookDocument([cell])
    nbformat.validate(doc.to_node())
    nbformat.validate(nbformat.reads(doc.to_json(), as_version=4))


# ----------------------------------------------------------------------------- the document

def test_new_from_code_and_dirty_rules():
    doc = NotebookDocument.new()
    assert [c.cell_type for c in doc.cells] == ["code"] and not doc.dirty and doc.path is None
    assert doc.metadata["kernelspec"]["language"] == "python"
    doc = NotebookDocument.from_code("x = 1\nx")
    assert doc.cells[0].source == "x = 1\nx" and doc.cells[0].cell_type == "code"
    assert doc.dirty  # nothing saved yet


def test_editing_operations():
    doc = NotebookDocument.new()
    first = doc.cells[0]
    md = doc.insert_cell(0, "markdown", "# title")
    raw = doc.insert_cell(2, "raw", "raw text")
    assert doc.cells == [md, first, raw] and doc.dirty
    assert len({c.id for c in doc.cells}) == 3

    doc.dirty = False
    doc.set_source(1, first.source)  # unchanged text is not an edit
    assert not doc.dirty
    doc.set_source(1, "print(1)")
    assert first.source == "print(1)" and doc.dirty

    doc.move_cell(0, 2)
    assert doc.cells == [first, raw, md]
    doc.move_cell(2, 0)
    assert doc.cells == [md, first, raw]

    doc.dirty = False
    first.outputs.append({"output_type": "stream", "name": "stdout", "text": "1\n"})
    first.execution_count = 3
    doc.clear_outputs(1)
    assert first.outputs == [] and first.execution_count is None and doc.dirty

    assert doc.delete_cell(2) is raw and doc.cells == [md, first]
    with pytest.raises(IndexError):
        doc.delete_cell(5)
    with pytest.raises(IndexError):
        doc.move_cell(0, 2)
    with pytest.raises(ValueError):
        doc.insert_cell(0, "heading")


def test_clear_all_outputs():
    doc = NotebookDocument([Cell(source="a", outputs=[{"output_type": "stream", "name": "stdout",
                                                       "text": "x"}], execution_count=1),
                            Cell(source="b", execution_count=2)])
    doc.clear_outputs()
    assert all(c.outputs == [] and c.execution_count is None for c in doc.cells) and doc.dirty


def test_save_load_round_trip(tmp_path):
    doc = NotebookDocument.new()
    doc.set_source(0, "print('hi')\n1 + 1")
    cell = doc.cells[0]
    cell.metadata["nbgrader"] = {"grade_id": "q1", "solution": True, "schema_version": 3}
    cell.execution_count = 4
    cell.outputs += [{"output_type": "stream", "name": "stdout", "text": "hi\n"},
                     {"output_type": "execute_result", "execution_count": 4,
                      "data": {"text/plain": "2"}, "metadata": {}}]
    md = doc.insert_cell(1, "markdown", "Some *notes* 中文")
    md.attachments = {"a.png": {"image/png": "iVBORw0KGgo="}}
    doc.metadata["divelab"] = {"lesson": "2.2"}

    path = tmp_path / "lesson.ipynb"
    assert doc.save(path) == path
    assert not doc.dirty and doc.path == path
    assert [p.name for p in tmp_path.iterdir()] == ["lesson.ipynb"]  # no temp file left

    on_disk = nbformat.read(path, as_version=4)
    nbformat.validate(on_disk)
    assert (on_disk.nbformat, on_disk.nbformat_minor) == (4, 5)

    again = NotebookDocument.load(path)
    assert not again.dirty and again.path == path
    assert again.metadata["divelab"] == {"lesson": "2.2"}
    a, b = again.cells
    assert (a.id, a.source, a.execution_count, a.metadata) == (
        cell.id, cell.source, 4, cell.metadata)
    assert a.outputs == cell.outputs
    assert b.cell_type == "markdown" and b.source == "Some *notes* 中文" and b.id == md.id
    assert b.attachments == md.attachments
    assert again.to_json() == doc.to_json()


def test_save_without_path_and_save_in_place(tmp_path):
    doc = NotebookDocument.new()
    with pytest.raises(NotebookError) as info:
        doc.save()
    assert info.value.key == "write_failed"
    path = tmp_path / "a.ipynb"
    doc.save(path)
    doc.set_source(0, "x = 2")
    doc.save()
    assert NotebookDocument.load(path).cells[0].source == "x = 2"


def test_save_strips_divelab_summaries(tmp_path):
    cell = Cell(source="t", execution_count=1, outputs=[{
        "output_type": "execute_result", "execution_count": 1, "metadata": {},
        "data": {"text/plain": "tensor([1., 2.])", SUMMARY_MIME: {"kind": "tensor"}}}])
    doc = NotebookDocument([cell])
    doc.save(tmp_path / "s.ipynb")
    data = json.loads((tmp_path / "s.ipynb").read_text())["cells"][0]["outputs"][0]["data"]
    assert data == {"text/plain": ["tensor([1., 2.])"]}
    assert SUMMARY_MIME in cell.outputs[0]["data"]  # the document in memory is untouched


def test_duplicate_or_bad_ids_are_replaced_on_save():
    doc = NotebookDocument([Cell(id="same"), Cell(id="same"), Cell(id="has space")])
    ids = [c["id"] for c in json.loads(doc.to_json())["cells"]]
    assert ids[0] == "same" and len(set(ids)) == 3 and " " not in ids[2]


def test_duplicate_ids_in_a_file_are_made_unique_on_load(tmp_path):
    cell = {"cell_type": "markdown", "id": "dup", "metadata": {}, "source": "x"}
    path = tmp_path / "dup.ipynb"
    path.write_text(json.dumps({"nbformat": 4, "nbformat_minor": 5, "metadata": {},
                                "cells": [cell, cell]}))
    doc = NotebookDocument.load(path)
    assert doc.cells[0].id == "dup" and doc.cells[1].id != "dup"
    assert [c["id"] for c in json.loads(doc.to_json())["cells"]] == [c.id for c in doc.cells]


def test_invalid_outputs_are_refused_on_save(tmp_path):
    doc = NotebookDocument([Cell(outputs=[{"output_type": "stream", "text": "no name"}])])
    with pytest.raises(NotebookError) as info:
        doc.save(tmp_path / "bad.ipynb")
    assert info.value.key == "write_failed" and "nbformat" in str(info.value)
    assert not (tmp_path / "bad.ipynb").exists()


@pytest.mark.parametrize("where", ["missing_folder", "folder"])
def test_unwritable_targets(tmp_path, where):
    target = tmp_path / "nope" / "a.ipynb" if where == "missing_folder" else tmp_path
    with pytest.raises(NotebookError) as info:
        NotebookDocument.new().save(target)
    assert info.value.key == "write_failed" and str(target) in str(info.value)


def test_load_upgrades_nbformat_3(tmp_path):
    v3 = {"nbformat": 3, "nbformat_minor": 0, "metadata": {"name": "old"}, "worksheets": [{
        "metadata": {}, "cells": [
            {"cell_type": "code", "input": "1 + 1", "language": "python", "prompt_number": 1,
             "metadata": {}, "outputs": [{"output_type": "pyout", "prompt_number": 1,
                                          "text": "2", "metadata": {}}]},
            {"cell_type": "markdown", "source": "# Old", "metadata": {}}]}]}
    path = tmp_path / "old.ipynb"
    path.write_text(json.dumps(v3))
    doc = NotebookDocument.load(path)
    code, md = doc.cells
    assert (code.source, code.execution_count) == ("1 + 1", 1)
    assert code.outputs[0]["output_type"] == "execute_result"
    assert code.outputs[0]["data"]["text/plain"] == "2"
    assert md.cell_type == "markdown" and md.source == "# Old"
    nbformat.validate(nbformat.reads(doc.to_json(), as_version=4))


def test_load_nbformat_4_without_ids(tmp_path):
    path = tmp_path / "v44.ipynb"
    path.write_text(json.dumps({"nbformat": 4, "nbformat_minor": 4, "metadata": {}, "cells": [
        {"cell_type": "code", "source": ["a = 1\n", "a"], "metadata": {}, "outputs": [],
         "execution_count": None}]}))
    doc = NotebookDocument.load(path)
    assert doc.cells[0].source == "a = 1\na" and doc.cells[0].id
    nbformat.validate(doc.to_node())


@pytest.mark.parametrize(("content", "key", "words"), [
    ("{bad json", "not_json", "not valid JSON"),
    (b"\x89PNG\r\n\x1a\n\xff\xfe", "not_json", "not a text file"),
    ("[1, 2, 3]", "not_notebook", "not a notebook"),
    ('{"cells": []}', "not_notebook", "not a notebook"),
    ('{"nbformat": 4, "metadata": {}}', "not_notebook", "well-formed"),
    ('{"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": [{"cell_type": "slide"}]}',
     "not_notebook", "well-formed"),
    ('{"nbformat": 9, "cells": []}', "bad_version", "format 9"),
    ('{"nbformat": "4", "cells": []}', "bad_version", "format '4'"),
])
def test_bad_files_raise_keyed_errors(tmp_path, content, key, words):
    path = tmp_path / "broken.ipynb"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content)
    with pytest.raises(NotebookError) as info:
        NotebookDocument.load(path)
    assert info.value.key == key
    message = str(info.value)
    assert words in message and str(path) in message and "\n" not in message


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(NotebookError) as info:
        NotebookDocument.load(tmp_path / "absent.ipynb")
    assert info.value.key == "not_found" and "does not exist" in str(info.value)
    with pytest.raises(NotebookError) as info:
        NotebookDocument.load(tmp_path)
    assert info.value.key == "not_notebook" and "folder" in str(info.value)


# ----------------------------------------------------------------------------- the collector

def stream(text, name="stdout"):
    return {"type": "stream", "name": name, "text": text}


def display(text, display_id=None, update=False, mime="text/plain"):
    return {"type": "display", "data": {mime: text}, "metadata": {}, "display_id": display_id,
            "update": update}


def test_streams_merge_per_name():
    cell = Cell()
    col = OutputCollector(cell)
    assert col.feed(stream("a"))
    assert col.feed(stream("b\n"))
    assert col.feed(stream("warn\n", "stderr"))
    assert col.feed(stream("c\n"))
    assert not col.feed(stream(""))
    assert [(o["name"], o["text"]) for o in cell.outputs] == [
        ("stdout", "ab\n"), ("stderr", "warn\n"), ("stdout", "c\n")]
    valid(cell)


def test_messages_that_are_not_output_change_nothing():
    cell = Cell()
    col = OutputCollector(cell)
    for msg in ({"type": "started", "op": "execute"}, {"type": "variables", "variables": []},
                {"type": "state", "state": "busy"}, {"type": "notice", "kind": "timeout"}):
        assert not col.feed(msg)
    assert cell.outputs == []


def test_display_update_replaces_in_place():
    cell = Cell()
    col = OutputCollector(cell)
    col.feed(stream("before\n"))
    assert col.feed(display("first", "d1"))
    assert col.feed(display("plain"))
    assert col.feed(display("second", "d1", update=True))
    assert [o["output_type"] for o in cell.outputs] == ["stream", "display_data", "display_data"]
    assert cell.outputs[1]["data"] == {"text/plain": "second"}
    assert cell.outputs[2]["data"] == {"text/plain": "plain"}
    assert not col.feed(display("lost", "unknown-id", update=True))
    assert len(cell.outputs) == 3
    assert all("transient" not in o and "display_id" not in o for o in cell.outputs)
    valid(cell)


def test_display_update_reaches_an_earlier_cell_through_shared_ids():
    displays: dict = {}
    first, second = Cell(), Cell()
    OutputCollector(first, displays=displays).feed(display("progress 0%", "bar"))
    col = OutputCollector(second, displays=displays)
    assert col.feed(display("progress 100%", "bar", update=True))  # the document changed
    assert first.outputs[0]["data"]["text/plain"] == "progress 100%"
    assert second.outputs == []


def test_clear_output_wait_defers_until_next_output():
    cell = Cell()
    col = OutputCollector(cell)
    col.feed(display("step 0"))
    col.feed(stream("log 0\n"))
    assert not col.feed({"type": "clear_output", "wait": True})
    assert len(cell.outputs) == 2  # nothing flickers away yet
    assert col.feed(stream("log 1\n"))  # cleared, then appended (not merged into the old text)
    assert cell.outputs == [{"output_type": "stream", "name": "stdout", "text": "log 1\n"}]
    col.feed({"type": "clear_output", "wait": True})
    col.feed(display("step 1"))
    assert [o["data"]["text/plain"] for o in cell.outputs] == ["step 1"]
    # The course's Animator: display, clear(wait), ... and the cell ends: the last one stays.
    col.feed({"type": "clear_output", "wait": True})
    col.feed({"type": "done", "status": "ok", "execution_count": 7})
    assert [o["data"]["text/plain"] for o in cell.outputs] == ["step 1"]
    assert cell.execution_count == 7
    valid(cell)


def test_clear_output_without_wait_clears_at_once():
    cell = Cell()
    col = OutputCollector(cell)
    col.feed(display("x", "d"))
    assert col.feed({"type": "clear_output", "wait": False})
    assert cell.outputs == []
    assert not col.feed({"type": "clear_output", "wait": False})
    assert not col.feed(display("y", "d", update=True))  # its output is gone
    assert cell.outputs == [] and col.displays == {}


def test_result_keeps_text_and_drops_the_summary():
    cell = Cell()
    col = OutputCollector(cell)
    summary = {"kind": "tensor", "shape": [2], "data": np.zeros(2)}
    assert col.feed({"type": "result", "execution_count": 3, "metadata": {}, "value": summary,
                     "data": {"text/plain": "tensor([0., 0.])", "text/html": "<b>t</b>",
                              SUMMARY_MIME: summary}})
    out = cell.outputs[0]
    assert out == {"output_type": "execute_result", "execution_count": 3, "metadata": {},
                   "data": {"text/plain": "tensor([0., 0.])", "text/html": "<b>t</b>"}}
    col.feed({"type": "result", "execution_count": 4, "metadata": {},
              "data": {SUMMARY_MIME: summary}, "value": {"kind": "other", "repr": "42"}})
    assert cell.outputs[1]["data"] == {"text/plain": "42"}
    valid(cell)


def error_message(note=None):
    return {"type": "error", "ename": "TypeError", "evalue": "could not convert string to float",
            "message": "TypeError: could not convert string to float", "lineno": 2,
            "line": "inputs.mean()", "traceback": "Traceback…\nTypeError: …",
            "traceback_lines": ["Traceback (most recent call last):",
                                '  File "<cell>", line 2, in <module>\n    inputs.mean()',
                                "TypeError: could not convert string to float"],
            "note": note, "memory": False}


def test_error_output_uses_traceback_lines():
    cell = Cell()
    col = OutputCollector(cell)
    assert col.feed(error_message())
    assert cell.outputs == [{"output_type": "error", "ename": "TypeError",
                             "evalue": "could not convert string to float",
                             "traceback": error_message()["traceback_lines"]}]
    valid(cell)


@pytest.mark.parametrize(("lang", "expected"), [("en", "pandas 2 needs numeric_only=True\n"),
                                                ("zh", "pandas 2 需要 numeric_only=True\n")])
def test_error_note_follows_the_language(lang, expected):
    note = {"en": "pandas 2 needs numeric_only=True", "zh": "pandas 2 需要 numeric_only=True"}
    cell = Cell()
    OutputCollector(cell, lang=lang).feed(error_message(note))
    assert [o["output_type"] for o in cell.outputs] == ["error", "stream"]
    assert cell.outputs[1] == {"output_type": "stream", "name": "stderr", "text": expected}
    valid(cell)


def png_size(output: dict) -> tuple[int, int]:
    raw = base64.b64decode(output["data"]["image/png"])
    assert raw.startswith(b"\x89PNG\r\n\x1a\n")
    return Image.open(io.BytesIO(raw)).size


def plot_msg(figure, y, label=None, style="line", title=None):
    return {"type": "plot", "figure": figure, "title": title, "xlabel": "x", "ylabel": "y",
            "series": {"x": np.arange(len(y), dtype=float), "y": np.asarray(y, dtype=float),
                       "label": label, "style": style}}


def test_plot_helper_becomes_png():
    cell = Cell()
    col = OutputCollector(cell)
    assert col.feed({"type": "plot", "figure": 0, "title": "losses", "series": None})
    assert col.feed(plot_msg(0, [3, 2, 1], label="train"))
    assert col.feed(plot_msg(0, [3, 2.5, 2], label="test", style="dashed"))
    assert col.feed(plot_msg(1, [0, 1, 0], style="scatter"))
    assert len(cell.outputs) == 2  # one output per figure, however many series
    assert col.feed({"type": "done", "status": "ok", "execution_count": 1})
    for out in cell.outputs:
        assert out["output_type"] == "display_data"
        width, height = png_size(out)
        assert width > 200 and height > 150
    valid(cell)


def test_plot_png_changes_with_its_series():
    one, two = Cell(), Cell()
    a = OutputCollector(one)
    a.feed(plot_msg(0, [1, 2, 3]))
    a.render_plots()
    b = OutputCollector(two)
    b.feed(plot_msg(0, [1, 2, 3]))
    b.feed(plot_msg(0, [3, 2, 1], label="down"))
    b.render_plots()
    assert one.outputs[0]["data"]["image/png"] != two.outputs[0]["data"]["image/png"]


def test_output_after_a_plot_keeps_order():
    cell = Cell()
    col = OutputCollector(cell)
    col.feed(plot_msg(0, [1, 2]))
    col.feed(stream("after\n"))
    assert [o["output_type"] for o in cell.outputs] == ["display_data", "stream"]
    assert "image/png" in cell.outputs[0]["data"]


def test_images_and_json_bundles_validate():
    cell = Cell()
    col = OutputCollector(cell)
    col.feed({"type": "display", "metadata": {"image/png": {"width": 10, "height": 5}},
              "display_id": None, "update": False,
              "data": {"image/png": "iVBORw0KGgo=", "text/plain": "<Figure>",
                       "application/json": {"a": [1, 2]}, "image/svg+xml": "<svg/>"}})
    col.feed({"type": "done", "status": "ok", "execution_count": 2})
    valid(cell)
    assert cell.execution_count == 2


def test_importing_the_model_loads_no_matplotlib():
    code = ("import sys, engine.notebook\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('matplotlib', 'torch')))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "[]"
