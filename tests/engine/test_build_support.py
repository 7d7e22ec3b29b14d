"""Packaging pieces that can be checked without running a build (CI builds and self-tests it)."""

from __future__ import annotations

import configparser
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

import build_support  # noqa: E402

FASHION = ["train-images-idx3-ubyte", "train-labels-idx1-ubyte", "t10k-images-idx3-ubyte",
           "t10k-labels-idx1-ubyte"]


def test_torchvision_hook_collects_the_stable_operator_libraries():
    pytest.importorskip("PyInstaller")
    namespace: dict = {}
    hook = ROOT / "packaging" / "hooks" / "hook-torchvision.py"
    exec(compile(hook.read_text(encoding="utf-8"), str(hook), "exec"), namespace)
    names = {Path(src).name.split(".")[0] for src, dest in namespace["binaries"]}
    assert {"_C_stable", "image_stable"} <= names
    assert {dest for _src, dest in namespace["binaries"]} == {"torchvision"}
    assert "torchvision._C" not in namespace["hiddenimports"]


def test_spec_is_valid_python_and_collects_the_packages_generally():
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    compile(spec, "build.spec", "exec")
    assert 'collect_submodules("gui")' in spec and 'collect_submodules("engine")' in spec
    assert "console=False" in spec


def test_declared_dependencies_are_never_excluded(tmp_path):
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text(
        '[project]\ndependencies = ["torch==2.14.1", "jupyter_client>=8"]\n'
        '[project.optional-dependencies]\ndev = ["IPython[all]; python_version>\'3\'"]\n',
        encoding="utf-8")
    assert build_support.is_declared_dependency(pyproject, "torch")
    assert build_support.is_declared_dependency(pyproject, "jupyter_client")
    assert build_support.is_declared_dependency(pyproject, "IPython")
    assert not build_support.is_declared_dependency(pyproject, "matplotlib")
    assert not build_support.is_declared_dependency(tmp_path / "missing.toml", "torch")


def test_fashion_mnist_found_in_the_projects_data_folder(tmp_path, monkeypatch):
    monkeypatch.delenv("D2L_DATA", raising=False)
    data = tmp_path / "data"
    data.mkdir()
    for name in FASHION[:3]:
        (data / f"{name}.gz").write_bytes(b"x")
    (data / FASHION[3]).write_bytes(b"x")  # raw (unzipped) files count too
    assert build_support.find_fashion_mnist(tmp_path) == data
    datas = build_support.fashion_mnist_datas(tmp_path, "resources/data/fashion-mnist")
    assert sorted(Path(src).name for src, _ in datas) == sorted(
        [f"{n}.gz" for n in FASHION[:3]] + [FASHION[3]])
    assert {dest for _, dest in datas} == {"resources/data/fashion-mnist"}


def test_incomplete_dataset_folder_is_skipped(tmp_path, monkeypatch):
    partial = tmp_path / "partial"
    partial.mkdir()
    (partial / f"{FASHION[0]}.gz").write_bytes(b"x")
    monkeypatch.setenv("D2L_DATA", str(partial))
    found = build_support.find_fashion_mnist(tmp_path)
    assert found != partial


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="xcb is Linux only")
def test_xcb_libraries_come_from_the_cache_without_fetching(tmp_path, monkeypatch):
    for soname in build_support.XCB_LIBS:
        (tmp_path / soname).write_bytes(b"\x7fELF")
    monkeypatch.setattr(build_support, "_ldconfig_paths", lambda: {})
    monkeypatch.setattr(build_support, "_apt_fetch",
                        lambda *a: pytest.fail("nothing is missing; no download expected"))
    binaries, missing = build_support.linux_window_libs(tmp_path)
    assert missing == []
    assert {Path(src).name for src, _ in binaries} == set(build_support.XCB_LIBS)
    assert {dest for _, dest in binaries} == {"."}


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="xcb is Linux only")
def test_unavailable_xcb_libraries_are_reported_missing(tmp_path, monkeypatch):
    monkeypatch.setattr(build_support, "_ldconfig_paths", lambda: {})
    monkeypatch.setattr(build_support, "_apt_fetch", lambda packages, cache: None)
    binaries, missing = build_support.linux_window_libs(tmp_path)
    assert binaries == [] and set(missing) == set(build_support.XCB_LIBS)


def test_desktop_entry_launches_the_app_with_its_icon():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(ROOT / "packaging" / "divelab.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application"
    assert section["Exec"].split()[0] == "divelab"
    assert section["Icon"] == "divelab"
    assert section["Terminal"] == "false"
    assert section["Name[zh_CN]"] and section["Categories"].endswith(";")
    assert (ROOT / "resources" / "icons" / "divelab.png").is_file()
