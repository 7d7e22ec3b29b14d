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

from types import ModuleType

from engine.import_hooks import after_import
from engine.paths import resource_path

CJK_FONT_FILE = "wqy-microhei.ttc"
CJK_FAMILY = "WenQuanYi Micro Hei"


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
    after_import("matplotlib.font_manager", _add_font)
    after_import("matplotlib", _prefer_font)
