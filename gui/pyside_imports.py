"""Imports without PySide6 decoding every module's source.

After PySide6 is loaded, each module imported in the process goes through PySide6's
``__feature__`` bookkeeping, which asks whether the module's source mentions "PySide6" by
reading it with ``inspect.getsource``: the whole file decoded, split into lines and kept in
``linecache``. For the window's preloads (pyqtgraph, pandas, nbformat) that was 100 of their 540
ms, held under the interpreter lock while the student clicks, and 16 MB of source text kept for
nothing. :func:`install` asks the same question of the file's bytes.
"""

from __future__ import annotations

import sys
from typing import Any


def source_mentions_pyside(module: Any) -> bool:
    """PySide6's own test (does the module's ``.py`` source contain "PySide6"?), on bytes."""
    origin = getattr(getattr(module, "__spec__", None), "origin", None)
    if not isinstance(origin, str) or not origin.endswith(".py"):
        return False  # built-in, extension or frozen: PySide6 finds no source there either
    try:
        with open(origin, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False


def install() -> bool:
    """Use :func:`source_mentions_pyside` for PySide6's check, once PySide6 is loaded; False
    where this PySide6 has no such check."""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = source_mentions_pyside
    return True
