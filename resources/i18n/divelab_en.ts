<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AutogradView</name>
    <message>
        <location filename="../../gui/widgets/autograd_view.py" line="104" />
        <source>&amp;Tensor:</source>
        <translation>&amp;Tensor:</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/autograd_view.py" line="105" />
        <source>A tensor variable (or expression) whose graph to draw</source>
        <translation>A tensor variable (or expression) whose graph to draw</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/autograd_view.py" line="106" />
        <source>Tensor whose autograd graph is drawn</source>
        <translation>Tensor whose autograd graph is drawn</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/autograd_view.py" line="107" />
        <source>Computation graph: leaves at the top, the tensor at the bottom; drag to pan</source>
        <translation>Computation graph: leaves at the top, the tensor at the bottom; drag to pan</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/autograd_view.py" line="123" />
        <source>Pick a tensor to see the operations (grad_fn) that produced it. Leaves that require grad are green; after backward() they show .grad.</source>
        <translation>Pick a tensor to see the operations (grad_fn) that produced it. Leaves that require grad are green; after backward() they show .grad.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/autograd_view.py" line="169" />
        <source>%1 operations, %2 leaves</source>
        <translation>%1 operations, %2 leaves</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/autograd_view.py" line="171" />
        <source>leaves show .grad after backward()</source>
        <translation>leaves show .grad after backward()</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/autograd_view.py" line="173" />
        <source>call backward() to fill the leaves' .grad</source>
        <translation>call backward() to fill the leaves' .grad</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/autograd_view.py" line="175" />
        <source>graph cut at 200 nodes</source>
        <translation>graph cut at 200 nodes</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/autograd_view.py" line="184" />
        <source>shape %1</source>
        <translation>shape %1</translation>
    </message>
</context>
<context>
    <name>BroadcastView</name>
    <message>
        <location filename="../../gui/widgets/broadcast_view.py" line="94" />
        <source>A:</source>
        <translation>A:</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/broadcast_view.py" line="95" />
        <source>B:</source>
        <translation>B:</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/broadcast_view.py" line="97" />
        <source>A shape such as 3, 1 or the name of a tensor variable</source>
        <translation>A shape such as 3, 1 or the name of a tensor variable</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/broadcast_view.py" line="98" />
        <source>Operand shape</source>
        <translation>Operand shape</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/broadcast_view.py" line="100" />
        <source>Shapes are aligned on the right. On each axis the sizes must be equal, or one of them 1 (a missing axis counts as 1); that one is copied along the axis.</source>
        <translation>Shapes are aligned on the right. On each axis the sizes must be equal, or one of them 1 (a missing axis counts as 1); that one is copied along the axis.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/broadcast_view.py" line="103" />
        <source>&lt;span style='background:%1'&gt;&amp;nbsp;1 → n&amp;nbsp;&lt;/span&gt; stretched &amp;nbsp; &lt;span style='background:%2'&gt;&amp;nbsp;· → n&amp;nbsp;&lt;/span&gt; missing axis added &amp;nbsp; &lt;span style='background:%3'&gt;&amp;nbsp;n ≠ m&amp;nbsp;&lt;/span&gt; breaks the rule</source>
        <translation>&lt;span style='background:%1'&gt;&amp;nbsp;1 → n&amp;nbsp;&lt;/span&gt; stretched &amp;nbsp; &lt;span style='background:%2'&gt;&amp;nbsp;· → n&amp;nbsp;&lt;/span&gt; missing axis added &amp;nbsp; &lt;span style='background:%3'&gt;&amp;nbsp;n ≠ m&amp;nbsp;&lt;/span&gt; breaks the rule</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/broadcast_view.py" line="140" />
        <source>Type a shape such as 3, 1 or the name of a tensor.</source>
        <translation>Type a shape such as 3, 1 or the name of a tensor.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/broadcast_view.py" line="144" />
        <source>At most 8 axes.</source>
        <translation>At most 8 axes.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/broadcast_view.py" line="152" />
        <source>axis</source>
        <translation>axis</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/broadcast_view.py" line="185" />
        <source>A + B has shape %1</source>
        <translation>A + B has shape %1</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/broadcast_view.py" line="188" />
        <source>stretched axes: %1</source>
        <translation>stretched axes: %1</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/broadcast_view.py" line="194" />
        <source>Cannot broadcast: on axis %1 the sizes are %2 and %3, and neither is 1.</source>
        <translation>Cannot broadcast: on axis %1 the sizes are %2 and %3, and neither is 1.</translation>
    </message>
</context>
<context>
    <name>CellOutput</name>
    <message>
        <location filename="../../gui/widgets/cell_output.py" line="118" />
        <source>Line %1</source>
        <translation>Line %1</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/cell_output.py" line="120" />
        <source>Interrupted</source>
        <translation>Interrupted</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/cell_output.py" line="131" />
        <source>The kernel ran out of memory; try a smaller tensor.</source>
        <translation>The kernel ran out of memory; try a smaller tensor.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/cell_output.py" line="133" />
        <source>(memory limit: %1 GB)</source>
        <translation>(memory limit: %1 GB)</translation>
    </message>
</context>
<context>
    <name>CellWidget</name>
    <message>
        <location filename="../../gui/widgets/notebook_cells.py" line="134" />
        <source>✎ Your answer</source>
        <extracomment>Left bar and badge colours of an assignment's cells (readable on light and dark themes).</extracomment>
        <translation>✎ Your answer</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/notebook_cells.py" line="136" />
        <source>Write your answer here; the tests below check it</source>
        <translation>Write your answer here; the tests below check it</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/notebook_cells.py" line="137" />
        <source>Write your answer here; your teacher marks it</source>
        <translation>Write your answer here; your teacher marks it</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/notebook_cells.py" line="138" />
        <source>✎ Task</source>
        <translation>✎ Task</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/notebook_cells.py" line="139" />
        <source>Your teacher marks this task</source>
        <translation>Your teacher marks this task</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/notebook_cells.py" line="140" />
        <source>Test · 1 point</source>
        <translation>Test · 1 point</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/notebook_cells.py" line="141" />
        <source>Test · %1 points</source>
        <translation>Test · %1 points</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/notebook_cells.py" line="144" />
        <source>Read-only</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/notebook_cells.py" line="142" />
        <source>An autograded test: read-only; Validate runs it against your answers</source>
        <translation>An autograded test: read-only; Validate runs it against your answers</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/notebook_cells.py" line="145" />
        <source>Given code or text of the assignment: read-only</source>
        <translation>Given code or text of the assignment: read-only</translation>
    </message>
</context>
<context>
    <name>ClassifierTab</name>
    <message>
        <location filename="../../gui/tabs/classifier_tab.py" line="164" />
        <source>Classifier</source>
        <extracomment>Widgets of the parts that tests, scripts and the self-test reach through the tab.</extracomment>
        <translation>Classifier</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_tab.py" line="170" />
        <source>Your pictures</source>
        <translation>Your pictures</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_tab.py" line="171" />
        <source>Test set</source>
        <translation>Test set</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_tab.py" line="173" />
        <source>Lesson: classifying images</source>
        <translation>Lesson: classifying images</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_tab.py" line="175" />
        <source>A classifier turns a 28×28 picture (784 pixel values) into one score per class; softmax turns the scores into probabilities and the largest one is the prediction. The model only knows pictures like the training set: light garments on black, filling the frame. Your own photo has to be made to look like that first.</source>
        <translation>A classifier turns a 28×28 picture (784 pixel values) into one score per class; softmax turns the scores into probabilities and the largest one is the prediction. The model only knows pictures like the training set: light garments on black, filling the frame. Your own photo has to be made to look like that first.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_tab.py" line="182" />
        <source>Drop a photo of a shoe or a T-shirt, then untick “Invert light backgrounds”: what happens to the prediction, and why?</source>
        <translation>Drop a photo of a shoe or a T-shirt, then untick “Invert light backgrounds”: what happens to the prediction, and why?</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_tab.py" line="184" />
        <source>Untick “Crop to the object” with a small garment in a big picture.</source>
        <translation>Untick “Crop to the object” with a small garment in a big picture.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_tab.py" line="185" />
        <source>In the Test set page, find the two classes the model confuses most (click the cell). Would you have told them apart?</source>
        <translation>In the Test set page, find the two classes the model confuses most (click the cell). Would you have told them apart?</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_tab.py" line="187" />
        <source>Compare the softmax model with the MLP: which classes improve?</source>
        <translation>Compare the softmax model with the MLP: which classes improve?</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_tab.py" line="188" />
        <source>Show only misclassified images of one class: are the labels always right?</source>
        <translation>Show only misclassified images of one class: are the labels always right?</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_tab.py" line="190" />
        <source>Course: softmax regression · image classification dataset · predict_ch3</source>
        <translation>Course: softmax regression · image classification dataset · predict_ch3</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_tab.py" line="432" />
        <source>Something went wrong: %1</source>
        <translation>Something went wrong: %1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_tab.py" line="451" />
        <source>Nothing to export yet: add some pictures.</source>
        <translation>Nothing to export yet: add some pictures.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_tab.py" line="454" />
        <source>Export results</source>
        <translation>Export results</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_tab.py" line="455" />
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_tab.py" line="466" />
        <source>Could not save: %1</source>
        <translation>Could not save: %1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_tab.py" line="469" />
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
</context>
<context>
    <name>DataFrameModel</name>
    <message>
        <location filename="../../gui/widgets/dataframe_model.py" line="178" />
        <source>%1 · %2 missing</source>
        <extracomment>Views of tables with at least this many rows are sorted on a worker thread.</extracomment>
        <translation>%1 · %2 missing</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/dataframe_model.py" line="182" />
        <source>Column %1: type %2, %3 missing of %4 values</source>
        <translation>Column %1: type %2, %3 missing of %4 values</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/dataframe_model.py" line="186" />
        <source>Target column (outputs, y)</source>
        <translation>Target column (outputs, y)</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/dataframe_model.py" line="220" />
        <source>“%1” is not a number, and %2 is a number column.</source>
        <translation>“%1” is not a number, and %2 is a number column.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/dataframe_model.py" line="221" />
        <source>“%1” is not a whole number, and %2 is an integer column: change its type to float64 first.</source>
        <translation>“%1” is not a whole number, and %2 is an integer column: change its type to float64 first.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/dataframe_model.py" line="223" />
        <source>%2 is an integer column and cannot hold a missing value: change its type to float64 first.</source>
        <translation>%2 is an integer column and cannot hold a missing value: change its type to float64 first.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/dataframe_model.py" line="225" />
        <source>“%1” is not True or False, and %2 is a true/false column.</source>
        <translation>“%1” is not True or False, and %2 is a true/false column.</translation>
    </message>
</context>
<context>
    <name>EngineMessages</name>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="18" />
        <source>“{name}” does not exist.</source>
        <translation>“{name}” does not exist.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="19" />
        <source>“{name}” is a folder, not a table file. Choose a file inside it.</source>
        <translation>“{name}” is a folder, not a table file. Choose a file inside it.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="20" />
        <source>“{name}” cannot be read: {detail}.</source>
        <translation>“{name}” cannot be read: {detail}.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="21" />
        <source>“{name}” is empty (0 bytes): there is no table in it.</source>
        <translation>“{name}” is empty (0 bytes): there is no table in it.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="23" />
        <source>“{name}” is too big for this computer's memory: it is {size} and about {needed} would be needed, but only {free} is free. Use a smaller part of it.</source>
        <translation>“{name}” is too big for this computer's memory: it is {size} and about {needed} would be needed, but only {free} is free. Use a smaller part of it.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="25" />
        <source>“{name}” is too big for this computer's memory.</source>
        <translation>“{name}” is too big for this computer's memory.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="26" />
        <source>“{name}” contains only blank space: there is no table in it.</source>
        <translation>“{name}” contains only blank space: there is no table in it.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="28" />
        <source>“{name}” is a binary file, not a table. Open a CSV, TSV, text or .xlsx file.</source>
        <translation>“{name}” is a binary file, not a table. Open a CSV, TSV, text or .xlsx file.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="30" />
        <source>“{name}” is a PDF document, not a table. Open a CSV, TSV, text or .xlsx file.</source>
        <translation>“{name}” is a PDF document, not a table. Open a CSV, TSV, text or .xlsx file.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="32" />
        <source>“{name}” is a PNG image, not a table. Open a CSV, TSV, text or .xlsx file.</source>
        <translation>“{name}” is a PNG image, not a table. Open a CSV, TSV, text or .xlsx file.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="34" />
        <source>“{name}” is a JPEG image, not a table. Open a CSV, TSV, text or .xlsx file.</source>
        <translation>“{name}” is a JPEG image, not a table. Open a CSV, TSV, text or .xlsx file.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="36" />
        <source>“{name}” is a GIF image, not a table. Open a CSV, TSV, text or .xlsx file.</source>
        <translation>“{name}” is a GIF image, not a table. Open a CSV, TSV, text or .xlsx file.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="38" />
        <source>“{name}” is a program, not a table. Open a CSV, TSV, text or .xlsx file.</source>
        <translation>“{name}” is a program, not a table. Open a CSV, TSV, text or .xlsx file.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="39" />
        <source>“{name}” is a gzip archive: unpack it first.</source>
        <translation>“{name}” is a gzip archive: unpack it first.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="40" />
        <source>“{name}” is a RAR archive: unpack it first.</source>
        <translation>“{name}” is a RAR archive: unpack it first.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="41" />
        <source>“{name}” is a 7-Zip archive: unpack it first.</source>
        <translation>“{name}” is a 7-Zip archive: unpack it first.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="43" />
        <source>“{name}” is an old Excel/Office file (.xls/.doc). Save it as .xlsx or CSV in Excel, then open that.</source>
        <translation>“{name}” is an old Excel/Office file (.xls/.doc). Save it as .xlsx or CSV in Excel, then open that.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="46" />
        <source>“{name}” is not in a text encoding DiveLab understands (UTF-8, GBK/GB18030 or UTF-16). Save it again as “CSV UTF-8”.</source>
        <translation>“{name}” is not in a text encoding DiveLab understands (UTF-8, GBK/GB18030 or UTF-16). Save it again as “CSV UTF-8”.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="49" />
        <source>“{name}” is not entirely in {encoding}: part of it is in another encoding. Save it again as “CSV UTF-8”.</source>
        <translation>“{name}” is not entirely in {encoding}: part of it is in another encoding. Save it again as “CSV UTF-8”.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="51" />
        <source>“{name}” is not a valid Excel workbook.</source>
        <translation>“{name}” is not a valid Excel workbook.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="52" />
        <source>“{name}” is not a readable Excel workbook ({detail}).</source>
        <translation>“{name}” is not a readable Excel workbook ({detail}).</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="53" />
        <source>“{name}” has no columns: there is no table in it.</source>
        <translation>“{name}” has no columns: there is no table in it.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="54" />
        <source>“{name}” has rows of different lengths: {detail}</source>
        <translation>“{name}” has rows of different lengths: {detail}</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="56" />
        <source>“{name}” has rows of different lengths: some rows have more values than there are column names in the header.</source>
        <translation>“{name}” has rows of different lengths: some rows have more values than there are column names in the header.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="58" />
        <source>“{name}” cannot be read as a table: {detail}</source>
        <translation>“{name}” cannot be read as a table: {detail}</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="63" />
        <source>There is no column {column}.</source>
        <translation>There is no column {column}.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="64" />
        <source>Choose at least one column.</source>
        <translation>Choose at least one column.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="65" />
        <source>Only number columns can be used here; not numeric: {columns}.</source>
        <translation>Only number columns can be used here; not numeric: {columns}.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="66" />
        <source>This works on input columns, not on the target.</source>
        <translation>This works on input columns, not on the target.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="67" />
        <source>The step failed: {detail}</source>
        <translation>The step failed: {detail}</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="68" />
        <source>This would remove every row: nothing would be left.</source>
        <translation>This would remove every row: nothing would be left.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="70" />
        <source>This would remove every input column: nothing would be left.</source>
        <translation>This would remove every input column: nothing would be left.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="71" />
        <source>The table is already split into inputs and outputs.</source>
        <translation>The table is already split into inputs and outputs.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="72" />
        <source>Leave at least one column as an input.</source>
        <translation>Leave at least one column as an input.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="73" />
        <source>Unknown choice {choice}.</source>
        <translation>Unknown choice {choice}.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="74" />
        <source>No input column has missing values.</source>
        <translation>No input column has missing values.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="76" />
        <source>This would create {count} columns (more than {limit}); is this really a category column?</source>
        <translation>This would create {count} columns (more than {limit}); is this really a category column?</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="79" />
        <source>{columns}: no spread (standard deviation 0), so it cannot be standardized.</source>
        <translation>{columns}: no spread (standard deviation 0), so it cannot be standardized.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="80" />
        <source>{columns}: a single value, so it cannot be scaled.</source>
        <translation>{columns}: a single value, so it cannot be scaled.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="82" />
        <source>{column} has missing values, which int64 cannot hold: fill them first or choose Int64.</source>
        <translation>{column} has missing values, which int64 cannot hold: fill them first or choose Int64.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="84" />
        <source>The name is empty.</source>
        <translation>The name is empty.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="85" />
        <source>There is already a column called {column}.</source>
        <translation>There is already a column called {column}.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="86" />
        <source>Row {row} exists already.</source>
        <translation>Row {row} exists already.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="87" />
        <source>Choose at least one row.</source>
        <translation>Choose at least one row.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="88" />
        <source>There is no row {row}.</source>
        <translation>There is no row {row}.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="90" />
        <source>The target cannot be deleted after the split; undo the split first.</source>
        <translation>The target cannot be deleted after the split; undo the split first.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="91" />
        <source>Unknown step in the saved pipeline.</source>
        <translation>Unknown step in the saved pipeline.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="92" />
        <source>There is no step to undo.</source>
        <translation>There is no step to undo.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="94" />
        <source>{what} still has text columns ({columns}): one-hot encode them or change their type first.</source>
        <translation>{what} still has text columns ({columns}): one-hot encode them or change their type first.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="96" />
        <source>{what} cannot become a tensor: {detail}</source>
        <translation>{what} cannot become a tensor: {detail}</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="97" />
        <source>There are no feature columns besides the target.</source>
        <translation>There are no feature columns besides the target.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="99" />
        <source>Text columns are left ({columns}): one-hot encode them or change their type first.</source>
        <translation>Text columns are left ({columns}): one-hot encode them or change their type first.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="102" />
        <source>Missing values are left in {columns}: fill them or drop those rows first.</source>
        <translation>Missing values are left in {columns}: fill them or drop those rows first.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="103" />
        <source>Some values are infinite.</source>
        <translation>Some values are infinite.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="108" />
        <source>the data is empty (0 bytes)</source>
        <translation>the data is empty (0 bytes)</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="109" />
        <source>the file is empty (0 bytes)</source>
        <translation>the file is empty (0 bytes)</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="110" />
        <source>this is a folder, not a picture</source>
        <translation>this is a folder, not a picture</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="111" />
        <source>file not found</source>
        <translation>file not found</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="112" />
        <source>permission denied</source>
        <translation>permission denied</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="113" />
        <source>cannot read the file ({detail})</source>
        <translation>cannot read the file ({detail})</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="114" />
        <source>not a picture (or a format Pillow cannot read)</source>
        <translation>not a picture (or a format Pillow cannot read)</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="115" />
        <source>refused: the picture is a decompression bomb (far more pixels than any real photo)</source>
        <translation>refused: the picture is a decompression bomb (far more pixels than any real photo)</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="117" />
        <source>refused: {width}×{height} pixels is too large (limit {limit} megapixels, {max_side} pixels per side)</source>
        <translation>refused: {width}×{height} pixels is too large (limit {limit} megapixels, {max_side} pixels per side)</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="119" />
        <source>the picture has no pixels ({width}×{height})</source>
        <translation>the picture has no pixels ({width}×{height})</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="120" />
        <source>the picture has no pixels</source>
        <translation>the picture has no pixels</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="121" />
        <source>the file is truncated (incomplete download?)</source>
        <translation>the file is truncated (incomplete download?)</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="122" />
        <source>cannot decode the picture: {detail}</source>
        <translation>cannot decode the picture: {detail}</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="123" />
        <source>not enough memory to decode this picture</source>
        <translation>not enough memory to decode this picture</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="124" />
        <source>no object found: the picture is one flat colour</source>
        <translation>no object found: the picture is one flat colour</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="125" />
        <source>cannot use this picture: {detail}</source>
        <translation>cannot use this picture: {detail}</translation>
    </message>
</context>
<context>
    <name>ExperimentBanner</name>
    <message>
        <location filename="../../gui/tabs/training_experiment_view.py" line="34" />
        <source>Show all runs</source>
        <translation>Show all runs</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_experiment_view.py" line="35" />
        <source>Leave the experiment and show every run again</source>
        <translation>Leave the experiment and show every run again</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_experiment_view.py" line="38" />
        <source>learning rate η = 0.01 / 0.1 / 1</source>
        <translation>learning rate η = 0.01 / 0.1 / 1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_experiment_view.py" line="39" />
        <source>batch size 1 vs 256</source>
        <translation>batch size 1 vs 256</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_experiment_view.py" line="40" />
        <source>scratch vs concise</source>
        <translation>scratch vs concise</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_experiment_view.py" line="41" />
        <source>Experiment %1: %2 · %3</source>
        <translation>Experiment %1: %2 · %3</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_experiment_view.py" line="52" />
        <source>the course's synthetic data</source>
        <translation>the course's synthetic data</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_experiment_view.py" line="54" />
        <source>At the course's values: %1, on %2.</source>
        <translation>At the course's values: %1, on %2.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_experiment_view.py" line="56" />
        <source>Running…</source>
        <translation>Running…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_experiment_view.py" line="57" />
        <source>Verdict:</source>
        <translation>Verdict:</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_experiment_view.py" line="64" />
        <source>Stopped before every run finished: no verdict.</source>
        <translation>Stopped before every run finished: no verdict.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_experiment_view.py" line="66" />
        <source>η = %1 diverged</source>
        <translation>η = %1 diverged</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_experiment_view.py" line="67" />
        <source>η = %1 oscillates (loss %2)</source>
        <translation>η = %1 oscillates (loss %2)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_experiment_view.py" line="68" />
        <source>η = %1 is too large (loss %2)</source>
        <translation>η = %1 is too large (loss %2)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_experiment_view.py" line="69" />
        <source>η = %1 crawls (loss %2)</source>
        <translation>η = %1 crawls (loss %2)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_experiment_view.py" line="70" />
        <source>η = %1 also converges (loss %2)</source>
        <translation>η = %1 also converges (loss %2)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_experiment_view.py" line="71" />
        <source>η = %1 ends lowest (loss %2)</source>
        <translation>η = %1 ends lowest (loss %2)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_experiment_view.py" line="72" />
        <source>η = %1 converges fastest (loss %2)</source>
        <translation>η = %1 converges fastest (loss %2)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_experiment_view.py" line="73" />
        <location filename="../../gui/tabs/training_experiment_view.py" line="111" />
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_experiment_view.py" line="75" />
        <location filename="../../gui/tabs/training_experiment_view.py" line="111" />
        <source>.</source>
        <translation>.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_experiment_view.py" line="84" />
        <source>Scratch and concise agree: they learn the same w and b (largest difference %1).</source>
        <translation>Scratch and concise agree: they learn the same w and b (largest difference %1).</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_experiment_view.py" line="86" />
        <source>Scratch and concise differ: their w and b are up to %1 apart.</source>
        <translation>Scratch and concise differ: their w and b are up to %1 apart.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_experiment_view.py" line="90" />
        <source>Their losses are %1× apart: the scratch squared_loss halves (ŷ − y)², nn.MSELoss does not.</source>
        <translation>Their losses are %1× apart: the scratch squared_loss halves (ŷ − y)², nn.MSELoss does not.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_experiment_view.py" line="94" />
        <source>Scratch and concise agree: loss %1 vs %2 (%3 % apart), test accuracy %4 vs %5: the same model written two ways.</source>
        <translation>Scratch and concise agree: loss %1 vs %2 (%3 % apart), test accuracy %4 vs %5: the same model written two ways.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_experiment_view.py" line="96" />
        <source>Scratch and concise differ: loss %1 vs %2 (%3 % apart), test accuracy %4 vs %5.</source>
        <translation>Scratch and concise differ: loss %1 vs %2 (%3 % apart), test accuracy %4 vs %5.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_experiment_view.py" line="106" />
        <source>B = %1 diverged</source>
        <translation>B = %1 diverged</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_experiment_view.py" line="108" />
        <source>B = %1: loss %2 after %3 updates, %4 s per epoch</source>
        <translation>B = %1: loss %2 after %3 updates, %4 s per epoch</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_experiment_view.py" line="113" />
        <source>The smaller batch, with more and noisier steps, reached the lower loss.</source>
        <translation>The smaller batch, with more and noisier steps, reached the lower loss.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_experiment_view.py" line="116" />
        <source>The larger batch, with fewer and smoother steps, reached the lower loss.</source>
        <translation>The larger batch, with fewer and smoother steps, reached the lower loss.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_experiment_view.py" line="119" />
        <source>B = %1 was %2× faster per epoch.</source>
        <translation>B = %1 was %2× faster per epoch.</translation>
    </message>
</context>
<context>
    <name>FigureBlock</name>
    <message>
        <location filename="../../gui/widgets/rich_output.py" line="329" />
        <source>Save image…</source>
        <extracomment>Richest first. The DiveLab summary only wins for values it draws better than their repr. Tallest an HTML/Markdown block grows before it scrolls inside itself. What was last drawn for the current width, and the (token, size) it was made for; a new SVG frame keeps showing the previous raster until its own is ready.</extracomment>
        <translation>Save image…</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/rich_output.py" line="332" />
        <source>Copy image</source>
        <translation>Copy image</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/rich_output.py" line="349" />
        <source>PNG image (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/rich_output.py" line="350" />
        <source>SVG image (*.svg)</source>
        <translation>SVG image (*.svg)</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/rich_output.py" line="354" />
        <location filename="../../gui/widgets/rich_output.py" line="370" />
        <source>Save image</source>
        <translation>Save image</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/rich_output.py" line="371" />
        <source>Could not write %1:
%2</source>
        <translation>Could not write %1:
%2</translation>
    </message>
</context>
<context>
    <name>LabController</name>
    <message>
        <location filename="../../gui/tabs/lab_controller.py" line="80" />
        <source>No labs are installed with DiveLab.</source>
        <extracomment>(cells done, cells to run). A check or a submission ended (True when it produced results).</extracomment>
        <translation>No labs are installed with DiveLab.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lab_controller.py" line="100" />
        <source>The lab could not be copied into your lab folder (File ▸ Choose lab folder… picks another one).</source>
        <translation>The lab could not be copied into your lab folder (File ▸ Choose lab folder… picks another one).</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lab_controller.py" line="147" />
        <source>Submit notebook</source>
        <translation>Submit notebook</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lab_controller.py" line="148" />
        <source>Jupyter notebooks (*.ipynb)</source>
        <translation>Jupyter notebooks (*.ipynb)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lab_controller.py" line="167" />
        <source>Submitted: the notebook is saved as %1 and its report as %2. Hand in both (print the report if your teacher asks for paper).</source>
        <translation>Submitted: the notebook is saved as %1 and its report as %2. Hand in both (print the report if your teacher asks for paper).</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lab_controller.py" line="176" />
        <source>A check is already running; wait for it to finish.</source>
        <translation>A check is already running; wait for it to finish.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lab_controller.py" line="225" />
        <source>The check stopped because of an internal error; your notebook is unchanged.</source>
        <translation>The check stopped because of an internal error; your notebook is unchanged.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lab_controller.py" line="230" />
        <source>The check could not run: the kernel did not start or stopped. Try again; if it keeps failing, restart DiveLab.</source>
        <translation>The check could not run: the kernel did not start or stopped. Try again; if it keeps failing, restart DiveLab.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lab_controller.py" line="232" />
        <source>This notebook's assignment data (nbgrader metadata) is damaged, so it cannot be checked.</source>
        <translation>This notebook's assignment data (nbgrader metadata) is damaged, so it cannot be checked.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lab_controller.py" line="234" />
        <source>This notebook has no autograded tests to check.</source>
        <translation>This notebook has no autograded tests to check.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lab_controller.py" line="235" />
        <source>This notebook does not match the lab it looks like, so it cannot be checked against it.</source>
        <translation>This notebook does not match the lab it looks like, so it cannot be checked against it.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lab_controller.py" line="237" />
        <source>The file could not be written there; choose another folder. Your notebook is unchanged.</source>
        <translation>The file could not be written there; choose another folder. Your notebook is unchanged.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lab_controller.py" line="239" />
        <source>The notebook file could not be read.</source>
        <translation>The notebook file could not be read.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lab_controller.py" line="241" />
        <source>The notebook could not be checked.</source>
        <translation>The notebook could not be checked.</translation>
    </message>
</context>
<context>
    <name>LabPickerDialog</name>
    <message>
        <location filename="../../gui/widgets/lab_picker.py" line="45" />
        <source>Labs</source>
        <translation>Labs</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/lab_picker.py" line="47" />
        <source>Each lab is a notebook with tasks and tests. Your copy is kept in your lab folder: opening a lab again continues where you left off. Validate checks your answers; Submit saves the notebook and a printable report to hand in.</source>
        <translation>Each lab is a notebook with tasks and tests. Your copy is kept in your lab folder: opening a lab again continues where you left off. Validate checks your answers; Submit saves the notebook and a printable report to hand in.</translation>
    </message>
</context>
<context>
    <name>LabResultsPanel</name>
    <message>
        <location filename="../../gui/widgets/lab_results.py" line="100" />
        <source>Running cell %1 of %2…</source>
        <translation>Running cell %1 of %2…</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/lab_results.py" line="126" />
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/lab_results.py" line="127" />
        <source>Hide the results</source>
        <translation>Hide the results</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/lab_results.py" line="128" />
        <source>Test results</source>
        <translation>Test results</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/lab_results.py" line="130" />
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/lab_results.py" line="132" />
        <source>Starting a fresh kernel…</source>
        <translation>Starting a fresh kernel…</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/lab_results.py" line="137" />
        <source>Score: %1 / %2</source>
        <translation>Score: %1 / %2</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/lab_results.py" line="143" />
        <source>Tests run from the released lab “%1”: editing a test changes nothing.</source>
        <translation>Tests run from the released lab “%1”: editing a test changes nothing.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/lab_results.py" line="145" />
        <source>Tests run from this notebook (a self-check; your teacher re-checks with the original tests).</source>
        <translation>Tests run from this notebook (a self-check; your teacher re-checks with the original tests).</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/lab_results.py" line="153" />
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/lab_results.py" line="158" />
        <source>Passed</source>
        <translation>Passed</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/lab_results.py" line="161" />
        <source>Answers not done yet: %1</source>
        <translation>Answers not done yet: %1</translation>
    </message>
</context>
<context>
    <name>LearningRateView</name>
    <message>
        <location filename="../../gui/tabs/loss_rate_views.py" line="107" />
        <source>Learning rate</source>
        <translation>Learning rate</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_rate_views.py" line="108" />
        <source>Learning rate η</source>
        <translation>Learning rate η</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_rate_views.py" line="109" />
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_rate_views.py" line="111" />
        <source>Learning rate for both quadratics</source>
        <translation>Learning rate for both quadratics</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_rate_views.py" line="112" />
        <source>Number of gradient steps shown</source>
        <translation>Number of gradient steps shown</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_rate_views.py" line="123" />
        <source>f(x) = x²/2</source>
        <translation>f(x) = x²/2</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_rate_views.py" line="127" />
        <source>f(x) = xᵀAx/2, curvatures 0.5 and 2</source>
        <translation>f(x) = xᵀAx/2, curvatures 0.5 and 2</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_rate_views.py" line="135" />
        <source>too small: it crawls</source>
        <translation>too small: it crawls</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_rate_views.py" line="136" />
        <source>good: it converges steadily</source>
        <translation>good: it converges steadily</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_rate_views.py" line="137" />
        <source>large: it overshoots and oscillates</source>
        <translation>large: it overshoots and oscillates</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_rate_views.py" line="138" />
        <source>too large: it diverges</source>
        <translation>too large: it diverges</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_rate_views.py" line="148" />
        <source>η·f″ = %1; after %2 steps the distance is %3 of the start</source>
        <translation>η·f″ = %1; after %2 steps the distance is %3 of the start</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_rate_views.py" line="151" />
        <source>η × largest curvature = %1 (must stay below 2); distance now %2 of the start</source>
        <translation>η × largest curvature = %1 (must stay below 2); distance now %2 of the start</translation>
    </message>
</context>
<context>
    <name>LessonGuide</name>
    <message>
        <location filename="../../gui/widgets/lesson_guide.py" line="68" />
        <source>Show or hide the lesson guide</source>
        <translation>Show or hide the lesson guide</translation>
    </message>
</context>
<context>
    <name>LossDescentView</name>
    <message>
        <location filename="../../gui/tabs/loss_descent_view.py" line="140" />
        <source>L2 loss r²/2</source>
        <translation>L2 loss r²/2</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_descent_view.py" line="140" />
        <source>L1 loss |r|</source>
        <translation>L1 loss |r|</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_descent_view.py" line="141" />
        <source>Huber's robust loss</source>
        <translation>Huber's robust loss</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_descent_view.py" line="144" />
        <source>Loss functions</source>
        <translation>Loss functions</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_descent_view.py" line="145" />
        <source>Loss</source>
        <translation>Loss</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_descent_view.py" line="146" />
        <source>Huber δ</source>
        <translation>Huber δ</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_descent_view.py" line="147" />
        <source>Start ŷ − y</source>
        <translation>Start ŷ − y</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_descent_view.py" line="148" />
        <source>Learning rate</source>
        <translation>Learning rate</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_descent_view.py" line="150" />
        <source>Which loss to plot and descend</source>
        <translation>Which loss to plot and descend</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_descent_view.py" line="151" />
        <source>Where Huber's loss switches from quadratic to linear</source>
        <translation>Where Huber's loss switches from quadratic to linear</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_descent_view.py" line="152" />
        <source>Residual the animation starts from</source>
        <translation>Residual the animation starts from</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_descent_view.py" line="153" />
        <source>Step size of the gradient descent animation</source>
        <translation>Step size of the gradient descent animation</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_descent_view.py" line="154" />
        <source>Run gradient descent on this loss (A)</source>
        <translation>Run gradient descent on this loss (A)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_descent_view.py" line="167" />
        <source>Loss, derivative and likelihood</source>
        <translation>Loss, derivative and likelihood</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_descent_view.py" line="168" />
        <source>Loss, derivative, likelihood e^(−loss)</source>
        <translation>Loss, derivative, likelihood e^(−loss)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_descent_view.py" line="169" />
        <source>residual ŷ − y</source>
        <translation>residual ŷ − y</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_descent_view.py" line="171" />
        <source>loss</source>
        <translation>loss</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_descent_view.py" line="171" />
        <source>derivative</source>
        <translation>derivative</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_descent_view.py" line="172" />
        <source>likelihood e^(−loss)</source>
        <translation>likelihood e^(−loss)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_descent_view.py" line="175" />
        <source>Gradient descent: |ŷ − y| after each step</source>
        <translation>Gradient descent: |ŷ − y| after each step</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_descent_view.py" line="176" />
        <source>step</source>
        <translation>step</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_descent_view.py" line="186" />
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_descent_view.py" line="188" />
        <source>Gradient descent on this loss</source>
        <translation>Gradient descent on this loss</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_descent_view.py" line="194" />
        <source>Step %1: ŷ − y = %2, loss′ = %3, next step −η·loss′ = %4</source>
        <translation>Step %1: ŷ − y = %2, loss′ = %3, next step −η·loss′ = %4</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_descent_view.py" line="199" />
        <source>never settles</source>
        <translation>never settles</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_descent_view.py" line="200" />
        <source>%1 steps</source>
        <translation>%1 steps</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_descent_view.py" line="201" />
        <source>Within 0.05 of the optimum and staying: %1</source>
        <translation>Within 0.05 of the optimum and staying: %1</translation>
    </message>
</context>
<context>
    <name>LossTab</name>
    <message>
        <location filename="../../gui/tabs/loss_tab.py" line="91" />
        <source>Lesson: losses and the learning rate</source>
        <translation>Lesson: losses and the learning rate</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_tab.py" line="95" />
        <source>A loss measures how far the prediction ŷ is from the truth y. Its derivative decides each update: L2's shrinks near the optimum, so steps slow down; L1's is ±1 everywhere, a constant pull that overshoots near 0; Huber is L1 far away and L2 close. Minimising a loss is maximum likelihood for the noise density e^(−loss). The learning rate scales every step: too small crawls, too large oscillates or diverges. A minibatch gradient is a noisy estimate: small batches wander, large ones cost more per step.</source>
        <translation>A loss measures how far the prediction ŷ is from the truth y. Its derivative decides each update: L2's shrinks near the optimum, so steps slow down; L1's is ±1 everywhere, a constant pull that overshoots near 0; Huber is L1 far away and L2 close. Minimising a loss is maximum likelihood for the noise density e^(−loss). The learning rate scales every step: too small crawls, too large oscillates or diverges. A minibatch gradient is a noisy estimate: small batches wander, large ones cost more per step.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_tab.py" line="105" />
        <source>Animate L2, then L1 from the same start: which one arrives, which hops?</source>
        <translation>Animate L2, then L1 from the same start: which one arrives, which hops?</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_tab.py" line="106" />
        <source>Make δ small or large: Huber turns into L1 or into L2.</source>
        <translation>Make δ small or large: Huber turns into L1 or into L2.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_tab.py" line="107" />
        <source>Slide η past 1 and past 2 for x²/2; the 2-D bowl breaks earlier — why?</source>
        <translation>Slide η past 1 and past 2 for x²/2; the 2-D bowl breaks earlier — why?</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_tab.py" line="108" />
        <source>Batch size 1 against 200: compare the paths and the examples processed.</source>
        <translation>Batch size 1 against 200: compare the paths and the examples processed.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_tab.py" line="111" />
        <source>Course: softmax 回归 — 损失函数; 基础优化算法 — 学习率, 批量大小</source>
        <translation>Course: softmax 回归 — 损失函数; 基础优化算法 — 学习率, 批量大小</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="303" />
        <location filename="../../gui/self_test.py" line="390" />
        <source>Tensors</source>
        <extracomment>False for throw-away windows (screenshots): closing them leaves the user's settings alone.
----------
The course's own code, verbatim: IPython magic, d2l, its data loader and a figure.</extracomment>
        <translation>Tensors</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="304" />
        <source>Notebooks</source>
        <translation>Notebooks</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="305" />
        <source>Preprocessing</source>
        <translation>Preprocessing</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="306" />
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="307" />
        <source>Classifier</source>
        <translation>Classifier</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="308" />
        <source>Perceptron</source>
        <translation>Perceptron</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="309" />
        <source>Losses</source>
        <translation>Losses</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="316" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="317" />
        <source>&amp;New notebook</source>
        <translation>&amp;New notebook</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="318" />
        <source>&amp;Open notebook…</source>
        <translation>&amp;Open notebook…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="319" />
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="320" />
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="321" />
        <source>Save &amp;as…</source>
        <translation>Save &amp;as…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="322" />
        <source>Choose &amp;dataset folder…</source>
        <translation>Choose &amp;dataset folder…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="323" />
        <source>Choose &amp;lab folder…</source>
        <translation>Choose &amp;lab folder…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="325" />
        <source>The folder your code runs in: the sandbox and new notebooks work in its notebooks/ folder, so the course's ../data is its data/ folder</source>
        <translation>The folder your code runs in: the sandbox and new notebooks work in its notebooks/ folder, so the course's ../data is its data/ folder</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="327" />
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="328" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="329" />
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="330" />
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="331" />
        <source>&amp;Theme</source>
        <translation>&amp;Theme</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="332" />
        <source>Follow system</source>
        <translation>Follow system</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="332" />
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="333" />
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="336" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="337" />
        <source>&amp;Labs…</source>
        <translation>&amp;Labs…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="338" />
        <source>&amp;About DiveLab</source>
        <translation>&amp;About DiveLab</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="429" />
        <source>No recent notebooks</source>
        <translation>No recent notebooks</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="438" />
        <source>Dive into Deep Learning interactive lab</source>
        <translation>Dive into Deep Learning interactive lab</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="485" />
        <source>Device: detecting…</source>
        <translation>Device: detecting…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="487" />
        <location filename="../../gui/main_window.py" line="554" />
        <source>Device: %1</source>
        <translation>Device: %1</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="490" />
        <source>Fashion-MNIST: looking…</source>
        <translation>Fashion-MNIST: looking…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="494" />
        <source>Fashion-MNIST: %1</source>
        <translation>Fashion-MNIST: %1</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="498" />
        <source>Fashion-MNIST: not found (File ▸ Choose dataset folder)</source>
        <translation>Fashion-MNIST: not found (File ▸ Choose dataset folder)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="500" />
        <source>Looked in:
%1

Install the Debian/Ubuntu package 'dataset-fashion-mnist' or choose a folder with the four .gz files.</source>
        <translation>Looked in:
%1

Install the Debian/Ubuntu package 'dataset-fashion-mnist' or choose a folder with the four .gz files.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="506" />
        <source>Choose the Fashion-MNIST folder</source>
        <translation>Choose the Fashion-MNIST folder</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="520" />
        <location filename="../../gui/main_window.py" line="526" />
        <source>Choose your lab folder</source>
        <translation>Choose your lab folder</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="527" />
        <source>This folder cannot be your lab folder:
%1</source>
        <translation>This folder cannot be your lab folder:
%1</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="532" />
        <source>Lab folder: %1. The sandbox works there after ⟳ Restart; new notebooks are saved there.</source>
        <translation>Lab folder: %1. The sandbox works there after ⟳ Restart; new notebooks are saved there.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="536" />
        <source>About DiveLab</source>
        <translation>About DiveLab</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="547" />
        <source>not loaded yet</source>
        <translation>not loaded yet</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="549" />
        <source>detecting…</source>
        <translation>detecting…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="550" />
        <source>&lt;h3&gt;DiveLab · 动手学深度学习 · 交互实验室&lt;/h3&gt;&lt;p&gt;An interactive lab for the first chapters of &lt;i&gt;Dive into Deep Learning&lt;/i&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;DiveLab · 动手学深度学习 · 交互实验室&lt;/h3&gt;&lt;p&gt;An interactive lab for the first chapters of &lt;i&gt;Dive into Deep Learning&lt;/i&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="603" />
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="604" />
        <source>Not saved:
%1

Quit anyway?</source>
        <translation>Not saved:
%1

Quit anyway?</translation>
    </message>
</context>
<context>
    <name>MarkdownCellWidget</name>
    <message>
        <location filename="../../gui/widgets/notebook_cells.py" line="390" />
        <source>Empty markdown cell: double-click to write text</source>
        <translation>Empty markdown cell: double-click to write text</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../gui/widgets/notebook_start.py" line="176" />
        <source>Dismiss this message</source>
        <translation>Dismiss this message</translation>
    </message>
</context>
<context>
    <name>MinibatchView</name>
    <message>
        <location filename="../../gui/tabs/loss_rate_views.py" line="250" />
        <source>Minibatch noise</source>
        <translation>Minibatch noise</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_rate_views.py" line="251" />
        <source>Batch size</source>
        <translation>Batch size</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_rate_views.py" line="252" />
        <source>Learning rate</source>
        <translation>Learning rate</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_rate_views.py" line="254" />
        <source>Examples per minibatch</source>
        <translation>Examples per minibatch</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_rate_views.py" line="255" />
        <source>Learning rate of minibatch SGD</source>
        <translation>Learning rate of minibatch SGD</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_rate_views.py" line="266" />
        <source>Linear regression: path of (w₁, w₂)</source>
        <translation>Linear regression: path of (w₁, w₂)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_rate_views.py" line="271" />
        <source>Loss against examples processed</source>
        <translation>Loss against examples processed</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_rate_views.py" line="272" />
        <source>examples processed (log scale)</source>
        <translation>examples processed (log scale)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_rate_views.py" line="274" />
        <source>minibatch SGD</source>
        <translation>minibatch SGD</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_rate_views.py" line="275" />
        <source>full batch (200 per step)</source>
        <translation>full batch (200 per step)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_rate_views.py" line="286" />
        <source>%1 steps × batch %2 = %3 examples processed. Gradient noise ≈ %4; final loss %5; w still wanders ±%6 over the last 50 steps.</source>
        <translation>%1 steps × batch %2 = %3 examples processed. Gradient noise ≈ %4; final loss %5; w still wanders ±%6 over the last 50 steps.</translation>
    </message>
</context>
<context>
    <name>MlpLessonView</name>
    <message>
        <location filename="../../gui/tabs/perceptron_mlp_view.py" line="141" />
        <source>Number of hidden units</source>
        <translation>Number of hidden units</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_mlp_view.py" line="142" />
        <source>Activation function of the hidden layer</source>
        <translation>Activation function of the hidden layer</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_mlp_view.py" line="143" />
        <source>Learning rate of gradient descent</source>
        <translation>Learning rate of gradient descent</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_mlp_view.py" line="144" />
        <source>Train the multilayer perceptron live (T)</source>
        <translation>Train the multilayer perceptron live (T)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_mlp_view.py" line="145" />
        <source>New random weights</source>
        <translation>New random weights</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_mlp_view.py" line="146" />
        <source>Draw the line where each hidden unit's input is 0</source>
        <translation>Draw the line where each hidden unit's input is 0</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_mlp_view.py" line="147" />
        <source>Give the MLP the extra input x₁x₂ too</source>
        <translation>Give the MLP the extra input x₁x₂ too</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_mlp_view.py" line="152" />
        <source>Beyond the perceptron: multilayer perceptron</source>
        <translation>Beyond the perceptron: multilayer perceptron</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_mlp_view.py" line="153" />
        <source>Hidden units</source>
        <translation>Hidden units</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_mlp_view.py" line="154" />
        <source>Activation</source>
        <translation>Activation</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_mlp_view.py" line="155" />
        <source>Learning rate</source>
        <translation>Learning rate</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_mlp_view.py" line="156" />
        <source>New weights</source>
        <translation>New weights</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_mlp_view.py" line="157" />
        <source>Show the hidden units' lines</source>
        <translation>Show the hidden units' lines</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_mlp_view.py" line="158" />
        <source>MLP also gets x₁x₂</source>
        <translation>MLP also gets x₁x₂</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_mlp_view.py" line="164" />
        <source>Multilayer perceptron decision regions</source>
        <translation>Multilayer perceptron decision regions</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_mlp_view.py" line="165" />
        <source>Multilayer perceptron: P(y = +1)</source>
        <translation>Multilayer perceptron: P(y = +1)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_mlp_view.py" line="168" />
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_mlp_view.py" line="169" />
        <source>Train</source>
        <translation>Train</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_mlp_view.py" line="174" />
        <source>No points to train on.</source>
        <translation>No points to train on.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_mlp_view.py" line="177" />
        <source>Step %1 · loss %2 · accuracy %3%</source>
        <translation>Step %1 · loss %2 · accuracy %3%</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_mlp_view.py" line="182" />
        <source>(diverged: lower the learning rate and press New weights)</source>
        <translation>(diverged: lower the learning rate and press New weights)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_mlp_view.py" line="184" />
        <source>Done: every point is classified right and the loss is small, so training paused. Press Train to go on.</source>
        <translation>Done: every point is classified right and the loss is small, so training paused. Press Train to go on.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_mlp_view.py" line="187" />
        <source>Paused after the most steps a live run takes. Press Train to go on.</source>
        <translation>Paused after the most steps a live run takes. Press Train to go on.</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <location filename="../../gui/tabs/classifier_models_panel.py" line="98" />
        <source>Model:</source>
        <extracomment>The model the student chose last (its checkpoint path). The classifier to use (engine.classify.Classifier), or None while loading / unusable. The chosen model cannot be used: the message (already in the UI language). A job started or ended (the tab shows "working…" and tests wait on it).</extracomment>
        <translation>Model:</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_models_panel.py" line="100" />
        <source>Checkpoints saved from the Training tab, with their test accuracy</source>
        <translation>Checkpoints saved from the Training tab, with their test accuracy</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_models_panel.py" line="101" />
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_models_panel.py" line="102" />
        <source>Open checkpoint…</source>
        <translation>Open checkpoint…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_models_panel.py" line="103" />
        <source>Use a .pt checkpoint from another folder</source>
        <translation>Use a .pt checkpoint from another folder</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_models_panel.py" line="104" />
        <source>Train default model</source>
        <translation>Train default model</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_models_panel.py" line="106" />
        <source>Train softmax regression on Fashion-MNIST (a few seconds) and keep it</source>
        <translation>Train softmax regression on Fashion-MNIST (a few seconds) and keep it</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_models_panel.py" line="107" />
        <source>Train MLP (better accuracy)</source>
        <translation>Train MLP (better accuracy)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_models_panel.py" line="109" />
        <source>Train a multilayer perceptron with one hidden layer of 256 units (next chapter); a few minutes on a CPU</source>
        <translation>Train a multilayer perceptron with one hidden layer of 256 units (next chapter); a few minutes on a CPU</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_models_panel.py" line="111" />
        <source>Training… %p%</source>
        <translation>Training… %p%</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_models_panel.py" line="125" />
        <source>Default: softmax regression</source>
        <translation>Default: softmax regression</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_models_panel.py" line="127" />
        <source>Default: MLP 784-256-10</source>
        <translation>Default: MLP 784-256-10</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_models_panel.py" line="129" />
        <source>%1 — unusable</source>
        <translation>%1 — unusable</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_models_panel.py" line="131" />
        <source>%1 — test accuracy unknown</source>
        <translation>%1 — test accuracy unknown</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_models_panel.py" line="132" />
        <source>%1 — test accuracy %2</source>
        <translation>%1 — test accuracy %2</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_models_panel.py" line="137" />
        <source>Training the default model on Fashion-MNIST… (the rest of the tab works meanwhile)</source>
        <translation>Training the default model on Fashion-MNIST… (the rest of the tab works meanwhile)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_models_panel.py" line="140" />
        <location filename="../../gui/tabs/classifier_models_panel.py" line="227" />
        <source>This model cannot be used: %1</source>
        <translation>This model cannot be used: %1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_models_panel.py" line="143" />
        <source>Loading the model…</source>
        <translation>Loading the model…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_models_panel.py" line="145" />
        <source>softmax regression</source>
        <translation>softmax regression</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_models_panel.py" line="146" />
        <source>multilayer perceptron</source>
        <translation>multilayer perceptron</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_models_panel.py" line="149" />
        <source>%1 · recorded test accuracy %2</source>
        <translation>%1 · recorded test accuracy %2</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_models_panel.py" line="153" />
        <source>No model yet: the default model could not be trained (%1).</source>
        <translation>No model yet: the default model could not be trained (%1).</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_models_panel.py" line="156" />
        <source>Looking for models…</source>
        <translation>Looking for models…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_models_panel.py" line="238" />
        <source>Open a checkpoint</source>
        <translation>Open a checkpoint</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_models_panel.py" line="239" />
        <source>PyTorch checkpoints (*.pt *.pth);;All files (*)</source>
        <translation>PyTorch checkpoints (*.pt *.pth);;All files (*)</translation>
    </message>
</context>
<context>
    <name>NotebookFiles</name>
    <message>
        <location filename="../../gui/tabs/notebook_files.py" line="62" />
        <source>Open notebook</source>
        <translation>Open notebook</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_files.py" line="63" />
        <source>Jupyter notebooks (*.ipynb);;All files (*)</source>
        <translation>Jupyter notebooks (*.ipynb);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_files.py" line="98" />
        <source>Save notebook as</source>
        <translation>Save notebook as</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_files.py" line="99" />
        <source>Jupyter notebooks (*.ipynb)</source>
        <translation>Jupyter notebooks (*.ipynb)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_files.py" line="148" />
        <source>Unsaved notebook</source>
        <translation>Unsaved notebook</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_files.py" line="149" />
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1 has unsaved changes. Save them?</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_files.py" line="200" />
        <source>Restored the unsaved changes to %1 from %2. Save to keep them.</source>
        <translation>Restored the unsaved changes to %1 from %2. Save to keep them.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_files.py" line="202" />
        <source>Discard them</source>
        <translation>Discard them</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_files.py" line="222" />
        <source>The notebook could not be opened: the file does not exist or cannot be read.</source>
        <translation>The notebook could not be opened: the file does not exist or cannot be read.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_files.py" line="224" />
        <source>This file is not a notebook: it is not valid JSON text.</source>
        <translation>This file is not a notebook: it is not valid JSON text.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_files.py" line="225" />
        <source>This file is not a Jupyter notebook.</source>
        <translation>This file is not a Jupyter notebook.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_files.py" line="226" />
        <source>This notebook uses a format version DiveLab cannot read (formats 3 and 4 are supported).</source>
        <translation>This notebook uses a format version DiveLab cannot read (formats 3 and 4 are supported).</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_files.py" line="228" />
        <source>The notebook could not be saved; the file on disk is unchanged.</source>
        <translation>The notebook could not be saved; the file on disk is unchanged.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_files.py" line="231" />
        <source>The notebook could not be used.</source>
        <translation>The notebook could not be used.</translation>
    </message>
</context>
<context>
    <name>NotebookSession</name>
    <message>
        <location filename="../../gui/widgets/notebook_session.py" line="160" />
        <source>The cell did not stop, so the kernel was restarted; variables were cleared.</source>
        <translation>The cell did not stop, so the kernel was restarted; variables were cleared.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/notebook_session.py" line="162" />
        <source>The kernel stopped while running this cell and is restarting; variables were cleared.</source>
        <translation>The kernel stopped while running this cell and is restarting; variables were cleared.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/notebook_session.py" line="164" />
        <source>Kernel restarted; this cell did not finish.</source>
        <translation>Kernel restarted; this cell did not finish.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/notebook_session.py" line="193" />
        <source>The kernel could not start: %1</source>
        <translation>The kernel could not start: %1</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/notebook_session.py" line="197" />
        <source>Kernel restarted: variables were cleared.</source>
        <translation>Kernel restarted: variables were cleared.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/notebook_session.py" line="199" />
        <source>The kernel used more memory than allowed and was restarted; variables were cleared.</source>
        <translation>The kernel used more memory than allowed and was restarted; variables were cleared.</translation>
    </message>
</context>
<context>
    <name>NotebookTab</name>
    <message>
        <location filename="../../gui/tabs/notebook_tab.py" line="189" />
        <source>Save</source>
        <extracomment>The file name, the unsaved marker or the running state changed (window title follows).</extracomment>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_tab.py" line="189" />
        <source>Save the notebook with its outputs (Ctrl+S)</source>
        <translation>Save the notebook with its outputs (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_tab.py" line="191" />
        <source>▶ Run</source>
        <translation>▶ Run</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_tab.py" line="191" />
        <source>Run the selected cell and select the next one (Shift+Enter; Ctrl+Enter stays, Alt+Enter adds a cell)</source>
        <translation>Run the selected cell and select the next one (Shift+Enter; Ctrl+Enter stays, Alt+Enter adds a cell)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_tab.py" line="194" />
        <source>▶▶ Run all</source>
        <translation>▶▶ Run all</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_tab.py" line="194" />
        <source>Run every cell from the top; a failing cell stops the run</source>
        <translation>Run every cell from the top; a failing cell stops the run</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_tab.py" line="196" />
        <source>Run to here</source>
        <translation>Run to here</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_tab.py" line="197" />
        <source>Run the cells from the top down to the selected one</source>
        <translation>Run the cells from the top down to the selected one</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_tab.py" line="198" />
        <source>■ Interrupt</source>
        <translation>■ Interrupt</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_tab.py" line="199" />
        <source>Stop the running cell; the cells waiting after it are cancelled (Ctrl+.)</source>
        <translation>Stop the running cell; the cells waiting after it are cancelled (Ctrl+.)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_tab.py" line="200" />
        <source>⟳ Restart</source>
        <translation>⟳ Restart</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_tab.py" line="201" />
        <source>Start a fresh kernel for this notebook; all variables are forgotten</source>
        <translation>Start a fresh kernel for this notebook; all variables are forgotten</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_tab.py" line="202" />
        <source>Clear outputs</source>
        <translation>Clear outputs</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_tab.py" line="203" />
        <source>Remove the outputs and prompt numbers of every cell</source>
        <translation>Remove the outputs and prompt numbers of every cell</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_tab.py" line="204" />
        <source>+ Above</source>
        <translation>+ Above</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_tab.py" line="205" />
        <source>Insert a code cell above the selected one (A)</source>
        <translation>Insert a code cell above the selected one (A)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_tab.py" line="206" />
        <source>+ Code</source>
        <translation>+ Code</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_tab.py" line="207" />
        <source>Insert a code cell below the selected one (B)</source>
        <translation>Insert a code cell below the selected one (B)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_tab.py" line="208" />
        <source>+ Markdown</source>
        <translation>+ Markdown</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_tab.py" line="209" />
        <source>Insert a markdown (text) cell below the selected one</source>
        <translation>Insert a markdown (text) cell below the selected one</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_tab.py" line="210" />
        <source>↑ Up</source>
        <translation>↑ Up</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_tab.py" line="210" />
        <source>Move the selected cell up (Ctrl+Shift+Up)</source>
        <translation>Move the selected cell up (Ctrl+Shift+Up)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_tab.py" line="212" />
        <source>↓ Down</source>
        <translation>↓ Down</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_tab.py" line="212" />
        <source>Move the selected cell down (Ctrl+Shift+Down)</source>
        <translation>Move the selected cell down (Ctrl+Shift+Down)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_tab.py" line="214" />
        <source>Delete cell</source>
        <translation>Delete cell</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_tab.py" line="215" />
        <source>Delete the selected cell (D, D)</source>
        <translation>Delete the selected cell (D, D)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_tab.py" line="216" />
        <source>✔ Validate</source>
        <translation>✔ Validate</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_tab.py" line="217" />
        <source>Run the whole assignment in a fresh kernel and score its tests (your unsaved edits included; the file is not changed)</source>
        <translation>Run the whole assignment in a fresh kernel and score its tests (your unsaved edits included; the file is not changed)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_tab.py" line="219" />
        <source>Submit…</source>
        <translation>Submit…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_tab.py" line="220" />
        <source>Save the notebook to hand in, with a printable report of its score</source>
        <translation>Save the notebook to hand in, with a printable report of its score</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_tab.py" line="228" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_tab.py" line="228" />
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_tab.py" line="228" />
        <source>Raw</source>
        <translation>Raw</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_tab.py" line="231" />
        <source>Type of the selected cell (Y: code, M: markdown)</source>
        <translation>Type of the selected cell (Y: code, M: markdown)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_tab.py" line="233" />
        <source>Notebook cells</source>
        <translation>Notebook cells</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_tab.py" line="288" />
        <source>Untitled.ipynb</source>
        <translation>Untitled.ipynb</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_tab.py" line="481" />
        <source>Not saved yet; runs in your lab folder</source>
        <translation>Not saved yet; runs in your lab folder</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_tab.py" line="491" />
        <source>Kernel: starts with the first run</source>
        <translation>Kernel: starts with the first run</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_tab.py" line="493" />
        <source>Kernel: starting (importing torch)…</source>
        <translation>Kernel: starting (importing torch)…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_tab.py" line="496" />
        <source>Kernel: running</source>
        <translation>Kernel: running</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_tab.py" line="497" />
        <source>%1 waiting</source>
        <translation>%1 waiting</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_tab.py" line="499" />
        <source>Kernel: idle</source>
        <translation>Kernel: idle</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_tab.py" line="503" />
        <source>Working folder: %1</source>
        <translation>Working folder: %1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_tab.py" line="504" />
        <source>Each notebook has its own kernel</source>
        <translation>Each notebook has its own kernel</translation>
    </message>
</context>
<context>
    <name>OperationsPanel</name>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="161" />
        <source>Operations act on the columns you select in the table (click a cell or a header). With nothing selected they use the suitable input columns.</source>
        <extracomment>The types a column can be changed to (engine.pipeline.DTYPES; a test keeps them equal).</extracomment>
        <translation>Operations act on the columns you select in the table (click a cell or a header). With nothing selected they use the suitable input columns.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="164" />
        <source>Inputs and outputs</source>
        <translation>Inputs and outputs</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="165" />
        <source>Target (y):</source>
        <translation>Target (y):</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="166" />
        <source>The column to predict; the others are the inputs</source>
        <translation>The column to predict; the others are the inputs</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="167" />
        <source>Target column</source>
        <translation>Target column</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="168" />
        <source>Split into inputs / outputs</source>
        <translation>Split into inputs / outputs</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="169" />
        <source>inputs, outputs = data.iloc[:, …], data.iloc[:, …] as in the course. Select whole columns (click their headers) to use several targets.</source>
        <translation>inputs, outputs = data.iloc[:, …], data.iloc[:, …] as in the course. Select whole columns (click their headers) to use several targets.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="172" />
        <source>Missing values and categories</source>
        <translation>Missing values and categories</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="174" />
        <source>Fill with the mean</source>
        <translation>Fill with the mean</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="174" />
        <source>Fill with the median</source>
        <translation>Fill with the median</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="175" />
        <source>Fill with a constant</source>
        <translation>Fill with a constant</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="176" />
        <source>Fill by interpolation</source>
        <translation>Fill by interpolation</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="177" />
        <source>Fill method</source>
        <translation>Fill method</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="179" />
        <source>How to fill missing numbers: the column's mean or median, a constant, or interpolation between neighbours</source>
        <translation>How to fill missing numbers: the column's mean or median, a constant, or interpolation between neighbours</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="181" />
        <source>The constant used by “Fill with a constant”</source>
        <translation>The constant used by “Fill with a constant”</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="182" />
        <source>Fill constant</source>
        <translation>Fill constant</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="184" />
        <source>Fill missing numbers</source>
        <translation>Fill missing numbers</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="185" />
        <source>fillna on number columns only (text columns such as Alley are left alone)</source>
        <translation>fillna on number columns only (text columns such as Alley are left alone)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="186" />
        <source>NaN as its own category</source>
        <translation>NaN as its own category</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="187" />
        <source>pd.get_dummies(..., dummy_na=True) adds a column such as Alley_nan</source>
        <translation>pd.get_dummies(..., dummy_na=True) adds a column such as Alley_nan</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="188" />
        <source>One-hot encode</source>
        <translation>One-hot encode</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="189" />
        <source>Turn a category column into 0/1 columns with pd.get_dummies</source>
        <translation>Turn a category column into 0/1 columns with pd.get_dummies</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="190" />
        <source>any value missing</source>
        <translation>any value missing</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="191" />
        <source>all values missing</source>
        <translation>all values missing</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="192" />
        <source>Which rows to drop</source>
        <translation>Which rows to drop</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="194" />
        <source>Drop a row when any of its values is missing, or only when all of them are</source>
        <translation>Drop a row when any of its values is missing, or only when all of them are</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="195" />
        <source>Drop rows</source>
        <translation>Drop rows</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="196" />
        <source>dropna: delete rows with missing values</source>
        <translation>dropna: delete rows with missing values</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="197" />
        <source>Drop the column with most missing</source>
        <translation>Drop the column with most missing</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="198" />
        <source>The course exercise: delete the column with the most missing values</source>
        <translation>The course exercise: delete the column with the most missing values</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="200" />
        <source>Scale</source>
        <translation>Scale</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="201" />
        <source>Standardize</source>
        <translation>Standardize</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="201" />
        <source>(x − mean) / std</source>
        <translation>(x − mean) / std</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="202" />
        <source>Min-max scale</source>
        <translation>Min-max scale</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="203" />
        <source>(x − min) / (max − min), into [0, 1]</source>
        <translation>(x − min) / (max − min), into [0, 1]</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="205" />
        <source>Columns and rows</source>
        <translation>Columns and rows</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="206" />
        <location filename="../../gui/tabs/preprocess_operations.py" line="207" />
        <source>New column name</source>
        <translation>New column name</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="208" />
        <source>The name used by Rename and Add column</source>
        <translation>The name used by Rename and Add column</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="209" />
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="209" />
        <source>Rename the selected column</source>
        <translation>Rename the selected column</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="210" />
        <source>Add column</source>
        <translation>Add column</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="210" />
        <source>Add an empty input column</source>
        <translation>Add an empty input column</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="212" />
        <source>float64: numbers · int64: whole numbers · Int64: whole numbers with missing values · str: text · category · bool</source>
        <translation>float64: numbers · int64: whole numbers · Int64: whole numbers with missing values · str: text · category · bool</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="214" />
        <source>New type</source>
        <translation>New type</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="215" />
        <source>Change type</source>
        <translation>Change type</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="216" />
        <source>astype on the selected column</source>
        <translation>astype on the selected column</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="217" />
        <source>Add row</source>
        <translation>Add row</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="217" />
        <source>Append an empty row</source>
        <translation>Append an empty row</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="218" />
        <source>Delete rows</source>
        <translation>Delete rows</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="218" />
        <source>Delete the selected rows</source>
        <translation>Delete the selected rows</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="219" />
        <source>Delete columns</source>
        <translation>Delete columns</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="220" />
        <source>Delete the selected columns</source>
        <translation>Delete the selected columns</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="222" />
        <source>To tensors</source>
        <translation>To tensors</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="223" />
        <source>Show as tensors</source>
        <translation>Show as tensors</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="224" />
        <source>X = torch.tensor(inputs.to_numpy(dtype=float)) (Ctrl+T)</source>
        <translation>X = torch.tensor(inputs.to_numpy(dtype=float)) (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="225" />
        <source>Use for training</source>
        <translation>Use for training</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="226" />
        <source>Send the table to the Training tab as a linear-regression dataset</source>
        <translation>Send the table to the Training tab as a linear-regression dataset</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="227" />
        <source>Lesson guide · Data preprocessing</source>
        <translation>Lesson guide · Data preprocessing</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="228" />
        <source>Real data is messy: values are missing (NaN) and some columns are text. Before a model can learn from it we read it with pandas, split it into inputs and outputs, fill or drop what is missing, turn categories into numbers and finally make tensors. Every button here adds one step; the code below is the same step in pandas.</source>
        <translation>Real data is messy: values are missing (NaN) and some columns are text. Before a model can learn from it we read it with pandas, split it into inputs and outputs, fill or drop what is missing, turn categories into numbers and finally make tensors. Every button here adds one step; the code below is the same step in pandas.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="236" />
        <source>Click “New example dataset…”, split with target Price, fill with the mean, then one-hot encode with “NaN as its own category”: you get the course's NumRooms, Alley_Pave, Alley_nan.</source>
        <translation>Click “New example dataset…”, split with target Price, fill with the mean, then one-hot encode with “NaN as its own category”: you get the course's NumRooms, Alley_Pave, Alley_nan.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="239" />
        <source>Exercise: delete the column with the most missing values.</source>
        <translation>Exercise: delete the column with the most missing values.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="240" />
        <source>Exercise: turn the preprocessed dataset into tensors.</source>
        <translation>Exercise: turn the preprocessed dataset into tensors.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="241" />
        <source>Try “Use for training” on a table of numbers and watch linear regression learn it.</source>
        <translation>Try “Use for training” on a table of numbers and watch linear regression learn it.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="243" />
        <source>Course: 04 Data manipulation + data preprocessing (数据预处理)</source>
        <translation>Course: 04 Data manipulation + data preprocessing (数据预处理)</translation>
    </message>
</context>
<context>
    <name>OutputView</name>
    <message>
        <location filename="../../gui/widgets/output_view.py" line="230" />
        <source>Out[%1]:</source>
        <extracomment>Most characters one text block shows (the kernel already caps a cell at 1 M characters). Plain text up to this size is a label; longer text scrolls inside a capped block. Blocks of a wait-clear that are still on screen until their replacement is in. Follow new output to the bottom (as blocks settle their height) until the student scrolls up to read something. Widgets whose text starts with an output prompt: (widget, prompt, text after it).</extracomment>
        <translation>Out[%1]:</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/output_view.py" line="231" />
        <source>Out:</source>
        <translation>Out:</translation>
    </message>
</context>
<context>
    <name>PendingTab</name>
    <message>
        <location filename="../../gui/main_window.py" line="63" />
        <source>Preparing this part of the lab…</source>
        <extracomment>The application's name; main.py gives it to Qt as the display name that ends window titles. Imported on a worker after the tabs' own modules: what their first actions need (pandas for the first table, nbformat for the first notebook). torch is never imported here: what needs it runs in the torch process (engine.torch_process). What a tab's construction imports on the way, besides its own module.</extracomment>
        <translation>Preparing this part of the lab…</translation>
    </message>
</context>
<context>
    <name>PerceptronLessonView</name>
    <message>
        <location filename="../../gui/tabs/perceptron_view.py" line="186" />
        <source>Look at one sample; update w and b if it is misclassified (S)</source>
        <translation>Look at one sample; update w and b if it is misclassified (S)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_view.py" line="188" />
        <source>Keep stepping at the chosen speed (R)</source>
        <translation>Keep stepping at the chosen speed (R)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_view.py" line="189" />
        <source>Back to w = 0, b = 0 (Ctrl+R)</source>
        <translation>Back to w = 0, b = 0 (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_view.py" line="190" />
        <source>Samples per second while running</source>
        <translation>Samples per second while running</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_view.py" line="191" />
        <source>Train the perceptron on (x₁, x₂, x₁x₂) instead of (x₁, x₂)</source>
        <translation>Train the perceptron on (x₁, x₂, x₁x₂) instead of (x₁, x₂)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_view.py" line="197" />
        <source>Perceptron</source>
        <translation>Perceptron</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_view.py" line="198" />
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_view.py" line="199" />
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_view.py" line="200" />
        <source>Speed</source>
        <translation>Speed</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_view.py" line="201" />
        <source>Add the feature x₁x₂</source>
        <translation>Add the feature x₁x₂</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_view.py" line="202" />
        <source>Convergence theorem</source>
        <translation>Convergence theorem</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_view.py" line="210" />
        <source>Perceptron decision line and points</source>
        <translation>Perceptron decision line and points</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_view.py" line="211" />
        <source>Perceptron: decision line ⟨w, x⟩ + b = 0 and w</source>
        <translation>Perceptron: decision line ⟨w, x⟩ + b = 0 and w</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_view.py" line="214" />
        <location filename="../../gui/tabs/perceptron_view.py" line="215" />
        <source>Mistakes per epoch</source>
        <translation>Mistakes per epoch</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_view.py" line="216" />
        <source>epoch</source>
        <translation>epoch</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_view.py" line="217" />
        <source>mistakes</source>
        <translation>mistakes</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_view.py" line="228" />
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_view.py" line="229" />
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_view.py" line="231" />
        <source>Updates: %1</source>
        <translation>Updates: %1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_view.py" line="233" />
        <source>Epoch %1 · mistakes in this epoch: %2</source>
        <translation>Epoch %1 · mistakes in this epoch: %2</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_view.py" line="242" />
        <source>w = 0, b = 0. Press Step to look at the first sample.</source>
        <translation>w = 0, b = 0. Press Step to look at the first sample.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_view.py" line="244" />
        <source>Sample #%1: x = (%2), y = %3, y·(⟨w, x⟩ + b) = %4</source>
        <translation>Sample #%1: x = (%2), y = %3, y·(⟨w, x⟩ + b) = %4</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_view.py" line="248" />
        <source>≤ 0: a mistake, so w ← w + y·x = (%1), b ← b + y = %2</source>
        <translation>≤ 0: a mistake, so w ← w + y·x = (%1), b ← b + y = %2</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_view.py" line="252" />
        <source>&gt; 0: correct, no update</source>
        <translation>&gt; 0: correct, no update</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_view.py" line="259" />
        <source>No points yet: click on a plot to add some.</source>
        <translation>No points yet: click on a plot to add some.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_view.py" line="262" />
        <source>Converged: a whole epoch without mistakes after %1 updates.</source>
        <translation>Converged: a whole epoch without mistakes after %1 updates.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_view.py" line="267" />
        <source>Cycling: w and b at the start of epoch %1 are the same as at the start of epoch %2, so the same epochs will repeat for ever. It never finishes.</source>
        <translation>Cycling: w and b at the start of epoch %1 are the same as at the start of epoch %2, so the same epochs will repeat for ever. It never finishes.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_view.py" line="272" />
        <source>Gave up after %1 epochs, each with mistakes: no line fits these points.</source>
        <translation>Gave up after %1 epochs, each with mistakes: no line fits these points.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_view.py" line="275" />
        <source>Running…</source>
        <translation>Running…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_view.py" line="282" />
        <source> (in the space of (x₁, x₂, x₁x₂))</source>
        <translation> (in the space of (x₁, x₂, x₁x₂))</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_view.py" line="283" />
        <source>Radius r = max ‖x‖ = %1</source>
        <translation>Radius r = max ‖x‖ = %1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_view.py" line="292" />
        <source>Actual updates: %1</source>
        <translation>Actual updates: %1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_view.py" line="294" />
        <source>Margin ρ: could not be computed</source>
        <translation>Margin ρ: could not be computed</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_view.py" line="295" />
        <source>Margin ρ: computing…</source>
        <translation>Margin ρ: computing…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_view.py" line="301" />
        <source>Margin ρ = %1 (best separator with ‖w‖² + b² = 1)</source>
        <translation>Margin ρ = %1 (best separator with ‖w‖² + b² = 1)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_view.py" line="302" />
        <source>Bound (r² + 1)/ρ² = %1 updates</source>
        <translation>Bound (r² + 1)/ρ² = %1 updates</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_view.py" line="304" />
        <source>Actual updates: %1 ≤ %2</source>
        <translation>Actual updates: %1 ≤ %2</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_view.py" line="306" />
        <source>Margin ρ: none — no line separates these points</source>
        <translation>Margin ρ: none — no line separates these points</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_view.py" line="307" />
        <source>Bound: the theorem promises nothing here</source>
        <translation>Bound: the theorem promises nothing here</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_view.py" line="315" />
        <source>Why no line separates XOR: the +1 points (−1, 1) and (1, −1) need −w₁ + w₂ + b &gt; 0 and w₁ − w₂ + b &gt; 0, which add up to b &gt; 0; the −1 points (−1, −1) and (1, 1) need −w₁ − w₂ + b &lt; 0 and w₁ + w₂ + b &lt; 0, which add up to b &lt; 0. Both cannot hold.</source>
        <translation>Why no line separates XOR: the +1 points (−1, 1) and (1, −1) need −w₁ + w₂ + b &gt; 0 and w₁ − w₂ + b &gt; 0, which add up to b &gt; 0; the −1 points (−1, −1) and (1, 1) need −w₁ − w₂ + b &lt; 0 and w₁ + w₂ + b &lt; 0, which add up to b &lt; 0. Both cannot hold.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_view.py" line="320" />
        <source>Whatever line you draw, some point lies on the wrong side.</source>
        <translation>Whatever line you draw, some point lies on the wrong side.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_view.py" line="322" />
        <source>Two ways out: add the feature x₁x₂ (then a plane separates them), or use a multilayer perceptron whose hidden units each draw a line.</source>
        <translation>Two ways out: add the feature x₁x₂ (then a plane separates them), or use a multilayer perceptron whose hidden units each draw a line.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_view.py" line="381" />
        <source>%1 /s</source>
        <translation>%1 /s</translation>
    </message>
</context>
<context>
    <name>PerceptronTab</name>
    <message>
        <location filename="../../gui/tabs/perceptron_tab.py" line="151" />
        <source>Lesson: the perceptron</source>
        <translation>Lesson: the perceptron</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_tab.py" line="153" />
        <source>A perceptron outputs o = sign(⟨w, x⟩ + b): a line splits the plane into class +1 and class −1. Training looks at one sample at a time and, when it is misclassified, moves w and b towards it. That is stochastic gradient descent with batch size 1 on the loss max(0, −y⟨w, x⟩). If some line separates the data with margin ρ, it stops after at most (r² + 1)/ρ² updates; XOR has no such line, so it never stops.</source>
        <translation>A perceptron outputs o = sign(⟨w, x⟩ + b): a line splits the plane into class +1 and class −1. Training looks at one sample at a time and, when it is misclassified, moves w and b towards it. That is stochastic gradient descent with batch size 1 on the loss max(0, −y⟨w, x⟩). If some line separates the data with margin ρ, it stops after at most (r² + 1)/ρ² updates; XOR has no such line, so it never stops.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_tab.py" line="162" />
        <source>Step through a separable set and watch each update turn the line.</source>
        <translation>Step through a separable set and watch each update turn the line.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_tab.py" line="164" />
        <source>Shrink the margin: the bound (r² + 1)/ρ² grows, and so do the updates.</source>
        <translation>Shrink the margin: the bound (r² + 1)/ρ² grows, and so do the updates.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_tab.py" line="166" />
        <source>Pick XOR: the perceptron cycles for ever. Tick x₁x₂ and it succeeds.</source>
        <translation>Pick XOR: the perceptron cycles for ever. Tick x₁x₂ and it succeeds.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_tab.py" line="168" />
        <source>Train the MLP on XOR and show the hidden units' lines: each is a perceptron, and the output layer combines them.</source>
        <translation>Train the MLP on XOR and show the hidden units' lines: each is a perceptron, and the output layer combines them.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_tab.py" line="170" />
        <source>Course: 感知机 — training, convergence theorem, the XOR problem, multilayer perceptron</source>
        <translation>Course: 感知机 — training, convergence theorem, the XOR problem, multilayer perceptron</translation>
    </message>
</context>
<context>
    <name>PictureDetail</name>
    <message>
        <location filename="../../gui/tabs/classifier_detail.py" line="79" />
        <source>Preprocessing, step by step</source>
        <translation>Preprocessing, step by step</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_detail.py" line="81" />
        <source>1 original</source>
        <translation>1 original</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_detail.py" line="81" />
        <source>2 grayscale</source>
        <translation>2 grayscale</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_detail.py" line="82" />
        <source>3 background removed, inverted</source>
        <translation>3 background removed, inverted</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_detail.py" line="82" />
        <source>4 cropped, padded to square</source>
        <translation>4 cropped, padded to square</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_detail.py" line="83" />
        <source>5 28×28 model input</source>
        <translation>5 28×28 model input</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_detail.py" line="85" />
        <source>Invert light backgrounds</source>
        <translation>Invert light backgrounds</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_detail.py" line="87" />
        <source>Fashion-MNIST garments are light on black. A photo is usually dark on white: detect the background from the border and invert when it is light.</source>
        <translation>Fashion-MNIST garments are light on black. A photo is usually dark on white: detect the background from the border and invert when it is light.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_detail.py" line="89" />
        <source>Crop to the object</source>
        <translation>Crop to the object</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_detail.py" line="91" />
        <source>Cut the picture to the object's bounding box and pad it to a square, as the dataset's garments fill their frame</source>
        <translation>Cut the picture to the object's bounding box and pad it to a square, as the dataset's garments fill their frame</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_detail.py" line="93" />
        <source>What the model sees (28×28)</source>
        <translation>What the model sees (28×28)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_detail.py" line="94" />
        <source>Select a picture</source>
        <translation>Select a picture</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_detail.py" line="95" />
        <source>28×28 model input</source>
        <translation>28×28 model input</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_detail.py" line="96" />
        <source>Top-%1 probabilities (softmax)</source>
        <translation>Top-%1 probabilities (softmax)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_detail.py" line="97" />
        <source>No prediction yet</source>
        <translation>No prediction yet</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_detail.py" line="98" />
        <source>Top-k probabilities</source>
        <translation>Top-k probabilities</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_detail.py" line="118" />
        <source>Select a picture in the list to see its steps.</source>
        <translation>Select a picture in the list to see its steps.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_detail.py" line="122" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_detail.py" line="130" />
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 pixels</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_detail.py" line="131" />
        <source>background %1 (from the border)</source>
        <translation>background %1 (from the border)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_detail.py" line="133" />
        <source>inverted</source>
        <translation>inverted</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_detail.py" line="134" />
        <source>not inverted (dark background already)</source>
        <translation>not inverted (dark background already)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_detail.py" line="136" />
        <source>inversion off</source>
        <translation>inversion off</translation>
    </message>
</context>
<context>
    <name>PictureList</name>
    <message>
        <location filename="../../gui/tabs/classifier_results.py" line="106" />
        <source>Open pictures…</source>
        <extracomment>Where the last pictures were opened from. The selected picture changed: its key, or "" when none is selected. The user removed the selected picture (Delete): its key. Files or folders to classify. A picture's encoded data (pasted or dropped, no file).</extracomment>
        <translation>Open pictures…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_results.py" line="107" />
        <source>Choose picture files (Ctrl+O)</source>
        <translation>Choose picture files (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_results.py" line="108" />
        <source>Open folder…</source>
        <translation>Open folder…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_results.py" line="109" />
        <source>Classify every picture in a folder and its subfolders</source>
        <translation>Classify every picture in a folder and its subfolders</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_results.py" line="111" />
        <source>Paste</source>
        <translation>Paste</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_results.py" line="112" />
        <source>Paste a picture or copied files (Ctrl+V)</source>
        <translation>Paste a picture or copied files (Ctrl+V)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_results.py" line="113" />
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_results.py" line="114" />
        <source>Remove every picture from the list</source>
        <translation>Remove every picture from the list</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_results.py" line="118" />
        <source>Drop pictures or folders anywhere on this page.</source>
        <translation>Drop pictures or folders anywhere on this page.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_results.py" line="119" />
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_results.py" line="120" />
        <source>Each picture with the model's top answer; select one to see its preprocessing</source>
        <translation>Each picture with the model's top answer; select one to see its preprocessing</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_results.py" line="127" />
        <source>Test image #%1 (%2)</source>
        <translation>Test image #%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_results.py" line="130" />
        <source>Pasted picture %1</source>
        <translation>Pasted picture %1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_results.py" line="158" />
        <source>Only files on this computer can be classified.</source>
        <translation>Only files on this computer can be classified.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_results.py" line="165" />
        <source>The clipboard holds no picture and no files.</source>
        <translation>The clipboard holds no picture and no files.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_results.py" line="169" />
        <source>Open pictures</source>
        <translation>Open pictures</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_results.py" line="170" />
        <source>Pictures (%1);;All files (*)</source>
        <translation>Pictures (%1);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_results.py" line="177" />
        <source>Open a folder of pictures</source>
        <translation>Open a folder of pictures</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_results.py" line="213" />
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_results.py" line="219" />
        <source>waiting for the model…</source>
        <translation>waiting for the model…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_results.py" line="253" />
        <source>%1 pictures, %2 unreadable</source>
        <translation>%1 pictures, %2 unreadable</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_results.py" line="255" />
        <source>working…</source>
        <translation>working…</translation>
    </message>
</context>
<context>
    <name>PipelinePanel</name>
    <message>
        <location filename="../../gui/widgets/pipeline_panel.py" line="76" />
        <location filename="../../gui/widgets/pipeline_panel.py" line="85" />
        <source>Applied steps</source>
        <translation>Applied steps</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/pipeline_panel.py" line="77" />
        <source>The same steps as pandas code (runs on the original file)</source>
        <translation>The same steps as pandas code (runs on the original file)</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/pipeline_panel.py" line="79" />
        <location filename="../../gui/widgets/pipeline_panel.py" line="81" />
        <source>Copy code</source>
        <translation>Copy code</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/pipeline_panel.py" line="80" />
        <source>Copy the whole script to the clipboard</source>
        <translation>Copy the whole script to the clipboard</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/pipeline_panel.py" line="82" />
        <source>Save as .py…</source>
        <translation>Save as .py…</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/pipeline_panel.py" line="83" />
        <source>Save the script as a Python file</source>
        <translation>Save the script as a Python file</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/pipeline_panel.py" line="84" />
        <source>Save code as a Python file</source>
        <translation>Save code as a Python file</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/pipeline_panel.py" line="86" />
        <source>Generated pandas code</source>
        <translation>Generated pandas code</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/pipeline_panel.py" line="105" />
        <source>0. Read the file</source>
        <translation>0. Read the file</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/pipeline_panel.py" line="123" />
        <source>Split into inputs and outputs (target: %1)</source>
        <translation>Split into inputs and outputs (target: %1)</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/pipeline_panel.py" line="126" />
        <source>Drop rows with any missing value</source>
        <translation>Drop rows with any missing value</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/pipeline_panel.py" line="127" />
        <source>Drop rows where every value is missing</source>
        <translation>Drop rows where every value is missing</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/pipeline_panel.py" line="129" />
        <source>Drop the column with the most missing values</source>
        <translation>Drop the column with the most missing values</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/pipeline_panel.py" line="131" />
        <source>mean</source>
        <translation>mean</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/pipeline_panel.py" line="131" />
        <source>median</source>
        <translation>median</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/pipeline_panel.py" line="132" />
        <source>interpolation</source>
        <translation>interpolation</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/pipeline_panel.py" line="133" />
        <source>constant %1</source>
        <translation>constant %1</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/pipeline_panel.py" line="134" />
        <source>Fill missing values (%1): %2</source>
        <translation>Fill missing values (%1): %2</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/pipeline_panel.py" line="137" />
        <source>One-hot encode, NaN as its own category: %1</source>
        <translation>One-hot encode, NaN as its own category: %1</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/pipeline_panel.py" line="138" />
        <source>One-hot encode: %1</source>
        <translation>One-hot encode: %1</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/pipeline_panel.py" line="141" />
        <source>Standardize: %1</source>
        <translation>Standardize: %1</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/pipeline_panel.py" line="143" />
        <source>Min-max scale: %1</source>
        <translation>Min-max scale: %1</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/pipeline_panel.py" line="145" />
        <source>Change the type of %1 to %2</source>
        <translation>Change the type of %1 to %2</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/pipeline_panel.py" line="147" />
        <source>Rename %1 to %2</source>
        <translation>Rename %1 to %2</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/pipeline_panel.py" line="149" />
        <source>Add an empty row %1</source>
        <translation>Add an empty row %1</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/pipeline_panel.py" line="152" />
        <source>Delete %2 row(s): %1</source>
        <translation>Delete %2 row(s): %1</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/pipeline_panel.py" line="154" />
        <source>Add a column %1</source>
        <translation>Add a column %1</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/pipeline_panel.py" line="156" />
        <source>Delete column(s): %1</source>
        <translation>Delete column(s): %1</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/pipeline_panel.py" line="160" />
        <source>Set row %1, %2 to %3</source>
        <translation>Set row %1, %2 to %3</translation>
    </message>
</context>
<context>
    <name>PointsPanel</name>
    <message>
        <location filename="../../gui/tabs/perceptron_data_panel.py" line="97" />
        <source>Linearly separable</source>
        <translation>Linearly separable</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_data_panel.py" line="98" />
        <source>XOR: four corners</source>
        <translation>XOR: four corners</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_data_panel.py" line="99" />
        <source>XOR: noisy clusters</source>
        <translation>XOR: noisy clusters</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_data_panel.py" line="100" />
        <source>Circles</source>
        <translation>Circles</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_data_panel.py" line="104" />
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_data_panel.py" line="105" />
        <source>Data set</source>
        <translation>Data set</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_data_panel.py" line="106" />
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_data_panel.py" line="107" />
        <source>Margin</source>
        <translation>Margin</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_data_panel.py" line="108" />
        <source>Noise</source>
        <translation>Noise</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_data_panel.py" line="109" />
        <source>Regenerate</source>
        <translation>Regenerate</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_data_panel.py" line="110" />
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_data_panel.py" line="111" />
        <source>Save CSV…</source>
        <translation>Save CSV…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_data_panel.py" line="112" />
        <source>Load CSV…</source>
        <translation>Load CSV…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_data_panel.py" line="114" />
        <source>On either plot: left-click adds class +1, right-click or Shift-click adds −1, Ctrl-click removes the nearest point.</source>
        <translation>On either plot: left-click adds class +1, right-click or Shift-click adds −1, Ctrl-click removes the nearest point.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_data_panel.py" line="117" />
        <source>Which points to train on</source>
        <translation>Which points to train on</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_data_panel.py" line="118" />
        <source>Number of points when generating</source>
        <translation>Number of points when generating</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_data_panel.py" line="119" />
        <source>Gap left around the separating line (separable data)</source>
        <translation>Gap left around the separating line (separable data)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_data_panel.py" line="120" />
        <source>Gaussian jitter added to the points</source>
        <translation>Gaussian jitter added to the points</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_data_panel.py" line="121" />
        <source>Draw a new random set of this kind</source>
        <translation>Draw a new random set of this kind</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_data_panel.py" line="122" />
        <source>Remove every point, then click to add your own</source>
        <translation>Remove every point, then click to add your own</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_data_panel.py" line="123" />
        <source>Save the points as x1,x2,label rows</source>
        <translation>Save the points as x1,x2,label rows</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_data_panel.py" line="124" />
        <source>Load points from a CSV of x1,x2,label (labels ±1 or 0/1)</source>
        <translation>Load points from a CSV of x1,x2,label (labels ±1 or 0/1)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_data_panel.py" line="134" />
        <source>Points: %1 of class +1, %2 of class −1</source>
        <translation>Points: %1 of class +1, %2 of class −1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_data_panel.py" line="187" />
        <source>Could not save: %1</source>
        <translation>Could not save: %1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_data_panel.py" line="189" />
        <source>Saved %1 points to %2</source>
        <translation>Saved %1 points to %2</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_data_panel.py" line="198" />
        <source>Could not load %1: %2</source>
        <translation>Could not load %1: %2</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_data_panel.py" line="202" />
        <source>Loaded %1 points from %2</source>
        <translation>Loaded %1 points from %2</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_data_panel.py" line="210" />
        <source>Save points</source>
        <translation>Save points</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_data_panel.py" line="212" />
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_data_panel.py" line="217" />
        <source>Load points</source>
        <translation>Load points</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_data_panel.py" line="218" />
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
</context>
<context>
    <name>PreprocessTab</name>
    <message>
        <location filename="../../gui/tabs/preprocess_tab.py" line="128" />
        <source>New example dataset…</source>
        <extracomment>Steps on tables with at least this many cells are computed on a worker thread.</extracomment>
        <translation>New example dataset…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_tab.py" line="129" />
        <source>Write the course's house_tiny.csv into a folder and open it</source>
        <translation>Write the course's house_tiny.csv into a folder and open it</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_tab.py" line="130" />
        <source>Open…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_tab.py" line="131" />
        <source>Open a CSV, TSV, text or Excel table (Ctrl+O); you can also drop a file here</source>
        <translation>Open a CSV, TSV, text or Excel table (Ctrl+O); you can also drop a file here</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_tab.py" line="133" />
        <source>Recent</source>
        <translation>Recent</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_tab.py" line="133" />
        <source>Open a recently used table</source>
        <translation>Open a recently used table</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_tab.py" line="134" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_tab.py" line="134" />
        <source>Save the cleaned table as CSV (Ctrl+S)</source>
        <translation>Save the cleaned table as CSV (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_tab.py" line="135" />
        <source>Save as…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_tab.py" line="136" />
        <source>Save the cleaned table as a new CSV file (Ctrl+Shift+S)</source>
        <translation>Save the cleaned table as a new CSV file (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_tab.py" line="137" />
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_tab.py" line="137" />
        <source>Undo the last step (Ctrl+Z)</source>
        <translation>Undo the last step (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_tab.py" line="138" />
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_tab.py" line="138" />
        <source>Redo the step (Ctrl+Y)</source>
        <translation>Redo the step (Ctrl+Y)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_tab.py" line="139" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_tab.py" line="139" />
        <source>Stop opening the file</source>
        <translation>Stop opening the file</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_tab.py" line="140" />
        <source>Reading the file</source>
        <translation>Reading the file</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_tab.py" line="141" />
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_tab.py" line="141" />
        <source>Bring back the unsaved table</source>
        <translation>Bring back the unsaved table</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_tab.py" line="142" />
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_tab.py" line="142" />
        <source>Forget the unsaved table</source>
        <translation>Forget the unsaved table</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_tab.py" line="144" />
        <source>No table yet. Click “New example dataset…” for the course's house_tiny.csv, open a file, or drop a CSV or Excel file here.</source>
        <translation>No table yet. Click “New example dataset…” for the course's house_tiny.csv, open a file, or drop a CSV or Excel file here.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_tab.py" line="147" />
        <source>Pipeline and code</source>
        <translation>Pipeline and code</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_tab.py" line="148" />
        <source>Tensors</source>
        <translation>Tensors</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_tab.py" line="149" />
        <source>Tensors X and y</source>
        <translation>Tensors X and y</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_tab.py" line="253" />
        <source>No table open</source>
        <translation>No table open</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_tab.py" line="257" />
        <source>(changed, not saved)</source>
        <translation>(changed, not saved)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_tab.py" line="417" />
        <source>Working on %1 rows…</source>
        <translation>Working on %1 rows…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_tab.py" line="435" />
        <location filename="../../gui/tabs/preprocess_tab.py" line="437" />
        <location filename="../../gui/tabs/preprocess_tab.py" line="440" />
        <source>Cannot do that:</source>
        <translation>Cannot do that:</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_tab.py" line="435" />
        <source>not enough memory.</source>
        <translation>not enough memory.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_tab.py" line="458" />
        <source>No number column among the inputs has missing values: nothing to fill.</source>
        <translation>No number column among the inputs has missing values: nothing to fill.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_tab.py" line="472" />
        <source>There is no text (category) column among the inputs. Select a column to encode.</source>
        <translation>There is no text (category) column among the inputs. Select a column to encode.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_tab.py" line="495" />
        <source>Select a column first (click a cell or its header).</source>
        <translation>Select a column first (click a cell or its header).</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_tab.py" line="511" />
        <source>Type the new name first.</source>
        <translation>Type the new name first.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_tab.py" line="539" />
        <source>Select the rows to delete first.</source>
        <translation>Select the rows to delete first.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_tab.py" line="546" />
        <source>Select the columns to delete first.</source>
        <translation>Select the columns to delete first.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_tab.py" line="354" />
        <source>DiveLab was closed before the table %1 was saved (last autosave %2, %3 steps). Restore it?</source>
        <translation>DiveLab was closed before the table %1 was saved (last autosave %2, %3 steps). Restore it?</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_tab.py" line="373" />
        <source>Restored the unsaved table. Save it to keep it.</source>
        <translation>Restored the unsaved table. Save it to keep it.</translation>
    </message>
</context>
<context>
    <name>PreprocessTableView</name>
    <message>
        <location filename="../../gui/tabs/preprocess_table_view.py" line="66" />
        <source>Data table</source>
        <translation>Data table</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_table_view.py" line="67" />
        <source>Missing values are red. Click a header to choose that column; right-click a header to sort the view (the file keeps its order). Double-click a cell to edit it.</source>
        <translation>Missing values are red. Click a header to choose that column; right-click a header to sort the view (the file keeps its order). Double-click a cell to edit it.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_table_view.py" line="72" />
        <source>Sort ascending</source>
        <translation>Sort ascending</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_table_view.py" line="73" />
        <source>Sort descending</source>
        <translation>Sort descending</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_table_view.py" line="74" />
        <source>Back to the file's order</source>
        <translation>Back to the file's order</translation>
    </message>
</context>
<context>
    <name>RegressionResult</name>
    <message>
        <location filename="../../gui/widgets/regression_result.py" line="79" />
        <source>Parameter</source>
        <extracomment>Narrower than this, the parameter table goes above the plot instead of beside it.</extracomment>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/regression_result.py" line="79" />
        <source>True</source>
        <translation>True</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/regression_result.py" line="79" />
        <source>Learned</source>
        <translation>Learned</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/regression_result.py" line="79" />
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/regression_result.py" line="80" />
        <source>Error = true − learned (course 3.2)</source>
        <translation>Error = true − learned (course 3.2)</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/regression_result.py" line="81" />
        <source>Feature:</source>
        <translation>Feature:</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/regression_result.py" line="82" />
        <source>Which feature to plot against the label</source>
        <translation>Which feature to plot against the label</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/regression_result.py" line="83" />
        <source>Feature</source>
        <translation>Feature</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/regression_result.py" line="108" />
        <source>label y</source>
        <translation>label y</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/regression_result.py" line="109" />
        <source>Data and fitted line</source>
        <translation>Data and fitted line</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/regression_result.py" line="110" />
        <source>The line is the model's prediction as this feature varies and the other features stay at their mean</source>
        <translation>The line is the model's prediction as this feature varies and the other features stay at their mean</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/regression_result.py" line="186" />
        <source>Your own table has no true parameters to compare with.</source>
        <translation>Your own table has no true parameters to compare with.</translation>
    </message>
</context>
<context>
    <name>RunsPanel</name>
    <message>
        <location filename="../../gui/tabs/training_runs_panel.py" line="70" />
        <location filename="../../gui/tabs/training_runs_panel.py" line="84" />
        <source>Runs</source>
        <translation>Runs</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_runs_panel.py" line="71" />
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_runs_panel.py" line="72" />
        <source>All runs</source>
        <translation>All runs</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_runs_panel.py" line="73" />
        <source>All runs, or only the runs of one course experiment</source>
        <translation>All runs, or only the runs of one course experiment</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_runs_panel.py" line="74" />
        <source>Runs shown</source>
        <translation>Runs shown</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_runs_panel.py" line="76" />
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_runs_panel.py" line="76" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_runs_panel.py" line="76" />
        <source>Loss</source>
        <translation>Loss</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_runs_panel.py" line="76" />
        <source>Acc.</source>
        <translation>Acc.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_runs_panel.py" line="77" />
        <location filename="../../gui/tabs/training_runs_panel.py" line="81" />
        <source>Epochs</source>
        <translation>Epochs</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_runs_panel.py" line="77" />
        <source>Other hyperparameters</source>
        <translation>Other hyperparameters</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_runs_panel.py" line="78" />
        <source>Tick to show a run's curves</source>
        <translation>Tick to show a run's curves</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_runs_panel.py" line="78" />
        <source>State of the run</source>
        <translation>State of the run</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_runs_panel.py" line="79" />
        <source>Training loss after the last epoch</source>
        <translation>Training loss after the last epoch</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_runs_panel.py" line="80" />
        <source>Test accuracy after the last epoch</source>
        <translation>Test accuracy after the last epoch</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_runs_panel.py" line="80" />
        <source>Learning rate</source>
        <translation>Learning rate</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_runs_panel.py" line="81" />
        <source>Batch size</source>
        <translation>Batch size</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_runs_panel.py" line="82" />
        <source>Task, implementation, loss, seed, initial σ, device, your data</source>
        <translation>Task, implementation, loss, seed, initial σ, device, your data</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_runs_panel.py" line="83" />
        <source>Tick to show a run's curves; Delete removes it</source>
        <translation>Tick to show a run's curves; Delete removes it</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_runs_panel.py" line="85" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_runs_panel.py" line="86" />
        <source>Delete the selected runs (Del)</source>
        <translation>Delete the selected runs (Del)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_runs_panel.py" line="87" />
        <source>Clear all</source>
        <translation>Clear all</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_runs_panel.py" line="88" />
        <source>Delete every finished run shown</source>
        <translation>Delete every finished run shown</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_runs_panel.py" line="89" />
        <source>Save model</source>
        <translation>Save model</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_runs_panel.py" line="91" />
        <source>Save the selected run's model to the models folder; the classifier tab lists it</source>
        <translation>Save the selected run's model to the models folder; the classifier tab lists it</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_runs_panel.py" line="93" />
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_runs_panel.py" line="94" />
        <source>Export metrics, plots or the model (Ctrl+E)</source>
        <translation>Export metrics, plots or the model (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_runs_panel.py" line="95" />
        <source>Metrics as CSV…</source>
        <translation>Metrics as CSV…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_runs_panel.py" line="95" />
        <source>Plots as PNG…</source>
        <translation>Plots as PNG…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_runs_panel.py" line="96" />
        <source>Plots as SVG…</source>
        <translation>Plots as SVG…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_runs_panel.py" line="97" />
        <source>Model checkpoint (.pt)…</source>
        <translation>Model checkpoint (.pt)…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_runs_panel.py" line="126" />
        <source>%1 hidden units</source>
        <translation>%1 hidden units</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_runs_panel.py" line="127" />
        <source>seed %1</source>
        <translation>seed %1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_runs_panel.py" line="131" />
        <source>your table “%1”</source>
        <translation>your table “%1”</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_runs_panel.py" line="133" />
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_runs_panel.py" line="138" />
        <source>queued</source>
        <translation>queued</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_runs_panel.py" line="138" />
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_runs_panel.py" line="139" />
        <source>paused at %1</source>
        <translation>paused at %1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_runs_panel.py" line="140" />
        <source>stopping…</source>
        <translation>stopping…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_runs_panel.py" line="141" />
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_runs_panel.py" line="142" />
        <source>stopped at %1</source>
        <translation>stopped at %1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_runs_panel.py" line="143" />
        <source>diverged at %1</source>
        <translation>diverged at %1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_runs_panel.py" line="144" />
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_runs_panel.py" line="151" />
        <source>Trained for %1 s</source>
        <translation>Trained for %1 s</translation>
    </message>
</context>
<context>
    <name>SandboxFiles</name>
    <message>
        <location filename="../../gui/tabs/sandbox_files.py" line="138" />
        <source>Replace your code?</source>
        <extracomment>Seconds of quiet typing before the code is written to the autosave file. Larger "code" files are refused: they are not something to edit in a cell.</extracomment>
        <translation>Replace your code?</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/sandbox_files.py" line="139" />
        <source>Replace your code with %1?</source>
        <translation>Replace your code with %1?</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/sandbox_files.py" line="140" />
        <source>You have edited the code in the editor. “Open beside” keeps it as “My code” at the top of the lesson list.</source>
        <translation>You have edited the code in the editor. “Open beside” keeps it as “My code” at the top of the lesson list.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/sandbox_files.py" line="142" />
        <source>Replace</source>
        <translation>Replace</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/sandbox_files.py" line="144" />
        <source>Open beside</source>
        <translation>Open beside</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/sandbox_files.py" line="171" />
        <location filename="../../gui/tabs/sandbox_files.py" line="179" />
        <source>Save code</source>
        <translation>Save code</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/sandbox_files.py" line="171" />
        <location filename="../../gui/tabs/sandbox_files.py" line="203" />
        <location filename="../../gui/tabs/sandbox_files.py" line="230" />
        <source>Python files (*.py)</source>
        <translation>Python files (*.py)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/sandbox_files.py" line="184" />
        <location filename="../../gui/tabs/sandbox_files.py" line="235" />
        <source>Code saved to %1</source>
        <translation>Code saved to %1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/sandbox_files.py" line="192" />
        <source>Could not write %1:
%2</source>
        <translation>Could not write %1:
%2</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/sandbox_files.py" line="203" />
        <location filename="../../gui/tabs/sandbox_files.py" line="214" />
        <source>Open code</source>
        <translation>Open code</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/sandbox_files.py" line="208" />
        <source>the file is larger than 2 MB</source>
        <translation>the file is larger than 2 MB</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/sandbox_files.py" line="212" />
        <source>it is not UTF-8 text</source>
        <translation>it is not UTF-8 text</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/sandbox_files.py" line="215" />
        <source>Could not open %1:
%2</source>
        <translation>Could not open %1:
%2</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/sandbox_files.py" line="229" />
        <location filename="../../gui/tabs/sandbox_files.py" line="233" />
        <source>Export code</source>
        <translation>Export code</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../gui/widgets/notebook_start.py" line="96" />
        <source>Notebooks</source>
        <translation>Notebooks</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/notebook_start.py" line="98" />
        <source>Open the course's Jupyter notebooks (.ipynb) and run them here as in Jupyter, offline: Shift+Enter runs a cell and moves on, outputs and figures appear under it, and Save keeps them in the file. Drop a notebook onto the window to open it.</source>
        <translation>Open the course's Jupyter notebooks (.ipynb) and run them here as in Jupyter, offline: Shift+Enter runs a cell and moves on, outputs and figures appear under it, and Save keeps them in the file. Drop a notebook onto the window to open it.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/notebook_start.py" line="101" />
        <source>Open notebook…</source>
        <translation>Open notebook…</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/notebook_start.py" line="102" />
        <source>Open a .ipynb file (Ctrl+O)</source>
        <translation>Open a .ipynb file (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/notebook_start.py" line="103" />
        <source>New notebook</source>
        <translation>New notebook</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/notebook_start.py" line="104" />
        <source>Start an empty notebook in your lab folder</source>
        <translation>Start an empty notebook in your lab folder</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/notebook_start.py" line="105" />
        <source>Welcome tour</source>
        <translation>Welcome tour</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/notebook_start.py" line="106" />
        <source>A short notebook that shows the course's idioms: tensors, autograd, d2l.plot, data files, an animated plot</source>
        <translation>A short notebook that shows the course's idioms: tensors, autograd, d2l.plot, data files, an animated plot</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/notebook_start.py" line="109" />
        <source>Labs…</source>
        <translation>Labs…</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/notebook_start.py" line="110" />
        <source>The course's graded labs: tasks with tests that check your answers (Help ▸ Labs)</source>
        <translation>The course's graded labs: tasks with tests that check your answers (Help ▸ Labs)</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/notebook_start.py" line="112" />
        <source>Recent notebooks</source>
        <translation>Recent notebooks</translation>
    </message>
</context>
<context>
    <name>TableFiles</name>
    <message>
        <location filename="../../gui/tabs/preprocess_files.py" line="94" />
        <source>Getting pandas ready for the first table…</source>
        <extracomment>Files larger than this are read on a worker thread with a progress bar.</extracomment>
        <translation>Getting pandas ready for the first table…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_files.py" line="109" />
        <source>Where should house_tiny.csv go?</source>
        <translation>Where should house_tiny.csv go?</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_files.py" line="119" />
        <source>Cannot write the example:</source>
        <translation>Cannot write the example:</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_files.py" line="128" />
        <source>Open a table</source>
        <translation>Open a table</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_files.py" line="129" />
        <source>Tables (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>Tables (*.csv *.tsv *.txt *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_files.py" line="137" />
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_files.py" line="138" />
        <source>The current table has changes that are not saved. Open another table and lose them?</source>
        <translation>The current table has changes that are not saved. Open another table and lose them?</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_files.py" line="147" />
        <source>Still opening the previous file…</source>
        <translation>Still opening the previous file…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_files.py" line="179" />
        <source>Cannot open this file:</source>
        <translation>Cannot open this file:</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_files.py" line="186" />
        <source>Opening %1…</source>
        <translation>Opening %1…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_files.py" line="215" />
        <source>Opening cancelled; nothing changed.</source>
        <translation>Opening cancelled; nothing changed.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_files.py" line="227" />
        <source>Opened %1: %2 rows × %3 columns.</source>
        <translation>Opened %1: %2 rows × %3 columns.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_files.py" line="236" />
        <source>Skipped %1 line(s) above the header (“%2”).</source>
        <translation>Skipped %1 line(s) above the header (“%2”).</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_files.py" line="239" />
        <source>Skipped the comment lines that start with #.</source>
        <translation>Skipped the comment lines that start with #.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_files.py" line="261" />
        <source>Save the table as CSV</source>
        <translation>Save the table as CSV</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_files.py" line="262" />
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_files.py" line="275" />
        <source>Saving %1…</source>
        <translation>Saving %1…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_files.py" line="292" />
        <location filename="../../gui/tabs/preprocess_files.py" line="322" />
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_files.py" line="295" />
        <location filename="../../gui/tabs/preprocess_files.py" line="320" />
        <source>Could not save:</source>
        <translation>Could not save:</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_files.py" line="311" />
        <source>Save the pipeline as Python</source>
        <translation>Save the pipeline as Python</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_files.py" line="312" />
        <source>Python files (*.py)</source>
        <translation>Python files (*.py)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_files.py" line="328" />
        <source>Open a table first.</source>
        <translation>Open a table first.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_files.py" line="339" />
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_files.py" line="340" />
        <source>What should be exported?</source>
        <translation>What should be exported?</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_files.py" line="341" />
        <source>Table as CSV…</source>
        <translation>Table as CSV…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_files.py" line="342" />
        <source>Pipeline as .py…</source>
        <translation>Pipeline as .py…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_files.py" line="372" />
        <source>Clear the list</source>
        <translation>Clear the list</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_files.py" line="389" />
        <source>Could not restore the table:</source>
        <translation>Could not restore the table:</translation>
    </message>
</context>
<context>
    <name>TensorTab</name>
    <message>
        <location filename="../../gui/tabs/tensor_tab.py" line="231" />
        <source>Lesson presets: click to load the code, double-click to load and run it</source>
        <extracomment>Tree data of the "My code" entries: the top one, and each kept piece ("kept:&lt;index&gt;"). Seconds a cell may run before it is stopped (the spin box beside Run). While a cell runs, tells the preload it is not a quiet moment (see run_code).</extracomment>
        <translation>Lesson presets: click to load the code, double-click to load and run it</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/tensor_tab.py" line="233" />
        <source>Lesson presets</source>
        <translation>Lesson presets</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/tensor_tab.py" line="235" />
        <source>▶ Run</source>
        <translation>▶ Run</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/tensor_tab.py" line="236" />
        <source>Run the code in the kernel (Ctrl+Enter)</source>
        <translation>Run the code in the kernel (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/tensor_tab.py" line="237" />
        <source>■ Interrupt</source>
        <translation>■ Interrupt</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/tensor_tab.py" line="238" />
        <source>Stop the running cell (Ctrl+.)</source>
        <translation>Stop the running cell (Ctrl+.)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/tensor_tab.py" line="239" />
        <source>⟳ Restart</source>
        <translation>⟳ Restart</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/tensor_tab.py" line="240" />
        <source>Start a fresh kernel; all variables are forgotten (Ctrl+Shift+R)</source>
        <translation>Start a fresh kernel; all variables are forgotten (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/tensor_tab.py" line="245" />
        <source>&amp;Time limit:</source>
        <translation>&amp;Time limit:</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/tensor_tab.py" line="246" />
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/tensor_tab.py" line="247" />
        <source>A cell running longer than this is interrupted</source>
        <translation>A cell running longer than this is interrupted</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/tensor_tab.py" line="255" />
        <source>Code editor</source>
        <translation>Code editor</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/tensor_tab.py" line="256" />
        <source>Output</source>
        <translation>Output</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/tensor_tab.py" line="257" />
        <source>Variables</source>
        <translation>Variables</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/tensor_tab.py" line="258" />
        <source>Tensor</source>
        <translation>Tensor</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/tensor_tab.py" line="259" />
        <source>Broadcasting</source>
        <translation>Broadcasting</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/tensor_tab.py" line="260" />
        <source>Autograd</source>
        <translation>Autograd</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/tensor_tab.py" line="251" />
        <source>Python code; torch and plot(x, y, label=…) are ready to use. Ctrl+Enter runs it, Tab indents or completes a name, Esc or Ctrl+Tab moves on to the next control. Your code is saved automatically.</source>
        <translation>Python code; torch and plot(x, y, label=…) are ready to use. Ctrl+Enter runs it, Tab indents or completes a name, Esc or Ctrl+Tab moves on to the next control. Your code is saved automatically.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/tensor_tab.py" line="261" />
        <source>Lesson guide: tensors, linear algebra, calculus, autograd</source>
        <translation>Lesson guide: tensors, linear algebra, calculus, autograd</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/tensor_tab.py" line="263" />
        <source>A tensor is an n-dimensional array: a scalar has 0 axes, a vector 1, a matrix 2, an RGB image 3, a batch of images 4. Elementwise operations on different shapes use broadcasting. Autograd records the operations on tensors that require grad and runs the chain rule backwards.</source>
        <translation>A tensor is an n-dimensional array: a scalar has 0 axes, a vector 1, a matrix 2, an RGB image 3, a batch of images 4. Elementwise operations on different shapes use broadcasting. Autograd records the operations on tensors that require grad and runs the chain rule backwards.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/tensor_tab.py" line="268" />
        <source>Change reshape(3, 4) to reshape(-1, 6) and check the shape badge.</source>
        <translation>Change reshape(3, 4) to reshape(-1, 6) and check the shape badge.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/tensor_tab.py" line="269" />
        <source>In the broadcasting tab, try shapes 2, 1, 4 and 3, 1; then 3, 2 and 3.</source>
        <translation>In the broadcasting tab, try shapes 2, 1, 4 and 3, 1; then 3, 2 and 3.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/tensor_tab.py" line="270" />
        <source>Call y.backward() twice and read the error; then use retain_graph=True.</source>
        <translation>Call y.backward() twice and read the error; then use retain_graph=True.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/tensor_tab.py" line="271" />
        <source>Run y = 2 * torch.dot(x, x), open the Autograd tab, run y.backward() and watch x.grad appear.</source>
        <translation>Run y = 2 * torch.dot(x, x), open the Autograd tab, run y.backward() and watch x.grad appear.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/tensor_tab.py" line="273" />
        <source>Course: 04 data manipulation · 05 linear algebra · matrix calculus · autograd (book 2.1–2.5)</source>
        <translation>Course: 04 data manipulation · 05 linear algebra · matrix calculus · autograd (book 2.1–2.5)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/tensor_tab.py" line="327" />
        <location filename="../../gui/tabs/tensor_tab.py" line="372" />
        <source>My code</source>
        <translation>My code</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/tensor_tab.py" line="328" />
        <source>Your own code, kept when a preset replaced it; click to bring it back</source>
        <translation>Your own code, kept when a preset replaced it; click to bring it back</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/tensor_tab.py" line="373" />
        <source>Your own code; it is saved automatically.</source>
        <translation>Your own code; it is saved automatically.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/tensor_tab.py" line="431" />
        <source>Starting the kernel (importing torch)…</source>
        <translation>Starting the kernel (importing torch)…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/tensor_tab.py" line="445" />
        <source>Interrupting…</source>
        <translation>Interrupting…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/tensor_tab.py" line="449" />
        <source>Restarting the kernel; variables are cleared.</source>
        <translation>Restarting the kernel; variables are cleared.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/tensor_tab.py" line="509" />
        <source>Time limit of %1 s reached: interrupting the cell.</source>
        <translation>Time limit of %1 s reached: interrupting the cell.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/tensor_tab.py" line="520" />
        <source>The cell was interrupted; variables are kept.</source>
        <translation>The cell was interrupted; variables are kept.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/tensor_tab.py" line="537" />
        <source>Shapes that cannot broadcast: type both shapes in the Broadcasting tab to compare them (shapes align on the right).</source>
        <translation>Shapes that cannot broadcast: type both shapes in the Broadcasting tab to compare them (shapes align on the right).</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/tensor_tab.py" line="543" />
        <source>Shapes that cannot broadcast: the Broadcasting tab now compares %1 and %2 (shapes align on the right).</source>
        <translation>Shapes that cannot broadcast: the Broadcasting tab now compares %1 and %2 (shapes align on the right).</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/tensor_tab.py" line="556" />
        <source>Kernel restarted.</source>
        <translation>Kernel restarted.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/tensor_tab.py" line="558" />
        <source>The cell used more memory than allowed, so the kernel was restarted; variables were cleared.</source>
        <translation>The cell used more memory than allowed, so the kernel was restarted; variables were cleared.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/tensor_tab.py" line="561" />
        <source>The cell did not stop, so the kernel was restarted; variables were cleared.</source>
        <translation>The cell did not stop, so the kernel was restarted; variables were cleared.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/tensor_tab.py" line="564" />
        <source>The kernel could not start: %1</source>
        <translation>The kernel could not start: %1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/tensor_tab.py" line="567" />
        <source>The kernel stopped (exit code %1) and is restarting by itself; variables were cleared.</source>
        <translation>The kernel stopped (exit code %1) and is restarting by itself; variables were cleared.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/tensor_tab.py" line="632" />
        <source>Starting kernel…</source>
        <translation>Starting kernel…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/tensor_tab.py" line="633" />
        <source>Kernel not started</source>
        <translation>Kernel not started</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/tensor_tab.py" line="635" />
        <source>Running…</source>
        <translation>Running…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/tensor_tab.py" line="637" />
        <source>Kernel ready</source>
        <translation>Kernel ready</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/tensor_tab.py" line="639" />
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/tensor_tab.py" line="644" />
        <source>torch %1 · Python %2 · process %3</source>
        <translation>torch %1 · Python %2 · process %3</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/tensor_tab.py" line="641" />
        <source>Cells run in a separate process; a crash there restarts it without touching this window</source>
        <translation>Cells run in a separate process; a crash there restarts it without touching this window</translation>
    </message>
</context>
<context>
    <name>TensorView</name>
    <message>
        <location filename="../../gui/widgets/tensor_view.py" line="214" />
        <source>Slice:</source>
        <translation>Slice:</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/tensor_view.py" line="215" />
        <source>Values of the tensor; colour shows the value (heatmap)</source>
        <translation>Values of the tensor; colour shows the value (heatmap)</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/tensor_view.py" line="217" />
        <source>axis %1 = </source>
        <translation>axis %1 = </translation>
    </message>
    <message>
        <location filename="../../gui/widgets/tensor_view.py" line="219" />
        <source>Index along axis %1; the table shows the last two axes</source>
        <translation>Index along axis %1; the table shows the last two axes</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/tensor_view.py" line="220" />
        <source>Index along axis %1</source>
        <translation>Index along axis %1</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/tensor_view.py" line="291" />
        <source>Variable name</source>
        <translation>Variable name</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/tensor_view.py" line="294" />
        <source>shape %1</source>
        <translation>shape %1</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/tensor_view.py" line="295" />
        <source>%1 axes, %2 elements</source>
        <translation>%1 axes, %2 elements</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/tensor_view.py" line="297" />
        <source>Element type (dtype)</source>
        <translation>Element type (dtype)</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/tensor_view.py" line="298" />
        <source>Device the data lives on</source>
        <translation>Device the data lives on</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/tensor_view.py" line="301" />
        <source>requires_grad</source>
        <translation>requires_grad</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/tensor_view.py" line="301" />
        <source>no grad</source>
        <translation>no grad</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/tensor_view.py" line="302" />
        <source>Whether autograd records operations on this tensor</source>
        <translation>Whether autograd records operations on this tensor</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/tensor_view.py" line="305" />
        <source>The operation that produced this tensor in the autograd graph</source>
        <translation>The operation that produced this tensor in the autograd graph</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/tensor_view.py" line="307" />
        <source>id(): changes when Python binds a new object</source>
        <translation>id(): changes when Python binds a new object</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/tensor_view.py" line="333" />
        <source>min %1 · max %2 · mean %3</source>
        <translation>min %1 · max %2 · mean %3</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/tensor_view.py" line="338" />
        <source>showing X[%1, :, :]</source>
        <translation>showing X[%1, :, :]</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/tensor_view.py" line="340" />
        <source>large tensor: the first %1 shown</source>
        <translation>large tensor: the first %1 shown</translation>
    </message>
</context>
<context>
    <name>TensorsAndTraining</name>
    <message>
        <location filename="../../gui/tabs/preprocess_training.py" line="45" />
        <source>Importing torch…</source>
        <translation>Importing torch…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_training.py" line="54" />
        <source>Not yet tensors: %1</source>
        <translation>Not yet tensors: %1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_training.py" line="55" />
        <source>Cannot make tensors:</source>
        <translation>Cannot make tensors:</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_training.py" line="64" />
        <source>Linear regression needs exactly one target column.</source>
        <translation>Linear regression needs exactly one target column.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_training.py" line="71" />
        <location filename="../../gui/tabs/preprocess_training.py" line="84" />
        <source>Not ready for training:</source>
        <translation>Not ready for training:</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_training.py" line="75" />
        <source>The Training tab of this build cannot take a table yet.</source>
        <translation>The Training tab of this build cannot take a table yet.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_training.py" line="87" />
        <source>Sent %1 rows × %2 features (target %3) to the Training tab.</source>
        <translation>Sent %1 rows × %2 features (target %3) to the Training tab.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_training.py" line="103" />
        <source>The columns have very different scales (standard deviation of %1 ≈ %2, of %3 ≈ %4): standardise them first (select them, then Standardize), or the loss will be huge and training slow.</source>
        <translation>The columns have very different scales (standard deviation of %1 ≈ %2, of %3 ≈ %4): standardise them first (select them, then Standardize), or the loss will be huge and training slow.</translation>
    </message>
</context>
<context>
    <name>TestSetBrowser</name>
    <message>
        <location filename="../../gui/widgets/test_set_browser.py" line="211" />
        <source>True class:</source>
        <translation>True class:</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/test_set_browser.py" line="212" />
        <source>All classes</source>
        <translation>All classes</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/test_set_browser.py" line="213" />
        <source>Show only the test images of one class</source>
        <translation>Show only the test images of one class</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/test_set_browser.py" line="214" />
        <source>True class filter</source>
        <translation>True class filter</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/test_set_browser.py" line="215" />
        <source>Misclassified only</source>
        <translation>Misclassified only</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/test_set_browser.py" line="216" />
        <source>Show only the images the model gets wrong</source>
        <translation>Show only the images the model gets wrong</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/test_set_browser.py" line="217" />
        <source>Show all</source>
        <translation>Show all</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/test_set_browser.py" line="218" />
        <source>Clear every filter</source>
        <translation>Clear every filter</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/test_set_browser.py" line="241" />
        <source>true class</source>
        <translation>true class</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/test_set_browser.py" line="241" />
        <source>predicted class</source>
        <translation>predicted class</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/test_set_browser.py" line="242" />
        <source>Rows: true class · columns: predicted class.
Click a cell to see its images.</source>
        <translation>Rows: true class · columns: predicted class.
Click a cell to see its images.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/test_set_browser.py" line="221" />
        <source>Each image: true label (top), prediction (bottom); wrong predictions in red. Double-click an image to see it step by step.</source>
        <translation>Each image: true label (top), prediction (bottom); wrong predictions in red. Double-click an image to see it step by step.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/test_set_browser.py" line="225" />
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/test_set_browser.py" line="225" />
        <source>Accuracy</source>
        <translation>Accuracy</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/test_set_browser.py" line="225" />
        <source>Most confused with</source>
        <translation>Most confused with</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/test_set_browser.py" line="299" />
        <source>Classifying the 10,000 test images…</source>
        <translation>Classifying the 10,000 test images…</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/test_set_browser.py" line="301" />
        <source>The Fashion-MNIST test set was not found, so this view is empty; your own pictures still work.</source>
        <translation>The Fashion-MNIST test set was not found, so this view is empty; your own pictures still work.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/test_set_browser.py" line="306" />
        <source>Choose a model to see how it does on the test set.</source>
        <translation>Choose a model to see how it does on the test set.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/test_set_browser.py" line="384" />
        <source>Test accuracy %1 · showing %2 of %3 images</source>
        <translation>Test accuracy %1 · showing %2 of %3 images</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/test_set_browser.py" line="387" />
        <source>true %1, predicted %2</source>
        <translation>true %1, predicted %2</translation>
    </message>
</context>
<context>
    <name>TrainingControls</name>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="177" />
        <source>From scratch</source>
        <extracomment>Tone of the status line for messages about something that went wrong.</extracomment>
        <translation>From scratch</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="177" />
        <source>Concise (nn.Module)</source>
        <translation>Concise (nn.Module)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="180" />
        <source>L2 (squared loss)</source>
        <translation>L2 (squared loss)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="180" />
        <source>L1 (absolute loss)</source>
        <translation>L1 (absolute loss)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="181" />
        <source>Huber</source>
        <translation>Huber</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="185" />
        <source>&amp;Task:</source>
        <translation>&amp;Task:</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="185" />
        <source>&amp;Implementation:</source>
        <translation>&amp;Implementation:</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="186" />
        <source>L&amp;oss:</source>
        <translation>L&amp;oss:</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="186" />
        <source>&amp;Learning rate η:</source>
        <translation>&amp;Learning rate η:</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="187" />
        <source>&amp;Batch size:</source>
        <translation>&amp;Batch size:</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="187" />
        <source>&amp;Epochs:</source>
        <translation>&amp;Epochs:</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="188" />
        <source>&amp;Seed:</source>
        <translation>&amp;Seed:</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="188" />
        <source>Init &amp;σ:</source>
        <translation>Init &amp;σ:</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="189" />
        <source>&amp;Hidden units:</source>
        <translation>&amp;Hidden units:</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="189" />
        <source>&amp;Device:</source>
        <translation>&amp;Device:</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="193" />
        <source>What to train: linear regression on y = Xw + b + ε, or softmax regression on Fashion-MNIST</source>
        <translation>What to train: linear regression on y = Xw + b + ε, or softmax regression on Fashion-MNIST</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="195" />
        <source>From scratch: hand-written model, loss and minibatch SGD; concise: nn.Linear, nn loss and torch.optim.SGD</source>
        <translation>From scratch: hand-written model, loss and minibatch SGD; concise: nn.Linear, nn loss and torch.optim.SGD</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="197" />
        <source>Loss for linear regression</source>
        <translation>Loss for linear regression</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="198" />
        <source>Huber δ: quadratic within ±δ, linear beyond</source>
        <translation>Huber δ: quadratic within ±δ, linear beyond</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="199" />
        <source>Learning rate η: step size of minibatch SGD (too large and the loss becomes NaN)</source>
        <translation>Learning rate η: step size of minibatch SGD (too large and the loss becomes NaN)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="201" />
        <source>Batch size: examples per minibatch</source>
        <translation>Batch size: examples per minibatch</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="202" />
        <source>Epochs: passes over the training data</source>
        <translation>Epochs: passes over the training data</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="203" />
        <source>Random seed: same seed, same data order and initial weights</source>
        <translation>Random seed: same seed, same data order and initial weights</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="204" />
        <source>Standard deviation of the initial weights, N(0, σ²)</source>
        <translation>Standard deviation of the initial weights, N(0, σ²)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="205" />
        <source>Hidden units of the multilayer perceptron</source>
        <translation>Hidden units of the multilayer perceptron</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="206" />
        <source>Where to compute: automatic picks the GPU when there is one</source>
        <translation>Where to compute: automatic picks the GPU when there is one</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="212" />
        <source>Huber delta</source>
        <translation>Huber delta</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="213" />
        <source>Hyperparameters</source>
        <translation>Hyperparameters</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="214" />
        <source>Reset to course defaults</source>
        <translation>Reset to course defaults</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="215" />
        <source>Use synthetic data instead</source>
        <translation>Use synthetic data instead</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="216" />
        <source>Go back to the course's synthetic data y = Xw + b + ε</source>
        <translation>Go back to the course's synthetic data y = Xw + b + ε</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="218" />
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="219" />
        <source>Start a run with these hyperparameters (Ctrl+Enter)</source>
        <translation>Start a run with these hyperparameters (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="220" />
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="221" />
        <source>Stop the run after the current batch (Ctrl+.)</source>
        <translation>Stop the run after the current batch (Ctrl+.)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="223" />
        <source>Pause or resume the run (Ctrl+P)</source>
        <translation>Pause or resume the run (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="226" />
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="227" />
        <source>Course experiments (one click)</source>
        <translation>Course experiments (one click)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="228" />
        <source>Learning rate 0.01 / 0.1 / 1</source>
        <translation>Learning rate 0.01 / 0.1 / 1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="229" />
        <source>Batch size 1 vs 256</source>
        <translation>Batch size 1 vs 256</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="230" />
        <source>Scratch vs concise</source>
        <translation>Scratch vs concise</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="235" />
        <source>Linear regression</source>
        <translation>Linear regression</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="235" />
        <source>Softmax regression</source>
        <translation>Softmax regression</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="236" />
        <source>Multilayer perceptron</source>
        <translation>Multilayer perceptron</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="240" />
        <source>scratch</source>
        <translation>scratch</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="240" />
        <source>concise</source>
        <translation>concise</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="241" />
        <source>linear</source>
        <translation>linear</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="244" />
        <source>1 epoch</source>
        <translation>1 epoch</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="244" />
        <source>%1 epochs</source>
        <translation>%1 epochs</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="258" />
        <source>%1 hidden units</source>
        <translation>%1 hidden units</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="259" />
        <source>seed %1</source>
        <translation>seed %1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="260" />
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="266" />
        <source>the course's synthetic data</source>
        <translation>the course's synthetic data</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="270" />
        <source>%1, three runs identical except for the learning rate η = 0.01, 0.1 and 1, at the course's values: %2, on %3</source>
        <translation>%1, three runs identical except for the learning rate η = 0.01, 0.1 and 1, at the course's values: %2, on %3</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="273" />
        <source>%1, two runs with minibatches of 1 and of 256 examples, at the course's values: %2, on %3</source>
        <translation>%1, two runs with minibatches of 1 and of 256 examples, at the course's values: %2, on %3</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="276" />
        <source>%1 written from scratch and with nn.Module, at the course's values: %2, on %3; both should learn the same model</source>
        <translation>%1 written from scratch and with nn.Module, at the course's values: %2, on %3; both should learn the same model</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="283" />
        <source>Experiments run at the course's values for %1 (η = %2, B = %3, %4), whatever is typed above, and show only their own runs.</source>
        <translation>Experiments run at the course's values for %1 (η = %2, B = %3, %4), whatever is typed above, and show only their own runs.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="288" />
        <source>The course's values for %1: %2; loss L2, Huber δ = 1, 256 hidden units</source>
        <translation>The course's values for %1: %2; loss L2, Huber δ = 1, 256 hidden units</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="296" />
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="306" />
        <source>Linear regression learns w and b by &lt;b&gt;minibatch stochastic gradient descent&lt;/b&gt;: take a random minibatch, compute the gradient of its mean loss, step against it. The two key hyperparameters are the &lt;b&gt;learning rate&lt;/b&gt; and the &lt;b&gt;batch size&lt;/b&gt;.</source>
        <translation>Linear regression learns w and b by &lt;b&gt;minibatch stochastic gradient descent&lt;/b&gt;: take a random minibatch, compute the gradient of its mean loss, step against it. The two key hyperparameters are the &lt;b&gt;learning rate&lt;/b&gt; and the &lt;b&gt;batch size&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="312" />
        <source>Learning rate 0.01 / 0.1 / 1: too small crawls, too large jumps around or becomes NaN.</source>
        <translation>Learning rate 0.01 / 0.1 / 1: too small crawls, too large jumps around or becomes NaN.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="314" />
        <source>Batch size 1 vs 256: noisy steps versus smooth but fewer steps.</source>
        <translation>Batch size 1 vs 256: noisy steps versus smooth but fewer steps.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="315" />
        <source>Compare the learned w and b with the true ones, w = [2, −3.4], b = 4.2.</source>
        <translation>Compare the learned w and b with the true ones, w = [2, −3.4], b = 4.2.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="316" />
        <source>Switch the loss to L1 or Huber; prepare a table in Preprocessing and train on it.</source>
        <translation>Switch the loss to L1 or Huber; prepare a table in Preprocessing and train on it.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="318" />
        <source>Course: 3.1–3.3 Linear regression, from scratch and concise</source>
        <translation>Course: 3.1–3.3 Linear regression, from scratch and concise</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="321" />
        <source>Softmax regression maps an image to 10 class scores; softmax turns them into probabilities and &lt;b&gt;cross-entropy&lt;/b&gt; punishes a low probability for the true class. Training is the same minibatch SGD loop.</source>
        <translation>Softmax regression maps an image to 10 class scores; softmax turns them into probabilities and &lt;b&gt;cross-entropy&lt;/b&gt; punishes a low probability for the true class. Training is the same minibatch SGD loop.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="326" />
        <source>Watch train and test accuracy: do they drift apart?</source>
        <translation>Watch train and test accuracy: do they drift apart?</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="327" />
        <source>Learning rate 0.01 / 0.1 / 1 on Fashion-MNIST.</source>
        <translation>Learning rate 0.01 / 0.1 / 1 on Fashion-MNIST.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="328" />
        <source>Scratch vs concise on the same seed give the same curves.</source>
        <translation>Scratch vs concise on the same seed give the same curves.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="329" />
        <source>Save the model and test it on your own pictures in the Classifier tab.</source>
        <translation>Save the model and test it on your own pictures in the Classifier tab.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="330" />
        <source>Course: 3.4–3.7 Softmax regression, image classification data set</source>
        <translation>Course: 3.4–3.7 Softmax regression, image classification data set</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="331" />
        <source>Lesson guide</source>
        <translation>Lesson guide</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="336" />
        <source>Data: Fashion-MNIST, 60 000 training and 10 000 test images</source>
        <translation>Data: Fashion-MNIST, 60 000 training and 10 000 test images</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="339" />
        <source>Data: synthetic, y = Xw + b + ε with w = [2, −3.4], b = 4.2, 1000 examples</source>
        <translation>Data: synthetic, y = Xw + b + ε with w = [2, −3.4], b = 4.2, 1000 examples</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="343" />
        <source>Data: your table “%1”, %2 rows × %3 features</source>
        <translation>Data: your table “%1”, %2 rows × %3 features</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="348" />
        <source>%1 more run(s) queued</source>
        <translation>%1 more run(s) queued</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="371" />
        <source>Ready. Set the hyperparameters and press Start.</source>
        <translation>Ready. Set the hyperparameters and press Start.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="372" />
        <source>Preparing run %1: loading data and model…</source>
        <translation>Preparing run %1: loading data and model…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="373" />
        <source>Epoch %1/%2 · batch %3/%4 · loss %5</source>
        <translation>Epoch %1/%2 · batch %3/%4 · loss %5</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="374" />
        <source>Epoch %1/%2 · train loss %3</source>
        <translation>Epoch %1/%2 · train loss %3</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="375" />
        <source>Epoch %1/%2 · train loss %3 · train acc %4 · test acc %5</source>
        <translation>Epoch %1/%2 · train loss %3 · train acc %4 · test acc %5</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="376" />
        <source>Paused %1 at %2. Press Resume to continue.</source>
        <translation>Paused %1 at %2. Press Resume to continue.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="377" />
        <source>Stopping after the current batch…</source>
        <translation>Stopping after the current batch…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="378" />
        <source>Finished %1 in %2 s.</source>
        <translation>Finished %1 in %2 s.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="379" />
        <source>Stopped %1 after %2 epoch(s).</source>
        <translation>Stopped %1 after %2 epoch(s).</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="380" />
        <source>%1 diverged at epoch %2, batch %3: the loss became %4. The learning rate η = %5 is probably too large; try a smaller one. The curves so far are kept.</source>
        <translation>%1 diverged at epoch %2, batch %3: the loss became %4. The learning rate η = %5 is probably too large; try a smaller one. The curves so far are kept.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="383" />
        <source>%1 diverged in epoch %2: the loss became %3. The learning rate η = %4 is probably too large; try a smaller one. The curves so far are kept.</source>
        <translation>%1 diverged in epoch %2: the loss became %3. The learning rate η = %4 is probably too large; try a smaller one. The curves so far are kept.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="386" />
        <source>The run could not start: %1</source>
        <translation>The run could not start: %1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="387" />
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="388" />
        <source>Could not save: %1</source>
        <translation>Could not save: %1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="389" />
        <source>Using your table “%1” for linear regression. Press Start to train on it.</source>
        <translation>Using your table “%1” for linear regression. Press Start to train on it.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="391" />
        <source>Back to the synthetic data.</source>
        <translation>Back to the synthetic data.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="392" />
        <source>Hyperparameters reset to the course's values for %1.</source>
        <translation>Hyperparameters reset to the course's values for %1.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="398" />
        <source>NaN (not a number)</source>
        <translation>NaN (not a number)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="398" />
        <source>infinite</source>
        <translation>infinite</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="451" />
        <source>Paused at %p%</source>
        <translation>Paused at %p%</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="451" />
        <source>Stopping at %p%</source>
        <translation>Stopping at %p%</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="452" />
        <source>Diverged at %p%</source>
        <translation>Diverged at %p%</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="453" />
        <source>Stopped at %p%</source>
        <translation>Stopped at %p%</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="453" />
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="457" />
        <source>%p% · ETA %1</source>
        <translation>%p% · ETA %1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="463" />
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="463" />
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
</context>
<context>
    <name>TrainingExporter</name>
    <message>
        <location filename="../../gui/tabs/training_export.py" line="128" />
        <source>Metrics (*.csv)</source>
        <translation>Metrics (*.csv)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_export.py" line="128" />
        <source>Plots as PNG image (*.png)</source>
        <translation>Plots as PNG image (*.png)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_export.py" line="129" />
        <source>Plots as SVG drawing (*.svg)</source>
        <translation>Plots as SVG drawing (*.svg)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_export.py" line="130" />
        <source>Model checkpoint (*.pt)</source>
        <translation>Model checkpoint (*.pt)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_export.py" line="140" />
        <location filename="../../gui/tabs/training_export.py" line="158" />
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_export.py" line="169" />
        <source>select a finished run first</source>
        <translation>select a finished run first</translation>
    </message>
</context>
<context>
    <name>TrainingResults</name>
    <message>
        <location filename="../../gui/tabs/training_results.py" line="51" />
        <source>Results of the selected run appear here when it has finished: the learned w and b for linear regression, test images with their predicted labels for classification.</source>
        <translation>Results of the selected run appear here when it has finished: the learned w and b for linear regression, test images with their predicted labels for classification.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_results.py" line="54" />
        <source>No predictions</source>
        <translation>No predictions</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_results.py" line="59" />
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_results.py" line="63" />
        <source>Result of %1</source>
        <translation>Result of %1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_results.py" line="79" />
        <source>Top: true label · bottom: predicted label (red: wrong), as the course's predict_ch3</source>
        <translation>Top: true label · bottom: predicted label (red: wrong), as the course's predict_ch3</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_results.py" line="82" />
        <source>Result of %1: true label over predicted label</source>
        <translation>Result of %1: true label over predicted label</translation>
    </message>
</context>
<context>
    <name>TrainingRunner</name>
    <message>
        <location filename="../../gui/training_runner.py" line="58" />
        <source>The training process ended unexpectedly (%1). Start again: a new one is started.</source>
        <translation>The training process ended unexpectedly (%1). Start again: a new one is started.</translation>
    </message>
</context>
<context>
    <name>TrainingTab</name>
    <message>
        <location filename="../../gui/tabs/training_tab.py" line="143" />
        <source>Smoothing:</source>
        <extracomment>A run's worker starts this long after the click (its first paint comes first). (config, table, experiment id) of the runs still to start</extracomment>
        <translation>Smoothing:</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_tab.py" line="143" />
        <source>Log scale</source>
        <translation>Log scale</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_tab.py" line="144" />
        <source>Loss (faint: per batch · bold: smoothed · dots: epoch mean)</source>
        <translation>Loss (faint: per batch · bold: smoothed · dots: epoch mean)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_tab.py" line="145" />
        <source>Accuracy (solid: test · dashed: train)</source>
        <translation>Accuracy (solid: test · dashed: train)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_tab.py" line="146" />
        <source>epoch</source>
        <translation>epoch</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_tab.py" line="146" />
        <source>loss</source>
        <translation>loss</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_tab.py" line="146" />
        <source>accuracy</source>
        <translation>accuracy</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_tab.py" line="147" />
        <source>Exponential moving average of the batch losses, debiased as in TensorBoard</source>
        <translation>Exponential moving average of the batch losses, debiased as in TensorBoard</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_tab.py" line="149" />
        <source>Logarithmic loss axis; a run that leaves the scale is drawn along the top, with a cross where it left</source>
        <translation>Logarithmic loss axis; a run that leaves the scale is drawn along the top, with a cross where it left</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_tab.py" line="153" />
        <source>Loss:</source>
        <translation>Loss:</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_tab.py" line="153" />
        <source>off the scale</source>
        <translation>off the scale</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_tab.py" line="154" />
        <source>Runs share a loss axis only when they measure the same loss on the same data</source>
        <translation>Runs share a loss axis only when they measure the same loss on the same data</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_tab.py" line="173" />
        <source>Cross-entropy loss</source>
        <translation>Cross-entropy loss</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_tab.py" line="173" />
        <source>Squared loss (L2)</source>
        <translation>Squared loss (L2)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_tab.py" line="174" />
        <source>Absolute loss (L1)</source>
        <translation>Absolute loss (L1)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_tab.py" line="175" />
        <source>Huber loss, δ = %1</source>
        <translation>Huber loss, δ = %1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_tab.py" line="178" />
        <source>your table “%1”</source>
        <translation>your table “%1”</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_tab.py" line="180" />
        <source>synthetic data</source>
        <translation>synthetic data</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_tab.py" line="184" />
        <source>faint: per batch · bold: smoothed · dots: epoch mean · ×: left the scale</source>
        <translation>faint: per batch · bold: smoothed · dots: epoch mean · ×: left the scale</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_tab.py" line="151" />
        <source>Accuracy is measured for classification (softmax regression, multilayer perceptron). Linear regression has only a loss.</source>
        <translation>Accuracy is measured for classification (softmax regression, multilayer perceptron). Linear regression has only a loss.</translation>
    </message>
    <message>
        <location filename="../../gui/context.py" line="72" />
        <source>The features must be a table with one row per target value.</source>
        <extracomment>The folder Fashion-MNIST is read from changed (File ▸ Choose data folder). A model checkpoint was written (path): the classifier lists it. A tab asks the window to bring another tab to the front (its objectName). A short message for the window's status bar (text, milliseconds).</extracomment>
        <translation>The features must be a table with one row per target value.</translation>
    </message>
    <message>
        <location filename="../../gui/context.py" line="75" />
        <source>The table needs at least two rows and one feature column.</source>
        <translation>The table needs at least two rows and one feature column.</translation>
    </message>
    <message>
        <location filename="../../gui/context.py" line="78" />
        <source>The table has missing or infinite values; fill or drop them first.</source>
        <translation>The table has missing or infinite values; fill or drop them first.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_tab.py" line="573" />
        <location filename="../../gui/tabs/training_tab.py" line="582" />
        <source>There are no runs to export yet.</source>
        <translation>There are no runs to export yet.</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_tab.py" line="580" />
        <source>Plots can be saved as .png or .svg.</source>
        <translation>Plots can be saved as .png or .svg.</translation>
    </message>
</context>
<context>
    <name>VariablesTable</name>
    <message>
        <location filename="../../gui/tabs/sandbox_variables.py" line="41" />
        <source>Name</source>
        <extracomment>The row keys shown, in column order.</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/sandbox_variables.py" line="41" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/sandbox_variables.py" line="41" />
        <source>Shape</source>
        <translation>Shape</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/sandbox_variables.py" line="41" />
        <source>dtype</source>
        <translation>dtype</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/sandbox_variables.py" line="42" />
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/sandbox_variables.py" line="42" />
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/sandbox_variables.py" line="43" />
        <source>Variables kept between runs; select a tensor to draw it, double-click for its graph</source>
        <translation>Variables kept between runs; select a tensor to draw it, double-click for its graph</translation>
    </message>
</context>
</TS>