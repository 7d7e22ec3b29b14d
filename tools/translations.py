"""Regenerate the Qt Linguist catalogues: `make translations`.

1. pyside6-lupdate extracts every tr() string from main.py and gui/ into
   resources/i18n/divelab_zh_CN.ts and resources/i18n/divelab_en.ts.
2. Chinese texts come from resources/i18n/zh_CN/*.json ({context: {source: translation}}),
   one file per part of the app, so parts can be translated independently. English is the
   source language: its catalogue repeats the source.
3. pyside6-lrelease compiles both to .qm, which the app loads at run time.

Exits 1 (and lists them) when a Chinese translation is missing.
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
BIN = Path(sys.executable).parent


def sources() -> list[str]:
    files = [ROOT / "main.py", *sorted((ROOT / "gui").rglob("*.py"))]
    return [str(f.relative_to(ROOT)) for f in files]


def load_catalogue() -> dict[str, dict[str, str]]:
    merged: dict[str, dict[str, str]] = {}
    for part in sorted((I18N / "zh_CN").glob("*.json")):
        for context, messages in json.loads(part.read_text(encoding="utf-8")).items():
            merged.setdefault(context, {}).update(messages)
    return merged


def fill(ts_path: Path, lookup) -> list[tuple[str, str]]:
    tree = ET.parse(ts_path)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            text = lookup(name, source)
            if text:
                translation.text = text
                translation.attrib.pop("type", None)
            else:
                translation.text = None
                translation.set("type", "unfinished")
                missing.append((name, source))
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return missing


def main() -> int:
    catalogue = load_catalogue()
    shared = catalogue.get("*", {})
    files = sources()
    status = 0
    for locale in ("zh_CN", "en"):
        ts = I18N / f"divelab_{locale}.ts"
        subprocess.run([str(BIN / "pyside6-lupdate"), *files, "-no-obsolete", "-source-language",
                        "en", "-target-language", locale, "-ts", str(ts)],
                       cwd=ROOT, check=True, capture_output=True)
        if locale == "en":
            missing = fill(ts, lambda _ctx, src: src)
        else:
            missing = fill(ts, lambda ctx, src: catalogue.get(ctx, {}).get(src) or shared.get(src))
        for context, source in missing:
            print(f"missing {locale}: [{context}] {source!r}")
            status = 1
        subprocess.run([str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
                       cwd=ROOT, check=True, capture_output=True)
        print(f"{ts.relative_to(ROOT)}: {len(missing)} missing")
    return status


if __name__ == "__main__":
    sys.exit(main())
