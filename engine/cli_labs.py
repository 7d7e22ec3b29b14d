"""``python -m engine validate-notebook | release-lab | export-labs``: nbgrader labs headless.

Kept apart from :mod:`engine.cli` (which registers and dispatches them) so each module keeps to
one job; the conventions are the same: a user mistake is one line on stderr and exit 2.
"""

from __future__ import annotations

import argparse
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import IO

from engine.cli import EXIT_FAILED, EXIT_OK, UsageError


def add_lab_commands(sub, positive_float: Callable[[str], float]) -> None:
    """Register the three commands on ``python -m engine``'s subparsers."""
    v = sub.add_parser("validate-notebook", help="run a lab notebook (nbgrader format) and score "
                                                 "its autograded tests")
    v.add_argument("notebook", metavar="FILE")
    v.add_argument("--release", metavar="RELEASED",
                   help="the lab's released (or source) notebook: its tests replace the file's, "
                        "so edited tests count for nothing")
    v.add_argument("--json", action="store_true", help="print one JSON object")
    v.add_argument("--timeout", type=positive_float, metavar="S",
                   help="seconds a cell may run before it is stopped (default: no limit)")
    v.add_argument("--lang", choices=("en", "zh"), default="en",
                   help="language of the course notes added under errors")
    v.add_argument("--report", metavar="OUT.html",
                   help="also write a printable HTML report to hand in with the notebook")
    r = sub.add_parser("release-lab", help="make the student version of an nbgrader source "
                                           "notebook (solutions and hidden tests removed)")
    r.add_argument("source", metavar="SOURCE")
    r.add_argument("-o", "--output", metavar="RELEASED", required=True)
    x = sub.add_parser("export-labs", help="write DiveLab's labs as an nbgrader course folder "
                                           "(source/ with solutions, release/ for students)")
    x.add_argument("folder", metavar="DIR")
    x.add_argument("--lang", choices=("zh", "en", "both"), default="both")


def _same_file(a: str | os.PathLike, b: str | os.PathLike) -> bool:
    try:
        return Path(a).resolve() == Path(b).resolve()
    except OSError:
        return False


def cmd_validate_notebook(args: argparse.Namespace, out: IO[str], err: IO[str]) -> int:
    from engine.notebook import NotebookError
    from engine.validate import points_text, validate_notebook

    if args.report:
        from engine.run_notebook import check_writable

        if _same_file(args.report, args.notebook):
            raise UsageError("--report would overwrite the notebook itself")
        try:
            check_writable(Path(args.report))
        except NotebookError as exc:
            raise UsageError(str(exc)) from None
    try:
        report = validate_notebook(args.notebook, release=args.release, timeout=args.timeout,
                                   lang=args.lang)
    except NotebookError as exc:
        if exc.key == "kernel_failed":
            print(f"error: {exc}", file=err)
            return EXIT_FAILED
        raise UsageError(str(exc)) from None
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False), file=out)
    else:
        for test in report.tests:
            mark = "✓" if test.passed else "✗"
            line = f"{mark} {test.grade_id} {points_text(test.points)}/{points_text(test.max_points)}"
            if test.restored:
                line += " (test restored from the release)"
            print(line + (f": {test.message}" if test.message else ""), file=out)
        todo = [a.grade_id for a in report.answers if a.status == "not_done"]
        if todo:
            print(f"not done yet: {', '.join(todo)}", file=out)
        if report.changed_cells:
            print(f"changed read-only cells: {', '.join(report.changed_cells)} (graded with the "
                  "originals)", file=out)
        print(f"score {points_text(report.score)}/{points_text(report.max_score)}", file=out)
    if args.report:
        from engine.lab_report import write_html_report

        try:
            write_html_report(report, args.notebook, args.report, args.lang)
        except OSError as exc:
            raise UsageError(f"cannot write {args.report}: {exc.strerror or exc}") from None
        print(f"wrote {args.report}", file=err if args.json else out)
    return EXIT_OK


def cmd_release_lab(args: argparse.Namespace, out: IO[str], err: IO[str]) -> int:
    from engine.nbgrader_format import release
    from engine.notebook import NotebookDocument, NotebookError
    from engine.run_notebook import check_writable

    if _same_file(args.source, args.output):
        raise UsageError("the released notebook would overwrite its source; choose another -o")
    try:
        target = Path(args.output)
        check_writable(target)
        released = release(NotebookDocument.load(args.source), name=Path(args.source).name)
        released.save(target)
    except NotebookError as exc:
        raise UsageError(str(exc)) from None
    print(f"wrote {target}", file=out)
    return EXIT_OK


def cmd_export_labs(args: argparse.Namespace, out: IO[str], err: IO[str]) -> int:
    from engine.labs import LANGS, export_labs
    from engine.notebook import NotebookError

    if Path(args.folder).exists() and not Path(args.folder).is_dir():
        raise UsageError(f"{args.folder} is a file, not a folder")
    langs = LANGS if args.lang == "both" else (args.lang,)
    try:
        written = export_labs(args.folder, langs)
    except NotebookError as exc:
        raise UsageError(str(exc)) from None
    for path in written:
        print(path, file=out)
    print(f"wrote {len(written)} notebooks to {args.folder} (source/ for nbgrader, release/ for "
          "students)", file=out)
    return EXIT_OK


def run_lab_command(args: argparse.Namespace, out: IO[str], err: IO[str]) -> int:
    command = {"validate-notebook": cmd_validate_notebook, "release-lab": cmd_release_lab,
               "export-labs": cmd_export_labs}[args.command]
    return command(args, out, err)
