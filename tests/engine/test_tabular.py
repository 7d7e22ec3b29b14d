"""The one table reader: what students have opens, anything else is a clear TableError."""

from __future__ import annotations

import math
import os
import zipfile

import numpy as np
import pandas as pd
import pytest

from engine import tabular
from engine.tabular import (
    HOUSE_TINY_CSV,
    Cancelled,
    CellValueError,
    TableError,
    open_table,
    parse_cell,
    read_table,
    save_csv,
    write_house_tiny,
)


def test_house_tiny_is_the_course_file(tmp_path):
    path = write_house_tiny(tmp_path)
    assert path.name == "house_tiny.csv"
    assert path.read_text(encoding="utf-8") == (
        "NumRooms,Alley,Price\nNA,Pave,127500\n2,NA,106000\n4,NA,178100\nNA,NA,140000\n")
    frame = read_table(path)
    assert list(frame.columns) == ["NumRooms", "Alley", "Price"]
    assert frame["NumRooms"].isna().tolist() == [True, False, False, True]
    assert frame["Alley"].isna().tolist() == [False, True, True, True]
    assert frame["Price"].tolist() == [127500, 106000, 178100, 140000]
    # Writing again reuses the identical file; a different file of that name is kept.
    assert write_house_tiny(tmp_path) == path
    path.write_text("mine\n1\n", encoding="utf-8")
    other = write_house_tiny(tmp_path)
    assert other.name == "house_tiny (2).csv"
    assert path.read_text(encoding="utf-8") == "mine\n1\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk", "gb18030", "utf-16"])
def test_encodings(tmp_path, encoding):
    text = "姓名,城市,分数\n张三,北京,90\n李四,NA,\n王五,上海,NaN\n"
    path = tmp_path / "scores.csv"
    path.write_bytes(text.encode(encoding))
    frame, source = open_table(path)
    assert list(frame.columns) == ["姓名", "城市", "分数"]
    assert frame["城市"].tolist()[0] == "北京"
    assert frame["城市"].isna().tolist() == [False, True, False]
    assert frame["分数"].isna().tolist() == [False, True, True]
    # The code the pipeline prints reads the same table.
    namespace = {"pd": pd}
    exec(source.code("data"), namespace)
    pd.testing.assert_frame_equal(namespace["data"], frame)


@pytest.mark.parametrize("sep, suffix", [(",", ".csv"), ("\t", ".tsv"), (";", ".csv"),
                                         ("|", ".txt"), ("\t", ".txt")])
def test_delimiter_sniffing(tmp_path, sep, suffix):
    rows = [["a", "b", "c"], ["1", "2.5", "x"], ["3", "", "y"], ["4", "NA", "z z"]]
    path = tmp_path / f"t{suffix}"
    path.write_text("\n".join(sep.join(r) for r in rows) + "\n", encoding="utf-8")
    frame, source = open_table(path)
    assert source.sep == sep
    assert list(frame.columns) == ["a", "b", "c"]
    assert frame["a"].tolist() == [1, 3, 4]
    assert frame["b"].isna().tolist() == [False, True, True]


def test_whitespace_separated_text(tmp_path):
    path = tmp_path / "data.txt"
    path.write_text("x y\n1 2\n3 4\n", encoding="utf-8")
    frame, source = open_table(path)
    assert source.sep == r"\s+"
    assert frame.to_numpy().tolist() == [[1, 2], [3, 4]]


def test_xlsx(tmp_path):
    path = tmp_path / "book.xlsx"
    pd.DataFrame({"NumRooms": [np.nan, 2.0], "Alley": ["Pave", None],
                  "Price": [127500, 106000]}).to_excel(path, index=False)
    frame, source = open_table(path)
    assert source.kind == "excel"
    assert frame["NumRooms"].isna().tolist() == [True, False]
    assert frame["Alley"].isna().tolist() == [False, True]
    assert "pd.read_excel" in source.code()


def _bad_files(tmp_path):
    files = {}
    files["zero"] = tmp_path / "zero.csv"
    files["zero"].write_bytes(b"")
    files["blank"] = tmp_path / "blank.csv"
    files["blank"].write_text("\n\n   \n", encoding="utf-8")
    files["ragged"] = tmp_path / "ragged.csv"
    files["ragged"].write_text("a,b\n1,2\n3,4,5\n", encoding="utf-8")
    files["ragged_all"] = tmp_path / "ragged_all.csv"
    files["ragged_all"].write_text("a,b\n1,2,3\n4,5,6\n", encoding="utf-8")
    files["png"] = tmp_path / "picture.csv"
    files["png"].write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    files["binary"] = tmp_path / "noise.csv"
    files["binary"].write_bytes(np.random.default_rng(0).integers(0, 256, 5000, dtype=np.uint8)
                                .tobytes())
    files["latin1"] = tmp_path / "latin1.csv"
    files["latin1"].write_bytes("café,prix\nété,3\n".encode("latin-1"))
    files["folder"] = tmp_path / "folder.csv"
    files["folder"].mkdir()
    files["missing"] = tmp_path / "nope.csv"
    files["fake_xlsx"] = tmp_path / "fake.xlsx"
    files["fake_xlsx"].write_text("not a workbook", encoding="utf-8")
    files["zip_xlsx"] = tmp_path / "junk.xlsx"
    with zipfile.ZipFile(files["zip_xlsx"], "w") as archive:
        archive.writestr("hello.txt", "hello")
    files["xls"] = tmp_path / "old.xls"
    files["xls"].write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    files["pdf"] = tmp_path / "paper.txt"
    files["pdf"].write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    return files


def test_bad_files_raise_table_error_only(tmp_path):
    for kind, path in _bad_files(tmp_path).items():
        with pytest.raises(TableError) as info:
            read_table(path)
        message = str(info.value)
        assert message and "Traceback" not in message, kind
        assert isinstance(info.value, ValueError)


def test_bad_file_messages_say_what_is_wrong(tmp_path):
    files = _bad_files(tmp_path)
    expected = {"zero": "empty", "ragged": "different lengths", "ragged_all": "different lengths",
                "png": "PNG", "binary": "binary", "latin1": "encoding", "folder": "folder",
                "xls": ".xls", "missing": "does not exist"}
    for kind, word in expected.items():
        with pytest.raises(TableError, match=word):
            read_table(files[kind])


def test_binary_is_never_decoded_as_text(tmp_path):
    # A file full of control bytes that happens to be valid UTF-8 is still binary.
    path = tmp_path / "controls.csv"
    path.write_bytes(bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16]) * 200)
    with pytest.raises(TableError, match="binary"):
        read_table(path)


def test_too_big_for_memory(tmp_path, monkeypatch):
    path = tmp_path / "big.csv"
    path.write_text("a,b\n" + "1,2\n" * 1000, encoding="utf-8")
    monkeypatch.setattr(tabular, "available_memory", lambda: 1000)
    with pytest.raises(TableError, match="too big"):
        read_table(path)


def test_memory_error_while_reading_becomes_table_error(tmp_path, monkeypatch):
    path = tmp_path / "t.csv"
    path.write_text("a\n1\n", encoding="utf-8")

    def boom(*_args, **_kwargs):
        raise MemoryError

    monkeypatch.setattr(pd, "read_csv", boom)
    with pytest.raises(TableError, match="too big"):
        read_table(path)


def test_undecodable_after_the_sample(tmp_path, monkeypatch):
    monkeypatch.setattr(tabular, "SAMPLE_BYTES", 64)
    path = tmp_path / "late.csv"
    path.write_bytes(b"a,b\n" + b"1,2\n" * 40 + "x,\u00e9\n".encode("latin-1"))
    with pytest.raises(TableError, match="encoding"):
        read_table(path)


def test_progress_and_cancel(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("a,b\n" + "1,2\n" * 50_000, encoding="utf-8")
    seen = []
    frame = read_table(path, progress=seen.append)
    assert len(frame) == 50_000
    assert seen[-1] == 1.0 and all(0 <= f <= 1 for f in seen)

    def cancel(fraction):
        raise Cancelled()

    with pytest.raises(Cancelled):
        read_table(path, progress=cancel)


def test_save_csv_is_atomic_and_round_trips(tmp_path):
    frame = pd.DataFrame({"名称": ["甲", None], "x": [1.5, math.nan]})
    target = tmp_path / "out.csv"
    target.write_text("old", encoding="utf-8")
    save_csv(frame, target)
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")  # Excel reads Chinese right
    back = read_table(target)
    assert list(back.columns) == ["名称", "x"]
    assert back["x"].isna().tolist() == [False, True]
    assert back["名称"].isna().tolist() == [False, True]


def test_parse_cell_checks_types():
    assert parse_cell("3", np.dtype("float64")) == 3.0
    assert math.isnan(parse_cell("", np.dtype("float64")))
    assert math.isnan(parse_cell("NA", np.dtype("float64")))
    assert parse_cell("7", np.dtype("int64")) == 7
    assert parse_cell("x", pd.StringDtype()) == "x"
    for text, dtype, reason in [("abc", np.dtype("float64"), "not_number"),
                                ("2.5", np.dtype("int64"), "not_integer"),
                                ("", np.dtype("int64"), "int_missing"),
                                ("maybe", np.dtype("bool"), "not_bool")]:
        with pytest.raises(CellValueError) as info:
            parse_cell(text, dtype)
        assert info.value.reason == reason


def test_engine_reader_error_for_unreadable_permissions(tmp_path):
    if os.name == "nt" or os.geteuid() == 0:
        pytest.skip("permissions are not enforced here")
    path = tmp_path / "locked.csv"
    path.write_text("a\n1\n", encoding="utf-8")
    path.chmod(0)
    try:
        with pytest.raises(TableError, match="cannot be read"):
            read_table(path)
    finally:
        path.chmod(0o644)


def test_house_tiny_constant_matches_the_book():
    lines = HOUSE_TINY_CSV.splitlines()
    assert lines[1:] == ["NA,Pave,127500", "2,NA,106000", "4,NA,178100", "NA,NA,140000"]


@pytest.mark.parametrize("content", ["a,b,c\n", "a,b,c", "\ufeffa,b,c\r\n"])
def test_a_header_without_rows_opens_as_an_empty_table(tmp_path, content):
    path = tmp_path / "header.csv"
    path.write_text(content, encoding="utf-8")
    frame = read_table(path)
    assert list(frame.columns) == ["a", "b", "c"] and frame.shape == (0, 3)


def test_comment_lines_are_skipped_and_the_code_says_so(tmp_path):
    path = tmp_path / "notes.csv"
    path.write_text("# exported by the lab scale\n# units: grams\nmass,volume\n1,2\n"
                    "# a note between rows\n3,4\n", encoding="utf-8")
    frame, source = open_table(path)
    assert list(frame.columns) == ["mass", "volume"]
    assert frame.to_numpy().tolist() == [[1, 2], [3, 4]]
    assert source.comment == "#" and source.skiprows == 0
    assert "comment='#'" in source.code()
    namespace = {"pd": pd}
    exec(source.code("again"), namespace)
    pd.testing.assert_frame_equal(namespace["again"], frame)


def test_title_lines_above_the_header_are_skipped(tmp_path):
    path = tmp_path / "report.csv"
    path.write_text("House prices 2024\nSource: city office\n\nNumRooms,Alley,Price\n"
                    "3,Pave,127500\n2,,106000\n4,,178100\n", encoding="utf-8")
    frame, source = open_table(path)
    assert list(frame.columns) == ["NumRooms", "Alley", "Price"] and len(frame) == 3
    assert source.skiprows == 3 and source.title == "House prices 2024"
    namespace = {"pd": pd}
    exec(source.code("again"), namespace)
    pd.testing.assert_frame_equal(namespace["again"], frame)


def test_title_and_comments_together_in_a_semicolon_file(tmp_path):
    path = tmp_path / "mixed.txt"
    path.write_text("# generated\nMeasurements, spring\nx;y;z\n1;2;3\n4;5;6\n7;8;9\n",
                    encoding="utf-8")
    frame, source = open_table(path)
    assert source.sep == ";" and source.skiprows == 2 and source.comment == "#"
    assert list(frame.columns) == ["x", "y", "z"] and frame.shape == (3, 3)


def test_a_title_with_a_comma_is_still_a_title(tmp_path):
    path = tmp_path / "report.csv"
    path.write_text("House prices, spring 2024\nNumRooms,Alley,Price\n3,Pave,127500\n"
                    "2,,106000\n", encoding="utf-8")
    frame, source = open_table(path)
    assert source.skiprows == 1 and source.title == "House prices, spring 2024"
    assert list(frame.columns) == ["NumRooms", "Alley", "Price"] and len(frame) == 2


def test_a_header_slightly_shorter_than_its_rows_is_still_ragged(tmp_path):
    path = tmp_path / "ragged.csv"
    path.write_text("a,b\n1,2,3\n4,5,6\n7,8,9\n", encoding="utf-8")
    with pytest.raises(TableError, match="different lengths"):
        read_table(path)
