<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="137" />
        <source>DiveLab · Dive into Deep Learning interactive lab</source>
        <translation>DiveLab · 动手学深度学习 · 交互实验室</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="139" />
        <source>Tensors</source>
        <translation>数据操作</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="140" />
        <source>Preprocessing</source>
        <translation>数据预处理</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="141" />
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="142" />
        <source>Classifier</source>
        <translation>图片分类</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="143" />
        <source>Perceptron</source>
        <translation>感知机</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="144" />
        <source>Losses</source>
        <translation>损失函数</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="149" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="150" />
        <source>Choose &amp;dataset folder…</source>
        <translation>选择数据集文件夹(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="151" />
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="152" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="153" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="154" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="155" />
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="156" />
        <source>Follow system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="156" />
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="157" />
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="160" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="161" />
        <source>&amp;About DiveLab</source>
        <translation>关于 DiveLab(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="212" />
        <source>Device: detecting…</source>
        <translation>设备：检测中…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="214" />
        <location filename="../../gui/main_window.py" line="257" />
        <source>Device: %1</source>
        <translation>设备：%1</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="216" />
        <source>Fashion-MNIST: looking…</source>
        <translation>Fashion-MNIST：查找中…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="220" />
        <source>Fashion-MNIST: %1</source>
        <translation>Fashion-MNIST：%1</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="223" />
        <source>Fashion-MNIST: not found (File ▸ Choose dataset folder)</source>
        <translation>Fashion-MNIST：未找到（文件 ▸ 选择数据集文件夹）</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="225" />
        <source>Looked in:
%1

Install the Debian/Ubuntu package 'dataset-fashion-mnist' or choose a folder with the four .gz files.</source>
        <translation>查找过的位置：
%1

请安装 Debian/Ubuntu 软件包 “dataset-fashion-mnist”，或选择包含四个 .gz 文件的文件夹。</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="231" />
        <source>Choose the Fashion-MNIST folder</source>
        <translation>选择 Fashion-MNIST 文件夹</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="240" />
        <source>About DiveLab</source>
        <translation>关于 DiveLab</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="251" />
        <source>not loaded yet</source>
        <translation>尚未加载</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="253" />
        <source>detecting…</source>
        <translation>检测中…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="254" />
        <source>&lt;h3&gt;DiveLab · 动手学深度学习 · 交互实验室&lt;/h3&gt;&lt;p&gt;An interactive lab for the first chapters of &lt;i&gt;Dive into Deep Learning&lt;/i&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;DiveLab · 动手学深度学习 · 交互实验室&lt;/h3&gt;&lt;p&gt;《动手学深度学习》前几章的交互式实验室。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="285" />
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="286" />
        <source>Some work is not saved. Quit anyway?</source>
        <translation>有未保存的工作。仍然退出吗？</translation>
    </message>
</context>
<context>
    <name>PlaceholderTab</name>
    <message>
        <location filename="../../gui/main_window.py" line="44" />
        <source>This part of the lab is not available in this build.</source>
        <translation>此版本中没有这一部分。</translation>
    </message>
</context>
</TS>