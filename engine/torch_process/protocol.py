"""The torch process's messages: plain dicts with an ``op``, pickled over one duplex pipe.

To the process:
  ``call``     {id, func: "module:qualname", args, kwargs, pass_state} — run it on a thread
  ``cancel``   {id} — set that call's TaskState; a generator job is closed at its next yield
  ``notify``   {func, args} — run a quick function at once, no answer (flags on a running job)
  ``shutdown`` {}

From the process:
  ``ready``     {pid} — once, when it serves
  ``yield``     {id, value} — each value a generator job yields
  ``progress``  {id, value: (fraction, text)} and ``partial`` {id, value} — from its TaskState
  ``return``    {id, value} — the call's result; ``error`` {id, value: exception, trace}
  ``cancelled`` {id} — the call stopped on a cancel
"""

CALL, CANCEL, NOTIFY, SHUTDOWN = "call", "cancel", "notify", "shutdown"
READY, YIELD, PROGRESS, PARTIAL = "ready", "yield", "progress", "partial"
RETURN, ERROR, CANCELLED = "return", "error", "cancelled"
#: Set by the client on every call still waiting when the process ends.
DIED = "died"
#: Ends a call's answer stream.
FINAL = (RETURN, ERROR, CANCELLED, DIED)


#: Functions an inline (same-process) server runs, by the name sent for them.
INLINE_FUNCTIONS: dict[str, object] = {}


def inline_name(func) -> str:
    """A name for any callable, valid only for a server in this same process."""
    name = f"@inline:{id(func)}"
    INLINE_FUNCTIONS[name] = func
    return name


def function_name(func) -> str:
    """``"module:qualname"`` of a module-level function (what the process imports to run it)."""
    module, qualname = func.__module__, func.__qualname__
    if "<" in qualname:
        raise ValueError(f"{qualname} is not a module-level function: it cannot run in the "
                         "torch process")
    return f"{module}:{qualname}"
