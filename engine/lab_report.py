"""A printable lab report: the page a student hands in with the ``.ipynb`` after validating it.

One self-contained HTML file (inline styles, no scripts, no links out) so it opens and prints
the same on any classroom machine. The notebook's SHA-256 ties the page to the file handed in.
"""

from __future__ import annotations

import hashlib
import html
import os
from datetime import datetime
from pathlib import Path

from engine.notebook import NotebookDocument, NotebookError
from engine.paths import atomic_write_text
from engine.validate import ValidationReport, points_text

_TEXT = {
    "en": {
        "title": "Lab report", "file": "Notebook", "lab": "Lab", "date": "Validated on",
        "sha": "SHA-256 of the notebook", "tests_from": "Tests run from",
        "release": "the released lab ({name}): edited tests count for nothing",
        "released_lab": "DiveLab's copy",
        "self": "the notebook itself (a self-check; the teacher re-checks with the release)",
        "test": "Test", "result": "Result", "points": "Points", "message": "Message",
        "passed": "passed", "failed": "failed", "changed": "changed", "score": "Score",
        "todo": "Answers not done yet", "manual": "Marked by the teacher",
        "changed_cells": "Read-only cells that were edited (graded with the originals)",
        "footer": "Made by DiveLab (python -m engine validate-notebook). Hand it in with the "
                  "notebook.",
    },
    "zh": {
        "title": "实验报告", "file": "笔记本文件", "lab": "实验", "date": "验证时间",
        "sha": "笔记本的 SHA-256", "tests_from": "测试来源",
        "release": "发布版实验（{name}）：改动过的测试不计分",
        "released_lab": "DiveLab 自带",
        "self": "笔记本自身（自查；老师会用发布版重新检查）",
        "test": "测试", "result": "结果", "points": "得分", "message": "说明",
        "passed": "通过", "failed": "未通过", "changed": "被改动", "score": "总分",
        "todo": "尚未完成的答案", "manual": "由老师评分",
        "changed_cells": "被改动的只读单元格（评分时使用原版）",
        "footer": "由 DiveLab 生成（python -m engine validate-notebook）。请与笔记本一起提交。",
    },
}

_STYLE = """
body { font-family: "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei",
       system-ui, sans-serif; margin: 2em auto; max-width: 50em; color: #222; }
h1 { font-size: 1.5em; margin-bottom: .2em; }
table { border-collapse: collapse; width: 100%; margin: 1em 0; }
th, td { border: 1px solid #bbb; padding: .35em .6em; text-align: left; vertical-align: top; }
th { background: #f0f0f0; }
td.num { text-align: right; white-space: nowrap; }
tr.passed td.mark { color: #1a7f37; }
tr.failed td.mark { color: #c62828; }
code, .mono { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: .9em;
              word-break: break-all; }
.score { font-size: 1.3em; font-weight: bold; }
.meta th { width: 14em; }
footer { margin-top: 2em; font-size: .85em; color: #666; }
@media print { body { margin: 0; } }
"""


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _lab_title(path: Path) -> str:
    try:
        doc = NotebookDocument.load(path)
    except NotebookError:
        return ""
    for cell in doc.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("#"):
                    return line.lstrip("#").strip()
    return ""


def render_html_report(report: ValidationReport, notebook_path: str | os.PathLike,
                       lang: str = "en", now: datetime | None = None) -> str:
    """The report page as a string (see :func:`write_html_report`)."""
    t = _TEXT.get(lang, _TEXT["en"])
    path = Path(notebook_path)
    e = html.escape
    when = (now or datetime.now().astimezone()).strftime("%Y-%m-%d %H:%M %Z").strip()
    source = t["self"]
    if report.with_release or report.release_path is not None:
        name = report.release_path.name if report.release_path else t["released_lab"]
        source = t["release"].format(name=name)
    rows = []
    for test in report.tests:
        state = "passed" if test.passed else "failed"
        label = t["changed"] if test.changed else t[state]
        mark = "✓" if test.passed else "✗"
        rows.append(
            f'<tr class="{state}"><td class="mark">{mark} {e(label)}</td>'
            f'<td><code>{e(test.grade_id)}</code></td>'
            f'<td class="num">{points_text(test.points)} / {points_text(test.max_points)}</td>'
            f"<td>{e(test.message)}</td></tr>")
    todo = [a.grade_id for a in report.answers if a.status == "not_done"]
    extra = ""
    if todo:
        extra += f"<p>{e(t['todo'])}: " + ", ".join(f"<code>{e(g)}</code>" for g in todo) + "</p>"
    if report.changed_cells:
        extra += (f"<p>{e(t['changed_cells'])}: "
                  + ", ".join(f"<code>{e(g)}</code>" for g in report.changed_cells) + "</p>")
    if report.manual:
        extra += (f"<p>{e(t['manual'])}: "
                  + ", ".join(f"<code>{e(g)}</code>" for g in report.manual) + "</p>")
    sha = _sha256(path) if path.is_file() else "-"
    title = _lab_title(path)
    lang_attr = "zh-CN" if lang == "zh" else "en"
    return f"""<!DOCTYPE html>
<html lang="{lang_attr}">
<head>
<meta charset="utf-8">
<title>{e(t['title'])} · {e(path.name)}</title>
<style>{_STYLE}</style>
</head>
<body>
<h1>{e(t['title'])}</h1>
<table class="meta">
<tr><th>{e(t['file'])}</th><td class="mono">{e(path.name)}</td></tr>
{f"<tr><th>{e(t['lab'])}</th><td>{e(title)}</td></tr>" if title else ""}
<tr><th>{e(t['date'])}</th><td>{e(when)}</td></tr>
<tr><th>{e(t['sha'])}</th><td class="mono">{e(sha)}</td></tr>
<tr><th>{e(t['tests_from'])}</th><td>{e(source)}</td></tr>
</table>
<table class="tests">
<tr><th>{e(t['result'])}</th><th>{e(t['test'])}</th><th>{e(t['points'])}</th>\
<th>{e(t['message'])}</th></tr>
{chr(10).join(rows)}
</table>
<p class="score">{e(t['score'])}: {points_text(report.score)} / {points_text(report.max_score)}</p>
{extra}
<footer>{e(t['footer'])}</footer>
</body>
</html>
"""


def write_html_report(report: ValidationReport, notebook_path: str | os.PathLike,
                      out_path: str | os.PathLike, lang: str = "en",
                      now: datetime | None = None) -> Path:
    """Write the report page atomically; ``lang`` is ``en`` or ``zh``. Returns ``out_path``."""
    target = Path(out_path)
    atomic_write_text(target, render_html_report(report, notebook_path, lang, now))
    return target
