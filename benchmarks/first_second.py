"""How long the window freezes when a student clicks right after start-up, tab by tab.

    .venv/bin/python benchmarks/first_second.py                    # every tab, both scenarios
    .venv/bin/python benchmarks/first_second.py --tabs lossTab perceptronTab --rounds 3
    .venv/bin/python benchmarks/first_second.py --tour             # one launch, all tabs in turn
    .venv/bin/python benchmarks/first_second.py --tabs lossTab --explain 40   # what ran in a stall

Each measurement is a fresh ``MainWindow`` in a fresh process, started as ``main.py`` starts it,
with a fresh user (no saved last tab). From the moment ``show()`` returns, a 5 ms precise timer
on the GUI thread records every tick; a gap between two ticks is how long the event loop could
not answer the user. Clicks go through the window, as the system delivers them.

* scenario A, right away: 0.5 s after the window shows (as soon as a student can click), click
  the tab, then (after a 0.25 s look) its first action — run a preset, open and run a notebook,
  open the course's CSV, start training, classify a picture, step the perceptron, animate
  gradient descent — and wait for it to finish;
* scenario B, settled: the same after the background start-up work has ended.

Prints, per scenario and step, the longest gap and the 99th percentile (targets: ≤ 50 ms and
≤ 20 ms), the most CPU time the GUI thread itself used within one gap (what the app did, however
busy the machine is: a longer gap than that waited for the CPU or the interpreter lock), and the
click-to-done time of each action.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TABS = ("tensorTab", "notebookTab", "preprocessTab", "trainingTab", "classifierTab",
        "perceptronTab", "lossTab")
CLICK_AFTER_S = 0.5     # the first moment a student clicks
LOOK_S = 0.25           # between showing a tab and clicking in it
DWELL_S = 1.0           # watched after each action has finished
SETTLE_MAX_S = 30.0


# ============================================================================ child process
class Probe:
    """Ticks every 5 ms on the GUI thread; steps mark which ticks belong to what."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.ticks: list[float] = []
        self.cpu: list[float] = []
        self.marks: list[tuple[str, float]] = []
        self.done: dict[str, float] = {}
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        self.ticks.append(time.perf_counter())
        self.cpu.append(time.thread_time())

    def start(self) -> None:
        self._tick()
        self.timer.start()

    def mark(self, name: str) -> None:
        self.marks.append((name, time.perf_counter()))

    def report(self) -> list[dict]:
        """Per step: longest gap and 99th percentile (ms), gaps counted where they end; and the
        most GUI-thread CPU time within one gap (what the app itself did, whatever the load)."""
        bounds = self.marks + [("end", float("inf"))]
        pairs = list(zip(range(len(self.ticks)), range(1, len(self.ticks)), strict=False))
        steps = []
        for (name, start), (_, stop) in zip(bounds, bounds[1:], strict=False):
            inside = [(i, j) for i, j in pairs if start <= self.ticks[j] < stop]
            gaps = sorted(1000 * (self.ticks[j] - self.ticks[i]) for i, j in inside) or [0.0]
            cpu = max((1000 * (self.cpu[j] - self.cpu[i]) for i, j in inside), default=0.0)
            steps.append({"step": name, "max": gaps[-1], "p99": gaps[int(0.99 * (len(gaps) - 1))],
                          "cpu": cpu, "n": len(gaps), "done_s": self.done.get(name)})
        return steps


def wait(ms: float) -> None:
    """Sleep in the event loop (as app.exec() would), not in a processEvents busy loop."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(int(ms), loop.quit)
    loop.exec()


def wait_until(condition, timeout_s: float, what: str) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    deadline = time.perf_counter() + timeout_s
    loop = QEventLoop()
    poll = QTimer()
    poll.timeout.connect(lambda: loop.quit() if condition() or time.perf_counter() > deadline
                         else None)
    poll.start(10)
    if not condition():
        loop.exec()
    poll.stop()
    if not condition():
        raise TimeoutError(f"{what} not done after {timeout_s:.0f} s")


def click(widget, pos=None) -> None:
    """A left click that arrives through the window, as the system delivers a real one."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    if not widget.isEnabled():
        raise RuntimeError(f"{widget.objectName()} is not enabled")
    top = widget.window()
    at = widget.mapTo(top, pos if pos is not None else widget.rect().center())
    QTest.mouseClick(top.windowHandle(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, at)


def switch_to(window, name: str) -> None:
    """Click the tab's title in the tab bar, as a student would."""
    bar = window.tabs.tabBar()
    index = next(i for i in range(window.tabs.count())
                 if window.tabs.widget(i).objectName() == name)
    click(bar, bar.tabRect(index).center())


def current(window, name: str, ready: str):
    """The tab once its placeholder has been replaced by the real tab with ``ready``."""
    wait_until(lambda: hasattr(window.tabs.currentWidget(), ready), 30, f"{name} built")
    tab = window.tabs.currentWidget()
    assert tab.objectName() == name, tab.objectName()
    return tab


def act(window, name: str, work: Path) -> None:
    """The tab's first action, from the click until its result is on screen."""
    if name == "tensorTab":
        tab = current(window, name, "run_button")
        wait_until(lambda: hasattr(tab, "run_button") and tab.run_button.isEnabled(), 30,
                   "run button")
        click(tab.run_button)
        wait_until(lambda: tab._run_id is None, 120, "preset run")
    elif name == "notebookTab":
        tab = current(window, name, "open_tour")
        wait_until(lambda: hasattr(tab, "open_tour"), 30, "notebook tab")
        tab.open_tour()           # the start page's "Take the tour"
        wait(100)
        tab.run_all()
        wait_until(lambda: not tab.session.busy, 180, "notebook run")
    elif name == "preprocessTab":
        tab = current(window, name, "open_example_in")
        wait_until(lambda: hasattr(tab, "open_example_in"), 30, "preprocessing tab")
        tab.open_example_in(work)  # "New example" once its folder is chosen: the course's CSV
        wait_until(lambda: not tab.is_loading() and tab.pipeline is not None, 60, "CSV open")
    elif name == "trainingTab":
        tab = current(window, name, "start_button")
        wait_until(lambda: hasattr(tab, "start_button") and tab.start_button.isEnabled(), 30,
                   "start button")
        click(tab.start_button)
        wait_until(lambda: not tab.running or any(getattr(r, "steps", 0) > 0
                                                  for r in tab.runs.values()),
                   120, "first training steps")
        wait(1000)
        if tab.running:
            click(tab.stop_button)
        wait_until(lambda: not tab.running, 60, "training stop")
    elif name == "classifierTab":
        from engine.paths import resource_path

        tab = current(window, name, "add_paths")
        wait_until(lambda: hasattr(tab, "add_paths"), 30, "classifier tab")
        tab.add_paths([str(resource_path("samples", "sneaker_photo.jpg"))])  # as a drop does
        wait_until(lambda: not tab.is_busy() and tab.results_view.count() == 1
                   and bool(tab.topk_bars.bars()), 120, "classification")
    elif name == "perceptronTab":
        tab = current(window, name, "step_button")
        wait_until(lambda: hasattr(tab, "step_button") and tab.step_button.isEnabled(), 30,
                   "step button")
        for _ in range(3):
            click(tab.step_button)
            wait(150)
        click(tab.mlp_train_button)
        wait(1000)
        click(tab.mlp_train_button)
    elif name == "lossTab":
        tab = current(window, name, "animate_button")
        wait_until(lambda: hasattr(tab, "animate_button") and tab.animate_button.isEnabled(), 30,
                   "animate button")
        click(tab.animate_button)
        wait(1000)
        click(tab.animate_button)
    else:
        raise ValueError(name)


class FirstPaint:
    """Notes when the window's first paint has been done."""

    def __init__(self, window) -> None:
        from PySide6.QtCore import QEvent, QObject

        self.done = False

        class Filter(QObject):
            def eventFilter(inner, obj, event):  # noqa: N802, N805
                if event.type() == QEvent.Type.Paint and not self.done:
                    from PySide6.QtCore import QTimer

                    QTimer.singleShot(0, lambda: setattr(self, "done", True))
                return False

        self._filter = Filter()
        window.installEventFilter(self._filter)


class Sampler:
    """Samples the GUI thread's Python stack every 2 ms, to say what ran during a stall."""

    def __init__(self) -> None:
        import threading

        self.samples: list[tuple[float, tuple[str, ...]]] = []
        self._main = threading.main_thread().ident
        self._stop = False
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop:
            frame = sys._current_frames().get(self._main)
            stack = []
            while frame is not None:
                code = frame.f_code
                name = code.co_filename.replace(str(ROOT) + "/", "")
                name = name.split("site-packages/")[-1]
                stack.append(f"{code.co_name} ({name}:{frame.f_lineno})")
                frame = frame.f_back
            self.samples.append((time.perf_counter(), tuple(reversed(stack))))
            time.sleep(0.002)

    def explain(self, probe: Probe, threshold_ms: float) -> None:
        """Print, for each gap above ``threshold_ms``, the frames seen most often in it."""
        import collections

        self._stop = True
        for a, b in zip(probe.ticks, probe.ticks[1:], strict=False):
            if 1000 * (b - a) < threshold_ms:
                continue
            inside = [stack for t, stack in self.samples if a <= t <= b]
            step = next((n for n, t in reversed(probe.marks) if t <= b), "")
            print(f"\n--- gap {1000 * (b - a):.0f} ms in '{step}' ({len(inside)} samples)",
                  file=sys.stderr)
            counts = collections.Counter(f for stack in inside for f in set(stack))
            for frame, n in counts.most_common(25):
                if "first_second.py" in frame or "<frozen" in frame:
                    continue
                print(f"  {n:4d}  {frame}", file=sys.stderr)


def open_window():  # noqa: ANN201 - (app, window, probe, first-paint watcher), not yet shown
    """A fresh application and main window set up as ``main.py`` does it, in the scratch home
    ``DIVELAB_HOME`` names, with a tick probe ready to start."""
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(Path(os.environ["DIVELAB_HOME"]) / "settings"))
    from PySide6.QtWidgets import QApplication

    from gui import i18n, theme
    from gui.fonts import install_cjk_font

    app = QApplication.instance() or QApplication(["divelab"])
    install_cjk_font()
    theme.apply_theme("system")
    i18n.set_language("en")
    from gui.main_window import MainWindow

    window = MainWindow()
    window.persist_settings = False
    window._skip_close_prompt = True
    return app, window, Probe(), FirstPaint(window)


def run_child(tabs: list[str], settled: bool, explain: float = 0.0) -> dict:
    t_launch = time.perf_counter()
    app, window, probe, painted = open_window()
    from gui import worker

    sampler = Sampler() if explain else None
    probe.mark("show() → first paint done")
    window.show()
    shown = time.perf_counter()
    probe.start()
    wait_until(lambda: painted.done, 30, "first paint")
    probe.mark("window visible → first click" if not settled else "window visible → settled")
    if settled:
        wait(3000)
        wait_until(lambda: worker.active_jobs() == 0 and not worker.preloading(), SETTLE_MAX_S,
                   "start-up jobs")
        wait(2000)
        probe.mark("settled, idle")
        wait(500)
    else:
        wait(1000 * CLICK_AFTER_S)
    work = Path(tempfile.mkdtemp(prefix="divelab-first-"))
    for name in tabs:
        if window.tabs.currentWidget().objectName() != name:
            probe.mark(f"{name}: switch")
            switch_to(window, name)
            wait(1000 * LOOK_S)
        step = f"{name}: first action"
        probe.mark(step)
        t0 = time.perf_counter()
        act(window, name, work)
        probe.done[step] = time.perf_counter() - t0
        probe.mark(f"{name}: after")
        wait(1000 * DWELL_S)
    probe.timer.stop()
    steps = probe.report()
    if sampler is not None:
        sampler.explain(probe, explain)
    window.close()
    worker.stop_all(timeout_ms=30000)
    del app
    return {"visible_s": shown - t_launch, "steps": steps, "load": os.getloadavg()[0]}


# ============================================================================ parent process
def run_child_process(script: str, spec: dict, home_prefix: str, timeout: float = 900,
                      echo_stderr: bool = False) -> dict:
    """Run ``script --child SPEC`` offscreen with a fresh user home; its last JSON line."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["DIVELAB_HOME"] = tempfile.mkdtemp(prefix=home_prefix)
    proc = subprocess.run([sys.executable, script, "--child", json.dumps(spec)], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=timeout)
    if echo_stderr:
        print(proc.stderr, file=sys.stderr)
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
    if proc.returncode != 0 or not lines:
        raise SystemExit(f"child failed ({proc.returncode}):\n{proc.stdout[-3000:]}\n"
                         f"{proc.stderr[-3000:]}")
    return json.loads(lines[-1])


def launch(tabs: list[str], settled: bool, explain: float = 0.0) -> dict:
    return run_child_process(__file__, {"tabs": tabs, "settled": settled, "explain": explain},
                             "divelab-first-home-", echo_stderr=bool(explain))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tabs", nargs="+", choices=TABS, default=list(TABS))
    parser.add_argument("--scenarios", nargs="+", choices=["A", "B"], default=["A", "B"])
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--tour", action="store_true",
                        help="one launch per scenario, visiting the tabs in turn")
    parser.add_argument("--explain", type=float, default=0.0, metavar="MS",
                        help="print what the GUI thread ran during each gap above MS")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        spec = json.loads(args.child)
        print(json.dumps(run_child(spec["tabs"], spec["settled"], spec.get("explain", 0.0))),
              flush=True)
        return 0

    plans = [args.tabs] if args.tour else [[t] for t in args.tabs]
    worst: dict[str, tuple[float, float]] = {}
    for scenario in args.scenarios:
        settled = scenario == "B"
        title = "B: settled" if settled else f"A: clicks {CLICK_AFTER_S} s after the window shows"
        print(f"\n=== scenario {title}")
        print(f"{'step':44s} {'max ms':>8s} {'p99 ms':>8s} {'cpu ms':>7s} {'done s':>7s}")
        for plan in plans:
            for r in range(args.rounds):
                result = launch(plan, settled, args.explain)
                tag = f"  (launch {r + 1}, window visible after {result['visible_s']:.2f} s, "\
                      f"load {result['load']:.1f})"
                print(tag)
                for s in result["steps"]:
                    done = f"{s['done_s']:.2f}" if s["done_s"] is not None else ""
                    print(f"{s['step']:44s} {s['max']:8.1f} {s['p99']:8.1f} {s['cpu']:7.1f} "
                          f"{done:>7s}")
                    m, p = worst.get(scenario, (0.0, 0.0))
                    worst[scenario] = (max(m, s["max"]), max(p, s["p99"]))
    print()
    for scenario, (m, p) in worst.items():
        print(f"scenario {scenario}: longest stall {m:.1f} ms (target ≤ 50), worst step p99 "
              f"{p:.1f} ms (target ≤ 20)")
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
