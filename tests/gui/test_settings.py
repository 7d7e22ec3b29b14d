"""Stored settings: typed values with defaults, and the Recent lists."""

from __future__ import annotations

from gui.settings import RecentFiles, Setting, settings


def test_a_setting_answers_in_its_defaults_type():
    limit = Setting("tensor/time_limit", 300.0)
    assert limit.get() == 300.0
    limit.set(42)
    assert limit.get() == 42.0 and isinstance(limit.get(), float)
    settings().setValue("tensor/time_limit", "not a number")  # a hand-edited file
    assert limit.get() == 300.0
    flag = Setting("training/log_scale", False)
    settings().setValue("training/log_scale", "true")  # what an INI file hands back
    assert flag.get() is True
    seed = Setting("training/seed", 0)
    settings().setValue("training/seed", "7.0")
    assert seed.get() == 7


def test_recent_files_are_most_recent_first_without_repeats(tmp_path):
    recent = RecentFiles("test/recent", limit=3)
    files = []
    for name in "abcd":
        path = tmp_path / f"{name}.csv"
        path.write_text("x\n1\n")
        files.append(str(path))
        recent.remember(str(path))
    recent.remember(files[1])
    assert recent.paths() == [files[1], files[3], files[2]]
    (tmp_path / "d.csv").unlink()
    assert recent.paths(existing_only=True) == [files[1], files[2]]
    settings().setValue("test/recent", files[0])  # a single entry comes back as a string
    assert recent.paths() == [files[0]]
    recent.clear()
    assert recent.paths() == []


def test_an_unchanged_value_is_not_written_again():
    """A tab saves all its controls on each change; only the one that changed reaches the file
    (each write syncs the whole file: a spin box's every step cost ~9 ms before)."""
    import os
    import time

    lr, epochs = Setting("training/lr", 0.1), Setting("training/epochs", 10)
    lr.set(0.03)
    epochs.set(5)
    path = settings().fileName()
    before = os.stat(path).st_mtime_ns
    time.sleep(0.05)
    lr.set(0.03)
    epochs.set(5)
    assert os.stat(path).st_mtime_ns == before
    epochs.set(6)
    assert os.stat(path).st_mtime_ns > before
    assert (lr.get(), epochs.get()) == (0.03, 6)
