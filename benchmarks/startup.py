"""How long from launching DiveLab to a visible window (target ≤ 1.5 s).

    .venv/bin/python benchmarks/startup.py              # 5 launches, offscreen
    .venv/bin/python benchmarks/startup.py --runs 10 --display   # on the real display

Each launch runs ``python main.py --startup-time`` in a fresh process. Two figures per launch:

* in-app: what main.py prints — seconds from its first line to the shown window;
* wall: from starting the process to reading that line on its stdout (adds the interpreter's own
  start and the imports before main.py's clock starts).

torch must not be part of either: it loads behind the window.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VISIBLE = re.compile(r"window visible after ([0-9.]+) s")


def launch(env: dict[str, str]) -> tuple[float, float]:
    """(in-app seconds, wall seconds until the first printed line)."""
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "main.py", "--startup-time"], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    wall = time.perf_counter() - t0
    try:
        proc.wait(timeout=60)
    except subprocess.TimeoutExpired:
        proc.kill()
        raise
    match = VISIBLE.search(line)
    if not match:
        raise SystemExit(f"unexpected output {line!r}; stderr: {proc.stderr.read()[-2000:]}")
    return float(match.group(1)), wall


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--display", action="store_true", help="use the real display")
    args = parser.parse_args(argv)
    env = dict(os.environ)
    if not args.display:
        env["QT_QPA_PLATFORM"] = "offscreen"
    home = tempfile.mkdtemp(prefix="divelab-startup-")
    env.setdefault("DIVELAB_HOME", home)
    in_app, wall = [], []
    launch(env)  # first launch warms the OS file cache; not counted
    for i in range(args.runs):
        a, w = launch(env)
        in_app.append(a)
        wall.append(w)
        print(f"launch {i + 1}: window visible after {a:.3f} s in-app, {w:.3f} s wall")
    print(f"\nin-app: median {statistics.median(in_app):.3f} s, best {min(in_app):.3f} s, "
          f"worst {max(in_app):.3f} s")
    print(f"wall:   median {statistics.median(wall):.3f} s, best {min(wall):.3f} s, "
          f"worst {max(wall):.3f} s   (target ≤ 1.5 s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
