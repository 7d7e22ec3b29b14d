"""``divelab --self-test``: check an installation end to end, offline, in well under a minute.

A teacher preparing lab machines (or CI, on the packaged executable) runs it once: it exercises
what a frozen build tends to lose — torchvision's native operators, the bundled dataset and
model, the sandbox kernel's process start, Qt plugins, translations and the CJK font — and
prints one PASS/FAIL line per check. The same report is written to
``user_data_dir()/logs/self-test.txt``, since a windowed app on Windows has no console.

Exit status 0 with a last line ``self-test passed``; 1 with a last line naming what failed.
"""

from __future__ import annotations

import logging
import platform
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path

log = logging.getLogger(__name__)

REPORT_NAME = "self-test.txt"


class CheckFailed(Exception):
    """A check ran but the result is wrong; the message says what was expected."""


class MissingPart(CheckFailed):
    """A module the check needs is not in this build."""


def _require(module: str):
    """Import an app module; a clear failure when it is not part of this build."""
    import importlib

    try:
        return importlib.import_module(module)
    except ModuleNotFoundError as exc:
        if exc.name and (exc.name == module or module.startswith(exc.name + ".")):
            raise MissingPart(f"{module} is not in this build") from None
        raise


# --------------------------------------------------------------------------------------- checks
class _Context:
    """What one check hands to the next (the dataset, the Qt application)."""

    def __init__(self, dataset_folder: str | None) -> None:
        self.dataset_folder = dataset_folder
        self.dataset = None
        self.trained_checkpoint: Path | None = None
        self.scratch: Path | None = None
        self.app = None


def check_versions(ctx: _Context) -> str:
    import numpy
    import pyqtgraph
    import PySide6
    import torch
    import torchvision
    from PySide6.QtCore import qVersion

    import engine
    from engine.device import device_label, resolve_device

    parts = [
        f"DiveLab {engine.__version__}",
        f"Python {platform.python_version()}",
        f"torch {torch.__version__}",
        f"torchvision {torchvision.__version__}",
        f"numpy {numpy.__version__}",
        f"Qt {qVersion()}",
        f"PySide6 {PySide6.__version__}",
        f"pyqtgraph {pyqtgraph.__version__}",
        f"device {device_label(resolve_device('auto'))}",
        "frozen" if getattr(sys, "frozen", False) else "from source",
    ]
    return ", ".join(parts)


def check_torchvision_ops(ctx: _Context) -> str:
    """torchvision's native library: a frozen build without it dies at the first op."""
    import torch
    import torchvision.io
    import torchvision.ops

    boxes = torch.tensor([[0.0, 0.0, 10.0, 10.0], [1.0, 1.0, 11.0, 11.0], [50.0, 50.0, 60.0, 60.0]])
    scores = torch.tensor([0.9, 0.8, 0.7])
    kept = torchvision.ops.nms(boxes, scores, 0.5).tolist()
    if kept != [0, 2]:
        raise CheckFailed(f"nms kept {kept}, expected [0, 2]")
    image = (torch.arange(3 * 8 * 8, dtype=torch.int64) % 256).to(torch.uint8).reshape(3, 8, 8)
    decoded = torchvision.io.decode_png(torchvision.io.encode_png(image))
    if not torch.equal(decoded, image):
        raise CheckFailed("PNG encode/decode round trip changed the image")
    return "ops.nms kept [0, 2]; io PNG round trip exact"


def check_dataset(ctx: _Context) -> str:
    data = _require("engine.data")
    from engine.paths import resource_path

    folder = ctx.dataset_folder
    bundled = resource_path("data", "fashion-mnist")
    if folder is None and getattr(sys, "frozen", False) and bundled.is_dir():
        folder = str(bundled)  # prove the copy shipped in the bundle loads
    dataset = data.load_fashion_mnist(folder)
    shapes = (tuple(dataset.train_images.shape), tuple(dataset.test_images.shape))
    if shapes != ((60000, 28, 28), (10000, 28, 28)):
        raise CheckFailed(f"unexpected shapes {shapes}")
    ctx.dataset = dataset
    ctx.dataset_folder = folder
    return f"60000 + 10000 images from {dataset.source}"


def check_training(ctx: _Context) -> str:
    """One epoch as the Training tab runs it: in the torch process, which this starts."""
    from engine import training_jobs
    from engine.torch_process import TorchProcess

    if ctx.dataset is None:
        raise CheckFailed("needs the dataset (see above)")
    setup = training_jobs.RunSetup(config={
        "task": "softmax", "impl": "concise", "epochs": 1, "lr": 0.1, "batch_size": 256,
        "seed": 0, "data_dir": ctx.dataset_folder})
    process = TorchProcess()
    try:
        chunks = list(process.call(training_jobs.run_training, setup))
        errors = [c.error for c in chunks if c.error]
        if errors:
            raise CheckFailed(errors[0])
        end = next((c.end for c in chunks if c.end is not None), None)
        epoch = next((e for c in chunks for e in c.epochs), None)
        if end is None or end.status != "completed":
            raise CheckFailed(f"run ended {getattr(end, 'status', 'without RunEnd')}: "
                              f"{getattr(end, 'message', '')}")
        if epoch is None or epoch.test_acc is None or epoch.test_acc < 0.6:
            raise CheckFailed(f"test accuracy {getattr(epoch, 'test_acc', None)} after one "
                              "epoch (softmax regression reaches ≈0.75)")
        if ctx.scratch is not None:
            ctx.trained_checkpoint = ctx.scratch / "self-test-softmax.pt"
            process.run(training_jobs.save_checkpoint, setup.key, str(ctx.trained_checkpoint),
                        "self-test")
        pid = process.pid
    finally:
        process.close()
    return (f"softmax, 1 epoch in the torch process (pid {pid}): loss {epoch.train_loss:.3f}, "
            f"test accuracy {epoch.test_acc:.3f}")


def check_classifier(ctx: _Context) -> str:
    """The default model on the bundled sample pictures (decode, preprocess, forward pass)."""
    import numpy as np

    classify = _require("engine.classify")
    _require("engine.images")
    from engine.paths import resource_path

    path = classify.default_model_path("softmax")
    frozen = bool(getattr(sys, "frozen", False))
    bundled = path is not None and path.parent == classify.bundled_models_dir()
    if frozen and not bundled:
        raise CheckFailed(f"no default model in {classify.bundled_models_dir()}")
    if path is not None:
        model, origin = classify.Classifier.load(path), str(path)
    elif ctx.trained_checkpoint is not None:
        # From source without a shipped model: the checkpoint the training check just saved.
        model, origin = classify.Classifier.load(ctx.trained_checkpoint), "the 1-epoch model above"
    else:
        raise CheckFailed("no default model, and the training check produced none")
    samples = sorted(p for p in resource_path("samples").glob("*") if p.is_file()
                     and not p.name.startswith(".") and p.suffix.lower() != ".txt")
    if not samples:
        raise CheckFailed(f"no sample pictures in {resource_path('samples')}")
    results = list(classify.classify_paths([str(p) for p in samples], model))
    errors = [f"{Path(r.path).name}: {r.error}" for r in results if not r.ok]
    if errors:
        raise CheckFailed("; ".join(errors))
    for r in results:
        if r.probs.shape != (10,) or not np.isfinite(r.probs).all() \
                or abs(float(r.probs.sum()) - 1.0) > 1e-3:
            raise CheckFailed(f"{Path(r.path).name}: bad probabilities {r.probs}")
    from engine.data import CLASS_NAMES_EN

    answers = ", ".join(f"{Path(r.path).name} → {CLASS_NAMES_EN[r.class_index]} "
                        f"{r.probability:.0%}" for r in results)
    return f"{len(results)} samples with {origin}: {answers}"


def check_kernel(ctx: _Context) -> str:
    """Cells in the sandbox kernel: a 'spawn' child process, which a frozen app must start,
    running IPython; then the course's own code: d2l loads Fashion-MNIST offline and draws."""
    import os

    kernel = _require("engine.kernel")
    client = kernel.KernelClient(time_limit=120.0, data_folder=ctx.dataset_folder)
    try:
        if not client.wait_ready(180):
            raise CheckFailed("the kernel process did not start within 180 s")
        code = ("x = torch.arange(4.0, requires_grad=True)\n"
                "y = (x * x).sum()\ny.backward()\nprint(x.grad.tolist())\ny")
        result = client.run(code, timeout=120)
        pid = client.pid
        course = client.run(COURSE_CELL, timeout=240) if result.status == "ok" else None
    finally:
        client.close()
    if result.status != "ok":
        raise CheckFailed(f"cell status {result.status!r}: {result.error or result.stderr}")
    if result.stdout.strip() != "[0.0, 2.0, 4.0, 6.0]":
        raise CheckFailed(f"x.grad printed {result.stdout.strip()!r}, "
                          "expected [0.0, 2.0, 4.0, 6.0]")
    if pid == os.getpid():
        raise CheckFailed("the cell ran in the app's own process")
    value = (result.result or {}).get("repr", "?")
    if course.status != "ok":
        error = (course.error or {}).get("message") or course.stderr
        raise CheckFailed(f"the course's d2l cell failed: {error}")
    figures = [d for d in course.displays
               if {"image/png", "image/svg+xml"} & set(d.get("data", {}))]
    if not figures:
        raise CheckFailed("the course's d2l cell drew no figure")
    if "(256, 1, 28, 28) torch.float32" not in course.stdout:
        raise CheckFailed(f"d2l's first batch was {course.stdout.strip()!r}")
    return (f"autograd cell in process {pid}: x.grad = [0, 2, 4, 6], y = {value}; "
            f"d2l loaded Fashion-MNIST offline and drew {len(figures)} figure(s)")


#: The course's own code, verbatim: IPython magic, d2l, its data loader and a figure.
COURSE_CELL = """%matplotlib inline
from d2l import torch as d2l
train_iter, test_iter = d2l.load_data_fashion_mnist(256)
X, y = next(iter(train_iter))
print(tuple(X.shape), X.dtype)
d2l.show_images(X[:6].reshape(6, 28, 28), 1, 6, titles=d2l.get_fashion_mnist_labels(y[:6]));
"""


def check_lab(ctx: _Context) -> str:
    """A shipped nbgrader lab: the reference solutions score full marks against the released
    tests, the student's (stripped) copy scores zero, both in a fresh kernel, offline."""
    import tempfile

    labs = _require("engine.labs")
    validate = _require("engine.validate")
    shutil = _require("shutil")
    lab = labs.find_lab("02_linear_algebra") if any(
        lab.key == "02_linear_algebra" for lab in labs.shipped_labs()) else labs.shipped_labs()[0]
    lang = "zh" if "zh" in lab.langs else lab.langs[0]
    with tempfile.TemporaryDirectory(prefix="divelab-lab-") as tmp:
        notebooks = Path(tmp) / "notebooks"
        notebooks.mkdir()
        (Path(tmp) / "data").mkdir()
        solved = notebooks / ("solved-" + lab.file_name(lang))
        shutil.copyfile(lab.source_path(lang), solved)
        student = labs.install_lab(lab, lang, notebooks)
        full = validate.validate_notebook(solved, release=lab.released(lang), timeout=120,
                                          lang=lang)
        empty = validate.validate_notebook(student, release=lab.released(lang), timeout=120,
                                           lang=lang)
    if full.score != full.max_score or not full.max_score:
        failed = [t.message for t in full.tests if not t.passed]
        raise CheckFailed(f"{lab.key}: reference solutions scored {full.score}/{full.max_score}: "
                          f"{failed[:2]}")
    if empty.score != 0:
        raise CheckFailed(f"{lab.key}: the student's empty copy scored {empty.score}")
    return (f"{lab.key} ({lang}): solutions {full.score:g}/{full.max_score:g}, "
            f"empty copy {empty.score:g}/{empty.max_score:g}")


def _qt_app():
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from gui.settings import APP, ORG

    app = QApplication.instance()
    if app is None:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        app = QApplication(sys.argv[:1])
        app.setOrganizationName(ORG)
        app.setApplicationName(APP)
    return app


def check_tabs(ctx: _Context) -> str:
    """Build the real window and grab every tab: catches missing Qt plugins and modules."""
    from PySide6.QtWidgets import QApplication

    from gui import i18n, worker
    from gui.main_window import MainWindow, PendingTab
    from gui.waiting import settle, wait_until

    i18n.set_language("en")
    window = MainWindow()
    window._skip_close_prompt = True
    window.resize(1024, 700)
    window.show()
    problems, names = [], []
    try:
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            settle(60)
            name = window.tabs.widget(index).objectName()
            names.append(name)
            try:
                tab = window.tab(name)  # built now if the staged build has not finished
            except ImportError as exc:
                problems.append(f"{name} cannot be built: {exc}")
                continue
            if isinstance(tab, PendingTab):
                problems.append(f"{name} was never built")
                continue
            settle(60)  # a tab finished just now is laid out and painted before the picture
            image = tab.grab().toImage()
            if image.isNull() or image.width() < 50 or image.height() < 50:
                problems.append(f"{name} rendered no picture")
                continue
            step_x, step_y = max(1, image.width() // 40), max(1, image.height() // 30)
            colors = {image.pixel(x, y) for x in range(0, image.width(), step_x)
                      for y in range(0, image.height(), step_y)}
            if len(colors) < 4:
                problems.append(f"{name} looks blank")
        # Let the window's environment probe (a worker thread) finish before closing.
        wait_until(window.environment_known, 30000)
    finally:
        window.close()
        worker.stop_all()
        window.deleteLater()
        QApplication.processEvents()
    if problems:
        raise CheckFailed("; ".join(problems))
    return f"{len(names)} tabs rendered ({', '.join(names)})"


PLATFORM_PLUGINS = {
    "linux": ("libqxcb.so", "libqoffscreen.so"),
    "win32": ("qwindows.dll", "qoffscreen.dll"),
    "darwin": ("libqcocoa.dylib", "libqoffscreen.dylib"),
}


def check_qt_plugins(ctx: _Context) -> str:
    """Qt's window plugins are there and, on Linux, xcb's libraries resolve (without a display).

    A real window on Linux needs libraries (libxcb-icccm4, libxcb-keysyms1, ...) that bare
    desktops lack; the bundle ships them. Offscreen runs never load the xcb plugin, so load it
    here: a frozen app that cannot is broken; from source it is the machine's setup (make run).
    """
    from PySide6.QtCore import QLibraryInfo

    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
    platform_key = "linux" if sys.platform.startswith("linux") else sys.platform
    wanted = PLATFORM_PLUGINS.get(platform_key, ())
    missing = [name for name in wanted if not (folder / name).is_file()]
    if missing:
        raise CheckFailed(f"missing Qt platform plugins in {folder}: {', '.join(missing)}")
    note = ""
    if platform_key == "linux":
        import ctypes

        try:
            ctypes.CDLL(str(folder / "libqxcb.so"))
        except OSError as exc:
            if getattr(sys, "frozen", False):
                raise CheckFailed(f"the xcb window plugin cannot load: {exc}") from None
            note = (f"; a real window needs system libraries here ({exc}); "
                    "make run installs them")
        else:
            note = "; xcb plugin loads"
    return f"{', '.join(wanted) or 'platform plugins'} present{note}"


def check_translations_and_font(ctx: _Context) -> str:
    from PySide6.QtCore import QCoreApplication

    from engine.paths import resource_path
    from gui import i18n
    from gui.fonts import font_covers_chinese, install_cjk_font

    catalogues = sorted(p.name for p in resource_path("i18n").glob("*_zh_CN.qm"))
    if not catalogues:
        raise CheckFailed(f"no zh_CN .qm files in {resource_path('i18n')}")
    try:
        i18n.set_language("zh")
        translated = QCoreApplication.translate("MainWindow", "Tensors")
    finally:
        i18n.set_language("en")
    if translated == "Tensors":
        raise CheckFailed("the Chinese catalogue did not translate 'Tensors'")
    families = install_cjk_font()
    if not families:
        raise CheckFailed("the bundled CJK font did not load")
    if not font_covers_chinese(families[0]):
        raise CheckFailed(f"{families[0]} lacks Chinese glyphs")
    return f"{', '.join(catalogues)} ('Tensors' → '{translated}'); CJK font {families[0]}"


CHECKS: tuple[tuple[str, Callable[[_Context], str]], ...] = (
    ("versions", check_versions),
    ("torchvision", check_torchvision_ops),
    ("dataset", check_dataset),
    ("training", check_training),
    ("classifier", check_classifier),
    ("kernel", check_kernel),
    ("lab", check_lab),
    ("tabs", check_tabs),
    ("qtplugins", check_qt_plugins),
    ("translations", check_translations_and_font),
)


# --------------------------------------------------------------------------------------- runner
class _Report:
    """Prints each line at once (flushed: a frozen app's stdout may be a pipe) and keeps the
    whole report in the user's log folder."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        try:
            from engine.paths import user_data_dir

            self.path: Path | None = user_data_dir() / "logs" / REPORT_NAME
        except OSError:
            self.path = None

    def __call__(self, line: str) -> None:
        self.lines.append(line)
        try:
            print(line, flush=True)
        except (OSError, ValueError):  # no usable console (windowed app on Windows)
            pass
        self._save()

    def _save(self) -> None:
        if self.path is None:
            return
        try:
            from engine.paths import atomic_write_text

            atomic_write_text(self.path, "\n".join(self.lines) + "\n")
        except OSError:
            log.warning("could not write %s", self.path, exc_info=True)
            self.path = None


def run_self_test(checks: tuple[tuple[str, Callable[[_Context], str]], ...] | None = None) -> int:
    """Run every check, print one line each, return the process exit status (0 = all passed)."""
    report = _Report()
    started = time.perf_counter()
    report(f"DiveLab self-test · {sys.executable} · {platform.platform()}")
    # The user's choices (dataset folder) are read, but the window built here must not touch
    # their saved settings (geometry, last tab, language): use a throw-away settings folder.
    app = _qt_app()
    from PySide6.QtCore import QSettings

    from gui.settings import dataset_folder, settings

    ctx = _Context(dataset_folder())
    ctx.app = app
    user_settings_root = Path(settings().fileName()).parent.parent
    scratch = tempfile.TemporaryDirectory(prefix="divelab-self-test-")
    ctx.scratch = Path(scratch.name)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(ctx.scratch / "settings"))
    try:
        failed = _run_checks(checks or CHECKS, ctx, report)
    finally:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                          str(user_settings_root))
        scratch.cleanup()

    total = time.perf_counter() - started
    if report.path is not None:
        report(f"report saved to {report.path}")
    count = len(checks or CHECKS)
    if failed:
        report(f"self-test FAILED ({len(failed)} of {count}: {', '.join(failed)}) "
               f"in {total:.1f} s")
        return 1
    report(f"all {count} checks passed in {total:.1f} s")
    report("self-test passed")
    return 0


def _run_checks(checks, ctx: _Context, report: _Report) -> list[str]:
    """One line per check; a failing or crashing check never stops the ones after it."""
    failed: list[str] = []
    for name, check in checks:
        t0 = time.perf_counter()
        try:
            detail = check(ctx)
            status = "PASS"
        except CheckFailed as exc:
            detail, status = str(exc), "FAIL"
        except Exception as exc:  # a broken install shows up as any error: report, go on
            log.error("self-test check %s failed", name, exc_info=True)
            detail = f"{type(exc).__name__}: {exc}"
            tb = traceback.extract_tb(exc.__traceback__)
            if tb:
                detail += f" (at {Path(tb[-1].filename).name}:{tb[-1].lineno})"
            status = "FAIL"
        if status == "FAIL":
            failed.append(name)
        report(f"{status} {name:<13} {time.perf_counter() - t0:6.2f} s  {detail}")
    return failed
