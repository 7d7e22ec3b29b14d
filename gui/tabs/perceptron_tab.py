"""The perceptron tab: two lessons on one set of 2-D points.

* :mod:`gui.tabs.perceptron_lesson` — the Qt-free state and course rules of both lessons;
* :mod:`gui.tabs.perceptron_data_panel` — the points (generate, click, CSV);
* :mod:`gui.tabs.perceptron_view` — train the perceptron one sample at a time, its convergence
  bound, XOR;
* :mod:`gui.tabs.perceptron_mlp_view` — the multilayer perceptron that solves XOR.

This module only hosts them. Built staged (see :class:`gui.tabs.base.LabTab`): the controls
first, then one plot per event-loop turn.
"""

from __future__ import annotations

import html
from pathlib import Path

import numpy.random  # noqa: F401 - the first points need it; load it with this module, not later
from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QHBoxLayout, QScrollArea, QSplitter, QVBoxLayout, QWidget

from engine import perceptron as P
from engine import toy2d
from gui.context import LabContext
from gui.tabs.base import LabTab
from gui.tabs.perceptron_data_panel import PointsPanel
from gui.tabs.perceptron_lesson import LIMIT, PerceptronLesson
from gui.tabs.perceptron_mlp_view import GRID, MLP_STEPS_PER_TICK, MlpLessonView
from gui.tabs.perceptron_view import PerceptronLessonView
from gui.widgets.lesson_guide import LessonGuide, guide_html

__all__ = ["GRID", "LIMIT", "MLP_STEPS_PER_TICK", "PerceptronTab"]


class SidePanel(QScrollArea):
    """A panel that scrolls vertically only, as wide as its widest control plus the scroll bar
    (which depends on the language and the font), so nothing is cut at its right edge."""

    def setWidget(self, widget: QWidget) -> None:  # noqa: N802 (Qt naming)
        super().setWidget(widget)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()   # its controls changed size: so may the panel
        return super().eventFilter(watched, event)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        hint = super().minimumSizeHint()
        if self.widget() is None:
            return hint
        width = (self.widget().minimumSizeHint().width() + 2 * self.frameWidth()
                 + self.verticalScrollBar().sizeHint().width())
        return QSize(width, hint.height())


class PerceptronTab(LabTab):
    OBJECT_NAME = "perceptronTab"
    STAGED = True

    def __init__(self, parent: QWidget | None = None, staged: bool = False,
                 context: LabContext | None = None) -> None:
        super().__init__(parent, context)
        self.lesson = PerceptronLesson()
        self.points_panel = PointsPanel(self.lesson)
        self.perceptron_view = PerceptronLessonView(self.lesson)
        self.mlp_view = MlpLessonView(self.lesson)

        panel = QWidget()
        col = QVBoxLayout(panel)
        col.setContentsMargins(0, 0, 4, 0)
        col.addWidget(self.points_panel)
        col.addWidget(self.perceptron_view.controls)
        col.addWidget(self.perceptron_view.theorem_group)
        col.addStretch(1)
        self.controls_scroll = SidePanel(self)
        self.controls_scroll.setObjectName("perceptronControls")
        self.controls_scroll.setWidget(panel)
        self.controls_scroll.setWidgetResizable(True)
        self.controls_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.controls_scroll.setMaximumWidth(380)

        mlp_column = QSplitter(Qt.Orientation.Vertical)
        mlp_column.setObjectName("mlpColumn")
        mlp_column.addWidget(self.mlp_view)
        self.guide = LessonGuide(None, expanded=True)
        mlp_column.addWidget(self.guide)
        mlp_column.setStretchFactor(0, 3)
        mlp_column.setStretchFactor(1, 1)
        mlp_column.setSizes([540, 230])
        self.right = QSplitter(Qt.Orientation.Horizontal, self)
        self.right.setObjectName("perceptronSplitter")
        self.right.addWidget(self.perceptron_view)
        self.right.addWidget(mlp_column)
        for index in (0, 1):  # the two lessons side by side, equally wide
            self.right.setStretchFactor(index, 1)
        self.right.setSizes([400, 400])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.controls_scroll)
        layout.addWidget(self.right, 1)

        for box in (self.controls_scroll, self.mlp_view.group):
            box.setEnabled(False)  # until the plots they act on exist
        self._staged = staged
        self.build_rest(self._build_plots(), staged)

    def _build_plots(self):  # noqa: ANN202 - a generator of construction steps
        """The three plots, one per step, then the data drawn on them.

        Built staged, the theorem's margin (an iterative solve, tens of milliseconds) is left to
        a worker once the tab is up, so it does not compete with the build.
        """
        self.perceptron_view.make_boundary_plot()
        yield
        self.mlp_view.make_plot()
        yield
        self.perceptron_view.make_mistakes_plot()
        yield
        self.lesson.restart(None if self._staged else self.lesson.compute_margin())
        self._connect()
        self.mlp_view.points_changed(reset=True)
        yield  # each plot's data drawn, and painted, in a turn of its own
        self.perceptron_view.redraw()
        yield  # the controls answer once all is on screen, not while it is being painted

    def rest_built(self) -> None:
        for box in (self.controls_scroll, self.mlp_view.group):
            box.setEnabled(True)
        if self.lesson.margin is None:
            self.perceptron_view.compute_margin_in_background()

    def _connect(self) -> None:
        self.points_panel.connect_controls()
        self.points_panel.pointsChanged.connect(self._points_changed)
        for canvas in (self.perceptron_view.boundary_plot, self.mlp_view.mlp_plot):
            canvas.pointAdded.connect(self.points_panel.add_point)
            canvas.removeRequested.connect(self.points_panel.remove_point_near)
        self.perceptron_view.connect_controls()
        self.mlp_view.connect_controls()

    def _points_changed(self, reset_mlp: bool) -> None:
        self.points_panel.refresh_count()
        self.perceptron_view.points_changed()
        self.mlp_view.points_changed(reset_mlp)

    # ------------------------------------------------------------------ texts
    def retranslate_ui(self) -> None:
        self.points_panel.retranslate_ui()
        self.perceptron_view.retranslate_ui()
        self.mlp_view.retranslate_ui()
        escape = html.escape   # translated prose goes into rich text
        self.guide.set_content(self.tr("Lesson: the perceptron"), guide_html(
            escape(self.tr(
                "A perceptron outputs o = sign(⟨w, x⟩ + b): a line splits the plane into "
                "class +1 and class −1. Training looks at one sample at a time and, when it "
                "is misclassified, moves w and b towards it. That is stochastic gradient "
                "descent with batch size 1 on the loss max(0, −y⟨w, x⟩). If some line "
                "separates the data with margin ρ, it stops after at most (r² + 1)/ρ² "
                "updates; XOR has no such line, so it never stops.")),
            "if <i>y</i><sub>i</sub>[⟨<b>w</b>, <b>x</b><sub>i</sub>⟩ + <i>b</i>] ≤ 0: "
            "<b>w</b> ← <b>w</b> + <i>y</i><sub>i</sub><b>x</b><sub>i</sub>, "
            "<i>b</i> ← <i>b</i> + <i>y</i><sub>i</sub>",
            [escape(self.tr("Step through a separable set and watch each update turn the "
                            "line.")),
             escape(self.tr("Shrink the margin: the bound (r² + 1)/ρ² grows, and so do the "
                            "updates.")),
             escape(self.tr("Pick XOR: the perceptron cycles for ever. Tick x₁x₂ and it "
                            "succeeds.")),
             escape(self.tr("Train the MLP on XOR and show the hidden units' lines: each is a "
                            "perceptron, and the output layer combines them."))],
            escape(self.tr("Course: 感知机 — training, convergence theorem, the XOR problem, "
                           "multilayer perceptron"))))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt naming)
        """A live light/dark switch: the plots re-read the theme's colours."""
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange) \
                and self.is_built() and self.perceptron_view.boundary_plot is not None:
            self.perceptron_view.follow_theme()
            if self.mlp_view.mlp_plot is not None:
                self.mlp_view.mlp_plot.follow_theme()
        super().changeEvent(event)

    # ------------------------------------------------------------------ what scripts use
    @property
    def data(self) -> toy2d.Toy2D:
        return self.lesson.data

    @property
    def perceptron(self) -> P.Perceptron:
        return self.lesson.perceptron

    @property
    def boundary_plot(self):  # noqa: ANN201 - the PointCanvas, once built
        return self.perceptron_view.boundary_plot

    @property
    def mlp_plot(self):  # noqa: ANN201
        return self.mlp_view.mlp_plot

    @property
    def step_button(self):  # noqa: ANN201
        return self.perceptron_view.step_button

    @property
    def mlp_train_button(self):  # noqa: ANN201
        return self.mlp_view.mlp_train_button

    @property
    def hidden_spin(self):  # noqa: ANN201
        return self.mlp_view.hidden_spin

    def set_data(self, data: toy2d.Toy2D) -> None:
        self.points_panel.set_data(data)

    def save_csv(self, path: str | Path) -> bool:
        return self.points_panel.save_csv(path)

    def load_csv(self, path: str | Path) -> bool:
        return self.points_panel.load_csv(path)

    def export(self) -> None:
        self.points_panel.ask_save()

    def run_steps(self, n: int) -> None:
        self.perceptron_view.run_steps(n)

    def mlp_tick(self) -> None:
        self.mlp_view.mlp_tick()

    def train_mlp(self, steps: int) -> None:
        self.mlp_view.train_mlp(steps)

    def margin_pending(self) -> bool:
        return self.lesson.margin is None

    # ------------------------------------------------------------------ lifecycle
    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt naming)
        """Another tab came to the front: pause both animations (nothing to watch)."""
        self.perceptron_view.stop_run()
        self.mlp_view.pause()
        if self.is_built():
            self.perceptron_view.refresh_texts()
        super().hideEvent(event)

    def shutdown(self) -> None:
        self.perceptron_view.shutdown()
        self.mlp_view.shutdown()
