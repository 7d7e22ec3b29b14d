"""Runtime language switching (zh_CN / en) through Qt translators.

All compiled catalogues in ``resources/i18n/*_<locale>.qm`` are installed together, plus Qt's
own ``qtbase`` catalogue so standard dialogs follow. Installing a translator makes Qt send
``QEvent.LanguageChange`` to every widget; tabs rebuild their texts in ``retranslate_ui``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from engine.paths import resource_path

LANGUAGES = {"zh": "zh_CN", "en": "en"}
LANGUAGE_NAMES = {"zh": "中文", "en": "English"}

_installed: list[QTranslator] = []
_current = "en"


def default_language() -> str:
    """Follow the system locale: Chinese for any zh_* locale, English otherwise."""
    return "zh" if QLocale.system().name().lower().startswith("zh") else "en"


def current_language() -> str:
    return _current


def set_language(lang: str) -> str:
    """Switch the whole application to ``lang`` ('zh' or 'en'); returns the language applied."""
    global _current
    app = QCoreApplication.instance()
    lang = lang if lang in LANGUAGES else "en"
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    locale = LANGUAGES[lang]
    if lang != "en":
        for qm in sorted(resource_path("i18n").glob(f"*_{locale}.qm")):
            translator = QTranslator(app)
            if translator.load(str(qm)):
                _installed.append(translator)
        qt_translator = QTranslator(app)
        if qt_translator.load(f"qtbase_{locale}", QLibraryInfo.path(QLibraryInfo.TranslationsPath)):
            _installed.append(qt_translator)
    for translator in _installed:
        app.installTranslator(translator)
    QLocale.setDefault(QLocale(locale if lang != "en" else "en_US"))
    _current = lang
    # Translator changes post LanguageChange to every widget; deliver them now so the whole
    # UI has switched when this returns.
    from PySide6.QtCore import QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    return lang



def tr_format(text: str, *args: object) -> str:
    """Fill Qt's ``%1``, ``%2`` … placeholders of a translated ``text`` in one pass.

    One pass, so a value that itself contains ``%2`` is never filled in again; translators can
    reorder the placeholders freely.
    """
    import re

    def value(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return str(args[index]) if 0 <= index < len(args) else match.group(0)

    return re.sub(r"%(\d+)", value, text)
