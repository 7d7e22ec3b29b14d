"""PyInstaller hook for torchvision 0.29+: collect its native operator libraries.

torchvision 0.29 ships its C++ operators as ``_C_stable`` and ``image_stable`` (plain shared
libraries loaded with ``torch.ops.load_library``, not Python extension modules). PyInstaller's
bundled hook still asks for ``torchvision._C``, so a default build starts and then fails at
``import torchvision`` with "operator torchvision::nms does not exist". This hook replaces it:
the libraries go next to torchvision's own files, where its loader looks for them.
"""

from PyInstaller.utils.hooks import collect_dynamic_libs

# Every native library of the package (``_C_stable``, ``image_stable``, and whatever a later
# release adds), placed in ``torchvision/`` exactly as in the wheel.
# (``.so`` on Linux, ``.pyd``/``.dll`` on Windows, ``.so``/``.dylib`` on macOS.)
binaries = [
    (src, dest) for src, dest in collect_dynamic_libs(
        "torchvision", search_patterns=["*.so", "*.so.*", "*.pyd", "*.dll", "*.dylib"])
    if dest.replace("\\", "/").rstrip("/") == "torchvision"
]

# torchvision.io.image loads ``image_stable`` itself; the submodule is imported lazily.
hiddenimports = ["torchvision.io.image"]

# TorchScript reads the Python sources of scripted functions (as the upstream hook does).
module_collection_mode = "pyz+py"
