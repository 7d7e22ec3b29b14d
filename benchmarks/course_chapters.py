"""The course's own code, chapter by chapter, through DiveLab's notebook runner, offline.

Each ``benchmarks/course/*.ipy`` file (one cell per ``# %%`` block) becomes a notebook in a
lab folder laid out like the course's (``LAB/notebooks``, ``LAB/data``) and runs in a fresh
sandbox kernel, as ``python -m engine run-notebook`` does. Prints per chapter: cells run and
failed, figures drawn, seconds, and any course-compat note shown.

Run: .venv/bin/python benchmarks/course_chapters.py [--only NAME] [--keep DIR]
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CHAPTERS = ROOT / "benchmarks" / "course"
_CELL = re.compile(r"^# %%[^\n]*\n", re.MULTILINE)


def chapter_cells(path: Path) -> list[str]:
    """The cells of one chapter file: the text between ``# %%`` markers."""
    parts = _CELL.split(path.read_text(encoding="utf-8"))
    return [part.strip("\n") for part in parts if part.strip()]


def chapter_notebook(path: Path, folder: Path) -> Path:
    """Write the chapter as ``folder/NAME.ipynb`` (nbformat 4)."""
    import nbformat

    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(code) for code in chapter_cells(path)]
    target = folder / (path.stem + ".ipynb")
    nbformat.write(nb, str(target))
    return target


def figures_in(path: Path) -> int:
    import nbformat

    nb = nbformat.read(str(path), as_version=4)
    return sum(1 for cell in nb.cells for out in cell.get("outputs", [])
               if out.get("output_type") in ("display_data", "execute_result")
               and {"image/png", "image/svg+xml"} & set(out.get("data", {})))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", help="run the chapters whose file name contains this")
    parser.add_argument("--keep", help="lab folder to keep the executed notebooks in")
    args = parser.parse_args()

    from engine.run_notebook import run_notebook

    lab = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="divelab-course-"))
    notebooks = lab / "notebooks"
    notebooks.mkdir(parents=True, exist_ok=True)
    (lab / "data").mkdir(exist_ok=True)
    total_failed = 0
    started = time.perf_counter()
    for path in sorted(CHAPTERS.glob("*.ipy")):
        if args.only and args.only not in path.name:
            continue
        source = chapter_notebook(path, notebooks)
        out = notebooks / (path.stem + ".out.ipynb")
        report = run_notebook(source, out, timeout=600)
        failed = report.failed
        total_failed += len(failed)
        print(f"{path.stem:36s} {len(report.cells):3d} cells, {len(failed)} failed, "
              f"{figures_in(out)} figures, {report.elapsed:6.1f} s", flush=True)
        for cell in failed:
            print(f"    cell {cell.number}: {cell.error}")
    print(f"all chapters: {time.perf_counter() - started:.1f} s; notebooks in {notebooks}")
    return 0 if total_failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
