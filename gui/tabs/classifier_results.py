"""The list of the student's pictures with the model's answer (or why a picture is unusable),
and the ways pictures come in: open, open folder, paste, drop.

It renders :class:`gui.tabs.classifier_model.PictureResults`; every name and message is made
here in the current language, so a language switch re-renders the whole list.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from engine.paths import documents_dir
from gui.i18n import tr_format
from gui.settings import Setting
from gui.tabs.classifier_jobs import THUMB, class_names, paths_from_text, png_bytes
from gui.tabs.classifier_model import Entry, PictureResults
from gui.widgets.array_image import to_pixmap
from gui.widgets.engine_messages import EngineMessages

#: Where the last pictures were opened from.
LAST_DIR = Setting("classifier/lastDir", "")

IMAGE_SUFFIXES = ("*.png *.jpg *.jpeg *.bmp *.gif *.webp *.tif *.tiff *.ppm *.pgm *.pbm "
                  "*.tga *.ico *.jfif *.avif *.psd")


def usable_mime(mime: QMimeData) -> bool:
    """Whether a drag carries something to classify (files, paths as text, picture data)."""
    return mime.hasUrls() or mime.hasImage() or (
        mime.hasText() and bool(paths_from_text(mime.text())))


class PictureList(QWidget):
    """Open/folder/paste/clear buttons, the list of pictures and a one-line status.

    What the user opens, pastes or drops comes out as ``pathsChosen`` (files and folders) or
    ``pictureDataChosen`` (a picture without a file).
    """

    #: The selected picture changed: its key, or "" when none is selected.
    selectionChanged = Signal(str)  # noqa: N815
    #: The user removed the selected picture (Delete): its key.
    removeRequested = Signal(str)  # noqa: N815
    #: Files or folders to classify.
    pathsChosen = Signal(list)  # noqa: N815
    #: A picture's encoded data (pasted or dropped, no file).
    pictureDataChosen = Signal(bytes)  # noqa: N815

    def __init__(self, results: PictureResults, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.results = results
        self._messages = EngineMessages(self)
        self._items: dict[str, QListWidgetItem] = {}
        self._blank: QIcon | None = None
        self.open_button = QPushButton(self, objectName="openImagesButton")
        self.open_folder_button = QPushButton(self, objectName="openFolderButton")
        self.paste_button = QPushButton(self, objectName="pasteButton")
        self.clear_button = QPushButton(self, objectName="clearResultsButton")
        buttons = QGridLayout()  # two by two: the column stays narrow in both languages
        for i, button in enumerate((self.open_button, self.open_folder_button,
                                    self.paste_button, self.clear_button)):
            buttons.addWidget(button, i // 2, i % 2)
        self.drop_hint = QLabel(self, objectName="dropHint")
        self.drop_hint.setWordWrap(True)
        self.results_view = QListWidget(self, objectName="resultsView")
        self.results_view.setIconSize(QSize(THUMB, THUMB))
        self.results_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results_view.setUniformItemSizes(True)
        self.results_view.setAlternatingRowColors(True)
        self.results_view.setMinimumWidth(180)
        self.results_status = QLabel(self, objectName="resultsStatus")
        self.results_status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.drop_hint)
        layout.addWidget(self.results_view, 1)
        layout.addWidget(self.results_status)
        self.results_view.currentItemChanged.connect(
            lambda current, _previous: self.selectionChanged.emit(
                current.data(Qt.ItemDataRole.UserRole) if current is not None else ""))
        self.delete_shortcut = QShortcut(QKeySequence.StandardKey.Delete, self.results_view)
        self.delete_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_shortcut.activated.connect(self._remove_selected)
        self.open_button.clicked.connect(self.open_dialog)
        self.open_folder_button.clicked.connect(self.open_folder_dialog)
        self.paste_button.clicked.connect(self.paste)

    # ----------------------------------------------------------------- texts
    def retranslate_ui(self) -> None:
        self.open_button.setText(self.tr("Open pictures…"))
        self.open_button.setToolTip(self.tr("Choose picture files (Ctrl+O)"))
        self.open_folder_button.setText(self.tr("Open folder…"))
        self.open_folder_button.setToolTip(self.tr("Classify every picture in a folder and its "
                                                   "subfolders"))
        self.paste_button.setText(self.tr("Paste"))
        self.paste_button.setToolTip(self.tr("Paste a picture or copied files (Ctrl+V)"))
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Remove every picture from the list"))
        for button in (self.open_button, self.open_folder_button, self.paste_button,
                       self.clear_button):
            button.setAccessibleName(button.text().replace("…", ""))
        self.drop_hint.setText(self.tr("Drop pictures or folders anywhere on this page."))
        self.results_view.setAccessibleName(self.tr("Results"))
        self.results_view.setToolTip(self.tr("Each picture with the model's top answer; "
                                             "select one to see its preprocessing"))
        self.refresh_all()

    def display_name(self, entry: Entry) -> str:
        """What the list calls a picture, in the current language."""
        if entry.origin == "test" and entry.true_class is not None:
            return tr_format(self.tr("Test image #%1 (%2)"), entry.number,
                             class_names()[entry.true_class])
        if entry.origin in ("pasted", "test"):
            return tr_format(self.tr("Pasted picture %1"), entry.number)
        return entry.short_name

    def full_name(self, entry: Entry) -> str:
        return entry.name if entry.origin == "file" and entry.name else self.display_name(entry)

    def error_text(self, entry: Entry) -> str:
        """The picture's problem in the UI language (engine.images' keyed errors)."""
        if entry.problem is not None:
            return self._messages.text(entry.problem)
        return entry.error or ""

    # ----------------------------------------------------------------- input
    def add_mime(self, mime: QMimeData) -> bool:
        """Files, folders (URLs or paths as text) or picture data; True when something came."""
        paths = [url.toLocalFile() for url in mime.urls() if url.isLocalFile()] \
            if mime.hasUrls() else []
        if not paths and mime.hasText():
            paths = paths_from_text(mime.text())
        if paths:
            self.pathsChosen.emit(paths)
            return True
        if mime.hasImage():
            image = mime.imageData()
            if isinstance(image, QImage) and not image.isNull():
                self.pictureDataChosen.emit(png_bytes(image))
                return True
        if mime.hasUrls() and mime.urls():
            self.show_message(self.tr("Only files on this computer can be classified."))
        return False

    def paste(self) -> None:
        """Paste picture data or copied files from the clipboard."""
        mime = QApplication.clipboard().mimeData()
        if mime is None or not self.add_mime(mime):
            self.show_message(self.tr("The clipboard holds no picture and no files."))

    def open_dialog(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Open pictures"), LAST_DIR.get() or str(documents_dir()),
            tr_format(self.tr("Pictures (%1);;All files (*)"), IMAGE_SUFFIXES))
        if files:
            LAST_DIR.set(str(Path(files[0]).parent))
            self.pathsChosen.emit(list(files))

    def open_folder_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Open a folder of pictures"),
            LAST_DIR.get() or str(documents_dir()))
        if folder:
            LAST_DIR.set(folder)
            self.pathsChosen.emit([folder])

    # ----------------------------------------------------------------- rendering
    def show_entries(self, entries: list[Entry]) -> None:
        """Add (or update, after a rerun) the rows of ``entries``."""
        for entry in entries:
            item = self._items.get(entry.key)
            if item is None:
                item = QListWidgetItem(self.results_view)
                item.setData(Qt.ItemDataRole.UserRole, entry.key)
                self._items[entry.key] = item
            item.setIcon(QIcon(to_pixmap(entry.thumb, THUMB)) if entry.thumb is not None
                         else self._no_thumb())
            self._render(item, entry)

    def _no_thumb(self) -> QIcon:
        """A blank icon for an unreadable picture: every row keeps the same height and the
        texts stay aligned (the list sizes all rows alike)."""
        if self._blank is None:
            pixmap = QPixmap(THUMB, THUMB)
            pixmap.fill(Qt.GlobalColor.transparent)
            self._blank = QIcon(pixmap)
        return self._blank

    def refresh_all(self) -> None:
        for key, item in self._items.items():
            entry = self.results.entries.get(key)
            if entry is not None:
                self._render(item, entry)

    def _render(self, item: QListWidgetItem, entry: Entry) -> None:
        if entry.error:
            line = tr_format(self.tr("⚠ %1"), self.error_text(entry))
            item.setForeground(Qt.GlobalColor.red)
        elif (top := entry.top()) is not None:
            line = f"{class_names()[top[0]]}  {top[1]:.1%}"
            item.setData(Qt.ItemDataRole.ForegroundRole, None)
        else:
            line = self.tr("waiting for the model…")
        item.setText(f"{self.display_name(entry)}\n{line}")
        item.setToolTip(f"{self.full_name(entry)}\n{line}")

    def select(self, key: str) -> None:
        item = self._items.get(key)
        if item is not None:
            self.results_view.setCurrentItem(item)

    def current_key(self) -> str | None:
        item = self.results_view.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def keys(self) -> list[str]:
        """Keys in list order."""
        view = self.results_view
        return [view.item(r).data(Qt.ItemDataRole.UserRole) for r in range(view.count())]

    def remove(self, key: str) -> None:
        item = self._items.pop(key, None)
        if item is not None:
            self.results_view.takeItem(self.results_view.row(item))

    def clear(self) -> None:
        self._items.clear()
        self.results_view.clear()

    def _remove_selected(self) -> None:
        key = self.current_key()
        if key:
            self.removeRequested.emit(key)

    def show_status(self, working: bool) -> None:
        n, errors = self.results.counts()
        text = tr_format(self.tr("%1 pictures, %2 unreadable"), n, errors) if n else ""
        if working and n:
            text += " · " + self.tr("working…")
        self.results_status.setText(text)

    def show_message(self, text: str) -> None:
        self.results_status.setText(text)
