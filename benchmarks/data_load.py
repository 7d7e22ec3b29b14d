"""How long Fashion-MNIST takes to load: first time (decode + validate + cache) and from cache.

Run: .venv/bin/python benchmarks/data_load.py [--data DIR] [--repeat 3]
Targets: first load ≤ 1 s, later loads ≤ 0.2 s.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def _median(values: list[float]) -> float:
    return sorted(values)[len(values) // 2]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", help="Fashion-MNIST folder (default: discovery)")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    t0 = time.perf_counter()
    import torch  # noqa: F401
    import torchvision.datasets  # noqa: F401

    from engine import data

    print(f"import torch + torchvision: {time.perf_counter() - t0:.2f} s (not counted below)")
    firsts, cached, memory = [], [], []
    for _ in range(args.repeat):
        with tempfile.TemporaryDirectory(prefix="divelab-bench-") as home:
            os.environ["DIVELAB_HOME"] = home
            data.clear_memory_cache()
            t = time.perf_counter()
            ds = data.load_fashion_mnist(args.data)
            firsts.append(time.perf_counter() - t)
            data.clear_memory_cache()
            t = time.perf_counter()
            data.load_fashion_mnist(args.data)
            cached.append(time.perf_counter() - t)
            t = time.perf_counter()
            data.load_fashion_mnist(args.data)
            memory.append(time.perf_counter() - t)
    print(f"source: {ds.source}  ({len(ds.train_labels)} train + {len(ds.test_labels)} test)")
    print(f"first load (gunzip, validate, torchvision, write cache): best {min(firsts):.3f} s, "
          f"median {_median(firsts):.3f} s  [target ≤ 1 s]")
    print(f"load from the disk cache (new process/session):          best {min(cached):.3f} s, "
          f"median {_median(cached):.3f} s  [target ≤ 0.2 s]")
    print(f"load again in the same process (memory):                 best {min(memory):.6f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
