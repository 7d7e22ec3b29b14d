"""Build-time helpers for build.spec: what to bundle besides the Python code.

Kept out of the spec so the logic can be read and tried on its own
(``python packaging/build_support.py`` prints what a build would pick up).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

FASHION_FILES = (
    "train-images-idx3-ubyte",
    "train-labels-idx1-ubyte",
    "t10k-images-idx3-ubyte",
    "t10k-labels-idx1-ubyte",
)

# Libraries Qt's xcb platform plugin needs that are not part of every Linux desktop
# (soname -> Debian package). Bundling them means the app opens a window on a machine that
# lacks them; libxcb, libX11 and the GL stack themselves must come from the system.
XCB_LIBS = {
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
}


def find_fashion_mnist(root: Path) -> Path | None:
    """The first folder holding the four Fashion-MNIST IDX files (.gz or raw)."""
    candidates = [os.environ.get("D2L_DATA"), root / "data", root / "data" / "fashion-mnist",
                  root / "data" / "FashionMNIST" / "raw", "/usr/share/datasets/fashion-mnist"]
    for candidate in candidates:
        if not candidate:
            continue
        folder = Path(candidate)
        if all(_idx_file(folder, name) for name in FASHION_FILES):
            return folder
    return None


def fashion_mnist_datas(root: Path, dest: str) -> list[tuple[str, str]]:
    """(source, bundle folder) pairs for the dataset files; empty when none are found."""
    folder = find_fashion_mnist(root)
    if folder is None:
        return []
    return [(str(_idx_file(folder, name)), dest) for name in FASHION_FILES]


def _idx_file(folder: Path, name: str) -> Path | None:
    for candidate in (folder / f"{name}.gz", folder / name):
        if candidate.is_file():
            return candidate
    return None


def default_model_datas(root: Path, cache: Path, dest: str) -> list[tuple[str, str]]:
    """The classifier's default softmax model for the bundle, trained once at build time.

    Skipped when ``resources/models`` already holds it (it is bundled with resources/ then).
    The trained file is cached under ``cache`` and retrained only when the engine code that
    defines the model, the training or the checkpoint format changes.
    """
    import hashlib

    name = "default-softmax.pt"
    if (root / "resources" / "models" / name).is_file():
        return []
    sources = ["engine/models.py", "engine/training.py", "engine/checkpoint.py",
               "engine/classify.py", "engine/data.py"]
    if not all((root / rel).is_file() for rel in sources):
        print("build_support: the classifier engine is not there; no default model bundled",
              file=sys.stderr)
        return []
    digest = hashlib.sha256()
    for rel in sources:
        digest.update((root / rel).read_bytes())
    key = digest.hexdigest()
    cache.mkdir(parents=True, exist_ok=True)
    model, stamp = cache / name, cache / f"{name}.key"
    if model.is_file() and stamp.is_file() and stamp.read_text().strip() == key:
        return [(str(model), dest)]
    data = find_fashion_mnist(root)
    if data is None:
        print("build_support: no Fashion-MNIST to train the default model on", file=sys.stderr)
        return []
    print(f"build_support: training the default softmax model on {data} (once; cached)")
    code = (
        "import sys\n"
        "from engine.classify import train_default_model\n"
        "for _ in train_default_model('softmax', data_dir=sys.argv[1], dest=sys.argv[2]):\n"
        "    pass\n"
    )
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "DIVELAB_HOME": home, "CUDA_VISIBLE_DEVICES": ""}
        result = subprocess.run([sys.executable, "-c", code, str(data), str(model)], cwd=root,
                                env=env, check=False)
    if result.returncode != 0 or not model.is_file():
        print("build_support: training the default model failed", file=sys.stderr)
        return []
    stamp.write_text(key + "\n")
    print(f"build_support: default model {model}")
    return [(str(model), dest)]


def is_declared_dependency(pyproject: Path, module: str) -> bool:
    """True when ``module``'s top-level package is a dependency listed in pyproject.toml."""
    import re
    import tomllib

    try:
        project = tomllib.loads(pyproject.read_text(encoding="utf-8")).get("project", {})
    except (OSError, ValueError):
        return False
    requirements = list(project.get("dependencies", []))
    for extra in project.get("optional-dependencies", {}).values():
        requirements += extra

    def norm(name: str) -> str:
        return re.sub(r"[-_.]+", "-", name).lower()

    names = {norm(re.split(r"[\s\[<>=!~;]", req, maxsplit=1)[0]) for req in requirements}
    return norm(module.split(".")[0]) in names


def linux_window_libs(cache: Path) -> tuple[list[tuple[str, str]], list[str]]:
    """(binaries for the bundle root, sonames still missing) for Qt's xcb plugin.

    Takes each library from the system when installed there, else from ``cache``; what is in
    neither is fetched with ``apt-get download`` (no root needed) and unpacked into ``cache``.
    """
    if not sys.platform.startswith("linux"):
        return [], []
    cache.mkdir(parents=True, exist_ok=True)
    system = _ldconfig_paths()
    wanted = {}
    for soname, package in XCB_LIBS.items():
        if soname in system or (cache / soname).is_file():
            continue
        wanted[soname] = package
    if wanted:
        _apt_fetch(sorted(set(wanted.values())), cache)
    binaries, missing = [], []
    for soname in XCB_LIBS:
        source = cache / soname
        if not source.is_file() and soname in system:
            # Copy under the soname: the bundle must hold the file itself, not a symlink chain.
            shutil.copy2(os.path.realpath(system[soname]), source)
        if source.is_file():
            binaries.append((str(source), "."))
        else:
            missing.append(soname)
    return binaries, missing


def _ldconfig_paths() -> dict[str, str]:
    """soname -> path of the system's libraries for this (64-bit) architecture."""
    try:
        out = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True, check=False).stdout
    except OSError:
        out = ""
    want_64 = sys.maxsize > 2**32
    found: dict[str, str] = {}
    for line in out.splitlines():
        name, sep, path = line.strip().partition(" => ")
        if not sep:
            continue
        soname, _, flags = name.partition(" ")
        if ("64" in flags) == want_64 and os.path.exists(path):
            found.setdefault(soname, path)
    return found


def _apt_fetch(packages: list[str], cache: Path) -> None:
    if shutil.which("apt-get") is None or shutil.which("dpkg-deb") is None:
        print(f"build_support: cannot fetch {packages}: no apt-get/dpkg-deb", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory() as tmp:
        for attempt in range(2):
            result = subprocess.run(["apt-get", "download", *packages], cwd=tmp,
                                    capture_output=True, text=True, check=False)
            if result.returncode == 0:
                break
            if attempt == 0:  # a fresh machine has no package lists yet
                subprocess.run(["apt-get", "update", "-qq"], capture_output=True, check=False)
        else:
            print(f"build_support: apt-get download {packages} failed: {result.stderr.strip()}",
                  file=sys.stderr)
            return
        unpacked = Path(tmp) / "root"
        for deb in Path(tmp).glob("*.deb"):
            subprocess.run(["dpkg-deb", "-x", str(deb), str(unpacked)], check=True)
        for lib in unpacked.rglob("*.so*"):
            if lib.name in XCB_LIBS and not (cache / lib.name).exists():
                shutil.copy2(os.path.realpath(lib), cache / lib.name)


if __name__ == "__main__":
    here = Path(__file__).resolve().parent.parent
    print("Fashion-MNIST:", find_fashion_mnist(here))
    print("default model:", default_model_datas(here, here / ".cache" / "models",
                                                 "resources/models"))
    libs, missing = linux_window_libs(here / ".cache" / "linux-libs")
    print("xcb libraries:", *[src for src, _ in libs], sep="\n  ")
    print("missing:", missing)
