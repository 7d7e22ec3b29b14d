"""Before the first window on Linux: are the system libraries of Qt's xcb plugin there?

Without them Qt aborts with "Could not load the Qt platform plugin "xcb"… xcb-cursor0 or
libxcb-cursor0 is needed", which names neither all the packages nor how to get them. This module
never imports Qt: it runs before the QApplication exists.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable
from pathlib import Path

#: The libraries Qt's xcb platform plugin loads (by soname) and the Debian/Ubuntu packages
#: that ship them.
XCB_LIBRARIES: dict[str, str] = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-randr.so.0": "libxcb-randr0",
}


def _loads(soname: str) -> bool:
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def needs_xcb_check(environ: dict[str, str] | None = None, platform: str | None = None,
                    frozen_dir: Path | None = None) -> bool:
    """True when Qt is about to use its xcb plugin with the system's libraries: on Linux,
    with no other platform asked for (offscreen, wayland …), and not in a frozen app that
    brings its own copies."""
    environ = os.environ if environ is None else environ
    if not (platform or sys.platform).startswith("linux"):
        return False
    requested = environ.get("QT_QPA_PLATFORM", "")
    if requested and not requested.startswith("xcb"):
        return False
    if not requested and environ.get("WAYLAND_DISPLAY"):
        return False  # Qt picks its wayland plugin first in a Wayland session
    if frozen_dir is None and getattr(sys, "frozen", False):
        frozen_dir = Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))
    if frozen_dir is not None:  # where PyInstaller puts shared libraries it collected
        for folder in (frozen_dir, frozen_dir / "PySide6" / "Qt" / "lib"):
            if any(folder.glob("libxcb-cursor.so*")):
                return False
    return True


def missing_xcb_packages(loads: Callable[[str], bool] = _loads) -> list[str]:
    """The Debian packages whose libraries cannot be loaded (empty when all are there)."""
    return [package for soname, package in XCB_LIBRARIES.items() if not loads(soname)]


def missing_libraries_message(packages: list[str], environ: dict[str, str] | None = None) -> str:
    """One line that says what to install (in Chinese on a Chinese system)."""
    environ = os.environ if environ is None else environ
    names = " ".join(packages)
    language = environ.get("LC_ALL") or environ.get("LC_MESSAGES") or environ.get("LANG", "")
    if language.startswith("zh"):
        return (f"DiveLab 无法打开窗口：缺少 Qt 需要的系统库。请安装：sudo apt-get install {names}"
                "（或在项目目录运行 make run，它会自动安装）。")
    return (f"DiveLab cannot open its window: system libraries that Qt needs are missing. "
            f"Install them with: sudo apt-get install {names} (or run `make run` in the "
            f"project folder, which installs them).")
