"""Decoding any picture and turning it into a Fashion-MNIST-like 28×28 input."""

from __future__ import annotations

import io
import struct
import zlib

import numpy as np
import pytest
from PIL import Image

from engine.images import (
    IMAGE_MESSAGES,
    MAX_SIDE,
    ImageError,
    border_median,
    decode_image,
    decode_picture,
    image_error,
    pad_to_square,
    preprocess,
    preprocess_file,
)


def dark_shape_on_white(h=120, w=200, box=(30, 60, 90, 100), value=30) -> np.ndarray:
    """A dark rectangle on a white photo-like background, off-centre."""
    rgb = np.full((h, w, 3), 245, np.uint8)
    top, left, bottom, right = box
    rgb[top:bottom, left:right] = value
    return rgb


def encode(img: Image.Image, fmt: str, **kw) -> bytes:
    buf = io.BytesIO()
    img.save(buf, fmt, **kw)
    return buf.getvalue()


# --------------------------------------------------------------------------- preprocessing
def test_dark_shape_on_white_is_inverted_cropped_and_centred():
    pre = preprocess(dark_shape_on_white())
    assert pre.inverted
    assert pre.background == pytest.approx(245, abs=1)
    assert pre.bbox == (30, 60, 90, 100)
    # The square is the object (60 tall, 40 wide) padded left and right with background.
    assert pre.square.shape == (60, 60)
    assert pre.square[:, :10].max() == 0 and pre.square[:, 50:].max() == 0
    assert pre.square[:, 10:50].min() == 255
    x = pre.input
    assert x.shape == (28, 28) and x.dtype == np.float32
    assert 0.0 <= x.min() and x.max() <= 1.0
    # Light object on black, centred, spanning the full height like the dataset's garments.
    assert x[:, 0].max() == 0 and x[:, -1].max() == 0
    assert x[:, 14].min() > 0.95
    cols = np.flatnonzero(x.max(axis=0) > 0.5)
    assert abs((cols[0] + cols[-1]) / 2 - 13.5) <= 0.5
    assert len(pre.steps()) == 5


def test_light_on_dark_is_not_inverted():
    rgb = np.zeros((80, 80, 3), np.uint8)
    rgb[10:70, 30:50] = 200
    pre = preprocess(rgb)
    assert not pre.inverted
    assert pre.input[14, 14] > 0.95 and pre.input[0, 0] == 0


def test_invert_off_shows_the_raw_picture_and_crop_off_keeps_the_frame():
    rgb = dark_shape_on_white()
    raw = preprocess(rgb, invert=False)
    assert not raw.inverted
    assert raw.input[0, 0] > 0.9          # white background stays white: unlike the dataset
    whole = preprocess(rgb, crop=False)
    assert whole.bbox is None and whole.square.shape == (200, 200)
    forced = preprocess(np.full((20, 20, 3), 10, np.uint8) + np.eye(20, dtype=np.uint8)[..., None]
                        * 200, invert=True)
    assert forced.inverted


def test_flat_picture_is_a_clear_error():
    with pytest.raises(ImageError, match="flat colour"):
        preprocess(np.full((50, 50, 3), 128, np.uint8))


def test_border_median_and_padding():
    g = np.full((40, 40), 200.0)
    g[10:30, 10:30] = 0
    assert border_median(g) == 200
    sq = pad_to_square(np.ones((2, 6), np.float32), 0.0)
    assert sq.shape == (6, 6) and sq[2:4].all() and not sq[:2].any()


# --------------------------------------------------------------------------- formats
@pytest.mark.parametrize("fmt", ["PNG", "JPEG", "BMP", "GIF", "WEBP", "TIFF", "PPM", "TGA", "ICO"])
def test_common_formats_decode(fmt):
    img = Image.fromarray(dark_shape_on_white(64, 64, (10, 20, 50, 40)))
    rgb = decode_image(encode(img, fmt))
    assert rgb.ndim == 3 and rgb.shape[2] == 3 and rgb.dtype == np.uint8
    pre = preprocess(rgb)
    assert pre.inverted and pre.input.max() > 0.9


def test_sixteen_bit_grayscale_is_scaled():
    arr = (dark_shape_on_white()[..., 0].astype(np.uint16) * 257)
    img = Image.fromarray(arr)
    assert img.mode.startswith("I;16")
    rgb = decode_image(encode(img, "PNG"))
    assert rgb[0, 0, 0] == 245 and rgb[40, 70, 0] == 30


def test_cmyk_jpeg_and_tiff():
    img = Image.fromarray(dark_shape_on_white()).convert("CMYK")
    for fmt in ("JPEG", "TIFF"):
        pre = preprocess_file(encode(img, fmt))
        assert pre.inverted and pre.bbox is not None


def test_palette_with_alpha_is_composited_on_white():
    rgba = np.zeros((60, 60, 4), np.uint8)           # fully transparent black background
    rgba[10:50, 20:40] = (20, 20, 20, 255)           # opaque dark object
    pal = Image.fromarray(rgba).convert("P")
    pal.info["transparency"] = pal.getpixel((0, 0))
    data = encode(pal, "PNG", transparency=pal.getpixel((0, 0)))
    opened = Image.open(io.BytesIO(data))
    assert opened.mode == "P" and "transparency" in opened.info
    rgb = decode_image(data)
    assert tuple(rgb[0, 0]) == (255, 255, 255)      # transparency shows as white
    pre = preprocess(rgb)
    assert pre.inverted and pre.bbox == (10, 20, 50, 40)
    # RGBA and LA go the same way.
    assert tuple(decode_image(encode(Image.fromarray(rgba), "PNG"))[0, 0]) == (255, 255, 255)
    la = Image.fromarray(rgba).convert("LA")
    assert tuple(decode_image(encode(la, "PNG"))[0, 0]) == (255, 255, 255)


def test_exif_orientation_is_applied():
    img = Image.fromarray(dark_shape_on_white(40, 100, (5, 5, 35, 20)))   # wide picture
    exif = Image.Exif()
    exif[0x0112] = 6                                                     # rotate 90° CW
    rgb = decode_image(encode(img, "JPEG", exif=exif.tobytes()))
    assert rgb.shape[:2] == (100, 40)                                    # now tall


def test_animated_gif_uses_first_frame():
    first = Image.fromarray(dark_shape_on_white(50, 50, (5, 5, 45, 20)))
    second = Image.fromarray(np.full((50, 50, 3), 0, np.uint8))
    data = encode(first, "GIF", save_all=True, append_images=[second], duration=100, loop=0)
    assert Image.open(io.BytesIO(data)).n_frames == 2
    pre = preprocess_file(data)
    assert pre.inverted and pre.bbox == (5, 5, 45, 20)


def test_big_pictures_are_reduced_for_speed():
    img = Image.fromarray(dark_shape_on_white(1500, 3000, (300, 600, 900, 1000)))
    rgb = decode_image(encode(img, "PNG"))
    assert max(rgb.shape[:2]) == 512


# --------------------------------------------------------------------------- bad input
def test_bad_input_gives_one_line_errors(tmp_path):
    cases = {
        "empty.png": b"",
        "notes.txt": "这不是图片 / not a picture\n".encode(),
        "truncated.png": encode(Image.fromarray(dark_shape_on_white()), "PNG")[:200],
        "garbage.jpg": b"\xff\xd8\xff\xe0" + bytes(range(256)) * 4,
    }
    for name, data in cases.items():
        (tmp_path / name).write_bytes(data)
    (tmp_path / "folder").mkdir()
    for name in [*cases, "folder", "missing.png"]:
        with pytest.raises(ImageError) as info:
            preprocess_file(tmp_path / name)
        message = str(info.value)
        assert message and "\n" not in message and "Traceback" not in message, (name, message)
    with pytest.raises(ImageError, match="empty"):
        decode_image(tmp_path / "empty.png")
    with pytest.raises(ImageError, match="not a picture"):
        decode_image(tmp_path / "notes.txt")
    with pytest.raises(ImageError, match="truncated"):
        decode_image(tmp_path / "truncated.png")


def _png_header_only(width: int, height: int) -> bytes:
    """A PNG that claims a huge size (tiny file): the classic decompression bomb shape."""
    def chunk(tag: bytes, body: bytes) -> bytes:
        return (struct.pack(">I", len(body)) + tag + body
                + struct.pack(">I", zlib.crc32(tag + body) & 0xFFFFFFFF))
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\0" * 64))
            + chunk(b"IEND", b""))


@pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning")
def test_decompression_bombs_and_huge_dimensions_are_refused():
    assert Image.MAX_IMAGE_PIXELS is not None     # Pillow's limit stays on
    with pytest.raises(ImageError, match="refused"):
        decode_image(_png_header_only(50_000, 50_000))        # over twice Pillow's limit
    with pytest.raises(ImageError, match="refused"):
        decode_image(_png_header_only(10_000, 10_000))        # over the limit (warning zone)
    with pytest.raises(ImageError, match="refused"):
        decode_image(_png_header_only(MAX_SIDE + 1, 1))       # absurd side


# --------------------------------------------------------------------------- keyed errors
def test_every_image_error_has_a_key_and_its_parameters(tmp_path):
    (tmp_path / "empty.png").write_bytes(b"")
    with pytest.raises(ImageError) as info:
        decode_image(tmp_path / "empty.png")
    assert info.value.key == "empty_file" and str(info.value) == IMAGE_MESSAGES["empty_file"]
    with pytest.raises(ImageError) as info:
        decode_image(_png_header_only(MAX_SIDE + 1, 1))
    assert info.value.key == "too_large" and info.value.params["width"] == str(MAX_SIDE + 1)
    with pytest.raises(ImageError) as info:
        preprocess(np.full((50, 50, 3), 128, np.uint8))
    assert info.value.key == "flat"
    error = image_error("cannot_decode", detail="broken")
    assert str(error) == "cannot decode the picture: broken" and error.params == {
        "detail": "broken"}


# --------------------------------------------------------------------------- sizes and depths
def test_the_original_size_is_reported_not_the_working_copy():
    img = Image.fromarray(dark_shape_on_white(480, 640, (100, 200, 380, 440)))
    pre = preprocess_file(encode(img, "JPEG"))
    assert pre.source_size == (640, 480)
    assert max(pre.original.shape[:2]) <= 512
    rotated = Image.fromarray(dark_shape_on_white(480, 640, (100, 200, 380, 440)))
    exif = Image.Exif()
    exif[0x0112] = 6
    decoded = decode_picture(encode(rotated, "JPEG", exif=exif.tobytes()))
    assert decoded.size == (480, 640)     # as the viewer shows it: portrait


def _twelve_bit(background=1000, value=100) -> np.ndarray:
    """A 12-bit scan (values up to 4095) kept in 16-bit samples: a dark object on grey."""
    arr = np.full((60, 60), background, np.uint16)
    arr[10:50, 20:40] = value
    return arr


@pytest.mark.parametrize("case", ["I;16 PNG", "I;16 TIFF", "I;16B TIFF", "I TIFF"])
def test_twelve_bit_grayscale_is_scaled_by_its_real_range(case):
    arr = _twelve_bit()
    if case.startswith("I;16B"):
        img = Image.fromarray(arr.astype(">u2"))
    elif case.startswith("I "):
        img = Image.fromarray(arr.astype(np.int32))
    else:
        img = Image.fromarray(arr)
    mode, fmt = case.split()
    data = encode(img, fmt)
    assert Image.open(io.BytesIO(data)).mode == mode
    pre = preprocess_file(data)
    assert pre.inverted and pre.bbox == (10, 20, 50, 40)
    assert pre.input.max() > 0.9


def test_a_narrow_sixteen_bit_range_is_stretched_and_flat_stays_flat():
    arr = np.full((60, 60), 30_000, np.uint16)
    arr[10:50, 20:40] = 30_400              # under two grey levels once divided by 257
    pre = preprocess_file(encode(Image.fromarray(arr), "PNG"))
    assert pre.bbox == (10, 20, 50, 40)
    with pytest.raises(ImageError) as info:
        preprocess_file(encode(Image.fromarray(np.full((60, 60), 30_000, np.uint16)), "PNG"))
    assert info.value.key == "flat"


def test_transparency_keeps_light_and_dark_strokes_visible():
    light = np.zeros((60, 60, 4), np.uint8)
    light[..., :3] = 255                       # white everywhere, the alpha draws the text
    light[10:50, 28:32, 3] = 255
    pre = preprocess_file(encode(Image.fromarray(light), "PNG"))
    assert pre.bbox == (10, 28, 50, 32) and not pre.inverted      # composited on black
    dark = np.zeros((60, 60, 4), np.uint8)     # black everywhere, the alpha draws the text
    dark[10:50, 28:32, 3] = 255
    pre = preprocess_file(encode(Image.fromarray(dark), "PNG"))
    assert pre.bbox == (10, 28, 50, 32) and pre.inverted          # composited on white
    faint = np.zeros((60, 60, 4), np.uint8)    # half-transparent strokes only
    faint[10:50, 28:32, 3] = 120
    assert preprocess_file(encode(Image.fromarray(faint), "PNG")).bbox == (10, 28, 50, 32)


def _psd(layers: list[tuple[int, int, int, int]], side: int = 40) -> bytes:
    """A grayscale Photoshop file: a composite (dark square on white) and ``layers`` (bboxes
    top, left, bottom, right; a bottom above the top makes Pillow's layer table fail)."""
    composite = np.full((side, side), 240, np.uint8)
    composite[10:30, 15:25] = 20
    records, pixels = b"", b""
    for top, left, bottom, right in layers:
        records += struct.pack(">iiiiH", top, left, bottom, right, 1)
        records += struct.pack(">hI", 0, 2 + max(0, bottom - top) * max(0, right - left))
        records += b"8BIMnorm" + bytes([255, 0, 0, 0]) + struct.pack(">I", 0)
        area = max(0, bottom - top) * max(0, right - left)
        pixels += struct.pack(">H", 0) + bytes([128]) * area
    info = struct.pack(">h", len(layers)) + records + pixels
    if len(info) % 2:
        info += b"\0"
    layer_block = struct.pack(">I", len(info)) + info
    header = b"8BPS" + struct.pack(">H", 1) + bytes(6) + struct.pack(">HIIHH", 1, side, side,
                                                                     8, 1)
    return (header + struct.pack(">I", 0) + struct.pack(">I", 0)
            + struct.pack(">I", len(layer_block)) + layer_block
            + struct.pack(">H", 0) + composite.tobytes())


@pytest.mark.parametrize("layers", [[(0, 0, 10, 10), (5, 5, 20, 20)],   # frames count from 1
                                    [(0, 0, 10, 10), (30, 0, 5, 10)]],  # "negative tile size"
                         ids=["layered", "broken-layer-table"])
def test_multi_frame_files_use_the_first_frame_that_decodes(layers):
    data = _psd(layers)
    assert Image.open(io.BytesIO(data)).format == "PSD"
    pre = preprocess_file(data)
    assert pre.inverted and pre.bbox == (10, 15, 30, 25)

