"""The app's helper processes (sandbox kernel, torch process) yield the CPU to the window.

They start while the window appears and may compute while the student clicks; on a machine with
few cores they would otherwise take the core the window's thread needs (measured on 2 cores: a
30 ms click stalled for 80–90 ms while both processes imported torch). With a lower priority
they still run at full speed whenever the window is idle.
"""

from __future__ import annotations

import os

#: Added to the process's niceness (Unix); the window keeps the default.
BACKGROUND_NICENESS = 10


def run_in_background() -> None:
    """Lower this process's CPU priority (where the system allows it; silently otherwise)."""
    if hasattr(os, "nice"):
        try:
            os.nice(BACKGROUND_NICENESS)
        except OSError:
            pass
