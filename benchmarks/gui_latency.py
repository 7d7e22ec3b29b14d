"""Training from the GUI versus the headless CLI, and how responsive the GUI stays meanwhile.

    .venv/bin/python benchmarks/gui_latency.py                 # 10 epochs softmax, 2 rounds
    .venv/bin/python benchmarks/gui_latency.py --epochs 3 --rounds 1 --task linreg

Each round runs the same training twice, interleaved so that a busy machine hurts both alike:

* CLI: ``python -m engine train --json`` in a subprocess; its time is the sum of the per-epoch
  ``seconds`` (training + evaluation, the one-time data load excluded).
* GUI: a real ``MainWindow`` (offscreen unless ``--display``), the training tab's Start button,
  live curves redrawn at ~30 Hz. Its time is the wall clock from the click to the end of the run,
  on the GUI thread, after a warm-up run has loaded the data once (the one-time data load).

Meanwhile a 5 ms precise timer on the GUI thread records every tick; the longest gap between
two ticks is the longest the event loop stalled. Prints the ratio GUI/CLI (target ≤ 1.2) and the
longest stall (target ≤ 50 ms). These runs start once the app has settled; what a student gets
in the first seconds after the window shows (every tab's first click) is
``benchmarks/first_second.py``.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def cli_seconds(args: argparse.Namespace) -> float:
    cmd = [sys.executable, "-m", "engine", "train", "--task", args.task, "--impl", args.impl,
           "--epochs", str(args.epochs), "--batch-size", str(args.batch_size), "--lr", str(args.lr),
           "--seed", "0", "--device", args.device, "--json"]
    if args.data:
        cmd += ["--data", args.data]
    out = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=True).stdout
    records = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    assert len(records) == args.epochs, out
    return sum(r["seconds"] for r in records)


class GuiBench:
    def __init__(self, args: argparse.Namespace) -> None:
        from PySide6.QtCore import QSettings
        from PySide6.QtWidgets import QApplication

        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        # The benchmark sets hyperparameters through the controls: keep them out of the
        # user's own settings.
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                          str(Path(os.environ["DIVELAB_HOME"]) / "settings"))
        self.app = QApplication.instance() or QApplication([])
        from gui import i18n
        from gui.main_window import MainWindow

        i18n.set_language("en")
        self.window = MainWindow()
        self.window._skip_close_prompt = True
        self.window.show()
        self.tab = self.window.show_tab("trainingTab")
        self.args = args

    def _set(self, epochs: int) -> None:
        tab, a = self.tab, self.args
        tab.task_combo.setCurrentIndex(tab.task_combo.findData(a.task))
        tab.impl_combo.setCurrentIndex(tab.impl_combo.findData(a.impl))
        tab.epochs_spin.setValue(epochs)
        tab.batch_spin.setValue(a.batch_size)
        tab.lr_spin.setValue(a.lr)
        tab.seed_spin.setValue(0)
        index = tab.device_combo.findData(a.device)
        if index < 0:
            tab.device_combo.addItem(a.device, a.device)
            index = tab.device_combo.findData(a.device)
        tab.device_combo.setCurrentIndex(index)

    def run(self, epochs: int) -> tuple[float, float, float, float, int]:
        """(wall s click→end, trainer's own elapsed s, longest and 99th-percentile event-loop
        gap in ms, curve points)."""
        from PySide6.QtCore import QEventLoop, Qt, QTimer
        from PySide6.QtTest import QTest

        self._set(epochs)
        ticks: list[float] = []
        probe = QTimer()
        probe.setTimerType(Qt.TimerType.PreciseTimer)
        probe.setInterval(5)
        probe.timeout.connect(lambda: ticks.append(time.perf_counter()))
        probe.start()
        t0 = time.perf_counter()
        loop = QEventLoop()
        watch = QTimer()
        watch.timeout.connect(lambda: None if self.tab.running else loop.quit())
        watch.start(20)
        QTest.mouseClick(self.tab.start_button, Qt.MouseButton.LeftButton)
        loop.exec()  # the GUI thread sleeps between events, as in app.exec()
        wall = time.perf_counter() - t0
        watch.stop()
        probe.stop()
        run = list(self.tab.runs.values())[-1]
        if run.status != "completed":
            raise SystemExit(f"GUI run ended {run.status}: {run.message}")
        gaps = sorted(b - a for a, b in zip(ticks, ticks[1:], strict=False)) or [0.0]
        p99 = gaps[int(0.99 * (len(gaps) - 1))]
        return wall, run.epochs[-1].elapsed, 1000 * gaps[-1], 1000 * p99, len(run.curves.batch_x)

    def close(self) -> None:
        self.window.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--task", default="softmax", choices=["softmax", "linreg", "mlp"])
    parser.add_argument("--impl", default="concise", choices=["concise", "scratch"])
    parser.add_argument("--epochs", type=int, default=10)
    parser.add_argument("--batch-size", type=int, default=256)
    parser.add_argument("--lr", type=float, default=0.1)
    parser.add_argument("--device", default="cpu")
    parser.add_argument("--data", help="Fashion-MNIST folder (default: the usual places)")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--display", action="store_true", help="use the real display")
    args = parser.parse_args(argv)
    if not args.display:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("DIVELAB_HOME", str(Path(os.environ.get("TMPDIR", "/tmp"))
                                              / "divelab-bench-home"))

    bench = GuiBench(args)
    t0 = time.perf_counter()
    bench.run(1)  # warm-up: imports torch, loads and converts the data once
    print(f"one-time start (torch import + data load + 1 epoch): {time.perf_counter() - t0:.2f} s")
    cli, gui, gui_trainer, stalls, p99s = [], [], [], [], []
    for r in range(args.rounds):
        cli.append(cli_seconds(args))
        wall, own, stall, p99, points = bench.run(args.epochs)
        gui.append(wall)
        gui_trainer.append(own)
        stalls.append(stall)
        p99s.append(p99)
        print(f"round {r + 1}: CLI {cli[-1]:.2f} s · GUI {wall:.2f} s (trainer's own "
              f"{own:.2f} s, {points} curve points) · event-loop gap max {stall:.1f} ms, "
              f"99th percentile {p99:.1f} ms (ticks every 5 ms)")
    bench.close()
    best_cli, best_gui = min(cli), min(gui)
    print(f"\n{args.epochs}-epoch {args.task}/{args.impl}, batch {args.batch_size}, "
          f"lr {args.lr}, device {args.device}")
    print(f"headless CLI:        {best_cli:.2f} s (best of {len(cli)}; median "
          f"{statistics.median(cli):.2f} s)")
    print(f"GUI with live plots: {best_gui:.2f} s (best of {len(gui)}; median "
          f"{statistics.median(gui):.2f} s)")
    print(f"GUI / CLI:           {best_gui / best_cli:.2f}×  (target ≤ 1.2×)")
    print(f"longest event-loop stall during the runs: {max(stalls):.1f} ms  (target ≤ 50 ms; "
          f"99th percentile of the gaps ≤ {max(p99s):.1f} ms)")
    print(f"machine load average while measuring: {os.getloadavg()[0]:.1f} on "
          f"{os.cpu_count()} cores")
    return 0


if __name__ == "__main__":
    sys.exit(main())
