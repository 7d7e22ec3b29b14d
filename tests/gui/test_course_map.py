"""docs/course-map.md names only presets and controls that exist in the app."""

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QObject

from engine.presets import PRESET_BY_KEY
from gui.main_window import MainWindow

MAP = Path(__file__).resolve().parents[2] / "docs" / "course-map.md"
TOKENS = re.findall(r"`([^`]+)`", MAP.read_text(encoding="utf-8"))
PRESETS = sorted({t.split(":", 1)[1] for t in TOKENS if t.startswith("preset:")})
CONTROLS = sorted({tuple(t.split("/")) for t in TOKENS if re.fullmatch(r"\w+Tab/\w+", t)})


def test_map_names_many_presets_and_controls():
    assert len(PRESETS) >= 35 and len(CONTROLS) >= 60


@pytest.mark.parametrize("key", PRESETS)
def test_preset_exists(key):
    assert key in PRESET_BY_KEY


def test_every_preset_is_on_the_map():
    assert set(PRESET_BY_KEY) <= set(PRESETS)


def test_controls_exist(qtbot):
    window = MainWindow()
    window._skip_close_prompt = True
    qtbot.addWidget(window)
    missing = [f"{tab}/{name}" for tab, name in CONTROLS
               if window.tab(tab).findChild(QObject, name) is None]
    assert not missing
