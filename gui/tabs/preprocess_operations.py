"""The Preprocessing tab's right-hand column: the lesson guide and one group of buttons per
kind of operation. It only holds and labels the controls; the tab connects them."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.widgets.lesson_guide import LessonGuide, guide_html

#: The types a column can be changed to (engine.pipeline.DTYPES; a test keeps them equal).
DTYPE_CHOICES = ("float64", "int64", "Int64", "str", "category", "bool")


class OperationsPanel(QWidget):
    """Split, missing values and categories, scaling, tensors, columns and rows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("operationsPanel")

        def button(name: str) -> QPushButton:
            widget = QPushButton(self)
            widget.setObjectName(name)
            return widget

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        self.guide = LessonGuide(self, expanded=False)
        layout.addWidget(self.guide)
        self.hint_label = QLabel(self)
        self.hint_label.setObjectName("selectionHint")
        self.hint_label.setWordWrap(True)
        layout.addWidget(self.hint_label)

        self.split_group = QGroupBox(self)
        self.target_label = QLabel(self)
        self.target_combo = QComboBox(self)
        self.target_combo.setObjectName("targetCombo")
        self.split_button = button("splitButton")
        grid = QGridLayout(self.split_group)
        grid.addWidget(self.target_label, 0, 0)
        grid.addWidget(self.target_combo, 0, 1)
        grid.addWidget(self.split_button, 1, 0, 1, 2)
        layout.addWidget(self.split_group)

        self.missing_group = QGroupBox(self)
        self.drop_how_combo = QComboBox(self)
        self.drop_how_combo.setObjectName("dropHowCombo")
        self.drop_rows_button = button("dropRowsButton")
        self.drop_column_button = button("dropColumnButton")
        self.fill_method_combo = QComboBox(self)
        self.fill_method_combo.setObjectName("fillMethodCombo")
        self.fill_value_spin = QDoubleSpinBox(self)
        self.fill_value_spin.setObjectName("fillValueSpin")
        self.fill_value_spin.setRange(-1e12, 1e12)
        self.fill_value_spin.setDecimals(4)
        self.fill_value_spin.setMaximumWidth(110)
        self.fill_button = button("fillButton")
        self.dummy_na_check = QCheckBox(self)
        self.dummy_na_check.setObjectName("dummyNaCheck")
        self.dummy_na_check.setChecked(True)
        self.one_hot_button = button("oneHotButton")
        grid = QGridLayout(self.missing_group)
        grid.addWidget(self.fill_method_combo, 0, 0)
        grid.addWidget(self.fill_value_spin, 0, 1)
        grid.addWidget(self.fill_button, 1, 0, 1, 2)
        grid.addWidget(self.dummy_na_check, 2, 0, 1, 2)
        grid.addWidget(self.one_hot_button, 3, 0, 1, 2)
        grid.addWidget(self.drop_how_combo, 4, 0)
        grid.addWidget(self.drop_rows_button, 4, 1)
        grid.addWidget(self.drop_column_button, 5, 0, 1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        layout.addWidget(self.missing_group)

        self.tensor_group = QGroupBox(self)
        self.to_tensor_button = button("toTensorButton")
        self.use_for_training_button = button("useForTrainingButton")
        row = QHBoxLayout(self.tensor_group)
        row.addWidget(self.to_tensor_button)
        row.addWidget(self.use_for_training_button)
        layout.addWidget(self.tensor_group)

        self.scale_group = QGroupBox(self)
        self.standardize_button = button("standardizeButton")
        self.min_max_button = button("minMaxButton")
        row = QHBoxLayout(self.scale_group)
        row.addWidget(self.standardize_button)
        row.addWidget(self.min_max_button)
        layout.addWidget(self.scale_group)

        self.edit_group = QGroupBox(self)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("nameEdit")
        self.rename_button = button("renameButton")
        self.add_column_button = button("addColumnButton")
        self.dtype_combo = QComboBox(self)
        self.dtype_combo.setObjectName("dtypeCombo")
        self.dtype_combo.addItems(list(DTYPE_CHOICES))
        self.change_type_button = button("changeTypeButton")
        self.add_row_button = button("addRowButton")
        self.delete_rows_button = button("deleteRowsButton")
        self.delete_columns_button = button("deleteColumnsButton")
        grid = QGridLayout(self.edit_group)
        grid.addWidget(self.name_edit, 0, 0, 1, 2)
        grid.addWidget(self.rename_button, 1, 0)
        grid.addWidget(self.add_column_button, 1, 1)
        grid.addWidget(self.dtype_combo, 2, 0)
        grid.addWidget(self.change_type_button, 2, 1)
        grid.addWidget(self.add_row_button, 3, 0)
        grid.addWidget(self.delete_rows_button, 3, 1)
        grid.addWidget(self.delete_columns_button, 4, 0, 1, 2)
        layout.addWidget(self.edit_group)
        layout.addStretch(1)

        self.fill_method_combo.currentIndexChanged.connect(self._fill_value_enabled)

    def _fill_value_enabled(self) -> None:
        self.fill_value_spin.setEnabled(self.fill_method_combo.currentData() == "constant")

    def set_state(self, has_table: bool, busy: bool, can_split: bool) -> None:
        for group in (self.split_group, self.missing_group, self.scale_group, self.edit_group,
                      self.tensor_group):
            group.setEnabled(has_table and not busy)
        self.split_button.setEnabled(can_split)

    def fill_method(self) -> str:
        return self.fill_method_combo.currentData() or "mean"

    @staticmethod
    def _set_items(combo: QComboBox, items: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for text, data in items:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)

    # ----------------------------------------------------------------- texts
    def retranslate_ui(self) -> None:
        def label(widget, text: str, tip: str = "") -> None:
            widget.setText(text)
            widget.setAccessibleName(text.replace("…", ""))
            if tip:
                widget.setToolTip(tip)

        self.hint_label.setText(self.tr(
            "Operations act on the columns you select in the table (click a cell or a "
            "header). With nothing selected they use the suitable input columns."))

        self.split_group.setTitle(self.tr("Inputs and outputs"))
        self.target_label.setText(self.tr("Target (y):"))
        self.target_combo.setToolTip(self.tr("The column to predict; the others are the inputs"))
        self.target_combo.setAccessibleName(self.tr("Target column"))
        label(self.split_button, self.tr("Split into inputs / outputs"),
              self.tr("inputs, outputs = data.iloc[:, …], data.iloc[:, …] as in the course. "
                      "Select whole columns (click their headers) to use several targets."))

        self.missing_group.setTitle(self.tr("Missing values and categories"))
        self._set_items(self.fill_method_combo, [
            (self.tr("Fill with the mean"), "mean"), (self.tr("Fill with the median"), "median"),
            (self.tr("Fill with a constant"), "constant"),
            (self.tr("Fill by interpolation"), "interpolate")])
        self.fill_method_combo.setAccessibleName(self.tr("Fill method"))
        self.fill_method_combo.setToolTip(self.tr(
            "How to fill missing numbers: the column's mean or median, a constant, or "
            "interpolation between neighbours"))
        self.fill_value_spin.setToolTip(self.tr("The constant used by “Fill with a constant”"))
        self.fill_value_spin.setAccessibleName(self.tr("Fill constant"))
        self._fill_value_enabled()
        label(self.fill_button, self.tr("Fill missing numbers"),
              self.tr("fillna on number columns only (text columns such as Alley are left alone)"))
        label(self.dummy_na_check, self.tr("NaN as its own category"),
              self.tr("pd.get_dummies(..., dummy_na=True) adds a column such as Alley_nan"))
        label(self.one_hot_button, self.tr("One-hot encode"),
              self.tr("Turn a category column into 0/1 columns with pd.get_dummies"))
        self._set_items(self.drop_how_combo, [(self.tr("any value missing"), "any"),
                                              (self.tr("all values missing"), "all")])
        self.drop_how_combo.setAccessibleName(self.tr("Which rows to drop"))
        self.drop_how_combo.setToolTip(self.tr(
            "Drop a row when any of its values is missing, or only when all of them are"))
        label(self.drop_rows_button, self.tr("Drop rows"),
              self.tr("dropna: delete rows with missing values"))
        label(self.drop_column_button, self.tr("Drop the column with most missing"),
              self.tr("The course exercise: delete the column with the most missing values"))

        self.scale_group.setTitle(self.tr("Scale"))
        label(self.standardize_button, self.tr("Standardize"), self.tr("(x − mean) / std"))
        label(self.min_max_button, self.tr("Min-max scale"),
              self.tr("(x − min) / (max − min), into [0, 1]"))

        self.edit_group.setTitle(self.tr("Columns and rows"))
        self.name_edit.setPlaceholderText(self.tr("New column name"))
        self.name_edit.setAccessibleName(self.tr("New column name"))
        self.name_edit.setToolTip(self.tr("The name used by Rename and Add column"))
        label(self.rename_button, self.tr("Rename"), self.tr("Rename the selected column"))
        label(self.add_column_button, self.tr("Add column"), self.tr("Add an empty input column"))
        self.dtype_combo.setToolTip(self.tr(
            "float64: numbers · int64: whole numbers · Int64: whole "
            "numbers with missing values · str: text · category · bool"))
        self.dtype_combo.setAccessibleName(self.tr("New type"))
        label(self.change_type_button, self.tr("Change type"),
              self.tr("astype on the selected column"))
        label(self.add_row_button, self.tr("Add row"), self.tr("Append an empty row"))
        label(self.delete_rows_button, self.tr("Delete rows"), self.tr("Delete the selected rows"))
        label(self.delete_columns_button, self.tr("Delete columns"),
              self.tr("Delete the selected columns"))

        self.tensor_group.setTitle(self.tr("To tensors"))
        label(self.to_tensor_button, self.tr("Show as tensors"),
              self.tr("X = torch.tensor(inputs.to_numpy(dtype=float)) (Ctrl+T)"))
        label(self.use_for_training_button, self.tr("Use for training"),
              self.tr("Send the table to the Training tab as a linear-regression dataset"))
        self.guide.set_content(self.tr("Lesson guide · Data preprocessing"), guide_html(
            self.tr("Real data is messy: values are missing (NaN) and some columns are text. "
                    "Before a model can learn from it we read it with pandas, split it into "
                    "inputs and outputs, fill or drop what is missing, turn categories into "
                    "numbers and finally make tensors. Every button here adds one step; the code "
                    "below is the same step in pandas.")
            + "<br><code>inputs, outputs = data.iloc[:, 0:2], data.iloc[:, 2]<br>"
              "X = torch.tensor(inputs.to_numpy(dtype=float))</code>",
            "x̂ = (x − μ) / σ",
            [self.tr("Click “New example dataset…”, split with target Price, fill with the "
                     "mean, then one-hot encode with “NaN as its own category”: you get the "
                     "course's NumRooms, Alley_Pave, Alley_nan."),
             self.tr("Exercise: delete the column with the most missing values."),
             self.tr("Exercise: turn the preprocessed dataset into tensors."),
             self.tr("Try “Use for training” on a table of numbers and watch linear regression "
                     "learn it.")],
            self.tr("Course: 04 Data manipulation + data preprocessing (数据预处理)")))
