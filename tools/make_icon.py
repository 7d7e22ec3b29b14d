"""Draw DiveLab's app icon (resources/icons/divelab.png and .ico) with Pillow."""

import itertools
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent.parent / "resources" / "icons"


def draw(size: int = 256) -> Image.Image:
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    s = size / 256
    d.rounded_rectangle([8 * s, 8 * s, 248 * s, 248 * s], radius=48 * s, fill=(23, 92, 170, 255))
    # A tiny network: three inputs, two hidden units, one output.
    layers = [[(64, 70), (64, 128), (64, 186)], [(128, 98), (128, 158)], [(192, 128)]]
    for a, b in itertools.pairwise(layers):
        for p in a:
            for q in b:
                d.line([p[0] * s, p[1] * s, q[0] * s, q[1] * s], fill=(180, 215, 255, 255),
                       width=max(1, int(5 * s)))
    for layer, color in zip(layers, [(255, 255, 255), (255, 196, 64), (120, 230, 140)]):
        for x, y in layer:
            r = 17 * s
            d.ellipse([x * s - r, y * s - r, x * s + r, y * s + r], fill=color + (255,))
    return img


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    icon = draw()
    icon.save(OUT / "divelab.png")
    icon.save(OUT / "divelab.ico", sizes=[(16, 16), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)])
    print("wrote", OUT)
