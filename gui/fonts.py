"""Make sure Chinese never renders as boxes: register the bundled CJK font as a fallback."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo

from engine.paths import resource_path

BUNDLED_CJK_FONT = "wqy-microhei.ttc"


def install_cjk_font() -> list[str]:
    """Register the bundled WenQuanYi Micro Hei and add it as a substitution for the UI font.

    Returns the family names it registered (empty if the file is missing).
    """
    # The real fixed-pitch family behind the generic "monospace", looked up before the CJK
    # substitution below could answer for it: code must stay in a fixed-pitch font.
    mono = QFontInfo(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
    mono_family = mono.family() if mono.fixedPitch() else ""
    font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", BUNDLED_CJK_FONT)))
    if font_id < 0:
        return []
    families = QFontDatabase.applicationFontFamilies(font_id)
    if families:
        # Keep the system UI font for Latin text; fall back to the CJK font for Han glyphs.
        bases = {QFont().defaultFamily(), "Sans Serif", "sans-serif", "DejaVu Sans"}
        for base in bases:
            QFont.insertSubstitutions(base, families[:1])
        if mono_family:
            for alias in ("Monospace", "monospace"):
                QFont.insertSubstitutions(alias, [mono_family, families[0]])
            QFont.insertSubstitutions(mono_family, families[:1])
        else:
            QFont.insertSubstitutions("Monospace", families[:1])
    return families


def font_covers_chinese(family: str, sample: str = "动手学深度学习") -> bool:
    """True when ``family`` has glyphs for the sample text (used by the self-test)."""
    from PySide6.QtGui import QFontMetrics, QRawFont

    raw = QRawFont.fromFont(QFont(family))
    if raw.isValid():
        return all(raw.supportsCharacter(ch) for ch in sample)
    return QFontMetrics(QFont(family)).inFont(sample[0])
