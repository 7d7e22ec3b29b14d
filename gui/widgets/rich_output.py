"""Blocks for Jupyter mime bundles: figures (PNG/JPEG/SVG) on a white card, HTML and Markdown.

Figures from matplotlib's inline backend have a transparent background and black axes, so
they sit on a white card whatever the theme. SVG is rasterised on a worker thread: stroking a
jagged training curve takes Qt tens of milliseconds, which would stall the window once per
epoch when ``d2l.Animator`` redraws.
"""

from __future__ import annotations

import base64
import binascii
import logging
import re
from typing import Any

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QLoggingCategory,
    QRectF,
    QSize,
    QSizeF,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QGuiApplication,
    QImage,
    QImageReader,
    QPainter,
    QPaintEvent,
)
from PySide6.QtWidgets import QFileDialog, QFrame, QMenu, QMessageBox, QSizePolicy, QTextBrowser, QWidget

from gui.i18n import tr_format
from gui.tasks import TaskSlot

log = logging.getLogger(__name__)

SUMMARY_MIME = "application/vnd.divelab.summary+json"
#: Richest first. The DiveLab summary only wins for values it draws better than their repr.
MIME_ORDER = (SUMMARY_MIME, "image/svg+xml", "image/png", "image/jpeg", "text/html",
              "text/markdown", "text/latex", "text/plain")
IMAGE_MIMES = ("image/svg+xml", "image/png", "image/jpeg")
RICH_SUMMARY_KINDS = ("tensor", "ndarray", "sequence")
CARD_PADDING = 8
#: Tallest an HTML/Markdown block grows before it scrolls inside itself.
MAX_TEXT_HEIGHT = 420

_CSS_UNITS = {"": 1.0, "px": 1.0, "pt": 4 / 3, "pc": 16.0, "in": 96.0, "cm": 96 / 2.54,
              "mm": 96 / 25.4}
_SVG_TAG = re.compile(r"<svg\b[^>]*>", re.S)
_LENGTH = re.compile(r"^\s*([0-9.]+(?:[eE][-+]?\d+)?)\s*([a-z%]*)\s*$")


def pick_mime(data: dict[str, Any]) -> str | None:
    """The mime type of ``data`` to show: the richest one this view can draw."""
    for mime in MIME_ORDER:
        if mime not in data:
            continue
        if mime == SUMMARY_MIME:
            summary = data[mime]
            rich = isinstance(summary, dict) and summary.get("kind") in RICH_SUMMARY_KINDS
            others = any(m in data for m in MIME_ORDER[1:])
            if rich or not others:
                return mime
            continue
        return mime
    return None


def _svg_attribute(tag: str, name: str) -> str | None:
    match = re.search(rf"\s{name}\s*=\s*[\"']([^\"']*)[\"']", tag)
    return match.group(1) if match else None


def svg_logical_size(svg: str) -> QSizeF:
    """The size a browser gives the SVG (CSS pixels: 1pt = 4/3 px), read from its root tag.

    Parsing only the root tag keeps this cheap enough to run for every animation frame.
    """
    tag_match = _SVG_TAG.search(svg[:8192])
    tag = tag_match.group(0) if tag_match else ""
    sizes = []
    for name in ("width", "height"):
        value = _svg_attribute(tag, name)
        match = _LENGTH.match(value) if value else None
        factor = _CSS_UNITS.get(match.group(2)) if match else None
        sizes.append(float(match.group(1)) * factor if match and factor else None)
    if None in sizes:
        box = _svg_attribute(tag, "viewBox")
        try:
            _x, _y, width, height = (float(v) for v in re.split(r"[\s,]+", box.strip()))
            sizes = [width, height]
        except (AttributeError, ValueError):
            sizes = [400.0, 300.0]
    return QSizeF(max(sizes[0], 1.0), max(sizes[1], 1.0))


def render_svg(svg: bytes, size: QSize) -> QImage:
    """Rasterise ``svg`` at ``size`` device pixels (transparent where the figure is).

    Qt's SVG image reader is used because PySide lets other threads run while it works (a
    direct ``QSvgRenderer.render`` call keeps the interpreter locked for the whole render).
    """
    buffer = QBuffer()
    buffer.setData(QByteArray(svg))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer, b"svg")
    reader.setScaledSize(size)
    image = reader.read()
    if not image.isNull():
        return image
    from PySide6.QtSvg import QSvgRenderer  # no image plugin for SVG: draw it directly

    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    renderer = QSvgRenderer(QByteArray(svg))
    if renderer.isValid():
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, size.width(), size.height()))
        painter.end()
    return image


def decode_image(payload: Any) -> tuple[QImage, bytes]:
    """A base64 PNG/JPEG payload as (image, raw bytes); a null image when it is not one."""
    raw = b""
    try:
        if isinstance(payload, bytes | bytearray):
            raw = bytes(payload)
            if not raw.startswith((b"\x89PNG", b"\xff\xd8")):
                raw = base64.b64decode(raw)
        else:
            raw = base64.b64decode(str(payload))
    except (binascii.Error, ValueError):
        return QImage(), b""
    return QImage.fromData(raw), raw


_svg_warnings_quiet = False


def _quiet_svg_warnings() -> None:
    """matplotlib's SVG reuses glyph definitions in ways QtSvg warns about yet draws fine."""
    global _svg_warnings_quiet
    if not _svg_warnings_quiet:
        QLoggingCategory.setFilterRules("qt.svg.warning=false")
        _svg_warnings_quiet = True


def _render_svg_at(token: int, svg: bytes, size: QSize, dpr: float) -> tuple[int, QImage, QSize]:
    """Worker thread: one SVG frame rasterised at ``size`` device pixels."""
    image = render_svg(svg, size)
    image.setDevicePixelRatio(dpr)
    return token, image, size


class FigureBlock(QWidget):
    """An image output on a white card; scales down to fit, sharp on HiDPI screens.

    ``set_bundle`` swaps the picture in place, which is how an animated figure (display +
    clear_output(wait=True)) keeps its place and height.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outputFigure")
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.mime = ""
        self.svg: bytes | None = None
        self.raw: bytes = b""
        self.image = QImage()  # full-resolution PNG/JPEG, or the latest SVG raster
        self.logical = QSizeF(1, 1)
        self._token = 0
        #: What was last drawn for the current width, and the (token, size) it was made for;
        #: a new SVG frame keeps showing the previous raster until its own is ready.
        self._raster: QImage | None = None
        self._raster_key: tuple[int, QSize] | None = None
        self._pending_key: tuple[int, QSize] | None = None
        # SVG is rasterised on a worker; a newer frame or size replaces the one being made.
        _quiet_svg_warnings()
        self._svg_render = TaskSlot(self, done=lambda result: self.set_rendered(*result),
                                    error=self._render_failed)

    # ------------------------------------------------------------------ content
    def set_bundle(self, data: dict[str, Any], metadata: dict[str, Any] | None) -> bool:
        """Show the bundle's picture; False when it holds none that decodes."""
        mime = next((m for m in IMAGE_MIMES if m in data), None)
        if mime is None:
            return False
        meta = (metadata or {}).get(mime) or {}
        if not isinstance(meta, dict):
            meta = {}
        if mime == "image/svg+xml":
            text = data[mime]
            text = "".join(text) if isinstance(text, list) else str(text)
            if self.mime != mime:
                self.image = QImage()
            self.svg = text.encode("utf-8")
            self.raw = self.svg
            logical = svg_logical_size(text)
        else:
            image, raw = decode_image(data[mime])
            if image.isNull():
                return False
            self.svg = None
            self.raw = raw
            self.image = image
            logical = QSizeF(image.width(), image.height())
        width, height = _number(meta.get("width")), _number(meta.get("height"))
        if width and height:
            logical = QSizeF(width, height)
        elif width:
            logical = QSizeF(width, width * logical.height() / max(logical.width(), 1))
        if mime != "image/svg+xml":
            self.image.setDevicePixelRatio(max(self.image.width() / max(logical.width(), 1), 0.01))
        if mime != "image/svg+xml" or self.mime != mime:
            self._raster = self._raster_key = None
        self.mime = mime
        self._token += 1
        self._pending_key = None
        if self.logical != logical:
            self.logical = logical
            self.updateGeometry()
        self.update()
        return True

    def set_rendered(self, token: int, image: QImage, size: QSize) -> None:
        """An SVG raster is ready (called on the GUI thread)."""
        if token != self._token or image.isNull():
            return
        self.image = image
        self._raster, self._raster_key = image, (token, size)
        self.update()

    def _render_failed(self, exc: BaseException) -> None:
        log.error("could not render an SVG figure", exc_info=exc)

    def has_image(self) -> bool:
        """True once the current picture can be drawn (an SVG frame after its render)."""
        if self.svg is not None:
            return self._raster_key is not None and self._raster_key[0] == self._token
        return not self.image.isNull()

    # ------------------------------------------------------------------ geometry
    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return round(self._picture_size(width).height()) + 2 * CARD_PADDING

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(round(self.logical.width()) + 2 * CARD_PADDING,
                     round(self.logical.height()) + 2 * CARD_PADDING)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(60, 40)

    def _picture_size(self, width: int) -> QSizeF:
        room = max(width - 2 * CARD_PADDING, 16)
        scale = min(1.0, room / max(self.logical.width(), 1))
        return QSizeF(self.logical.width() * scale, self.logical.height() * scale)

    # ------------------------------------------------------------------ painting
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        picture = self._picture_size(self.width())
        card = QRectF(0.5, 0.5, picture.width() + 2 * CARD_PADDING - 1,
                      picture.height() + 2 * CARD_PADDING - 1)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QColor(0, 0, 0, 40))
        painter.setBrush(QColor("white"))
        painter.drawRoundedRect(card, 4, 4)
        target = QRectF(CARD_PADDING, CARD_PADDING, picture.width(), picture.height())
        image = self._image_for(target.size())
        if image is not None and not image.isNull():
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(target, image)
        painter.end()

    def _image_for(self, size: QSizeF) -> QImage | None:
        """The raster for ``size``, made once per size; SVG is rendered off the GUI thread."""
        dpr = self.devicePixelRatioF()
        device = QSize(max(1, round(size.width() * dpr)), max(1, round(size.height() * dpr)))
        key = (self._token, device)
        if self.svg is not None:
            if self._raster_key != key and self._pending_key != key:
                self._pending_key = key
                self._svg_render.start(_render_svg_at, self._token, self.svg, device, dpr)
            return self._raster
        if self.image.isNull():
            return None
        if self.image.width() <= device.width():
            return self.image
        if self._raster_key != key:
            self._raster = self.image.scaled(device, Qt.AspectRatioMode.IgnoreAspectRatio,
                                             Qt.TransformationMode.SmoothTransformation)
            self._raster.setDevicePixelRatio(dpr)
            self._raster_key = key
        return self._raster

    # ------------------------------------------------------------------ save / copy
    def full_image(self) -> QImage:
        """The picture at full resolution (SVG: twice its logical size, for a sharp copy)."""
        if self.svg is not None:
            size = QSize(round(self.logical.width() * 2), round(self.logical.height() * 2))
            image = render_svg(self.svg, size)
        else:
            image = self.image.copy()
            image.setDevicePixelRatio(1.0)  # every pixel, not the on-screen size
        flat = QImage(image.size(), QImage.Format.Format_RGB32)
        flat.fill(QColor("white"))  # transparent figures must stay readable in any viewer
        painter = QPainter(flat)
        painter.drawImage(0, 0, image)
        painter.end()
        return flat

    def context_menu(self) -> QMenu:
        """Right-click menu: Save image… and Copy image."""
        menu = QMenu(self)
        menu.setObjectName("figureMenu")
        save = menu.addAction(self.tr("Save image…"))
        save.setObjectName("saveImageAction")
        save.triggered.connect(self.save_image)
        copy = menu.addAction(self.tr("Copy image"))
        copy.setObjectName("copyImageAction")
        copy.triggered.connect(self.copy_image)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802
        menu = self.context_menu()
        menu.exec(event.globalPos())
        menu.deleteLater()

    def copy_image(self) -> None:
        QGuiApplication.clipboard().setImage(self.full_image())

    def save_image(self) -> str | None:
        """Ask for a file and write the figure (SVG as drawn, else PNG), atomically."""
        from engine.paths import atomic_write_bytes, documents_dir

        png_filter = self.tr("PNG image (*.png)")
        svg_filter = self.tr("SVG image (*.svg)")
        filters = [svg_filter, png_filter] if self.svg is not None else [png_filter]
        suffix = ".svg" if self.svg is not None else ".png"
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Save image"), str(documents_dir() / f"figure{suffix}"),
            ";;".join(filters))
        if not path:
            return None
        as_svg = self.svg is not None and (chosen == svg_filter or path.lower().endswith(".svg"))
        if not as_svg and not path.lower().endswith(".png"):
            path += ".png"
        try:
            if as_svg:
                data = self.svg or b""
            elif self.mime == "image/png":
                data = self.raw
            else:
                data = _png_bytes(self.full_image())
            atomic_write_bytes(path, data)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Save image"),
                                tr_format(self.tr("Could not write %1:\n%2"), path,
                                          exc.strerror or str(exc)))
            return None
        return path


def _png_bytes(image: QImage) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data())


def _number(value: Any) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if number > 0 else None


class RichTextBlock(QTextBrowser):
    """HTML (Qt's rich-text subset) or Markdown, as tall as its text up to a cap.

    pandas' ``_repr_html_`` tables get borders and padding from a default style sheet, so a
    DataFrame reads as a table.
    """

    TABLE_CSS = ("table { border-collapse: collapse; margin: 2px; }"
                 " th, td { padding: 3px 8px; border: 1px solid %s; }"
                 " th { font-weight: bold; text-align: right; background: %s; }"
                 " td { text-align: right; }")

    def __init__(self, parent: QWidget | None = None, dark: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("outputHtml")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setOpenExternalLinks(True)
        self.viewport().setAutoFillBackground(False)
        self.setStyleSheet("QTextBrowser { background: transparent; }")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.mime = ""
        self._text = ""
        self._use_table_colours(dark)

    def _use_table_colours(self, dark: bool) -> None:
        border, header = ("#5a5a5a", "#3a3a3a") if dark else ("#c8c8c8", "#f0f0f0")
        self.document().setDefaultStyleSheet(self.TABLE_CSS % (border, header))

    def set_dark(self, dark: bool) -> None:
        """Table borders and headers in the theme's colours (the content is set again: a
        default style sheet applies when content is set)."""
        self._use_table_colours(dark)
        if self.mime:
            self.set_content(self.mime, self._text)

    def set_content(self, mime: str, text: str) -> None:
        self.mime, self._text = mime, text
        if mime == "text/markdown":
            self.setLineWrapMode(QTextBrowser.LineWrapMode.WidgetWidth)
            self.setMarkdown(text)
        else:
            # Tables keep their columns and scroll sideways; prose wraps.
            wide = "<table" in text.lower()
            self.setLineWrapMode(QTextBrowser.LineWrapMode.NoWrap if wide
                                 else QTextBrowser.LineWrapMode.WidgetWidth)
            self.setHtml(text)
        self._fit()

    def _fit(self) -> None:
        doc = self.document()
        if self.lineWrapMode() == QTextBrowser.LineWrapMode.WidgetWidth:
            doc.setTextWidth(max(self.viewport().width(), 100))
        height = doc.size().height() + 2 * self.frameWidth() + 4
        if self.lineWrapMode() == QTextBrowser.LineWrapMode.NoWrap and \
                doc.idealWidth() > self.viewport().width():
            height += self.horizontalScrollBar().sizeHint().height()
        height = int(min(height, MAX_TEXT_HEIGHT))
        if height != self.minimumHeight() or height != self.maximumHeight():
            self.setFixedHeight(height)

    def resizeEvent(self, event) -> None:  # noqa: N802, ANN001
        super().resizeEvent(event)
        self._fit()

    def plain_text(self) -> str:
        return self.toPlainText()
