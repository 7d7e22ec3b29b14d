"""The course's softmax-regression code, unchanged: plain d2l as in Jupyter vs DiveLab's way.

The code is the book's concise softmax regression (``nn.Flatten`` + ``nn.Linear(784, 10)``,
``CrossEntropyLoss(reduction='none')``, SGD lr 0.1, ``d2l.load_data_fashion_mnist(256)``,
``d2l.train_ch3``). Each run works in a temporary ``notebooks/`` folder beside a ``data/`` folder
prepared as a finished torchvision download leaves it, so the book's ``../data`` finds it.

* plain: a fresh Python with d2l as installed (DataLoaders with 4 worker processes), which is
  what a student's Jupyter does;
* DiveLab: a fresh Python that calls ``engine.course_env.install_course_patches()`` first;
* kernel: the same code as cells through the sandbox kernel (``KernelClient.run``), which is what
  a student in DiveLab gets.

Run: .venv/bin/python benchmarks/course_code_speed.py [--epochs 10] [--skip-plain] [--skip-kernel]
Target: DiveLab's way at most half the plain run's time, same accuracy.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

IMPORTS = """\
import torch
from torch import nn
from d2l import torch as d2l
"""

COURSE = """\
batch_size = 256
train_iter, test_iter = d2l.load_data_fashion_mnist(batch_size)
net = nn.Sequential(nn.Flatten(), nn.Linear(784, 10))

def init_weights(m):
    if type(m) == nn.Linear:
        nn.init.normal_(m.weight, std=0.01)

net.apply(init_weights);
loss = nn.CrossEntropyLoss(reduction='none')
trainer = torch.optim.SGD(net.parameters(), lr=0.1)
num_epochs = {epochs}
d2l.train_ch3(net, train_iter, test_iter, loss, num_epochs, trainer)
"""

CHILD = """\
import json, sys, time, warnings
warnings.simplefilter("ignore")
{prelude}
import matplotlib
matplotlib.use("Agg")
t0 = time.perf_counter()
{imports}
t1 = time.perf_counter()
check = None
try:
{course}
except AssertionError as exc:  # train_ch3's closing checks expect about 10 epochs
    check = repr(exc)
t2 = time.perf_counter()
acc = d2l.evaluate_accuracy(net, test_iter)
print("RESULT " + json.dumps({{"imports": t1 - t0, "run": t2 - t1, "test_acc": acc,
                              "workers": train_iter.num_workers, "check": check}}), flush=True)
"""

PRELUDE_DIVELAB = f"""\
sys.path.insert(0, {str(ROOT)!r})
import torch
from engine.course_env import install_course_patches
install_course_patches()
"""


def prepare_lab(base: Path) -> Path:
    """``base/notebooks`` beside ``base/data/FashionMNIST/raw`` holding the uncompressed files."""
    from engine.data import torchvision_root

    notebooks = base / "notebooks"
    notebooks.mkdir(parents=True)
    torchvision_root(base / "data")
    return notebooks


def run_child(notebooks: Path, prelude: str, epochs: int) -> dict:
    course = textwrap.indent(COURSE.format(epochs=epochs), "    ")
    code = CHILD.format(prelude=prelude, imports=IMPORTS, course=course)
    env = dict(os.environ, PYTHONWARNINGS="ignore")
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", code], cwd=notebooks, env=env,
                          capture_output=True, text=True, timeout=3600)
    wall = time.perf_counter() - started
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("RESULT ")]
    if proc.returncode or not lines:
        raise SystemExit(f"the course code failed (exit {proc.returncode}):\n{proc.stderr[-3000:]}")
    result = json.loads(lines[-1][len("RESULT "):])
    result["process"] = wall
    result["notices"] = [ln for ln in proc.stderr.splitlines() if ln.startswith("DiveLab")]
    return result


def run_kernel(notebooks: Path, epochs: int) -> dict:
    """The cells through the sandbox kernel, timed from send to done as the student waits."""
    from engine.kernel import KernelClient

    client = KernelClient(cwd=str(notebooks), time_limit=None)
    try:
        if not client.wait_ready(300):
            raise SystemExit("the sandbox kernel did not start")
        client.run("1", timeout=300)
        out: dict = {}
        started = time.perf_counter()
        first = client.run(IMPORTS, timeout=300)
        out["imports"] = time.perf_counter() - started
        started = time.perf_counter()
        second = client.run(COURSE.format(epochs=epochs), timeout=3600)
        out["run"] = time.perf_counter() - started
        for result in (first, second):
            closing_check = (result is second and result.error is not None
                             and result.error.get("ename") == "AssertionError")
            if result.status != "ok" and not closing_check:
                raise SystemExit(f"the course code failed in the kernel: {result.error}")
            if closing_check:
                out["check"] = f"AssertionError({result.error.get('evalue')})"
        check = client.run("print(d2l.evaluate_accuracy(net, test_iter))", timeout=300)
        out["test_acc"] = float(check.stdout.strip().splitlines()[-1])
        out["figures"] = sum(1 for d in second.displays if "image/png" in d.get("data", {})
                             or "image/svg+xml" in d.get("data", {}))
        return out
    finally:
        client.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, default=10)
    parser.add_argument("--skip-plain", action="store_true", help="only DiveLab's ways")
    parser.add_argument("--skip-kernel", action="store_true", help="no run through the kernel")
    args = parser.parse_args()

    print(f"machine: {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}; "
          f"concise softmax regression, batch 256, epochs: {args.epochs}, d2l.train_ch3")
    rows = []
    with tempfile.TemporaryDirectory(prefix="divelab-course-") as tmp:
        if not args.skip_plain:
            notebooks = prepare_lab(Path(tmp) / "plain")
            plain = run_child(notebooks, "", args.epochs)
            rows.append(("plain d2l (Jupyter's way)", plain))
        notebooks = prepare_lab(Path(tmp) / "divelab")
        patched = run_child(notebooks, PRELUDE_DIVELAB, args.epochs)
        rows.append(("after install_course_patches()", patched))
        if not args.skip_kernel:
            notebooks = prepare_lab(Path(tmp) / "kernel")
            rows.append(("sandbox kernel (cells)", run_kernel(notebooks, args.epochs)))
    for label, r in rows:
        workers = f", {r['workers']} workers" if "workers" in r else ""
        if "figures" in r:
            workers += f", {r['figures']} figure updates"
        print(f"  {label:32s} code {r['run']:7.2f} s (imports {r['imports']:.2f} s{workers}), "
              f"test accuracy {r['test_acc']:.4f}")
        if r.get("check"):
            print(f"    (train_ch3's closing check failed, as expected for so few epochs: {r['check']})")
    if not args.skip_plain:
        base = rows[0][1]["run"]
        for label, r in rows[1:]:
            print(f"  {label}: {r['run'] / base:.2f}× the plain run's time "
                  f"({base / r['run']:.1f}× faster)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
