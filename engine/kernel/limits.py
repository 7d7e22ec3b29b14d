"""How far a cell may go: time, output and memory limits of the sandbox kernel (Qt-free).

The client enforces the time limit (SIGINT, then a hard kill after a grace period) and watches
the kernel's resident memory; inside the kernel, Linux caps the address space (RLIMIT_AS) so a
huge allocation fails in the cell instead of swapping the machine.
"""

from __future__ import annotations

import logging
import os
import sys

log = logging.getLogger(__name__)

#: Default seconds a cell may run before it is interrupted (adjustable in the GUI). The course's
#: own training cells (``d2l.train_ch3``) run for tens of seconds, so the default leaves room.
DEFAULT_TIME_LIMIT = 300.0
#: Seconds between SIGINT and the hard kill when the cell does not stop.
INTERRUPT_GRACE = 2.0
#: Output of one cell beyond this many characters is dropped (a print loop cannot flood the GUI).
MAX_CELL_OUTPUT = 1_000_000
#: Seconds between two looks at the kernel's resident memory.
MEMORY_CHECK_INTERVAL = 0.25


def default_memory_budget() -> int:
    """Bytes a cell may allocate beyond the kernel's start-up size: half the RAM, at least 2 GiB."""
    total = _physical_memory()
    return max(2 << 30, total // 2) if total else 4 << 30


def _physical_memory() -> int:
    try:
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (ValueError, OSError, AttributeError):
        return 0


def rss_bytes(pid: int) -> int | None:
    """Resident memory of ``pid`` on Linux (None elsewhere)."""
    try:
        with open(f"/proc/{pid}/statm", encoding="ascii") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return None


def cap_address_space(budget: int | None) -> int | None:
    """In the kernel: allow ``budget`` bytes beyond the current size; the limit, or None.

    Skipped off Linux and where CUDA is available (the CUDA driver maps huge virtual ranges;
    the client's resident-memory watch covers that case).
    """
    if not budget or not sys.platform.startswith("linux"):
        return None
    try:
        import resource

        if "torch" in sys.modules and sys.modules["torch"].cuda.is_available():
            return None
        with open("/proc/self/statm", encoding="ascii") as fh:
            size = int(fh.read().split()[0]) * resource.getpagesize()
        limit = size + int(budget)
        resource.setrlimit(resource.RLIMIT_AS, (limit, resource.RLIM_INFINITY))
        return limit
    except Exception:
        log.exception("could not set the kernel's memory limit")
        return None
