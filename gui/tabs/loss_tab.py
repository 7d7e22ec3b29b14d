"""Losses and learning rates: L2/L1/Huber with derivative and likelihood, gradient descent on
them, the learning rate on 1-D and 2-D quadratics, and minibatch noise against batch size.

* :mod:`gui.tabs.loss_lesson` — the Qt-free numbers and course rules of the three lessons;
* :mod:`gui.tabs.loss_descent_view` — the losses and gradient descent on them;
* :mod:`gui.tabs.loss_rate_views` — the learning rate, and minibatch noise.

This module only hosts the three columns and the lesson guide. Everything is computed in well
under a millisecond, so the plots follow the sliders directly. Built staged (see
:class:`gui.tabs.base.LabTab`), the controls appear first and the six plots one per event-loop
turn; the loss curves are drawn the first time the tab is shown.
"""

from __future__ import annotations

import html

import numpy.random  # noqa: F401 - the data below needs it; load it with this module, not later
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QGridLayout, QWidget

from gui.context import LabContext
from gui.tabs.base import LabTab
from gui.tabs.loss_descent_view import LossDescentView
from gui.tabs.loss_lesson import ANIM_STEPS
from gui.tabs.loss_plots import make_plot
from gui.tabs.loss_rate_views import LearningRateView, MinibatchView
from gui.widgets.lesson_guide import LessonGuide

__all__ = ["ANIM_STEPS", "LossTab"]


class LossTab(LabTab):
    OBJECT_NAME = "lossTab"
    STAGED = True

    def __init__(self, parent: QWidget | None = None, staged: bool = False,
                 context: LabContext | None = None) -> None:
        super().__init__(parent, context)
        self.descent_view = LossDescentView()
        self.rate_view = LearningRateView()
        self.minibatch_view = MinibatchView()
        grid = QGridLayout(self)
        grid.setContentsMargins(6, 6, 6, 6)
        for column, view in enumerate((self.descent_view, self.rate_view, self.minibatch_view)):
            grid.addWidget(view, 0, column)
            grid.setColumnStretch(column, 1)
        self.guide = LessonGuide(self, expanded=True)
        grid.addWidget(self.guide, 1, 0, 1, 3)
        grid.setRowStretch(0, 1)
        self.build_rest(self._build_plots(), staged)

    def _views(self) -> tuple:
        return self.descent_view, self.rate_view, self.minibatch_view

    def _build_plots(self):  # noqa: ANN202 - a generator of construction steps
        """The plots, one per step: each is a few milliseconds to make and to paint.

        The numbers and the status texts come first, so that the labels have their final
        height before any plot is laid out (a label growing later would resize, and so
        repaint, every plot of its column).
        """
        self.descent_view.compute()
        self.descent_view.descent.step = ANIM_STEPS
        self.rate_view.compute()
        yield
        self.minibatch_view.compute()
        for view in self._views():
            view.refresh_texts()
        yield
        for make, name in ((self.descent_view.make_loss_plot, "lossPlot"),
                           (self.descent_view.make_race_plot, "racePlot"),
                           (self.rate_view.make_gd1d_plot, "gd1dPlot"),
                           (self.rate_view.make_gd2d_plot, "gd2dPlot"),
                           (self.minibatch_view.make_sgd_plot, "sgdPathPlot"),
                           (self.minibatch_view.make_sgd_loss_plot, "sgdLossPlot")):
            plot = make_plot(name)  # the costly part, in a turn of its own
            yield
            make(plot)  # its curves and its place on screen: then its first paint
            yield
        for view in self._views():
            view.connect_controls()
        if self.isVisible():
            self.descent_view.update_loss_plot()
            yield  # the controls answer once that is on screen, not while it is being painted

    def rest_built(self) -> None:
        self.descent_view.animate_button.setEnabled(True)
        for view in self._views():
            view.refresh_texts()

    # ------------------------------------------------------------------ texts
    def retranslate_ui(self) -> None:
        for view in self._views():
            view.retranslate_ui()
        self.guide.set_content(self.tr("Lesson: losses and the learning rate"), self._guide_html())

    def _guide_html(self) -> str:
        concept = self.tr(
            "A loss measures how far the prediction ŷ is from the truth y. Its derivative "
            "decides each update: L2's shrinks near the optimum, so steps slow down; L1's is ±1 "
            "everywhere, a constant pull that overshoots near 0; Huber is L1 far away and L2 "
            "close. Minimising a loss is maximum likelihood for the noise density e^(−loss). "
            "The learning rate scales every step: too small crawls, too large oscillates or "
            "diverges. A minibatch gradient is a noisy estimate: small batches wander, large "
            "ones cost more per step.")
        formula = ("l(y, y′) = ½(y − y′)² &nbsp;·&nbsp; |y − y′| &nbsp;·&nbsp; Huber; "
                   "&nbsp; <b>w</b> ← <b>w</b> − η·(1/|B|)·Σ<sub>i∈B</sub>∂l<sub>i</sub>/∂<b>w</b>")
        tries = [
            self.tr("Animate L2, then L1 from the same start: which one arrives, which hops?"),
            self.tr("Make δ small or large: Huber turns into L1 or into L2."),
            self.tr("Slide η past 1 and past 2 for x²/2; the 2-D bowl breaks earlier — why?"),
            self.tr("Batch size 1 against 200: compare the paths and the examples processed."),
        ]
        items = "".join(f"<li>{html.escape(t)}</li>" for t in tries)
        section = self.tr("Course: softmax 回归 — 损失函数; 基础优化算法 — 学习率, 批量大小")
        return (f"<p>{html.escape(concept)}</p>"
                f"<p align='center' style='font-family:serif'>{formula}</p>"
                f"<ul>{items}</ul><p style='color:gray'>{html.escape(section)}</p>")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt naming)
        """A live light/dark switch: titles, axes and legends re-read the theme's colours."""
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            for view in self._views():
                view.follow_theme()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt naming)
        super().showEvent(event)
        if not self.descent_view.drawn and self.is_built():
            # After the window is up: engine.losses may import torch for its type checks.
            QTimer.singleShot(0, self.descent_view.update_loss_plot)

    # ------------------------------------------------------------------ what scripts use
    @property
    def _loss_drawn(self) -> bool:
        return self.descent_view.drawn

    @property
    def animate_button(self):  # noqa: ANN201
        return self.descent_view.animate_button

    @property
    def loss_curve(self):  # noqa: ANN201 - a plot item, once built
        return self.descent_view.loss_curve

    @property
    def loss_plot(self) -> pg.PlotWidget:
        return self.descent_view.loss_plot

    @property
    def race_plot(self) -> pg.PlotWidget:
        return self.descent_view.race_plot

    @property
    def gd1d_plot(self) -> pg.PlotWidget:
        return self.rate_view.gd1d_plot

    @property
    def gd2d_plot(self) -> pg.PlotWidget:
        return self.rate_view.gd2d_plot

    @property
    def sgd_plot(self) -> pg.PlotWidget:
        return self.minibatch_view.sgd_plot

    @property
    def sgd_loss_plot(self) -> pg.PlotWidget:
        return self.minibatch_view.sgd_loss_plot

    @property
    def sgd_loss_curve(self):  # noqa: ANN201
        return self.minibatch_view.sgd_loss_curve

    def plots(self) -> list[pg.PlotWidget]:
        return [p for view in self._views() for p in view.plots()]

    def loss_name(self) -> str:
        return self.descent_view.loss_name()

    def animation_position(self) -> float:
        """The current ŷ − y of the moving point."""
        return self.descent_view.descent.position()

    def update_loss_plot(self) -> None:
        self.descent_view.update_loss_plot()

    # ------------------------------------------------------------------ lifecycle
    def shutdown(self) -> None:
        self.descent_view.shutdown()
