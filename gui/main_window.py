"""DiveLab's main window: course-ordered tabs, menus, status bar, settings."""

from __future__ import annotations

import importlib
import logging
from pathlib import Path

import shiboken6
from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from engine import torch_jobs
from gui import i18n, pyside_imports, theme, worker
from gui.context import LabContext, RegressionTable
from gui.i18n import tr_format
from gui.settings import dataset_folder, set_dataset_folder, settings
from gui.tabs import TAB_SPECS, TabSpec
from gui.tabs.base import LabTab
from gui.tasks import TaskSlot

log = logging.getLogger(__name__)

DEFAULT_SIZE = QSize(1280, 800)
#: The application's name; main.py gives it to Qt as the display name that ends window titles.
APP_NAME = "DiveLab"
#: Imported on a worker after the tabs' own modules: what their first actions need (pandas for
#: the first table, nbformat for the first notebook). torch is never imported here: what needs
#: it runs in the torch process (engine.torch_process).
WARM_UP_AFTER_TABS = ("engine.tabular", "engine.pipeline", "engine.notebook")
#: What a tab's construction imports on the way, besides its own module.
TAB_NEEDS = {"notebookTab": ("engine.notebook", "engine.nbgrader_format")}


class PendingTab(LabTab):
    """A light page standing in for a tab until it is first shown and built.

    Building every tab up front costs seconds; building one the moment it is clicked would
    freeze the window while its modules load. The page says so while that happens off the GUI
    thread.
    """

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        self.OBJECT_NAME = object_name
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setStyleSheet("color: gray")
        QVBoxLayout(self).addWidget(self.label)

    def retranslate_ui(self) -> None:
        self.label.setText(self.tr("Preparing this part of the lab…"))


class MainWindow(QMainWindow):
    """Hosts the tabs. Knows nothing of torch: device and dataset are probed on a worker."""

    #: False for throw-away windows (screenshots): closing them leaves the user's settings alone.
    persist_settings = True

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        pyside_imports.install()  # before the preloads: they import hundreds of modules
        self.setObjectName("mainWindow")
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("mainTabs")
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        # The tabs reach the window and each other only through this.
        self.context = LabContext(self)
        self.context.showTabRequested.connect(self._show_requested_tab)
        self.context.statusMessage.connect(lambda text, ms: self.statusBar().showMessage(text, ms))
        self.context.set_regression_receiver(self._send_regression_table)
        # Only the tab on screen is built before the window appears. Another is built when it is
        # first shown: its modules import on a worker, then it is built in slices (staged) so
        # the window keeps answering. Scripts and tests asking for a tab get it built at once.
        self._specs = {spec.object_name: spec for spec in TAB_SPECS}
        self._tab_widgets: dict[str, LabTab] = {}
        self._requested: dict[str, list] = {}
        self._warmed_up = False
        self._painted = False
        for spec in TAB_SPECS:
            pending = PendingTab(spec.object_name, self)
            pending.retranslate_ui()
            self._tab_widgets[spec.object_name] = pending
            self.tabs.addTab(pending, spec.object_name)

        self.device_label = QLabel(self)
        self.device_label.setObjectName("deviceStatus")
        self.dataset_label = QLabel(self)
        self.dataset_label.setObjectName("datasetStatus")
        # A long dataset path or device name is cut on a small screen (the tooltip has it all),
        # never a reason for the window to be wider than the screen.
        for label in (self.device_label, self.dataset_label):
            label.setMinimumWidth(80)
        self.statusBar().addPermanentWidget(self.dataset_label)
        self.statusBar().addPermanentWidget(self.device_label)
        self._device_text: str | None = None
        self._dataset_state: tuple[bool, str] | None = None
        self._environment_probe = TaskSlot(self, done=self._on_environment)

        self._build_menus()
        self.setAcceptDrops(True)
        self._restore_settings()
        self.tab(self.tabs.currentWidget().objectName())
        self.tabs.currentChanged.connect(self._on_current_changed)
        self.retranslate_ui()
        # Warm up (imports, the torch process, the device/dataset probe) once the window is up.
        worker.after_startup(self._warm_up)

    # ----------------------------------------------------------------- construction
    def paintEvent(self, event) -> None:  # noqa: N802, ANN001
        super().paintEvent(event)
        self._painted = True
        if not self._warmed_up:
            QTimer.singleShot(0, self, self._warm_up)  # right after the first paint

    def _warm_up(self) -> None:
        """Import what the tabs need on a worker, so the GUI thread finds it ready, and start
        the torch process, which imports torch and answers the device and dataset probe."""
        if self._warmed_up:
            return
        self._warmed_up = True
        worker.note_activity()  # the window just appeared: the student is about to click
        worker.watch_input(self)
        modules = [spec.module for spec in TAB_SPECS]
        worker.preload(["pyqtgraph", "superqt", *modules, *WARM_UP_AFTER_TABS])
        self.refresh_environment()  # its call starts the torch process

    def _create_tab(self, spec: TabSpec, staged: bool = False) -> LabTab:
        module = importlib.import_module(spec.module)
        if worker.is_imported("pyqtgraph"):  # not while the preload is half-way through it
            theme.configure_plots()  # the module may have just loaded pyqtgraph
        cls = getattr(module, spec.class_name)
        if staged and cls.STAGED:
            tab = cls(self, staged=True, context=self.context)
        else:
            tab = cls(self, context=self.context)
        tab.setObjectName(spec.object_name)
        return tab

    def _realize(self, object_name: str, staged: bool = False) -> LabTab:
        """Build the real tab in place of its pending page (no-op when already built)."""
        tab = self._tab_widgets[object_name]
        if not isinstance(tab, PendingTab):
            return tab
        real = self._create_tab(self._specs[object_name], staged)
        index = self.tabs.indexOf(tab)
        title = self.tabs.tabText(index)
        was_current = self.tabs.currentIndex() == index
        blocked = self.tabs.blockSignals(True)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, real, title)
        if was_current:
            self.tabs.setCurrentIndex(index)
        self.tabs.blockSignals(blocked)
        self._tab_widgets[object_name] = real
        tab.deleteLater()
        real.retranslate_ui()
        title_changed = getattr(real, "titleChanged", None)
        if title_changed is not None:
            title_changed.connect(self._show_document_title)
            self._show_document_title()
        notice = getattr(real, "restored_notice", None)
        if callable(notice) and notice():
            self.statusBar().showMessage(notice(), 20000)
        self._update_export_action()
        return real

    def _on_current_changed(self, index: int) -> None:
        worker.note_activity()
        page = self.tabs.widget(index)
        if isinstance(page, PendingTab):
            if self._painted:
                self.with_tab(page.objectName())
            else:  # nothing on screen yet, so no one to keep waiting (scripts, tests)
                self.tab(page.objectName())

    def with_tab(self, object_name: str, then=None) -> None:  # noqa: ANN001
        """Build a tab without freezing the window, then call ``then(tab)`` (if given).

        The tab's modules are imported on a worker first; the tab then builds staged. A tab
        that is already built, or whose modules are already in, is handled in this turn.
        """
        tab = self._tab_widgets[object_name]
        if not isinstance(tab, PendingTab):
            if then is not None:
                then(tab)
            return
        waiting = object_name in self._requested
        self._requested.setdefault(object_name, [])
        if then is not None:
            self._requested[object_name].append(then)
        modules = [self._specs[object_name].module, *TAB_NEEDS.get(object_name, ())]
        if all(worker.is_imported(m) for m in modules):
            self._realize_requested(object_name)
        elif not waiting:
            worker.when_imported(modules, lambda: self._realize_requested(object_name))

    def _realize_requested(self, object_name: str) -> None:
        if not shiboken6.isValid(self) or object_name not in self._requested:
            return
        callbacks = self._requested.pop(object_name)
        tab = self._realize(object_name, staged=True)
        for callback in callbacks:
            callback(tab)

    def _show_then(self, object_name: str, method: str, *args) -> None:  # noqa: ANN002
        """Show a tab (building it first, without freezing) and call one of its methods."""
        def call(tab: LabTab) -> None:
            self.tabs.setCurrentWidget(tab)
            getattr(tab, method)(*args)

        self.tabs.setCurrentWidget(self._tab_widgets[object_name])  # its placeholder, if pending
        self.with_tab(object_name, call)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.new_notebook_action = QAction(self, objectName="newNotebookAction")
        self.new_notebook_action.setShortcut(QKeySequence("Ctrl+N"))
        self.new_notebook_action.triggered.connect(
            lambda: self._show_then("notebookTab", "new_notebook"))
        self.open_notebook_action = QAction(self, objectName="openNotebookAction")
        self.open_notebook_action.setShortcut(QKeySequence("Ctrl+O"))
        self.open_notebook_action.triggered.connect(
            lambda: self._show_then("notebookTab", "open_dialog"))
        self.recent_menu = QMenu(self.file_menu)
        self.recent_menu.setObjectName("recentNotebooksMenu")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.save_action = QAction(self, objectName="saveAction")
        self.save_action.setShortcut(QKeySequence("Ctrl+S"))
        self.save_action.triggered.connect(lambda: self._call_current("save"))
        self.save_as_action = QAction(self, objectName="saveAsAction")
        self.save_as_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.save_as_action.triggered.connect(lambda: self._call_current("save_as"))
        self._file_keys = {action: action.shortcut() for action in (
            self.new_notebook_action, self.open_notebook_action, self.save_action,
            self.save_as_action)}
        self.file_menu.addActions([self.new_notebook_action, self.open_notebook_action])
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.save_action, self.save_as_action])
        self.file_menu.addSeparator()
        self.choose_data_action = QAction(self, objectName="chooseDatasetAction")
        self.choose_data_action.triggered.connect(self.choose_dataset_folder)
        self.export_action = QAction(self, objectName="exportAction")
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.triggered.connect(self._export_current)
        self.quit_action = QAction(self, objectName="quitAction")
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.choose_lab_action = QAction(self, objectName="chooseLabAction")
        self.choose_lab_action.triggered.connect(self.choose_lab_folder)
        self.file_menu.addActions([self.choose_data_action, self.choose_lab_action,
                                   self.export_action])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.view_menu = bar.addMenu("")
        self.language_menu = self.view_menu.addMenu("")
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in i18n.LANGUAGE_NAMES.items():
            action = QAction(name, self, checkable=True, objectName=f"language_{code}")
            action.triggered.connect(lambda _=False, c=code: self.set_language(c))
            self.language_group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action
        self.theme_menu = self.view_menu.addMenu("")
        self.theme_group = QActionGroup(self)
        self.theme_actions: dict[str, QAction] = {}
        for mode in theme.THEMES:
            action = QAction(self, checkable=True, objectName=f"theme_{mode}")
            action.triggered.connect(lambda _=False, m=mode: self.set_theme(m))
            self.theme_group.addAction(action)
            self.theme_menu.addAction(action)
            self.theme_actions[mode] = action

        self.help_menu = bar.addMenu("")
        self.labs_action = QAction(self, objectName="labsAction")
        self.labs_action.triggered.connect(lambda: self._show_then("notebookTab", "open_labs"))
        self.help_menu.addAction(self.labs_action)
        self.about_action = QAction(self, objectName="aboutAction")
        self.about_action.triggered.connect(self.show_about)
        self.help_menu.addAction(self.about_action)
        self.tabs.currentChanged.connect(lambda _: self._update_export_action())

    # ----------------------------------------------------------------- texts
    def retranslate_ui(self) -> None:
        titles = {
            "tensorTab": self.tr("Tensors"),
            "notebookTab": self.tr("Notebooks"),
            "preprocessTab": self.tr("Preprocessing"),
            "trainingTab": self.tr("Training"),
            "classifierTab": self.tr("Classifier"),
            "perceptronTab": self.tr("Perceptron"),
            "lossTab": self.tr("Losses"),
        }
        self._titles = titles
        for index in range(self.tabs.count()):
            name = self.tabs.widget(index).objectName()
            self.tabs.setTabText(index, titles.get(name, name))
        self._show_document_title()
        self.file_menu.setTitle(self.tr("&File"))
        self.new_notebook_action.setText(self.tr("&New notebook"))
        self.open_notebook_action.setText(self.tr("&Open notebook…"))
        self.recent_menu.setTitle(self.tr("Open &recent"))
        self.save_action.setText(self.tr("&Save"))
        self.save_as_action.setText(self.tr("Save &as…"))
        self.choose_data_action.setText(self.tr("Choose &dataset folder…"))
        self.choose_lab_action.setText(self.tr("Choose &lab folder…"))
        self.choose_lab_action.setToolTip(self.tr(
            "The folder your code runs in: the sandbox and new notebooks work in its "
            "notebooks/ folder, so the course's ../data is its data/ folder"))
        self.export_action.setText(self.tr("&Export…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.theme_menu.setTitle(self.tr("&Theme"))
        theme_names = {"system": self.tr("Follow system"), "light": self.tr("Light"),
                       "dark": self.tr("Dark")}
        for mode, action in self.theme_actions.items():
            action.setText(theme_names[mode])
        self.help_menu.setTitle(self.tr("&Help"))
        self.labs_action.setText(self.tr("&Labs…"))
        self.about_action.setText(self.tr("&About DiveLab"))
        self._show_environment()

    def changeEvent(self, event) -> None:
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # ----------------------------------------------------------------- language / theme
    def set_language(self, lang: str) -> None:
        lang = i18n.set_language(lang)
        self.language_actions[lang].setChecked(True)
        settings().setValue("ui/language", lang)

    def set_theme(self, mode: str) -> None:
        theme.apply_theme(mode)
        self.theme_actions[mode].setChecked(True)
        settings().setValue("ui/theme", mode)

    # ----------------------------------------------------------------- tabs
    def tab(self, object_name: str) -> LabTab:
        """The tab, completely built now (scripts, tests, screenshots)."""
        waiting = self._requested.pop(object_name, [])
        tab = self._realize(object_name)
        tab.finish_building()
        for callback in waiting:  # what was asked for while its modules loaded
            callback(tab)
        return tab

    def show_tab(self, object_name: str) -> LabTab:
        tab = self.tab(object_name)
        self.tabs.setCurrentWidget(tab)
        return tab

    def _show_requested_tab(self, object_name: str) -> None:
        """A tab asked to bring another to the front: shown at once, built without freezing."""
        if object_name in self._specs:
            self.tabs.setCurrentWidget(self._tab_widgets[object_name])

    def _send_regression_table(self, table: RegressionTable) -> None:
        """The Preprocessing tab's cleaned table (checked by the context), to train on in the
        Training tab — built first if need be, without freezing the window."""
        self._show_then("trainingTab", "use_regression_table", table)

    def _export_current(self) -> None:
        tab = self.tabs.currentWidget()
        if hasattr(tab, "export") and callable(tab.export):
            tab.export()

    def _update_export_action(self) -> None:
        """Export, Save and Save as act on the current tab, when it has them."""
        tab = self.tabs.currentWidget()
        self.export_action.setEnabled(callable(getattr(tab, "export", None)))
        self.save_action.setEnabled(callable(getattr(tab, "save", None)))
        self.save_as_action.setEnabled(callable(getattr(tab, "save_as", None)))
        self._yield_shortcuts(tab)
        self._show_document_title()

    def _yield_shortcuts(self, tab: QWidget | None) -> None:
        """A key the current tab binds itself (its own Open or Save) is left to the tab.

        Qt fires neither of two shortcuts on the same key ("ambiguous"), so the File menu's
        key steps back while such a tab is showing.
        """
        own = set()
        if tab is not None:
            own |= {s.key().toString() for s in tab.findChildren(QShortcut)}
            own |= {a.shortcut().toString() for a in tab.findChildren(QAction)}
        for action, keys in self._file_keys.items():
            wanted = QKeySequence() if keys.toString() in own else keys
            if action.shortcut() != wanted:
                action.setShortcut(wanted)

    def _call_current(self, method: str) -> None:
        function = getattr(self.tabs.currentWidget(), method, None)
        if callable(function):
            function()

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        notebooks = self._tab_widgets.get("notebookTab")
        paths = notebooks.recent_paths() if hasattr(notebooks, "recent_paths") else []
        for path in paths:
            action = self.recent_menu.addAction(Path(path).name)
            action.setToolTip(path)
            action.setStatusTip(path)
            action.triggered.connect(
                lambda _=False, p=path: self._show_then("notebookTab", "open_path", p))
        if not paths:
            empty = self.recent_menu.addAction(self.tr("No recent notebooks"))
            empty.setEnabled(False)

    def _show_document_title(self) -> None:
        """The notebook's name and unsaved marker on its tab and, while it shows, the window.

        Titles end with the application's name: Qt adds " — DiveLab" to any title that does
        not (X11, Windows), so the name shows once everywhere.
        """
        base = self.tr("Dive into Deep Learning interactive lab") + f" — {APP_NAME}"
        titles = getattr(self, "_titles", {})
        tab = self._tab_widgets.get("notebookTab")
        name = tab.document_name() if hasattr(tab, "document_name") else ""
        dirty = bool(tab is not None and tab.has_unsaved_changes())
        index = self.tabs.indexOf(tab) if tab is not None else -1
        if index >= 0 and "notebookTab" in titles:
            self.tabs.setTabText(index, titles["notebookTab"] + (" *" if dirty else ""))
        if name and self.tabs.currentWidget() is tab:
            self.setWindowTitle(f"{name}[*] — {APP_NAME}")
            self.setWindowModified(dirty)
        else:
            self.setWindowTitle(base)
            self.setWindowModified(False)

    # ----------------------------------------------------------------- drops
    def dragEnterEvent(self, event) -> None:  # noqa: N802, ANN001
        if _dropped_notebook(event):
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:  # noqa: N802, ANN001
        if _dropped_notebook(event):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802, ANN001
        """A .ipynb dropped anywhere on the window opens in the Notebooks tab."""
        path = _dropped_notebook(event)
        if path:
            event.acceptProposedAction()
            self._show_then("notebookTab", "open_path", path)

    # ----------------------------------------------------------------- environment
    def environment_known(self) -> bool:
        """True once the device and dataset probe has answered."""
        return self._device_text is not None and self._dataset_state is not None

    def refresh_environment(self) -> None:
        """Probe device and dataset (in the torch process; a worker thread waits)."""
        self._environment_probe.start(torch_jobs.environment, dataset_folder(),
                                      in_torch_process=True)

    def _on_environment(self, result: tuple[str, tuple[bool, str]]) -> None:
        self._device_text, self._dataset_state = result
        self._show_environment()

    def _show_environment(self) -> None:
        if self._device_text is None:
            self.device_label.setText(self.tr("Device: detecting…"))
        else:
            self.device_label.setText(tr_format(self.tr("Device: %1"), self._device_text))
            self.device_label.setToolTip(self.device_label.text())
        if self._dataset_state is None:
            self.dataset_label.setText(self.tr("Fashion-MNIST: looking…"))
            return
        found, detail = self._dataset_state
        if found:
            self.dataset_label.setText(tr_format(self.tr("Fashion-MNIST: %1"), detail))
            self.dataset_label.setToolTip(detail)
        else:
            self.dataset_label.setText(
                self.tr("Fashion-MNIST: not found (File ▸ Choose dataset folder)"))
            self.dataset_label.setToolTip(tr_format(
                self.tr("Looked in:\n%1\n\nInstall the Debian/Ubuntu package "
                        "'dataset-fashion-mnist' or choose a folder with the four .gz files."),
                detail))

    def choose_dataset_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the Fashion-MNIST folder"), dataset_folder() or str(Path.home()))
        if folder:
            set_dataset_folder(folder)
            self._dataset_state = None
            self._show_environment()
            self.refresh_environment()
            self.context.datasetFolderChanged.emit(folder)

    def choose_lab_folder(self) -> None:
        """Where the student's code runs and writes (``LAB/notebooks``, ``LAB/data``)."""
        from engine.course_env import default_lab_dir, ensure_lab
        from gui.settings import lab_folder, set_lab_folder

        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose your lab folder"), lab_folder() or str(default_lab_dir()))
        if not folder:
            return
        try:
            notebooks = ensure_lab(folder)
        except (OSError, ValueError) as exc:
            QMessageBox.warning(self, self.tr("Choose your lab folder"),
                                tr_format(self.tr("This folder cannot be your lab folder:\n%1"),
                                          str(exc)))
            return
        set_lab_folder(folder)
        self.statusBar().showMessage(tr_format(
            self.tr("Lab folder: %1. The sandbox works there after ⟳ Restart; new notebooks "
                    "are saved there."), str(notebooks)), 10000)

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About DiveLab"), self.about_text())

    def about_text(self) -> str:
        import PySide6
        from PySide6.QtCore import qVersion

        import engine

        versions = {"DiveLab": engine.__version__, "Qt": qVersion(), "PySide6": PySide6.__version__}
        for name in ("torch", "torchvision"):
            module = __import__("sys").modules.get(name)
            versions[name] = getattr(module, "__version__", self.tr("not loaded yet"))
        rows = "".join(f"<tr><td>{k}</td><td>{v}</td></tr>" for k, v in versions.items())
        device = self._device_text or self.tr("detecting…")
        return (self.tr("<h3>DiveLab · 动手学深度学习 · 交互实验室</h3>"
                        "<p>An interactive lab for the first chapters of <i>Dive into Deep "
                        "Learning</i>.</p>")
                + f"<table>{rows}</table><p>"
                + tr_format(self.tr("Device: %1"), device) + "</p>")

    # ----------------------------------------------------------------- settings
    def _restore_settings(self) -> None:
        store = settings()
        geometry = store.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(DEFAULT_SIZE)
        last = str(store.value("window/lastTab", ""))
        if last in self._tab_widgets:
            self.tabs.setCurrentIndex(list(self._tab_widgets).index(last))
        self.language_actions[i18n.current_language()].setChecked(True)
        mode = str(store.value("ui/theme", "system"))
        self.theme_actions.get(mode, self.theme_actions["system"]).setChecked(True)
        self._update_export_action()

    def save_settings(self) -> None:
        store = settings()
        store.setValue("window/geometry", self.saveGeometry())
        store.setValue("window/lastTab", self.tabs.currentWidget().objectName())
        store.sync()

    def unsaved_work(self) -> list[str]:
        """What the shared quit question lists: each unsaved tab by its title (and document
        name, when it has one). Tabs that ask their own question are not in it."""
        entries = []
        for name, tab in self._tab_widgets.items():
            if not tab.has_unsaved_changes() or callable(getattr(tab, "confirm_close", None)):
                continue
            title = self._titles.get(name, name)
            document = tab.document_name() if callable(getattr(tab, "document_name", None)) else ""
            entries.append(f"{title}: {document}" if document else title)
        return entries

    def closeEvent(self, event: QCloseEvent) -> None:
        asking = not getattr(self, "_skip_close_prompt", False)
        # A tab with its own question (Save / Discard / Cancel) asks it; the others share one.
        for tab in self._tab_widgets.values():
            confirm = getattr(tab, "confirm_close", None)
            if asking and callable(confirm) and tab.has_unsaved_changes():
                self.tabs.setCurrentWidget(tab)
                if not confirm():
                    event.ignore()
                    return
        dirty = self.unsaved_work()
        if dirty and asking:
            answer = QMessageBox.question(
                self, self.tr("Unsaved changes"),
                tr_format(self.tr("Not saved:\n%1\n\nQuit anyway?"),
                          "\n".join(f"• {entry}" for entry in dirty)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        if self.persist_settings:
            self.save_settings()
        for tab in self._tab_widgets.values():
            try:
                tab.shutdown()
            except Exception:  # a tab failing to stop must not keep the window open
                log.exception("shutting down %s failed", tab.objectName())
        worker.stop_all(wait_for_imports=False)
        event.accept()


def _dropped_notebook(event) -> str | None:  # noqa: ANN001
    from gui.widgets.notebook_cells import is_notebook_drop  # only when something is dragged

    return is_notebook_drop(event)

