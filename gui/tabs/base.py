"""Common base for the main window's tabs: retranslation hook, lesson guide, clean shutdown."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

from gui.context import LabContext


class LabTab(QWidget):
    """A tab of the main window.

    Subclasses build their widgets in ``__init__``, set every user-visible text in
    ``retranslate_ui`` (called once at the end of construction by the main window and again on
    every language switch), and stop their background jobs in ``shutdown``. They reach the
    window and the other tabs only through ``self.context`` (:class:`gui.context.LabContext`).

    A tab whose construction takes longer than a frame sets ``STAGED = True``, accepts
    ``staged`` in its constructor and hands the heavy rest (plots, precomputed pictures) to
    :meth:`build_rest`: built at once by default (tests, scripts), a few milliseconds per
    event-loop turn when the main window asks for ``staged=True``, so the window keeps
    answering while a tab appears.
    """

    #: objectName of the tab, e.g. "trainingTab"; set by subclasses.
    OBJECT_NAME = ""
    #: True when ``__init__`` takes ``staged=`` and leaves its heavy part to ``build_rest``.
    STAGED = False

    def __init__(self, parent: QWidget | None = None,
                 context: LabContext | None = None) -> None:
        super().__init__(parent)
        #: The one way to reach the window and the other tabs (a private one when alone).
        self.context = context if context is not None else LabContext(self)
        self._staged_build = None
        if self.OBJECT_NAME:
            self.setObjectName(self.OBJECT_NAME)

    def build_rest(self, steps: Iterable[object], staged: bool) -> None:
        """Run the construction ``steps`` (a generator yielding between pieces) now, or staged.

        Once every step has run, :meth:`rest_built` is called.
        """
        if not staged:
            for _ in steps:
                pass
            self.rest_built()
            return
        from gui.worker import StagedBuild

        self._staged_build = StagedBuild(iter(steps), self)
        self._staged_build.finished.connect(self.rest_built)
        self._staged_build.start()

    def finish_building(self) -> None:
        """Build what a staged construction has not built yet, now."""
        if self._staged_build is not None:
            self._staged_build.finish_now()

    def is_built(self) -> bool:
        return self._staged_build is None or self._staged_build.done

    def rest_built(self) -> None:
        """Called once the staged part of construction is complete."""

    def tab_title(self) -> str:  # pragma: no cover - overridden
        return self.OBJECT_NAME

    def retranslate_ui(self) -> None:
        """Set every visible text from ``self.tr(...)``."""

    def shutdown(self) -> None:
        """Stop running jobs; called when the window closes. Must not block for long."""

    def has_unsaved_changes(self) -> bool:
        """True to make the window ask before closing."""
        return False

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def set_text_keep_shortcut(button, text: str) -> None:
    """QAbstractButton.setText() resets the shortcut to the text's mnemonic; keep the one set."""
    shortcut = button.shortcut()
    button.setText(text)
    if not shortcut.isEmpty():
        button.setShortcut(shortcut)
