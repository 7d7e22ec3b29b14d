"""Writing the training tab's metrics (CSV) and plots (PNG/SVG), atomically.

A plot is exported as it is shown — title, axis labels, legend naming each run — one file per
group of comparable runs, plus the accuracy plot when a shown run has an accuracy.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox

from gui.tasks import TaskSlot
from gui.training_session import Run, params_text
from gui.widgets.metric_plots import LivePlotWidget, MetricPlots


def write_metrics_csv(rows: list[dict[str, Any]], path: str | Path) -> Path:
    """``rows`` (long format, one dict per row) as CSV at ``path``; empty values for None."""
    from engine.paths import atomic_write_text

    columns = list(rows[0])
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: "" if v is None else v for k, v in row.items()})
    atomic_write_text(path, buffer.getvalue())
    return Path(path)


def slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower() or "group"


def plot_files(plots: MetricPlots, path: str | Path) -> list[tuple[Path, LivePlotWidget, str]]:
    """(file, plot, group key) for each plot an export writes: ``<stem>-loss.<ext>`` (or
    ``<stem>-loss-<group>.<ext>`` when several groups are shown) and ``<stem>-accuracy.<ext>``."""
    path = Path(path)
    ext = path.suffix.lower()
    targets = plots.export_targets()
    groups = [t for t in targets if t[0] != "accuracy"]
    files = []
    for key, plot in targets:
        if key == "accuracy":
            part = "accuracy"
        elif len(groups) == 1:
            part = "loss"
        else:
            part = f"loss-{slug(key)}"
        files.append((path.with_name(f"{path.stem}-{part}{ext}"), plot, key))
    return files


def render_plot(plot: LivePlotWidget, ext: str, title: str) -> bytes:
    """One plot as PNG (at least 800 px wide, everything scaled alike) or SVG bytes."""
    from PySide6.QtCore import QBuffer, QIODevice, QPoint
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgGenerator
    from PySide6.QtWidgets import QWidget

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if ext == ".svg":
        # pyqtgraph's SVGExporter cannot parse Qt 6.12's path data; Qt's own SVG generator
        # renders the same scene as vectors.
        generator = QSvgGenerator()
        generator.setOutputDevice(buffer)
        generator.setSize(plot.size())
        generator.setViewBox(plot.rect())
        generator.setTitle(title)
        painter = QPainter(generator)
        QWidget.render(plot, painter, QPoint())
        painter.end()
    else:
        # The widget as drawn, scaled up as a whole: pyqtgraph's ImageExporter enlarges axes
        # and title but not the legend.
        scale = max(2.0, 800 / max(1, plot.width()))
        image = QImage(int(plot.width() * scale), int(plot.height() * scale),
                       QImage.Format.Format_ARGB32)
        image.fill(plot.backgroundBrush().color())
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.scale(scale, scale)
        QWidget.render(plot, painter, QPoint())  # as painted, not QGraphicsView.render
        painter.end()
        image.save(buffer, "PNG")
    return bytes(buffer.data())


def export_plots(plots: MetricPlots, path: str | Path) -> list[Path]:
    """Write every shown plot next to ``path``; returns the files written."""
    from engine.paths import atomic_write_bytes

    ext = Path(path).suffix.lower()
    plots.redraw(force=True)
    shown = plots.current_group()
    written = []
    try:
        for target, plot, key in plot_files(plots, path):
            if key != "accuracy":
                plots.show_group(key)  # laid out and sized like the one on screen
            atomic_write_bytes(target, render_plot(plot, ext, f"DiveLab {target.stem}"))
            written.append(target)
    finally:
        plots.show_group(shown)
    return written


class TrainingExporter(QObject):
    """File ▸ Export for the training tab: the save dialog, and saving a run's model."""

    def __init__(self, tab) -> None:  # noqa: ANN001  (the TrainingTab)
        super().__init__(tab)
        self.tab = tab
        self._saving = TaskSlot(self, done=self._on_model_saved,
                                error=lambda exc: tab._set_status("save_failed", exc))

    def run_dialog(self, kind: str | None) -> None:
        """Ask where to write ``kind`` (csv, png, svg, pt; None: let the user choose) and write."""
        tab = self.tab
        filters = {"csv": self.tr("Metrics (*.csv)"), "png": self.tr("Plots as PNG image (*.png)"),
                   "svg": self.tr("Plots as SVG drawing (*.svg)"),
                   "pt": self.tr("Model checkpoint (*.pt)")}
        order = [kind] if kind else list(filters)
        from engine.paths import documents_dir, user_data_dir

        default_dir = user_data_dir() / "models" if kind == "pt" else documents_dir()
        suggested = {"csv": "training-metrics.csv", "png": "training-curves.png",
                     "svg": "training-curves.svg",
                     "pt": default_model_name(tab._selected_run()) + ".pt"}
        first = order[0]
        path, chosen = QFileDialog.getSaveFileName(
            tab, self.tr("Export"), str(Path(default_dir) / suggested[first]),
            ";;".join(filters[k] for k in order))
        if not path:
            return
        ext = Path(path).suffix.lower().lstrip(".")
        if ext not in filters:
            ext = next((k for k, v in filters.items() if v == chosen), first)
            path = str(Path(path).with_suffix("." + ext))
        try:
            if ext == "csv":
                written = [tab.export_metrics_csv(path)]
            elif ext in ("png", "svg"):
                written = tab.export_plots(path)
            else:
                tab.save_model(path)
                return
        except (OSError, ValueError) as exc:
            tab._set_status("save_failed", exc)
            QMessageBox.warning(tab, self.tr("Export"), str(exc))
            return
        tab._set_status("saved", ", ".join(str(p) for p in written))

    def save_model(self, run: Run | None, path: str | Path | None = None) -> Path | None:
        """Save ``run``'s model as a checkpoint, by default into the models folder that the
        classifier tab lists (``user_data_dir()/models``). Saving runs on a worker."""
        from engine import training_jobs

        tab = self.tab
        if run is None or run.model_key is None or run.status not in ("completed", "stopped"):
            tab._set_status("save_failed", self.tr("select a finished run first"))
            return None
        if path is None:
            from engine.paths import user_data_dir

            folder = user_data_dir() / "models"
            folder.mkdir(parents=True, exist_ok=True)
            stem = default_model_name(run)
            path = folder / f"{stem}.pt"
            n = 2
            while path.exists():
                path = folder / f"{stem}-{n}.pt"
                n += 1
        path = Path(path)
        name = f"{run.name} {params_text(run.config)}"
        self._saving.start(training_jobs.save_checkpoint, run.model_key, str(path), name,
                           in_torch_process=True)
        return path

    def _on_model_saved(self, path: str) -> None:
        self.tab._set_status("saved", path)
        self.tab.context.modelSaved.emit(path)  # the classifier lists it at once


def default_model_name(run: Run | None) -> str:
    """task-impl-lr…-b…[-acc…]: says what the checkpoint is in the classifier's list."""
    if run is None:
        return "model"
    config = run.config
    acc = run.epochs[-1].test_acc if run.epochs else None
    stem = f"{config['task']}-{config['impl']}-lr{config['lr']:g}-b{config['batch_size']}"
    if acc is not None:
        stem += f"-acc{acc:.3f}"
    return re.sub(r"[^A-Za-z0-9._-]+", "_", stem)
