"""The installation self-test (``python main.py --self-test``; CI runs it on the frozen app too)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from gui import self_test

ROOT = Path(__file__).resolve().parents[2]
LINE = re.compile(r"^(PASS|FAIL) (\S+)\s+(\d+\.\d\d) s  (.+)$")

# check name -> the app modules it needs; while one of them is not in the source tree the
# check must fail and say so, once they all are it must pass.
NEEDS = {
    "versions": [],
    "torchvision": [],
    "dataset": ["engine/data.py"],
    "training": ["engine/training.py"],
    "classifier": ["engine/classify.py", "engine/images.py"],
    "kernel": ["engine/kernel/__init__.py"],
    "lab": ["engine/labs.py", "engine/validate.py"],
    "tabs": [f"gui/tabs/{m}.py" for m in ("tensor_tab", "preprocess_tab", "training_tab",
                                            "classifier_tab", "perceptron_tab", "loss_tab")],
    "qtplugins": [],
    "translations": [],
}


def _expected_to_pass(name: str) -> bool:
    return all((ROOT / rel).exists() for rel in NEEDS[name])


def test_self_test_from_source_checks_everything(tmp_path, fashion_dir):
    home = tmp_path / "home"
    result = subprocess.run([sys.executable, "main.py", "--self-test"], cwd=ROOT,
                            capture_output=True, text=True, timeout=300,
                            env={**_offscreen_env(), "DIVELAB_HOME": str(home),
                                 "D2L_DATA": str(fashion_dir)})
    lines = result.stdout.strip().splitlines()
    checks = [LINE.match(line) for line in lines if line.startswith(("PASS ", "FAIL "))]
    assert all(checks), result.stdout
    names = [m.group(2) for m in checks]
    assert names == [name for name, _ in self_test.CHECKS], result.stdout
    status = {m.group(2): m.group(1) for m in checks}
    for name, state in status.items():
        if _expected_to_pass(name):
            assert state == "PASS", f"{name} failed although its modules exist:\n{result.stdout}"
    assert "torch " in lines[1] and "Qt " in lines[1]
    report = home / "logs" / "self-test.txt"
    assert report.read_text(encoding="utf-8").splitlines() == lines
    if "FAIL" in status.values():
        assert result.returncode == 1
        assert lines[-1].startswith("self-test FAILED")
        for name, state in status.items():
            if state == "FAIL":
                assert name in lines[-1]
    else:
        assert result.returncode == 0, result.stdout + result.stderr
        assert lines[-1] == "self-test passed"


def _offscreen_env() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


# ----------------------------------------------------------------- the runner, in process
def _ok(ctx):
    return "fine"


def _wrong(ctx):
    raise self_test.CheckFailed("expected 2, got 3")


def _crash(ctx):
    return {}["missing"]


def _missing(ctx):
    self_test._require("engine.no_such_module")
    return "unreachable"


def test_all_passing_checks_exit_zero_and_end_with_passed(qtbot, capsys, _private_home):
    assert self_test.run_self_test((("one", _ok), ("two", _ok))) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert LINE.match(out[1]).group(1, 2, 4) == ("PASS", "one", "fine")
    assert out[-1] == "self-test passed"
    saved = (_private_home / "logs" / "self-test.txt").read_text(encoding="utf-8")
    assert saved.strip().splitlines() == out


def test_failures_are_reported_and_the_rest_still_run(qtbot, capsys):
    checks = (("wrong", _wrong), ("crash", _crash), ("missing", _missing), ("after", _ok))
    assert self_test.run_self_test(checks) == 1
    out = capsys.readouterr().out.strip().splitlines()
    rows = {LINE.match(line).group(2): LINE.match(line) for line in out if LINE.match(line)}
    assert rows["wrong"].group(1) == "FAIL" and rows["wrong"].group(4) == "expected 2, got 3"
    assert rows["crash"].group(1) == "FAIL" and "KeyError" in rows["crash"].group(4)
    assert rows["missing"].group(4) == "engine.no_such_module is not in this build"
    assert rows["after"].group(1) == "PASS"
    assert out[-1].startswith("self-test FAILED (3 of 4: wrong, crash, missing)")


def test_self_test_leaves_the_users_settings_alone(qtbot, capsys):
    """The window it builds must not overwrite the user's geometry, last tab or language."""
    from gui.settings import settings

    settings().setValue("window/lastTab", "lossTab")
    settings().setValue("ui/language", "zh")
    settings().sync()
    before = Path(settings().fileName()).read_bytes()
    self_test.run_self_test((("tabs", self_test.check_tabs),))
    assert Path(settings().fileName()).read_bytes() == before
    assert settings().value("window/lastTab") == "lossTab"


@pytest.mark.parametrize("module", ["engine.no_such_module", "gui.tabs.no_such_tab"])
def test_require_names_the_missing_module(module):
    with pytest.raises(self_test.MissingPart, match=re.escape(module)):
        self_test._require(module)
