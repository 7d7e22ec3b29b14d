"""DiveLab's own classroom labs: the nbgrader source notebooks shipped in ``resources/labs``.

Each lab is one lesson of the course in two languages (``NN_name.zh.ipynb``, ``NN_name.en.ipynb``)
with the reference solutions inside ``### BEGIN SOLUTION`` markers. Students get the released
version (solutions stripped); teachers can export both, laid out as an nbgrader course folder.
The list is read from the folder, so adding a lab is adding its two notebooks.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from engine.nbgrader_format import release
from engine.notebook import NotebookDocument, NotebookError
from engine.paths import resource_path

LANGS = ("zh", "en")
_FILE = re.compile(r"(?P<number>\d{2})_(?P<name>[a-z0-9_]+)\.(?P<lang>zh|en)\.ipynb")


def labs_dir() -> Path:
    return resource_path("labs")


@dataclass(frozen=True)
class Lab:
    """One shipped lab: ``key`` is the file stem without language (``05_softmax_regression``)."""

    key: str
    number: int
    folder: Path
    titles: tuple[tuple[str, str], ...]  # (lang, title) for each language it has

    @property
    def langs(self) -> tuple[str, ...]:
        return tuple(lang for lang, _ in self.titles)

    def title(self, lang: str) -> str:
        titles = dict(self.titles)
        return titles.get(lang) or titles.get("en") or next(iter(titles.values()), self.key)

    def source_path(self, lang: str) -> Path:
        """The source notebook, with its solutions (for teachers, never handed to students)."""
        if lang not in self.langs:
            raise NotebookError("not_found", f"lab {self.key} has no {lang!r} version")
        return self.folder / f"{self.key}.{lang}.ipynb"

    def file_name(self, lang: str) -> str:
        return f"{self.key}.{lang}.ipynb"

    def assignment_id(self, lang: str) -> str:
        """nbgrader assignment name: one per language, as a class works in one of them."""
        return f"{self.key}_{lang}"

    def released(self, lang: str) -> NotebookDocument:
        """The student version, computed from the source each time (never out of date)."""
        path = self.source_path(lang)
        return release(NotebookDocument.load(path), name=path.name)


def shipped_labs(folder: str | os.PathLike | None = None) -> list[Lab]:
    """Every lab in ``folder`` (default: ``resources/labs``), by number."""
    root = Path(folder) if folder is not None else labs_dir()
    found: dict[str, dict[str, str]] = {}
    numbers: dict[str, int] = {}
    for path in sorted(root.glob("*.ipynb")) if root.is_dir() else []:
        match = _FILE.fullmatch(path.name)
        if not match:
            continue
        key = f"{match['number']}_{match['name']}"
        numbers[key] = int(match["number"])
        found.setdefault(key, {})[match["lang"]] = _title(path)
    return [Lab(key=key, number=numbers[key], folder=root,
                titles=tuple((lang, found[key][lang]) for lang in LANGS if lang in found[key]))
            for key in sorted(found, key=lambda k: (numbers[k], k))]


def find_lab(key: str, folder: str | os.PathLike | None = None) -> Lab:
    for lab in shipped_labs(folder):
        if lab.key == key:
            return lab
    raise NotebookError("not_found", f"there is no lab called {key!r}")


def release_for(doc: NotebookDocument,
                folder: str | os.PathLike | None = None) -> tuple[Lab, str] | None:
    """(lab, language) of the shipped lab a student's notebook is a copy of, or None.

    Matched by the autograded tests' grade_ids (a renamed file still matches); the language
    comes from the file name (``….zh.ipynb``), else from Chinese text in its markdown. The GUI
    validates against ``lab.released(lang)`` so edited tests count for nothing.
    """
    from engine.nbgrader_format import CellKind, graded_cells

    tests = {g.grade_id for g in graded_cells(doc) if g.kind is CellKind.AUTOGRADED_TEST}
    best, best_overlap = None, 0.0
    for lab in shipped_labs(folder):
        shipped = {g.grade_id for g in graded_cells(NotebookDocument.load(lab.source_path(
            lab.langs[0]))) if g.kind is CellKind.AUTOGRADED_TEST}
        overlap = len(tests & shipped) / len(tests | shipped) if tests | shipped else 0.0
        if overlap > best_overlap:  # labs may share a test name, never all of them
            best, best_overlap = lab, overlap
    if best is None:
        return None
    match = _FILE.fullmatch(doc.path.name if doc.path else "")
    if match and match["lang"] in best.langs:
        return best, match["lang"]
    text = "".join(c.source for c in doc.cells if c.cell_type == "markdown")
    wanted = "zh" if any("\u4e00" <= ch <= "\u9fff" for ch in text) else "en"
    return best, wanted if wanted in best.langs else best.langs[0]


def _title(path: Path) -> str:
    """The first markdown heading: what the lab is called in its own language."""
    try:
        doc = NotebookDocument.load(path)
    except NotebookError:
        return path.stem
    for cell in doc.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("#"):
                    return line.lstrip("#").strip()
    return path.stem


def install_lab(lab: Lab, lang: str, folder: str | os.PathLike, overwrite: bool = False) -> Path:
    """Put the lab's student version into ``folder`` (the student's notebooks folder).

    An existing file is the student's work: it is kept unless ``overwrite``.
    """
    target = Path(folder) / lab.file_name(lang)
    if target.exists() and not overwrite:
        return target
    lab.released(lang).save(target)
    return target


def export_labs(dest: str | os.PathLike, langs: tuple[str, ...] = LANGS,
                folder: str | os.PathLike | None = None) -> list[Path]:
    """Write every lab as an nbgrader course folder: ``dest/source/<assignment>/<file>`` (with
    solutions, what ``nbgrader generate_assignment`` reads) and ``dest/release/<assignment>/
    <file>`` (what students get). Returns the files written."""
    root = Path(dest)
    if not root.parent.is_dir():
        raise NotebookError("write_failed",
                            f"cannot write {root}: the folder {root.parent} does not exist")
    written = []
    for lab in shipped_labs(folder):
        for lang in langs:
            if lang not in lab.langs:
                continue
            source = NotebookDocument.load(lab.source_path(lang))
            released = release(source, name=lab.file_name(lang))
            for step, doc in (("source", source), ("release", released)):
                target = root / step / lab.assignment_id(lang) / lab.file_name(lang)
                try:
                    target.parent.mkdir(parents=True, exist_ok=True)
                except OSError as exc:
                    raise NotebookError("write_failed", f"cannot create {target.parent}: "
                                                        f"{exc.strerror or exc}") from None
                written.append(doc.save(target))
    return written
