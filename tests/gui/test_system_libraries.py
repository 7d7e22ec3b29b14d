"""A bare Linux desktop gets one clear line about the missing window libraries, not Qt's abort."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from gui.system_libraries import (
    XCB_LIBRARIES,
    missing_libraries_message,
    missing_xcb_packages,
    needs_xcb_check,
)

ROOT = Path(__file__).resolve().parents[2]


def test_a_missing_library_names_its_package():
    missing = missing_xcb_packages(loads=lambda soname: soname != "libxcb-cursor.so.0")
    assert missing == ["libxcb-cursor0"]
    line = missing_libraries_message(missing, environ={"LANG": "en_US.UTF-8"})
    assert "\n" not in line
    assert "sudo apt-get install libxcb-cursor0" in line and "make run" in line
    chinese = missing_libraries_message(["libxcb-cursor0", "libxcb-icccm4"],
                                        environ={"LANG": "zh_CN.UTF-8"})
    assert "sudo apt-get install libxcb-cursor0 libxcb-icccm4" in chinese and "缺少" in chinese
    assert missing_xcb_packages(loads=lambda soname: True) == []
    assert len(missing_xcb_packages(loads=lambda soname: False)) == len(XCB_LIBRARIES)


def test_only_a_real_xcb_window_is_checked(tmp_path):
    assert needs_xcb_check({"DISPLAY": ":0"}, platform="linux")
    assert needs_xcb_check({"QT_QPA_PLATFORM": "xcb"}, platform="linux")
    assert not needs_xcb_check({"QT_QPA_PLATFORM": "offscreen"}, platform="linux")
    assert not needs_xcb_check({"WAYLAND_DISPLAY": "wayland-0"}, platform="linux")
    assert not needs_xcb_check({}, platform="win32")
    assert needs_xcb_check({}, platform="linux", frozen_dir=tmp_path)
    (tmp_path / "libxcb-cursor.so.0").write_bytes(b"")
    assert not needs_xcb_check({}, platform="linux", frozen_dir=tmp_path)


def test_main_stops_with_the_message_before_qt_aborts(tmp_path):
    """main.py with a library that will not load: exit status 1 and the one line."""
    script = tmp_path / "run_main.py"
    script.write_text(
        "import sys, runpy\n"
        f"sys.path.insert(0, {str(ROOT)!r})\n"
        "import gui.system_libraries as libs\n"
        "real = libs._loads\n"
        "libs._loads = lambda soname: soname != 'libxcb-cursor.so.0' and real(soname)\n"
        "libs.missing_xcb_packages.__defaults__ = (libs._loads,)\n"
        "sys.argv = ['main.py']\n"
        f"runpy.run_path({str(ROOT / 'main.py')!r}, run_name='__main__')\n", encoding="utf-8")
    env = {"PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "xcb", "LANG": "C.UTF-8",
           "DIVELAB_HOME": str(tmp_path / "home"), "HOME": str(tmp_path)}
    result = subprocess.run([sys.executable, str(script)], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 1, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    really_missing = [p for p in missing_xcb_packages() if p != "libxcb-cursor0"]
    expected = missing_libraries_message(["libxcb-cursor0", *really_missing], environ={})
    assert lines == [expected]
