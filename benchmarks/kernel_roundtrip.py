"""Round trip of the sandbox kernel: start-up (torch import) and small cells once warm.

    python benchmarks/kernel_roundtrip.py [--cells 50]

Prints the cold start, then median / 95th percentile / max of a small cell's round trip
(send → stdout, result, variables, done), plus a tensor cell and a 1000×1000 result (the data
for the heatmap travels whole). Target: a small cell ≤ 100 ms once warm.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from engine.kernel import KernelClient  # noqa: E402


def _times(client: KernelClient, code: str, n: int) -> list[float]:
    out = []
    for _ in range(n):
        started = time.perf_counter()
        result = client.run(code)
        out.append(time.perf_counter() - started)
        if result.status != "ok":
            raise SystemExit(f"cell failed: {result.error}")
    return out


def _report(label: str, times: list[float]) -> None:
    ms = sorted(t * 1000 for t in times)
    p95 = ms[min(len(ms) - 1, int(round(0.95 * (len(ms) - 1))))]
    print(f"{label:34s} median {statistics.median(ms):7.1f} ms   p95 {p95:7.1f} ms   "
          f"max {ms[-1]:7.1f} ms   (n={len(ms)})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cells", type=int, default=50)
    args = parser.parse_args()
    client = KernelClient(time_limit=60)
    started = time.perf_counter()
    client.start()
    if not client.wait_ready(180):
        print("kernel did not start")
        return 1
    print(f"cold start (spawn + import torch)   {time.perf_counter() - started:7.2f} s")
    client.run("1")  # first cell pays the lazy imports of the summariser
    _report("small cell: print(1 + 1)", _times(client, "print(1 + 1)", args.cells))
    _report("tensor cell: X @ X.T (4×4)", _times(
        client, "X = torch.arange(16.0).reshape(4, 4)\nX @ X.T", args.cells))
    _report("1000×1000 result (heatmap data)", _times(
        client, "B = torch.randn(1000, 1000)\nB", max(5, args.cells // 5)))
    started = time.perf_counter()
    client.run("import os\nos._exit(1)")
    client.wait_ready(180)
    client.run("1")
    print(f"crash → restarted → next cell       {time.perf_counter() - started:7.2f} s")
    client.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
