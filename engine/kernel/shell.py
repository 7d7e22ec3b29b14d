"""Inside the kernel: IPython's ``InteractiveShell`` wired to the pipe.

A display publisher and a display hook turn IPython's output into Jupyter mime bundles
(``display``/``clear_output``/``result`` messages); errors go to the kernel's own report, which
points at the cell's line. IPython is imported inside :func:`shell_class` because it loads in
the kernel process only.
"""

from __future__ import annotations

import sys
from typing import Any, Protocol

from engine.kernel.output import clean_bundle
from engine.kernel.protocol import SUMMARY_MIME, ClearOutput, Display, Reply, Result

#: Summaries that draw better than text/plain; other values show IPython's own repr.
_SUMMARY_KINDS = ("tensor", "ndarray", "sequence")


class ShellOwner(Protocol):
    """What the shell needs from the kernel around it."""

    current_id: int | None

    def send(self, message: Reply) -> None: ...

    def flush_streams(self) -> None: ...

    def summary_of(self, value: Any) -> dict[str, Any] | None: ...

    def report_error(self, exc: BaseException) -> None: ...


def shell_class(kernel: ShellOwner) -> type:
    """An ``InteractiveShell`` subclass whose output and errors go to ``kernel``."""
    from IPython.core.displayhook import DisplayHook
    from IPython.core.displaypub import DisplayPublisher
    from IPython.core.interactiveshell import InteractiveShell

    class PipeDisplayPublisher(DisplayPublisher):
        """``display()`` and figures: one ``display`` message per call."""

        def publish(self, data, metadata=None, source=None, *, transient=None, update=False,
                    **kwargs):
            kernel.flush_streams()
            kernel.send(Display(id=kernel.current_id, data=clean_bundle(data),
                                metadata=dict(metadata or {}),
                                display_id=(transient or {}).get("display_id"),
                                update=bool(update)))

        def clear_output(self, wait=False):
            kernel.flush_streams()
            kernel.send(ClearOutput(id=kernel.current_id, wait=bool(wait)))

    class PipeDisplayHook(DisplayHook):
        """The value of a cell's last expression: ``result`` with the bundle and a summary."""

        def write_output_prompt(self):
            pass

        def finish_displayhook(self):
            self._is_active = False

        def compute_format_data(self, result):
            data, metadata = super().compute_format_data(result)
            self._summary = kernel.summary_of(result)
            return data, metadata

        def write_format_data(self, format_dict, md_dict=None):
            kernel.flush_streams()
            summary = getattr(self, "_summary", None)
            data = clean_bundle(format_dict)
            if summary is not None and summary.get("kind") in _SUMMARY_KINDS:
                data[SUMMARY_MIME] = summary
            kernel.send(Result(id=kernel.current_id, execution_count=self.prompt_count,
                               data=data, metadata=dict(md_dict or {}), value=summary))

    class SandboxShell(InteractiveShell):
        """InteractiveShell whose errors, pager and GUI loop fit a kernel behind a pipe."""

        displayhook_class = PipeDisplayHook
        display_pub_class = PipeDisplayPublisher

        def _showtraceback(self, etype, evalue, stb):
            kernel.report_error(evalue)

        def showtraceback(self, exc_tuple=None, filename=None, tb_offset=None,
                          exception_only=False, running_compiled_code=False):
            try:
                _etype, value, _tb = self._get_exc_info(exc_tuple)
            except ValueError:
                return
            kernel.report_error(value)

        def showsyntaxerror(self, filename=None, running_compiled_code=False):
            _etype, value, _tb = self._get_exc_info()
            kernel.report_error(value)

        def showindentationerror(self):
            self.showsyntaxerror()

        def enable_gui(self, gui=None):
            pass  # no GUI event loop in the kernel: figures are always inline

        def enable_matplotlib(self, gui=None):
            if gui not in (None, "inline", "auto"):
                print(f"DiveLab shows matplotlib figures inline (asked for {gui!r}).",
                      file=sys.stderr)
            return super().enable_matplotlib("inline")

        def ask_exit(self):
            print("The sandbox kernel keeps running; use ⟳ Restart for a fresh one.",
                  file=sys.stderr)

    return SandboxShell
