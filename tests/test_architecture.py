"""The layout docs/architecture.md promises, kept true: small modules, Qt-free models, tabs that
reach each other only through the context, one way to run background work."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
MAX_LINES = 750  # "about 700": past it, a module is split by job before it grows further

#: The tabs' state and course rules, testable without a display.
QT_FREE_MODELS = (
    "gui.preprocess_document", "gui.training_session", "gui.training_experiments",
    "gui.run_metrics", "gui.tabs.classifier_model", "gui.tabs.perceptron_lesson",
    "gui.tabs.loss_lesson", "gui.tabs.sandbox_document", "gui.widgets.lab_model",
    "engine.tasks",
)
#: What the window imports of the torch process and its jobs: neither Qt nor torch.
TORCH_PROCESS_SIDE = ("engine.torch_process", "engine.torch_jobs", "engine.training_jobs",
                      "engine.training_events")


def sources(*folders: str) -> list[Path]:
    return sorted(p for folder in folders for p in (ROOT / folder).rglob("*.py"))


def test_no_module_outgrows_one_job():
    long = {str(p.relative_to(ROOT)): n for p in sources("gui", "engine")
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert not long, f"split these by job: {long}"


@pytest.mark.parametrize("module", QT_FREE_MODELS)
def test_models_import_without_qt(module):
    code = (f"import sys; import {module}\n"
            "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pyqtgraph', 'shiboken6')]\n"
            "print(bad)")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]", f"{module} pulls in Qt: {out.stdout}"


@pytest.mark.parametrize("module", TORCH_PROCESS_SIDE)
def test_the_torch_process_jobs_import_without_qt_or_torch(module):
    """The window imports them to name a job; the process imports them to run it."""
    code = (f"import sys; import {module}\n"
            "print([m for m in sys.modules if m.split('.')[0] in ('PySide6', 'torch')])")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]", f"{module} pulls in: {out.stdout}"


def test_jobs_sent_to_the_torch_process_live_in_qt_free_modules():
    """Every ``in_torch_process=True`` job is named from engine.torch_jobs or
    engine.training_jobs, which the process can import without Qt."""
    calls = [(f"{p.relative_to(ROOT)}", m.group(1)) for p in sources("gui")
             for m in re.finditer(r"start\(\s*([\w.]+)[^()]*(?:\([^()]*\)[^()]*)*"
                                  r"in_torch_process=True", p.read_text(encoding="utf-8"))]
    assert len(calls) >= 7, calls
    wrong = [c for c in calls if not c[1].startswith(("torch_jobs.", "training_jobs."))]
    assert not wrong, wrong


def test_tabs_never_reach_into_the_window_or_each_other():
    """Through ``self.context`` only: no window lookups, no duck typing on what it offers."""
    pattern = re.compile(r"\.window\(\)|hasattr\(\s*(self\.)?window|getattr\(\s*(self\.)?window"
                         r"|\.tab\(\s*[\"']\w+Tab[\"']\s*\)")
    found = [f"{p.relative_to(ROOT)}:{i}" for p in sources("gui/tabs", "gui/widgets")
             for i, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
             if pattern.search(line)]
    assert not found, found


def test_background_work_goes_through_task_slots():
    """``start_job`` is the machinery under :class:`gui.tasks.TaskSlot`, not for views."""
    allowed = {"gui/worker.py", "gui/tasks.py"}
    found = [str(p.relative_to(ROOT)) for p in sources("gui")
             if str(p.relative_to(ROOT)) not in allowed
             and re.search(r"\bstart_job\(", p.read_text(encoding="utf-8"))]
    assert not found, f"use a TaskSlot in: {found}"
