"""Engine error messages (TableError, StepError, ImageError) in the user's language.

The engine raises errors with a message key and parameters; this class holds a translatable copy
of every template (kept equal to the engine's English by a test) and fills it in.
"""

from __future__ import annotations

from PySide6.QtCore import QObject


class EngineMessages(QObject):
    """``text(exc)``: the translated message of a TableError/StepError/ImageError (else
    ``str(exc)``)."""

    def table_templates(self) -> dict[str, str]:
        return {
            "not_found": self.tr("“{name}” does not exist."),
            "folder": self.tr("“{name}” is a folder, not a table file. Choose a file inside it."),
            "unreadable": self.tr("“{name}” cannot be read: {detail}."),
            "empty": self.tr("“{name}” is empty (0 bytes): there is no table in it."),
            "too_big": self.tr(
                "“{name}” is too big for this computer's memory: it is {size} and about "
                "{needed} would be needed, but only {free} is free. Use a smaller part of it."),
            "too_big_reading": self.tr("“{name}” is too big for this computer's memory."),
            "blank": self.tr("“{name}” contains only blank space: there is no table in it."),
            "binary": self.tr(
                "“{name}” is a binary file, not a table. Open a CSV, TSV, text or .xlsx file."),
            "binary_pdf": self.tr(
                "“{name}” is a PDF document, not a table. Open a CSV, TSV, text or .xlsx file."),
            "binary_png": self.tr(
                "“{name}” is a PNG image, not a table. Open a CSV, TSV, text or .xlsx file."),
            "binary_jpeg": self.tr(
                "“{name}” is a JPEG image, not a table. Open a CSV, TSV, text or .xlsx file."),
            "binary_gif": self.tr(
                "“{name}” is a GIF image, not a table. Open a CSV, TSV, text or .xlsx file."),
            "binary_program": self.tr(
                "“{name}” is a program, not a table. Open a CSV, TSV, text or .xlsx file."),
            "binary_gzip": self.tr("“{name}” is a gzip archive: unpack it first."),
            "binary_rar": self.tr("“{name}” is a RAR archive: unpack it first."),
            "binary_7z": self.tr("“{name}” is a 7-Zip archive: unpack it first."),
            "old_office": self.tr(
                "“{name}” is an old Excel/Office file (.xls/.doc). Save it as .xlsx or CSV in "
                "Excel, then open that."),
            "encoding": self.tr(
                "“{name}” is not in a text encoding DiveLab understands (UTF-8, GBK/GB18030 or "
                "UTF-16). Save it again as “CSV UTF-8”."),
            "mixed_encoding": self.tr(
                "“{name}” is not entirely in {encoding}: part of it is in another encoding. "
                "Save it again as “CSV UTF-8”."),
            "bad_workbook": self.tr("“{name}” is not a valid Excel workbook."),
            "unreadable_workbook": self.tr("“{name}” is not a readable Excel workbook ({detail})."),
            "no_columns": self.tr("“{name}” has no columns: there is no table in it."),
            "ragged": self.tr("“{name}” has rows of different lengths: {detail}"),
            "ragged_header": self.tr(
                "“{name}” has rows of different lengths: some rows have more values than there "
                "are column names in the header."),
            "not_a_table": self.tr("“{name}” cannot be read as a table: {detail}"),
        }

    def step_templates(self) -> dict[str, str]:
        return {
            "no_column": self.tr("There is no column {column}."),
            "choose_columns": self.tr("Choose at least one column."),
            "not_numeric": self.tr("Only number columns can be used here; not numeric: {columns}."),
            "inputs_only": self.tr("This works on input columns, not on the target."),
            "failed": self.tr("The step failed: {detail}"),
            "no_rows_left": self.tr("This would remove every row: nothing would be left."),
            "no_columns_left": self.tr(
                "This would remove every input column: nothing would be left."),
            "already_split": self.tr("The table is already split into inputs and outputs."),
            "keep_an_input": self.tr("Leave at least one column as an input."),
            "unknown_choice": self.tr("Unknown choice {choice}."),
            "nothing_missing": self.tr("No input column has missing values."),
            "too_many_dummies": self.tr(
                "This would create {count} columns (more than {limit}); is this really a "
                "category column?"),
            "no_spread": self.tr(
                "{columns}: no spread (standard deviation 0), so it cannot be standardized."),
            "single_value": self.tr("{columns}: a single value, so it cannot be scaled."),
            "int_missing": self.tr(
                "{column} has missing values, which int64 cannot hold: fill them first or "
                "choose Int64."),
            "empty_name": self.tr("The name is empty."),
            "name_taken": self.tr("There is already a column called {column}."),
            "row_exists": self.tr("Row {row} exists already."),
            "choose_rows": self.tr("Choose at least one row."),
            "no_row": self.tr("There is no row {row}."),
            "target_needed": self.tr(
                "The target cannot be deleted after the split; undo the split first."),
            "unknown_step": self.tr("Unknown step in the saved pipeline."),
            "nothing_to_undo": self.tr("There is no step to undo."),
            "text_left_tensor": self.tr(
                "{what} still has text columns ({columns}): one-hot encode them or change "
                "their type first."),
            "not_a_tensor": self.tr("{what} cannot become a tensor: {detail}"),
            "no_features": self.tr("There are no feature columns besides the target."),
            "text_left": self.tr(
                "Text columns are left ({columns}): one-hot encode them or change their type "
                "first."),
            "missing_left": self.tr(
                "Missing values are left in {columns}: fill them or drop those rows first."),
            "infinite": self.tr("Some values are infinite."),
        }

    def image_templates(self) -> dict[str, str]:
        return {
            "empty_data": self.tr("the data is empty (0 bytes)"),
            "empty_file": self.tr("the file is empty (0 bytes)"),
            "folder": self.tr("this is a folder, not a picture"),
            "not_found": self.tr("file not found"),
            "permission": self.tr("permission denied"),
            "unreadable": self.tr("cannot read the file ({detail})"),
            "not_a_picture": self.tr("not a picture (or a format Pillow cannot read)"),
            "bomb": self.tr("refused: the picture is a decompression bomb (far more pixels "
                            "than any real photo)"),
            "too_large": self.tr("refused: {width}×{height} pixels is too large (limit {limit} "
                                 "megapixels, {max_side} pixels per side)"),
            "no_pixels_size": self.tr("the picture has no pixels ({width}×{height})"),
            "no_pixels": self.tr("the picture has no pixels"),
            "truncated": self.tr("the file is truncated (incomplete download?)"),
            "cannot_decode": self.tr("cannot decode the picture: {detail}"),
            "memory": self.tr("not enough memory to decode this picture"),
            "flat": self.tr("no object found: the picture is one flat colour"),
            "unusable": self.tr("cannot use this picture: {detail}"),
        }

    def text(self, exc: Exception) -> str:
        key = getattr(exc, "key", "")
        params = getattr(exc, "params", {})
        kind = type(exc).__name__
        templates = (self.table_templates() if kind == "TableError"
                     else self.image_templates() if kind == "ImageError"
                     else self.step_templates())
        template = templates.get(key)
        if not template:
            return str(exc)
        try:
            return template.format(**params)
        except (KeyError, IndexError, ValueError):  # a translation with a broken placeholder
            return str(exc)
