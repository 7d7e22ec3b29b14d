"""The main window's tabs, in course order.

Each entry names the tab's objectName and where its class lives; the window imports a tab's
module (on a worker) when the tab is first shown.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class TabSpec:
    object_name: str
    module: str
    class_name: str


TAB_SPECS: tuple[TabSpec, ...] = (
    TabSpec("tensorTab", "gui.tabs.tensor_tab", "TensorTab"),
    TabSpec("notebookTab", "gui.tabs.notebook_tab", "NotebookTab"),
    TabSpec("preprocessTab", "gui.tabs.preprocess_tab", "PreprocessTab"),
    TabSpec("trainingTab", "gui.tabs.training_tab", "TrainingTab"),
    TabSpec("classifierTab", "gui.tabs.classifier_tab", "ClassifierTab"),
    TabSpec("perceptronTab", "gui.tabs.perceptron_tab", "PerceptronTab"),
    TabSpec("lossTab", "gui.tabs.loss_tab", "LossTab"),
)
