"""Draw the classifier tab's sample pictures into resources/samples/ (small, committed).

Two are Fashion-MNIST test images dressed up as photos (dark garment on a light, slightly
noisy background, off-centre, upscaled), one has a transparent background, and one is a
trouser silhouette drawn from scratch. They exercise every preprocessing step.

    python tools/make_classifier_samples.py [FASHION_MNIST_DIR]
"""

from __future__ import annotations

import gzip
import sys
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "samples"


def read_idx(path: Path) -> np.ndarray:
    with gzip.open(path, "rb") as fh:
        data = fh.read()
    dims = data[3]
    shape = [int.from_bytes(data[4 + 4 * i:8 + 4 * i], "big") for i in range(dims)]
    return np.frombuffer(data, dtype=np.uint8, offset=4 + 4 * dims).reshape(shape)


def as_photo(img28: np.ndarray, size=(260, 200), scale=7, offset=(30, 20), seed=0) -> Image.Image:
    """Upscale, invert to dark-on-light, place off-centre on a noisy light background."""
    rng = np.random.default_rng(seed)
    garment = Image.fromarray(img28).resize((28 * scale, 28 * scale), Image.Resampling.BICUBIC)
    garment = garment.filter(ImageFilter.GaussianBlur(1.2))
    g = np.asarray(garment, dtype=np.float32) / 255.0
    h, w = size[1], size[0]
    background = 236 + rng.normal(0, 3, (h, w)) + np.linspace(-6, 6, w)[None, :]
    canvas = background.copy()
    top, left = offset
    region = canvas[top:top + g.shape[0], left:left + g.shape[1]]
    gg = g[:region.shape[0], :region.shape[1]]
    region[:] = region * (1 - gg) + 40 * gg
    tint = np.stack([canvas, canvas * 0.98, canvas * 0.95], axis=2)
    return Image.fromarray(np.clip(tint, 0, 255).astype(np.uint8))


def trouser_silhouette() -> Image.Image:
    img = Image.new("RGB", (180, 240), (245, 245, 242))
    draw = ImageDraw.Draw(img)
    draw.polygon([(55, 20), (125, 20), (135, 225), (100, 225), (90, 80),
                  (80, 225), (45, 225)], fill=(45, 50, 70))
    draw.rectangle([55, 20, 125, 30], fill=(30, 30, 40))
    return img.filter(ImageFilter.GaussianBlur(0.8))


def main() -> int:
    data_dir = Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/datasets/fashion-mnist")
    images = read_idx(data_dir / "t10k-images-idx3-ubyte.gz")
    labels = read_idx(data_dir / "t10k-labels-idx1-ubyte.gz")
    OUT.mkdir(parents=True, exist_ok=True)
    first = {c: int(np.flatnonzero(labels == c)[0]) for c in range(10)}
    as_photo(images[first[7]], seed=1).save(OUT / "sneaker_photo.jpg", quality=85)
    as_photo(images[first[8]], size=(240, 240), offset=(20, 40), scale=6,
             seed=2).save(OUT / "bag_photo.jpg", quality=85)
    trouser_silhouette().save(OUT / "trouser_drawing.png", optimize=True)
    boot = np.asarray(Image.fromarray(images[first[9]]).resize((168, 168),
                                                               Image.Resampling.BICUBIC))
    rgba = np.zeros((168, 168, 4), np.uint8)
    rgba[..., :3] = (60, 40, 30)
    rgba[..., 3] = boot
    Image.fromarray(rgba).save(OUT / "ankle_boot_transparent.png", optimize=True)
    for path in sorted(OUT.iterdir()):
        print(f"{path.name}: {path.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
