"""The banner over the plots while an experiment is in view: what it compares at which values,
its verdict in one line, and the way back to all runs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from gui.i18n import tr_format
from gui.training_experiments import Experiment, Verdict, ordered
from gui.training_session import fmt_acc, fmt_loss


class ExperimentBanner(QFrame):
    """Title, course values and verdict of the experiment in view; "Show all runs"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("experimentBanner")
        self.setStyleSheet("QFrame#experimentBanner { border: 1px solid palette(mid); "
                           "border-radius: 4px; background: palette(alternate-base); }")
        self.label = QLabel(objectName="experimentLabel")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.show_all_button = QPushButton(objectName="showAllRunsButton")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.show_all_button, 0, Qt.AlignmentFlag.AlignTop)
        self.verdict = ""  # the verdict line shown ('' while the experiment runs)
        self.setVisible(False)

    def retranslate_ui(self) -> None:
        self.show_all_button.setText(self.tr("Show all runs"))
        self.show_all_button.setToolTip(self.tr("Leave the experiment and show every run again"))

    def title(self, experiment: Experiment, task_names: dict[str, str]) -> str:
        what = {"lr": self.tr("learning rate η = 0.01 / 0.1 / 1"),
                "batch": self.tr("batch size 1 vs 256"),
                "impl": self.tr("scratch vs concise")}[experiment.kind]
        return tr_format(self.tr("Experiment %1: %2 · %3"), experiment.id, what,
                         task_names[experiment.task])

    def show_experiment(self, experiment: Experiment | None, verdict: Verdict | None,
                        title: str = "", values: str = "") -> None:
        """Show ``experiment`` (None hides the banner); ``values``: the course values it holds."""
        self.setVisible(experiment is not None)
        if experiment is None:
            self.label.clear()
            self.verdict = ""
            return
        data = (self.tr("the course's synthetic data") if experiment.task == "linreg"
                else "Fashion-MNIST")
        setup = tr_format(self.tr("At the course's values: %1, on %2."), values, data)
        self.verdict = self.verdict_text(verdict) if verdict is not None else ""
        result = self.verdict or self.tr("Running…")
        heading = self.tr("Verdict:")
        self.label.setText(f"<b>{_html(title)}</b> — {_html(setup)}<br>"
                           f"<b>{_html(heading)}</b> {_html(result)}")

    def verdict_text(self, verdict: Verdict) -> str:
        """One line saying what the experiment's runs showed (from their results)."""
        if not verdict.complete:
            return self.tr("Stopped before every run finished: no verdict.")
        if verdict.kind == "lr":
            texts = {"diverged": self.tr("η = %1 diverged"),
                     "oscillates": self.tr("η = %1 oscillates (loss %2)"),
                     "worse": self.tr("η = %1 is too large (loss %2)"),
                     "crawls": self.tr("η = %1 crawls (loss %2)"),
                     "close": self.tr("η = %1 also converges (loss %2)"),
                     "best": self.tr("η = %1 ends lowest (loss %2)"),
                     "fastest": self.tr("η = %1 converges fastest (loss %2)")}
            return self.tr("; ").join(tr_format(texts[o.verdict], f"{o.value:g}",
                                                fmt_loss(o.loss))
                                      for o in ordered(verdict)) + self.tr(".")
        if verdict.kind == "batch":
            return self._batch_text(verdict)
        return self._impl_text(verdict)

    def _impl_text(self, verdict: Verdict) -> str:
        scratch, concise = sorted(verdict.outcomes, key=lambda o: o.value != "scratch")
        agree = verdict.summary == "agree"
        if scratch.params is not None and concise.params is not None:
            text = (self.tr("Scratch and concise agree: they learn the same w and b (largest "
                            "difference %1).") if agree
                    else self.tr("Scratch and concise differ: their w and b are up to %1 apart."))
            text = tr_format(text, f"{verdict.difference:.4f}")
            ratio = verdict.loss_ratio
            if ratio is not None and abs(ratio - 2) < 0.2:
                text += " " + tr_format(self.tr("Their losses are %1× apart: the scratch "
                                                "squared_loss halves (ŷ − y)², nn.MSELoss does "
                                                "not."), f"{ratio:.2f}")
            return text
        text = (self.tr("Scratch and concise agree: loss %1 vs %2 (%3 % apart), test accuracy "
                        "%4 vs %5: the same model written two ways.") if agree
                else self.tr("Scratch and concise differ: loss %1 vs %2 (%3 % apart), test "
                             "accuracy %4 vs %5."))
        return tr_format(text, fmt_loss(scratch.loss), fmt_loss(concise.loss),
                         f"{100 * (verdict.difference or 0):.1f}", fmt_acc(scratch.accuracy),
                         fmt_acc(concise.accuracy))

    def _batch_text(self, verdict: Verdict) -> str:
        parts = []
        for o in verdict.outcomes:
            if o.verdict == "diverged":
                parts.append(tr_format(self.tr("B = %1 diverged"), str(o.value)))
            else:
                parts.append(tr_format(self.tr("B = %1: loss %2 after %3 updates, %4 s per epoch"),
                                       o.value, fmt_loss(o.loss), o.updates,
                                       _fmt_secs(o.seconds_per_epoch)))
        text = self.tr("; ").join(parts) + self.tr(".")
        if verdict.summary == "small_lower":
            text += " " + self.tr("The smaller batch, with more and noisier steps, reached the "
                                  "lower loss.")
        elif verdict.summary == "large_lower":
            text += " " + self.tr("The larger batch, with fewer and smoother steps, reached the "
                                  "lower loss.")
        if verdict.faster is not None and verdict.speedup and verdict.speedup >= 1.5:
            text += " " + tr_format(self.tr("B = %1 was %2× faster per epoch."), verdict.faster,
                                    f"{verdict.speedup:.0f}")
        return text


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _fmt_secs(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value:.2f}" if value >= 0.01 else f"{value:.3f}"
