"""Turn any picture into a Fashion-MNIST-like 28×28 input, keeping every step for display.

Fashion-MNIST garments are light on a black background, cropped to the object and scaled so
the longest side fills the frame. A student's photo is usually a dark garment on a light
background, any size, any format. The steps below bridge the two, and each intermediate
picture is returned so the GUI can show why the model sees what it sees:

1. original (decoded, EXIF-rotated, transparency composited on white, or on black when the
   visible strokes are light)
2. grayscale (ITU-R 601 luma, as ``PIL.Image.convert('L')``)
3. background detection (median of the border) and inversion when the background is light,
   then the background level is subtracted and the contrast stretched to [0, 255]
4. crop to the object's bounding box and pad to a square with the background value
5. 28×28 (area-averaged), float in [0, 1] like ``ToTensor`` gives for the dataset

Every failure is an :class:`ImageError` with a one-line message fit for the user, and a key
(:data:`IMAGE_MESSAGES`) by which a GUI shows it in the user's language.
"""

from __future__ import annotations

import io
import os
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from PIL import Image, ImageOps, UnidentifiedImageError

INPUT_SIZE = 28
#: Longest side kept for the working copy; bigger pictures are reduced first (speed).
WORK_SIDE = 512
#: Longest side accepted at all, whatever the pixel count.
MAX_SIDE = 30_000
#: Border ring width used for background detection, as a fraction of the shorter side.
BORDER_FRACTION = 0.04
#: A pixel belongs to the object when it differs from the background by this much (0..1).
OBJECT_THRESHOLD = 0.12
#: Below this contrast (0..1) the picture is treated as blank.
MIN_CONTRAST = 6 / 255


#: Every message an :class:`ImageError` can carry, by key (the GUI translates them by key).
IMAGE_MESSAGES: dict[str, str] = {
    "empty_data": "the data is empty (0 bytes)",
    "empty_file": "the file is empty (0 bytes)",
    "folder": "this is a folder, not a picture",
    "not_found": "file not found",
    "permission": "permission denied",
    "unreadable": "cannot read the file ({detail})",
    "not_a_picture": "not a picture (or a format Pillow cannot read)",
    "bomb": "refused: the picture is a decompression bomb (far more pixels than any real photo)",
    "too_large": "refused: {width}×{height} pixels is too large (limit {limit} megapixels, "
                 "{max_side} pixels per side)",
    "no_pixels_size": "the picture has no pixels ({width}×{height})",
    "no_pixels": "the picture has no pixels",
    "truncated": "the file is truncated (incomplete download?)",
    "cannot_decode": "cannot decode the picture: {detail}",
    "memory": "not enough memory to decode this picture",
    "flat": "no object found: the picture is one flat colour",
    "unusable": "cannot use this picture: {detail}",
}


class ImageError(ValueError):
    """A picture that cannot be used; ``str(exc)`` is one line for the user.

    ``key`` and ``params`` name the message in :data:`IMAGE_MESSAGES` so a GUI can show it in
    the user's language (as ``engine.tabular.TableError`` does).
    """

    def __init__(self, message: str, key: str = "", **params: str) -> None:
        super().__init__(message)
        self.key, self.params = key, params


def image_error(key: str, **params) -> ImageError:
    """An :class:`ImageError` with the message ``key`` filled in."""
    params = {k: str(v) for k, v in params.items()}
    return ImageError(IMAGE_MESSAGES[key].format(**params), key, **params)


@dataclass
class Preprocessed:
    """Every step of :func:`preprocess`; the arrays are uint8 for display except ``input``."""

    original: np.ndarray          # uint8 [H, W, 3] (working copy, longest side ≤ WORK_SIDE)
    gray: np.ndarray              # uint8 [H, W]
    normalized: np.ndarray        # uint8 [H, W]: background removed (and inverted when light)
    square: np.ndarray            # uint8 [S, S]: cropped to the object and padded
    input: np.ndarray             # float32 [28, 28] in [0, 1]: what the model gets
    background: float             # detected background level of the grayscale picture, 0..255
    inverted: bool                # whether step 3 inverted the picture
    bbox: tuple[int, int, int, int] | None = None   # (top, left, bottom, right) in step 3 coords
    source_size: tuple[int, int] = (0, 0)           # (width, height) of the picture as stored
    notes: list[str] = field(default_factory=list)  # e.g. "no object stands out"

    @property
    def input_u8(self) -> np.ndarray:
        """The 28×28 input as uint8, for display."""
        return np.clip(self.input * 255.0 + 0.5, 0, 255).astype(np.uint8)

    def steps(self) -> list[np.ndarray]:
        """The five pictures in order: original, grayscale, normalized, square, 28×28."""
        return [self.original, self.gray, self.normalized, self.square, self.input_u8]


# --------------------------------------------------------------------------- decoding
@dataclass
class Decoded:
    """A decoded picture: the RGB working copy and the size of the picture as stored."""

    rgb: np.ndarray                 # uint8 [H, W, 3], longest side ≤ the work side
    size: tuple[int, int]           # (width, height) as the viewer shows it (EXIF-rotated)


def decode_image(source: str | os.PathLike | bytes, work_side: int = WORK_SIDE) -> np.ndarray:
    """Decode ``source`` (a path or the file's bytes) into an RGB uint8 array.

    Handles EXIF orientation, 16-bit, 12-bit and float images, CMYK, palettes and alpha
    (composited on a background that keeps the strokes visible), and multi-frame files (the
    first frame that decodes). Large pictures are reduced to ``work_side`` on their longest
    side, which is all the 28×28 input needs.
    """
    return decode_picture(source, work_side).rgb


def decode_picture(source: str | os.PathLike | bytes, work_side: int = WORK_SIDE) -> Decoded:
    """:func:`decode_image` plus the picture's own size (before any reduction)."""
    img = _open(source)
    try:
        size = _display_size(img)
        return Decoded(_to_rgb_array(img, work_side), size)
    except ImageError:
        raise
    except Image.DecompressionBombError as exc:
        raise _too_large(img.size) from exc
    except MemoryError as exc:
        raise image_error("memory") from exc
    except Exception as exc:  # Pillow raises many kinds for broken files
        raise _decode_error(exc) from exc
    finally:
        img.close()


def _open(source: str | os.PathLike | bytes) -> Image.Image:
    if isinstance(source, bytes | bytearray | memoryview):
        data = bytes(source)
        if not data:
            raise image_error("empty_data")
        stream: io.BytesIO | str = io.BytesIO(data)
    else:
        path = Path(source)
        if path.is_dir():
            raise image_error("folder")
        try:
            size = path.stat().st_size
        except FileNotFoundError as exc:
            raise image_error("not_found") from exc
        except OSError as exc:
            raise image_error("unreadable", detail=exc.strerror or exc) from exc
        if size == 0:
            raise image_error("empty_file")
        stream = str(path)
    try:
        img = Image.open(stream)
    except UnidentifiedImageError as exc:
        raise image_error("not_a_picture") from exc
    except Image.DecompressionBombError as exc:
        raise image_error("bomb") from exc
    except PermissionError as exc:
        raise image_error("permission") from exc
    except OSError as exc:
        raise image_error("unreadable", detail=exc.strerror or exc) from exc
    except Exception as exc:
        raise _decode_error(exc) from exc
    width, height = img.size
    too_many = Image.MAX_IMAGE_PIXELS is not None and width * height > Image.MAX_IMAGE_PIXELS
    if too_many or max(width, height) > MAX_SIDE or width <= 0 or height <= 0:
        img.close()
        if width <= 0 or height <= 0:
            raise image_error("no_pixels_size", width=width, height=height)
        raise _too_large((width, height))
    return img


def _too_large(size: tuple[int, int]) -> ImageError:
    width, height = size
    limit = (Image.MAX_IMAGE_PIXELS or 0) / 1e6
    return image_error("too_large", width=width, height=height, limit=f"{limit:.0f}",
                       max_side=MAX_SIDE)


def _decode_error(exc: BaseException) -> ImageError:
    text = " ".join(str(exc).split()) or type(exc).__name__
    if "truncated" in text.lower():
        return image_error("truncated")
    if len(text) > 120:
        text = text[:117] + "…"
    return image_error("cannot_decode", detail=text)


def _display_size(img: Image.Image) -> tuple[int, int]:
    """(width, height) as a viewer shows the picture: EXIF orientations 5–8 swap the sides."""
    width, height = img.size
    try:
        orientation = img.getexif().get(0x0112)
    except Exception:  # noqa: BLE001 - a broken EXIF block only loses the rotation
        orientation = None
    return (height, width) if orientation in (5, 6, 7, 8) else (width, height)


#: How many frames of a multi-frame file are tried when the first ones do not decode.
MAX_FRAMES_TRIED = 16


def _load_first_good_frame(img: Image.Image) -> None:
    """Load the frame the file opened at; if it fails, the next frames that decode.

    The opened frame is always the first one (some formats number it 1, not 0), so there is no
    seek before it; layer tables that Pillow cannot parse are only read when it is needed.
    """
    try:
        img.load()
        return
    except (OSError, ValueError, EOFError, SyntaxError) as first_error:
        if "truncated" in str(first_error).lower():
            raise
        frame = img.tell()
        for _ in range(MAX_FRAMES_TRIED):
            frame += 1
            try:
                img.seek(frame)
                img.load()
                return
            except EOFError:
                break
            except (OSError, ValueError, SyntaxError):
                continue
        raise first_error


def _to_rgb_array(img: Image.Image, work_side: int) -> np.ndarray:
    if img.format == "JPEG" and max(img.size) > 2 * work_side:
        img.draft("RGB", (work_side, work_side))  # decode at reduced scale: much faster
    _load_first_good_frame(img)
    img = ImageOps.exif_transpose(img) or img
    img = _to_8bit(img)
    if max(img.size) > work_side:
        img = img.copy()
        img.thumbnail((work_side, work_side), Image.Resampling.LANCZOS, reducing_gap=3.0)
    return np.asarray(img, dtype=np.uint8).copy()


#: Integer pictures wider than 8 bits: the container depths tried, smallest first.
_BIT_DEPTHS = (8, 10, 12, 14, 16, 24, 32)
#: Below this many grey levels after scaling, the real range is stretched instead.
_MIN_LEVELS = 32


def _to_8bit(img: Image.Image) -> Image.Image:
    """Any mode → RGB (transparency composited so strokes stay visible, high depths scaled)."""
    mode = img.mode
    if mode in ("I;16", "I;16L", "I;16B", "I;16N", "I") or mode.startswith("I;"):
        return _high_depth_gray(img).convert("RGB")
    if mode == "F":
        arr = np.nan_to_num(np.asarray(img, dtype=np.float64))
        lo, hi = float(arr.min()), float(arr.max())
        if lo >= 0.0 and hi <= 1.0:
            arr = arr * 255.0
        elif lo < 0.0 or hi > 255.0:
            arr = (arr - lo) * (255.0 / (hi - lo)) if hi > lo else np.zeros_like(arr)
        return Image.fromarray(np.clip(arr + 0.5, 0, 255).astype(np.uint8)).convert("RGB")
    has_alpha = mode in ("RGBA", "LA", "La", "RGBa", "PA") or (
        mode in ("P", "L", "RGB", "1") and "transparency" in img.info)
    if has_alpha:
        return _composite(img.convert("RGBA"))
    if mode == "RGB":
        return img
    return img.convert("RGB")


def _high_depth_gray(img: Image.Image) -> Image.Image:
    """16-, 12-bit or 32-bit integer grayscale → 8-bit, scaled by the range the data use.

    A 12-bit scan stored in 16 bits (0..4095) would be nearly black divided by 257; the depth
    is taken as the smallest that holds the brightest pixel. When even that leaves only a few
    grey levels, the picture's own min..max is stretched, so only a truly flat picture is flat.
    """
    arr = np.asarray(img).astype(np.float64)
    lo, hi = float(arr.min()), float(arr.max())
    if lo < 0.0:
        arr, hi, lo = arr - lo, hi - lo, 0.0
    depth = next((bits for bits in _BIT_DEPTHS if hi <= 2 ** bits - 1), 32)
    scaled = arr * (255.0 / (2 ** depth - 1))
    if hi > lo and (hi - lo) * 255.0 / (2 ** depth - 1) < _MIN_LEVELS:
        scaled = (arr - lo) * (255.0 / (hi - lo))
    return Image.fromarray(np.clip(scaled + 0.5, 0, 255).astype(np.uint8))


def _composite(rgba: Image.Image) -> Image.Image:
    """Transparency onto white, or onto black when the visible strokes are light.

    A viewer shows a transparent background as a checkerboard; here the background must
    differ from the strokes, or light text on a transparent sheet would vanish on white.
    """
    arr = np.asarray(rgba)
    alpha = arr[..., 3].astype(np.float64)
    if not alpha.any():  # nothing is visible: the colours are all there is
        return rgba.convert("RGB")
    luma = to_gray(arr[..., :3])
    stroke = float((luma * alpha).sum() / alpha.sum())  # how bright the visible part is
    background = (0, 0, 0, 255) if stroke > 127.5 else (255, 255, 255, 255)
    return Image.alpha_composite(Image.new("RGBA", rgba.size, background), rgba).convert("RGB")


# --------------------------------------------------------------------------- preprocessing
def to_gray(rgb: np.ndarray) -> np.ndarray:
    """ITU-R 601 luma as float32 0..255 (what ``Image.convert('L')`` computes)."""
    if rgb.ndim == 2:
        return rgb.astype(np.float32)
    rgb = rgb.astype(np.float32)
    return rgb[..., 0] * 0.299 + rgb[..., 1] * 0.587 + rgb[..., 2] * 0.114


def border_median(gray: np.ndarray, fraction: float = BORDER_FRACTION) -> float:
    """The background level: median of a thin ring along the picture's edges."""
    h, w = gray.shape
    k = max(1, int(round(min(h, w) * fraction)))
    ring = np.concatenate([gray[:k].ravel(), gray[-k:].ravel(),
                           gray[k:-k, :k].ravel(), gray[k:-k, -k:].ravel()])
    return float(np.median(ring)) if ring.size else float(np.median(gray))


def preprocess(rgb: np.ndarray, *, invert: bool | None = None, crop: bool = True,
               source_size: tuple[int, int] | None = None) -> Preprocessed:
    """Run the five steps on a decoded RGB (or grayscale) uint8 picture.

    ``invert``: None detects the background and inverts when it is light (a photo of a dark
    garment on white); False keeps the picture as it is (no background removal either, so a
    student sees what the model gets without it); True always inverts.
    ``crop``: crop to the object's bounding box before padding to square; False pads the
    whole picture instead.
    """
    if rgb.ndim not in (2, 3) or rgb.shape[0] < 1 or rgb.shape[1] < 1:
        raise image_error("no_pixels")
    original = rgb if rgb.ndim == 3 else np.repeat(rgb[..., None], 3, axis=2)
    gray = to_gray(rgb)
    background = border_median(gray)
    notes: list[str] = []

    do_invert = background > 127.5 if invert is None else bool(invert)
    x = (255.0 - gray) if do_invert else gray.copy()
    x /= 255.0
    bg = (255.0 - background if do_invert else background) / 255.0
    if invert is not False:
        # Remove the background level and stretch the object to the full range, as the dataset
        # has a black background and garments reaching full brightness.
        peak = float(np.percentile(x, 99.5))
        if peak - bg < MIN_CONTRAST:
            peak = float(x.max())
        if peak - bg >= MIN_CONTRAST:
            x = np.clip((x - bg) / (peak - bg), 0.0, 1.0)
            bg = 0.0
        elif float(np.abs(x - bg).max()) < MIN_CONTRAST:
            raise image_error("flat")
    elif float(np.abs(x - bg).max()) < MIN_CONTRAST:
        raise image_error("flat")
    normalized = x

    bbox = object_bbox(normalized, bg) if crop else None
    if bbox is not None:
        top, left, bottom, right = bbox
        region = normalized[top:bottom, left:right]
    else:
        region = normalized
        if crop:
            notes.append("no object stands out; the whole picture is used")
    square = pad_to_square(region, bg)
    small = resize_float(square, INPUT_SIZE)
    return Preprocessed(
        original=original.astype(np.uint8, copy=False),
        gray=np.clip(gray + 0.5, 0, 255).astype(np.uint8),
        normalized=_u8(normalized), square=_u8(square), input=small,
        background=background, inverted=do_invert, bbox=bbox,
        source_size=source_size or (original.shape[1], original.shape[0]), notes=notes)


def object_bbox(x: np.ndarray, background: float,
                threshold: float = OBJECT_THRESHOLD) -> tuple[int, int, int, int] | None:
    """(top, left, bottom, right) of the pixels that differ from the background, or None."""
    mask = np.abs(x - background) > threshold
    rows = np.flatnonzero(mask.any(axis=1))
    cols = np.flatnonzero(mask.any(axis=0))
    if rows.size == 0 or cols.size == 0:
        return None
    return int(rows[0]), int(cols[0]), int(rows[-1]) + 1, int(cols[-1]) + 1


def pad_to_square(x: np.ndarray, value: float) -> np.ndarray:
    """Centre ``x`` in a square of side max(h, w) filled with ``value``."""
    h, w = x.shape
    side = max(h, w)
    out = np.full((side, side), value, dtype=np.float32)
    top, left = (side - h) // 2, (side - w) // 2
    out[top:top + h, left:left + w] = x
    return out


def resize_float(x: np.ndarray, size: int) -> np.ndarray:
    """Area-averaging resize of a float picture in [0, 1] to ``size``×``size``."""
    img = Image.fromarray(np.ascontiguousarray(x, dtype=np.float32))
    small = img.resize((size, size), Image.Resampling.BOX if max(x.shape) >= size
                       else Image.Resampling.BILINEAR)
    return np.clip(np.asarray(small, dtype=np.float32), 0.0, 1.0)


def _u8(x: np.ndarray) -> np.ndarray:
    return np.clip(x * 255.0 + 0.5, 0, 255).astype(np.uint8)


def preprocess_file(source: str | os.PathLike | bytes, *, invert: bool | None = None,
                    crop: bool = True) -> Preprocessed:
    """Decode and preprocess in one call; :class:`ImageError` for anything unusable."""
    decoded = decode_picture(source)
    return preprocess(decoded.rgb, invert=invert, crop=crop, source_size=decoded.size)


def thumbnail(rgb: np.ndarray, side: int = 64) -> np.ndarray:
    """A small RGB copy for lists (keeps the aspect ratio)."""
    img = Image.fromarray(rgb)
    img.thumbnail((side, side), Image.Resampling.BILINEAR)
    return np.asarray(img, dtype=np.uint8).copy()
