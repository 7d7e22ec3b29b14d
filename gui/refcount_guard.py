"""Keep PySide6 6.12 from crashing Python 3.11 through None's and True's reference counts.

Measured here with PySide6-Essentials 6.12.0 on CPython 3.11: every call of a void C++ method
(``QPainter.setPen``, ``QLabel.setText``, …) drops one reference to ``None`` that it never took,
and ``Signal.emit`` does the same to ``True``. Python 3.12+ makes these singletons immortal, so
there the bug is harmless; on 3.11 their counts fall by one per call until the interpreter aborts
with "Fatal Python error: none_dealloc" (a live plot reaches that within seconds).

:func:`protect_singletons` gives ``None``, ``True`` and ``False`` a reference count so large that
no run of the app can bring it to zero — what 3.12 does by design. Call it once, early; calling it
again is harmless.
"""

from __future__ import annotations

import ctypes
import sys

#: Added to the reference count: 2**60 calls would take centuries.
_HEADROOM = 2**60


def protect_singletons() -> bool:
    """Make None/True/False effectively immortal on CPython < 3.12; True when it changed them."""
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False
    changed = False
    for obj in (None, True, False):
        count = ctypes.c_ssize_t.from_address(id(obj))  # ob_refcnt is the object's first field
        if count.value < _HEADROOM // 2:
            count.value += _HEADROOM
            changed = True
    return changed


protect_singletons()
