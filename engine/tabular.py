"""Reading and writing the tables students clean in the preprocessing lab.

:func:`read_table` is the one reader. It accepts what students actually have (CSV/TSV/text with
any common delimiter, UTF-8 with or without BOM, GBK/GB18030 from Excel in China, UTF-16 "Unicode
text" from Excel, and ``.xlsx``) and turns everything it cannot read into :class:`TableError`
with a message a student can act on — never a traceback, never a binary file shown as garbage.

:func:`sniff_table` says *how* a file is read (delimiter, encoding) so the preprocessing pipeline
can print the exact ``pd.read_csv(...)`` line that reproduces the table.
"""

from __future__ import annotations

import codecs
import csv
import io
import math
import os
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from engine.paths import atomic_write_bytes

# A progress callback raises Cancelled to stop a read; read_table lets it through.
from engine.tasks import Cancelled

#: The course's tiny house-price table (d2l 2.2), byte for byte.
HOUSE_TINY_CSV = (
    "NumRooms,Alley,Price\n"
    "NA,Pave,127500\n"
    "2,NA,106000\n"
    "4,NA,178100\n"
    "NA,NA,140000\n"
)

SAMPLE_BYTES = 1 << 20
#: Lines of the sample looked at to find comments and title lines above the header.
MAX_LAYOUT_LINES = 200
#: At most this many title lines are skipped above a header.
MAX_TITLE_LINES = 10
#: How many bytes of memory a byte of text file roughly becomes as a DataFrame (plus headroom).
MEMORY_FACTOR = 3.0
TEXT_SUFFIXES = {".csv", ".tsv", ".txt", ".tab", ".dat", ".data", ".text", ""}
EXCEL_SUFFIXES = {".xlsx", ".xlsm"}

_BINARY_MAGIC = {
    b"%PDF": "binary_pdf",
    b"\x89PNG": "binary_png",
    b"\xff\xd8\xff": "binary_jpeg",
    b"GIF8": "binary_gif",
    b"\x7fELF": "binary_program",
    b"\x1f\x8b": "binary_gzip",
    b"Rar!": "binary_rar",
    b"7z\xbc\xaf": "binary_7z",
    b"\xd0\xcf\x11\xe0": "old_office",
}

#: Every message a TableError can carry, by key; ``{name}`` is the file name. The GUI shows a
#: translation of the same template, so keys and placeholders are part of the interface.
TABLE_MESSAGES = {
    "not_found": "“{name}” does not exist.",
    "folder": "“{name}” is a folder, not a table file. Choose a file inside it.",
    "unreadable": "“{name}” cannot be read: {detail}.",
    "empty": "“{name}” is empty (0 bytes): there is no table in it.",
    "too_big": "“{name}” is too big for this computer's memory: it is {size} and about {needed} "
               "would be needed, but only {free} is free. Use a smaller part of it.",
    "too_big_reading": "“{name}” is too big for this computer's memory.",
    "blank": "“{name}” contains only blank space: there is no table in it.",
    "binary": "“{name}” is a binary file, not a table. Open a CSV, TSV, text or .xlsx file.",
    "binary_pdf": "“{name}” is a PDF document, not a table. Open a CSV, TSV, text or .xlsx file.",
    "binary_png": "“{name}” is a PNG image, not a table. Open a CSV, TSV, text or .xlsx file.",
    "binary_jpeg": "“{name}” is a JPEG image, not a table. Open a CSV, TSV, text or .xlsx file.",
    "binary_gif": "“{name}” is a GIF image, not a table. Open a CSV, TSV, text or .xlsx file.",
    "binary_program": "“{name}” is a program, not a table. Open a CSV, TSV, text or .xlsx file.",
    "binary_gzip": "“{name}” is a gzip archive: unpack it first.",
    "binary_rar": "“{name}” is a RAR archive: unpack it first.",
    "binary_7z": "“{name}” is a 7-Zip archive: unpack it first.",
    "old_office": "“{name}” is an old Excel/Office file (.xls/.doc). Save it as .xlsx or CSV in "
                  "Excel, then open that.",
    "encoding": "“{name}” is not in a text encoding DiveLab understands (UTF-8, GBK/GB18030 or "
                "UTF-16). Save it again as “CSV UTF-8”.",
    "mixed_encoding": "“{name}” is not entirely in {encoding}: part of it is in another "
                      "encoding. Save it again as “CSV UTF-8”.",
    "bad_workbook": "“{name}” is not a valid Excel workbook.",
    "unreadable_workbook": "“{name}” is not a readable Excel workbook ({detail}).",
    "no_columns": "“{name}” has no columns: there is no table in it.",
    "ragged": "“{name}” has rows of different lengths: {detail}",
    "ragged_header": "“{name}” has rows of different lengths: some rows have more values than "
                     "there are column names in the header.",
    "not_a_table": "“{name}” cannot be read as a table: {detail}",
}


class TableError(ValueError):
    """A file that cannot be read as a table; ``str(exc)`` is the message to show the user.

    ``key`` and ``params`` name the message in :data:`TABLE_MESSAGES` so a GUI can show it in
    the user's language.
    """

    def __init__(self, message: str, key: str = "", **params: str) -> None:
        super().__init__(message)
        self.key, self.params = key, params


def table_error(key: str, **params) -> TableError:
    """A :class:`TableError` with the message ``key`` filled in."""
    params = {k: str(v) for k, v in params.items()}
    return TableError(TABLE_MESSAGES[key].format(**params), key, **params)




@dataclass(frozen=True)
class TableSource:
    """How a file is read: enough to re-read it the same way and to print the code for it."""

    path: str
    kind: str  # "csv" or "excel"
    sep: str = ","
    encoding: str = "utf-8"
    #: Lines above the header that are not part of the table (a title, a note).
    skiprows: int = 0
    #: "#" when the file has comment lines, which pandas then skips.
    comment: str = ""
    #: The first skipped title line, to tell the user what was left out.
    title: str = ""

    def code(self, var: str = "data") -> str:
        """The pandas line that reads the file exactly as :func:`read_table` does."""
        if self.kind == "excel":
            return f"{var} = pd.read_excel({self.path!r})"
        extra = "".join(f", {key}={value!r}" for key, value in self.read_options().items()
                        if key not in ("sep", "encoding"))
        return (f"{var} = pd.read_csv({self.path!r}, sep={self.sep!r}, "
                f"encoding={self.encoding!r}{extra})")

    def read_options(self) -> dict:
        """The keyword arguments of ``pd.read_csv`` for this file."""
        options: dict = {"sep": self.sep, "encoding": self.encoding}
        if self.skiprows:
            options["skiprows"] = self.skiprows
        if self.comment:
            options["comment"] = self.comment
        return options


def available_memory() -> int | None:
    """Free physical memory in bytes, or None when the platform does not say."""
    try:
        if sys.platform == "win32":
            import ctypes

            class _Status(ctypes.Structure):
                _fields_ = [("dwLength", ctypes.c_ulong), ("dwMemoryLoad", ctypes.c_ulong),
                            ("ullTotalPhys", ctypes.c_ulonglong),
                            ("ullAvailPhys", ctypes.c_ulonglong),
                            ("ullTotalPageFile", ctypes.c_ulonglong),
                            ("ullAvailPageFile", ctypes.c_ulonglong),
                            ("ullTotalVirtual", ctypes.c_ulonglong),
                            ("ullAvailVirtual", ctypes.c_ulonglong),
                            ("sullAvailExtendedVirtual", ctypes.c_ulonglong)]

            status = _Status()
            status.dwLength = ctypes.sizeof(_Status)
            ctypes.windll.kernel32.GlobalMemoryStatusEx(ctypes.byref(status))
            return int(status.ullAvailPhys)
        if hasattr(os, "sysconf") and "SC_AVPHYS_PAGES" in os.sysconf_names:
            return int(os.sysconf("SC_AVPHYS_PAGES") * os.sysconf("SC_PAGE_SIZE"))
    except (OSError, ValueError, AttributeError):
        return None
    return None


def _human_size(n: float) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n:.1f} GB"  # pragma: no cover


def _check_file(path: Path) -> int:
    if not path.exists():
        raise table_error("not_found", name=path)
    if path.is_dir():
        raise table_error("folder", name=path.name)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise table_error("unreadable", name=path.name, detail=exc.strerror or exc) from None
    if size == 0:
        raise table_error("empty", name=path.name)
    free = available_memory()
    if free is not None and size * MEMORY_FACTOR > free:
        raise table_error("too_big", name=path.name, size=_human_size(size),
                          needed=_human_size(size * MEMORY_FACTOR), free=_human_size(free))
    return size


def _read_head(path: Path) -> bytes:
    try:
        with open(path, "rb") as fh:
            return fh.read(SAMPLE_BYTES)
    except OSError as exc:
        raise table_error("unreadable", name=path.name, detail=exc.strerror or exc) from None


def _binary_kind(head: bytes) -> str | None:
    """The message key when ``head`` is clearly not text, else None."""
    for magic, key in _BINARY_MAGIC.items():
        if head.startswith(magic):
            return key
    return None


def _decode_sample(head: bytes, encoding: str, complete: bool) -> str | None:
    """``head`` decoded, tolerating a multibyte character cut at the end of a sample."""
    decoder = codecs.getincrementaldecoder(encoding)()
    try:
        return decoder.decode(head, final=complete)
    except UnicodeDecodeError:
        return None


def _looks_binary(text: str) -> bool:
    if "\x00" in text:
        return True
    sample = text[:65536]
    if not sample:
        return False
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\r\n\f\v")
    return controls / len(sample) > 0.01


def _detect_encoding(path: Path, head: bytes, complete: bool) -> tuple[str, str]:
    """(encoding for pandas, decoded sample) or TableError."""
    if head.startswith(codecs.BOM_UTF8):
        candidates = ["utf-8-sig"]
    elif head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        candidates = ["utf-16"]
    else:
        candidates = ["utf-8", "gb18030"]
    for encoding in candidates:
        text = _decode_sample(head, encoding, complete)
        if text is not None:
            if _looks_binary(text):
                break
            return encoding, text
    if b"\x00" in head[:4096] or _looks_binary(head[:65536].decode("latin-1")):
        raise table_error("binary", name=path.name)
    raise table_error("encoding", name=path.name)


def _sniff_sep(text: str, suffix: str) -> str:
    lines = [line for line in text.splitlines()[:50] if line.strip()]
    if not lines:
        return "\t" if suffix == ".tsv" else ","
    if len(lines) > 1 and not text.endswith(("\n", "\r")):
        lines = lines[:-1]  # the sample may end inside a line
    sample = "\n".join(lines)
    try:
        sep = csv.Sniffer().sniff(sample, delimiters=",\t;|").delimiter
    except csv.Error:
        sep = None
    if sep is None or all(line.count(sep) == 0 for line in lines):
        for candidate in ("\t", ",", ";", "|"):
            counts = {line.count(candidate) for line in lines}
            if len(counts) == 1 and counts.pop() > 0:
                return candidate
        if all(len(line.split()) > 1 for line in lines) and \
                len({len(line.split()) for line in lines}) == 1:
            return r"\s+"
        return "\t" if suffix == ".tsv" else ","
    return sep


def _looks_like_number(field: str) -> bool:
    try:
        float(field.strip())
    except ValueError:
        return False
    return True


def _fields(line: str, sep: str) -> list[str]:
    if sep == r"\s+":
        return line.split()
    try:
        return next(csv.reader([line], delimiter=sep))
    except (csv.Error, StopIteration):
        return line.split(sep)


def _skipped_lines(text: str, suffix: str, complete: bool) -> tuple[str, int, str, str]:
    """(separator, title lines to skip, comment marker, first title) for a text sample.

    Comment lines start with ``#``. Title lines are leading lines with fewer fields than the
    rows below them (a caption such as "House prices 2024" above the header). A line with more
    than half the fields counts as a title only when the line after it looks like a header (no
    numbers in it): "a,b" above rows of three numbers is a ragged table, not a title.
    """
    raw = re.split(r"\r\n|\r|\n", text)
    if not complete and len(raw) > 1:
        raw = raw[:-1]  # the sample may end inside a line
    raw = raw[:MAX_LAYOUT_LINES]
    comment = "#" if any(line.lstrip().startswith("#") for line in raw) else ""
    content = [(i, line) for i, line in enumerate(raw)
               if line.strip() and not (comment and line.lstrip().startswith("#"))]
    body = [line for _, line in content[1:]] if len(content) > 2 else [ln for _, ln in content]
    sep = _sniff_sep("\n".join(body) + "\n", suffix)
    counts = [len(_fields(line, sep)) for _, line in content]
    if len(counts) < 3:
        return sep, 0, comment, ""
    usual = max(set(counts[1:]), key=counts[1:].count)
    titles = 0
    while (titles < min(MAX_TITLE_LINES, len(counts) - 2) and usual >= 2
           and counts[titles] < usual):
        titles += 1
    if not titles:
        return sep, 0, comment, ""
    header = _fields(content[titles][1], sep)
    if (any(counts[i] * 2 > usual for i in range(titles))
            and any(_looks_like_number(field) for field in header)):
        return sep, 0, comment, ""
    return sep, content[titles][0], comment, content[0][1].strip()[:80]


def sniff_table(path: str | os.PathLike) -> TableSource:
    """Decide how ``path`` is read (kind, delimiter, encoding) or raise :class:`TableError`."""
    file = Path(path)
    size = _check_file(file)
    head = _read_head(file)
    if not head.strip():
        raise table_error("blank", name=file.name)
    suffix = file.suffix.lower()
    if head.startswith(b"PK\x03\x04"):
        if suffix in EXCEL_SUFFIXES or suffix not in TEXT_SUFFIXES:
            return TableSource(str(file), "excel")
    if suffix in EXCEL_SUFFIXES:
        raise table_error("bad_workbook", name=file.name)
    if suffix == ".xls":
        raise table_error("old_office", name=file.name)
    kind = _binary_kind(head)
    if kind:
        raise table_error(kind, name=file.name)
    complete = size <= len(head)
    encoding, text = _detect_encoding(file, head, complete=complete)
    sep, skiprows, comment, title = _skipped_lines(text.lstrip("\ufeff"), suffix, complete)
    return TableSource(str(file), "csv", sep, encoding, skiprows, comment, title)


class _CountingReader(io.RawIOBase):
    """A binary file that reports how far it has been read (for a progress bar)."""

    def __init__(self, fh, size: int, progress: Callable[[float], None]) -> None:
        self._fh, self._size, self._progress = fh, max(size, 1), progress
        self._done = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        n = self._fh.readinto(buffer)
        self._done += n or 0
        self._progress(min(self._done / self._size, 1.0))
        return n

    def close(self) -> None:
        self._fh.close()
        super().close()


def read_source(source: TableSource,
                progress: Callable[[float], None] | None = None) -> pd.DataFrame:
    """Read a sniffed file. Every failure becomes :class:`TableError` (``Cancelled`` passes)."""
    path = Path(source.path)
    name = path.name
    try:
        if source.kind == "excel":
            if progress:
                progress(0.0)
            try:
                frame = pd.read_excel(path, engine="openpyxl")
            except Exception as exc:  # noqa: BLE001 - openpyxl raises zip/xml errors of all kinds
                raise table_error("unreadable_workbook", name=name, detail=exc) from None
        else:
            kwargs = source.read_options()
            if progress is None:
                frame = pd.read_csv(path, **kwargs)
            else:
                size = path.stat().st_size
                with open(path, "rb") as raw:
                    reader = io.BufferedReader(_CountingReader(raw, size, progress), 1 << 20)
                    frame = pd.read_csv(reader, **kwargs)
    except Cancelled:
        raise
    except TableError:
        raise
    except MemoryError:
        raise table_error("too_big_reading", name=name) from None
    except UnicodeDecodeError:
        raise table_error("mixed_encoding", name=name, encoding=source.encoding) from None
    except pd.errors.EmptyDataError:
        raise table_error("no_columns", name=name) from None
    except pd.errors.ParserError as exc:
        raise table_error("ragged", name=name, detail=_parser_detail(exc)) from None
    except OSError as exc:
        raise table_error("unreadable", name=name, detail=exc.strerror or exc) from None
    except (ValueError, TypeError, OverflowError) as exc:
        raise table_error("not_a_table", name=name, detail=exc) from None
    if not frame.index.equals(pd.RangeIndex(len(frame))):
        raise table_error("ragged_header", name=name)
    if frame.shape[1] == 0:
        raise table_error("no_columns", name=name)
    if progress:
        progress(1.0)
    return frame


def _parser_detail(exc: Exception) -> str:
    text = str(exc).strip()
    marker = "Expected "
    if marker in text:
        detail = text[text.index(marker):]
        return detail.replace("Expected", "expected", 1) + "."
    return text


def read_table(path: str | os.PathLike,
               progress: Callable[[float], None] | None = None) -> pd.DataFrame:
    """Read a CSV/TSV/text/.xlsx table; anything unreadable raises :class:`TableError`.

    ``progress(fraction)`` is called as the file is read (from the calling thread); it may raise
    :class:`Cancelled` to stop.
    """
    return open_table(path, progress)[0]


def open_table(path: str | os.PathLike,
               progress: Callable[[float], None] | None = None
               ) -> tuple[pd.DataFrame, TableSource]:
    """:func:`read_table` plus the :class:`TableSource` that says how it was read."""
    try:
        source = sniff_table(path)
    except TableError:
        raise
    except Exception as exc:  # noqa: BLE001 - the promise is: only TableError leaves here
        raise table_error("unreadable", name=Path(path).name, detail=exc) from None
    return read_source(source, progress), source


def write_house_tiny(folder: str | os.PathLike) -> Path:
    """Write the course's ``house_tiny.csv`` into ``folder`` (created if needed); return its path.

    An existing file of that name is kept when it already holds the course's table, otherwise the
    new file gets a free name (``house_tiny (2).csv``) so nothing of the user's is overwritten.
    """
    base = Path(folder)
    target = base / "house_tiny.csv"
    counter = 2
    while target.exists():
        try:
            if target.read_text(encoding="utf-8") == HOUSE_TINY_CSV:
                return target
        except (OSError, UnicodeDecodeError):
            pass
        target = base / f"house_tiny ({counter}).csv"
        counter += 1
    atomic_write_bytes(target, HOUSE_TINY_CSV.encode("utf-8"))
    return target


def frame_to_csv_bytes(frame: pd.DataFrame) -> bytes:
    """CSV bytes as DataFrame.to_csv writes them, UTF-8 with BOM so Excel shows Chinese right."""
    return frame.to_csv(index=False).encode("utf-8-sig")


def save_csv(frame: pd.DataFrame, path: str | os.PathLike) -> Path:
    """Write ``frame`` as CSV atomically (temp file + replace): a crash never leaves half a file."""
    target = Path(path)
    atomic_write_bytes(target, frame_to_csv_bytes(frame))
    return target


def is_numeric(series: pd.Series) -> bool:
    """True for number columns (bool excluded: it is a category, not a measurement)."""
    return pd.api.types.is_numeric_dtype(series) and not pd.api.types.is_bool_dtype(series)


class CellValueError(ValueError):
    """A typed value that does not fit its column; ``reason`` names the rule it broke."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


def parse_cell(text: str, dtype) -> object:
    """Turn what the user typed into a value for a column of ``dtype``.

    Empty text, ``NA`` and ``NaN`` mean missing. Integer columns take whole numbers only.
    Raises :class:`CellValueError` (reason ``not_number``, ``not_integer``, ``int_missing`` or
    ``not_bool``) so an edit that would silently change the column's type is refused.
    """
    stripped = text.strip()
    missing = stripped == "" or stripped.lower() in {"na", "nan", "n/a", "null", "none"}
    if pd.api.types.is_bool_dtype(dtype):
        lowered = stripped.lower()
        if lowered in {"true", "1", "yes"}:
            return True
        if lowered in {"false", "0", "no"}:
            return False
        raise CellValueError("not_bool", f"“{text}” is not true or false.")
    if pd.api.types.is_integer_dtype(dtype):
        if missing:
            if isinstance(dtype, np.dtype):
                raise CellValueError("int_missing", "This integer column cannot hold a missing "
                                     "value; change its type to float first.")
            return pd.NA
        try:
            number = float(stripped)
        except ValueError:
            raise CellValueError("not_number", f"“{text}” is not a number.") from None
        if not number.is_integer():
            raise CellValueError("not_integer", f"“{text}” is not a whole number; change the "
                                 "column's type to float first.")
        return int(number)
    if pd.api.types.is_float_dtype(dtype):
        if missing:
            return math.nan
        try:
            return float(stripped)
        except ValueError:
            raise CellValueError("not_number", f"“{text}” is not a number.") from None
    return math.nan if missing else text
