"""Rich cell output: mime bundles, figures on a card, HTML tables, display updates and
clear_output(wait=True) animations, driven without a kernel (messages fed by hand)."""

from __future__ import annotations

import base64
import io
import statistics
import time

import pytest
from PySide6.QtCore import QBuffer, QIODevice, QPoint, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QTextTable
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from engine.tensor_inspect import summarize
from gui import i18n
from gui.waiting import settle
from gui.widgets.cell_output import CellOutput, note_text
from gui.widgets.output_view import OutputView
from gui.widgets.rich_output import (
    SUMMARY_MIME,
    FigureBlock,
    RichTextBlock,
    pick_mime,
    svg_logical_size,
)
from gui.widgets.tensor_view import TensorView


def _png(width: int, height: int, color: str = "#3060c0") -> str:
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor(color))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return base64.b64encode(bytes(buffer.data())).decode("ascii")


def _svg_figure(frame: int = 0, width_in: float = 6.25, height_in: float = 4.17) -> str:
    """A matplotlib SVG like d2l's Animator draws: jagged curves, legend, grid (600×400 px)."""
    import matplotlib

    matplotlib.use("svg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(width_in, height_in))
    n = 20 + frame
    for k in range(3):
        ax.plot(range(n), [((x * (k + 2)) % 7) / 7 for x in range(n)], label=f"curve {k}")
    ax.legend()
    ax.grid()
    ax.set_xlabel("epoch")
    out = io.StringIO()
    fig.savefig(out, format="svg")
    plt.close(fig)
    return out.getvalue()


@pytest.fixture
def view(qtbot):
    widget = OutputView()
    qtbot.addWidget(widget)
    widget.resize(700, 500)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _settle(ms: int = 30) -> None:
    settle(ms)


def test_pick_mime_prefers_the_richest_type():
    tensor = {"kind": "tensor", "repr": "tensor([1])"}
    assert pick_mime({"text/plain": "x", SUMMARY_MIME: tensor}) == SUMMARY_MIME
    # A plain value's summary is only its repr: IPython's own reprs win.
    assert pick_mime({"text/plain": "2", SUMMARY_MIME: {"kind": "number"}}) == "text/plain"
    assert pick_mime({SUMMARY_MIME: {"kind": "number", "repr": "2"}}) == SUMMARY_MIME
    assert pick_mime({"text/plain": "t", "text/html": "<b>t</b>"}) == "text/html"
    assert pick_mime({"text/plain": "f", "image/png": "x", "image/svg+xml": "<svg/>"}) == \
        "image/svg+xml"
    assert pick_mime({"text/plain": "f", "image/png": "x"}) == "image/png"
    assert pick_mime({"application/x-unknown": "?"}) is None


def test_svg_size_follows_css_units():
    size = svg_logical_size('<svg width="252pt" height="180pt" viewBox="0 0 252 180">')
    assert (round(size.width()), round(size.height())) == (336, 240)
    size = svg_logical_size('<svg viewBox="0 0 120 80" xmlns="http://www.w3.org/2000/svg">')
    assert (size.width(), size.height()) == (120, 80)


def test_retina_png_keeps_its_logical_size_and_scales_to_fit(view, qtbot):
    block = view.add_bundle({"image/png": _png(800, 400), "text/plain": "<Figure>"},
                            {"image/png": {"width": 400, "height": 200}})
    assert isinstance(block, FigureBlock)
    assert (block.logical.width(), block.logical.height()) == (400, 200)
    assert block.image.devicePixelRatio() == pytest.approx(2.0)
    _settle()
    assert block.width() >= 400 + 16 and block.height() == 200 + 16
    # Narrower than the picture: scaled down, aspect kept.
    view.resize(260, 500)
    qtbot.waitUntil(lambda: block.width() < 260)
    _settle()
    picture_w = block.width() - 16
    assert block.height() - 16 == pytest.approx(picture_w / 2, abs=1.5)


def test_figure_sits_on_a_white_card_even_in_the_dark(view, qtbot, monkeypatch):
    from gui import theme

    monkeypatch.setattr(theme, "is_dark", lambda: True)
    transparent = QImage(200, 100, QImage.Format.Format_ARGB32)
    transparent.fill(Qt.GlobalColor.transparent)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    transparent.save(buffer, "PNG")
    payload = base64.b64encode(bytes(buffer.data())).decode()
    block = view.add_bundle({"image/png": payload})
    _settle()
    picture = block.grab().toImage()
    assert QColor(picture.pixel(QPoint(50, 50))).name() == "#ffffff"


def test_svg_figure_renders_off_the_gui_thread(view, qtbot):
    svg = _svg_figure()
    block = view.add_bundle({"image/svg+xml": svg, "text/plain": "<Figure>"})
    assert isinstance(block, FigureBlock) and block.svg is not None
    assert round(block.logical.width()) == 600
    qtbot.waitUntil(block.has_image, timeout=5000)
    assert block.image.devicePixelRatio() == pytest.approx(block.devicePixelRatioF())
    picture = block.grab().toImage()
    # Dark pixels of the axes are on the card.
    inked = sum(1 for x in range(10, picture.width() - 10, 3)
                for y in range(10, picture.height() - 10, 3)
                if QColor(picture.pixel(x, y)).lightness() < 160)
    assert inked > 200


def test_dataframe_html_is_a_table(view):
    import pandas as pd

    frame = pd.DataFrame({"a": [1, 2, 3], "b": [0.5, 1.5, 2.5]})
    block = view.add_bundle({"text/plain": repr(frame), "text/html": frame._repr_html_()},
                            prompt="Out[1]:")
    assert isinstance(block, RichTextBlock)
    tables = [f for f in block.document().rootFrame().childFrames() if isinstance(f, QTextTable)]
    assert tables and tables[0].rows() == 4 and tables[0].columns() == 3
    assert "2.5" in view.texts()[-1]


def test_markdown_latex_and_plain_text(view):
    md = view.add_bundle({"text/markdown": "# Title\n\n*emphasis* and `code`"})
    assert isinstance(md, RichTextBlock) and "Title" in md.plain_text()
    assert md.document().toMarkdown().startswith("# Title")
    latex = view.add_bundle({"text/latex": r"$\frac{1}{2}$", "text/plain": "1/2"})
    assert view.texts()[-1] == r"$\frac{1}{2}$"
    assert latex.objectName() == "outputRepr"
    view.add_bundle({"text/plain": "2"}, prompt="Out[7]:")
    assert view.texts()[-1] == "Out[7]: 2"
    long = view.add_bundle({"text/plain": "\n".join(str(i) for i in range(500))})
    assert long.objectName() == "outputText" and long.height() < 400


def test_tensor_summary_bundle_draws_a_tensor_view(view):
    import numpy as np

    summary = summarize(np.arange(12).reshape(3, 4), name=None)
    view.add_bundle({SUMMARY_MIME: summary, "text/plain": "array(...)"}, prompt="Out[2]:")
    tensor_views = view.blocks[-1].findChildren(TensorView)
    assert tensor_views and tensor_views[0].model.rowCount() == 3


def test_update_display_replaces_in_place(view):
    view.add_stream("stdout", "before\n")
    first = view.add_bundle({"text/plain": "progress 0%"}, display_id="bar")
    view.add_stream("stdout", "after\n")
    assert view.update_display("bar", {"text/plain": "progress 50%"})
    assert view.texts() == ["before", "progress 50%", "after"]
    assert view.blocks[1] is not first  # a text block is rebuilt in place …
    figure = view.add_bundle({"image/png": _png(40, 20)}, display_id="fig")
    assert view.update_display("fig", {"image/png": _png(40, 20, "#ff0000")})
    assert view.blocks[-1] is figure  # … a figure swaps its picture
    assert not view.update_display("nope", {"text/plain": "x"})


def test_clear_wait_swaps_without_an_empty_frame(view):
    view.add_bundle({"text/plain": "frame 0"})
    view.clear(wait=True)
    assert view.texts() == ["frame 0"] and view.clear_pending
    view.add_bundle({"text/plain": "frame 1"})
    assert view.texts() == ["frame 1"]
    assert not view.updatesEnabled()  # old and new swap while nothing paints …
    _settle()
    assert view.updatesEnabled()  # … and the view paints again once the old block is gone
    assert len([b for b in view.container.children() if getattr(b, "isVisible", None)
                and b.isVisible() and b.objectName() == "outputRepr"]) == 1
    view.clear()
    assert view.texts() == [] and not view.clear_pending


def test_notices_survive_a_kernel_clear(view):
    view.add_notice("Starting the kernel…")
    view.add_bundle({"text/plain": "1"})
    view.clear(wait=True, keep_notices=True)
    view.add_bundle({"text/plain": "2"})
    assert view.texts() == ["Starting the kernel…", "2"]


def test_animated_figure_stays_in_place_and_is_cheap(view, qtbot):
    """d2l's Animator: display(fig); clear_output(wait=True) once per epoch."""
    cell = CellOutput(view)
    frames = [_svg_figure(i) for i in range(12)]
    cell.handle({"type": "display", "data": {"image/svg+xml": frames[0], "text/plain": "F"},
                 "metadata": {}, "display_id": None, "update": False})
    figure = view.blocks[0]
    qtbot.waitUntil(figure.has_image, timeout=5000)
    _settle(50)
    height = view.container.height()
    costs = []
    for svg in frames[1:]:
        started = time.perf_counter()
        cell.handle({"type": "clear_output", "wait": True})
        cell.handle({"type": "display", "data": {"image/svg+xml": svg, "text/plain": "F"},
                     "metadata": {}, "display_id": None, "update": False})
        QApplication.processEvents()  # the swap finishes and the view paints
        view.viewport().repaint()
        costs.append(time.perf_counter() - started)
        assert view.blocks == [figure], "the same card is reused"
        assert view.container.height() == height, "the view does not grow or jump"
        _settle(20)
    qtbot.waitUntil(figure.has_image, timeout=5000)
    print("frame costs ms", [round(c * 1000, 1) for c in costs])
    assert statistics.median(costs) < 0.025 and max(costs) < 0.05, costs


def test_save_and_copy_image(view, tmp_path, monkeypatch):
    png = _png(60, 30)
    figure = view.add_bundle({"image/png": png})
    target = tmp_path / "fig.png"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "PNG image (*.png)")))
    assert figure.save_image() == str(target)
    assert target.read_bytes() == base64.b64decode(png)
    figure.copy_image()
    assert QGuiApplication.clipboard().image().size() == QSize(60, 30)
    retina = view.add_bundle({"image/png": _png(80, 40, "#000000")},
                             {"image/png": {"width": 40, "height": 20}})
    copied = retina.full_image()
    assert copied.size() == QSize(80, 40)
    assert QColor(copied.pixel(79, 39)).name() == "#000000"  # all of it, not a corner

    svg = _svg_figure()
    vector = view.add_bundle({"image/svg+xml": svg})
    target_svg = tmp_path / "fig.svg"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target_svg), "SVG image (*.svg)")))
    assert vector.save_image() == str(target_svg)
    assert target_svg.read_text(encoding="utf-8") == svg
    target_png = tmp_path / "as_png"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target_png), "PNG image (*.png)")))
    assert vector.save_image() == str(target_png) + ".png"
    assert QImage(str(target_png) + ".png").width() == 1200  # twice the logical size

    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a: warnings.append(a)))
    (tmp_path / "a_file").write_text("")
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(tmp_path / "a_file" / "x.png"), "")))
    assert figure.save_image() is None and "Could not write" in warnings[0][2]


def test_figure_context_menu_offers_save_and_copy(view):
    figure = view.add_bundle({"image/png": _png(60, 30)})
    menu = figure.context_menu()
    actions = {a.objectName(): a for a in menu.actions()}
    assert list(actions) == ["saveImageAction", "copyImageAction"]
    assert actions["saveImageAction"].text() == "Save image…"
    QGuiApplication.clipboard().clear()
    actions["copyImageAction"].trigger()
    assert not QGuiApplication.clipboard().image().isNull()


def test_cell_output_messages(view):
    cell = CellOutput(view)
    shown = []
    cell.valueShown.connect(shown.append)
    cell.handle({"type": "stream", "name": "stdout", "text": "hi\n"})
    cell.handle({"type": "result", "execution_count": 3, "data": {"text/plain": "2"},
                 "metadata": {}, "value": {"kind": "number", "repr": "2"}})
    assert view.texts() == ["hi", "Out[3]: 2"]
    tensor = {"kind": "tensor", "repr": "tensor([1])", "shape": [1], "numel": 1}
    cell.handle({"type": "result", "execution_count": 4, "data": {"text/plain": "tensor([1])"},
                 "metadata": {}, "value": tensor})
    assert shown == [tensor]
    assert not cell.handle({"type": "variables", "variables": []})


def test_error_note_follows_the_ui_language(view):
    note = {"title": {"en": "Newer pandas", "zh": "新版 pandas"},
            "text": {"en": "Use numeric_only=True.", "zh": "请使用 numeric_only=True。"}}
    assert note_text(note, "zh") == "新版 pandas\n请使用 numeric_only=True。"
    assert note_text({"text_en": "Use it.", "text_zh": "用它。"}, "zh") == "用它。"
    assert note_text({"en": "English only"}, "zh") == "English only"
    assert note_text(None, "en") == ""
    cell = CellOutput(view)
    errors = []
    cell.errorShown.connect(errors.append)
    message = {"type": "error", "ename": "TypeError", "evalue": "could not convert",
               "message": "TypeError: could not convert", "lineno": 2, "line": "x.mean()",
               "traceback": "…", "traceback_lines": ["Traceback (most recent call last):",
                                                    "TypeError: could not convert"],
               "note": note, "memory": False}
    previous = i18n.current_language()
    try:
        i18n.set_language("zh")
        cell.handle(message)
    finally:
        i18n.set_language(previous)
    error = view.blocks[-2]
    assert error.objectName() == "outputError" and "x.mean()" in error.text()
    assert "TypeError: could not convert" in error.toolTip()
    assert view.blocks[-1].property("courseNote") and "numeric_only" in view.blocks[-1].text()
    assert "新版 pandas" in view.blocks[-1].text()
    assert errors and errors[0]["lineno"] == 2
