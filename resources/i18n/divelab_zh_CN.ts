<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AutogradView</name>
    <message>
        <location filename="../../gui/widgets/autograd_view.py" line="104" />
        <source>&amp;Tensor:</source>
        <translation>张量(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/autograd_view.py" line="105" />
        <source>A tensor variable (or expression) whose graph to draw</source>
        <translation>要画出计算图的张量变量（或表达式）</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/autograd_view.py" line="106" />
        <source>Tensor whose autograd graph is drawn</source>
        <translation>显示其计算图的张量</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/autograd_view.py" line="107" />
        <source>Computation graph: leaves at the top, the tensor at the bottom; drag to pan</source>
        <translation>计算图：叶子在上，结果张量在下；可拖动平移</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/autograd_view.py" line="123" />
        <source>Pick a tensor to see the operations (grad_fn) that produced it. Leaves that require grad are green; after backward() they show .grad.</source>
        <translation>选择一个张量，查看产生它的运算（grad_fn）。需要梯度的叶子为绿色；调用 backward() 之后会显示 .grad。</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/autograd_view.py" line="169" />
        <source>%1 operations, %2 leaves</source>
        <translation>%1 个运算，%2 个叶子</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/autograd_view.py" line="171" />
        <source>leaves show .grad after backward()</source>
        <translation>backward() 之后叶子显示 .grad</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/autograd_view.py" line="173" />
        <source>call backward() to fill the leaves' .grad</source>
        <translation>调用 backward() 以填入叶子的 .grad</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/autograd_view.py" line="175" />
        <source>graph cut at 200 nodes</source>
        <translation>计算图只显示前 200 个节点</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/autograd_view.py" line="184" />
        <source>shape %1</source>
        <translation>形状 %1</translation>
    </message>
</context>
<context>
    <name>BroadcastView</name>
    <message>
        <location filename="../../gui/widgets/broadcast_view.py" line="94" />
        <source>A:</source>
        <translation>A：</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/broadcast_view.py" line="95" />
        <source>B:</source>
        <translation>B：</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/broadcast_view.py" line="97" />
        <source>A shape such as 3, 1 or the name of a tensor variable</source>
        <translation>形状（如 3, 1）或张量变量名</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/broadcast_view.py" line="98" />
        <source>Operand shape</source>
        <translation>操作数形状</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/broadcast_view.py" line="100" />
        <source>Shapes are aligned on the right. On each axis the sizes must be equal, or one of them 1 (a missing axis counts as 1); that one is copied along the axis.</source>
        <translation>两个形状从右往左对齐。每个轴上的长度必须相等，或者其中一个为 1（缺失的轴当作 1）；长度为 1 的那个沿该轴复制扩展。</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/broadcast_view.py" line="103" />
        <source>&lt;span style='background:%1'&gt;&amp;nbsp;1 → n&amp;nbsp;&lt;/span&gt; stretched &amp;nbsp; &lt;span style='background:%2'&gt;&amp;nbsp;· → n&amp;nbsp;&lt;/span&gt; missing axis added &amp;nbsp; &lt;span style='background:%3'&gt;&amp;nbsp;n ≠ m&amp;nbsp;&lt;/span&gt; breaks the rule</source>
        <translation>&lt;span style='background:%1'&gt;&amp;nbsp;1 → n&amp;nbsp;&lt;/span&gt; 复制扩展 &amp;nbsp; &lt;span style='background:%2'&gt;&amp;nbsp;· → n&amp;nbsp;&lt;/span&gt; 补上缺失的轴 &amp;nbsp; &lt;span style='background:%3'&gt;&amp;nbsp;n ≠ m&amp;nbsp;&lt;/span&gt; 违反规则</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/broadcast_view.py" line="140" />
        <source>Type a shape such as 3, 1 or the name of a tensor.</source>
        <translation>请输入形状（如 3, 1）或张量的名字。</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/broadcast_view.py" line="144" />
        <source>At most 8 axes.</source>
        <translation>最多 8 个轴。</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/broadcast_view.py" line="152" />
        <source>axis</source>
        <translation>轴</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/broadcast_view.py" line="185" />
        <source>A + B has shape %1</source>
        <translation>A + B 的形状是 %1</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/broadcast_view.py" line="188" />
        <source>stretched axes: %1</source>
        <translation>被复制扩展的轴：%1</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/broadcast_view.py" line="194" />
        <source>Cannot broadcast: on axis %1 the sizes are %2 and %3, and neither is 1.</source>
        <translation>无法广播：轴 %1 上的长度分别是 %2 和 %3，且都不是 1。</translation>
    </message>
</context>
<context>
    <name>CellOutput</name>
    <message>
        <location filename="../../gui/widgets/cell_output.py" line="118" />
        <source>Line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/cell_output.py" line="120" />
        <source>Interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/cell_output.py" line="131" />
        <source>The kernel ran out of memory; try a smaller tensor.</source>
        <translation>内核内存不足，请试试更小的张量。</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/cell_output.py" line="133" />
        <source>(memory limit: %1 GB)</source>
        <translation>（内存限制：%1 GB）</translation>
    </message>
</context>
<context>
    <name>CellWidget</name>
    <message>
        <location filename="../../gui/widgets/notebook_cells.py" line="134" />
        <source>✎ Your answer</source>
        <extracomment>Left bar and badge colours of an assignment's cells (readable on light and dark themes).</extracomment>
        <translation>✎ 你的答案</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/notebook_cells.py" line="136" />
        <source>Write your answer here; the tests below check it</source>
        <translation>在这里写你的答案；下面的测试会检查它</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/notebook_cells.py" line="137" />
        <source>Write your answer here; your teacher marks it</source>
        <translation>在这里写你的答案；由老师评分</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/notebook_cells.py" line="138" />
        <source>✎ Task</source>
        <translation>✎ 任务</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/notebook_cells.py" line="139" />
        <source>Your teacher marks this task</source>
        <translation>此任务由老师评分</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/notebook_cells.py" line="140" />
        <source>Test · 1 point</source>
        <translation>测试 · 1 分</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/notebook_cells.py" line="141" />
        <source>Test · %1 points</source>
        <translation>测试 · %1 分</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/notebook_cells.py" line="144" />
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/notebook_cells.py" line="142" />
        <source>An autograded test: read-only; Validate runs it against your answers</source>
        <translation>自动评分测试：只读；“验证”会用它检查你的答案</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/notebook_cells.py" line="145" />
        <source>Given code or text of the assignment: read-only</source>
        <translation>作业给出的代码或文字：只读</translation>
    </message>
</context>
<context>
    <name>ClassifierTab</name>
    <message>
        <location filename="../../gui/tabs/classifier_tab.py" line="164" />
        <source>Classifier</source>
        <extracomment>Widgets of the parts that tests, scripts and the self-test reach through the tab.</extracomment>
        <translation>图片分类</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_tab.py" line="170" />
        <source>Your pictures</source>
        <translation>你的图片</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_tab.py" line="171" />
        <source>Test set</source>
        <translation>测试集</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_tab.py" line="173" />
        <source>Lesson: classifying images</source>
        <translation>课程：图片分类</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_tab.py" line="175" />
        <source>A classifier turns a 28×28 picture (784 pixel values) into one score per class; softmax turns the scores into probabilities and the largest one is the prediction. The model only knows pictures like the training set: light garments on black, filling the frame. Your own photo has to be made to look like that first.</source>
        <translation>分类器把一张 28×28 的图片（784 个像素值）变成每个类别的一个分数；softmax 把这些分数变成概率，概率最大的类别就是预测结果。模型只认识和训练集相似的图片：黑色背景上的浅色服饰，并占满整个画面。所以你自己的照片要先处理成这个样子。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_tab.py" line="182" />
        <source>Drop a photo of a shoe or a T-shirt, then untick “Invert light backgrounds”: what happens to the prediction, and why?</source>
        <translation>拖入一张鞋子或 T 恤的照片，然后取消勾选“反转浅色背景”：预测结果有什么变化？为什么？</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_tab.py" line="184" />
        <source>Untick “Crop to the object” with a small garment in a big picture.</source>
        <translation>对一张大图中的小物件取消勾选“裁剪到物体”，看看会怎样。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_tab.py" line="185" />
        <source>In the Test set page, find the two classes the model confuses most (click the cell). Would you have told them apart?</source>
        <translation>在“测试集”页中找出模型最容易混淆的两个类别（点击对应格子）。你自己能分得清吗？</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_tab.py" line="187" />
        <source>Compare the softmax model with the MLP: which classes improve?</source>
        <translation>比较 softmax 模型和多层感知机：哪些类别的精度提高了？</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_tab.py" line="188" />
        <source>Show only misclassified images of one class: are the labels always right?</source>
        <translation>只显示某一类中被分错的图片：数据集的标号总是对的吗？</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_tab.py" line="190" />
        <source>Course: softmax regression · image classification dataset · predict_ch3</source>
        <translation>课程：softmax 回归 · 图像分类数据集 · predict_ch3</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_tab.py" line="432" />
        <source>Something went wrong: %1</source>
        <translation>出错了：%1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_tab.py" line="451" />
        <source>Nothing to export yet: add some pictures.</source>
        <translation>还没有可导出的内容：请先添加一些图片。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_tab.py" line="454" />
        <source>Export results</source>
        <translation>导出结果</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_tab.py" line="455" />
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_tab.py" line="466" />
        <source>Could not save: %1</source>
        <translation>无法保存：%1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_tab.py" line="469" />
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
</context>
<context>
    <name>DataFrameModel</name>
    <message>
        <location filename="../../gui/widgets/dataframe_model.py" line="178" />
        <source>%1 · %2 missing</source>
        <extracomment>Views of tables with at least this many rows are sorted on a worker thread.</extracomment>
        <translation>%1 · 缺失 %2</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/dataframe_model.py" line="182" />
        <source>Column %1: type %2, %3 missing of %4 values</source>
        <translation>列 %1：类型 %2，%4 个值中缺失 %3 个</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/dataframe_model.py" line="186" />
        <source>Target column (outputs, y)</source>
        <translation>目标列（输出，y）</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/dataframe_model.py" line="220" />
        <source>“%1” is not a number, and %2 is a number column.</source>
        <translation>“%1”不是数字，而 %2 是数值列。</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/dataframe_model.py" line="221" />
        <source>“%1” is not a whole number, and %2 is an integer column: change its type to float64 first.</source>
        <translation>“%1”不是整数，而 %2 是整数列：请先把它的类型改为 float64。</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/dataframe_model.py" line="223" />
        <source>%2 is an integer column and cannot hold a missing value: change its type to float64 first.</source>
        <translation>%2 是整数列，不能存放缺失值：请先把它的类型改为 float64。</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/dataframe_model.py" line="225" />
        <source>“%1” is not True or False, and %2 is a true/false column.</source>
        <translation>“%1”不是 True 或 False，而 %2 是布尔列。</translation>
    </message>
</context>
<context>
    <name>EngineMessages</name>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="18" />
        <source>“{name}” does not exist.</source>
        <translation>“{name}”不存在。</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="19" />
        <source>“{name}” is a folder, not a table file. Choose a file inside it.</source>
        <translation>“{name}”是一个文件夹，不是表格文件。请选择其中的一个文件。</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="20" />
        <source>“{name}” cannot be read: {detail}.</source>
        <translation>无法读取“{name}”：{detail}。</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="21" />
        <source>“{name}” is empty (0 bytes): there is no table in it.</source>
        <translation>“{name}”是空文件（0 字节）：里面没有表格。</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="23" />
        <source>“{name}” is too big for this computer's memory: it is {size} and about {needed} would be needed, but only {free} is free. Use a smaller part of it.</source>
        <translation>“{name}”太大，这台电脑的内存放不下：文件有 {size}，大约需要 {needed}，但只有 {free} 空闲。请只用其中的一部分。</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="25" />
        <source>“{name}” is too big for this computer's memory.</source>
        <translation>“{name}”太大，这台电脑的内存放不下。</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="26" />
        <source>“{name}” contains only blank space: there is no table in it.</source>
        <translation>“{name}”只有空白：里面没有表格。</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="28" />
        <source>“{name}” is a binary file, not a table. Open a CSV, TSV, text or .xlsx file.</source>
        <translation>“{name}”是二进制文件，不是表格。请打开 CSV、TSV、文本或 .xlsx 文件。</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="30" />
        <source>“{name}” is a PDF document, not a table. Open a CSV, TSV, text or .xlsx file.</source>
        <translation>“{name}”是 PDF 文档，不是表格。请打开 CSV、TSV、文本或 .xlsx 文件。</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="32" />
        <source>“{name}” is a PNG image, not a table. Open a CSV, TSV, text or .xlsx file.</source>
        <translation>“{name}”是 PNG 图片，不是表格。请打开 CSV、TSV、文本或 .xlsx 文件。</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="34" />
        <source>“{name}” is a JPEG image, not a table. Open a CSV, TSV, text or .xlsx file.</source>
        <translation>“{name}”是 JPEG 图片，不是表格。请打开 CSV、TSV、文本或 .xlsx 文件。</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="36" />
        <source>“{name}” is a GIF image, not a table. Open a CSV, TSV, text or .xlsx file.</source>
        <translation>“{name}”是 GIF 图片，不是表格。请打开 CSV、TSV、文本或 .xlsx 文件。</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="38" />
        <source>“{name}” is a program, not a table. Open a CSV, TSV, text or .xlsx file.</source>
        <translation>“{name}”是一个程序，不是表格。请打开 CSV、TSV、文本或 .xlsx 文件。</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="39" />
        <source>“{name}” is a gzip archive: unpack it first.</source>
        <translation>“{name}”是 gzip 压缩包：请先解压。</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="40" />
        <source>“{name}” is a RAR archive: unpack it first.</source>
        <translation>“{name}”是 RAR 压缩包：请先解压。</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="41" />
        <source>“{name}” is a 7-Zip archive: unpack it first.</source>
        <translation>“{name}”是 7-Zip 压缩包：请先解压。</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="43" />
        <source>“{name}” is an old Excel/Office file (.xls/.doc). Save it as .xlsx or CSV in Excel, then open that.</source>
        <translation>“{name}”是旧版 Excel/Office 文件（.xls/.doc）。请在 Excel 中另存为 .xlsx 或 CSV 后再打开。</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="46" />
        <source>“{name}” is not in a text encoding DiveLab understands (UTF-8, GBK/GB18030 or UTF-16). Save it again as “CSV UTF-8”.</source>
        <translation>“{name}”的文本编码无法识别（支持 UTF-8、GBK/GB18030 或 UTF-16）。请重新保存为“CSV UTF-8”。</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="49" />
        <source>“{name}” is not entirely in {encoding}: part of it is in another encoding. Save it again as “CSV UTF-8”.</source>
        <translation>“{name}”并非全部是 {encoding} 编码：其中一部分是别的编码。请重新保存为“CSV UTF-8”。</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="51" />
        <source>“{name}” is not a valid Excel workbook.</source>
        <translation>“{name}”不是有效的 Excel 工作簿。</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="52" />
        <source>“{name}” is not a readable Excel workbook ({detail}).</source>
        <translation>“{name}”不是可读取的 Excel 工作簿（{detail}）。</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="53" />
        <source>“{name}” has no columns: there is no table in it.</source>
        <translation>“{name}”没有列：里面没有表格。</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="54" />
        <source>“{name}” has rows of different lengths: {detail}</source>
        <translation>“{name}”各行长度不一致：{detail}</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="56" />
        <source>“{name}” has rows of different lengths: some rows have more values than there are column names in the header.</source>
        <translation>“{name}”各行长度不一致：有些行的值比表头的列名多。</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="58" />
        <source>“{name}” cannot be read as a table: {detail}</source>
        <translation>“{name}”无法作为表格读取：{detail}</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="63" />
        <source>There is no column {column}.</source>
        <translation>没有名为 {column} 的列。</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="64" />
        <source>Choose at least one column.</source>
        <translation>请至少选择一列。</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="65" />
        <source>Only number columns can be used here; not numeric: {columns}.</source>
        <translation>这里只能用数值列；不是数值的列：{columns}。</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="66" />
        <source>This works on input columns, not on the target.</source>
        <translation>这个操作只作用于输入列，不能用于目标列。</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="67" />
        <source>The step failed: {detail}</source>
        <translation>这一步失败了：{detail}</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="68" />
        <source>This would remove every row: nothing would be left.</source>
        <translation>这会删掉所有行：什么也不剩了。</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="70" />
        <source>This would remove every input column: nothing would be left.</source>
        <translation>这会删掉所有输入列：什么也不剩了。</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="71" />
        <source>The table is already split into inputs and outputs.</source>
        <translation>表格已经分成输入和输出了。</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="72" />
        <source>Leave at least one column as an input.</source>
        <translation>请至少留一列作为输入。</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="73" />
        <source>Unknown choice {choice}.</source>
        <translation>未知的选项 {choice}。</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="74" />
        <source>No input column has missing values.</source>
        <translation>输入列中没有缺失值。</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="76" />
        <source>This would create {count} columns (more than {limit}); is this really a category column?</source>
        <translation>这会产生 {count} 列（超过 {limit} 列）；这真的是类别列吗？</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="79" />
        <source>{columns}: no spread (standard deviation 0), so it cannot be standardized.</source>
        <translation>{columns}：没有变化（标准差为 0），无法标准化。</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="80" />
        <source>{columns}: a single value, so it cannot be scaled.</source>
        <translation>{columns}：只有一个值，无法缩放。</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="82" />
        <source>{column} has missing values, which int64 cannot hold: fill them first or choose Int64.</source>
        <translation>{column} 有缺失值，int64 无法存放：请先填充，或选择 Int64。</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="84" />
        <source>The name is empty.</source>
        <translation>名称为空。</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="85" />
        <source>There is already a column called {column}.</source>
        <translation>已经有一列叫 {column}。</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="86" />
        <source>Row {row} exists already.</source>
        <translation>第 {row} 行已存在。</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="87" />
        <source>Choose at least one row.</source>
        <translation>请至少选择一行。</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="88" />
        <source>There is no row {row}.</source>
        <translation>没有第 {row} 行。</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="90" />
        <source>The target cannot be deleted after the split; undo the split first.</source>
        <translation>划分之后不能删除目标列；请先撤销划分。</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="91" />
        <source>Unknown step in the saved pipeline.</source>
        <translation>保存的处理流程中有未知的步骤。</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="92" />
        <source>There is no step to undo.</source>
        <translation>没有可以撤销的步骤。</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="94" />
        <source>{what} still has text columns ({columns}): one-hot encode them or change their type first.</source>
        <translation>{what} 仍有文本列（{columns}）：请先做独热编码或更改类型。</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="96" />
        <source>{what} cannot become a tensor: {detail}</source>
        <translation>{what} 无法转换为张量：{detail}</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="97" />
        <source>There are no feature columns besides the target.</source>
        <translation>除目标列外没有特征列。</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="99" />
        <source>Text columns are left ({columns}): one-hot encode them or change their type first.</source>
        <translation>还有文本列（{columns}）：请先做独热编码或更改类型。</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="102" />
        <source>Missing values are left in {columns}: fill them or drop those rows first.</source>
        <translation>{columns} 中还有缺失值：请先填充，或删除这些行。</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="103" />
        <source>Some values are infinite.</source>
        <translation>有些值是无穷大。</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="108" />
        <source>the data is empty (0 bytes)</source>
        <translation>数据是空的（0 字节）</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="109" />
        <source>the file is empty (0 bytes)</source>
        <translation>文件是空的（0 字节）</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="110" />
        <source>this is a folder, not a picture</source>
        <translation>这是文件夹，不是图片</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="111" />
        <source>file not found</source>
        <translation>找不到文件</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="112" />
        <source>permission denied</source>
        <translation>没有访问权限</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="113" />
        <source>cannot read the file ({detail})</source>
        <translation>无法读取该文件（{detail}）</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="114" />
        <source>not a picture (or a format Pillow cannot read)</source>
        <translation>不是图片（或是 Pillow 无法读取的格式）</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="115" />
        <source>refused: the picture is a decompression bomb (far more pixels than any real photo)</source>
        <translation>已拒绝：这张图片是“解压炸弹”（像素数远超任何真实照片）</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="117" />
        <source>refused: {width}×{height} pixels is too large (limit {limit} megapixels, {max_side} pixels per side)</source>
        <translation>已拒绝：{width}×{height} 像素太大（上限为 {limit} 百万像素，每边 {max_side} 像素）</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="119" />
        <source>the picture has no pixels ({width}×{height})</source>
        <translation>图片没有像素（{width}×{height}）</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="120" />
        <source>the picture has no pixels</source>
        <translation>图片没有像素</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="121" />
        <source>the file is truncated (incomplete download?)</source>
        <translation>文件不完整（可能没有下载完？）</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="122" />
        <source>cannot decode the picture: {detail}</source>
        <translation>无法解码图片：{detail}</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="123" />
        <source>not enough memory to decode this picture</source>
        <translation>内存不足，无法解码这张图片</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="124" />
        <source>no object found: the picture is one flat colour</source>
        <translation>没有找到物体：整张图片是同一种颜色</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/engine_messages.py" line="125" />
        <source>cannot use this picture: {detail}</source>
        <translation>无法使用这张图片：{detail}</translation>
    </message>
</context>
<context>
    <name>ExperimentBanner</name>
    <message>
        <location filename="../../gui/tabs/training_experiment_view.py" line="34" />
        <source>Show all runs</source>
        <translation>显示全部运行</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_experiment_view.py" line="35" />
        <source>Leave the experiment and show every run again</source>
        <translation>离开该实验，重新显示所有运行</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_experiment_view.py" line="38" />
        <source>learning rate η = 0.01 / 0.1 / 1</source>
        <translation>学习率 η = 0.01 / 0.1 / 1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_experiment_view.py" line="39" />
        <source>batch size 1 vs 256</source>
        <translation>批量大小 1 与 256</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_experiment_view.py" line="40" />
        <source>scratch vs concise</source>
        <translation>从零实现与简洁实现</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_experiment_view.py" line="41" />
        <source>Experiment %1: %2 · %3</source>
        <translation>实验 %1：%2 · %3</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_experiment_view.py" line="52" />
        <source>the course's synthetic data</source>
        <translation>课程的合成数据</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_experiment_view.py" line="54" />
        <source>At the course's values: %1, on %2.</source>
        <translation>使用课程的取值：%1，数据为%2。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_experiment_view.py" line="56" />
        <source>Running…</source>
        <translation>运行中…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_experiment_view.py" line="57" />
        <source>Verdict:</source>
        <translation>结论：</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_experiment_view.py" line="64" />
        <source>Stopped before every run finished: no verdict.</source>
        <translation>在所有运行完成前已停止：没有结论。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_experiment_view.py" line="66" />
        <source>η = %1 diverged</source>
        <translation>η = %1 发散</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_experiment_view.py" line="67" />
        <source>η = %1 oscillates (loss %2)</source>
        <translation>η = %1 振荡（损失 %2）</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_experiment_view.py" line="68" />
        <source>η = %1 is too large (loss %2)</source>
        <translation>η = %1 过大（损失 %2）</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_experiment_view.py" line="69" />
        <source>η = %1 crawls (loss %2)</source>
        <translation>η = %1 下降缓慢（损失 %2）</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_experiment_view.py" line="70" />
        <source>η = %1 also converges (loss %2)</source>
        <translation>η = %1 也能收敛（损失 %2）</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_experiment_view.py" line="71" />
        <source>η = %1 ends lowest (loss %2)</source>
        <translation>η = %1 最终损失最低（损失 %2）</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_experiment_view.py" line="72" />
        <source>η = %1 converges fastest (loss %2)</source>
        <translation>η = %1 收敛最快（损失 %2）</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_experiment_view.py" line="73" />
        <location filename="../../gui/tabs/training_experiment_view.py" line="111" />
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_experiment_view.py" line="75" />
        <location filename="../../gui/tabs/training_experiment_view.py" line="111" />
        <source>.</source>
        <translation>。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_experiment_view.py" line="84" />
        <source>Scratch and concise agree: they learn the same w and b (largest difference %1).</source>
        <translation>从零实现与简洁实现一致：学到相同的 w 和 b（最大差值 %1）。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_experiment_view.py" line="86" />
        <source>Scratch and concise differ: their w and b are up to %1 apart.</source>
        <translation>从零实现与简洁实现不一致：w 和 b 最多相差 %1。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_experiment_view.py" line="90" />
        <source>Their losses are %1× apart: the scratch squared_loss halves (ŷ − y)², nn.MSELoss does not.</source>
        <translation>二者的损失相差 %1 倍：从零实现的 squared_loss 把 (ŷ − y)² 除以 2，nn.MSELoss 不除。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_experiment_view.py" line="94" />
        <source>Scratch and concise agree: loss %1 vs %2 (%3 % apart), test accuracy %4 vs %5: the same model written two ways.</source>
        <translation>从零实现与简洁实现一致：损失 %1 对 %2（相差 %3 %），测试精度 %4 对 %5：同一个模型的两种写法。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_experiment_view.py" line="96" />
        <source>Scratch and concise differ: loss %1 vs %2 (%3 % apart), test accuracy %4 vs %5.</source>
        <translation>从零实现与简洁实现不一致：损失 %1 对 %2（相差 %3 %），测试精度 %4 对 %5。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_experiment_view.py" line="106" />
        <source>B = %1 diverged</source>
        <translation>B = %1 发散</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_experiment_view.py" line="108" />
        <source>B = %1: loss %2 after %3 updates, %4 s per epoch</source>
        <translation>B = %1：更新 %3 次后损失 %2，每个迭代周期 %4 秒</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_experiment_view.py" line="113" />
        <source>The smaller batch, with more and noisier steps, reached the lower loss.</source>
        <translation>小批量的更新步数更多、噪声更大，达到了更低的损失。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_experiment_view.py" line="116" />
        <source>The larger batch, with fewer and smoother steps, reached the lower loss.</source>
        <translation>大批量的更新步数更少、更平稳，达到了更低的损失。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_experiment_view.py" line="119" />
        <source>B = %1 was %2× faster per epoch.</source>
        <translation>B = %1 每个迭代周期快 %2 倍。</translation>
    </message>
</context>
<context>
    <name>FigureBlock</name>
    <message>
        <location filename="../../gui/widgets/rich_output.py" line="329" />
        <source>Save image…</source>
        <extracomment>Richest first. The DiveLab summary only wins for values it draws better than their repr. Tallest an HTML/Markdown block grows before it scrolls inside itself. What was last drawn for the current width, and the (token, size) it was made for; a new SVG frame keeps showing the previous raster until its own is ready.</extracomment>
        <translation>保存图片…</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/rich_output.py" line="332" />
        <source>Copy image</source>
        <translation>复制图片</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/rich_output.py" line="349" />
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/rich_output.py" line="350" />
        <source>SVG image (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/rich_output.py" line="354" />
        <location filename="../../gui/widgets/rich_output.py" line="370" />
        <source>Save image</source>
        <translation>保存图片</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/rich_output.py" line="371" />
        <source>Could not write %1:
%2</source>
        <translation>无法写入 %1：
%2</translation>
    </message>
</context>
<context>
    <name>LabController</name>
    <message>
        <location filename="../../gui/tabs/lab_controller.py" line="80" />
        <source>No labs are installed with DiveLab.</source>
        <extracomment>(cells done, cells to run). A check or a submission ended (True when it produced results).</extracomment>
        <translation>DiveLab 没有附带任何实验。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lab_controller.py" line="100" />
        <source>The lab could not be copied into your lab folder (File ▸ Choose lab folder… picks another one).</source>
        <translation>无法把实验复制到你的实验文件夹（可用“文件 ▸ 选择实验文件夹…”换一个）。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lab_controller.py" line="147" />
        <source>Submit notebook</source>
        <translation>提交笔记本</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lab_controller.py" line="148" />
        <source>Jupyter notebooks (*.ipynb)</source>
        <translation>Jupyter 笔记本 (*.ipynb)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lab_controller.py" line="167" />
        <source>Submitted: the notebook is saved as %1 and its report as %2. Hand in both (print the report if your teacher asks for paper).</source>
        <translation>已提交：笔记本保存为 %1，报告保存为 %2。请把两者都交上（老师需要纸质版时请打印报告）。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lab_controller.py" line="176" />
        <source>A check is already running; wait for it to finish.</source>
        <translation>已有一次检查正在运行，请等它结束。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lab_controller.py" line="225" />
        <source>The check stopped because of an internal error; your notebook is unchanged.</source>
        <translation>检查因内部错误而停止；你的笔记本没有改变。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lab_controller.py" line="230" />
        <source>The check could not run: the kernel did not start or stopped. Try again; if it keeps failing, restart DiveLab.</source>
        <translation>检查无法运行：内核没有启动或已停止。请重试；如果一直失败，请重新启动 DiveLab。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lab_controller.py" line="232" />
        <source>This notebook's assignment data (nbgrader metadata) is damaged, so it cannot be checked.</source>
        <translation>这个笔记本的作业数据（nbgrader 元数据）已损坏，无法检查。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lab_controller.py" line="234" />
        <source>This notebook has no autograded tests to check.</source>
        <translation>这个笔记本没有可检查的自动评分测试。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lab_controller.py" line="235" />
        <source>This notebook does not match the lab it looks like, so it cannot be checked against it.</source>
        <translation>这个笔记本与它看起来对应的实验不一致，无法用该实验检查。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lab_controller.py" line="237" />
        <source>The file could not be written there; choose another folder. Your notebook is unchanged.</source>
        <translation>无法在那里写入文件，请选择其他文件夹。你的笔记本没有改变。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lab_controller.py" line="239" />
        <source>The notebook file could not be read.</source>
        <translation>无法读取笔记本文件。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/lab_controller.py" line="241" />
        <source>The notebook could not be checked.</source>
        <translation>无法检查这个笔记本。</translation>
    </message>
</context>
<context>
    <name>LabPickerDialog</name>
    <message>
        <location filename="../../gui/widgets/lab_picker.py" line="45" />
        <source>Labs</source>
        <translation>实验</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/lab_picker.py" line="47" />
        <source>Each lab is a notebook with tasks and tests. Your copy is kept in your lab folder: opening a lab again continues where you left off. Validate checks your answers; Submit saves the notebook and a printable report to hand in.</source>
        <translation>每个实验都是一个带有任务和测试的笔记本。你的副本保存在实验文件夹中：再次打开实验会从上次停下的地方继续。“验证”检查你的答案；“提交”保存要上交的笔记本和可打印的报告。</translation>
    </message>
</context>
<context>
    <name>LabResultsPanel</name>
    <message>
        <location filename="../../gui/widgets/lab_results.py" line="100" />
        <source>Running cell %1 of %2…</source>
        <translation>正在运行第 %1 个单元格（共 %2 个）…</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/lab_results.py" line="126" />
        <source>Validation</source>
        <translation>验证结果</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/lab_results.py" line="127" />
        <source>Hide the results</source>
        <translation>隐藏结果</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/lab_results.py" line="128" />
        <source>Test results</source>
        <translation>测试结果</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/lab_results.py" line="130" />
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/lab_results.py" line="132" />
        <source>Starting a fresh kernel…</source>
        <translation>正在启动新的内核…</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/lab_results.py" line="137" />
        <source>Score: %1 / %2</source>
        <translation>得分：%1 / %2</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/lab_results.py" line="143" />
        <source>Tests run from the released lab “%1”: editing a test changes nothing.</source>
        <translation>测试来自发布版实验“%1”：改动测试不会改变结果。</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/lab_results.py" line="145" />
        <source>Tests run from this notebook (a self-check; your teacher re-checks with the original tests).</source>
        <translation>测试来自这个笔记本本身（自查；老师会用原版测试重新检查）。</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/lab_results.py" line="153" />
        <source>changed</source>
        <translation>被改动</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/lab_results.py" line="158" />
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/lab_results.py" line="161" />
        <source>Answers not done yet: %1</source>
        <translation>尚未完成的答案：%1</translation>
    </message>
</context>
<context>
    <name>LearningRateView</name>
    <message>
        <location filename="../../gui/tabs/loss_rate_views.py" line="107" />
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_rate_views.py" line="108" />
        <source>Learning rate η</source>
        <translation>学习率 η</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_rate_views.py" line="109" />
        <source>Steps</source>
        <translation>步数</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_rate_views.py" line="111" />
        <source>Learning rate for both quadratics</source>
        <translation>两个二次函数共用的学习率</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_rate_views.py" line="112" />
        <source>Number of gradient steps shown</source>
        <translation>显示的梯度步数</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_rate_views.py" line="123" />
        <source>f(x) = x²/2</source>
        <translation>f(x) = x²/2</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_rate_views.py" line="127" />
        <source>f(x) = xᵀAx/2, curvatures 0.5 and 2</source>
        <translation>f(x) = xᵀAx/2，曲率 0.5 和 2</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_rate_views.py" line="135" />
        <source>too small: it crawls</source>
        <translation>太小：爬得很慢</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_rate_views.py" line="136" />
        <source>good: it converges steadily</source>
        <translation>合适：稳定收敛</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_rate_views.py" line="137" />
        <source>large: it overshoots and oscillates</source>
        <translation>偏大：越过最优点来回振荡</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_rate_views.py" line="138" />
        <source>too large: it diverges</source>
        <translation>太大：发散</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_rate_views.py" line="148" />
        <source>η·f″ = %1; after %2 steps the distance is %3 of the start</source>
        <translation>η·f″ = %1；%2 步后距离为起点的 %3</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_rate_views.py" line="151" />
        <source>η × largest curvature = %1 (must stay below 2); distance now %2 of the start</source>
        <translation>η × 最大曲率 = %1（必须小于 2）；当前距离为起点的 %2</translation>
    </message>
</context>
<context>
    <name>LessonGuide</name>
    <message>
        <location filename="../../gui/widgets/lesson_guide.py" line="68" />
        <source>Show or hide the lesson guide</source>
        <translation>显示或隐藏课程导引</translation>
    </message>
</context>
<context>
    <name>LossDescentView</name>
    <message>
        <location filename="../../gui/tabs/loss_descent_view.py" line="140" />
        <source>L2 loss r²/2</source>
        <translation>L2 损失 r²/2</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_descent_view.py" line="140" />
        <source>L1 loss |r|</source>
        <translation>L1 损失 |r|</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_descent_view.py" line="141" />
        <source>Huber's robust loss</source>
        <translation>Huber 鲁棒损失</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_descent_view.py" line="144" />
        <source>Loss functions</source>
        <translation>损失函数</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_descent_view.py" line="145" />
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_descent_view.py" line="146" />
        <source>Huber δ</source>
        <translation>Huber δ</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_descent_view.py" line="147" />
        <source>Start ŷ − y</source>
        <translation>起点 ŷ − y</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_descent_view.py" line="148" />
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_descent_view.py" line="150" />
        <source>Which loss to plot and descend</source>
        <translation>绘制并下降哪个损失函数</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_descent_view.py" line="151" />
        <source>Where Huber's loss switches from quadratic to linear</source>
        <translation>Huber 损失从二次变为线性的位置</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_descent_view.py" line="152" />
        <source>Residual the animation starts from</source>
        <translation>动画开始时的残差</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_descent_view.py" line="153" />
        <source>Step size of the gradient descent animation</source>
        <translation>梯度下降动画的步长</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_descent_view.py" line="154" />
        <source>Run gradient descent on this loss (A)</source>
        <translation>在这个损失上运行梯度下降（A）</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_descent_view.py" line="167" />
        <source>Loss, derivative and likelihood</source>
        <translation>损失、导数和似然函数</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_descent_view.py" line="168" />
        <source>Loss, derivative, likelihood e^(−loss)</source>
        <translation>损失、导数、似然函数 e^(−loss)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_descent_view.py" line="169" />
        <source>residual ŷ − y</source>
        <translation>残差 ŷ − y</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_descent_view.py" line="171" />
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_descent_view.py" line="171" />
        <source>derivative</source>
        <translation>导数</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_descent_view.py" line="172" />
        <source>likelihood e^(−loss)</source>
        <translation>似然函数 e^(−loss)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_descent_view.py" line="175" />
        <source>Gradient descent: |ŷ − y| after each step</source>
        <translation>梯度下降：每一步之后的 |ŷ − y|</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_descent_view.py" line="176" />
        <source>step</source>
        <translation>步</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_descent_view.py" line="186" />
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_descent_view.py" line="188" />
        <source>Gradient descent on this loss</source>
        <translation>在这个损失上做梯度下降</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_descent_view.py" line="194" />
        <source>Step %1: ŷ − y = %2, loss′ = %3, next step −η·loss′ = %4</source>
        <translation>第 %1 步：ŷ − y = %2，loss′ = %3，下一步 −η·loss′ = %4</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_descent_view.py" line="199" />
        <source>never settles</source>
        <translation>永不稳定</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_descent_view.py" line="200" />
        <source>%1 steps</source>
        <translation>%1 步</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_descent_view.py" line="201" />
        <source>Within 0.05 of the optimum and staying: %1</source>
        <translation>进入最优点 0.05 以内并停留：%1</translation>
    </message>
</context>
<context>
    <name>LossTab</name>
    <message>
        <location filename="../../gui/tabs/loss_tab.py" line="91" />
        <source>Lesson: losses and the learning rate</source>
        <translation>课程：损失函数与学习率</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_tab.py" line="95" />
        <source>A loss measures how far the prediction ŷ is from the truth y. Its derivative decides each update: L2's shrinks near the optimum, so steps slow down; L1's is ±1 everywhere, a constant pull that overshoots near 0; Huber is L1 far away and L2 close. Minimising a loss is maximum likelihood for the noise density e^(−loss). The learning rate scales every step: too small crawls, too large oscillates or diverges. A minibatch gradient is a noisy estimate: small batches wander, large ones cost more per step.</source>
        <translation>损失函数衡量预测值 ŷ 与真实值 y 之间的区别。它的导数决定每次更新：L2 的梯度在最优点附近变小，所以步子越走越慢；L1 的梯度处处是 ±1，以同样的力度往原点走，在 0 附近来回跳；Huber 离得远时像 L1，离得近时像 L2。最小化损失等价于对噪声密度 e^(−loss) 做最大似然估计。学习率缩放每一步：太小就爬得很慢，太大会振荡甚至发散。小批量梯度是有噪声的估计：批量小时路径四处游走，批量大时每一步的计算代价更高。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_tab.py" line="105" />
        <source>Animate L2, then L1 from the same start: which one arrives, which hops?</source>
        <translation>从同一起点先后演示 L2 和 L1：哪个能到达，哪个来回跳？</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_tab.py" line="106" />
        <source>Make δ small or large: Huber turns into L1 or into L2.</source>
        <translation>把 δ 调小或调大：Huber 变成 L1 或 L2。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_tab.py" line="107" />
        <source>Slide η past 1 and past 2 for x²/2; the 2-D bowl breaks earlier — why?</source>
        <translation>对 x²/2 把 η 拉过 1 再拉过 2；二维碗更早失败 — 为什么？</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_tab.py" line="108" />
        <source>Batch size 1 against 200: compare the paths and the examples processed.</source>
        <translation>批量大小 1 对比 200：比较路径和已处理的样本数。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_tab.py" line="111" />
        <source>Course: softmax 回归 — 损失函数; 基础优化算法 — 学习率, 批量大小</source>
        <translation>课程：softmax 回归 — 损失函数；基础优化算法 — 学习率、批量大小</translation>
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
        <translation>数据操作</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="304" />
        <source>Notebooks</source>
        <translation>笔记本</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="305" />
        <source>Preprocessing</source>
        <translation>数据预处理</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="306" />
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="307" />
        <source>Classifier</source>
        <translation>图片分类</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="308" />
        <source>Perceptron</source>
        <translation>感知机</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="309" />
        <source>Losses</source>
        <translation>损失函数</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="316" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="317" />
        <source>&amp;New notebook</source>
        <translation>新建笔记本(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="318" />
        <source>&amp;Open notebook…</source>
        <translation>打开笔记本(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="319" />
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="320" />
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="321" />
        <source>Save &amp;as…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="322" />
        <source>Choose &amp;dataset folder…</source>
        <translation>选择数据集文件夹(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="323" />
        <source>Choose &amp;lab folder…</source>
        <translation>选择实验文件夹(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="325" />
        <source>The folder your code runs in: the sandbox and new notebooks work in its notebooks/ folder, so the course's ../data is its data/ folder</source>
        <translation>代码运行的文件夹：沙盒和新建的笔记本在其中的 notebooks/ 文件夹里运行，课程代码里的 ../data 就是其中的 data/ 文件夹</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="327" />
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="328" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="329" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="330" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="331" />
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="332" />
        <source>Follow system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="332" />
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="333" />
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="336" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="337" />
        <source>&amp;Labs…</source>
        <translation>实验(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="338" />
        <source>&amp;About DiveLab</source>
        <translation>关于 DiveLab(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="429" />
        <source>No recent notebooks</source>
        <translation>没有最近打开的笔记本</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="438" />
        <source>Dive into Deep Learning interactive lab</source>
        <translation>动手学深度学习 · 交互实验室</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="485" />
        <source>Device: detecting…</source>
        <translation>设备：检测中…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="487" />
        <location filename="../../gui/main_window.py" line="554" />
        <source>Device: %1</source>
        <translation>设备：%1</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="490" />
        <source>Fashion-MNIST: looking…</source>
        <translation>Fashion-MNIST：查找中…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="494" />
        <source>Fashion-MNIST: %1</source>
        <translation>Fashion-MNIST：%1</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="498" />
        <source>Fashion-MNIST: not found (File ▸ Choose dataset folder)</source>
        <translation>Fashion-MNIST：未找到（文件 ▸ 选择数据集文件夹）</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="500" />
        <source>Looked in:
%1

Install the Debian/Ubuntu package 'dataset-fashion-mnist' or choose a folder with the four .gz files.</source>
        <translation>查找过的位置：
%1

请安装 Debian/Ubuntu 软件包 “dataset-fashion-mnist”，或选择包含四个 .gz 文件的文件夹。</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="506" />
        <source>Choose the Fashion-MNIST folder</source>
        <translation>选择 Fashion-MNIST 文件夹</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="520" />
        <location filename="../../gui/main_window.py" line="526" />
        <source>Choose your lab folder</source>
        <translation>选择实验文件夹</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="527" />
        <source>This folder cannot be your lab folder:
%1</source>
        <translation>这个文件夹不能用作实验文件夹：
%1</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="532" />
        <source>Lab folder: %1. The sandbox works there after ⟳ Restart; new notebooks are saved there.</source>
        <translation>实验文件夹：%1。沙盒在 ⟳ 重启后在这里运行；新建的笔记本保存在这里。</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="536" />
        <source>About DiveLab</source>
        <translation>关于 DiveLab</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="547" />
        <source>not loaded yet</source>
        <translation>尚未加载</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="549" />
        <source>detecting…</source>
        <translation>检测中…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="550" />
        <source>&lt;h3&gt;DiveLab · 动手学深度学习 · 交互实验室&lt;/h3&gt;&lt;p&gt;An interactive lab for the first chapters of &lt;i&gt;Dive into Deep Learning&lt;/i&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;DiveLab · 动手学深度学习 · 交互实验室&lt;/h3&gt;&lt;p&gt;《动手学深度学习》前几章的交互式实验室。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="603" />
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="604" />
        <source>Not saved:
%1

Quit anyway?</source>
        <translation>以下内容尚未保存：
%1

仍然退出吗？</translation>
    </message>
</context>
<context>
    <name>MarkdownCellWidget</name>
    <message>
        <location filename="../../gui/widgets/notebook_cells.py" line="390" />
        <source>Empty markdown cell: double-click to write text</source>
        <translation>空的 Markdown 单元格：双击输入文字</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../gui/widgets/notebook_start.py" line="176" />
        <source>Dismiss this message</source>
        <translation>关闭此消息</translation>
    </message>
</context>
<context>
    <name>MinibatchView</name>
    <message>
        <location filename="../../gui/tabs/loss_rate_views.py" line="250" />
        <source>Minibatch noise</source>
        <translation>小批量噪声</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_rate_views.py" line="251" />
        <source>Batch size</source>
        <translation>批量大小</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_rate_views.py" line="252" />
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_rate_views.py" line="254" />
        <source>Examples per minibatch</source>
        <translation>每个小批量的样本数</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_rate_views.py" line="255" />
        <source>Learning rate of minibatch SGD</source>
        <translation>小批量随机梯度下降的学习率</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_rate_views.py" line="266" />
        <source>Linear regression: path of (w₁, w₂)</source>
        <translation>线性回归：(w₁, w₂) 的路径</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_rate_views.py" line="271" />
        <source>Loss against examples processed</source>
        <translation>损失与已处理样本数</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_rate_views.py" line="272" />
        <source>examples processed (log scale)</source>
        <translation>已处理样本数（对数刻度）</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_rate_views.py" line="274" />
        <source>minibatch SGD</source>
        <translation>小批量随机梯度下降</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_rate_views.py" line="275" />
        <source>full batch (200 per step)</source>
        <translation>全批量（每步 200 个）</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/loss_rate_views.py" line="286" />
        <source>%1 steps × batch %2 = %3 examples processed. Gradient noise ≈ %4; final loss %5; w still wanders ±%6 over the last 50 steps.</source>
        <translation>%1 步 × 批量 %2 = 已处理 %3 个样本。梯度噪声 ≈ %4；最终损失 %5；最后 50 步里 w 仍在 ±%6 范围内游走。</translation>
    </message>
</context>
<context>
    <name>MlpLessonView</name>
    <message>
        <location filename="../../gui/tabs/perceptron_mlp_view.py" line="141" />
        <source>Number of hidden units</source>
        <translation>隐藏单元个数</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_mlp_view.py" line="142" />
        <source>Activation function of the hidden layer</source>
        <translation>隐藏层的激活函数</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_mlp_view.py" line="143" />
        <source>Learning rate of gradient descent</source>
        <translation>梯度下降的学习率</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_mlp_view.py" line="144" />
        <source>Train the multilayer perceptron live (T)</source>
        <translation>实时训练多层感知机（T）</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_mlp_view.py" line="145" />
        <source>New random weights</source>
        <translation>重新随机初始化权重</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_mlp_view.py" line="146" />
        <source>Draw the line where each hidden unit's input is 0</source>
        <translation>画出每个隐藏单元输入为 0 的那条线</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_mlp_view.py" line="147" />
        <source>Give the MLP the extra input x₁x₂ too</source>
        <translation>也给多层感知机额外输入 x₁x₂</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_mlp_view.py" line="152" />
        <source>Beyond the perceptron: multilayer perceptron</source>
        <translation>超越感知机：多层感知机</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_mlp_view.py" line="153" />
        <source>Hidden units</source>
        <translation>隐藏单元</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_mlp_view.py" line="154" />
        <source>Activation</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_mlp_view.py" line="155" />
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_mlp_view.py" line="156" />
        <source>New weights</source>
        <translation>新权重</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_mlp_view.py" line="157" />
        <source>Show the hidden units' lines</source>
        <translation>显示隐藏单元的直线</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_mlp_view.py" line="158" />
        <source>MLP also gets x₁x₂</source>
        <translation>多层感知机也使用 x₁x₂</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_mlp_view.py" line="164" />
        <source>Multilayer perceptron decision regions</source>
        <translation>多层感知机的决策区域</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_mlp_view.py" line="165" />
        <source>Multilayer perceptron: P(y = +1)</source>
        <translation>多层感知机：P(y = +1)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_mlp_view.py" line="168" />
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_mlp_view.py" line="169" />
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_mlp_view.py" line="174" />
        <source>No points to train on.</source>
        <translation>没有可训练的数据点。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_mlp_view.py" line="177" />
        <source>Step %1 · loss %2 · accuracy %3%</source>
        <translation>第 %1 步 · 损失 %2 · 精度 %3%</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_mlp_view.py" line="182" />
        <source>(diverged: lower the learning rate and press New weights)</source>
        <translation>（已发散：请调低学习率并按“新权重”）</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_mlp_view.py" line="184" />
        <source>Done: every point is classified right and the loss is small, so training paused. Press Train to go on.</source>
        <translation>完成：所有点都已分类正确且损失很小，训练已暂停。按“训练”可继续。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_mlp_view.py" line="187" />
        <source>Paused after the most steps a live run takes. Press Train to go on.</source>
        <translation>已达到实时训练的最大步数，训练已暂停。按“训练”可继续。</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <location filename="../../gui/tabs/classifier_models_panel.py" line="98" />
        <source>Model:</source>
        <extracomment>The model the student chose last (its checkpoint path). The classifier to use (engine.classify.Classifier), or None while loading / unusable. The chosen model cannot be used: the message (already in the UI language). A job started or ended (the tab shows "working…" and tests wait on it).</extracomment>
        <translation>模型：</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_models_panel.py" line="100" />
        <source>Checkpoints saved from the Training tab, with their test accuracy</source>
        <translation>在“训练”页保存的检查点及其测试精度</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_models_panel.py" line="101" />
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_models_panel.py" line="102" />
        <source>Open checkpoint…</source>
        <translation>打开检查点…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_models_panel.py" line="103" />
        <source>Use a .pt checkpoint from another folder</source>
        <translation>使用其他文件夹中的 .pt 检查点</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_models_panel.py" line="104" />
        <source>Train default model</source>
        <translation>训练默认模型</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_models_panel.py" line="106" />
        <source>Train softmax regression on Fashion-MNIST (a few seconds) and keep it</source>
        <translation>在 Fashion-MNIST 上训练 softmax 回归（几秒钟）并保存</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_models_panel.py" line="107" />
        <source>Train MLP (better accuracy)</source>
        <translation>训练多层感知机（精度更高）</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_models_panel.py" line="109" />
        <source>Train a multilayer perceptron with one hidden layer of 256 units (next chapter); a few minutes on a CPU</source>
        <translation>训练一个含 256 个隐藏单元的单隐藏层多层感知机（下一章内容）；在 CPU 上需要几分钟</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_models_panel.py" line="111" />
        <source>Training… %p%</source>
        <translation>训练中… %p%</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_models_panel.py" line="125" />
        <source>Default: softmax regression</source>
        <translation>默认：softmax 回归</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_models_panel.py" line="127" />
        <source>Default: MLP 784-256-10</source>
        <translation>默认：多层感知机 784-256-10</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_models_panel.py" line="129" />
        <source>%1 — unusable</source>
        <translation>%1 — 无法使用</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_models_panel.py" line="131" />
        <source>%1 — test accuracy unknown</source>
        <translation>%1 — 测试精度未知</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_models_panel.py" line="132" />
        <source>%1 — test accuracy %2</source>
        <translation>%1 — 测试精度 %2</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_models_panel.py" line="137" />
        <source>Training the default model on Fashion-MNIST… (the rest of the tab works meanwhile)</source>
        <translation>正在 Fashion-MNIST 上训练默认模型…（本页其他功能可以照常使用）</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_models_panel.py" line="140" />
        <location filename="../../gui/tabs/classifier_models_panel.py" line="227" />
        <source>This model cannot be used: %1</source>
        <translation>此模型无法使用：%1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_models_panel.py" line="143" />
        <source>Loading the model…</source>
        <translation>正在加载模型…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_models_panel.py" line="145" />
        <source>softmax regression</source>
        <translation>softmax 回归</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_models_panel.py" line="146" />
        <source>multilayer perceptron</source>
        <translation>多层感知机</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_models_panel.py" line="149" />
        <source>%1 · recorded test accuracy %2</source>
        <translation>%1 · 记录的测试精度 %2</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_models_panel.py" line="153" />
        <source>No model yet: the default model could not be trained (%1).</source>
        <translation>还没有模型：无法训练默认模型（%1）。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_models_panel.py" line="156" />
        <source>Looking for models…</source>
        <translation>正在查找模型…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_models_panel.py" line="238" />
        <source>Open a checkpoint</source>
        <translation>打开检查点</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_models_panel.py" line="239" />
        <source>PyTorch checkpoints (*.pt *.pth);;All files (*)</source>
        <translation>PyTorch 检查点 (*.pt *.pth);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>NotebookFiles</name>
    <message>
        <location filename="../../gui/tabs/notebook_files.py" line="62" />
        <source>Open notebook</source>
        <translation>打开笔记本</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_files.py" line="63" />
        <source>Jupyter notebooks (*.ipynb);;All files (*)</source>
        <translation>Jupyter 笔记本 (*.ipynb);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_files.py" line="98" />
        <source>Save notebook as</source>
        <translation>笔记本另存为</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_files.py" line="99" />
        <source>Jupyter notebooks (*.ipynb)</source>
        <translation>Jupyter 笔记本 (*.ipynb)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_files.py" line="148" />
        <source>Unsaved notebook</source>
        <translation>笔记本未保存</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_files.py" line="149" />
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1 有未保存的修改。要保存吗？</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_files.py" line="200" />
        <source>Restored the unsaved changes to %1 from %2. Save to keep them.</source>
        <translation>已恢复 %1 在 %2 时未保存的修改。保存后才会写入文件。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_files.py" line="202" />
        <source>Discard them</source>
        <translation>放弃这些修改</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_files.py" line="222" />
        <source>The notebook could not be opened: the file does not exist or cannot be read.</source>
        <translation>无法打开笔记本：文件不存在或无法读取。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_files.py" line="224" />
        <source>This file is not a notebook: it is not valid JSON text.</source>
        <translation>这个文件不是笔记本：它不是有效的 JSON 文本。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_files.py" line="225" />
        <source>This file is not a Jupyter notebook.</source>
        <translation>这个文件不是 Jupyter 笔记本。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_files.py" line="226" />
        <source>This notebook uses a format version DiveLab cannot read (formats 3 and 4 are supported).</source>
        <translation>这个笔记本的格式版本 DiveLab 无法读取（支持格式 3 和 4）。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_files.py" line="228" />
        <source>The notebook could not be saved; the file on disk is unchanged.</source>
        <translation>无法保存笔记本；磁盘上的文件保持不变。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_files.py" line="231" />
        <source>The notebook could not be used.</source>
        <translation>无法使用这个笔记本。</translation>
    </message>
</context>
<context>
    <name>NotebookSession</name>
    <message>
        <location filename="../../gui/widgets/notebook_session.py" line="160" />
        <source>The cell did not stop, so the kernel was restarted; variables were cleared.</source>
        <translation>单元格没有停止，因此内核已重启；变量已被清除。</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/notebook_session.py" line="162" />
        <source>The kernel stopped while running this cell and is restarting; variables were cleared.</source>
        <translation>内核在运行这个单元格时停止了，正在重启；变量已被清除。</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/notebook_session.py" line="164" />
        <source>Kernel restarted; this cell did not finish.</source>
        <translation>内核已重启；这个单元格没有运行完。</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/notebook_session.py" line="193" />
        <source>The kernel could not start: %1</source>
        <translation>内核无法启动：%1</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/notebook_session.py" line="197" />
        <source>Kernel restarted: variables were cleared.</source>
        <translation>内核已重启：变量已被清除。</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/notebook_session.py" line="199" />
        <source>The kernel used more memory than allowed and was restarted; variables were cleared.</source>
        <translation>内核使用的内存超过了上限，已重启；变量已被清除。</translation>
    </message>
</context>
<context>
    <name>NotebookTab</name>
    <message>
        <location filename="../../gui/tabs/notebook_tab.py" line="189" />
        <source>Save</source>
        <extracomment>The file name, the unsaved marker or the running state changed (window title follows).</extracomment>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_tab.py" line="189" />
        <source>Save the notebook with its outputs (Ctrl+S)</source>
        <translation>保存笔记本及其输出（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_tab.py" line="191" />
        <source>▶ Run</source>
        <translation>▶ 运行</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_tab.py" line="191" />
        <source>Run the selected cell and select the next one (Shift+Enter; Ctrl+Enter stays, Alt+Enter adds a cell)</source>
        <translation>运行选中的单元格并选中下一个（Shift+Enter；Ctrl+Enter 留在原处，Alt+Enter 在下方新建单元格）</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_tab.py" line="194" />
        <source>▶▶ Run all</source>
        <translation>▶▶ 全部运行</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_tab.py" line="194" />
        <source>Run every cell from the top; a failing cell stops the run</source>
        <translation>从头运行所有单元格；出错的单元格会停止运行</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_tab.py" line="196" />
        <source>Run to here</source>
        <translation>运行到此处</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_tab.py" line="197" />
        <source>Run the cells from the top down to the selected one</source>
        <translation>从第一个单元格运行到选中的单元格</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_tab.py" line="198" />
        <source>■ Interrupt</source>
        <translation>■ 中断</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_tab.py" line="199" />
        <source>Stop the running cell; the cells waiting after it are cancelled (Ctrl+.)</source>
        <translation>停止正在运行的单元格；排在它后面的单元格被取消（Ctrl+.）</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_tab.py" line="200" />
        <source>⟳ Restart</source>
        <translation>⟳ 重启</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_tab.py" line="201" />
        <source>Start a fresh kernel for this notebook; all variables are forgotten</source>
        <translation>为这个笔记本启动新的内核；所有变量都会被清除</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_tab.py" line="202" />
        <source>Clear outputs</source>
        <translation>清除输出</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_tab.py" line="203" />
        <source>Remove the outputs and prompt numbers of every cell</source>
        <translation>清除所有单元格的输出和执行编号</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_tab.py" line="204" />
        <source>+ Above</source>
        <translation>+ 上方</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_tab.py" line="205" />
        <source>Insert a code cell above the selected one (A)</source>
        <translation>在选中的单元格上方插入代码单元格（A）</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_tab.py" line="206" />
        <source>+ Code</source>
        <translation>+ 代码</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_tab.py" line="207" />
        <source>Insert a code cell below the selected one (B)</source>
        <translation>在选中的单元格下方插入代码单元格（B）</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_tab.py" line="208" />
        <source>+ Markdown</source>
        <translation>+ Markdown</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_tab.py" line="209" />
        <source>Insert a markdown (text) cell below the selected one</source>
        <translation>在选中的单元格下方插入 Markdown（文本）单元格</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_tab.py" line="210" />
        <source>↑ Up</source>
        <translation>↑ 上移</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_tab.py" line="210" />
        <source>Move the selected cell up (Ctrl+Shift+Up)</source>
        <translation>上移选中的单元格（Ctrl+Shift+Up）</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_tab.py" line="212" />
        <source>↓ Down</source>
        <translation>↓ 下移</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_tab.py" line="212" />
        <source>Move the selected cell down (Ctrl+Shift+Down)</source>
        <translation>下移选中的单元格（Ctrl+Shift+Down）</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_tab.py" line="214" />
        <source>Delete cell</source>
        <translation>删除单元格</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_tab.py" line="215" />
        <source>Delete the selected cell (D, D)</source>
        <translation>删除选中的单元格（D, D）</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_tab.py" line="216" />
        <source>✔ Validate</source>
        <translation>✔ 验证</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_tab.py" line="217" />
        <source>Run the whole assignment in a fresh kernel and score its tests (your unsaved edits included; the file is not changed)</source>
        <translation>在新的内核中运行整个作业并为测试评分（包括尚未保存的修改；文件本身不会改变）</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_tab.py" line="219" />
        <source>Submit…</source>
        <translation>提交…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_tab.py" line="220" />
        <source>Save the notebook to hand in, with a printable report of its score</source>
        <translation>保存要提交的笔记本，并附上可打印的成绩报告</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_tab.py" line="228" />
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_tab.py" line="228" />
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_tab.py" line="228" />
        <source>Raw</source>
        <translation>原始文本</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_tab.py" line="231" />
        <source>Type of the selected cell (Y: code, M: markdown)</source>
        <translation>选中单元格的类型（Y：代码，M：Markdown）</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_tab.py" line="233" />
        <source>Notebook cells</source>
        <translation>笔记本单元格</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_tab.py" line="288" />
        <source>Untitled.ipynb</source>
        <translation>未命名.ipynb</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_tab.py" line="481" />
        <source>Not saved yet; runs in your lab folder</source>
        <translation>尚未保存；在你的实验文件夹中运行</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_tab.py" line="491" />
        <source>Kernel: starts with the first run</source>
        <translation>内核：第一次运行时启动</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_tab.py" line="493" />
        <source>Kernel: starting (importing torch)…</source>
        <translation>内核：正在启动（导入 torch）…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_tab.py" line="496" />
        <source>Kernel: running</source>
        <translation>内核：运行中</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_tab.py" line="497" />
        <source>%1 waiting</source>
        <translation>%1 个排队中</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_tab.py" line="499" />
        <source>Kernel: idle</source>
        <translation>内核：空闲</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_tab.py" line="503" />
        <source>Working folder: %1</source>
        <translation>工作文件夹：%1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/notebook_tab.py" line="504" />
        <source>Each notebook has its own kernel</source>
        <translation>每个笔记本有自己的内核</translation>
    </message>
</context>
<context>
    <name>OperationsPanel</name>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="161" />
        <source>Operations act on the columns you select in the table (click a cell or a header). With nothing selected they use the suitable input columns.</source>
        <extracomment>The types a column can be changed to (engine.pipeline.DTYPES; a test keeps them equal).</extracomment>
        <translation>操作作用于你在表格中选中的列（点击单元格或表头）。未选中时，作用于合适的输入列。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="164" />
        <source>Inputs and outputs</source>
        <translation>输入和输出</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="165" />
        <source>Target (y):</source>
        <translation>目标 (y)：</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="166" />
        <source>The column to predict; the others are the inputs</source>
        <translation>要预测的列；其余列是输入</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="167" />
        <source>Target column</source>
        <translation>目标列</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="168" />
        <source>Split into inputs / outputs</source>
        <translation>分成输入 / 输出</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="169" />
        <source>inputs, outputs = data.iloc[:, …], data.iloc[:, …] as in the course. Select whole columns (click their headers) to use several targets.</source>
        <translation>与课程一样：inputs, outputs = data.iloc[:, …], data.iloc[:, …]。选中整列（点击表头）可以使用多个目标列。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="172" />
        <source>Missing values and categories</source>
        <translation>缺失值与类别</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="174" />
        <source>Fill with the mean</source>
        <translation>用均值填充</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="174" />
        <source>Fill with the median</source>
        <translation>用中位数填充</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="175" />
        <source>Fill with a constant</source>
        <translation>用常数填充</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="176" />
        <source>Fill by interpolation</source>
        <translation>用插值填充</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="177" />
        <source>Fill method</source>
        <translation>填充方法</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="179" />
        <source>How to fill missing numbers: the column's mean or median, a constant, or interpolation between neighbours</source>
        <translation>如何填充缺失的数值：该列的均值或中位数、一个常数，或在相邻值之间插值</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="181" />
        <source>The constant used by “Fill with a constant”</source>
        <translation>“用常数填充”所用的常数</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="182" />
        <source>Fill constant</source>
        <translation>填充常数</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="184" />
        <source>Fill missing numbers</source>
        <translation>填充缺失的数值</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="185" />
        <source>fillna on number columns only (text columns such as Alley are left alone)</source>
        <translation>只对数值列做 fillna（Alley 这样的文本列不动）</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="186" />
        <source>NaN as its own category</source>
        <translation>将 NaN 视为一个类别</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="187" />
        <source>pd.get_dummies(..., dummy_na=True) adds a column such as Alley_nan</source>
        <translation>pd.get_dummies(..., dummy_na=True) 会增加 Alley_nan 这样的列</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="188" />
        <source>One-hot encode</source>
        <translation>独热编码</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="189" />
        <source>Turn a category column into 0/1 columns with pd.get_dummies</source>
        <translation>用 pd.get_dummies 把类别列变成 0/1 列</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="190" />
        <source>any value missing</source>
        <translation>有任一缺失值</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="191" />
        <source>all values missing</source>
        <translation>全部值缺失</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="192" />
        <source>Which rows to drop</source>
        <translation>删除哪些行</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="194" />
        <source>Drop a row when any of its values is missing, or only when all of them are</source>
        <translation>某一行有任一值缺失时删除，或仅当全部缺失时删除</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="195" />
        <source>Drop rows</source>
        <translation>删除行</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="196" />
        <source>dropna: delete rows with missing values</source>
        <translation>dropna：删除含缺失值的行</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="197" />
        <source>Drop the column with most missing</source>
        <translation>删除缺失值最多的列</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="198" />
        <source>The course exercise: delete the column with the most missing values</source>
        <translation>课程练习：删除缺失值最多的列</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="200" />
        <source>Scale</source>
        <translation>缩放</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="201" />
        <source>Standardize</source>
        <translation>标准化</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="201" />
        <source>(x − mean) / std</source>
        <translation>(x − 均值) / 标准差</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="202" />
        <source>Min-max scale</source>
        <translation>最小-最大缩放</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="203" />
        <source>(x − min) / (max − min), into [0, 1]</source>
        <translation>(x − 最小值) / (最大值 − 最小值)，缩放到 [0, 1]</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="205" />
        <source>Columns and rows</source>
        <translation>列与行</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="206" />
        <location filename="../../gui/tabs/preprocess_operations.py" line="207" />
        <source>New column name</source>
        <translation>新列名</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="208" />
        <source>The name used by Rename and Add column</source>
        <translation>“重命名”和“添加列”使用的名称</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="209" />
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="209" />
        <source>Rename the selected column</source>
        <translation>重命名选中的列</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="210" />
        <source>Add column</source>
        <translation>添加列</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="210" />
        <source>Add an empty input column</source>
        <translation>添加一个空的输入列</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="212" />
        <source>float64: numbers · int64: whole numbers · Int64: whole numbers with missing values · str: text · category · bool</source>
        <translation>float64：数值 · int64：整数 · Int64：可含缺失值的整数 · str：文本 · category：类别 · bool：布尔</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="214" />
        <source>New type</source>
        <translation>新类型</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="215" />
        <source>Change type</source>
        <translation>更改类型</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="216" />
        <source>astype on the selected column</source>
        <translation>对选中的列做 astype</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="217" />
        <source>Add row</source>
        <translation>添加行</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="217" />
        <source>Append an empty row</source>
        <translation>在末尾添加一个空行</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="218" />
        <source>Delete rows</source>
        <translation>删除行</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="218" />
        <source>Delete the selected rows</source>
        <translation>删除选中的行</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="219" />
        <source>Delete columns</source>
        <translation>删除列</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="220" />
        <source>Delete the selected columns</source>
        <translation>删除选中的列</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="222" />
        <source>To tensors</source>
        <translation>转换为张量</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="223" />
        <source>Show as tensors</source>
        <translation>显示为张量</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="224" />
        <source>X = torch.tensor(inputs.to_numpy(dtype=float)) (Ctrl+T)</source>
        <translation>X = torch.tensor(inputs.to_numpy(dtype=float))（Ctrl+T）</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="225" />
        <source>Use for training</source>
        <translation>用于训练</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="226" />
        <source>Send the table to the Training tab as a linear-regression dataset</source>
        <translation>把表格作为线性回归数据集发送到“训练”页</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="227" />
        <source>Lesson guide · Data preprocessing</source>
        <translation>课程导引 · 数据预处理</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="228" />
        <source>Real data is messy: values are missing (NaN) and some columns are text. Before a model can learn from it we read it with pandas, split it into inputs and outputs, fill or drop what is missing, turn categories into numbers and finally make tensors. Every button here adds one step; the code below is the same step in pandas.</source>
        <translation>真实数据往往很乱：有缺失值（NaN），有些列是文本。在模型能从中学习之前，我们用 pandas 读取数据，把它分成输入和输出，填充或删除缺失值，把类别变成数字，最后转换为张量。这里的每个按钮都会添加一步；下方的代码就是同一步的 pandas 写法。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="236" />
        <source>Click “New example dataset…”, split with target Price, fill with the mean, then one-hot encode with “NaN as its own category”: you get the course's NumRooms, Alley_Pave, Alley_nan.</source>
        <translation>点击“新建示例数据集…”，以 Price 为目标进行划分，用均值填充，再勾选“将 NaN 视为一个类别”做独热编码：就得到课程中的 NumRooms、Alley_Pave、Alley_nan。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="239" />
        <source>Exercise: delete the column with the most missing values.</source>
        <translation>练习：删除缺失值最多的列。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="240" />
        <source>Exercise: turn the preprocessed dataset into tensors.</source>
        <translation>练习：将预处理后的数据集转换为张量格式。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="241" />
        <source>Try “Use for training” on a table of numbers and watch linear regression learn it.</source>
        <translation>对一个全是数值的表格试试“用于训练”，看线性回归如何学习它。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_operations.py" line="243" />
        <source>Course: 04 Data manipulation + data preprocessing (数据预处理)</source>
        <translation>课程：04 数据操作 + 数据预处理</translation>
    </message>
</context>
<context>
    <name>OutputView</name>
    <message>
        <location filename="../../gui/widgets/output_view.py" line="230" />
        <source>Out[%1]:</source>
        <extracomment>Most characters one text block shows (the kernel already caps a cell at 1 M characters). Plain text up to this size is a label; longer text scrolls inside a capped block. Blocks of a wait-clear that are still on screen until their replacement is in. Follow new output to the bottom (as blocks settle their height) until the student scrolls up to read something. Widgets whose text starts with an output prompt: (widget, prompt, text after it).</extracomment>
        <translation>输出[%1]：</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/output_view.py" line="231" />
        <source>Out:</source>
        <translation>输出：</translation>
    </message>
</context>
<context>
    <name>PendingTab</name>
    <message>
        <location filename="../../gui/main_window.py" line="63" />
        <source>Preparing this part of the lab…</source>
        <extracomment>The application's name; main.py gives it to Qt as the display name that ends window titles. Imported on a worker after the tabs' own modules: what their first actions need (pandas for the first table, nbformat for the first notebook). torch is never imported here: what needs it runs in the torch process (engine.torch_process). What a tab's construction imports on the way, besides its own module.</extracomment>
        <translation>正在准备这一部分……</translation>
    </message>
</context>
<context>
    <name>PerceptronLessonView</name>
    <message>
        <location filename="../../gui/tabs/perceptron_view.py" line="186" />
        <source>Look at one sample; update w and b if it is misclassified (S)</source>
        <translation>查看一个样本；若分类错误就更新 w 和 b（S）</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_view.py" line="188" />
        <source>Keep stepping at the chosen speed (R)</source>
        <translation>按选定速度连续单步执行（R）</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_view.py" line="189" />
        <source>Back to w = 0, b = 0 (Ctrl+R)</source>
        <translation>回到 w = 0，b = 0（Ctrl+R）</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_view.py" line="190" />
        <source>Samples per second while running</source>
        <translation>运行时每秒处理的样本数</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_view.py" line="191" />
        <source>Train the perceptron on (x₁, x₂, x₁x₂) instead of (x₁, x₂)</source>
        <translation>用 (x₁, x₂, x₁x₂) 而不是 (x₁, x₂) 训练感知机</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_view.py" line="197" />
        <source>Perceptron</source>
        <translation>感知机</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_view.py" line="198" />
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_view.py" line="199" />
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_view.py" line="200" />
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_view.py" line="201" />
        <source>Add the feature x₁x₂</source>
        <translation>加入特征 x₁x₂</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_view.py" line="202" />
        <source>Convergence theorem</source>
        <translation>收敛定理</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_view.py" line="210" />
        <source>Perceptron decision line and points</source>
        <translation>感知机的决策线和数据点</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_view.py" line="211" />
        <source>Perceptron: decision line ⟨w, x⟩ + b = 0 and w</source>
        <translation>感知机：决策线 ⟨w, x⟩ + b = 0 与 w</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_view.py" line="214" />
        <location filename="../../gui/tabs/perceptron_view.py" line="215" />
        <source>Mistakes per epoch</source>
        <translation>每个迭代周期的错误数</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_view.py" line="216" />
        <source>epoch</source>
        <translation>迭代周期</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_view.py" line="217" />
        <source>mistakes</source>
        <translation>错误数</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_view.py" line="228" />
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_view.py" line="229" />
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_view.py" line="231" />
        <source>Updates: %1</source>
        <translation>更新次数：%1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_view.py" line="233" />
        <source>Epoch %1 · mistakes in this epoch: %2</source>
        <translation>第 %1 个迭代周期 · 本周期错误数：%2</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_view.py" line="242" />
        <source>w = 0, b = 0. Press Step to look at the first sample.</source>
        <translation>w = 0，b = 0。按“单步”查看第一个样本。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_view.py" line="244" />
        <source>Sample #%1: x = (%2), y = %3, y·(⟨w, x⟩ + b) = %4</source>
        <translation>样本 #%1：x = (%2)，y = %3，y·(⟨w, x⟩ + b) = %4</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_view.py" line="248" />
        <source>≤ 0: a mistake, so w ← w + y·x = (%1), b ← b + y = %2</source>
        <translation>≤ 0：分类错误，因此 w ← w + y·x = (%1)，b ← b + y = %2</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_view.py" line="252" />
        <source>&gt; 0: correct, no update</source>
        <translation>&gt; 0：分类正确，不更新</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_view.py" line="259" />
        <source>No points yet: click on a plot to add some.</source>
        <translation>还没有数据点：在图上单击来添加。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_view.py" line="262" />
        <source>Converged: a whole epoch without mistakes after %1 updates.</source>
        <translation>已收敛：经过 %1 次更新后，整个迭代周期没有错误。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_view.py" line="267" />
        <source>Cycling: w and b at the start of epoch %1 are the same as at the start of epoch %2, so the same epochs will repeat for ever. It never finishes.</source>
        <translation>陷入循环：第 %1 个迭代周期开始时的 w 和 b 与第 %2 个周期开始时完全相同，因此这些周期会永远重复，训练永远不会结束。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_view.py" line="272" />
        <source>Gave up after %1 epochs, each with mistakes: no line fits these points.</source>
        <translation>%1 个迭代周期后放弃，每个周期都有错误：没有直线能分开这些点。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_view.py" line="275" />
        <source>Running…</source>
        <translation>运行中…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_view.py" line="282" />
        <source> (in the space of (x₁, x₂, x₁x₂))</source>
        <translation>（在 (x₁, x₂, x₁x₂) 空间中）</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_view.py" line="283" />
        <source>Radius r = max ‖x‖ = %1</source>
        <translation>半径 r = max ‖x‖ = %1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_view.py" line="292" />
        <source>Actual updates: %1</source>
        <translation>实际更新次数：%1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_view.py" line="294" />
        <source>Margin ρ: could not be computed</source>
        <translation>间隔 ρ：无法计算</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_view.py" line="295" />
        <source>Margin ρ: computing…</source>
        <translation>间隔 ρ：计算中…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_view.py" line="301" />
        <source>Margin ρ = %1 (best separator with ‖w‖² + b² = 1)</source>
        <translation>间隔 ρ = %1（满足 ‖w‖² + b² = 1 的最佳分隔）</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_view.py" line="302" />
        <source>Bound (r² + 1)/ρ² = %1 updates</source>
        <translation>上界 (r² + 1)/ρ² = %1 次更新</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_view.py" line="304" />
        <source>Actual updates: %1 ≤ %2</source>
        <translation>实际更新次数：%1 ≤ %2</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_view.py" line="306" />
        <source>Margin ρ: none — no line separates these points</source>
        <translation>间隔 ρ：不存在 — 没有直线能分开这些点</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_view.py" line="307" />
        <source>Bound: the theorem promises nothing here</source>
        <translation>上界：此时收敛定理不作任何保证</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_view.py" line="315" />
        <source>Why no line separates XOR: the +1 points (−1, 1) and (1, −1) need −w₁ + w₂ + b &gt; 0 and w₁ − w₂ + b &gt; 0, which add up to b &gt; 0; the −1 points (−1, −1) and (1, 1) need −w₁ − w₂ + b &lt; 0 and w₁ + w₂ + b &lt; 0, which add up to b &lt; 0. Both cannot hold.</source>
        <translation>为什么没有直线能分开异或：+1 类的点 (−1, 1) 和 (1, −1) 要求 −w₁ + w₂ + b &gt; 0 且 w₁ − w₂ + b &gt; 0，两式相加得 b &gt; 0；−1 类的点 (−1, −1) 和 (1, 1) 要求 −w₁ − w₂ + b &lt; 0 且 w₁ + w₂ + b &lt; 0，相加得 b &lt; 0。两者不可能同时成立。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_view.py" line="320" />
        <source>Whatever line you draw, some point lies on the wrong side.</source>
        <translation>无论画哪条直线，总有点落在错误的一侧。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_view.py" line="322" />
        <source>Two ways out: add the feature x₁x₂ (then a plane separates them), or use a multilayer perceptron whose hidden units each draw a line.</source>
        <translation>两条出路：加入特征 x₁x₂（这时一个平面就能分开它们），或者使用多层感知机，让每个隐藏单元各画一条线。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_view.py" line="381" />
        <source>%1 /s</source>
        <translation>%1 /秒</translation>
    </message>
</context>
<context>
    <name>PerceptronTab</name>
    <message>
        <location filename="../../gui/tabs/perceptron_tab.py" line="151" />
        <source>Lesson: the perceptron</source>
        <translation>课程：感知机</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_tab.py" line="153" />
        <source>A perceptron outputs o = sign(⟨w, x⟩ + b): a line splits the plane into class +1 and class −1. Training looks at one sample at a time and, when it is misclassified, moves w and b towards it. That is stochastic gradient descent with batch size 1 on the loss max(0, −y⟨w, x⟩). If some line separates the data with margin ρ, it stops after at most (r² + 1)/ρ² updates; XOR has no such line, so it never stops.</source>
        <translation>感知机输出 o = sign(⟨w, x⟩ + b)：一条直线把平面分成 +1 类和 −1 类。训练时每次看一个样本，若分类错误，就把 w 和 b 朝它移动。这等价于在损失函数 max(0, −y⟨w, x⟩) 上使用批量大小为 1 的随机梯度下降。如果某条直线能以间隔 ρ 分开数据，感知机最多经过 (r² + 1)/ρ² 次更新就会停止；异或问题没有这样的直线，所以它永远不会停止。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_tab.py" line="162" />
        <source>Step through a separable set and watch each update turn the line.</source>
        <translation>在线性可分数据上单步执行，观察每次更新如何转动直线。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_tab.py" line="164" />
        <source>Shrink the margin: the bound (r² + 1)/ρ² grows, and so do the updates.</source>
        <translation>缩小间隔：上界 (r² + 1)/ρ² 变大，更新次数也随之增加。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_tab.py" line="166" />
        <source>Pick XOR: the perceptron cycles for ever. Tick x₁x₂ and it succeeds.</source>
        <translation>选择异或：感知机会永远循环。勾选 x₁x₂ 后它就能成功。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_tab.py" line="168" />
        <source>Train the MLP on XOR and show the hidden units' lines: each is a perceptron, and the output layer combines them.</source>
        <translation>在异或数据上训练多层感知机并显示隐藏单元的直线：每个隐藏单元都是一个感知机，输出层把它们组合起来。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_tab.py" line="170" />
        <source>Course: 感知机 — training, convergence theorem, the XOR problem, multilayer perceptron</source>
        <translation>课程：感知机 — 训练感知机、收敛定理、XOR 问题、多层感知机</translation>
    </message>
</context>
<context>
    <name>PictureDetail</name>
    <message>
        <location filename="../../gui/tabs/classifier_detail.py" line="79" />
        <source>Preprocessing, step by step</source>
        <translation>逐步预处理</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_detail.py" line="81" />
        <source>1 original</source>
        <translation>1 原图</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_detail.py" line="81" />
        <source>2 grayscale</source>
        <translation>2 灰度图</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_detail.py" line="82" />
        <source>3 background removed, inverted</source>
        <translation>3 去除背景并反转</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_detail.py" line="82" />
        <source>4 cropped, padded to square</source>
        <translation>4 裁剪并填充为正方形</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_detail.py" line="83" />
        <source>5 28×28 model input</source>
        <translation>5 28×28 模型输入</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_detail.py" line="85" />
        <source>Invert light backgrounds</source>
        <translation>反转浅色背景</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_detail.py" line="87" />
        <source>Fashion-MNIST garments are light on black. A photo is usually dark on white: detect the background from the border and invert when it is light.</source>
        <translation>Fashion-MNIST 中的服饰是黑底上的浅色图案，而照片通常是白底上的深色物体：根据边缘检测背景，背景较浅时进行反转。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_detail.py" line="89" />
        <source>Crop to the object</source>
        <translation>裁剪到物体</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_detail.py" line="91" />
        <source>Cut the picture to the object's bounding box and pad it to a square, as the dataset's garments fill their frame</source>
        <translation>把图片裁剪到物体的边界框并填充成正方形，因为数据集中的服饰占满整个画面</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_detail.py" line="93" />
        <source>What the model sees (28×28)</source>
        <translation>模型看到的输入 (28×28)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_detail.py" line="94" />
        <source>Select a picture</source>
        <translation>选择一张图片</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_detail.py" line="95" />
        <source>28×28 model input</source>
        <translation>28×28 模型输入</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_detail.py" line="96" />
        <source>Top-%1 probabilities (softmax)</source>
        <translation>前 %1 个概率 (softmax)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_detail.py" line="97" />
        <source>No prediction yet</source>
        <translation>还没有预测</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_detail.py" line="98" />
        <source>Top-k probabilities</source>
        <translation>前 k 个概率</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_detail.py" line="118" />
        <source>Select a picture in the list to see its steps.</source>
        <translation>在列表中选择一张图片，查看它的处理步骤。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_detail.py" line="122" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_detail.py" line="130" />
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 像素</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_detail.py" line="131" />
        <source>background %1 (from the border)</source>
        <translation>背景 %1（由边缘估计）</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_detail.py" line="133" />
        <source>inverted</source>
        <translation>已反转</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_detail.py" line="134" />
        <source>not inverted (dark background already)</source>
        <translation>未反转（背景本来就是深色）</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_detail.py" line="136" />
        <source>inversion off</source>
        <translation>未反转（已关闭）</translation>
    </message>
</context>
<context>
    <name>PictureList</name>
    <message>
        <location filename="../../gui/tabs/classifier_results.py" line="106" />
        <source>Open pictures…</source>
        <extracomment>Where the last pictures were opened from. The selected picture changed: its key, or "" when none is selected. The user removed the selected picture (Delete): its key. Files or folders to classify. A picture's encoded data (pasted or dropped, no file).</extracomment>
        <translation>打开图片…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_results.py" line="107" />
        <source>Choose picture files (Ctrl+O)</source>
        <translation>选择图片文件 (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_results.py" line="108" />
        <source>Open folder…</source>
        <translation>打开文件夹…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_results.py" line="109" />
        <source>Classify every picture in a folder and its subfolders</source>
        <translation>分类文件夹及其子文件夹中的所有图片</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_results.py" line="111" />
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_results.py" line="112" />
        <source>Paste a picture or copied files (Ctrl+V)</source>
        <translation>粘贴图片或复制的文件 (Ctrl+V)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_results.py" line="113" />
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_results.py" line="114" />
        <source>Remove every picture from the list</source>
        <translation>从列表中移除所有图片</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_results.py" line="118" />
        <source>Drop pictures or folders anywhere on this page.</source>
        <translation>把图片或文件夹拖放到本页任意位置。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_results.py" line="119" />
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_results.py" line="120" />
        <source>Each picture with the model's top answer; select one to see its preprocessing</source>
        <translation>每张图片及模型的首选答案；选中一张即可查看它的预处理过程</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_results.py" line="127" />
        <source>Test image #%1 (%2)</source>
        <translation>测试图片 #%1（%2）</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_results.py" line="130" />
        <source>Pasted picture %1</source>
        <translation>粘贴的图片 %1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_results.py" line="158" />
        <source>Only files on this computer can be classified.</source>
        <translation>只能分类本机上的文件。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_results.py" line="165" />
        <source>The clipboard holds no picture and no files.</source>
        <translation>剪贴板中没有图片，也没有文件。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_results.py" line="169" />
        <source>Open pictures</source>
        <translation>打开图片</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_results.py" line="170" />
        <source>Pictures (%1);;All files (*)</source>
        <translation>图片 (%1);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_results.py" line="177" />
        <source>Open a folder of pictures</source>
        <translation>打开图片文件夹</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_results.py" line="213" />
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_results.py" line="219" />
        <source>waiting for the model…</source>
        <translation>等待模型…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_results.py" line="253" />
        <source>%1 pictures, %2 unreadable</source>
        <translation>%1 张图片，%2 张无法读取</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/classifier_results.py" line="255" />
        <source>working…</source>
        <translation>处理中…</translation>
    </message>
</context>
<context>
    <name>PipelinePanel</name>
    <message>
        <location filename="../../gui/widgets/pipeline_panel.py" line="76" />
        <location filename="../../gui/widgets/pipeline_panel.py" line="85" />
        <source>Applied steps</source>
        <translation>已执行的步骤</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/pipeline_panel.py" line="77" />
        <source>The same steps as pandas code (runs on the original file)</source>
        <translation>同样的步骤写成 pandas 代码（在原始文件上运行）</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/pipeline_panel.py" line="79" />
        <location filename="../../gui/widgets/pipeline_panel.py" line="81" />
        <source>Copy code</source>
        <translation>复制代码</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/pipeline_panel.py" line="80" />
        <source>Copy the whole script to the clipboard</source>
        <translation>把整个脚本复制到剪贴板</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/pipeline_panel.py" line="82" />
        <source>Save as .py…</source>
        <translation>保存为 .py…</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/pipeline_panel.py" line="83" />
        <source>Save the script as a Python file</source>
        <translation>把脚本保存为 Python 文件</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/pipeline_panel.py" line="84" />
        <source>Save code as a Python file</source>
        <translation>把代码保存为 Python 文件</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/pipeline_panel.py" line="86" />
        <source>Generated pandas code</source>
        <translation>生成的 pandas 代码</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/pipeline_panel.py" line="105" />
        <source>0. Read the file</source>
        <translation>0. 读取文件</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/pipeline_panel.py" line="123" />
        <source>Split into inputs and outputs (target: %1)</source>
        <translation>分成输入和输出（目标：%1）</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/pipeline_panel.py" line="126" />
        <source>Drop rows with any missing value</source>
        <translation>删除含任一缺失值的行</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/pipeline_panel.py" line="127" />
        <source>Drop rows where every value is missing</source>
        <translation>删除全部值都缺失的行</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/pipeline_panel.py" line="129" />
        <source>Drop the column with the most missing values</source>
        <translation>删除缺失值最多的列</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/pipeline_panel.py" line="131" />
        <source>mean</source>
        <translation>均值</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/pipeline_panel.py" line="131" />
        <source>median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/pipeline_panel.py" line="132" />
        <source>interpolation</source>
        <translation>插值</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/pipeline_panel.py" line="133" />
        <source>constant %1</source>
        <translation>常数 %1</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/pipeline_panel.py" line="134" />
        <source>Fill missing values (%1): %2</source>
        <translation>填充缺失值（%1）：%2</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/pipeline_panel.py" line="137" />
        <source>One-hot encode, NaN as its own category: %1</source>
        <translation>独热编码，NaN 视为一个类别：%1</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/pipeline_panel.py" line="138" />
        <source>One-hot encode: %1</source>
        <translation>独热编码：%1</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/pipeline_panel.py" line="141" />
        <source>Standardize: %1</source>
        <translation>标准化：%1</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/pipeline_panel.py" line="143" />
        <source>Min-max scale: %1</source>
        <translation>最小-最大缩放：%1</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/pipeline_panel.py" line="145" />
        <source>Change the type of %1 to %2</source>
        <translation>把 %1 的类型改为 %2</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/pipeline_panel.py" line="147" />
        <source>Rename %1 to %2</source>
        <translation>把 %1 重命名为 %2</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/pipeline_panel.py" line="149" />
        <source>Add an empty row %1</source>
        <translation>添加空行 %1</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/pipeline_panel.py" line="152" />
        <source>Delete %2 row(s): %1</source>
        <translation>删除 %2 行：%1</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/pipeline_panel.py" line="154" />
        <source>Add a column %1</source>
        <translation>添加列 %1</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/pipeline_panel.py" line="156" />
        <source>Delete column(s): %1</source>
        <translation>删除列：%1</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/pipeline_panel.py" line="160" />
        <source>Set row %1, %2 to %3</source>
        <translation>把第 %1 行的 %2 设为 %3</translation>
    </message>
</context>
<context>
    <name>PointsPanel</name>
    <message>
        <location filename="../../gui/tabs/perceptron_data_panel.py" line="97" />
        <source>Linearly separable</source>
        <translation>线性可分</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_data_panel.py" line="98" />
        <source>XOR: four corners</source>
        <translation>异或：四个角点</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_data_panel.py" line="99" />
        <source>XOR: noisy clusters</source>
        <translation>异或：带噪声的点簇</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_data_panel.py" line="100" />
        <source>Circles</source>
        <translation>同心圆</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_data_panel.py" line="104" />
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_data_panel.py" line="105" />
        <source>Data set</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_data_panel.py" line="106" />
        <source>Points</source>
        <translation>点数</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_data_panel.py" line="107" />
        <source>Margin</source>
        <translation>间隔</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_data_panel.py" line="108" />
        <source>Noise</source>
        <translation>噪声</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_data_panel.py" line="109" />
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_data_panel.py" line="110" />
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_data_panel.py" line="111" />
        <source>Save CSV…</source>
        <translation>保存 CSV…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_data_panel.py" line="112" />
        <source>Load CSV…</source>
        <translation>加载 CSV…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_data_panel.py" line="114" />
        <source>On either plot: left-click adds class +1, right-click or Shift-click adds −1, Ctrl-click removes the nearest point.</source>
        <translation>在任一图上：左键单击添加 +1 类的点，右键或 Shift+单击添加 −1 类的点，Ctrl+单击删除最近的点。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_data_panel.py" line="117" />
        <source>Which points to train on</source>
        <translation>用哪些点来训练</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_data_panel.py" line="118" />
        <source>Number of points when generating</source>
        <translation>生成时的点数</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_data_panel.py" line="119" />
        <source>Gap left around the separating line (separable data)</source>
        <translation>分隔线两侧留出的空隙（线性可分数据）</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_data_panel.py" line="120" />
        <source>Gaussian jitter added to the points</source>
        <translation>给点加上的高斯扰动</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_data_panel.py" line="121" />
        <source>Draw a new random set of this kind</source>
        <translation>重新随机生成一组同类数据</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_data_panel.py" line="122" />
        <source>Remove every point, then click to add your own</source>
        <translation>删除所有点，然后单击添加你自己的点</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_data_panel.py" line="123" />
        <source>Save the points as x1,x2,label rows</source>
        <translation>把点保存为 x1,x2,label 的行</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_data_panel.py" line="124" />
        <source>Load points from a CSV of x1,x2,label (labels ±1 or 0/1)</source>
        <translation>从 x1,x2,label 格式的 CSV 加载点（标号为 ±1 或 0/1）</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_data_panel.py" line="134" />
        <source>Points: %1 of class +1, %2 of class −1</source>
        <translation>数据点：+1 类 %1 个，−1 类 %2 个</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_data_panel.py" line="187" />
        <source>Could not save: %1</source>
        <translation>无法保存：%1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_data_panel.py" line="189" />
        <source>Saved %1 points to %2</source>
        <translation>已将 %1 个点保存到 %2</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_data_panel.py" line="198" />
        <source>Could not load %1: %2</source>
        <translation>无法加载 %1：%2</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_data_panel.py" line="202" />
        <source>Loaded %1 points from %2</source>
        <translation>已从 %2 加载 %1 个点</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_data_panel.py" line="210" />
        <source>Save points</source>
        <translation>保存数据点</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_data_panel.py" line="212" />
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_data_panel.py" line="217" />
        <source>Load points</source>
        <translation>加载数据点</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/perceptron_data_panel.py" line="218" />
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>PreprocessTab</name>
    <message>
        <location filename="../../gui/tabs/preprocess_tab.py" line="128" />
        <source>New example dataset…</source>
        <extracomment>Steps on tables with at least this many cells are computed on a worker thread.</extracomment>
        <translation>新建示例数据集…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_tab.py" line="129" />
        <source>Write the course's house_tiny.csv into a folder and open it</source>
        <translation>把课程中的 house_tiny.csv 写入一个文件夹并打开</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_tab.py" line="130" />
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_tab.py" line="131" />
        <source>Open a CSV, TSV, text or Excel table (Ctrl+O); you can also drop a file here</source>
        <translation>打开 CSV、TSV、文本或 Excel 表格（Ctrl+O）；也可以把文件拖到这里</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_tab.py" line="133" />
        <source>Recent</source>
        <translation>最近</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_tab.py" line="133" />
        <source>Open a recently used table</source>
        <translation>打开最近使用的表格</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_tab.py" line="134" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_tab.py" line="134" />
        <source>Save the cleaned table as CSV (Ctrl+S)</source>
        <translation>把清洗后的表格保存为 CSV（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_tab.py" line="135" />
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_tab.py" line="136" />
        <source>Save the cleaned table as a new CSV file (Ctrl+Shift+S)</source>
        <translation>把清洗后的表格另存为新的 CSV 文件（Ctrl+Shift+S）</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_tab.py" line="137" />
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_tab.py" line="137" />
        <source>Undo the last step (Ctrl+Z)</source>
        <translation>撤销上一步（Ctrl+Z）</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_tab.py" line="138" />
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_tab.py" line="138" />
        <source>Redo the step (Ctrl+Y)</source>
        <translation>重做这一步（Ctrl+Y）</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_tab.py" line="139" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_tab.py" line="139" />
        <source>Stop opening the file</source>
        <translation>停止打开文件</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_tab.py" line="140" />
        <source>Reading the file</source>
        <translation>正在读取文件</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_tab.py" line="141" />
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_tab.py" line="141" />
        <source>Bring back the unsaved table</source>
        <translation>找回未保存的表格</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_tab.py" line="142" />
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_tab.py" line="142" />
        <source>Forget the unsaved table</source>
        <translation>放弃未保存的表格</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_tab.py" line="144" />
        <source>No table yet. Click “New example dataset…” for the course's house_tiny.csv, open a file, or drop a CSV or Excel file here.</source>
        <translation>还没有表格。点击“新建示例数据集…”得到课程中的 house_tiny.csv，或打开一个文件，或把 CSV / Excel 文件拖到这里。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_tab.py" line="147" />
        <source>Pipeline and code</source>
        <translation>处理流程与代码</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_tab.py" line="148" />
        <source>Tensors</source>
        <translation>张量</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_tab.py" line="149" />
        <source>Tensors X and y</source>
        <translation>张量 X 和 y</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_tab.py" line="253" />
        <source>No table open</source>
        <translation>没有打开的表格</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_tab.py" line="257" />
        <source>(changed, not saved)</source>
        <translation>（已修改，未保存）</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_tab.py" line="417" />
        <source>Working on %1 rows…</source>
        <translation>正在处理 %1 行…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_tab.py" line="435" />
        <location filename="../../gui/tabs/preprocess_tab.py" line="437" />
        <location filename="../../gui/tabs/preprocess_tab.py" line="440" />
        <source>Cannot do that:</source>
        <translation>无法执行：</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_tab.py" line="435" />
        <source>not enough memory.</source>
        <translation>内存不足。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_tab.py" line="458" />
        <source>No number column among the inputs has missing values: nothing to fill.</source>
        <translation>输入中没有含缺失值的数值列：无需填充。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_tab.py" line="472" />
        <source>There is no text (category) column among the inputs. Select a column to encode.</source>
        <translation>输入中没有文本（类别）列。请选中要编码的列。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_tab.py" line="495" />
        <source>Select a column first (click a cell or its header).</source>
        <translation>请先选中一列（点击单元格或表头）。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_tab.py" line="511" />
        <source>Type the new name first.</source>
        <translation>请先输入新名称。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_tab.py" line="539" />
        <source>Select the rows to delete first.</source>
        <translation>请先选中要删除的行。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_tab.py" line="546" />
        <source>Select the columns to delete first.</source>
        <translation>请先选中要删除的列。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_tab.py" line="354" />
        <source>DiveLab was closed before the table %1 was saved (last autosave %2, %3 steps). Restore it?</source>
        <translation>DiveLab 在表格 %1 保存之前被关闭了（最后自动保存于 %2，共 %3 步）。要恢复吗？</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_tab.py" line="373" />
        <source>Restored the unsaved table. Save it to keep it.</source>
        <translation>已恢复未保存的表格。请保存以免丢失。</translation>
    </message>
</context>
<context>
    <name>PreprocessTableView</name>
    <message>
        <location filename="../../gui/tabs/preprocess_table_view.py" line="66" />
        <source>Data table</source>
        <translation>数据表</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_table_view.py" line="67" />
        <source>Missing values are red. Click a header to choose that column; right-click a header to sort the view (the file keeps its order). Double-click a cell to edit it.</source>
        <translation>缺失值显示为红色。单击表头选中该列；右键单击表头可对显示排序（文件保持原有顺序）。双击单元格可编辑。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_table_view.py" line="72" />
        <source>Sort ascending</source>
        <translation>升序排序</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_table_view.py" line="73" />
        <source>Sort descending</source>
        <translation>降序排序</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_table_view.py" line="74" />
        <source>Back to the file's order</source>
        <translation>恢复文件中的顺序</translation>
    </message>
</context>
<context>
    <name>RegressionResult</name>
    <message>
        <location filename="../../gui/widgets/regression_result.py" line="79" />
        <source>Parameter</source>
        <extracomment>Narrower than this, the parameter table goes above the plot instead of beside it.</extracomment>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/regression_result.py" line="79" />
        <source>True</source>
        <translation>真实值</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/regression_result.py" line="79" />
        <source>Learned</source>
        <translation>学到的值</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/regression_result.py" line="79" />
        <source>Error</source>
        <translation>误差</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/regression_result.py" line="80" />
        <source>Error = true − learned (course 3.2)</source>
        <translation>误差 = 真实值 − 学到的值（课程 3.2）</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/regression_result.py" line="81" />
        <source>Feature:</source>
        <translation>特征：</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/regression_result.py" line="82" />
        <source>Which feature to plot against the label</source>
        <translation>选择与标签对照绘制的特征</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/regression_result.py" line="83" />
        <source>Feature</source>
        <translation>特征</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/regression_result.py" line="108" />
        <source>label y</source>
        <translation>标签 y</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/regression_result.py" line="109" />
        <source>Data and fitted line</source>
        <translation>数据与拟合直线</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/regression_result.py" line="110" />
        <source>The line is the model's prediction as this feature varies and the other features stay at their mean</source>
        <translation>直线是模型在该特征变化、其他特征保持均值时的预测</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/regression_result.py" line="186" />
        <source>Your own table has no true parameters to compare with.</source>
        <translation>你的表格没有可供对比的真实参数。</translation>
    </message>
</context>
<context>
    <name>RunsPanel</name>
    <message>
        <location filename="../../gui/tabs/training_runs_panel.py" line="70" />
        <location filename="../../gui/tabs/training_runs_panel.py" line="84" />
        <source>Runs</source>
        <translation>训练记录</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_runs_panel.py" line="71" />
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_runs_panel.py" line="72" />
        <source>All runs</source>
        <translation>全部运行</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_runs_panel.py" line="73" />
        <source>All runs, or only the runs of one course experiment</source>
        <translation>显示全部运行，或只显示某个课程实验的运行</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_runs_panel.py" line="74" />
        <source>Runs shown</source>
        <translation>显示的运行</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_runs_panel.py" line="76" />
        <source>Run</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_runs_panel.py" line="76" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_runs_panel.py" line="76" />
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_runs_panel.py" line="76" />
        <source>Acc.</source>
        <translation>精度</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_runs_panel.py" line="77" />
        <location filename="../../gui/tabs/training_runs_panel.py" line="81" />
        <source>Epochs</source>
        <translation>迭代周期</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_runs_panel.py" line="77" />
        <source>Other hyperparameters</source>
        <translation>其他超参数</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_runs_panel.py" line="78" />
        <source>Tick to show a run's curves</source>
        <translation>勾选以显示该运行的曲线</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_runs_panel.py" line="78" />
        <source>State of the run</source>
        <translation>运行的状态</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_runs_panel.py" line="79" />
        <source>Training loss after the last epoch</source>
        <translation>最后一个迭代周期后的训练损失</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_runs_panel.py" line="80" />
        <source>Test accuracy after the last epoch</source>
        <translation>最后一个迭代周期后的测试精度</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_runs_panel.py" line="80" />
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_runs_panel.py" line="81" />
        <source>Batch size</source>
        <translation>批量大小</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_runs_panel.py" line="82" />
        <source>Task, implementation, loss, seed, initial σ, device, your data</source>
        <translation>任务、实现方式、损失函数、随机种子、初始化 σ、设备、你的数据</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_runs_panel.py" line="83" />
        <source>Tick to show a run's curves; Delete removes it</source>
        <translation>勾选以显示该次训练的曲线；按 Delete 删除</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_runs_panel.py" line="85" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_runs_panel.py" line="86" />
        <source>Delete the selected runs (Del)</source>
        <translation>删除选中的训练（Del）</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_runs_panel.py" line="87" />
        <source>Clear all</source>
        <translation>全部清除</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_runs_panel.py" line="88" />
        <source>Delete every finished run shown</source>
        <translation>删除显示的所有已结束的训练</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_runs_panel.py" line="89" />
        <source>Save model</source>
        <translation>保存模型</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_runs_panel.py" line="91" />
        <source>Save the selected run's model to the models folder; the classifier tab lists it</source>
        <translation>把选中训练的模型保存到模型文件夹；“图片分类”页会列出它</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_runs_panel.py" line="93" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_runs_panel.py" line="94" />
        <source>Export metrics, plots or the model (Ctrl+E)</source>
        <translation>导出指标、图表或模型（Ctrl+E）</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_runs_panel.py" line="95" />
        <source>Metrics as CSV…</source>
        <translation>指标导出为 CSV…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_runs_panel.py" line="95" />
        <source>Plots as PNG…</source>
        <translation>图表导出为 PNG…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_runs_panel.py" line="96" />
        <source>Plots as SVG…</source>
        <translation>图表导出为 SVG…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_runs_panel.py" line="97" />
        <source>Model checkpoint (.pt)…</source>
        <translation>模型检查点（.pt）…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_runs_panel.py" line="126" />
        <source>%1 hidden units</source>
        <translation>%1 个隐藏单元</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_runs_panel.py" line="127" />
        <source>seed %1</source>
        <translation>种子 %1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_runs_panel.py" line="131" />
        <source>your table “%1”</source>
        <translation>你的表格“%1”</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_runs_panel.py" line="133" />
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_runs_panel.py" line="138" />
        <source>queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_runs_panel.py" line="138" />
        <source>running</source>
        <translation>训练中</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_runs_panel.py" line="139" />
        <source>paused at %1</source>
        <translation>暂停于 %1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_runs_panel.py" line="140" />
        <source>stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_runs_panel.py" line="141" />
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_runs_panel.py" line="142" />
        <source>stopped at %1</source>
        <translation>停止于 %1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_runs_panel.py" line="143" />
        <source>diverged at %1</source>
        <translation>发散于 %1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_runs_panel.py" line="144" />
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_runs_panel.py" line="151" />
        <source>Trained for %1 s</source>
        <translation>训练用时 %1 秒</translation>
    </message>
</context>
<context>
    <name>SandboxFiles</name>
    <message>
        <location filename="../../gui/tabs/sandbox_files.py" line="138" />
        <source>Replace your code?</source>
        <extracomment>Seconds of quiet typing before the code is written to the autosave file. Larger "code" files are refused: they are not something to edit in a cell.</extracomment>
        <translation>替换你的代码？</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/sandbox_files.py" line="139" />
        <source>Replace your code with %1?</source>
        <translation>用 %1 替换你的代码？</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/sandbox_files.py" line="140" />
        <source>You have edited the code in the editor. “Open beside” keeps it as “My code” at the top of the lesson list.</source>
        <translation>你修改过编辑器中的代码。选择“并排打开”会把它保留为课程列表顶部的“我的代码”。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/sandbox_files.py" line="142" />
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/sandbox_files.py" line="144" />
        <source>Open beside</source>
        <translation>并排打开</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/sandbox_files.py" line="171" />
        <location filename="../../gui/tabs/sandbox_files.py" line="179" />
        <source>Save code</source>
        <translation>保存代码</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/sandbox_files.py" line="171" />
        <location filename="../../gui/tabs/sandbox_files.py" line="203" />
        <location filename="../../gui/tabs/sandbox_files.py" line="230" />
        <source>Python files (*.py)</source>
        <translation>Python 文件 (*.py)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/sandbox_files.py" line="184" />
        <location filename="../../gui/tabs/sandbox_files.py" line="235" />
        <source>Code saved to %1</source>
        <translation>代码已保存到 %1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/sandbox_files.py" line="192" />
        <source>Could not write %1:
%2</source>
        <translation>无法写入 %1：
%2</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/sandbox_files.py" line="203" />
        <location filename="../../gui/tabs/sandbox_files.py" line="214" />
        <source>Open code</source>
        <translation>打开代码</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/sandbox_files.py" line="208" />
        <source>the file is larger than 2 MB</source>
        <translation>文件大于 2 MB</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/sandbox_files.py" line="212" />
        <source>it is not UTF-8 text</source>
        <translation>它不是 UTF-8 文本</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/sandbox_files.py" line="215" />
        <source>Could not open %1:
%2</source>
        <translation>无法打开 %1：
%2</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/sandbox_files.py" line="229" />
        <location filename="../../gui/tabs/sandbox_files.py" line="233" />
        <source>Export code</source>
        <translation>导出代码</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../gui/widgets/notebook_start.py" line="96" />
        <source>Notebooks</source>
        <translation>笔记本</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/notebook_start.py" line="98" />
        <source>Open the course's Jupyter notebooks (.ipynb) and run them here as in Jupyter, offline: Shift+Enter runs a cell and moves on, outputs and figures appear under it, and Save keeps them in the file. Drop a notebook onto the window to open it.</source>
        <translation>打开课程的 Jupyter 笔记本（.ipynb），像在 Jupyter 中一样离线运行：Shift+Enter 运行单元格并跳到下一个，输出和图像显示在单元格下方，保存时一起写入文件。把笔记本拖到窗口上即可打开。</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/notebook_start.py" line="101" />
        <source>Open notebook…</source>
        <translation>打开笔记本…</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/notebook_start.py" line="102" />
        <source>Open a .ipynb file (Ctrl+O)</source>
        <translation>打开 .ipynb 文件（Ctrl+O）</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/notebook_start.py" line="103" />
        <source>New notebook</source>
        <translation>新建笔记本</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/notebook_start.py" line="104" />
        <source>Start an empty notebook in your lab folder</source>
        <translation>在你的实验文件夹中新建空白笔记本</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/notebook_start.py" line="105" />
        <source>Welcome tour</source>
        <translation>入门导览</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/notebook_start.py" line="106" />
        <source>A short notebook that shows the course's idioms: tensors, autograd, d2l.plot, data files, an animated plot</source>
        <translation>一个简短的笔记本，展示课程的常用写法：张量、自动微分、d2l.plot、数据文件和动画绘图</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/notebook_start.py" line="109" />
        <source>Labs…</source>
        <translation>实验…</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/notebook_start.py" line="110" />
        <source>The course's graded labs: tasks with tests that check your answers (Help ▸ Labs)</source>
        <translation>课程的评分实验：带有测试的练习，测试会检查你的答案（帮助 ▸ 实验）</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/notebook_start.py" line="112" />
        <source>Recent notebooks</source>
        <translation>最近打开的笔记本</translation>
    </message>
</context>
<context>
    <name>TableFiles</name>
    <message>
        <location filename="../../gui/tabs/preprocess_files.py" line="94" />
        <source>Getting pandas ready for the first table…</source>
        <extracomment>Files larger than this are read on a worker thread with a progress bar.</extracomment>
        <translation>正在为第一张表格准备 pandas……</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_files.py" line="109" />
        <source>Where should house_tiny.csv go?</source>
        <translation>house_tiny.csv 要保存到哪里？</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_files.py" line="119" />
        <source>Cannot write the example:</source>
        <translation>无法写入示例：</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_files.py" line="128" />
        <source>Open a table</source>
        <translation>打开表格</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_files.py" line="129" />
        <source>Tables (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>表格 (*.csv *.tsv *.txt *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_files.py" line="137" />
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_files.py" line="138" />
        <source>The current table has changes that are not saved. Open another table and lose them?</source>
        <translation>当前表格有未保存的修改。要打开另一个表格并丢弃这些修改吗？</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_files.py" line="147" />
        <source>Still opening the previous file…</source>
        <translation>仍在打开上一个文件…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_files.py" line="179" />
        <source>Cannot open this file:</source>
        <translation>无法打开此文件：</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_files.py" line="186" />
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_files.py" line="215" />
        <source>Opening cancelled; nothing changed.</source>
        <translation>已取消打开；没有任何改变。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_files.py" line="227" />
        <source>Opened %1: %2 rows × %3 columns.</source>
        <translation>已打开 %1：%2 行 × %3 列。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_files.py" line="236" />
        <source>Skipped %1 line(s) above the header (“%2”).</source>
        <translation>已跳过表头上方的 %1 行（“%2”）。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_files.py" line="239" />
        <source>Skipped the comment lines that start with #.</source>
        <translation>已跳过以 # 开头的注释行。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_files.py" line="261" />
        <source>Save the table as CSV</source>
        <translation>把表格保存为 CSV</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_files.py" line="262" />
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_files.py" line="275" />
        <source>Saving %1…</source>
        <translation>正在保存 %1…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_files.py" line="292" />
        <location filename="../../gui/tabs/preprocess_files.py" line="322" />
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_files.py" line="295" />
        <location filename="../../gui/tabs/preprocess_files.py" line="320" />
        <source>Could not save:</source>
        <translation>无法保存：</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_files.py" line="311" />
        <source>Save the pipeline as Python</source>
        <translation>把处理流程保存为 Python 文件</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_files.py" line="312" />
        <source>Python files (*.py)</source>
        <translation>Python 文件 (*.py)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_files.py" line="328" />
        <source>Open a table first.</source>
        <translation>请先打开一个表格。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_files.py" line="339" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_files.py" line="340" />
        <source>What should be exported?</source>
        <translation>要导出什么？</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_files.py" line="341" />
        <source>Table as CSV…</source>
        <translation>表格（CSV）…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_files.py" line="342" />
        <source>Pipeline as .py…</source>
        <translation>处理流程（.py）…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_files.py" line="372" />
        <source>Clear the list</source>
        <translation>清空列表</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_files.py" line="389" />
        <source>Could not restore the table:</source>
        <translation>无法恢复表格：</translation>
    </message>
</context>
<context>
    <name>TensorTab</name>
    <message>
        <location filename="../../gui/tabs/tensor_tab.py" line="231" />
        <source>Lesson presets: click to load the code, double-click to load and run it</source>
        <extracomment>Tree data of the "My code" entries: the top one, and each kept piece ("kept:&lt;index&gt;"). Seconds a cell may run before it is stopped (the spin box beside Run). While a cell runs, tells the preload it is not a quiet moment (see run_code).</extracomment>
        <translation>课程示例：单击载入代码，双击载入并运行</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/tensor_tab.py" line="233" />
        <source>Lesson presets</source>
        <translation>课程示例</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/tensor_tab.py" line="235" />
        <source>▶ Run</source>
        <translation>▶ 运行</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/tensor_tab.py" line="236" />
        <source>Run the code in the kernel (Ctrl+Enter)</source>
        <translation>在内核中运行代码（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/tensor_tab.py" line="237" />
        <source>■ Interrupt</source>
        <translation>■ 中断</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/tensor_tab.py" line="238" />
        <source>Stop the running cell (Ctrl+.)</source>
        <translation>停止正在运行的代码（Ctrl+.）</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/tensor_tab.py" line="239" />
        <source>⟳ Restart</source>
        <translation>⟳ 重启</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/tensor_tab.py" line="240" />
        <source>Start a fresh kernel; all variables are forgotten (Ctrl+Shift+R)</source>
        <translation>启动一个新内核，所有变量都会清空（Ctrl+Shift+R）</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/tensor_tab.py" line="245" />
        <source>&amp;Time limit:</source>
        <translation>时间限制(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/tensor_tab.py" line="246" />
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/tensor_tab.py" line="247" />
        <source>A cell running longer than this is interrupted</source>
        <translation>运行超过这个时间的代码会被中断</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/tensor_tab.py" line="255" />
        <source>Code editor</source>
        <translation>代码编辑器</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/tensor_tab.py" line="256" />
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/tensor_tab.py" line="257" />
        <source>Variables</source>
        <translation>变量</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/tensor_tab.py" line="258" />
        <source>Tensor</source>
        <translation>张量</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/tensor_tab.py" line="259" />
        <source>Broadcasting</source>
        <translation>广播机制</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/tensor_tab.py" line="260" />
        <source>Autograd</source>
        <translation>自动求导</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/tensor_tab.py" line="251" />
        <source>Python code; torch and plot(x, y, label=…) are ready to use. Ctrl+Enter runs it, Tab indents or completes a name, Esc or Ctrl+Tab moves on to the next control. Your code is saved automatically.</source>
        <translation>Python 代码；可以直接使用 torch 和 plot(x, y, label=…)。按 Ctrl+Enter 运行，按 Tab 缩进或补全名称，按 Esc 或 Ctrl+Tab 跳到下一个控件。代码会自动保存。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/tensor_tab.py" line="261" />
        <source>Lesson guide: tensors, linear algebra, calculus, autograd</source>
        <translation>课程导读：张量、线性代数、矩阵计算、自动求导</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/tensor_tab.py" line="263" />
        <source>A tensor is an n-dimensional array: a scalar has 0 axes, a vector 1, a matrix 2, an RGB image 3, a batch of images 4. Elementwise operations on different shapes use broadcasting. Autograd records the operations on tensors that require grad and runs the chain rule backwards.</source>
        <translation>张量是 n 维数组：标量有 0 个轴，向量 1 个，矩阵 2 个，RGB 图片 3 个，图片批量 4 个。形状不同的张量按元素运算时使用广播机制。自动求导记录对需要梯度的张量所做的运算，再反向应用链式法则。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/tensor_tab.py" line="268" />
        <source>Change reshape(3, 4) to reshape(-1, 6) and check the shape badge.</source>
        <translation>把 reshape(3, 4) 改成 reshape(-1, 6)，看看形状标签的变化。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/tensor_tab.py" line="269" />
        <source>In the broadcasting tab, try shapes 2, 1, 4 and 3, 1; then 3, 2 and 3.</source>
        <translation>在“广播机制”页中试试形状 2, 1, 4 与 3, 1；再试 3, 2 与 3。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/tensor_tab.py" line="270" />
        <source>Call y.backward() twice and read the error; then use retain_graph=True.</source>
        <translation>调用两次 y.backward() 并阅读报错；再改用 retain_graph=True。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/tensor_tab.py" line="271" />
        <source>Run y = 2 * torch.dot(x, x), open the Autograd tab, run y.backward() and watch x.grad appear.</source>
        <translation>运行 y = 2 * torch.dot(x, x)，打开“自动求导”页，再运行 y.backward()，看 x.grad 出现。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/tensor_tab.py" line="273" />
        <source>Course: 04 data manipulation · 05 linear algebra · matrix calculus · autograd (book 2.1–2.5)</source>
        <translation>课程：04 数据操作 · 05 线性代数 · 矩阵计算 · 自动求导（教材 2.1–2.5 节）</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/tensor_tab.py" line="327" />
        <location filename="../../gui/tabs/tensor_tab.py" line="372" />
        <source>My code</source>
        <translation>我的代码</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/tensor_tab.py" line="328" />
        <source>Your own code, kept when a preset replaced it; click to bring it back</source>
        <translation>你自己的代码，载入示例时保留在这里；单击即可找回</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/tensor_tab.py" line="373" />
        <source>Your own code; it is saved automatically.</source>
        <translation>你自己的代码；会自动保存。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/tensor_tab.py" line="431" />
        <source>Starting the kernel (importing torch)…</source>
        <translation>正在启动内核（导入 torch）…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/tensor_tab.py" line="445" />
        <source>Interrupting…</source>
        <translation>正在中断…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/tensor_tab.py" line="449" />
        <source>Restarting the kernel; variables are cleared.</source>
        <translation>正在重启内核，变量已清空。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/tensor_tab.py" line="509" />
        <source>Time limit of %1 s reached: interrupting the cell.</source>
        <translation>已达到 %1 秒的时间限制，正在中断代码。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/tensor_tab.py" line="520" />
        <source>The cell was interrupted; variables are kept.</source>
        <translation>代码已中断，变量仍然保留。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/tensor_tab.py" line="537" />
        <source>Shapes that cannot broadcast: type both shapes in the Broadcasting tab to compare them (shapes align on the right).</source>
        <translation>形状无法广播：在“广播机制”页中输入这两个形状，比较一下（形状从右往左对齐）。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/tensor_tab.py" line="543" />
        <source>Shapes that cannot broadcast: the Broadcasting tab now compares %1 and %2 (shapes align on the right).</source>
        <translation>形状无法广播：“广播机制”页现在比较的是 %1 和 %2（形状从右往左对齐）。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/tensor_tab.py" line="556" />
        <source>Kernel restarted.</source>
        <translation>内核已重启。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/tensor_tab.py" line="558" />
        <source>The cell used more memory than allowed, so the kernel was restarted; variables were cleared.</source>
        <translation>代码占用的内存超过了限制，内核已重启，变量已清空。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/tensor_tab.py" line="561" />
        <source>The cell did not stop, so the kernel was restarted; variables were cleared.</source>
        <translation>代码没有停下来，内核已重启，变量已清空。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/tensor_tab.py" line="564" />
        <source>The kernel could not start: %1</source>
        <translation>内核无法启动：%1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/tensor_tab.py" line="567" />
        <source>The kernel stopped (exit code %1) and is restarting by itself; variables were cleared.</source>
        <translation>内核已退出（退出码 %1），正在自动重启，变量已清空。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/tensor_tab.py" line="632" />
        <source>Starting kernel…</source>
        <translation>内核启动中…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/tensor_tab.py" line="633" />
        <source>Kernel not started</source>
        <translation>内核未启动</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/tensor_tab.py" line="635" />
        <source>Running…</source>
        <translation>运行中…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/tensor_tab.py" line="637" />
        <source>Kernel ready</source>
        <translation>内核就绪</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/tensor_tab.py" line="639" />
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/tensor_tab.py" line="644" />
        <source>torch %1 · Python %2 · process %3</source>
        <translation>torch %1 · Python %2 · 进程 %3</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/tensor_tab.py" line="641" />
        <source>Cells run in a separate process; a crash there restarts it without touching this window</source>
        <translation>代码在单独的进程中运行；那里崩溃只会重启内核，不影响本窗口</translation>
    </message>
</context>
<context>
    <name>TensorView</name>
    <message>
        <location filename="../../gui/widgets/tensor_view.py" line="214" />
        <source>Slice:</source>
        <translation>切片：</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/tensor_view.py" line="215" />
        <source>Values of the tensor; colour shows the value (heatmap)</source>
        <translation>张量的值；颜色表示数值大小（热力图）</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/tensor_view.py" line="217" />
        <source>axis %1 = </source>
        <translation>轴 %1 = </translation>
    </message>
    <message>
        <location filename="../../gui/widgets/tensor_view.py" line="219" />
        <source>Index along axis %1; the table shows the last two axes</source>
        <translation>沿轴 %1 的索引；表格显示最后两个轴</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/tensor_view.py" line="220" />
        <source>Index along axis %1</source>
        <translation>沿轴 %1 的索引</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/tensor_view.py" line="291" />
        <source>Variable name</source>
        <translation>变量名</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/tensor_view.py" line="294" />
        <source>shape %1</source>
        <translation>形状 %1</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/tensor_view.py" line="295" />
        <source>%1 axes, %2 elements</source>
        <translation>%1 个轴，%2 个元素</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/tensor_view.py" line="297" />
        <source>Element type (dtype)</source>
        <translation>元素类型（dtype）</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/tensor_view.py" line="298" />
        <source>Device the data lives on</source>
        <translation>数据所在的设备</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/tensor_view.py" line="301" />
        <source>requires_grad</source>
        <translation>requires_grad</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/tensor_view.py" line="301" />
        <source>no grad</source>
        <translation>不求梯度</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/tensor_view.py" line="302" />
        <source>Whether autograd records operations on this tensor</source>
        <translation>自动求导是否记录对这个张量的运算</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/tensor_view.py" line="305" />
        <source>The operation that produced this tensor in the autograd graph</source>
        <translation>计算图中产生这个张量的运算</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/tensor_view.py" line="307" />
        <source>id(): changes when Python binds a new object</source>
        <translation>id()：Python 绑定到新对象时会改变</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/tensor_view.py" line="333" />
        <source>min %1 · max %2 · mean %3</source>
        <translation>最小 %1 · 最大 %2 · 平均 %3</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/tensor_view.py" line="338" />
        <source>showing X[%1, :, :]</source>
        <translation>显示 X[%1, :, :]</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/tensor_view.py" line="340" />
        <source>large tensor: the first %1 shown</source>
        <translation>大张量：只显示前 %1 部分</translation>
    </message>
</context>
<context>
    <name>TensorsAndTraining</name>
    <message>
        <location filename="../../gui/tabs/preprocess_training.py" line="45" />
        <source>Importing torch…</source>
        <translation>正在导入 torch…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_training.py" line="54" />
        <source>Not yet tensors: %1</source>
        <translation>还不能转换为张量：%1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_training.py" line="55" />
        <source>Cannot make tensors:</source>
        <translation>无法转换为张量：</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_training.py" line="64" />
        <source>Linear regression needs exactly one target column.</source>
        <translation>线性回归需要恰好一个目标列。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_training.py" line="71" />
        <location filename="../../gui/tabs/preprocess_training.py" line="84" />
        <source>Not ready for training:</source>
        <translation>还不能用于训练：</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_training.py" line="75" />
        <source>The Training tab of this build cannot take a table yet.</source>
        <translation>此版本的“训练”页还不能接收表格。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_training.py" line="87" />
        <source>Sent %1 rows × %2 features (target %3) to the Training tab.</source>
        <translation>已把 %1 行 × %2 个特征（目标 %3）发送到“训练”页。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/preprocess_training.py" line="103" />
        <source>The columns have very different scales (standard deviation of %1 ≈ %2, of %3 ≈ %4): standardise them first (select them, then Standardize), or the loss will be huge and training slow.</source>
        <translation>各列的尺度相差很大（%1 的标准差约为 %2，%3 的约为 %4）：请先标准化（选中这些列，再点“标准化”），否则损失会非常大，训练也会很慢。</translation>
    </message>
</context>
<context>
    <name>TestSetBrowser</name>
    <message>
        <location filename="../../gui/widgets/test_set_browser.py" line="211" />
        <source>True class:</source>
        <translation>真实类别：</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/test_set_browser.py" line="212" />
        <source>All classes</source>
        <translation>所有类别</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/test_set_browser.py" line="213" />
        <source>Show only the test images of one class</source>
        <translation>只显示某一类别的测试图片</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/test_set_browser.py" line="214" />
        <source>True class filter</source>
        <translation>真实类别筛选</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/test_set_browser.py" line="215" />
        <source>Misclassified only</source>
        <translation>只看分错的</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/test_set_browser.py" line="216" />
        <source>Show only the images the model gets wrong</source>
        <translation>只显示模型预测错误的图片</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/test_set_browser.py" line="217" />
        <source>Show all</source>
        <translation>显示全部</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/test_set_browser.py" line="218" />
        <source>Clear every filter</source>
        <translation>清除所有筛选</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/test_set_browser.py" line="241" />
        <source>true class</source>
        <translation>真实类别</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/test_set_browser.py" line="241" />
        <source>predicted class</source>
        <translation>预测类别</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/test_set_browser.py" line="242" />
        <source>Rows: true class · columns: predicted class.
Click a cell to see its images.</source>
        <translation>行：真实类别 · 列：预测类别。
点击格子查看其中的图片。</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/test_set_browser.py" line="221" />
        <source>Each image: true label (top), prediction (bottom); wrong predictions in red. Double-click an image to see it step by step.</source>
        <translation>每张图片：上为真实标号，下为预测；预测错误的显示为红色。双击图片可逐步查看它的处理过程。</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/test_set_browser.py" line="225" />
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/test_set_browser.py" line="225" />
        <source>Accuracy</source>
        <translation>精度</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/test_set_browser.py" line="225" />
        <source>Most confused with</source>
        <translation>最常混淆为</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/test_set_browser.py" line="299" />
        <source>Classifying the 10,000 test images…</source>
        <translation>正在分类 10,000 张测试图片…</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/test_set_browser.py" line="301" />
        <source>The Fashion-MNIST test set was not found, so this view is empty; your own pictures still work.</source>
        <translation>没有找到 Fashion-MNIST 测试集，所以这里是空的；你自己的图片仍然可以分类。</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/test_set_browser.py" line="306" />
        <source>Choose a model to see how it does on the test set.</source>
        <translation>选择一个模型，查看它在测试集上的表现。</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/test_set_browser.py" line="384" />
        <source>Test accuracy %1 · showing %2 of %3 images</source>
        <translation>测试精度 %1 · 显示 %3 张中的 %2 张</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/test_set_browser.py" line="387" />
        <source>true %1, predicted %2</source>
        <translation>真实为 %1，预测为 %2</translation>
    </message>
</context>
<context>
    <name>TrainingControls</name>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="177" />
        <source>From scratch</source>
        <extracomment>Tone of the status line for messages about something that went wrong.</extracomment>
        <translation>从零开始实现</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="177" />
        <source>Concise (nn.Module)</source>
        <translation>简洁实现（nn.Module）</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="180" />
        <source>L2 (squared loss)</source>
        <translation>L2（平方损失）</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="180" />
        <source>L1 (absolute loss)</source>
        <translation>L1（绝对值损失）</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="181" />
        <source>Huber</source>
        <translation>Huber 损失</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="185" />
        <source>&amp;Task:</source>
        <translation>任务(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="185" />
        <source>&amp;Implementation:</source>
        <translation>实现方式(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="186" />
        <source>L&amp;oss:</source>
        <translation>损失函数(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="186" />
        <source>&amp;Learning rate η:</source>
        <translation>学习率 η(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="187" />
        <source>&amp;Batch size:</source>
        <translation>批量大小(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="187" />
        <source>&amp;Epochs:</source>
        <translation>迭代周期数(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="188" />
        <source>&amp;Seed:</source>
        <translation>随机种子(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="188" />
        <source>Init &amp;σ:</source>
        <translation>初始化 σ(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="189" />
        <source>&amp;Hidden units:</source>
        <translation>隐藏单元数(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="189" />
        <source>&amp;Device:</source>
        <translation>设备(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="193" />
        <source>What to train: linear regression on y = Xw + b + ε, or softmax regression on Fashion-MNIST</source>
        <translation>训练什么：在 y = Xw + b + ε 上做线性回归，或在 Fashion-MNIST 上做 softmax 回归</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="195" />
        <source>From scratch: hand-written model, loss and minibatch SGD; concise: nn.Linear, nn loss and torch.optim.SGD</source>
        <translation>从零开始：手写模型、损失函数和小批量随机梯度下降；简洁实现：nn.Linear、nn 中的损失和 torch.optim.SGD</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="197" />
        <source>Loss for linear regression</source>
        <translation>线性回归使用的损失函数</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="198" />
        <source>Huber δ: quadratic within ±δ, linear beyond</source>
        <translation>Huber δ：在 ±δ 以内是平方，之外是线性</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="199" />
        <source>Learning rate η: step size of minibatch SGD (too large and the loss becomes NaN)</source>
        <translation>学习率 η：小批量随机梯度下降的步长（太大时损失会变成 NaN）</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="201" />
        <source>Batch size: examples per minibatch</source>
        <translation>批量大小：每个小批量中的样本数</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="202" />
        <source>Epochs: passes over the training data</source>
        <translation>迭代周期数：遍历训练数据的次数</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="203" />
        <source>Random seed: same seed, same data order and initial weights</source>
        <translation>随机种子：种子相同，数据顺序和初始权重就相同</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="204" />
        <source>Standard deviation of the initial weights, N(0, σ²)</source>
        <translation>初始权重的标准差，N(0, σ²)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="205" />
        <source>Hidden units of the multilayer perceptron</source>
        <translation>多层感知机的隐藏单元数</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="206" />
        <source>Where to compute: automatic picks the GPU when there is one</source>
        <translation>在哪里计算：“自动”在有 GPU 时使用 GPU</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="212" />
        <source>Huber delta</source>
        <translation>Huber δ</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="213" />
        <source>Hyperparameters</source>
        <translation>超参数</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="214" />
        <source>Reset to course defaults</source>
        <translation>恢复课程默认值</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="215" />
        <source>Use synthetic data instead</source>
        <translation>改用人造数据集</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="216" />
        <source>Go back to the course's synthetic data y = Xw + b + ε</source>
        <translation>回到课程中的人造数据 y = Xw + b + ε</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="218" />
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="219" />
        <source>Start a run with these hyperparameters (Ctrl+Enter)</source>
        <translation>用这些超参数开始一次训练（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="220" />
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="221" />
        <source>Stop the run after the current batch (Ctrl+.)</source>
        <translation>在当前批量结束后停止训练（Ctrl+.）</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="223" />
        <source>Pause or resume the run (Ctrl+P)</source>
        <translation>暂停或继续训练（Ctrl+P）</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="226" />
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="227" />
        <source>Course experiments (one click)</source>
        <translation>课程实验（一键运行）</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="228" />
        <source>Learning rate 0.01 / 0.1 / 1</source>
        <translation>学习率 0.01 / 0.1 / 1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="229" />
        <source>Batch size 1 vs 256</source>
        <translation>批量大小 1 对比 256</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="230" />
        <source>Scratch vs concise</source>
        <translation>从零实现对比简洁实现</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="235" />
        <source>Linear regression</source>
        <translation>线性回归</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="235" />
        <source>Softmax regression</source>
        <translation>softmax 回归</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="236" />
        <source>Multilayer perceptron</source>
        <translation>多层感知机</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="240" />
        <source>scratch</source>
        <translation>从零实现</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="240" />
        <source>concise</source>
        <translation>简洁实现</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="241" />
        <source>linear</source>
        <translation>线性回归</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="244" />
        <source>1 epoch</source>
        <translation>1 个迭代周期</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="244" />
        <source>%1 epochs</source>
        <translation>%1 个迭代周期</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="258" />
        <source>%1 hidden units</source>
        <translation>%1 个隐藏单元</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="259" />
        <source>seed %1</source>
        <translation>种子 %1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="260" />
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="266" />
        <source>the course's synthetic data</source>
        <translation>课程的合成数据</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="270" />
        <source>%1, three runs identical except for the learning rate η = 0.01, 0.1 and 1, at the course's values: %2, on %3</source>
        <translation>%1，三次运行只有学习率不同（η = 0.01、0.1 和 1），其余使用课程的取值：%2，数据为%3</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="273" />
        <source>%1, two runs with minibatches of 1 and of 256 examples, at the course's values: %2, on %3</source>
        <translation>%1，两次运行的小批量分别为 1 个和 256 个样本，其余使用课程的取值：%2，数据为%3</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="276" />
        <source>%1 written from scratch and with nn.Module, at the course's values: %2, on %3; both should learn the same model</source>
        <translation>%1 的从零实现与 nn.Module 简洁实现，使用课程的取值：%2，数据为%3；二者应当学到同一个模型</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="283" />
        <source>Experiments run at the course's values for %1 (η = %2, B = %3, %4), whatever is typed above, and show only their own runs.</source>
        <translation>实验使用课程为%1设定的取值（η = %2，B = %3，%4），与上面填写的值无关，并且只显示自己的运行。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="288" />
        <source>The course's values for %1: %2; loss L2, Huber δ = 1, 256 hidden units</source>
        <translation>课程为%1设定的取值：%2；损失 L2，Huber δ = 1，256 个隐藏单元</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="296" />
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="306" />
        <source>Linear regression learns w and b by &lt;b&gt;minibatch stochastic gradient descent&lt;/b&gt;: take a random minibatch, compute the gradient of its mean loss, step against it. The two key hyperparameters are the &lt;b&gt;learning rate&lt;/b&gt; and the &lt;b&gt;batch size&lt;/b&gt;.</source>
        <translation>线性回归用&lt;b&gt;小批量随机梯度下降&lt;/b&gt;学习 w 和 b：随机取一个小批量，计算其平均损失的梯度，沿负梯度方向走一步。两个重要的超参数是&lt;b&gt;学习率&lt;/b&gt;和&lt;b&gt;批量大小&lt;/b&gt;。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="312" />
        <source>Learning rate 0.01 / 0.1 / 1: too small crawls, too large jumps around or becomes NaN.</source>
        <translation>学习率 0.01 / 0.1 / 1：太小则收敛很慢，太大则来回震荡甚至变成 NaN。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="314" />
        <source>Batch size 1 vs 256: noisy steps versus smooth but fewer steps.</source>
        <translation>批量大小 1 对比 256：每步噪声很大，还是更平滑但步数更少。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="315" />
        <source>Compare the learned w and b with the true ones, w = [2, −3.4], b = 4.2.</source>
        <translation>比较学到的 w、b 与真实参数 w = [2, −3.4]、b = 4.2。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="316" />
        <source>Switch the loss to L1 or Huber; prepare a table in Preprocessing and train on it.</source>
        <translation>把损失换成 L1 或 Huber；在“数据预处理”页准备一张表格并用它训练。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="318" />
        <source>Course: 3.1–3.3 Linear regression, from scratch and concise</source>
        <translation>课程：3.1–3.3 线性回归、从零开始实现与简洁实现</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="321" />
        <source>Softmax regression maps an image to 10 class scores; softmax turns them into probabilities and &lt;b&gt;cross-entropy&lt;/b&gt; punishes a low probability for the true class. Training is the same minibatch SGD loop.</source>
        <translation>softmax 回归把一张图片映射为 10 个类别的得分；softmax 把得分变成概率，&lt;b&gt;交叉熵&lt;/b&gt;惩罚真实类别上过低的概率。训练仍是同样的小批量随机梯度下降循环。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="326" />
        <source>Watch train and test accuracy: do they drift apart?</source>
        <translation>观察训练精度和测试精度：它们会逐渐拉开吗？</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="327" />
        <source>Learning rate 0.01 / 0.1 / 1 on Fashion-MNIST.</source>
        <translation>在 Fashion-MNIST 上试试学习率 0.01 / 0.1 / 1。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="328" />
        <source>Scratch vs concise on the same seed give the same curves.</source>
        <translation>同一随机种子下，从零实现和简洁实现给出相同的曲线。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="329" />
        <source>Save the model and test it on your own pictures in the Classifier tab.</source>
        <translation>保存模型，然后在“图片分类”页用你自己的图片测试它。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="330" />
        <source>Course: 3.4–3.7 Softmax regression, image classification data set</source>
        <translation>课程：3.4–3.7 softmax 回归、图像分类数据集</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="331" />
        <source>Lesson guide</source>
        <translation>学习指南</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="336" />
        <source>Data: Fashion-MNIST, 60 000 training and 10 000 test images</source>
        <translation>数据：Fashion-MNIST，60000 张训练图片和 10000 张测试图片</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="339" />
        <source>Data: synthetic, y = Xw + b + ε with w = [2, −3.4], b = 4.2, 1000 examples</source>
        <translation>数据：人造数据集 y = Xw + b + ε，w = [2, −3.4]，b = 4.2，1000 个样本</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="343" />
        <source>Data: your table “%1”, %2 rows × %3 features</source>
        <translation>数据：你的表格“%1”，%2 行 × %3 个特征</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="348" />
        <source>%1 more run(s) queued</source>
        <translation>还有 %1 次训练在排队</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="371" />
        <source>Ready. Set the hyperparameters and press Start.</source>
        <translation>就绪。设置超参数后按“开始”。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="372" />
        <source>Preparing run %1: loading data and model…</source>
        <translation>正在准备训练 %1：加载数据和模型…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="373" />
        <source>Epoch %1/%2 · batch %3/%4 · loss %5</source>
        <translation>迭代周期 %1/%2 · 批量 %3/%4 · 损失 %5</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="374" />
        <source>Epoch %1/%2 · train loss %3</source>
        <translation>迭代周期 %1/%2 · 训练损失 %3</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="375" />
        <source>Epoch %1/%2 · train loss %3 · train acc %4 · test acc %5</source>
        <translation>迭代周期 %1/%2 · 训练损失 %3 · 训练精度 %4 · 测试精度 %5</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="376" />
        <source>Paused %1 at %2. Press Resume to continue.</source>
        <translation>%1 已暂停于 %2。按“继续”接着训练。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="377" />
        <source>Stopping after the current batch…</source>
        <translation>当前批量结束后停止…</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="378" />
        <source>Finished %1 in %2 s.</source>
        <translation>训练 %1 完成，用时 %2 秒。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="379" />
        <source>Stopped %1 after %2 epoch(s).</source>
        <translation>训练 %1 在 %2 个迭代周期后停止。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="380" />
        <source>%1 diverged at epoch %2, batch %3: the loss became %4. The learning rate η = %5 is probably too large; try a smaller one. The curves so far are kept.</source>
        <translation>%1 在第 %2 个迭代周期第 %3 个批量发散：损失变成了%4。学习率 η = %5 可能太大，请换一个更小的。已有的曲线会保留。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="383" />
        <source>%1 diverged in epoch %2: the loss became %3. The learning rate η = %4 is probably too large; try a smaller one. The curves so far are kept.</source>
        <translation>%1 在第 %2 个迭代周期发散：损失变成了%3。学习率 η = %4 可能太大，请换一个更小的。已有的曲线会保留。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="386" />
        <source>The run could not start: %1</source>
        <translation>训练无法开始：%1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="387" />
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="388" />
        <source>Could not save: %1</source>
        <translation>无法保存：%1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="389" />
        <source>Using your table “%1” for linear regression. Press Start to train on it.</source>
        <translation>线性回归将使用你的表格“%1”。按“开始”用它训练。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="391" />
        <source>Back to the synthetic data.</source>
        <translation>已回到人造数据集。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="392" />
        <source>Hyperparameters reset to the course's values for %1.</source>
        <translation>超参数已恢复为课程为%1设定的取值。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="398" />
        <source>NaN (not a number)</source>
        <translation> NaN（非数）</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="398" />
        <source>infinite</source>
        <translation>无穷大</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="451" />
        <source>Paused at %p%</source>
        <translation>暂停于 %p%</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="451" />
        <source>Stopping at %p%</source>
        <translation>正在停止 · %p%</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="452" />
        <source>Diverged at %p%</source>
        <translation>发散于 %p%</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="453" />
        <source>Stopped at %p%</source>
        <translation>停止于 %p%</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="453" />
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="457" />
        <source>%p% · ETA %1</source>
        <translation>%p% · 预计还需 %1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="463" />
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_controls.py" line="463" />
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
</context>
<context>
    <name>TrainingExporter</name>
    <message>
        <location filename="../../gui/tabs/training_export.py" line="128" />
        <source>Metrics (*.csv)</source>
        <translation>指标 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_export.py" line="128" />
        <source>Plots as PNG image (*.png)</source>
        <translation>图表，PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_export.py" line="129" />
        <source>Plots as SVG drawing (*.svg)</source>
        <translation>图表，SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_export.py" line="130" />
        <source>Model checkpoint (*.pt)</source>
        <translation>模型检查点 (*.pt)</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_export.py" line="140" />
        <location filename="../../gui/tabs/training_export.py" line="158" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_export.py" line="169" />
        <source>select a finished run first</source>
        <translation>请先选择一次已结束的训练</translation>
    </message>
</context>
<context>
    <name>TrainingResults</name>
    <message>
        <location filename="../../gui/tabs/training_results.py" line="51" />
        <source>Results of the selected run appear here when it has finished: the learned w and b for linear regression, test images with their predicted labels for classification.</source>
        <translation>选中的训练结束后，结果显示在这里：线性回归显示学到的 w 和 b，分类显示测试图片及其预测标签。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_results.py" line="54" />
        <source>No predictions</source>
        <translation>没有预测结果</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_results.py" line="59" />
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_results.py" line="63" />
        <source>Result of %1</source>
        <translation>训练 %1 的结果</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_results.py" line="79" />
        <source>Top: true label · bottom: predicted label (red: wrong), as the course's predict_ch3</source>
        <translation>上：真实标签 · 下：预测标签（红色：预测错误），与课程中的 predict_ch3 相同</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_results.py" line="82" />
        <source>Result of %1: true label over predicted label</source>
        <translation>训练 %1 的结果：上为真实标签，下为预测标签</translation>
    </message>
</context>
<context>
    <name>TrainingRunner</name>
    <message>
        <location filename="../../gui/training_runner.py" line="58" />
        <source>The training process ended unexpectedly (%1). Start again: a new one is started.</source>
        <translation>训练进程意外结束（%1）。请重新开始：会启动一个新的训练进程。</translation>
    </message>
</context>
<context>
    <name>TrainingTab</name>
    <message>
        <location filename="../../gui/tabs/training_tab.py" line="143" />
        <source>Smoothing:</source>
        <extracomment>A run's worker starts this long after the click (its first paint comes first). (config, table, experiment id) of the runs still to start</extracomment>
        <translation>平滑：</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_tab.py" line="143" />
        <source>Log scale</source>
        <translation>对数坐标</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_tab.py" line="144" />
        <source>Loss (faint: per batch · bold: smoothed · dots: epoch mean)</source>
        <translation>损失（浅色：每个批量 · 粗线：平滑后 · 圆点：每个周期的平均）</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_tab.py" line="145" />
        <source>Accuracy (solid: test · dashed: train)</source>
        <translation>精度（实线：测试 · 虚线：训练）</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_tab.py" line="146" />
        <source>epoch</source>
        <translation>迭代周期</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_tab.py" line="146" />
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_tab.py" line="146" />
        <source>accuracy</source>
        <translation>精度</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_tab.py" line="147" />
        <source>Exponential moving average of the batch losses, debiased as in TensorBoard</source>
        <translation>批量损失的指数移动平均，与 TensorBoard 一样做了偏差修正</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_tab.py" line="149" />
        <source>Logarithmic loss axis; a run that leaves the scale is drawn along the top, with a cross where it left</source>
        <translation>对数损失坐标轴；超出刻度范围的运行沿顶端绘制，并在超出处画一个叉</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_tab.py" line="153" />
        <source>Loss:</source>
        <translation>损失：</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_tab.py" line="153" />
        <source>off the scale</source>
        <translation>超出刻度</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_tab.py" line="154" />
        <source>Runs share a loss axis only when they measure the same loss on the same data</source>
        <translation>只有在相同数据上度量相同损失的运行才共用一个损失坐标轴</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_tab.py" line="173" />
        <source>Cross-entropy loss</source>
        <translation>交叉熵损失</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_tab.py" line="173" />
        <source>Squared loss (L2)</source>
        <translation>平方损失（L2）</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_tab.py" line="174" />
        <source>Absolute loss (L1)</source>
        <translation>绝对值损失（L1）</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_tab.py" line="175" />
        <source>Huber loss, δ = %1</source>
        <translation>Huber 损失，δ = %1</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_tab.py" line="178" />
        <source>your table “%1”</source>
        <translation>你的表格“%1”</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_tab.py" line="180" />
        <source>synthetic data</source>
        <translation>合成数据</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_tab.py" line="184" />
        <source>faint: per batch · bold: smoothed · dots: epoch mean · ×: left the scale</source>
        <translation>浅色：每个批量 · 粗线：平滑后 · 圆点：迭代周期均值 · ×：超出刻度</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_tab.py" line="151" />
        <source>Accuracy is measured for classification (softmax regression, multilayer perceptron). Linear regression has only a loss.</source>
        <translation>精度只用于分类任务（softmax 回归、多层感知机）。线性回归只有损失。</translation>
    </message>
    <message>
        <location filename="../../gui/context.py" line="72" />
        <source>The features must be a table with one row per target value.</source>
        <extracomment>The folder Fashion-MNIST is read from changed (File ▸ Choose data folder). A model checkpoint was written (path): the classifier lists it. A tab asks the window to bring another tab to the front (its objectName). A short message for the window's status bar (text, milliseconds).</extracomment>
        <translation>特征必须是一张表格，每个目标值对应一行。</translation>
    </message>
    <message>
        <location filename="../../gui/context.py" line="75" />
        <source>The table needs at least two rows and one feature column.</source>
        <translation>表格至少需要两行和一个特征列。</translation>
    </message>
    <message>
        <location filename="../../gui/context.py" line="78" />
        <source>The table has missing or infinite values; fill or drop them first.</source>
        <translation>表格中有缺失值或无穷大值；请先填充或删除它们。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_tab.py" line="573" />
        <location filename="../../gui/tabs/training_tab.py" line="582" />
        <source>There are no runs to export yet.</source>
        <translation>还没有可以导出的训练。</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/training_tab.py" line="580" />
        <source>Plots can be saved as .png or .svg.</source>
        <translation>图表只能保存为 .png 或 .svg。</translation>
    </message>
</context>
<context>
    <name>VariablesTable</name>
    <message>
        <location filename="../../gui/tabs/sandbox_variables.py" line="41" />
        <source>Name</source>
        <extracomment>The row keys shown, in column order.</extracomment>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/sandbox_variables.py" line="41" />
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/sandbox_variables.py" line="41" />
        <source>Shape</source>
        <translation>形状</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/sandbox_variables.py" line="41" />
        <source>dtype</source>
        <translation>数据类型</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/sandbox_variables.py" line="42" />
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/sandbox_variables.py" line="42" />
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../gui/tabs/sandbox_variables.py" line="43" />
        <source>Variables kept between runs; select a tensor to draw it, double-click for its graph</source>
        <translation>多次运行之间保留的变量；选中张量可查看它，双击查看它的计算图</translation>
    </message>
</context>
</TS>