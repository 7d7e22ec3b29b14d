"""Chinese text in the sandbox's matplotlib figures, with the font DiveLab ships.

matplotlib's default DejaVu Sans has no Han glyphs: ``plt.title('损失')`` would draw boxes (and
warn "Glyph … missing"). When a cell first imports matplotlib, the bundled WenQuanYi Micro Hei
is registered and added after the generic family (``font.family = ['sans-serif', 'WenQuanYi
Micro Hei']``), so Latin text looks as in the book and matplotlib falls back to it glyph by glyph
for Chinese (a family inside ``font.sans-serif`` would not do: only its first found entry
counts). Nothing is imported before the student's code asks for matplotlib, so the kernel starts
as fast as before.
"""

from __future__ import annotations

import importlib.abc
import importlib.util
import logging
import sys
from collections.abc import Callable
from types import ModuleType

from engine.paths import resource_path

log = logging.getLogger(__name__)

CJK_FONT_FILE = "wqy-microhei.ttc"
CJK_FAMILY = "WenQuanYi Micro Hei"


class _AfterImport(importlib.abc.MetaPathFinder):
    """Runs ``callback(module)`` once, right after ``name`` has been imported."""

    def __init__(self, name: str, callback: Callable[[ModuleType], None]) -> None:
        self.name = name
        self.callback = callback

    def find_spec(self, fullname, path, target=None):  # noqa: ANN001
        if fullname != self.name:
            return None
        sys.meta_path.remove(self)  # one shot; the other finders locate the module
        spec = importlib.util.find_spec(fullname)
        loader = getattr(spec, "loader", None)
        if loader is None or not hasattr(loader, "exec_module"):
            return spec
        original = loader.exec_module
        callback = self.callback

        def exec_module(module: ModuleType) -> None:
            original(module)
            try:
                callback(module)
            except Exception:  # a font problem must never break the student's import
                log.exception("could not set up matplotlib's CJK font")

        loader.exec_module = exec_module
        return spec


def _add_font(font_manager: ModuleType) -> None:
    path = resource_path("fonts", CJK_FONT_FILE)
    if path.exists():
        font_manager.fontManager.addfont(str(path))


def _prefer_font(matplotlib: ModuleType) -> None:
    families = list(matplotlib.rcParams["font.family"])
    if CJK_FAMILY not in families:
        families.append(CJK_FAMILY)
        matplotlib.rcParams["font.family"] = families
    matplotlib.rcParamsDefault["font.family"] = families  # survives plt.rcdefaults()


def install() -> None:
    """Arrange for the CJK font once matplotlib gets imported (at once if it already is)."""
    if "matplotlib.font_manager" in sys.modules:
        _add_font(sys.modules["matplotlib.font_manager"])
    else:
        sys.meta_path.insert(0, _AfterImport("matplotlib.font_manager", _add_font))
    if "matplotlib" in sys.modules:
        _prefer_font(sys.modules["matplotlib"])
    else:
        sys.meta_path.insert(0, _AfterImport("matplotlib", _prefer_font))
