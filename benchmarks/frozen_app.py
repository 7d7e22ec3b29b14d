"""Figures for the standalone executable: bundle size, build time, launch time, self-test time.

    .venv/bin/python benchmarks/frozen_app.py            # measure the existing dist/divelab
    .venv/bin/python benchmarks/frozen_app.py --build    # rebuild first (make dist) and time it
    .venv/bin/python benchmarks/frozen_app.py --runs 5 --no-self-test

Launch time: ``divelab --startup-time`` prints the seconds from the start of main.py to the
visible window; the wall time (process start to the window) adds the bootloader and the
interpreter start. Runs offscreen unless ``--display`` is given (e.g. an Xvfb ``:99``).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "divelab"
EXE = BUNDLE / ("divelab.exe" if sys.platform == "win32" else "divelab")
VISIBLE = re.compile(r"window visible after ([0-9.]+) s")


def folder_size(path: Path) -> int:
    total = 0
    for dirpath, _dirs, files in os.walk(path):
        for name in files:
            file = Path(dirpath, name)
            if not file.is_symlink():
                total += file.stat().st_size
    return total


def gib(n: int) -> str:
    return f"{n / 2**30:.2f} GiB" if n >= 2**30 else f"{n / 2**20:.0f} MiB"


def build() -> float:
    t0 = time.perf_counter()
    subprocess.run(["make", "dist"], cwd=ROOT, check=True)
    return time.perf_counter() - t0


def env(display: str | None, home: str) -> dict[str, str]:
    out = {**os.environ, "DIVELAB_HOME": home}
    if display:
        out["DISPLAY"] = display
        out["QT_QPA_PLATFORM"] = "xcb"
    else:
        out["QT_QPA_PLATFORM"] = "offscreen"
    return out


def launch_times(runs: int, display: str | None) -> list[tuple[float, float]]:
    """(seconds inside main.py to the visible window, wall seconds from process start) per run."""
    results = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as home:
            t0 = time.perf_counter()
            proc = subprocess.Popen([str(EXE), "--startup-time"], stdout=subprocess.PIPE,
                                    stderr=subprocess.DEVNULL, text=True, env=env(display, home))
            in_app = wall = None
            for line in proc.stdout:
                match = VISIBLE.search(line)
                if match:
                    wall = time.perf_counter() - t0
                    in_app = float(match.group(1))
            proc.wait(timeout=120)
        if in_app is None:
            raise SystemExit(f"{EXE} --startup-time printed no 'window visible' line")
        results.append((in_app, wall))
    return results


def self_test_time(command: list[str]) -> tuple[float, int]:
    with tempfile.TemporaryDirectory() as home:
        t0 = time.perf_counter()
        result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True,
                                env=env(None, home), timeout=900)
        return time.perf_counter() - t0, result.returncode


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", action="store_true", help="run make dist first and time it")
    parser.add_argument("--runs", type=int, default=3, help="launches to time (default 3)")
    parser.add_argument("--display", help="X display for a real window (default: offscreen)")
    parser.add_argument("--no-self-test", action="store_true", help="skip the self-test timings")
    args = parser.parse_args()

    print(f"machine: {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}"
          if hasattr(os, "getloadavg") else f"machine: {os.cpu_count()} cores")
    if args.build:
        print(f"build time (make dist): {build():.0f} s")
    if not EXE.exists():
        print(f"{EXE} does not exist: run make dist (or pass --build)")
        return 1

    total = folder_size(BUNDLE)
    print(f"bundle size: {gib(total)} ({BUNDLE})")
    internal = BUNDLE / "_internal"
    parts = sorted(((folder_size(p) if p.is_dir() else p.stat().st_size, p.name)
                    for p in internal.iterdir() if not p.is_symlink()), reverse=True)[:6]
    print("  largest parts: " + ", ".join(f"{name} {gib(size)}" for size, name in parts))
    if shutil.which("du"):
        du = subprocess.run(["du", "-sh", str(BUNDLE)], capture_output=True, text=True).stdout
        print(f"  du -sh: {du.split()[0] if du else '?'}")

    times = launch_times(args.runs, args.display)
    where = f"DISPLAY={args.display} (xcb)" if args.display else "offscreen"
    print(f"frozen launch to visible window ({where}, {args.runs} runs): "
          f"main.py→window median {statistics.median(t for t, _ in times):.2f} s, "
          f"process start→window median {statistics.median(w for _, w in times):.2f} s "
          f"(runs: {', '.join(f'{w:.2f}' for _, w in times)})")

    if not args.no_self_test:
        seconds, rc = self_test_time([str(EXE), "--self-test"])
        print(f"self-test, frozen: {seconds:.1f} s (exit {rc})")
        seconds, rc = self_test_time([sys.executable, "main.py", "--self-test"])
        print(f"self-test, from source: {seconds:.1f} s (exit {rc})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
