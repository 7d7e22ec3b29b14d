"""The sandbox kernel: cells run in a child process that survives whatever they do (Qt-free).

``client`` starts and watches the process, ``child`` is the code inside it, ``protocol`` the
messages between them (docs/kernel-protocol.md), ``limits`` the time, output and memory limits.
"""

from engine.kernel.client import CellResult, KernelClient
from engine.kernel.limits import DEFAULT_TIME_LIMIT, MAX_CELL_OUTPUT, default_memory_budget
from engine.kernel.protocol import HELPERS, SUMMARY_MIME

__all__ = ["DEFAULT_TIME_LIMIT", "HELPERS", "MAX_CELL_OUTPUT", "SUMMARY_MIME", "CellResult",
           "KernelClient", "default_memory_budget"]
