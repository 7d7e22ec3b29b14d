"""The Preprocessing tab's last steps: the table as the course's tensors, and as a
linear-regression dataset for the Training tab (with a hint when it needs scaling first).

Before the split the target chosen in the combo is y: it never ends up in X.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from engine import torch_jobs
from gui.context import RegressionTable
from gui.i18n import tr_format
from gui.preprocess_document import TableDocument, pl
from gui.tasks import TaskSlot

if TYPE_CHECKING:
    from engine.pipeline import RegressionData
    from gui.tabs.preprocess_tab import PreprocessTab

log = logging.getLogger(__name__)


class TensorsAndTraining(QObject):
    """"Show as tensors" and "Use for training" of one :class:`PreprocessTab`."""

    def __init__(self, view: PreprocessTab, document: TableDocument) -> None:
        super().__init__(view)
        self._view, self._document = view, document
        self._tensor_slot = TaskSlot(self, done=view.tensor_view.setPlainText,
                                     error=self._on_tensor_error)

    def cancel(self) -> None:
        self._tensor_slot.cancel()

    def show_tensors(self) -> None:
        """Build X (and y) with torch on a worker and print them as the course does."""
        table = self._document.current
        if table is None:
            return
        view = self._view
        view.tensor_view.setPlainText(self.tr("Importing torch…"))
        view.bottom_tabs.setCurrentWidget(view.tensor_view)
        self._tensor_slot.start(torch_jobs.tensor_text, table, self._document.tensor_target(),
                                in_torch_process=True)

    def _on_tensor_error(self, exc: BaseException) -> None:
        if not isinstance(exc, pl.StepError):
            log.error("tensor conversion failed", exc_info=exc)
        detail = self._view.explain(exc)
        self._view.tensor_view.setPlainText(tr_format(self.tr("Not yet tensors: %1"), detail))
        self._view.show_error(self.tr("Cannot make tensors:"), detail)

    def use_for_training(self) -> bool:
        """Send features/target (float32) to the training tab as a linear-regression dataset."""
        view, document = self._view, self._document
        table = document.current
        if table is None:
            return False
        if table.is_split and len(table.targets) != 1:
            view.show_message("error", self.tr("Linear regression needs exactly one target "
                                               "column."))
            return False
        target = document.target()
        try:
            data = pl.regression_data(table.frame(), target)
        except pl.StepError as exc:
            view.show_error(self.tr("Not ready for training:"), view.explain(exc))
            return False
        context = view.context
        if not context.can_send_regression_table():
            view.show_message("error", self.tr("The Training tab of this build cannot take a "
                                               "table yet."))
            return False
        name = document.path.stem if document.path else "table"
        try:
            context.send_regression_table(RegressionTable(
                features=data.features, target=data.target, name=name,
                feature_names=tuple(data.feature_names)))
        except ValueError as exc:  # the training tab explains what it cannot use
            view.show_error(self.tr("Not ready for training:"), str(exc))
            return False
        context.show_tab("trainingTab")
        sent = tr_format(self.tr("Sent %1 rows × %2 features (target %3) to the Training tab."),
                         len(data.target), data.features.shape[1], target)
        hint = self.scale_hint(data)
        if hint:
            view.show_message("warning", f"{sent} {hint}")
            context.show_status(hint, 15000)  # the Training tab is in front now
        else:
            view.show_message("info", sent)
        return True

    def scale_hint(self, data: RegressionData) -> str:
        """Advice to standardise when the columns' spreads differ by more than 100×."""
        spread = pl.scale_spread(data)
        if spread is None or not spread.needs_scaling:
            return ""
        return tr_format(
            self.tr("The columns have very different scales (standard deviation of %1 ≈ %2, "
                    "of %3 ≈ %4): standardise them first (select them, then Standardize), or "
                    "the loss will be huge and training slow."),
            spread.widest, f"{spread.widest_std:.3g}", spread.narrowest,
            f"{spread.narrowest_std:.3g}")
