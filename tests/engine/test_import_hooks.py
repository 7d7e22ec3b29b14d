"""Set-up that runs right after a module is imported (engine/import_hooks.py)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from engine import import_hooks

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def package(tmp_path, monkeypatch):
    """A fresh package ``hooked_pkg`` with a submodule, importable from ``tmp_path``."""
    root = tmp_path / "hooked_pkg"
    root.mkdir()
    (root / "__init__.py").write_text("VALUE = 1\n", encoding="utf-8")
    (root / "sub.py").write_text("NAME = 'sub'\n", encoding="utf-8")
    (root / "other.py").write_text("NAME = 'other'\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    yield "hooked_pkg"
    for name in [n for n in sys.modules if n == "hooked_pkg" or n.startswith("hooked_pkg.")]:
        del sys.modules[name]


def test_callback_runs_once_right_after_the_import(package):
    seen = []
    hook = import_hooks.after_import(f"{package}.sub", lambda m: seen.append((m.__name__, m.NAME)))
    assert hook in sys.meta_path and seen == []
    import hooked_pkg.other  # noqa: F401  (a sibling does not trigger it)
    assert seen == []
    import hooked_pkg.sub

    assert seen == [("hooked_pkg.sub", "sub")]
    assert hook not in sys.meta_path, "one shot"
    # The module keeps its own loader: nothing of the hook stays behind.
    assert type(hooked_pkg.sub.__loader__).__name__ == "SourceFileLoader"
    assert hooked_pkg.sub.__spec__.loader is hooked_pkg.sub.__loader__


def test_callback_runs_at_once_when_already_imported(package):
    import hooked_pkg  # noqa: F401

    seen = []
    assert import_hooks.after_import(package, lambda m: seen.append(m.VALUE)) is None
    assert seen == [1]


def test_a_failing_callback_never_breaks_the_import(package, caplog):
    def broken(module):
        raise RuntimeError("set-up failed")

    import_hooks.after_import(package, broken)
    import hooked_pkg

    assert hooked_pkg.VALUE == 1
    assert "could not prepare hooked_pkg" in caplog.text


def test_cancel_forgets_a_pending_hook(package):
    seen = []
    hook = import_hooks.after_import(package, seen.append)
    import_hooks.cancel(hook)
    import hooked_pkg  # noqa: F401

    assert seen == [] and hook not in sys.meta_path
    import_hooks.cancel(hook)  # twice, or None: no effect
    import_hooks.cancel(None)


def test_course_patches_wait_for_torchvision():
    """The kernel's start-up does not import torchvision; importing it applies the patches."""
    code = textwrap.dedent("""
        import sys
        from engine.course_env import install_course_patches
        install_course_patches()
        print('torchvision' in sys.modules)
        import torchvision
        print(getattr(torchvision.datasets.FashionMNIST.download, '_divelab', False),
              '__getitems__' in torchvision.datasets.MNIST.__dict__)
    """)
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                         timeout=180)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["False", "True", "True"]
