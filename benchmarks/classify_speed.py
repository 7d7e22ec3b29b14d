"""How fast dropped pictures are classified: decoding + preprocessing, then the model.

Target: 100 dropped pictures classified in ≤ 1 s once decoded (one forward pass for all).
Prints the time per stage for the default softmax model and the MLP.

    python benchmarks/classify_speed.py [N]
"""

from __future__ import annotations

import io
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from engine.classify import (  # noqa: E402
    Classifier,
    classify_results,
    default_model_path,
    expand_paths,
    preprocess_many,
)
from engine.images import decode_image  # noqa: E402
from engine.paths import resource_path  # noqa: E402


def make_pictures(folder: Path, n: int) -> None:
    """Photo-sized pictures in several formats: the samples, rescaled and re-encoded."""
    samples = [Image.fromarray(decode_image(p)) for p in sorted(resource_path("samples").iterdir())]
    sizes = [(640, 480), (1024, 768), (300, 300), (1600, 1200)]
    formats = [("JPEG", ".jpg"), ("PNG", ".png"), ("WEBP", ".webp")]
    for i in range(n):
        img = samples[i % len(samples)].resize(sizes[i % len(sizes)])
        fmt, ext = formats[i % len(formats)]
        buf = io.BytesIO()
        img.save(buf, fmt)
        (folder / f"{i:04d}{ext}").write_bytes(buf.getvalue())


def main() -> int:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        make_pictures(folder, n)
        files = expand_paths([folder])
        t0 = time.perf_counter()
        results = preprocess_many(files)
        t_pre = time.perf_counter() - t0
        assert all(r.error is None for r in results)
        print(f"{n} pictures (640×480 … 1600×1200, JPEG/PNG/WebP)")
        print(f"  decode + preprocess: {t_pre:.3f} s ({1000 * t_pre / n:.1f} ms per picture)")
        t0 = time.perf_counter()
        import torch  # noqa: F401 - timed apart from loading the model

        import engine.checkpoint  # noqa: F401
        print(f"  import torch: {time.perf_counter() - t0:.2f} s (once per session)")
        for kind in ("softmax", "mlp"):
            path = default_model_path(kind)
            if path is None:
                print(f"  {kind}: no default model")
                continue
            t0 = time.perf_counter()
            model = Classifier.load(path)
            t_load = time.perf_counter() - t0
            classify_results(results, model)          # warm-up (first call sets up torch)
            times = []
            for _ in range(5):
                for r in results:
                    r.probs = None
                t0 = time.perf_counter()
                classify_results(results, model)
                times.append(time.perf_counter() - t0)
            best, median = min(times), float(np.median(times))
            verdict = "OK" if median <= 1.0 else "TOO SLOW"
            print(f"  {kind}: load {t_load * 1000:.0f} ms; classify {n} after decoding: "
                  f"median {median * 1000:.2f} ms, best {best * 1000:.2f} ms "
                  f"(target ≤ 1000 ms: {verdict})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
