"""Train the classifier tab's default models and write them into resources/models/.

The packaged app ships these so the classifier works the moment it opens; without them the
app trains the same models on first use (engine.classify.train_default_model). Same settings
as the course: softmax regression (lr 0.1, batch 256, 10 epochs) and an MLP 784-256-10.

    python tools/train_default_models.py [--data DIR] [--only softmax|mlp]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from engine.classify import DEFAULT_MODELS, train_default_model  # noqa: E402
from engine.paths import resource_path  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", help="Fashion-MNIST folder (default: the usual places)")
    parser.add_argument("--only", choices=sorted(DEFAULT_MODELS), help="train one model only")
    args = parser.parse_args(argv)
    out = resource_path("models")
    out.mkdir(parents=True, exist_ok=True)
    from engine.checkpoint import load_checkpoint

    for kind in [args.only] if args.only else list(DEFAULT_MODELS):
        target = out / DEFAULT_MODELS[kind]["file"]
        start = time.perf_counter()
        gen = train_default_model(kind, args.data, dest=target)
        while True:
            try:
                next(gen)
            except StopIteration:
                break
        ckpt = load_checkpoint(target)
        print(f"{target.relative_to(ROOT)}: {ckpt.arch}, test accuracy "
              f"{ckpt.meta.get('test_acc'):.4f}, {target.stat().st_size / 1024:.0f} KiB, "
              f"{time.perf_counter() - start:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
