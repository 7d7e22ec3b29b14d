"""The shipped catalogues are complete: every tr() string in the sources has Chinese."""

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QTranslator

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {(c.findtext("name"), m.findtext("source")): m.find("translation")
            for c in root.iter("context") for m in c.iter("message")}


def test_no_unfinished_or_empty_chinese_translation():
    messages = _messages(I18N / "divelab_zh_CN.ts")
    assert len(messages) > 20
    bad = [key for key, tr in messages.items()
           if tr.get("type") in ("unfinished", "obsolete", "vanished") or not (tr.text or "").strip()]
    assert not bad, f"untranslated: {bad[:10]}"


def test_catalogue_covers_every_string_in_the_sources(tmp_path):
    sources = [str(p.relative_to(ROOT)) for p in [ROOT / "main.py", *sorted((ROOT / "gui").rglob("*.py"))]]
    fresh = tmp_path / "fresh.ts"
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run([str(lupdate), *sources, "-ts", str(fresh)], cwd=ROOT, check=True,
                   capture_output=True)
    shipped = _messages(I18N / "divelab_zh_CN.ts")
    missing = sorted(set(_messages(fresh)) - set(shipped))
    assert not missing, f"run `make translations`; not in the catalogue: {missing[:10]}"


def test_compiled_catalogues_load():
    for name in ("divelab_zh_CN.qm", "divelab_en.qm"):
        assert QTranslator().load(str(I18N / name)), name
    translator = QTranslator()
    translator.load(str(I18N / "divelab_zh_CN.qm"))
    assert translator.translate("MainWindow", "Training") == "训练"


def test_tr_format_fills_placeholders_once_and_in_any_order():
    from gui.i18n import tr_format

    assert tr_format("%1 rows × %2 columns", 4, 3) == "4 rows × 3 columns"
    assert tr_format("%2 列，%1 行", 4, 3) == "3 列，4 行"
    assert tr_format("file %1", "a%2b", "x") == "file a%2b"  # a value is never filled again
    assert tr_format("%1 of %3", "a") == "a of %3"
