"""Run code right after a module is imported, so set-up for a library costs nothing until used.

The sandbox kernel prepares matplotlib (a CJK font) and torchvision (offline, fast Fashion-MNIST)
for the course's code, but importing either at kernel start would slow every start for cells
that never use them. :func:`after_import` arranges for a callback the moment a cell imports the
module, or calls it at once when the module is already loaded.
"""

from __future__ import annotations

import importlib.abc
import importlib.util
import logging
import sys
import threading
from collections.abc import Callable
from types import ModuleType
from typing import Any

log = logging.getLogger(__name__)

_lock = threading.Lock()


class AfterImport(importlib.abc.MetaPathFinder):
    """A one-shot finder: lets the other finders locate ``name``, then wraps its loader so that
    ``callback(module)`` runs once the module's code has run."""

    def __init__(self, name: str, callback: Callable[[ModuleType], None]) -> None:
        self.name = name
        self.callback = callback

    def find_spec(self, fullname, path, target=None):  # noqa: ANN001
        if fullname != self.name:
            return None
        with _lock:
            if self not in sys.meta_path:
                return None  # another thread got here first
            sys.meta_path.remove(self)
        spec = importlib.util.find_spec(fullname)
        loader = getattr(spec, "loader", None)
        if loader is None or not hasattr(loader, "exec_module"):
            return spec
        spec.loader = _CallbackLoader(loader, self.callback, fullname)
        return spec


class _CallbackLoader(importlib.abc.Loader):
    """The module's own loader plus the callback; puts the original back once the module ran.

    The loader itself is not patched: in a frozen app one loader object serves every module.
    """

    def __init__(self, loader: Any, callback: Callable[[ModuleType], None], name: str) -> None:
        self._loader = loader
        self._callback = callback
        self._name = name

    def __getattr__(self, attribute: str) -> Any:  # get_data, get_resource_reader, …
        return getattr(self._loader, attribute)

    def create_module(self, spec):  # noqa: ANN001
        return self._loader.create_module(spec)

    def exec_module(self, module: ModuleType) -> None:
        spec = getattr(module, "__spec__", None)
        if spec is not None and spec.loader is self:
            spec.loader = self._loader
        if getattr(module, "__loader__", None) is self:
            module.__loader__ = self._loader
        self._loader.exec_module(module)
        try:
            self._callback(module)
        except Exception:  # set-up trouble must never break the student's import
            log.exception("could not prepare %s after its import", self._name)


def after_import(name: str, callback: Callable[[ModuleType], None]) -> AfterImport | None:
    """Call ``callback(module)`` once ``name`` is imported: now if it is, else right after.

    Returns the pending hook (for :func:`cancel`), or None when the callback already ran.
    """
    module = sys.modules.get(name)
    if module is not None:
        callback(module)
        return None
    hook = AfterImport(name, callback)
    with _lock:
        sys.meta_path.insert(0, hook)
    return hook


def cancel(hook: AfterImport | None) -> None:
    """Forget a hook whose module has not been imported yet (no effect otherwise)."""
    if hook is None:
        return
    with _lock:
        if hook in sys.meta_path:
            sys.meta_path.remove(hook)
