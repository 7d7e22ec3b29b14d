"""What the app's helper processes (sandbox kernel, torch process) share: how they start and end.

They run at a lower CPU priority than the window. They start while the window appears and may
compute while the student clicks; on a machine with few cores they would otherwise take the core
the window's thread needs (measured on 2 cores: a 30 ms click stalled for 80–90 ms while both
imported torch). With a lower priority they still run at full speed whenever the window is idle.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import Any

#: Added to a helper process's niceness (Unix); the window keeps the default.
BACKGROUND_NICENESS = 10


def run_in_background() -> None:
    """Lower this process's CPU priority (where the system allows it; silently otherwise)."""
    if hasattr(os, "nice"):
        try:
            os.nice(BACKGROUND_NICENESS)
        except OSError:
            pass


def serve_child(conn: Any, options: dict[str, Any], serve: Callable[[], None]) -> None:
    """The body of a spawned helper: find this engine, step back, ``serve()`` until the window
    goes away, then leave at once."""
    root = options.get("project_root")
    if root and root not in sys.path:
        sys.path.insert(0, root)
    run_in_background()
    try:
        serve()
    except (EOFError, OSError, KeyboardInterrupt):
        pass  # the window went away (or the process was told to stop)
    finally:
        try:
            conn.close()
        except OSError:
            pass
        # Skip interpreter teardown (torch's can take a while); the window has moved on.
        os._exit(0)
